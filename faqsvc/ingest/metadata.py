"""What a document says about itself: title, publisher, its own date and where it lives.

Formats carry these in different places (HTML meta tags, PDF info, DOCX core properties); a
leaflet often says it in a line ("Review date: March 2024", "Fecha de revisión: 03/2024",
"Stand: März 2024"). Dates are kept as ISO prefixes (``2024``, ``2024-03``, ``2024-03-12``)
with only the precision the document gave, so "March 2024" is never shown as "1 March 2024".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from babel.dates import get_month_names

LANGUAGES = ("en", "es", "de", "fr", "pt", "it", "nl")

# A line that states when the information was written or last reviewed. Review wins over
# publication, which wins over a bare "updated": the reviewer's date is what a patient trusts.
_REVIEW = (
    r"(?:(?:last |date of )?review(?:ed)?(?: date| on)?|fecha de (?:la )?revisi[oó]n|revisad[oa]"
    r"|[uú]ltima revisi[oó]n|date de (?:la )?r[ée]vision|r[ée]vis[ée]e? le|derni[eè]re r[ée]vision"
    r"|(?:zuletzt )?(?:gepr[uü]ft|[uü]berpr[uü]ft)(?: am)?|stand|revis[aã]o|data de revis[aã]o)"
)
_PUBLISHED = (
    r"(?:published(?: on)?|date of publication|publication date|issued|fecha de publicaci[oó]n"
    r"|publicado(?: el)?|date de publication|publi[ée]e? le|ver[oö]ffentlicht(?: am)?"
    r"|erstellt(?: am)?|publicado em)"
)
_UPDATED = (
    r"(?:(?:last |page )?(?:updated|modified)(?: on)?|[uú]ltima actualizaci[oó]n|actualizado(?: el)?"
    r"|(?:derni[eè]re )?mise [àa] jour(?: le)?|mis [àa] jour le|(?:zuletzt )?aktualisiert(?: am)?"
    r"|letzte aktualisierung|atualizado em)"
)
DATE_LINE = {
    "review": re.compile(rf"^\W*{_REVIEW}\s*[:\-–]?\s*(.+)$", re.IGNORECASE),
    "published": re.compile(rf"^\W*{_PUBLISHED}\s*[:\-–]?\s*(.+)$", re.IGNORECASE),
    "updated": re.compile(rf"^\W*{_UPDATED}\s*[:\-–]?\s*(.+)$", re.IGNORECASE),
}
NEXT_REVIEW = re.compile(
    r"next review|pr[oó]xima revisi[oó]n|prochaine r[ée]vision|n[aä]chste [uü]berpr[uü]fung"
    r"|review due",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class DocumentMeta:
    title: str | None = None
    publisher: str | None = None
    reviewed: str | None = None  # ISO prefix: YYYY, YYYY-MM or YYYY-MM-DD
    url: str | None = None
    language: str | None = None
    saved: str | None = None  # a PDF's or DOCX's file date: when it was saved, not reviewed


@lru_cache(maxsize=1)
def _months() -> dict[str, int]:
    """Month names and abbreviations in every language we ingest, lower-cased, to numbers."""
    names: dict[str, int] = {}
    for lang in LANGUAGES:
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                for number, name in get_month_names(width, context, lang).items():
                    names[name.lower().rstrip(".")] = number
    names["sept"] = 9
    return names


_ISO = re.compile(r"\b((?:19|20)\d{2})(?:-(\d{1,2}))?(?:-(\d{1,2}))?\b")
_NUMERIC = re.compile(r"\b(\d{1,2})[./](\d{1,2})[./]((?:19|20)\d{2})\b")
_MONTH_YEAR_NUM = re.compile(r"\b(\d{1,2})[./-]((?:19|20)\d{2})\b")
_WORDS = re.compile(
    r"(\d{1,2})?\.?\s*(?:de\s+)?([^\W\d_]{3,})\.?,?\s*(?:de\s+)?(\d{1,2},\s*)?((?:19|20)\d{2})"
)


def _iso(year: int, month: int | None = None, day: int | None = None) -> str | None:
    if month is None:
        return f"{year:04d}"
    if not 1 <= month <= 12:
        return None
    if day is None:
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}" if 1 <= day <= 31 else None


def parse_date(text: str) -> str | None:
    """The first date in ``text`` as an ISO prefix: '12 mars 2024', 'March 2024', '03/2024',
    '2024-03-12', 'D:20240312…' (PDF). Day-first for numeric dates, as European leaflets write."""
    text = text.strip()
    pdf = re.match(r"^D:((?:19|20)\d{2})(\d{2})?(\d{2})?", text)
    if pdf:
        return _iso(*(int(g) if g else None for g in pdf.groups()))  # type: ignore[arg-type]
    iso = _ISO.search(text)
    if iso and iso.group(2):
        return _iso(*(int(g) if g else None for g in iso.groups()))  # type: ignore[arg-type]
    for match in _WORDS.finditer(text):
        month = _months().get(match.group(2).lower())
        if month:
            day = match.group(1) or (match.group(3) or "").strip(", ")
            return _iso(int(match.group(4)), month, int(day) if day else None)
    numeric = _NUMERIC.search(text)
    if numeric:
        return _iso(int(numeric.group(3)), int(numeric.group(2)), int(numeric.group(1)))
    month_year = _MONTH_YEAR_NUM.search(text)
    if month_year:
        return _iso(int(month_year.group(2)), int(month_year.group(1)))
    return _iso(int(iso.group(1))) if iso else None


def date_line(line: str) -> tuple[str, str] | None:
    """('review' | 'published' | 'updated', ISO date) for a line that states the document's date."""
    if len(line) > 120 or NEXT_REVIEW.search(line):
        return None
    for kind, pattern in DATE_LINE.items():
        match = pattern.match(line.strip())
        if match:
            found = parse_date(match.group(1))
            if found:
                return kind, found
    return None


def date_from_lines(lines: list[str]) -> str | None:
    """The document's own date from its lines: a review date first, then publication, update."""
    found: dict[str, str] = {}
    for line in lines:
        for part in re.split(r"\s+[|·•]\s+", line):
            stated = date_line(part)
            if stated and stated[0] not in found:
                found[stated[0]] = stated[1]
    return found.get("review") or found.get("published") or found.get("updated")

"""Import FAQ lists hospitals already have: CSV or JSON Lines (optionally gzipped) with
question and answer, and optionally id, topic, lang, source, url and date.

Every row is checked before anything is written, so a bad row at line 40,000 leaves the corpus as
it was; an error names the file, the line and the field. HTML from a CMS export becomes plain
text; it is escaped again when shown. Field limits are settings (``ImportLimits``), sized for
real documents: national banks have answers of 27,000 characters.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import html
import io
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from faqsvc.errors import InvalidParameter
from faqsvc.ingest.topics import classify
from faqsvc.locales import match_locale
from faqsvc.model import TOPICS, QAPair, Source

SUFFIXES = (".csv", ".jsonl", ".ndjson")
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


@dataclass(frozen=True)
class ImportLimits:
    """Longest question and answer accepted (characters, after HTML is stripped)."""

    question_chars: int = 2_000
    answer_chars: int = 100_000


_BREAKS = re.compile(r"<\s*(br|/p|/li|/h\d|/div)\s*/?\s*>", re.IGNORECASE)
_ITEM = re.compile(r"<\s*li[^>]*>", re.IGNORECASE)
_TAG = re.compile(r"<[^>]{0,500}>")
_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")


def html_to_text(value: str) -> str:
    """Keep paragraphs and list items, drop every tag, decode entities."""
    if "<" in value:
        value = _ITEM.sub("\n- ", _BREAKS.sub("\n", value))
        value = _TAG.sub("", value)
    value = html.unescape(value).replace("\r\n", "\n")
    lines = [" ".join(line.split()) for line in value.split("\n")]
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def _kind(path: Path) -> str:
    """The table format, looking through a ``.gz`` suffix."""
    name = path.name.lower().removesuffix(".gz")
    return next((suffix for suffix in SUFFIXES if name.endswith(suffix)), "")


def _read_text(path: Path) -> str:
    try:
        if path.name.lower().endswith(".gz"):
            with gzip.open(path, "rt", encoding="utf-8-sig") as handle:
                return handle.read()
        return path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError, EOFError) as exc:
        raise InvalidParameter(f"{path.name}: unreadable ({exc})") from exc


def _rows(path: Path) -> list[tuple[int, dict]]:
    raw = _read_text(path)
    if _kind(path) == ".csv":
        reader = csv.DictReader(io.StringIO(raw))
        return [(n + 2, dict(row)) for n, row in enumerate(reader)]
    rows = []
    for number, line in enumerate(raw.splitlines(), 1):
        if line.strip():
            try:
                rows.append((number, json.loads(line)))
            except json.JSONDecodeError as exc:
                raise InvalidParameter(f"{path.name}:{number}: not JSON ({exc.msg})") from exc
    return rows


def _text(where: str, row: dict, name: str, limit: int) -> str:
    value = html_to_text(str(row.get(name) or ""))
    if not value:
        raise InvalidParameter(f"{where}: {name}: question and answer are both required")
    if len(value) > limit:
        raise InvalidParameter(
            f"{where}: {name}: {len(value)} characters, longer than the limit of {limit} "
            f"(FAQSVC_IMPORT_MAX_{name.upper()}_CHARS)"
        )
    return value


def _optional(where: str, row: dict, name: str, limit: int = 500) -> str | None:
    value = str(row.get(name) or "").strip()
    if len(value) > limit:
        raise InvalidParameter(f"{where}: {name}: longer than {limit} characters")
    return value or None


def _pair(name: str, where: str, row: object, seen: set[str], limits: ImportLimits) -> QAPair:
    if not isinstance(row, dict):
        raise InvalidParameter(f"{where}: expected an object with question and answer")
    question = _text(where, row, "question", limits.question_chars)
    answer = _text(where, row, "answer", limits.answer_chars)
    lang = match_locale(str(row.get("lang") or "en"))
    if lang is None:
        raise InvalidParameter(f"{where}: lang: unsupported lang {row.get('lang')!r}")
    topic = str(row.get("topic") or "").strip().lower()
    if topic and topic not in TOPICS:
        raise InvalidParameter(
            f"{where}: topic: unknown topic {topic!r} (one of {', '.join(TOPICS)})"
        )
    pair_id = str(row.get("id") or "").strip() or _digest(name, question)
    if not _ID.match(pair_id):
        raise InvalidParameter(f"{where}: id: id {pair_id!r} must be letters, digits, . _ -")
    if pair_id in seen:
        raise InvalidParameter(f"{where}: id: duplicate id {pair_id!r}")
    seen.add(pair_id)
    url = _optional(where, row, "url", 2_000)
    if url and not url.startswith(("https://", "http://")):
        raise InvalidParameter(f"{where}: url: {url[:60]!r} is not an http(s) address")
    date = _optional(where, row, "date", 10)
    if date and not _DATE.match(date):
        raise InvalidParameter(f"{where}: date: {date!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    publisher = (_optional(where, row, "source", 10_000) or name)[:200]
    source = Source(f"import-{name}", publisher, publisher, reviewed=date, url=url)
    return QAPair(pair_id, question, answer, topic or classify(question, answer)[0], source, lang)


def _digest(name: str, question: str) -> str:
    return "imp-" + hashlib.sha1(f"{name}\x1f{question}".encode()).hexdigest()[:10]


def read_structured(
    path: Path,
    limits: ImportLimits | None = None,
    progress: Callable[[int], None] = lambda n: None,
) -> list[QAPair]:
    """All pairs of a CSV or JSONL file, or an InvalidParameter naming the first bad line;
    ``progress`` is told of every row checked."""
    if not _kind(path):
        raise InvalidParameter(f"{path.name}: expected a .csv or .jsonl file (or .gz of one)")
    limits = limits or ImportLimits()
    stem = path.name.lower().removesuffix(".gz").removesuffix(_kind(path))
    name = re.sub(r"[^a-z0-9_-]+", "-", stem).strip("-") or "faq"
    seen: set[str] = set()
    pairs = []
    for number, row in _rows(path):
        pairs.append(_pair(name, f"{path.name}:{number}", row, seen, limits))
        progress(1)
    return pairs


def import_name(path: Path) -> str:
    """The corpus file an import is stored as: its name without table and ``.gz`` suffixes."""
    return path.name.removesuffix(".gz").removesuffix(".GZ").rsplit(".", 1)[0]

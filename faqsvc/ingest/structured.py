"""Import FAQ lists hospitals already have: CSV or JSON Lines with question and answer.

Every row is checked before anything is written, so a bad row at line 40,000 leaves the corpus as
it was. HTML from a CMS export becomes plain text; it is escaped again when shown.
"""

from __future__ import annotations

import csv
import hashlib
import html
import io
import json
import re
from pathlib import Path

from faqsvc.errors import InvalidParameter
from faqsvc.ingest.topics import classify
from faqsvc.locales import match_locale
from faqsvc.model import TOPICS, QAPair, Source

MAX_FIELD_CHARS = 20_000
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


def _rows(path: Path) -> list[tuple[int, dict]]:
    raw = path.read_text(encoding="utf-8-sig")
    if path.suffix.lower() == ".csv":
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


def _pair(name: str, where: str, row: object, seen: set[str]) -> QAPair:
    if not isinstance(row, dict):
        raise InvalidParameter(f"{where}: expected an object with question and answer")
    question = html_to_text(str(row.get("question") or ""))
    answer = html_to_text(str(row.get("answer") or ""))
    if not question or not answer:
        raise InvalidParameter(f"{where}: question and answer are both required")
    if len(question) > MAX_FIELD_CHARS or len(answer) > MAX_FIELD_CHARS:
        raise InvalidParameter(f"{where}: a field is longer than {MAX_FIELD_CHARS} characters")
    lang = match_locale(str(row.get("lang") or "en"))
    if lang is None:
        raise InvalidParameter(f"{where}: unsupported lang {row.get('lang')!r}")
    topic = str(row.get("topic") or "").strip().lower()
    if topic and topic not in TOPICS:
        raise InvalidParameter(f"{where}: unknown topic {topic!r} (one of {', '.join(TOPICS)})")
    pair_id = str(row.get("id") or "").strip() or _digest(name, question)
    if not _ID.match(pair_id):
        raise InvalidParameter(f"{where}: id {pair_id!r} must be letters, digits, . _ -")
    if pair_id in seen:
        raise InvalidParameter(f"{where}: duplicate id {pair_id!r}")
    seen.add(pair_id)
    publisher = str(row.get("source") or name).strip()[:200]
    source = Source(id=f"import-{name}", title=publisher, publisher=publisher)
    return QAPair(pair_id, question, answer, topic or classify(question, answer)[0], source, lang)


def _digest(name: str, question: str) -> str:
    return "imp-" + hashlib.sha1(f"{name}\x1f{question}".encode()).hexdigest()[:10]


def read_structured(path: Path) -> list[QAPair]:
    """All pairs of a CSV or JSONL file, or an InvalidParameter naming the first bad line."""
    if path.suffix.lower() not in {".csv", ".jsonl", ".ndjson"}:
        raise InvalidParameter(f"{path.name}: expected a .csv or .jsonl file")
    name = re.sub(r"[^a-z0-9_-]+", "-", path.stem.lower()).strip("-") or "faq"
    seen: set[str] = set()
    return [_pair(name, f"{path.name}:{number}", row, seen) for number, row in _rows(path)]

"""The corpus on disk: source documents with a manifest, generated pairs, imports, overrides.

Generated pairs (``pairs/``) are rewritten by every ingest; editors' work lives in
``overrides.json`` keyed by pair id, so re-ingesting never loses a reworded question, an
alternate phrasing or a suppression. Every write goes to a temporary file first and is renamed
into place, so a failure halfway leaves the previous file intact.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from faqsvc.errors import CorpusError
from faqsvc.model import TOPICS, QAPair

MANIFEST = Path("sources") / "manifest.json"
OVERRIDE_KEYS = {"question", "alternates", "suppress", "topic", "note"}


@dataclass(frozen=True)
class SourceEntry:
    """A manifest entry. ``title``, ``publisher``, ``date`` and ``url`` override what the
    document says about itself; left out (or null), the document's own metadata is used."""

    id: str
    file: str
    title: str | None = None
    publisher: str | None = None
    language: str = "en"
    kind: str = "web page"
    date: str | None = None
    url: str | None = None


def atomic_write(path: Path, text: str) -> bool:
    """Write ``text`` unless the file already holds it; returns whether anything changed."""
    if path.exists() and path.read_text(encoding="utf-8") == text:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return True


def _read_json(path: Path) -> object:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise CorpusError(f"{path}: {exc}") from exc


def read_manifest(corpus_dir: Path) -> list[SourceEntry]:
    path = corpus_dir / MANIFEST
    if not path.exists():
        return []
    data = _read_json(path)
    try:
        return [SourceEntry(**entry) for entry in data["sources"]]  # type: ignore[index]
    except (KeyError, TypeError) as exc:
        raise CorpusError(f"{path}: malformed manifest entry ({exc})") from exc


def pairs_to_jsonl(pairs: Iterable[QAPair]) -> str:
    return "".join(json.dumps(p.to_dict(), ensure_ascii=False) + "\n" for p in pairs)


def read_jsonl(path: Path) -> Iterator[QAPair]:
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                yield QAPair.from_dict(json.loads(line))
            except (json.JSONDecodeError, KeyError, TypeError) as exc:
                raise CorpusError(f"{path}:{number}: {exc}") from exc


def read_overrides(corpus_dir: Path) -> dict[str, dict]:
    path = corpus_dir / "overrides.json"
    if not path.exists():
        return {}
    data = _read_json(path)
    if not isinstance(data, dict):
        raise CorpusError(f"{path}: expected an object keyed by pair id")
    for pair_id, edit in data.items():
        unknown = set(edit) - OVERRIDE_KEYS if isinstance(edit, dict) else {"(not an object)"}
        if unknown:
            raise CorpusError(f"{path}: {pair_id}: unknown keys {sorted(unknown)}")
        if "topic" in edit and edit["topic"] not in TOPICS:
            raise CorpusError(f"{path}: {pair_id}: unknown topic {edit['topic']!r}")
    return data


def apply_override(pair: QAPair, edit: dict) -> QAPair | None:
    if edit.get("suppress"):
        return None
    alternates = tuple(dict.fromkeys(a.strip() for a in edit.get("alternates", ()) if a.strip()))
    return replace(
        pair,
        question=edit.get("question", pair.question),
        topic=edit.get("topic", pair.topic),
        alternates=alternates or pair.alternates,
    )


def pair_files(corpus_dir: Path) -> list[Path]:
    """Generated pairs first, then imports, each in name order: the corpus order."""
    return sorted((corpus_dir / "pairs").glob("*.jsonl")) + sorted(
        (corpus_dir / "imports").glob("*.jsonl")
    )


def load_pairs(corpus_dir: Path, *, with_overrides: bool = True) -> list[QAPair]:
    """Every pair in the corpus, with editors' overrides applied and suppressed pairs left out."""
    overrides = read_overrides(corpus_dir) if with_overrides else {}
    pairs: list[QAPair] = []
    seen: set[str] = set()
    for path in pair_files(corpus_dir):
        for pair in read_jsonl(path):
            if pair.id in seen:
                raise CorpusError(f"{path}: duplicate pair id {pair.id}")
            seen.add(pair.id)
            edited = apply_override(pair, overrides[pair.id]) if pair.id in overrides else pair
            if edited is not None:
                pairs.append(edited)
    return pairs


def corpus_hash(corpus_dir: Path) -> str:
    """Changes whenever anything the index is built from changes."""
    digest = hashlib.sha256()
    files = pair_files(corpus_dir) + [corpus_dir / "overrides.json"]
    for path in files:
        if path.exists():
            digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]

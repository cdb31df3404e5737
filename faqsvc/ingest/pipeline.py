"""Ingest as the CLI runs it: every manifest source to its pairs file, with a report."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from faqsvc import corpus
from faqsvc.analysis import langdetect
from faqsvc.errors import CorpusError, InvalidParameter
from faqsvc.ingest.document import DocumentResult, pairs_from_text
from faqsvc.ingest.structured import ImportLimits, import_name, read_structured
from faqsvc.locales import SUPPORTED_LOCALES, locale_info
from faqsvc.model import QAPair, Source

MAX_DOCUMENT_BYTES = 5_000_000


@dataclass
class SourceReport:
    source_id: str
    result: DocumentResult
    changed: bool


def _read_document(path: Path) -> str:
    if not path.is_file():
        raise InvalidParameter(f"{path}: no such file")
    if path.stat().st_size > MAX_DOCUMENT_BYTES:
        raise InvalidParameter(f"{path}: larger than {MAX_DOCUMENT_BYTES} bytes")
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise InvalidParameter(f"{path}: not UTF-8 text ({exc.reason})") from exc


def ingest_sources(corpus_dir: Path) -> list[SourceReport]:
    """Regenerate ``pairs/`` from the manifest; unchanged input leaves files untouched."""
    entries = corpus.read_manifest(corpus_dir)
    results = []
    for entry in entries:
        raw = _read_document(corpus_dir / "sources" / entry.file)
        source = Source(entry.id, entry.title, entry.publisher)
        results.append((entry, pairs_from_text(raw, source, entry.language, entry.title)))
    reports = []
    for entry, result in results:  # written only once every source has parsed
        path = corpus_dir / "pairs" / f"{entry.id}.jsonl"
        changed = corpus.atomic_write(path, corpus.pairs_to_jsonl(result.pairs))
        reports.append(SourceReport(entry.id, result, changed))
    known = {f"{entry.id}.jsonl" for entry in entries}
    for stale in (corpus_dir / "pairs").glob("*.jsonl"):
        if stale.name not in known:
            stale.unlink()
    return reports


def detect_document_language(raw: str) -> str:
    languages = [locale_info(tag).language for tag in SUPPORTED_LOCALES]
    found = langdetect.detect(raw[:5000], languages, min_words=20)
    return next((t for t in SUPPORTED_LOCALES if locale_info(t).language == found), "en")


def preview(path: Path, lang: str | None = None) -> DocumentResult:
    """What ingest would make of one document, writing nothing."""
    raw = _read_document(path)
    lang = lang or detect_document_language(raw)
    source = Source(path.stem, "", "preview")
    return pairs_from_text(raw, source, locale_info(lang).language)


def import_file(
    path: Path,
    corpus_dir: Path,
    limits: ImportLimits | None = None,
    progress: Callable[[int], None] = lambda n: None,
) -> list[QAPair]:
    """Validate a structured FAQ file whole, then store it as ``imports/<name>.jsonl``."""
    if not path.is_file():
        raise InvalidParameter(f"{path}: no such file")
    pairs = read_structured(path, limits, progress)
    target = corpus_dir / "imports" / f"{import_name(path)}.jsonl"
    existing = {p.id for p in corpus.load_pairs(corpus_dir, with_overrides=False)}
    if target.exists():
        existing -= {p.id for p in corpus.read_jsonl(target)}
    clashes = sorted(existing & {p.id for p in pairs})
    if clashes:
        raise CorpusError(f"{path.name}: ids already in the corpus: {', '.join(clashes[:5])}")
    corpus.atomic_write(target, corpus.pairs_to_jsonl(pairs))
    return pairs

"""Ingest as the CLI runs it: every manifest source to its pairs file, with a report."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from faqsvc import corpus
from faqsvc.analysis import langdetect
from faqsvc.corpus import SourceEntry
from faqsvc.errors import CorpusError, InvalidParameter
from faqsvc.ingest.document import DocumentResult, is_heading, pairs_from_blocks
from faqsvc.ingest.metadata import date_from_lines
from faqsvc.ingest.readers import ReadDocument, read_document
from faqsvc.ingest.structured import ImportLimits, import_name, read_structured
from faqsvc.ingest.text import Block
from faqsvc.locales import SUPPORTED_LOCALES, locale_info
from faqsvc.model import QAPair, Source


@dataclass
class SourceReport:
    source_id: str
    result: DocumentResult
    changed: bool
    source: Source | None = None

    @property
    def pairs(self) -> list[QAPair]:
        return self.result.pairs

    @property
    def dropped(self) -> list:
        return self.result.dropped

    @property
    def unsure(self) -> list[str]:
        return self.result.unsure


@dataclass
class _Read:
    entry: SourceEntry
    document: ReadDocument


def _lines(document: ReadDocument) -> list[str]:
    return [item for block in document.blocks for item in block.items] + [
        d.text for d in document.dropped
    ]


def shared_lines(documents: list[ReadDocument]) -> frozenset[str]:
    """Short non-heading lines found in two or more documents: a publisher's page furniture
    ("Print this page", a switchboard line) that no rule names."""
    counts: Counter[str] = Counter()
    for document in documents:
        counts.update(
            {
                item
                for block in document.blocks
                if not block.heading
                for item in block.items
                if len(item) < 100 and not is_heading(Block("para", [item]))
            }
        )
    return frozenset(line for line, count in counts.items() if count >= 2)


def describe_source(
    entry: SourceEntry, document: ReadDocument, found_title: str | None = None
) -> tuple[Source, list[str]]:
    """The manifest's word first, then the document's own metadata, then its lines."""
    meta = document.meta
    notes = []
    date = entry.date or date_from_lines(_lines(document)) or meta.reviewed
    if not date:
        notes.append("no publication or review date found: pages will say the source gives none")
        if meta.saved:  # a file's save date says nothing about when the text was checked
            notes.append(
                f"the file was saved {meta.saved}; if that is its review date, say so in the manifest"
            )
    title = entry.title or meta.title or found_title or ""
    publisher = entry.publisher or meta.publisher or ""
    if not publisher:
        notes.append("no publisher found: add one to the manifest")
    return Source(entry.id, title, publisher, date, entry.url or meta.url), notes


def _ingest_one(read: _Read, elsewhere: frozenset[str]) -> tuple[DocumentResult, Source]:
    entry, document = read.entry, read.document
    source, notes = describe_source(entry, document)
    result = pairs_from_blocks(
        document.blocks,
        source,
        entry.language,
        entry.title or source.title or None,
        document.dropped,
        elsewhere,
    )
    if not source.title and result.title:
        source = replace(source, title=result.title)
    pairs = [replace(pair, source=source) for pair in result.pairs]
    return replace(result, pairs=pairs, unsure=notes + result.unsure), source


def ingest_sources(corpus_dir: Path) -> list[SourceReport]:
    """Regenerate ``pairs/`` from the manifest; unchanged input leaves files untouched.
    Every document is read and turned into pairs before anything is written, so one that
    fails leaves the corpus as it was."""
    entries = corpus.read_manifest(corpus_dir)
    reads = [_Read(e, read_document(corpus_dir / "sources" / e.file)) for e in entries]
    elsewhere = shared_lines([read.document for read in reads])
    results = [(read.entry, *_ingest_one(read, elsewhere)) for read in reads]
    reports = []
    for entry, result, source in results:  # written only once every source has parsed
        path = corpus_dir / "pairs" / f"{entry.id}.jsonl"
        changed = corpus.atomic_write(path, corpus.pairs_to_jsonl(result.pairs))
        reports.append(SourceReport(entry.id, result, changed, source))
    known = {f"{entry.id}.jsonl" for entry in entries}
    for stale in (corpus_dir / "pairs").glob("*.jsonl"):
        if stale.name not in known:
            stale.unlink()
    return reports


def detect_document_language(raw: str) -> str:
    languages = [locale_info(tag).language for tag in SUPPORTED_LOCALES]
    found = langdetect.detect(raw[:5000], languages, min_words=20)
    return next((t for t in SUPPORTED_LOCALES if locale_info(t).language == found), "en")


def preview(path: Path, lang: str | None = None) -> SourceReport:
    """What ingest would make of one document, writing nothing."""
    document = read_document(path)
    if not lang:
        declared = document.meta.language
        known = {locale_info(t).language for t in SUPPORTED_LOCALES}
        text = "\n".join(item for block in document.blocks for item in block.items)
        lang = declared if declared in known else detect_document_language(text)
    entry = SourceEntry(path.stem, path.name, language=locale_info(lang).language)
    result, source = _ingest_one(_Read(entry, document), frozenset())
    return SourceReport(entry.id, result, False, source)


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

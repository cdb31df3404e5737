"""Building: each locale's served pairs, written as the engine's index, its scored postings and
its pair store into a fresh directory that is then swapped in with one rename."""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import time
from array import array
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor, as_completed
from pathlib import Path

from whoosh import index as whoosh_index
from whoosh import scoring

from faqsvc import builds, catalogs, corpus, postings, precompute, store
from faqsvc.analysis import analysis_for
from faqsvc.index.manifest import fingerprint
from faqsvc.index.schema import field_names, schema_for
from faqsvc.locales import SOURCE_LOCALE, SUPPORTED_LOCALES, locale_info
from faqsvc.model import QAPair, ServedPair
from faqsvc.settings import Settings

PARALLEL_FROM = 2000  # pairs; below this, starting processes costs more than it saves


def _untranslated(pair: QAPair, lang: str, status: str) -> ServedPair:
    return ServedPair(
        pair.id, pair.question, pair.answer, lang, pair.topic, pair.source, status, pair.alternates
    )


def localise(pair: QAPair, locale: str, table: dict) -> ServedPair | None:
    """The pair as served in ``locale``: translated when every needed text is, else English."""
    if pair.lang != SOURCE_LOCALE:  # pairs ingested in another language serve only that one
        return (
            _untranslated(pair, locale, "source")
            if pair.lang == locale_info(locale).language
            else None
        )
    if locale == SOURCE_LOCALE:
        return _untranslated(pair, locale, "source")

    def lookup(field: str, text: str):
        return table.get((catalogs.context(pair.id, field), catalogs.catalog_msgid(text)))

    question, answer = lookup("question", pair.question), lookup("answer", pair.answer)
    if question is None or answer is None:
        return _untranslated(pair, SOURCE_LOCALE, "fallback")
    alternates = [t.text for alt in pair.alternates if (t := lookup("alternate", alt))]
    alternates = [line.strip() for text in alternates for line in text.split("\n") if line.strip()]
    reviewed = question.status == answer.status == "reviewed"
    return ServedPair(
        pair.id,
        question.text,
        answer.text,
        locale,
        pair.topic,
        pair.source,
        "reviewed" if reviewed else "machine",
        tuple(alternates),
    )


def _write_locale(build_dir: Path, locale: str, served: list[ServedPair]) -> dict[str, int]:
    """The engine's index of the pairs whose text this locale has; returns id -> docnum."""
    target = build_dir / locale
    target.mkdir()
    ix = whoosh_index.create_in(str(target), schema_for(locale))
    extra = analysis_for(locale).extra
    writer = ix.writer(limitmb=256)
    for pair in served:
        texts = {
            "question": pair.question,
            "alternates": "\n".join(pair.alternates),
            "answer": pair.answer,
        }
        doc = {"id": pair.id, "topic": pair.topic, "source": pair.source.id, **texts}
        doc.update({f"{name}_{suffix}": text for name, text in texts.items() for suffix in extra})
        writer.add_document(**doc)
    writer.commit()
    with ix.searcher(weighting=scoring.BM25F()) as searcher:
        postings.write(postings.path_for(build_dir, locale), _scored_postings(searcher, locale))
        return {fields["id"]: docnum for docnum, fields in searcher.reader().iter_docs()}


def _scored_postings(searcher, locale: str):
    """Every term's (field, term, docnums, scores), each score the engine's own BM25F (its
    scorer's IDF, average length and parameters, the stored field length): what a request
    would compute, once."""
    weighting, reader = searcher.weighting, searcher.reader()
    for field in ("id", *field_names(locale)):  # an id finds its pair (``probe``)
        lengths: dict[int, int] = {}
        for text in reader.lexicon(field):
            scorer = weighting.scorer(searcher, field, text)
            matcher = reader.postings(field, text)
            docs, scores = array("i"), array("d")
            while matcher.is_active():
                docnum = matcher.id()
                docs.append(docnum)
                if isinstance(scorer, scoring.BM25FScorer):  # its score(), field length cached
                    if docnum not in lengths:
                        lengths[docnum] = searcher.doc_field_length(docnum, field, 1)
                    scores.append(scorer._score(matcher.weight(), lengths[docnum]))
                else:
                    scores.append(scorer.score(matcher))
                matcher.next()
            yield field, text.decode("utf-8"), docs, scores


def _served(settings: Settings, locale: str, pairs: list[QAPair]) -> list[ServedPair]:
    table = catalogs.load_translations(settings.translations_dir, locale)
    return [s for p in pairs if (s := localise(p, locale, table)) is not None]


def _own(served: list[ServedPair]) -> list[ServedPair]:
    return [pair for pair in served if pair.translation != "fallback"]


def _index_locale(settings: Settings, build_dir: Path, locale: str, pairs: list[QAPair]) -> dict:
    """The engine's part of a locale: its index of the pairs whose text it has (the others
    are listed in its store and served from the source locale's, marked ``fallback``)."""
    return _write_locale(build_dir, locale, _own(_served(settings, locale, pairs)))


def _store_locale(
    settings: Settings, build_dir: Path, locale: str, pairs: list[QAPair], progress=None
) -> dict:
    """The pair store's part of a locale; returns its counts per translation status. The
    engine numbers documents in the order they are added, which ``_build_all`` checks."""
    served = _served(settings, locale, pairs)
    docnums = {pair.id: number for number, pair in enumerate(_own(served))}
    path = store.path_for(build_dir, locale)
    precompute.write_store(path, locale, served, docnums, progress or (lambda n: None))
    counts = {"pairs": len(served)}
    for pair in served:
        counts[pair.translation] = counts.get(pair.translation, 0) + 1
    return {"counts": counts, "docnums": docnums}


def _build_all(
    settings: Settings, build_dir: Path, pairs: list[QAPair], progress
) -> dict[str, dict]:
    """Locales are independent, and so are a locale's engine index and pair store: a large
    corpus builds them on every core, the source locale (usually the largest) first."""
    args = (settings, build_dir)
    if len(pairs) < PARALLEL_FROM or (os.cpu_count() or 1) < 2:
        indexed = {loc: _index_locale(*args, loc, pairs) for loc in SUPPORTED_LOCALES}
        stored = {loc: _store_locale(*args, loc, pairs, progress) for loc in SUPPORTED_LOCALES}
    else:
        with ProcessPoolExecutor(max_workers=os.cpu_count()) as pool:
            jobs = {}
            for loc in SUPPORTED_LOCALES:
                jobs[("index", loc)] = pool.submit(_index_locale, *args, loc, pairs)
                jobs[("store", loc)] = pool.submit(_store_locale, *args, loc, pairs)
            for future in as_completed(jobs.values()):
                result = future.result()
                if "counts" in result:
                    progress(result["counts"]["pairs"])
            indexed = {loc: jobs[("index", loc)].result() for loc in SUPPORTED_LOCALES}
            stored = {loc: jobs[("store", loc)].result() for loc in SUPPORTED_LOCALES}
    for loc in SUPPORTED_LOCALES:
        if indexed[loc] != stored[loc]["docnums"]:
            raise RuntimeError(f"{loc}: the engine numbered documents out of order")
    return {loc: stored[loc]["counts"] for loc in SUPPORTED_LOCALES}


def _new_build_dir(index_dir: Path) -> Path:
    parent = builds.builds_dir(index_dir)
    parent.mkdir(parents=True, exist_ok=True)
    stamp = time.strftime("%Y%m%d-%H%M%S-", time.gmtime()) + f"{time.time_ns() % 10**9:09d}-"
    return Path(tempfile.mkdtemp(dir=parent, prefix=stamp))  # names sort oldest first


def build(settings: Settings, progress: Callable[[int], None] = lambda n: None) -> dict:
    """Build every locale into a new directory, then swap it in; returns the manifest.

    The manifest, written last, carries the sha256 of every file, so a reader can tell a
    complete, intact build from a torn or overwritten one before it opens it. ``progress`` is told of pairs stored
    as they are."""
    pairs = corpus.load_pairs(settings.corpus_dir)
    build_dir = _new_build_dir(settings.index_dir)
    try:
        manifest = {
            **fingerprint(settings),
            "locales": _build_all(settings, build_dir, pairs, progress),
            "built_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
            "build_id": build_dir.name,
            "files": builds.checksums(build_dir),
        }
        builds.create_lease_file(build_dir)
        (build_dir / builds.MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n")
    except BaseException:
        shutil.rmtree(build_dir, ignore_errors=True)
        raise
    _swap_in(build_dir, settings.index_dir)
    builds.prune(settings.index_dir, keep=build_dir)
    return manifest


def _swap_in(build_dir: Path, index_dir: Path) -> None:
    if index_dir.exists() and not index_dir.is_symlink():  # a plain directory from elsewhere
        index_dir.rename(build_dir.parent / f"replaced-{time.time_ns()}")
    link = index_dir.with_name(f".{index_dir.name}.{os.getpid()}.link")
    link.unlink(missing_ok=True)
    link.symlink_to(os.path.relpath(build_dir, index_dir.parent))
    os.replace(link, index_dir)  # atomic: readers see the old build or the new one

"""The search engine, behind one module: Whoosh schemas, building, opening, running queries.

Nothing else imports whoosh (analyzers aside), so the engine could be swapped by rewriting this
file. Builds go to a fresh directory under ``<index>.builds/`` and a symlink is swapped onto
``<index>`` with one rename, so a running server never sees a half-built index.
"""

from __future__ import annotations

import heapq
import json
import math
import os
import shutil
import tempfile
import time
from array import array
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from whoosh import index as whoosh_index
from whoosh import scoring
from whoosh.automata import lev
from whoosh.fields import ID, TEXT, Schema
from whoosh.filedb.filestore import FileStorage

from faqsvc import builds, catalogs, corpus, postings, precompute, store
from faqsvc.analysis import analysis_for
from faqsvc.errors import IndexUnavailable
from faqsvc.locales import SOURCE_LOCALE, SUPPORTED_LOCALES, locale_info
from faqsvc.model import QAPair, ServedPair
from faqsvc.settings import Settings

SCHEMA_VERSION = 8
TEXT_FIELDS = ("question", "alternates", "answer")
# Bounds on one engine search (``_bounded``): clauses run, and which answer terms count as
# shared by most answers once the index is large enough for that to mean anything.
MAX_CLAUSES = 48
COMMON_FROM = 2000
COMMON_SHARE = 0.05
CACHED_LOOKUPS = 4096  # vocabulary look-ups kept per process
PARALLEL_FROM = 2000  # pairs; below this, starting processes costs more than it saves


@dataclass(frozen=True)
class EngineHit:
    docnum: int  # the pair store finds the pair and its analysis by it
    score: float


def field_names(locale: str) -> dict[str, float]:
    """Every searchable field of a locale's index with the weight of its analyzer variant."""
    analysis = analysis_for(locale)
    names = {name: 1.0 for name in TEXT_FIELDS}
    for suffix, (_, weight) in analysis.extra.items():
        names.update({f"{name}_{suffix}": weight for name in TEXT_FIELDS})
    return names


def schema_for(locale: str) -> Schema:
    analysis = analysis_for(locale)
    fields = {
        "id": ID(stored=True, unique=True),
        "topic": ID(stored=True),
        "source": ID(stored=True),
    }
    for name in TEXT_FIELDS:
        fields[name] = TEXT(analyzer=analysis.text, phrase=False)
        for suffix, (analyzer, _) in analysis.extra.items():
            fields[f"{name}_{suffix}"] = TEXT(analyzer=analyzer, phrase=False)
    return Schema(**fields)


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


def fingerprint(settings: Settings) -> dict:
    return {
        "schema_version": SCHEMA_VERSION,
        "corpus_hash": corpus.corpus_hash(settings.corpus_dir),
        "catalogs_hash": catalogs.catalogs_hash(settings.translations_dir),
        "locales_list": list(SUPPORTED_LOCALES),
    }


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


def read_manifest(index_dir: Path) -> dict:
    path = index_dir / "manifest.json"
    if not path.exists():
        raise IndexUnavailable(f"no index at {index_dir}: run 'faqsvc build'")
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise IndexUnavailable(f"{path} is unreadable ({exc}): run 'faqsvc build'") from exc
    if manifest.get("schema_version") != SCHEMA_VERSION:
        raise IndexUnavailable(
            f"index at {index_dir} has schema {manifest.get('schema_version')}, this version "
            f"needs {SCHEMA_VERSION}: run 'faqsvc build'"
        )
    return manifest


def check(settings: Settings) -> str | None:
    """Why the index cannot be used as is (missing, incompatible, corrupt, stale), or None."""
    try:
        manifest = read_manifest(settings.index_dir)
    except IndexUnavailable as exc:
        return exc.message
    if problem := builds.verify(settings.index_dir.resolve(), manifest):
        return f"index at {settings.index_dir} is corrupt ({problem})"
    current = fingerprint(settings)
    changed = [key for key, value in current.items() if manifest.get(key) != value]
    if changed:
        return f"index at {settings.index_dir} is stale ({', '.join(changed)} changed)"
    return None


class FaqIndex(store.StoredPairs):
    """An opened index: served pairs per locale (the pair stores) and queries against Whoosh.

    Searchers are opened lazily in each process: file handles opened before a fork would be
    shared by every worker. The server opens builds through ``faqsvc.live``.
    """

    def __init__(self, root: Path, manifest: dict) -> None:
        self.root = root.resolve()
        self.manifest = manifest
        self.locales = tuple(t for t in SUPPORTED_LOCALES if t in manifest.get("locales", {}))
        self._searchers: dict[str, object] = {}
        self._postings: dict[str, postings.Postings] = {}
        # Vocabulary look-ups of words the corpus lacks (typo candidates, longer words), which
        # depend only on the build: kept per process, bounded (``_remembered``).
        self._lookups: dict[tuple, list[str]] = {}
        store.StoredPairs.__init__(self, self.root)
        self._pid = os.getpid()

    def warm(self) -> None:
        """Open every searcher and store and touch their pages, so that the first request after
        a worker starts costs what the next one does."""
        for locale in self.locales:
            searcher = self._searcher(locale)
            for name in field_names(locale):
                searcher.reader().doc_frequency(name, "a")
            self.store(locale).meta("topics")
            self.store(locale).count()
            self.scored(locale).frequency("question", "a")
        self.warm_candidates(list(self.locales))

    def scored(self, locale: str) -> postings.Postings:
        """The locale's scored postings (``faqsvc.postings``), what a query is ranked by."""
        if locale not in self._postings:
            self._postings[locale] = postings.Postings(postings.path_for(self.root, locale))
        return self._postings[locale]

    def _searcher(self, locale: str):
        if self._pid != os.getpid():
            self._searchers, self._pid = {}, os.getpid()
        if locale not in self._searchers:
            # No mmap: a file changed under a mapping kills the process with SIGBUS, where a
            # plain read raises an error the caller can handle.
            storage = FileStorage(str(self.root / locale), supports_mmap=False, readonly=True)
            ix = storage.open_index()
            self._searchers[locale] = ix.searcher(weighting=scoring.BM25F())
        return self._searchers[locale]

    def close(self) -> None:
        """Let go of the engine's open files (a worker moving to a newer build)."""
        for searcher in self._searchers.values():
            searcher.close()
        self._searchers = {}
        for scored in self._postings.values():
            scored.close()
        self._postings = {}
        for pair_store in self._stores.values():
            pair_store.close()
        self._stores = {}

    def doc_count(self, locale: str) -> int:
        return self._searcher(locale).doc_count()

    def doc_frequency(self, locale: str, field: str, token: str) -> int:
        return self.scored(locale).frequency(field, token)

    def _remembered(self, key: tuple, find: Callable[[], list[str]]) -> list[str]:
        found = self._lookups.get(key)
        if found is None:
            found = find()
            if len(self._lookups) >= CACHED_LOOKUPS:
                self._lookups.pop(next(iter(self._lookups)))
            self._lookups[key] = found
        return list(found)

    def similar_terms(
        self, locale: str, field: str, token: str, maxdist: int, anchored: bool = True
    ) -> list[str]:
        """Indexed terms within ``maxdist`` edits (sharing the first letter when ``anchored``):
        typo candidates. One edit anywhere is the anchored search plus the edits of the first
        letter, looked up one by one: an unanchored search walks the whole vocabulary."""
        key = ("similar", locale, field, token, maxdist, anchored)
        return self._remembered(key, lambda: self._similar(locale, field, token, maxdist, anchored))

    def _similar(self, locale: str, field: str, token: str, maxdist: int, anchored: bool):
        scored = self.scored(locale)
        if anchored or maxdist != 1 or not token.isascii():
            found = _within(scored, field, _typo_automaton(token, maxdist, 1 if anchored else 0))
            return [t for t in found if t != token]
        found = set(_within(scored, field, _typo_automaton(token, 1, 1)))
        letters = "abcdefghijklmnopqrstuvwxyz0123456789"
        edits = {token[1:]} | {c + token[1:] for c in letters} | {c + token for c in letters}
        found.update(t for t in edits if t and self.doc_frequency(locale, field, t))
        return sorted(found - {token})

    def terms_with_prefix(self, locale: str, field: str, prefix: str, limit: int = 8) -> list[str]:
        """Indexed terms that extend ``prefix``: "metal" finds "metalwork"."""
        key = ("prefix", locale, field, prefix, limit)
        return self._remembered(key, lambda: self._extending(locale, field, prefix, limit))

    def _extending(self, locale: str, field: str, prefix: str, limit: int) -> list[str]:
        reader = self._searcher(locale).reader()
        found = []
        for term in reader.expand_prefix(field, prefix):
            term = term.decode("utf-8") if isinstance(term, bytes) else term
            if term != prefix:
                found.append(term)
            if len(found) >= limit:
                break
        return found

    def run(
        self, locale: str, clauses: list[tuple[str, str, float]], limit: int
    ) -> list[EngineHit]:
        """BM25F over (field, token, boost) clauses, OR-ed; best ``limit`` hits.

        A term listed twice scores as once with the boosts added (BM25F is linear in the
        boost), so repeats are merged. The candidate search is bounded (``_bounded``): the
        engine's cost grows with the postings it walks, and a synonym-rich query on a large
        bank listed 200 terms.
        """
        boosts: dict[tuple[str, str], float] = {}
        for field, token, boost in clauses:
            boosts[(field, token)] = boosts.get((field, token), 0.0) + boost
        scored = self.scored(locale)
        kept = _bounded(scored, boosts, self.doc_count(locale))
        if not kept:
            return []
        return [EngineHit(docnum, score) for score, docnum in _top(scored, kept, limit)]


@lru_cache(maxsize=64)
def _typo_automaton(token: str, maxdist: int, prefix: int):
    """The engine's Levenshtein automaton for ``token``, made once for the three fields a word
    is looked up in (making it was most of a typo search's cost at two edits)."""
    return lev.levenshtein_automaton(token, maxdist, prefix).to_dfa()


def _within(scored: postings.Postings, field: str, dfa) -> Iterator[str]:
    """The terms of ``field`` the automaton accepts, in order: the engine's own walk
    (``Automata.find_matches``) over the stored term list, where the engine's walks its term
    file with a binary search of many small reads per step."""
    term = scored.next_term(field, "")
    if term is None:
        return
    match = dfa.next_valid_string(term)
    while match:
        term = scored.next_term(field, match)
        if term is None:
            return
        if match == term:
            yield match
            term += "\0"
        match = dfa.next_valid_string(term)


def _top(scored: postings.Postings, kept: list, limit: int) -> list[tuple[float, int]]:
    """The best ``limit`` (score, docnum) of the union of the terms, BM25F as Whoosh scores it.

    Each term's scores were computed at build time (``_scored_postings``); here they are only
    multiplied by the boost and summed per document, the order Whoosh's matchers summed them in.
    Ties go to the lower document number, as Whoosh's collector does."""
    scores: dict[int, float] = {}
    get = scores.get
    for (field, token), boost, _ in kept:
        docs, found = scored.scored(field, token)
        if boost == 1.0:  # Whoosh leaves an unboosted term's score as it is
            for docnum, score in zip(docs, found, strict=True):
                scores[docnum] = get(docnum, 0.0) + score
        else:
            for docnum, score in zip(docs, found, strict=True):
                scores[docnum] = get(docnum, 0.0) + score * boost
    best = heapq.nlargest(limit, scores.items(), key=lambda item: (item[1], -item[0]))
    return [(score, docnum) for docnum, score in best]


def _bounded(scored, boosts: dict, total: int) -> list[tuple[tuple[str, str], float, int]]:
    """The clauses worth running: terms some document has; and on a large index, not the
    answer text of a term many answers share (its weight there is nearly nil and its postings
    the longest), and at most ``MAX_CLAUSES``, the weightiest (boost x IDF) first. Small
    indexes (the seed leaflets) run every clause, as their answers were tuned with."""
    kept = []
    for (field, token), boost in boosts.items():
        df = scored.frequency(field, token)
        if not df:
            continue
        if total >= COMMON_FROM and df > COMMON_SHARE * total and field.startswith("answer"):
            continue
        kept.append(((field, token), boost, df))
    if total < COMMON_FROM:
        return kept
    kept.sort(key=lambda item: -item[1] * math.log(1 + (total - item[2] + 0.5) / (item[2] + 0.5)))
    return kept[:MAX_CLAUSES]


def open_index(settings: Settings) -> FaqIndex:
    """Open the current build; missing or incompatible is an error, stale only a warning."""
    manifest = read_manifest(settings.index_dir)
    return FaqIndex(settings.index_dir, manifest)


def open_build(build_dir: Path, manifest: dict) -> FaqIndex:
    """Open one build directory (not the symlink), as the live server does after verifying it."""
    return FaqIndex(build_dir, manifest)


def probe(faq_index: FaqIndex) -> None:
    """Read each locale's pairs and run one query against its engine: what a request needs.
    Raises on anything unreadable, so a build is tried before it is served."""
    for locale in faq_index.locales:
        pairs = faq_index.pairs(locale)
        first = next(iter(pairs), None)
        if first is not None:
            pairs[first]  # noqa: B018 - reading one pair is the point
        faq_index.doc_count(locale)
        faq_index.run(locale, [("id", first or "-", 1.0)], 1)  # the scored postings

"""An opened build: served pairs per locale (the pair stores), vocabulary look-ups and queries
against the engine. The server opens builds through ``faqsvc.live``."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from whoosh import scoring
from whoosh.filedb.filestore import FileStorage

from faqsvc import postings
from faqsvc.index.manifest import read_manifest
from faqsvc.index.matching import EngineHit, bounded, top, typo_automaton, within
from faqsvc.index.schema import field_names
from faqsvc.index.stored import StoredPairs
from faqsvc.locales import SUPPORTED_LOCALES
from faqsvc.settings import Settings

CACHED_LOOKUPS = 4096  # vocabulary look-ups kept per process


class FaqIndex(StoredPairs):
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
        StoredPairs.__init__(self, self.root)
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
            found = within(scored, field, typo_automaton(token, maxdist, 1 if anchored else 0))
            return [t for t in found if t != token]
        found = set(within(scored, field, typo_automaton(token, 1, 1)))
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
        boost), so repeats are merged. The candidate search is bounded (``matching.bounded``): the
        engine's cost grows with the postings it walks, and a synonym-rich query on a large
        bank listed 200 terms.
        """
        boosts: dict[tuple[str, str], float] = {}
        for field, token, boost in clauses:
            boosts[(field, token)] = boosts.get((field, token), 0.0) + boost
        scored = self.scored(locale)
        kept = bounded(scored, boosts, self.doc_count(locale))
        if not kept:
            return []
        return [EngineHit(docnum, score) for score, docnum in top(scored, kept, limit)]


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

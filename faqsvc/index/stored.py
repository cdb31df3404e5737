"""The read side of the pair stores (``faqsvc.store``) across a build's locales: served pairs
with their fallbacks, the candidates' stored analyses, and the listings, related questions,
suggestions and spelling vocabulary the build stored, each looked up by key. ``FaqIndex`` is
one of these, so nothing on the request path walks a locale's pairs.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path

from faqsvc import pairdata
from faqsvc.locales import SOURCE_LOCALE
from faqsvc.model import ServedPair
from faqsvc.pairdata import PairAnalysis
from faqsvc.store import PairStore, decode_pair, path_for

CACHED_PAIRS = 2048  # decoded pairs kept per process; each request needs about 25
# Decoded analyses (a long answer's units are large) kept per process: bounded private memory.
CACHED_ANALYSES = 256


class PairView(Mapping):
    """A locale's served pairs by id, read from the stores on demand (tests and small tools use
    it like the dict it replaces; the request path asks for single pairs)."""

    def __init__(self, index, locale: str) -> None:
        self.index, self.locale = index, locale

    def __getitem__(self, pair_id: str) -> ServedPair:
        pair = self.index.served(self.locale, pair_id)
        if pair is None:
            raise KeyError(pair_id)
        return pair

    def __iter__(self) -> Iterator[str]:
        return iter(self.index.store(self.locale).ids())

    def __len__(self) -> int:
        return self.index.store(self.locale).count()


class StoredPairs:
    """What the request path reads from the pair stores of a build directory; the search
    index (``faqsvc.index.FaqIndex``) is one of these."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._stores: dict[str, PairStore] = {}
        self._served: dict[tuple[str, str], ServedPair | None] = {}
        self._candidates: dict[tuple[str, int], tuple[ServedPair, PairAnalysis]] = {}

    def store(self, locale: str) -> PairStore:
        if locale not in self._stores:
            self._stores[locale] = PairStore(path_for(self.root, locale))
        return self._stores[locale]

    def pairs(self, locale: str) -> Mapping[str, ServedPair]:
        """The locale's served pairs by id, read on demand (see ``served``)."""
        return PairView(self, locale)

    def served(self, locale: str, pair_id: str) -> ServedPair | None:
        """A pair as ``locale`` serves it: its own text, or the source locale's marked
        ``fallback``; None when the locale does not list it."""
        key = (locale, pair_id)
        if key not in self._served:
            found = self.store(locale).row(pair_id)
            pair = None
            if found is not None:
                home, blob = found
                if blob is None:
                    blob = self.store(home).blob(pair_id)
                    pair = decode_pair(blob, "fallback") if blob else None
                else:
                    pair = decode_pair(blob)
            if len(self._served) >= CACHED_PAIRS:
                self._served.pop(next(iter(self._served)))
            self._served[key] = pair
        return self._served[key]

    def warm_candidates(self, locales: list[str]) -> None:
        """Decode each locale's share of the analyses cache before the first request: a
        search meeting twenty pairs for the first time decoded them all (5-10 ms on the seed
        leaflets), and what is decoded before the worker freezes its heap is never walked by
        a full garbage collection (one took 19 ms in the middle of a benchmark)."""
        share = CACHED_ANALYSES // max(1, len(locales))
        for locale in locales:
            for docnum in self.store(locale).docnums(share):
                self.candidate(locale, docnum)

    def candidate(self, locale: str, docnum: int) -> tuple[ServedPair, PairAnalysis]:
        """An engine hit's pair and its stored analysis (units, tokens) for confidence."""
        key = (locale, docnum)
        if key not in self._candidates:
            pair_id, blob, analysis = self.store(locale).by_docnum(docnum)
            if len(self._candidates) >= CACHED_ANALYSES:
                self._candidates.pop(next(iter(self._candidates)))
            self._candidates[key] = (decode_pair(blob), pairdata.decode(analysis))
        return self._candidates[key]

    def listed(
        self, locale: str, topic: str | None = None, offset: int = 0, limit: int = -1
    ) -> list[ServedPair]:
        """One page of the locale's pairs (of one topic, or all) in corpus order."""
        ids = self.store(locale).ids(topic, offset, limit)
        return [p for pair_id in ids if (p := self.served(locale, pair_id)) is not None]

    def related_ids(self, locale: str, pair_id: str) -> tuple[str, ...]:
        """Related questions chosen at build time; a fallback pair's are its source locale's."""
        found = self.store(locale).related(pair_id)
        if found is None and locale != SOURCE_LOCALE:
            found = self.store(SOURCE_LOCALE).related(pair_id)
        return found or ()

    def topic_counts(self, locale: str) -> list[tuple[str, int]]:
        return [tuple(item) for item in self.store(locale).meta("topics", [])]

    def popular_ids(self, locale: str) -> list[str]:
        return list(self.store(locale).meta("popular", []))

    def suggestion_ids(self, locale: str, key: str, limit: int) -> list[str]:
        """The locale's own questions first, then the source locale's it serves as fallbacks."""
        found = self.store(locale).suggestions(key, limit)
        if len(found) < limit and locale != SOURCE_LOCALE:
            listed = self.store(locale)
            for pair_id in self.store(SOURCE_LOCALE).suggestions(key, limit * 4):
                row = listed.row(pair_id)
                if row is not None and row[1] is None and pair_id not in found:
                    found.append(pair_id)
        return found[:limit]

    def spelling_words(self, locale: str, first: str, length: int, spread: int) -> list:
        """(folded, written, count) of corpus words a one-edit typo of a word may be."""
        return self.store(locale).words(first, length, spread)

    def surface_word(self, locale: str, token: str) -> str | None:
        return self.store(locale).surface(token)

    def romanized_words(self, locale: str, keys: list[str]) -> list[tuple[str, str, str, int]]:
        """(key, word, shape, count) of the locale's words a word typed romanized (Arabic,
        Chinese) or spelt by ear (the Latin-script languages) may stand for."""
        return self.store(locale).romanized(keys)

    def has_sequence(self, locale: str, text: str) -> bool:
        """Whether a three-character Chinese sequence occurs in the locale's texts."""
        return self.store(locale).has_sequence(text)

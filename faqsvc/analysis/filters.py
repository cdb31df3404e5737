"""whoosh filters for the per-language analyzers.

Every class here ends up pickled inside the index schema, so each holds configuration only
and rebuilds anything unpicklable (PyStemmer objects, thread-locals) on load. Caches are
module-level for the same reason.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache

import Stemmer
from whoosh.analysis import Filter, Token

from faqsvc.analysis.normalize import arabic_normalize, fold

__all__ = [
    "ApostropheFilter",
    "ArabicStemFilter",
    "FoldStemFilter",
    "NFKCFilter",
    "SnowballStemmer",
    "StopFilter",
    "VietnameseFilter",
    "arabic_light_stem",
]

_CACHE_SIZE = 65536
_fold = lru_cache(maxsize=_CACHE_SIZE)(fold)  # Vietnamese and Arabic-script Latin words


class SnowballStemmer:
    """A picklable PyStemmer: ``Stemmer.Stemmer(...).stemWord`` is a C method and cannot be
    stored in a whoosh schema. PyStemmer objects must not be shared between threads, so
    each thread lazily gets its own.
    """

    def __init__(self, algorithm: str):
        Stemmer.Stemmer(algorithm)  # fail now, not at the first query, if it does not exist
        self.algorithm = algorithm
        self._local = threading.local()

    def __call__(self, word: str) -> str:
        stemmer = getattr(self._local, "stemmer", None)
        if stemmer is None:
            stemmer = self._local.stemmer = Stemmer.Stemmer(self.algorithm)
        return stemmer.stemWord(word)

    def __getstate__(self) -> dict:
        return {"algorithm": self.algorithm}

    def __setstate__(self, state: dict) -> None:
        self.algorithm = state["algorithm"]
        self._local = threading.local()

    def __eq__(self, other: object) -> bool:
        return isinstance(other, SnowballStemmer) and other.algorithm == self.algorithm

    def __hash__(self) -> int:
        return hash(("SnowballStemmer", self.algorithm))

    def __repr__(self) -> str:
        return f"SnowballStemmer({self.algorithm!r})"


@lru_cache(maxsize=_CACHE_SIZE)
def _fold_stem_forms(stemmer: SnowballStemmer | None, word: str) -> tuple[str, ...]:
    """Both orders, because stemmers key on accented suffixes: Spanish stems "antibióticos"
    and "antibioticos" differently, so only emitting both lets either spelling match.
    """
    folded = fold(word)
    if stemmer is None:
        return (folded,)
    stem_then_fold = fold(stemmer(word))
    fold_then_stem = stemmer(folded)
    if stem_then_fold == fold_then_stem:
        return (stem_then_fold,)
    return (stem_then_fold, fold_then_stem)


class FoldStemFilter(Filter):
    """Accent-fold and stem, emitting each distinct form at the token's position and offsets.

    Not marked ``is_morph``: whoosh skips morph filters for spelling words, and those must
    still be folded to match the index.
    """

    def __init__(self, stemmer: SnowballStemmer | None = None):
        self.stemmer = stemmer

    def __call__(self, tokens: Iterator[Token]) -> Iterator[Token]:
        stemmer = self.stemmer
        for token in tokens:
            for form in _fold_stem_forms(stemmer, token.text):
                token.text = form
                yield token


class StopFilter(Filter):
    """Drop stop words compared through ``key`` (e.g. ``fold``), so "esta" and "está" agree.

    Unlike whoosh's, it keeps one-letter tokens: "vitamin D", "hepatitis B", "type 1".
    """

    def __init__(self, stops: Iterable[str], key: Callable[[str], str] | None = None):
        self.key = key
        self.stops = frozenset(key(word) if key else word for word in stops)

    def __call__(self, tokens: Iterator[Token]) -> Iterator[Token]:
        key, stops, pos = self.key, self.stops, None
        for token in tokens:
            if (key(token.text) if key else token.text) in stops:
                if not token.removestops:
                    token.stopped = True
                    yield token
                continue
            if token.positions:  # renumber, so phrases match across removed words
                pos = token.pos if pos is None else pos + 1
                token.pos = pos
            token.stopped = False
            yield token


# "'s" (a possessive or "it's") and the endings of a pronoun's contraction ("I'll", "they're").
_PRONOUN_CONTRACTION = re.compile(r"'(?:s|ll|d|re|ve|m)$")


class ApostropheFilter(Filter):
    """Resolve apostrophes inside tokens, which mean different things per language.

    ``elide``: drop a French-style clitic ("l'arrêter" -> "arrêter"); ``possessive``: drop
    English "'s" and join contractions ("don't" -> "dont", kept, as negation matters), but drop
    the "'ll", "'d", "'re", "'ve" and "'m" of a pronoun's contraction, which joined would make
    another word ("I'll" ill, "we'll" well, "she'd" shed) that weighs as a rare one;
    ``longest``: keep the longest part, which handles Italian/Catalan elision and Dutch or
    German "'s" endings without per-language lists.
    """

    MODES = ("elide", "possessive", "longest")

    def __init__(self, mode: str = "longest", elisions: Iterable[str] = ()):
        if mode not in self.MODES:
            raise ValueError(f"mode must be one of {self.MODES}, not {mode!r}")
        self.mode = mode
        # Longest first so "jusqu'" wins over "qu'"; then alphabetical, so the pickled schema
        # compares equal across processes whatever the caller's set order was.
        self.elisions = tuple(sorted(set(elisions), key=lambda e: (-len(e), e)))

    def __call__(self, tokens: Iterator[Token]) -> Iterator[Token]:
        for token in tokens:
            if "'" in token.text:
                token.text = self._resolve(token.text)
                if not token.text:
                    continue
            yield token

    def _resolve(self, text: str) -> str:
        if self.mode == "longest":
            return max(reversed(text.split("'")), key=len)
        if self.mode == "possessive":
            text = _PRONOUN_CONTRACTION.sub("", text)
        for elision in self.elisions:
            if text.startswith(elision) and len(text) > len(elision):
                text = text[len(elision) :]
                break
        return text.replace("'", "")


class NFKCFilter(Filter):
    """Fold full-width and compatibility forms (ＭＲＩ -> MRI) that CJK keyboards emit."""

    def __call__(self, tokens: Iterator[Token]) -> Iterator[Token]:
        for token in tokens:
            if not token.text.isascii():
                token.text = unicodedata.normalize("NFKC", token.text)
            yield token


_HARAKAT = {c: None for c in [0x0640, 0x0670, *range(0x064B, 0x0660)]} | {0x0671: "\u0627"}
# Definite article alone or with a one-letter proclitic; longest first.
_ARTICLES = ("\u0648\u0627\u0644", "\u0641\u0627\u0644", "\u0628\u0627\u0644", "\u0643\u0627\u0644")
_ARTICLES += ("\u0644\u0644", "\u0627\u0644")
# (suffix, letters that must remain): plural/dual/possessive endings, taa marbuta (as ه).
_SUFFIXES = (
    ("\u0627\u062a", 3),  # ات
    ("\u0647\u0627", 3),  # ها
    ("\u0648\u0646", 3),  # ون
    ("\u064a\u0646", 3),  # ين
    ("\u0627\u0646", 3),  # ان
    ("\u0647", 3),  # ه / ة
)


@lru_cache(maxsize=_CACHE_SIZE)
def arabic_light_stem(word: str) -> str:
    """Light stemming: article and a few suffixes only.

    Root-based stemmers conflate too much for FAQ search (whoosh ISRI: الوقت -> الق; Snowball
    Arabic: عملية "operation" -> عمل "work", كلية "kidney" -> كل "all"). The article is matched
    before hamza is normalised, so "ألم" (pain) is not read as ال + م.
    """
    bare = word.translate(_HARAKAT)
    for article in _ARTICLES:
        if bare.startswith(article) and len(bare) - len(article) >= 2:
            bare = bare[len(article) :]
            break
    stem = arabic_normalize(bare)
    for suffix, keep in _SUFFIXES:
        if stem.endswith(suffix) and len(stem) - len(suffix) >= keep:
            return stem[: -len(suffix)]
    return stem


def _is_arabic(text: str) -> bool:
    return any("\u0600" <= char <= "\u06ff" for char in text)


class ArabicStemFilter(Filter):
    """Arabic words get normalised and light-stemmed; Latin words in the text (MRI) folded."""

    def __call__(self, tokens: Iterator[Token]) -> Iterator[Token]:
        for token in tokens:
            token.text = (
                arabic_light_stem(token.text) if _is_arabic(token.text) else _fold(token.text)
            )
            if token.text:
                yield token


# Final "y" after a consonant is spelled "i" just as well (tỷ/tỉ lệ, lý/lí do, kỹ/kĩ, quý/quí):
# two orthographies in everyday use. A bare "y" (y tế, medicine) is a different syllable.
_VI_FINAL_Y = re.compile(r"^(b|c|ch|d|g|gh|h|k|kh|l|m|n|ng|ngh|nh|p|ph|qu|r|s|t|th|tr|v|x)y$")


# A Vietnamese syllable ends in a vowel or in c, ch, m, n, ng, nh, p or t: a final "g" after a
# vowel is "ng" typed short ("xog", "chồg"), a final "j" after one is text-speak for "i" ("lạj").
_VI_SHORT_FINAL = re.compile(r"(?<=[aeiouy])[gj]$")


def _vi_spellings(syllable: str) -> tuple[str, str]:
    """(as typed, tone-folded), a final y written as i in both ("lý" = "lí", "ly" = "li"), and
    a final that no Vietnamese syllable has read as the one meant ("xog" = "xong")."""
    if _VI_SHORT_FINAL.search(_fold(syllable)):
        syllable = syllable[:-1] + ("ng" if syllable[-1] == "g" else "i")
    folded = _fold(syllable)
    if not _VI_FINAL_Y.match(folded):
        return syllable, folded
    decomposed = unicodedata.normalize("NFD", syllable)
    at = decomposed.rfind("y")
    toned = unicodedata.normalize("NFC", decomposed[:at] + "i" + decomposed[at + 1 :])
    return toned, folded[:-1] + "i"


class VietnameseFilter(Filter):
    """Syllables plus adjacent-syllable bigrams ("đau", "lưng", "đau_lưng").

    Vietnamese writes one syllable per space, so a word like "đau lưng" (back pain) only
    matches as a unit through bigrams. Tones tell words apart ("mắt" eye, "mất" lose, "mặt"
    face) but many patients type without them, so the index holds each syllable and bigram
    both as written and tone-folded; a query word typed with tones looks up only its own
    spelling, one typed without looks up the folded one and so finds every toned word.
    Stop words are compared with their tones ("có" stops, "cổ" neck does not) and break
    bigrams, as does punctuation.
    """

    def __init__(self, stops: Iterable[str] = (), joiner: str = "_"):
        self.stops = frozenset(stops)
        self.joiner = joiner

    def __call__(self, tokens: Iterator[Token]) -> Iterator[Token]:
        previous: tuple[tuple[str, ...], int] | None = None  # spellings, start
        pos = None
        for token in tokens:
            toned, folded = _vi_spellings(token.text)
            if token.text in self.stops or toned in self.stops:  # "chồg" is "chồng"
                previous = None
                continue
            if token.positions:
                pos = token.pos if pos is None else pos + 1
                token.pos = pos
            if getattr(token, "boundary", False):
                previous = None
            spellings = (toned,) if token.mode == "query" else (toned, folded)
            start = token.startchar if token.chars else 0
            for word in dict.fromkeys(spellings):
                token.text = word
                yield token
            if previous is not None:
                if token.chars:
                    token.startchar = previous[1]
                for bigram in dict.fromkeys(zip(previous[0], spellings, strict=True)):
                    token.text = self.joiner.join(bigram)
                    yield token
            previous = (spellings, start)

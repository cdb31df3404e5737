"""Typo candidates among the words the corpus is written with, not among its stems.

The index holds stems, and a typo often breaks the very suffix a stemmer strips: "resonansia"
stems to "resonansi" but "resonancia" to "reson", four edits apart, and "diffrent" stays whole
while "different" becomes "differ". Compared as typed, each is one edit from the word meant.
"""

from __future__ import annotations

from functools import lru_cache

from whoosh.support.levenshtein import damerau_levenshtein

from faqsvc.analysis import fold
from faqsvc.precompute import spelling_vocabulary

MIN_LENGTH = 6  # "lavar" is one letter from "levar": shorter words are too often real ones
# One edit only: at two, real words the corpus lacks turn into ones it has ("dentiste" into
# "densité", "stretches" into "stitches", "noticing" into "nothing").
MAX_EDITS = 1


@lru_cache(maxsize=16)
def _vocabulary(text: str) -> dict[str, list[tuple[str, str, int]]]:
    """First letter -> (folded word, its most frequent written form, how often it occurs)."""
    return spelling_vocabulary([text], MIN_LENGTH)


def near_words(text: str, typed: str) -> list[str]:
    """Words of ``text`` a typo away from ``typed`` (see ``near_words_among``)."""
    key = fold(typed)
    return near_words_among(_vocabulary(text).get(key[:1], ()), typed)


def near_words_in(index, locale: str, typed: str) -> list[str]:
    """Words of the locale's texts a typo away from ``typed``, from the vocabulary the build
    stored: only words with its first letter and a length one edit can reach are read."""
    key = fold(typed)
    if len(key) < MIN_LENGTH or not key.isalpha() or not key.isascii():
        return []
    return near_words_among(index.spelling_words(locale, key[0], len(key), MAX_EDITS), typed)


def near_words_among(candidates, typed: str) -> list[str]:
    """Of (folded word, written form, count) ``candidates``, those a typo away from ``typed``,
    as they are written: closest first, then the most frequent.

    The first letter must match ("versteht" is not "besteht"). Latin script only, as in the
    stem search this complements: one letter changes an Arabic or Vietnamese word into another
    real one too often."""
    key = fold(typed)
    if len(key) < MIN_LENGTH or not key.isalpha() or not key.isascii():
        return []
    found = []
    for word, written, count in candidates:
        if word == key or word[:1] != key[:1] or abs(len(word) - len(key)) > MAX_EDITS:
            continue
        distance = damerau_levenshtein(key, word, MAX_EDITS)
        if distance <= MAX_EDITS:
            found.append((distance, -count, written))
    return [written for _, _, written in sorted(found)]

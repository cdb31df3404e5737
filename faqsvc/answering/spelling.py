"""Typo candidates among the words the corpus is written with, not among its stems; and which
typed words are real words of their language, never to be corrected.

The index holds stems, and a typo often breaks the very suffix a stemmer strips: "resonansia"
stems to "resonansi" but "resonancia" to "reson", four edits apart, and "diffrent" stays whole
while "different" becomes "differ". Compared as typed, each is one edit from the word meant.

A word the corpus lacks is not a typo for that: "Kann ich danach Auto fahren?" is German, and
"führen" is merely the corpus word one letter away. ``faqsvc/data/words/<language>.txt.gz``
lists each language's common words (generated from wordfreq by scripts/make_wordlists.py).

Chinese is typed by sound through an input method, so its typos are homophones: 成型 for 成形,
趟 for 躺. ``zh-sounds.txt.gz`` (from pypinyin, by the same script) gives each Han character's
toneless syllables, and a character that sounds like none of the other's is no typo for it.
"""

from __future__ import annotations

import gzip
import re
from functools import cache, lru_cache
from importlib import resources

from whoosh.support.levenshtein import damerau_levenshtein

from faqsvc.analysis import fold, language_of
from faqsvc.analysis.romanized import SOUNDS_FILE, han_sounds
from faqsvc.answering.lemmas import lemma
from faqsvc.precompute import spelling_vocabulary

MIN_LENGTH = 6  # "lavar" is one letter from "levar": shorter words are too often real ones
# One edit only: at two, real words the corpus lacks turn into ones it has ("dentiste" into
# "densité", "stretches" into "stitches", "noticing" into "nothing").
MAX_EDITS = 1
HAN_WORDS = "zh-words"  # Chinese words, and those of everyday speech (.everyday)


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


@cache
def _real_words(name: str) -> frozenset[str]:
    """The folded words of list ``name``: a language's common words ("en"), or with the
    ``.everyday`` suffix only those of everyday speech (scripts/make_wordlists.py); empty when
    there is no such list."""
    path = resources.files("faqsvc") / "data" / "words" / f"{name}.txt.gz"
    if not path.is_file():
        return frozenset()
    return frozenset(gzip.decompress(path.read_bytes()).decode("utf-8").split())


def han_word_kind(characters: str) -> str | None:
    """``everyday`` or ``word`` for a Chinese word of the lists (scripts/make_wordlists.py),
    ``across`` for characters that are no word; None when there are no lists."""
    words = _real_words(HAN_WORDS)
    if not words:
        return None
    if characters in _real_words(f"{HAN_WORDS}.everyday"):
        return "everyday"
    return "word" if characters in words else "across"


def sound_alike(typed: str, meant: str) -> bool:
    """Whether two Han characters share a syllable, tones aside: one may be typed for the other."""
    sounds = han_sounds()
    return bool(sounds.get(typed, frozenset()) & sounds.get(meant, frozenset()))


def warm() -> None:
    """Load every word list now (a worker starting), not on some patient's first request."""
    for path in (resources.files("faqsvc") / "data" / "words").iterdir():
        if path.name == SOUNDS_FILE:
            han_sounds()
        elif path.name.startswith(HAN_WORDS):
            _real_words(path.name.removesuffix(".txt.gz"))
        elif path.name.endswith(".everyday.txt.gz"):
            _everyday_slips(path.name.removesuffix(".everyday.txt.gz"))
        elif path.name.endswith(".txt.gz"):
            _real_words(path.name.removesuffix(".txt.gz"))


def is_real_word(locale: str, typed: str) -> bool:
    """Whether ``typed`` is a common word of the locale's language, as typed or without accents.

    Misspellings common enough to be in frequency data ("diffrent", "recieve") fall below the
    lists' cut-off and stay correctable. An elided article or pronoun ("d'attente", "l'aiguille")
    is looked past."""
    words = _real_words(language_of(locale))
    folded = fold(typed).replace("\u2019", "'")
    return folded in words or folded.rpartition("'")[2] in words


def is_short_word(language: str, typed: str) -> bool:
    """Whether ``typed`` is a common word of two or three letters ("bat", "col", "mer"); the
    main lists start at four letters."""
    return fold(typed) in _real_words(f"{language}.short")


# Spoken German puts a particle before a verb ("reingehen", "rausholen", "runterkommen"): the
# word lists hold few such forms, but one is as everyday as its verb.
_GERMAN_PARTICLES = re.compile(
    r"^(?:rein|raus|rauf|runter|rüber|rueber|ruber|ran|rum|drauf|dran|drin)"
)


def is_everyday_word(locale: str, typed: str) -> bool:
    """Whether ``typed`` is a word of everyday speech in the locale's language ("yesterday",
    "proper", "lendemain"), as against one that names a subject ("dentist", "knee")."""
    language = language_of(locale)
    everyday = _real_words(f"{language}.everyday")
    key = fold(typed)
    if key in everyday:
        return True
    dictionary_form = lemma(locale, typed)  # "sorted" is as everyday as "sort"
    if dictionary_form and fold(dictionary_form) in everyday:
        return True
    if language != "de":
        return False
    verb = _GERMAN_PARTICLES.sub("", key)
    return verb != key and len(verb) >= 3 and verb in everyday


def is_everyday_slip(locale: str, typed: str) -> bool:
    """Whether ``typed`` is no word of its language but one edit from an everyday one
    ("ofen", "yesturday", "tomorow"): a slip on a word that names no subject."""
    key = fold(typed)
    if len(key) < 4 or is_real_word(locale, typed):
        return False
    return bool(_everyday_slips(language_of(locale)).near(key))


@cache
def _everyday_slips(language: str) -> SlipIndex:
    return SlipIndex(_real_words(f"{language}.everyday"))


class SlipIndex:
    """Words a typed one is one edit from, found through each word's one-letter deletions
    (symmetric delete): a look-up per deletion of the typed word, not a pass over the list."""

    def __init__(self, words) -> None:
        found: dict[str, list[str]] = {}
        for word in words:
            for variant in _deletions(word):
                found.setdefault(variant, []).append(word)
        self._by_variant = {variant: tuple(listed) for variant, listed in found.items()}

    def near(self, typed: str) -> list[str]:
        """The words one edit from ``typed`` (not ``typed`` itself), sorted."""
        seen = {
            word
            for variant in _deletions(typed)
            for word in self._by_variant.get(variant, ())
            if word != typed and one_edit_apart(typed, word)
        }
        return sorted(seen)


def _deletions(word: str) -> set[str]:
    return {word} | {word[:n] + word[n + 1 :] for n in range(len(word))}


def has_word_list(locale: str) -> bool:
    """Whether the locale's language has a list of common words to tell real words by."""
    return bool(_real_words(language_of(locale)))


def one_edit_apart(typed: str, word: str) -> bool:
    """Whether two different words are one edit apart (a swap of neighbours counts as one)."""
    return abs(len(typed) - len(word)) <= 1 and damerau_levenshtein(typed, word, 1) == 1

"""A message's words spelt by ear, respelt as the pairs write them, before the search.

"kuantas oras sin komer antes de la operasion", "do they giv anty biotics so i dont get
infeckted", "on peu rentré a la maison le jour meme ou on dor a lopital": each word is how it
sounds, and none is one typo from the word meant, so the typo correction found nothing and the
message was declined. A word that no list of the Latin-script languages knows, and no pair,
synonym or stop word has, is looked up by its sound key (``analysis.sounds``) among the words
of the locale's texts (stored by the build) and of its synonym groups, and replaced by the one
that sounds nearest. A real word is never touched, in any of the languages: "fahren" stays "fahren".
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from faqsvc.analysis import analysis_for, fold, folded_stopwords, language_of
from faqsvc.analysis.sounds import (
    SOUND_LANGUAGES,
    shape_distance,
    sound_key,
    sound_rows,
    sound_shape,
)
from faqsvc.answering import romanized, spelling, synonyms, textspeak
from faqsvc.answering.unmarked import d_read_plain
from faqsvc.answering.vocabulary import indexed

MAX_WORDS = 40  # words of a message looked up: a bounded number of look-ups
# How far a typed shape may be from the word's, by the shape's length: a short word meets
# another by chance, so it must sound exactly alike.
_MOST_DISTANT = ((3, 0.0), (5, 0.5))
LONG_DISTANCE = 1.0
_VOWEL = re.compile(r"[aeiouyà-ÿ]", re.IGNORECASE)
_FOREIGN_VI = re.compile(r"[fjwz]", re.IGNORECASE)
_WORD = re.compile(r"(?<![\w'’-])[^\W\d_]{3,}(?![\w'’-])")


def warm(locales: Iterable[str]) -> None:
    """Key the synonym members now (a worker starting), not on some patient's message."""
    for locale in locales:
        if language_of(locale) in SOUND_LANGUAGES:
            _spoken(locale)


def as_heard(index, locale: str, text: str) -> str:
    """``text`` with its text-speak written out and, typed in Latin letters on the Arabic or
    Chinese page, read back into the page's script: what the patient wrote, in full."""
    plain = d_read_plain(locale, text)
    return romanized.read_back(index, locale, textspeak.expanded(locale, plain), typed=plain)


def respelled(index, locale: str, text: str) -> str:
    """``text`` with each word spelt by ear replaced by the locale's word that sounds like it."""
    language = language_of(locale)
    if language not in SOUND_LANGUAGES:
        return text
    typed = {m.group().lower(): m.group() for m in _WORD.finditer(text, 0, MAX_WORDS * 30)}
    shapes = {
        word: sound_shape(language, word)
        for word, written in list(typed.items())[:MAX_WORDS]
        if not _known(index, locale, written)
    }
    if not shapes:
        return text
    keys = sorted({sound_key(shape) for shape in shapes.values()})
    found = romanized.words_by_key(index, locale, keys, _spoken(locale))
    spelled = {}
    for word, shape in shapes.items():
        best = _closest(shape, found.get(sound_key(shape), ()))
        if best and best != word:
            spelled[word] = best
    if not spelled:
        return text
    return _WORD.sub(lambda m: spelled.get(m.group().lower(), m.group()), text)


def _known(index, locale: str, word: str) -> bool:
    """A word of any of the languages' lists, a stop word, or one the locale's pairs or
    synonyms have: no word spelt by ear, or one the search already understands (a short word
    only of the locale's language: "dor" is Portuguese, but spelt by ear in French). A word in
    capitals or without a vowel is an abbreviation ("AVC", "IRM", "pst"); a Vietnamese word is respelt only when it has a
    letter Vietnamese does not write ("fai" for phải), since its syllables typed without their
    marks are real words the lists (of four letters or more) leave out."""
    if word.isupper() or not _VOWEL.search(word):
        return True
    if language_of(locale) == "vi" and not _FOREIGN_VI.search(word):
        return True
    if spelling.is_short_word(language_of(locale), word) or any(
        spelling.is_real_word(language, word) for language in SOUND_LANGUAGES
    ):
        return True
    if fold(word) in _stop_words() or fold(word) in _spoken_words(locale):
        return True
    tokens = {t.text for t in analysis_for(locale).text(word, mode="query")}
    return not tokens or indexed(index, locale, tokens)


def _closest(shape: str, candidates: Iterable[tuple[str, str, int]]) -> str | None:
    """The word whose shape is nearest, then the most frequent; none beyond the distance
    the shape's length allows."""
    ranked = sorted((shape_distance(shape, s), -count, w) for w, s, count in candidates)
    if not ranked:
        return None
    limit = next((most for letters, most in _MOST_DISTANT if len(shape) <= letters), LONG_DISTANCE)
    return ranked[0][2] if ranked[0][0] <= limit else None


@cache
def _spoken(locale: str) -> dict[str, list[tuple[str, str, str, int]]]:
    """The locale's synonym members' words by key: the spoken words the leaflets do not write."""
    table: dict[str, list[tuple[str, str, str, int]]] = {}
    members = [member for group in synonyms.groups(locale) for member in group]
    for row in sound_rows(language_of(locale), members):
        table.setdefault(row[0], []).append(row)
    return table


@cache
def _stop_words() -> frozenset[str]:
    """The stop words of every language respelt: "ich" in a German message sent from the
    English page is no "each"."""
    return frozenset().union(*(folded_stopwords(language) for language in SOUND_LANGUAGES))


@cache
def _spoken_words(locale: str) -> frozenset[str]:
    members = (member for group in synonyms.groups(locale) for member in group)
    return frozenset(fold(word) for member in members for word in member.split())

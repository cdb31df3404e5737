"""Question words ("how", "who", "什么"): dropped from matching, yet they tell questions apart.

"How is vertebroplasty done?" shares every content word with "What is vertebroplasty?" and "Who
is a candidate for vertebroplasty?", so all three are fully confident answers; only "how" says
which one is meant. Ranking compares the question words of the query and of each pair's
question (``faqsvc/data/question_words.json``); the calibrated model (``calibration``) weighs
them too, and counts a pair's phrasing as the question asked only when they agree.
"""

from __future__ import annotations

import json
import unicodedata
from functools import cache, lru_cache
from importlib import resources

from faqsvc.analysis import arabic_normalize, fold, language_of, padded_words

__all__ = ["pair_question_words", "question_words", "shared_share"]

MAX_CHARS = 1000


def _key(language: str, text: str) -> str:
    """Padded words in the spelling entries and text are compared in."""
    text = unicodedata.normalize("NFC", text.lower())
    if language == "ar":
        text = arabic_normalize(text)
    elif language not in ("vi", "zh"):  # Vietnamese tones carry meaning: đâu "where", đau "pain"
        text = fold(text)
    return padded_words(text)


@cache
def _data() -> dict:
    path = resources.files("faqsvc") / "data" / "question_words.json"
    return json.loads(path.read_text(encoding="utf-8"))


def _for_language(table: dict, language: str) -> list[str]:
    return next((v for k, v in table.items() if k[0] != "_" and language_of(k) == language), [])


@cache
def _entries(language: str) -> tuple[tuple[str, str], ...]:
    """(spelling, the word it spells) pairs: a list in the data is one word and its spoken or
    unaccented variants, first the spelling questions are compared in (啥 is 什么, شو is ماذا)."""
    entries: dict[str, str] = {}
    for entry in _for_language(_data(), language):
        spellings = [entry] if isinstance(entry, str) else entry
        for spelling in spellings:
            entries.setdefault(_key(language, spelling), _key(language, spellings[0]))
    return tuple(entries.items())


@cache
def _yes_no_markers(language: str) -> tuple[str, ...]:
    phrases = _for_language(_data()["_yes_no"], language)
    return tuple(_key(language, p) for p in phrases)


def question_words(locale: str, text: str) -> frozenset[str]:
    """The question words in ``text``, in one spelling per word."""
    language = language_of(locale)
    key = _key(language, text[:MAX_CHARS])
    for marker in _yes_no_markers(language):
        key = key.replace(marker, " ")
    if language == "zh":
        return frozenset(word for spelling, word in _entries(language) if spelling.strip() in key)
    return frozenset(word for spelling, word in _entries(language) if spelling in key)


# A pair's question is met on every search and never changes, so it is cached; a patient's query
# is not, so that nothing anyone typed stays in memory.
pair_question_words = lru_cache(maxsize=4096)(question_words)


def shared_share(query: frozenset[str], question: frozenset[str]) -> float:
    """The share of the query's question words that the pair's question also has."""
    return len(query & question) / len(query) if query else 0.0

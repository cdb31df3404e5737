"""Which supported language a piece of text is plainly written in.

Used for queries (search the language the patient typed, not only the page's) and for documents
given to ``ingest --preview`` without ``--lang``. Only supported languages are candidates, and
short ambiguous text gets no guess: a wrong guess sends a patient to the wrong index.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable
from importlib import resources


def _load() -> tuple[dict[str, frozenset[str]], dict[str, str]]:
    """Function words (written without accents) and letters that one Latin-script language
    uses and the others do not, per supported language: data, extended with a locale."""
    raw = json.loads(resources.files("faqsvc").joinpath("data/langdetect.json").read_text("utf-8"))
    words = {lang: frozenset(text.split()) for lang, text in raw["function_words"].items()}
    return words, raw["distinct_letters"]


FUNCTION_WORDS, DISTINCT_LETTERS = _load()
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def _fold(word: str) -> str:
    decomposed = unicodedata.normalize("NFD", word.lower().replace("đ", "d"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def script_language(text: str) -> str | None:
    """Scripts that name their language outright: Han, Arabic, Hangul, Kana."""
    counts = {"zh": 0, "ar": 0, "ko": 0, "ja": 0}
    for ch in text:
        code = ord(ch)
        if 0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF:
            counts["zh"] += 1
        elif 0x0600 <= code <= 0x06FF or 0x0750 <= code <= 0x077F:
            counts["ar"] += 1
        elif 0xAC00 <= code <= 0xD7AF:
            counts["ko"] += 1
        elif 0x3040 <= code <= 0x30FF:
            counts["ja"] += 1
    best = max(counts, key=counts.get)
    if counts["ja"] and best == "zh":
        return "ja"
    return best if counts[best] >= 2 else None


def detect(text: str, candidates: Iterable[str], *, min_words: int = 3) -> str | None:
    """The language among ``candidates`` that ``text`` is clearly written in, else None."""
    candidates = set(candidates)
    by_script = script_language(text)
    if by_script:
        return by_script if by_script in candidates else None
    lower = text.lower()
    letters = {lang for lang, chars in DISTINCT_LETTERS.items() if any(c in lower for c in chars)}
    words = [_fold(w) for w in _WORD.findall(text)]
    scores = {lang: 0.0 for lang in FUNCTION_WORDS if lang in candidates}
    for word in words:
        for part in re.split(r"['’]", word):
            for lang in scores:
                if part in FUNCTION_WORDS[lang]:
                    scores[lang] += 1
    for lang in letters & scores.keys():
        scores[lang] += 2
    if not scores:
        return None
    ranked = sorted(scores.items(), key=lambda kv: -kv[1])
    best, top = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0.0
    enough_text = len(words) >= min_words or best in letters
    if top >= 2 and top >= runner_up + 2 and enough_text:
        return best
    return None

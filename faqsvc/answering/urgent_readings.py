"""Signs given as a number (issue 17, the fifteenth blind set): a thermometer, a pulse, an
oxygen clip, a blood-pressure cuff. A reading is urgent by its value, not its words: a
temperature of 38 °C or more (100.4 °F), a pulse of 120 or more a minute or under 45 (session 28), an oxygen saturation
under 92 %, a systolic blood pressure under 90 (care staff's "BP 85/50", "PA 80x45"; the
``pressure`` word must be followed by two numbers so a stray "pa" or "ta" is no reading). Each locale names
what is measured in its ``readings`` lexicon (``temperature``, ``pulse``, ``oxygen``: the
thermometer, "Puls", "血氧", "النبض"); the number is looked for within ``REACH`` characters
after the word (or before it: "88 % Sauerstoff"), in the same sentence, however it is written
(38,5 / 38.5 / 38°5 / 38度5 / 38 độ 5 / 101 F; Arabic-Indic digits are plain ones by then).
A temperature a little over the line followed by a normal one ("38,2 hier soir, 36,9 ce
matin") has gone down: ``fell_back`` (the twenty-ninth set's kind, written ahead).

A reading over the line is a sign like any other (``UrgentRules.sign_spans``: the fever,
chest or breathing sign), judged by the same cues (a condition, a question how to recognise
it). A temperature under the line quiets a fever named only by its word in the same sentence
("I took my temperature, 37.1", "¿37,2 ya cuenta como fiebre?"): ``normal_temperature``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping

from faqsvc.answering.urgent_gates import Patterns

__all__ = ["fell_back", "normal_temperature", "read_as_number", "reading_spans", "sentence_around"]

# How far after the word naming what is measured its number may stand (characters); before
# it, only a unit may stand between them.
REACH = 40
# What each reading is a sign of.
SIGN_OF = {
    "temperature": "fever",
    "pulse": "chest_pain",
    "oxygen": "breathing",
    "pressure": "fainting_confusion",
}
# A number as patients type a reading: "38", "38,5", "38.5", "38°5", "38度5", "38 do 5".
NUMBER = re.compile(
    r"(?<![0-9.,])([0-9]{2,3})(?:(?:\s?(?:°|度|do)\s?|[.,])([0-9]{1,2}))?(?![0-9])"
    r"(\s?°?\s?f\b)?"
)
# What may stand between a number and the word after it: "88 % Sauerstoff", "130 bpm", "38 de
# pouls" (a watch's reading told number first, the twenty-ninth set's kind written ahead).
_UNIT_GAP = re.compile(r"\s?%?\s?(?:de )?")
# A sentence end, but not a decimal point ("38.5").
_END = re.compile(r"[?!;。？！；؟؛\n]|\.(?![0-9])")


def _value(match: re.Match[str]) -> tuple[float, bool]:
    whole, decimals, fahrenheit = match.groups()
    return float(f"{whole}.{decimals or 0}"), bool(fahrenheit)


def _urgent(kind: str, value: float, fahrenheit: bool) -> bool | None:
    """Whether a reading is over the line; None when the number is no such reading."""
    if kind == "temperature":
        if fahrenheit or 95 <= value <= 108:
            return value >= 100.4 if 95 <= value <= 108 else None
        return value >= 38 if 34 <= value <= 43 else None
    # a pulse racing, or so slow the heart may not keep the head supplied (a watch's "HR 41")
    if kind == "pulse":
        return (value >= 120 or value < 45) if 30 <= value <= 250 else None
    if kind == "oxygen":
        return value < 92 if 50 <= value <= 100 else None
    # a blood pressure's first number, the systolic: under 90 is low ("BP 85/50", "PA 80x45")
    if kind == "pressure":
        return value < 90 if 40 <= value <= 260 else None
    return None


def _readings(lexicon: Mapping[str, Patterns], text: str) -> Iterator[tuple[str, bool, int, int]]:
    """(kind, over the line, start, end) of every reading in ``text``: its word and number."""
    for kind, patterns in lexicon.items():
        for pattern in patterns:
            for word in pattern.finditer(text):
                for number in _numbers_near(text, word.start(), word.end()):
                    urgent = _urgent(kind, *_value(number))
                    if urgent is not None:
                        start = min(word.start(), number.start())
                        yield kind, urgent, start, max(word.end(), number.end())
                        break


def _numbers_near(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    after = text[end : end + REACH]
    stop = _END.search(after)
    for number in NUMBER.finditer(text, end, end + (stop.start() if stop else len(after))):
        yield number
    # right before it: "88 % Sauerstoff", "130 bpm"
    for number in NUMBER.finditer(text, max(0, start - 12), start):
        if _UNIT_GAP.fullmatch(text[number.end() : start]):
            yield number


def reading_spans(lexicon: Mapping[str, Patterns], text: str) -> Iterator[tuple[str, int, int]]:
    """(sign, start, end) of every reading over the line in ``text`` (canonical)."""
    for kind, urgent, start, end in _readings(lexicon, text):
        if urgent:
            yield SIGN_OF[kind], start, end


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence of ``text`` holding ``start``..``end``, a decimal point ("37.2") no end."""
    left = max((m.end() for m in _END.finditer(text, 0, start)), default=0)
    stop = _END.search(text, end)
    return text[left : stop.start() if stop else len(text)]


def normal_temperature(lexicon: Mapping[str, Patterns], sentence: str) -> bool:
    """Whether ``sentence`` gives a temperature, and every one it gives is under the line."""
    found = [urgent for kind, urgent, _, _ in _readings(lexicon, sentence) if kind == "temperature"]
    # a number with decimals of a body's temperature needs no word: "tengo 37,2"
    found += [
        value >= 38
        for value, fahrenheit in map(_value, NUMBER.finditer(sentence))
        if not fahrenheit and 35 <= value < 43 and value != int(value)
    ]
    return bool(found) and not any(found)


def fell_back(sign_words: str, after: str) -> bool:
    """Whether a fever read as a number under 39 (``sign_words``) is followed in ``after`` by
    body temperatures whose last is clearly normal (under 37.5): "38 de fièvre hier soir, ce
    matin 36,9". A high fever, or one still over the line later, has not gone down."""
    own = [v for v, f in map(_value, NUMBER.finditer(sign_words)) if not f and 34 <= v <= 43]
    if not own or max(own) >= 39:
        return False
    later = [v for v, f in map(_value, NUMBER.finditer(after)) if not f and 35 <= v < 43]
    return bool(later) and later[-1] < 37.5


def read_as_number(sign_words: str) -> bool:
    """Whether a sign is told by its reading ("the oximeter reads 87", "38,2 de fièvre"), not by
    its word alone: such a sign is judged by its number, not by the habits its word has."""
    return any(ch.isdigit() for ch in sign_words)

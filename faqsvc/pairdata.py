"""What confidence needs from a pair, analysed once at build time and stored with the index.

A pair's units are its question, each phrasing, each answer sentence and each two adjacent
sentences; confidence asks which of the query's words each unit holds. Analysing a long answer
on every request cost more than the search itself, so the build stores every unit's tokens
(``encode``) and a request only decodes them (``decode``).
"""

from __future__ import annotations

import marshal
import re
from dataclasses import dataclass
from functools import cached_property

from faqsvc.analysis import analysis_for
from faqsvc.model import ServedPair

SENTENCE = re.compile(r"(?<=[.!?。！？؟])\s*|\n+")
Tokens = tuple[frozenset[str], dict[str, frozenset[str]]]


@dataclass(frozen=True)
class Unit:
    text: str
    tokens: frozenset[str]
    extra: dict[str, frozenset[str]]
    is_answer: bool


@dataclass(frozen=True)
class Sentence:
    """An answer sentence as stored: tokens kept packed (tuples) until a unit is shown."""

    text: str
    tokens: tuple[str, ...]
    extra: dict[str, tuple[str, ...]]


class PairAnalysis:
    """A pair's units, and for its answer sentences where each token is (``where``): a
    request visits only the sentences (and windows of two) holding a word of the query,
    instead of testing every unit of a long answer. ``units`` lists them all, made on demand."""

    def __init__(self, asked: tuple[Unit, ...], said: tuple[Sentence, ...], where: dict) -> None:
        self.asked = asked  # the question and its phrasings
        self.said = said
        self.where: dict[str, tuple[int, ...]] = where[""]  # token -> sentence numbers
        self.where_extra: dict[str, dict[str, tuple[int, ...]]] = {
            suffix: found for suffix, found in where.items() if suffix
        }
        # token -> question units holding it, for the main analyzer and each extra one
        self.asked_main_where: dict[str, list[int]] = {}
        self.asked_extra_where: dict[str, dict[str, list[int]]] = {}
        for number, unit in enumerate(asked):
            for token in unit.tokens:
                self.asked_main_where.setdefault(token, []).append(number)
            for suffix, tokens in unit.extra.items():
                found = self.asked_extra_where.setdefault(suffix, {})
                for token in tokens:
                    found.setdefault(token, []).append(number)
        asked_tokens = frozenset().union(*(u.tokens for u in asked))
        self.tokens: frozenset[str] = asked_tokens.union(self.where)  # of the whole pair
        self.extra: dict[str, frozenset[str]] = {}
        for unit in asked:
            self.extra = _union(self.extra, unit.extra)
        self.extra = _union(self.extra, {s: frozenset(f) for s, f in self.where_extra.items()})

    def sentence(self, number: int) -> Unit:
        found = self.said[number]
        return Unit(found.text, *_unpack(found.tokens, found.extra), True)

    def window(self, number: int) -> Unit:
        """Sentences ``number`` and ``number + 1`` as one unit."""
        a, b = self.sentence(number), self.sentence(number + 1)
        return Unit(f"{a.text} {b.text}", a.tokens | b.tokens, _union(a.extra, b.extra), True)

    @cached_property
    def units(self) -> tuple[Unit, ...]:
        """The question, each phrasing, each answer sentence and each two adjacent sentences."""
        said = [self.sentence(n) for n in range(len(self.said))]
        windows = [self.window(n) for n in range(len(self.said) - 1)]
        return (*self.asked, *said, *windows)


def analyse_text(locale: str, text: str) -> Tokens:
    analysis = analysis_for(locale)
    extra = {s: frozenset(t.text for t in a(text)) for s, (a, _) in analysis.extra.items()}
    return frozenset(t.text for t in analysis.text(text)), extra


def sentences(answer: str) -> list[str]:
    found = [s.strip().removeprefix("- ") for s in SENTENCE.split(answer)]
    return [s for s in found if s]


def analyse(locale: str, pair: ServedPair) -> PairAnalysis:
    """The question and each phrasing as units; each answer sentence with its tokens, and
    where each token is. A window's tokens are the union of its two sentences', and the whole
    pair's the union of every unit's: the analyzers work word by word and sentences end in
    punctuation, so this equals analysing the joined text, at a third of the cost."""
    asked = [Unit(t, *analyse_text(locale, t), False) for t in (pair.question, *pair.alternates)]
    said = []
    for text in sentences(pair.answer):
        tokens, extra = analyse_text(locale, text)
        said.append(Sentence(text, *_pack(tokens, extra)))
    return PairAnalysis(tuple(asked), tuple(said), _where(said))


def _where(said: list[Sentence]) -> dict[str, dict[str, tuple[int, ...]]]:
    """Sentence numbers of each token (suffix "" for the main analyzer)."""
    where: dict[str, dict[str, list[int]]] = {"": {}}
    for number, sentence in enumerate(said):
        for token in sentence.tokens:
            where[""].setdefault(token, []).append(number)
        for suffix, tokens in sentence.extra.items():
            for token in tokens:
                where.setdefault(suffix, {}).setdefault(token, []).append(number)
    return {s: {t: tuple(n) for t, n in found.items()} for s, found in where.items()}


def _union(a: dict[str, frozenset[str]], b: dict[str, frozenset[str]]) -> dict:
    return {key: a.get(key, frozenset()) | b.get(key, frozenset()) for key in a.keys() | b.keys()}


def _pack(tokens: frozenset[str], extra: dict[str, frozenset[str]]) -> tuple:
    return tuple(sorted(tokens)), {suffix: tuple(sorted(found)) for suffix, found in extra.items()}


def _unpack(tokens: tuple, extra: dict) -> Tokens:
    return frozenset(tokens), {suffix: frozenset(found) for suffix, found in extra.items()}


def encode(analysis: PairAnalysis) -> bytes:
    """The question and phrasing units, the sentences with their tokens packed, and where each
    token is: ``decode`` only unmarshals and sets up the question units."""
    asked = [(u.text, *_pack(u.tokens, u.extra)) for u in analysis.asked]
    said = [(s.text, s.tokens, s.extra) for s in analysis.said]
    where = {"": analysis.where, **analysis.where_extra}
    return marshal.dumps((asked, said, where))


def decode(blob: bytes) -> PairAnalysis:
    asked, said, where = marshal.loads(blob)
    units = tuple(Unit(text, *_unpack(tokens, extra), False) for text, tokens, extra in asked)
    return PairAnalysis(units, tuple(Sentence(*s) for s in said), where)

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
class PairAnalysis:
    tokens: frozenset[str]  # of the whole pair
    extra: dict[str, frozenset[str]]
    units: tuple[Unit, ...]


def analyse_text(locale: str, text: str) -> Tokens:
    analysis = analysis_for(locale)
    extra = {s: frozenset(t.text for t in a(text)) for s, (a, _) in analysis.extra.items()}
    return frozenset(t.text for t in analysis.text(text)), extra


def sentences(answer: str) -> list[str]:
    found = [s.strip().removeprefix("- ") for s in SENTENCE.split(answer)]
    return [s for s in found if s]


def analyse(locale: str, pair: ServedPair) -> PairAnalysis:
    """The question, each phrasing, each answer sentence and each two adjacent sentences.

    A window's tokens are the union of its two sentences', and the whole pair's the union of
    every unit's: the analyzers work word by word and sentences end in punctuation, so this
    equals analysing the joined text, at a third of the cost (build time was mostly this)."""
    units = [Unit(t, *analyse_text(locale, t), False) for t in (pair.question, *pair.alternates)]
    said = [Unit(text, *analyse_text(locale, text), True) for text in sentences(pair.answer)]
    windows = [
        Unit(f"{a.text} {b.text}", a.tokens | b.tokens, _union(a.extra, b.extra), True)
        for a, b in zip(said, said[1:], strict=False)
    ]
    units += said + windows
    tokens = frozenset().union(*(u.tokens for u in units))
    extra: dict[str, frozenset[str]] = {}
    for unit in units:
        extra = _union(extra, unit.extra)
    return PairAnalysis(tokens, extra, tuple(units))


def _union(a: dict[str, frozenset[str]], b: dict[str, frozenset[str]]) -> dict:
    return {key: a.get(key, frozenset()) | b.get(key, frozenset()) for key in a.keys() | b.keys()}


def _pack(tokens: frozenset[str], extra: dict[str, frozenset[str]]) -> tuple:
    return tuple(tokens), {suffix: tuple(found) for suffix, found in extra.items()}


def encode(analysis: PairAnalysis) -> bytes:
    """The question and phrasing units and the sentences as (text, tokens, extra, is_answer);
    windows of two sentences and the whole pair are unions, remade by ``decode``."""
    sentence_count = (sum(1 for u in analysis.units if u.is_answer) + 1) // 2
    asked = [u for u in analysis.units if not u.is_answer]
    said = [u for u in analysis.units if u.is_answer][:sentence_count]
    units = [(u.text, *_pack(u.tokens, u.extra), u.is_answer) for u in (*asked, *said)]
    return marshal.dumps(units)


def _unpack(tokens: tuple, extra: dict) -> Tokens:
    return frozenset(tokens), {suffix: frozenset(found) for suffix, found in extra.items()}


def decode(blob: bytes) -> PairAnalysis:
    units = [
        Unit(text, *_unpack(tokens, extra), is_answer)
        for text, tokens, extra, is_answer in marshal.loads(blob)
    ]
    said = [u for u in units if u.is_answer]
    units += [
        Unit(f"{a.text} {b.text}", a.tokens | b.tokens, _union(a.extra, b.extra), True)
        for a, b in zip(said, said[1:], strict=False)
    ]
    tokens = frozenset().union(*(u.tokens for u in units))
    extra: dict[str, frozenset[str]] = {}
    for unit in units:
        extra = _union(extra, unit.extra)
    return PairAnalysis(tokens, extra, tuple(units))

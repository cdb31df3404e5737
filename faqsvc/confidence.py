"""How sure we are that a pair answers a query, as a number in [0, 1] that means the same for
every query.

Raw BM25F grows with query length and term rarity, so it cannot carry a threshold. Instead we
ask what share of the query's information (IDF-weighted concepts) the pair covers, once over the
whole pair and once within its best single unit (the question with its phrasings, or one answer
sentence): a real answer covers the question's words together, a chance match scatters them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from faqsvc.analysis import analysis_for
from faqsvc.model import ServedPair, Snippet
from faqsvc.query import AnalyzedQuery, Concept

SYNONYM_CREDIT = 0.85
FUZZY_CREDIT = 0.75
EXTRA_CREDIT = 0.8
_SENTENCE = re.compile(r"(?<=[.!?。！？؟])\s*|\n+")


@dataclass(frozen=True)
class Unit:
    text: str
    tokens: frozenset[str]
    is_answer: bool


def _credit(concept: Concept, tokens: frozenset[str], extra: dict[str, frozenset[str]]) -> float:
    if concept.tokens & tokens:
        return 1.0
    if concept.synonyms & tokens:
        return SYNONYM_CREDIT
    if concept.corrections & tokens:
        return FUZZY_CREDIT
    best = 0.0
    for suffix, wanted in concept.extra.items():
        if wanted and len(wanted) > 1:
            share = len(wanted & extra.get(suffix, frozenset())) / len(wanted)
            best = max(best, EXTRA_CREDIT * share if share >= 0.6 else 0.0)
    return best


def coverage(query: AnalyzedQuery, tokens: frozenset[str], extra: dict | None = None) -> float:
    concepts = query.atomic
    total = sum(c.weight for c in concepts)
    if total <= 0:
        return 0.0
    return sum(c.weight * _credit(c, tokens, extra or {}) for c in concepts) / total


@lru_cache(maxsize=4096)
def units(locale: str, pair: ServedPair) -> tuple[Unit, ...]:
    """The question (with its phrasings) and each answer sentence, analyzed once per process."""
    analyzer = analysis_for(locale).text
    heads = [pair.question, *pair.alternates]
    out = [Unit(text, frozenset(t.text for t in analyzer(text)), False) for text in heads]
    for sentence in _SENTENCE.split(pair.answer):
        sentence = sentence.strip().removeprefix("- ")
        if sentence:
            out.append(Unit(sentence, frozenset(t.text for t in analyzer(sentence)), True))
    return tuple(out)


@lru_cache(maxsize=4096)
def pair_tokens(locale: str, pair: ServedPair) -> tuple[frozenset[str], dict[str, frozenset[str]]]:
    analysis = analysis_for(locale)
    text = "\n".join([pair.question, *pair.alternates, pair.answer])
    extra = {s: frozenset(t.text for t in a(text)) for s, (a, _) in analysis.extra.items()}
    return frozenset(t.text for t in analysis.text(text)), extra


def confidence(query: AnalyzedQuery, pair: ServedPair) -> tuple[float, Unit | None]:
    """Calibrated confidence and the answer sentence that matched best (for the snippet)."""
    tokens, extra = pair_tokens(query.locale, pair)
    whole = coverage(query, tokens, extra)
    best_unit, best_answer, best_answer_unit = 0.0, 0.0, None
    for unit in units(query.locale, pair):
        score = coverage(query, unit.tokens)
        best_unit = max(best_unit, score)
        if unit.is_answer and score > best_answer:
            best_answer, best_answer_unit = score, unit
    return 0.5 * whole + 0.5 * best_unit, best_answer_unit


def snippet(query: AnalyzedQuery, pair: ServedPair, unit: Unit | None, size: int = 240) -> Snippet:
    """The best answer sentence, with the words that matched the query marked."""
    text = unit.text if unit else pair.answer.split("\n")[0]
    if len(text) > size:
        text = text[:size].rsplit(" ", 1)[0] + "…"
    wanted = set()
    for concept in query.concepts:
        wanted |= concept.tokens | concept.synonyms | concept.corrections
    parts: list[tuple[str, bool]] = []
    cursor = 0
    for token in analysis_for(query.locale).text(text, chars=True):
        if token.text in wanted and token.startchar >= cursor:
            parts.append((text[cursor : token.startchar], False))
            parts.append((text[token.startchar : token.endchar], True))
            cursor = token.endchar
    parts.append((text[cursor:], False))
    return Snippet(tuple(p for p in parts if p[0]))

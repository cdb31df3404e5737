"""How sure we are that a pair answers a query, as a number in [0, 1] that means the same for
every query.

Raw BM25F grows with query length and term rarity, so it cannot carry a threshold. Instead we
ask what share of the query's information (IDF-weighted concepts) the pair covers, once over the
whole pair and once within its best single unit (the question with its phrasings, or one answer
sentence): a real answer covers the question's words together, a chance match scatters them.
"""

from __future__ import annotations

from functools import lru_cache

from faqsvc import pairdata
from faqsvc.analysis import analysis_for
from faqsvc.answering.query import AnalyzedQuery, Concept
from faqsvc.answering.timing import opposite, pair_timing
from faqsvc.model import ServedPair, Snippet
from faqsvc.pairdata import SENTENCE as _SENTENCE
from faqsvc.pairdata import PairAnalysis, Unit

SYNONYM_CREDIT = 0.85
FUZZY_CREDIT = 0.75
EXTRA_CREDIT = 0.8
PART_CREDIT = 0.9
# How much the whole pair counts beside its best unit; chosen by measurement together with the
# threshold (README, "Confidence"). Discounting units that cover few query words lost more
# right answers than it saved wrong ones, so it is not done.
WHOLE_WEIGHT = 0.5
ANSWER_ONLY_FACTOR = 0.5
OTHER_SIDE_FACTOR = 0.5  # query about "before", pair's question about "after", or vice versa
RESTATED_SHARE = 0.2  # of the way to 1, when one clause of the query restates a pair question


def _credit(concept: Concept, tokens: frozenset[str], extra: dict[str, frozenset[str]]) -> float:
    if concept.tokens & tokens and (not concept.within or concept.within & tokens):
        return 1.0
    if concept.synonyms & tokens or any(phrase <= tokens for phrase in concept.phrases):
        return SYNONYM_CREDIT
    if concept.corrections & tokens:
        return FUZZY_CREDIT
    if concept.parts:
        return PART_CREDIT * len(concept.parts & tokens) / len(concept.parts)
    best = 0.0
    for suffix, wanted in concept.extra.items():
        if wanted and len(wanted) > 1:
            share = len(wanted & extra.get(suffix, frozenset())) / len(wanted)
            best = max(best, EXTRA_CREDIT * share if share >= 0.6 else 0.0)
    return best


def _share(concepts: list[Concept], credits: list[float]) -> float:
    total = sum(c.weight for c in concepts)
    if total <= 0:
        return 0.0
    return sum(c.weight * credit for c, credit in zip(concepts, credits, strict=True)) / total


def coverage(query: AnalyzedQuery, tokens: frozenset[str], extra: dict | None = None) -> float:
    """The IDF-weighted share of the query's concepts found in ``tokens``."""
    return _share(query.atomic, [_credit(c, tokens, extra or {}) for c in query.atomic])


def _names_one_thing(concepts: list[Concept], credits: list[float]) -> bool:
    """The unit holds only words of one synonym group while the query asks more: a passing
    mention of what the patient named ("severe lung and heart disease" for "how is heart
    failure treated?"), not an answer to it."""
    found = [c for c, credit in zip(concepts, credits, strict=True) if credit and c.weight > 0]
    shared = frozenset.intersection(*(c.groups for c in found)) if found else frozenset()
    return bool(shared) and any(c.weight > 0 and not c.groups & shared for c in concepts)


@lru_cache(maxsize=256)
def _analysed(locale: str, pair: ServedPair) -> PairAnalysis:
    """For pairs not read from an index (tests, tools): the index stores this at build time."""
    return pairdata.analyse(locale, pair)


def units(locale: str, pair: ServedPair) -> tuple[Unit, ...]:
    return _analysed(locale, pair).units


def _wanted(concepts: list[Concept]) -> tuple[frozenset[str], dict[str, frozenset[str]]]:
    wanted: set[str] = set()
    extra: dict[str, set[str]] = {}
    for concept in concepts:
        wanted |= concept.tokens | concept.synonyms | concept.corrections | concept.parts
        wanted.update(*concept.phrases)
        for suffix, tokens in concept.extra.items():
            extra.setdefault(suffix, set()).update(tokens)
    return frozenset(wanted), {s: frozenset(t) for s, t in extra.items()}


def _reach(concept: Concept) -> frozenset[str] | None:
    """Every token that can earn ``concept`` credit in a unit, or None when its analyzer
    variants (n-grams) can too: a unit holding none of them gives 0 without the full test."""
    if any(len(wanted) > 1 for wanted in concept.extra.values()):
        return None
    words = concept.tokens | concept.synonyms | concept.corrections | concept.parts
    return words.union(*concept.phrases)


def _restates(clause: list[Concept], words: frozenset[str], unit: Unit) -> bool:
    """The clause (``words`` are its tokens and their variants) and the question say the same:
    each holds every word of the other. One-word questions and clauses ("vertebroplasty?")
    restate too much to count."""
    if len(clause) < 2 or len(unit.tokens) < 2 or not unit.tokens <= words:
        return False
    return all(_credit(c, unit.tokens, unit.extra) >= FUZZY_CREDIT for c in clause)


def confidence(
    query: AnalyzedQuery, pair: ServedPair, analysed: PairAnalysis | None = None
) -> tuple[float, Unit | None]:
    """Calibrated confidence and the answer sentence that matched best (for the snippet);
    ``analysed`` is the pair's stored analysis (analysed here when not given)."""
    analysed = analysed or _analysed(query.locale, pair)
    whole = coverage(query, analysed.tokens, analysed.extra)
    best_unit, best_question, best_answer, best_answer_unit = 0.0, 0.0, 0.0, None
    together = False  # some one unit holds every word of the query
    restated = False  # some clause of a longer query is one of the pair's questions
    clauses = [(clause, _wanted(clause)[0]) for clause in query.clauses]
    concepts = query.atomic
    wanted, wanted_extra = _wanted(concepts)
    reach = [_reach(c) for c in concepts]
    for unit in analysed.units:
        if unit.tokens.isdisjoint(wanted) and all(
            tokens.isdisjoint(wanted_extra.get(suffix, ())) for suffix, tokens in unit.extra.items()
        ):
            continue  # shares no token with the query: scores 0, and most units do not
        tokens, extra = unit.tokens, unit.extra
        credits = [
            0.0 if words is not None and words.isdisjoint(tokens) else _credit(c, tokens, extra)
            for c, words in zip(concepts, reach, strict=True)
        ]
        score = 0.0 if _names_one_thing(concepts, credits) else _share(concepts, credits)
        best_unit = max(best_unit, score)
        together = together or all(credits)
        if not unit.is_answer:
            best_question = max(best_question, score)
            restated = restated or any(_restates(c, words, unit) for c, words in clauses)
        elif score > best_answer:
            best_answer, best_answer_unit = score, unit
    score = WHOLE_WEIGHT * whole + (1 - WHOLE_WEIGHT) * best_unit
    if best_question < whole / 3 and not together:
        # The question and its phrasings hold little of what matched, and no one passage holds
        # all of it: words met in passing ("visiting hours" vs "a check-up visit ... a few
        # hours").
        score *= ANSWER_ONLY_FACTOR
    if opposite(query.timing, pair_timing(query.locale, pair.question)):
        score *= OTHER_SIDE_FACTOR
    if restated:
        # The rest of the message is context the leaflet may not mention ("I'm scared of
        # being paralysed"): it should not sink an answer to the question asked.
        score += RESTATED_SHARE * (1 - score)
    return score, best_answer_unit


def snippet(
    query: AnalyzedQuery,
    pair: ServedPair,
    unit: Unit | None,
    size: int = 240,
    text: str | None = None,
) -> Snippet:
    """The best answer sentence, with the words that matched the query marked."""
    if text is None:
        text = unit.text if unit else _SENTENCE.split(pair.answer.strip())[0].removeprefix("- ")
    if len(text) > size:
        text = text[:size].rsplit(" ", 1)[0] + "…"
    wanted = set()
    for concept in query.concepts:
        wanted |= concept.tokens | concept.synonyms | concept.corrections
        wanted.update(*concept.phrases)
    parts: list[tuple[str, bool]] = []
    cursor = 0
    for token in analysis_for(query.locale).text(text, chars=True):
        if token.text in wanted and token.startchar >= cursor:
            parts.append((text[cursor : token.startchar], False))
            parts.append((text[token.startchar : token.endchar], True))
            cursor = token.endchar
    parts.append((text[cursor:], False))
    return Snippet(tuple(p for p in parts if p[0]))

"""How sure we are that a pair answers a query, as a number in [0, 1] that means the same for
every query.

Raw BM25F grows with query length and term rarity, so it cannot carry a threshold. Instead we
ask what share of the query's information (IDF-weighted concepts) the pair covers, once over the
whole pair and once within its best single unit (the question with its phrasings, or one answer
sentence): a real answer covers the question's words together, a chance match scatters them.
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from faqsvc import pairdata
from faqsvc.analysis import analysis_for
from faqsvc.answering.credit import (
    FUZZY_CREDIT,
    QueryPlan,
    concept_credit,
    plan_for,
    weighted_share,
)
from faqsvc.answering.passage import shown_passage
from faqsvc.answering.query import AnalyzedQuery, Concept
from faqsvc.answering.question_kinds import other_kind, pair_kinds
from faqsvc.answering.timing import opposite, pair_times
from faqsvc.model import ServedPair, Snippet
from faqsvc.pairdata import PairAnalysis, Unit

# How much the whole pair counts beside its best unit; chosen by measurement together with the
# threshold (README, "Confidence"). Discounting units that cover few query words lost more
# right answers than it saved wrong ones, so it is not done.
WHOLE_WEIGHT = 0.5
ANSWER_ONLY_FACTOR = 0.5
OTHER_SIDE_FACTOR = 0.5  # query about "before", pair's question about "after" only, and so on
OTHER_KIND_FACTOR = 0.5  # query about treatment, pair's question about symptoms only, and so on
RESTATED_SHARE = 0.2  # of the way to 1, when one clause of the query restates a pair question


def coverage(query: AnalyzedQuery, tokens: frozenset[str], extra: dict | None = None) -> float:
    """The IDF-weighted share of the query's concepts found in ``tokens``."""
    return weighted_share(
        query.atomic, [concept_credit(c, tokens, extra or {}) for c in query.atomic]
    )


@lru_cache(maxsize=256)
def _analysed(locale: str, pair: ServedPair) -> PairAnalysis:
    """For pairs not read from an index (tests, tools): the index stores this at build time."""
    return pairdata.analyse(locale, pair)


def units(locale: str, pair: ServedPair) -> tuple[Unit, ...]:
    return _analysed(locale, pair).units


def _restates(clause: list[Concept], words: frozenset[str], unit: Unit) -> bool:
    """The clause (``words`` are its tokens and their variants) and the question say the same:
    each holds every word of the other. One-word questions and clauses ("vertebroplasty?")
    restate too much to count."""
    if len(clause) < 2 or len(unit.tokens) < 2 or not unit.tokens <= words:
        return False
    return all(concept_credit(c, unit.tokens, unit.extra) >= FUZZY_CREDIT for c in clause)


class Match(NamedTuple):
    """How a pair covers a query: ``score`` (the hand-set confidence), ``question`` (the best
    share one of its questions or phrasings covers), ``factor`` (the discounts ``score`` took:
    words met only in passing, the other side of the procedure), ``unit`` (the answer
    sentence that matched best, for the snippet)."""

    score: float
    question: float
    factor: float
    unit: Unit | None
    echo: float  # the best question or phrasing's coverage times the share of it the query says
    echo_unit: Unit | None = None  # the question or phrasing ``echo`` comes from


def confidence(
    query: AnalyzedQuery, pair: ServedPair, analysed: PairAnalysis | None = None
) -> tuple[float, Unit | None]:
    """Hand-set confidence and the answer sentence that matched best (for the snippet);
    ``analysed`` is the pair's stored analysis (analysed here when not given)."""
    found = match(query, pair, analysed)
    return found.score, found.unit


def match(query: AnalyzedQuery, pair: ServedPair, analysed: PairAnalysis | None = None) -> Match:
    """The pair's coverage of the query (``Match``); search feeds it to the calibrated model."""
    analysed = analysed or _analysed(query.locale, pair)
    plan = plan_for(query)
    whole = plan.coverage(analysed.tokens, analysed.extra)
    best_question, echo, echo_unit, asked_together, restated = _best_question(plan, analysed)
    best_answer, best_answer_at, said_together = _best_answer(plan, analysed)
    best_unit = max(best_question, best_answer)
    score = WHOLE_WEIGHT * whole + (1 - WHOLE_WEIGHT) * best_unit
    factor = 1.0
    if best_question < whole / 3 and not (asked_together or said_together):
        # The question and its phrasings hold little of what matched, and no one passage holds
        # all of it: words met in passing ("visiting hours" vs "a check-up visit ... a few
        # hours").
        factor *= ANSWER_ONLY_FACTOR
    if query.timing and opposite(
        query.timing, _asked_of(pair_times, query.locale, pair, echo_unit)
    ):
        factor *= OTHER_SIDE_FACTOR
    if query.kinds and other_kind(
        query.kinds, _asked_of(pair_kinds, query.locale, pair, echo_unit)
    ):
        factor *= OTHER_KIND_FACTOR
    score *= factor
    if restated:
        # The rest of the message is context the leaflet may not mention ("I'm scared of
        # being paralysed"): it should not sink an answer to the question asked.
        score += RESTATED_SHARE * (1 - score)
    if best_answer_at is None:
        return Match(score, best_question, factor, None, echo, echo_unit)
    kind, number = best_answer_at
    unit = analysed.sentence(number) if kind == 0 else analysed.window(number)
    return Match(score, best_question, factor, unit, echo, echo_unit)


def _asked_of(read, locale: str, pair: ServedPair, echo_unit: Unit | None) -> frozenset:
    """What ``read`` (times, kinds) finds the pair asked about: in its question, or, when that
    names none, in the phrasing the query echoes ("can I have an MRI before?" for "can I have
    an MRI after?")."""
    found = read(locale, pair.question)
    if found or echo_unit is None:
        return found
    return read(locale, echo_unit.text)


def _best_question(
    plan: QueryPlan, analysed: PairAnalysis
) -> tuple[float, float, Unit | None, bool, bool]:
    """(best score of a question or phrasing, ``echo`` and the unit it comes from, whether one
    of them holds every word of the query, whether one restates a clause of a longer query)."""
    best = 0.0
    echo = 0.0  # "does it hurt?" asks the phrasing "does it hurt?", not "...my back hurts..."
    echo_unit = None
    together = False
    restated = False
    for unit, held in _asked_units(plan, analysed):
        score, every = plan.score_mask(held)
        best = max(best, score)
        if score > echo:  # echo is at most the score
            said = score * (held & plan.main_mask).bit_count() / len(unit.tokens)
            if said > echo:
                echo, echo_unit = said, unit
        together = together or every
        if plan.clauses and not restated:
            restated = any(_restates(c, words, unit) for c, words in plan.clauses)
    return best, echo, echo_unit, together, restated


def _best_answer(plan: QueryPlan, analysed: PairAnalysis) -> tuple[float, tuple | None, bool]:
    """(best score of an answer sentence or window of two, where the first of the best is,
    whether one of them holds every word of the query); in order, only those holding a word."""
    best, best_at, together = 0.0, None, False
    for at, held in _answer_units(plan, analysed):
        score, every = plan.score_mask(held)
        together = together or every
        if score > best:
            best, best_at = score, at
    return best, best_at, together


def _asked_units(plan: QueryPlan, analysed: PairAnalysis) -> list[tuple[Unit, int]]:
    """(unit, held mask) of the question units holding a query token (a pair may list dozens
    of phrasings), found through the pair's token -> units maps rather than unit by unit.
    Units holding the same tokens score the same: one of each is enough (the shortest, for
    ``echo``), unless the query has clauses, whose restating depends on each unit's own words."""
    found = _held_unsorted(plan, analysed.asked_main_where, analysed.asked_extra_where)
    credit = plan.credit_mask
    asked = analysed.asked
    if plan.clauses:
        return [(asked[n], found[n]) for n in sorted(found) if found[n] & credit]
    # per mask: its first unit (the order masks are listed in) and its shortest unit, the
    # first of the shortest: it echoes the query the most
    first: dict[int, list[int]] = {}
    for number, mask in found.items():
        if mask & credit:
            size = len(asked[number].tokens)
            kept = first.get(mask)
            if kept is None:
                first[mask] = [number, size, number]
            else:
                if number < kept[0]:
                    kept[0] = number
                if size < kept[1] or (size == kept[1] and number < kept[2]):
                    kept[1], kept[2] = size, number
    listed = sorted(first.items(), key=lambda item: item[1][0])
    return [(asked[kept[2]], mask) for mask, kept in listed]


def _held_by_number(plan: QueryPlan, where: dict, where_extra: dict) -> dict[int, int]:
    """Unit number -> the bits of the query tokens it holds, for every unit holding one, in
    order: ``QueryPlan.held``'s key as a mask, made from the token maps."""
    found = _held_unsorted(plan, where, where_extra)
    return {n: found[n] for n in sorted(found)}


def _held_unsorted(plan: QueryPlan, where: dict, where_extra: dict) -> dict[int, int]:
    """``_held_by_number`` in no particular order: the loop every candidate runs, once per
    query token the pair holds and unit holding it."""
    found: dict[int, int] = {}
    get = found.get
    for token, bit in plan.bits.items():
        numbers = where.get(token)
        if numbers:
            for number in numbers:
                found[number] = get(number, 0) | bit
    for suffix, bits in plan.extra_bits:
        where_suffix = where_extra.get(suffix)
        if where_suffix:
            for token, bit in bits.items():
                numbers = where_suffix.get(token)
                if numbers:
                    for number in numbers:
                        found[number] = get(number, 0) | bit
    return found


def _answer_units(plan: QueryPlan, analysed: PairAnalysis):
    """((0, n) for sentence n or (1, n) for the window of n and n + 1, held mask) of the answer
    units holding a query token, found through the pair's token -> sentences map. A unit
    holding the same tokens as an earlier one scores the same and is skipped: the first of
    the best stays the snippet."""
    held = _held_by_number(plan, analysed.where, analysed.where_extra)
    credit = plan.credit_mask
    seen: set[int] = set()
    for number, mask in held.items():
        if mask & credit and mask not in seen:
            seen.add(mask)
            yield (0, number), mask
    last = len(analysed.said) - 1
    for number in sorted({n for m in held for n in (m - 1, m) if 0 <= n < last}):
        mask = held.get(number, 0) | held.get(number + 1, 0)
        if mask & credit and mask not in seen:
            seen.add(mask)
            yield (1, number), mask


def _held_weight(concept: Concept, held: set[str]) -> float:
    """A concept's weight when a sentence holds it, half when it holds only a word of one of
    its phrases ("food" of "no food": "not to have any food for 6 hours" says fasting)."""
    if concept.tokens & held or concept.synonyms & held:
        return concept.weight
    return concept.weight / 2 if any(set(p) & held for p in concept.phrases) else 0.0


def snippet(
    query: AnalyzedQuery,
    pair: ServedPair,
    unit: Unit | None,
    size: int = 240,
    text: str | None = None,
    analysed: PairAnalysis | None = None,
) -> Snippet:
    """The best answer sentence, with the words that matched the query marked; ``analysed``
    (the pair's stored analysis) spares analysing its sentences again to weigh them."""
    wanted = set()
    for concept in query.concepts:
        wanted |= concept.tokens | concept.synonyms | concept.corrections
        wanted.update(*concept.phrases)
    if text is None:
        stored = {s.text: s.tokens for s in analysed.said} if analysed else {}
        analysis = analysis_for(query.locale)

        def weigh(sentence: str) -> float:
            tokens = stored.get(sentence) or [t.text for t in analysis.text(sentence)]
            held = set(tokens) & wanted
            return sum(_held_weight(c, held) for c in query.concepts)

        text = shown_passage(pair.answer, unit.text if unit else None, weigh, size)
    if len(text) > size:
        text = text[:size].rsplit(" ", 1)[0] + "…"
    parts: list[tuple[str, bool]] = []
    cursor = 0
    for token in analysis_for(query.locale).text(text, chars=True):
        if token.text in wanted and token.startchar >= cursor:
            parts.append((text[cursor : token.startchar], False))
            parts.append((text[token.startchar : token.endchar], True))
            cursor = token.endchar
    parts.append((text[cursor:], False))
    return Snippet(tuple(p for p in parts if p[0]))

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


class _Plan:
    """What testing a unit against one query needs, made once per query and shared by every
    candidate: a unit's credits depend only on which of the query's tokens it holds, so units
    holding the same ones (most hold one or two) are scored once (``scores``)."""

    def __init__(self, query: AnalyzedQuery) -> None:
        self.concepts = query.atomic
        self.wanted, wanted_extra = _wanted(self.concepts)
        self.wanted_extra = tuple(wanted_extra.items())
        # ``within`` (compounds a word counts inside) decides credit too, though it earns none
        self.universe = self.wanted.union(*(c.within for c in self.concepts))
        self.clauses = [(clause, _wanted(clause)[0]) for clause in query.clauses]
        self.reach = self.wanted.union(*(words for _, words in self.wanted_extra))
        self.scores: dict[tuple, tuple[float, bool]] = {}
        self.covered: dict[tuple, float] = {}
        # One bit per query token (and per extra-analyzer token): a unit's ``held`` key as an
        # int, ORed together from the pair's token -> units maps (``_held_by_number``).
        self.bits = {token: 1 << n for n, token in enumerate(sorted(self.universe))}
        self.main_mask = (1 << len(self.bits)) - 1  # the bits of ``universe``'s tokens
        self.extra_bits: list[tuple[str, dict[str, int]]] = []
        offset = len(self.bits)
        for suffix, words in self.wanted_extra:
            self.extra_bits.append(
                (suffix, {t: 1 << (offset + n) for n, t in enumerate(sorted(words))})
            )
            offset += len(words)
        # A unit scores only when it holds a wanted token or an extra one (``held`` not None)
        self.credit_mask = sum(self.bits[t] for t in self.wanted) | (
            (1 << offset) - (1 << len(self.bits))
        )
        self.mask_scores: dict[int, tuple[float, bool]] = {}
        self.concept_bits = [(c, self._concept_bits(c), {}) for c in self.concepts]

    def held(self, tokens: frozenset[str], extra: dict[str, frozenset[str]]) -> tuple | None:
        """The query's tokens the unit holds, as a key; None when it holds none (scores 0)."""
        hit = tokens & self.universe
        extra_hit = tuple(extra.get(suffix, _NONE) & words for suffix, words in self.wanted_extra)
        if hit.isdisjoint(self.wanted) and not any(extra_hit):
            return None
        return hit, extra_hit

    def coverage(self, tokens: frozenset[str], extra: dict[str, frozenset[str]]) -> float:
        """``coverage`` of the query in a whole pair, by the query tokens it holds."""
        held = self.held(tokens, extra)
        if held is None:
            return 0.0
        found = self.covered.get(held)
        if found is None:
            hit, extra_hit = held
            extra = {s: w for (s, _), w in zip(self.wanted_extra, extra_hit, strict=True)}
            found = self.covered[held] = _share(
                self.concepts, [_credit(c, hit, extra) for c in self.concepts]
            )
        return found

    def score(self, held: tuple) -> tuple[float, bool]:
        """(score, whether every concept got credit) of a unit holding ``held``."""
        found = self.scores.get(held)
        if found is None:
            hit, extra_hit = held
            extra = {
                suffix: words
                for (suffix, _), words in zip(self.wanted_extra, extra_hit, strict=True)
            }
            credits = [_credit(c, hit, extra) for c in self.concepts]
            found = self.scores[held] = self._scored(credits)
        return found

    def _scored(self, credits: list[float]) -> tuple[float, bool]:
        one_thing = _names_one_thing(self.concepts, credits)
        return (0.0 if one_thing else _share(self.concepts, credits), all(credits))

    def score_mask(self, mask: int) -> tuple[float, bool]:
        """``score`` of the unit whose held tokens are the bits of ``mask``. A concept's credit
        depends only on the bits of its own words (``concept_bits``): it is worked out once per
        query for each set of them, not once per unit."""
        found = self.mask_scores.get(mask)
        if found is None:
            credits = []
            for concept, bits, known in self.concept_bits:
                own = mask & bits
                credit = known.get(own)
                if credit is None:
                    hit, extra_hit = self._tokens_of(own)
                    extra = {s: w for (s, _), w in zip(self.wanted_extra, extra_hit, strict=True)}
                    credit = known[own] = _credit(concept, hit, extra)
                credits.append(credit)
            found = self.mask_scores[mask] = self._scored(credits)
        return found

    def _tokens_of(self, mask: int) -> tuple:
        """The ``held`` key (tokens, extra tokens per suffix) of a mask."""
        hit = frozenset(t for t, bit in self.bits.items() if mask & bit)
        extra_hit = tuple(
            frozenset(t for t, bit in bits.items() if mask & bit) for _, bits in self.extra_bits
        )
        return hit, extra_hit

    def _concept_bits(self, concept: Concept) -> int:
        """The bits of every token ``_credit`` looks for on the concept's behalf."""
        own = concept.tokens | concept.within | concept.synonyms | concept.corrections
        own = own.union(concept.parts, *concept.phrases)
        bits = sum(bit for token, bit in self.bits.items() if token in own)
        for suffix, suffix_bits in self.extra_bits:
            wanted = concept.extra.get(suffix, _NONE)
            bits |= sum(bit for token, bit in suffix_bits.items() if token in wanted)
        return bits


_NONE: frozenset[str] = frozenset()


def _plan(query: AnalyzedQuery) -> _Plan:
    plan = query.memo.get("confidence")
    if plan is None:
        plan = query.memo["confidence"] = _Plan(query)
    return plan


def _restates(clause: list[Concept], words: frozenset[str], unit: Unit) -> bool:
    """The clause (``words`` are its tokens and their variants) and the question say the same:
    each holds every word of the other. One-word questions and clauses ("vertebroplasty?")
    restate too much to count."""
    if len(clause) < 2 or len(unit.tokens) < 2 or not unit.tokens <= words:
        return False
    return all(_credit(c, unit.tokens, unit.extra) >= FUZZY_CREDIT for c in clause)


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
    plan = _plan(query)
    whole = plan.coverage(analysed.tokens, analysed.extra)
    best_unit, best_question, best_answer, best_answer_at = 0.0, 0.0, 0.0, None
    echo = 0.0  # "does it hurt?" asks the phrasing "does it hurt?", not "...my back hurts..."
    echo_unit = None
    together = False  # some one unit holds every word of the query
    restated = False  # some clause of a longer query is one of the pair's questions
    for unit, held in _asked_units(plan, analysed):
        score, every = plan.score_mask(held)
        best_unit, best_question = max(best_unit, score), max(best_question, score)
        if score > echo:  # echo is at most the score
            said = score * (held & plan.main_mask).bit_count() / len(unit.tokens)
            if said > echo:
                echo, echo_unit = said, unit
        together = together or every
        if plan.clauses and not restated:
            restated = any(_restates(c, words, unit) for c, words in plan.clauses)
    # Answer sentences, then windows of two, in order: only those holding a query word
    for at, held in _answer_units(plan, analysed):
        score, every = plan.score_mask(held)
        best_unit = max(best_unit, score)
        together = together or every
        if score > best_answer:
            best_answer, best_answer_at = score, at
    score = WHOLE_WEIGHT * whole + (1 - WHOLE_WEIGHT) * best_unit
    factor = 1.0
    if best_question < whole / 3 and not together:
        # The question and its phrasings hold little of what matched, and no one passage holds
        # all of it: words met in passing ("visiting hours" vs "a check-up visit ... a few
        # hours").
        factor *= ANSWER_ONLY_FACTOR
    if opposite(query.timing, pair_timing(query.locale, pair.question)):
        factor *= OTHER_SIDE_FACTOR
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


def _asked_units(plan: _Plan, analysed: PairAnalysis) -> list[tuple[Unit, int]]:
    """(unit, held mask) of the question units holding a query token (a pair may list dozens
    of phrasings), found through the pair's token -> units maps rather than unit by unit.
    Units holding the same tokens score the same: one of each is enough (the shortest, for
    ``echo``), unless the query has clauses, whose restating depends on each unit's own words."""
    held = _held_by_number(plan, analysed.asked_main_where, analysed.asked_extra_where)
    credit = plan.credit_mask
    asked = analysed.asked
    if plan.clauses:
        return [(asked[n], mask) for n, mask in held.items() if mask & credit]
    first: dict[int, Unit] = {}  # the shortest unit per mask: it echoes the query the most
    for number, mask in held.items():
        if mask & credit:
            kept = first.get(mask)
            if kept is None or len(asked[number].tokens) < len(kept.tokens):
                first[mask] = asked[number]
    return [(unit, mask) for mask, unit in first.items()]


def _held_by_number(plan: _Plan, where: dict, where_extra: dict) -> dict[int, int]:
    """Unit number -> the bits of the query tokens it holds, for every unit holding one, in
    order: ``_Plan.held``'s key as a mask, made from the token maps."""
    found: dict[int, int] = {}
    for token, bit in plan.bits.items():
        for number in where.get(token, ()):
            found[number] = found.get(number, 0) | bit
    for suffix, bits in plan.extra_bits:
        where_suffix = where_extra.get(suffix)
        if where_suffix:
            for token, bit in bits.items():
                for number in where_suffix.get(token, ()):
                    found[number] = found.get(number, 0) | bit
    return {n: found[n] for n in sorted(found)}


def _answer_units(plan: _Plan, analysed: PairAnalysis):
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

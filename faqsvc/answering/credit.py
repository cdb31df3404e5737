"""The credit a pair's words earn for each concept of a query, and the plan that works them
out once per query for every candidate (``QueryPlan``): the part of confidence that depends
only on the query and on which of its tokens a unit holds.
"""

from __future__ import annotations

from faqsvc.answering.query import AnalyzedQuery, Concept

SYNONYM_CREDIT = 0.85
FUZZY_CREDIT = 0.75
EXTRA_CREDIT = 0.8
PART_CREDIT = 0.9
# A word every pair holds ("procedure", "vertebroplasty": IDF near its floor) asks nothing more
# than the group's words do: a unit holding only those is no passing mention for it.
MIN_ASKED_WEIGHT = 0.5


def concept_credit(
    concept: Concept, tokens: frozenset[str], extra: dict[str, frozenset[str]]
) -> float:
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


def weighted_share(concepts: list[Concept], credits: list[float]) -> float:
    total = sum(c.weight for c in concepts)
    if total <= 0:
        return 0.0
    return sum(c.weight * credit for c, credit in zip(concepts, credits, strict=True)) / total


def names_one_thing(concepts: list[Concept], credits: list[float]) -> bool:
    """The unit holds only words of one synonym group while the query asks more: a passing
    mention of what the patient named ("severe lung and heart disease" for "how is heart
    failure treated?"), not an answer to it."""
    found = [c for c, credit in zip(concepts, credits, strict=True) if credit and c.weight > 0]
    shared = frozenset.intersection(*(c.groups for c in found)) if found else frozenset()
    return bool(shared) and any(
        c.weight >= MIN_ASKED_WEIGHT and not c.told and not c.groups & shared for c in concepts
    )


def wanted_tokens(concepts: list[Concept]) -> tuple[frozenset[str], dict[str, frozenset[str]]]:
    wanted: set[str] = set()
    extra: dict[str, set[str]] = {}
    for concept in concepts:
        wanted |= concept.tokens | concept.synonyms | concept.corrections | concept.parts
        wanted.update(*concept.phrases)
        for suffix, tokens in concept.extra.items():
            extra.setdefault(suffix, set()).update(tokens)
    return frozenset(wanted), {s: frozenset(t) for s, t in extra.items()}


class QueryPlan:
    """What testing a unit against one query needs, made once per query and shared by every
    candidate: a unit's credits depend only on which of the query's tokens it holds, so units
    holding the same ones (most hold one or two) are scored once (``scores``)."""

    def __init__(self, query: AnalyzedQuery) -> None:
        self.concepts = query.atomic
        self.wanted, wanted_extra = wanted_tokens(self.concepts)
        self.wanted_extra = tuple(wanted_extra.items())
        # ``within`` (compounds a word counts inside) decides credit too, though it earns none
        self.universe = self.wanted.union(*(c.within for c in self.concepts))
        self.clauses = [(clause, wanted_tokens(clause)[0]) for clause in query.clauses]
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
        self.weights = [c.weight for c in self.concepts]
        # bit number -> (-1, token) for a main token, (n, token) for the n-th extra analyzer's
        self.token_at = [(-1, token) for token in self.bits]
        for n, (_, bits) in enumerate(self.extra_bits):
            self.token_at += [(n, token) for token in bits]
        self.total_weight = sum(self.weights)

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
            found = self.covered[held] = weighted_share(
                self.concepts, [concept_credit(c, hit, extra) for c in self.concepts]
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
            credits = [concept_credit(c, hit, extra) for c in self.concepts]
            found = self.scores[held] = self._scored(credits)
        return found

    def _scored(self, credits: list[float]) -> tuple[float, bool]:
        every = all(credits)
        total = self.total_weight  # ``weighted_share`` with the total summed once per query
        if total <= 0 or names_one_thing(self.concepts, credits):
            return 0.0, every
        pairs = zip(self.weights, credits, strict=True)
        return sum(weight * credit for weight, credit in pairs) / total, every

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
                    credit = known[own] = concept_credit(concept, hit, extra)
                credits.append(credit)
            found = self.mask_scores[mask] = self._scored(credits)
        return found

    def _tokens_of(self, mask: int) -> tuple:
        """The ``held`` key (tokens, extra tokens per suffix) of a mask, read bit by set bit
        (a concept's share of a mask holds a few of the query's tokens)."""
        main: list[str] = []
        extra: list[list[str]] = [[] for _ in self.extra_bits]
        token_at = self.token_at
        while mask:
            low = mask & -mask
            suffix, token = token_at[low.bit_length() - 1]
            (main if suffix < 0 else extra[suffix]).append(token)
            mask ^= low
        return frozenset(main), tuple(frozenset(words) for words in extra)

    def _concept_bits(self, concept: Concept) -> int:
        """The bits of every token ``concept_credit`` looks for on the concept's behalf."""
        own = concept.tokens | concept.within | concept.synonyms | concept.corrections
        own = own.union(concept.parts, *concept.phrases)
        bits = sum(bit for token, bit in self.bits.items() if token in own)
        for suffix, suffix_bits in self.extra_bits:
            wanted = concept.extra.get(suffix, _NONE)
            bits |= sum(bit for token, bit in suffix_bits.items() if token in wanted)
        return bits


_NONE: frozenset[str] = frozenset()


def plan_for(query: AnalyzedQuery) -> QueryPlan:
    plan = query.memo.get("confidence")
    if plan is None:
        plan = query.memo["confidence"] = QueryPlan(query)
    return plan

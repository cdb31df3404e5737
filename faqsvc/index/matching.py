"""Running a query over a locale's scored postings: which clauses run, the best hits, and the
engine's typo automata walked over the stored term list."""

from __future__ import annotations

import heapq
import math
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from whoosh.automata import lev

from faqsvc import postings

# Bounds on one engine search (``bounded``): clauses run, and which answer terms count as
# shared by most answers once the index is large enough for that to mean anything.
MAX_CLAUSES = 48
COMMON_FROM = 2000
COMMON_SHARE = 0.05


@dataclass(frozen=True)
class EngineHit:
    docnum: int  # the pair store finds the pair and its analysis by it
    score: float


@lru_cache(maxsize=64)
def typo_automaton(token: str, maxdist: int, prefix: int):
    """The engine's Levenshtein automaton for ``token``, made once for the three fields a word
    is looked up in (making it was most of a typo search's cost at two edits)."""
    return lev.levenshtein_automaton(token, maxdist, prefix).to_dfa()


def within(scored: postings.Postings, field: str, dfa) -> Iterator[str]:
    """The terms of ``field`` the automaton accepts, in order: the engine's own walk
    (``Automata.find_matches``) over the stored term list, where the engine's walks its term
    file with a binary search of many small reads per step."""
    term = scored.next_term(field, "")
    if term is None:
        return
    match = dfa.next_valid_string(term)
    while match:
        term = scored.next_term(field, match)
        if term is None:
            return
        if match == term:
            yield match
            term += "\0"
        match = dfa.next_valid_string(term)


def top(scored: postings.Postings, kept: list, limit: int) -> list[tuple[float, int]]:
    """The best ``limit`` (score, docnum) of the union of the terms, BM25F as Whoosh scores it.

    Each term's scores were computed at build time (``writing._scored_postings``); here they are
    only multiplied by the boost and summed per document, the order Whoosh's matchers summed them
    in. Ties go to the lower document number, as Whoosh's collector does."""
    scores: dict[int, float] = {}
    get = scores.get
    for (field, token), boost, _ in kept:
        docs, found = scored.scored(field, token)
        if boost == 1.0:  # Whoosh leaves an unboosted term's score as it is
            for docnum, score in zip(docs, found, strict=True):
                scores[docnum] = get(docnum, 0.0) + score
        else:
            for docnum, score in zip(docs, found, strict=True):
                scores[docnum] = get(docnum, 0.0) + score * boost
    best = heapq.nlargest(limit, scores.items(), key=lambda item: (item[1], -item[0]))
    return [(score, docnum) for docnum, score in best]


def bounded(scored, boosts: dict, total: int) -> list[tuple[tuple[str, str], float, int]]:
    """The clauses worth running: terms some document has; and on a large index, not the
    answer text of a term many answers share (its weight there is nearly nil and its postings
    the longest), and at most ``MAX_CLAUSES``, the weightiest (boost x IDF) first. Small
    indexes (the seed leaflets) run every clause, as their answers were tuned with."""
    kept = []
    for (field, token), boost in boosts.items():
        df = scored.frequency(field, token)
        if not df:
            continue
        if total >= COMMON_FROM and df > COMMON_SHARE * total and field.startswith("answer"):
            continue
        kept.append(((field, token), boost, df))
    if total < COMMON_FROM:
        return kept
    kept.sort(key=lambda item: -item[1] * math.log(1 + (total - item[2] + 0.5) / (item[2] + 0.5)))
    return kept[:MAX_CLAUSES]

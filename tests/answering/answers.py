"""What a search shows first, for the tables that check which pair answers a question."""

from __future__ import annotations

from faqsvc.answering.search import search


def first_hit(index, query: str, locale: str):
    """The answer shown first; failing when there is none."""
    result = search(index, query, locale)
    assert result.results, f"no answer for {query!r}"
    return result.results[0]


def shown_first(index, query: str, locale: str) -> set[str]:
    """The pair shown first and the sources listed under it: any of them answers it."""
    top = first_hit(index, query, locale)
    return {top.pair.id, *(p.id for p in top.also_answered_by)}

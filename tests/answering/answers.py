"""What a search shows first, for the tables that check which pair answers a question."""

from __future__ import annotations

from faqsvc.answering.search import search


def shown_first(index, query: str, locale: str) -> set[str]:
    """The pair shown first and the sources listed under it: any of them answers it."""
    result = search(index, query, locale)
    assert result.results, f"no answer for {query!r}"
    top = result.results[0]
    return {top.pair.id, *(p.id for p in top.also_answered_by)}

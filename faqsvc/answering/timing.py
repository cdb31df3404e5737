"""Before, during or after the procedure: the one distinction that matching words cannot see.

"Can I keep taking aspirin before vertebroplasty?" and "when do I restart aspirin after it?"
share every word that carries weight; only "before" and "after" tell the preparation answer
from the recovery one, and they are too common to weigh much. "Will it hurt when they put the
needle in?" and "will it hurt at home afterwards?" differ the same way: the first is answered
by how it is done (the local anaesthetic), the second by the recovery. So a query that is
plainly about one time is kept off a pair whose question is about others only. The words are
data per locale, in ``faqsvc/data/timing.json``, matched on the same spelling as the urgent
rules.
"""

from __future__ import annotations

import json
import re
from functools import cache, lru_cache
from importlib import resources
from typing import Literal

from faqsvc.answering.urgent import canonical
from faqsvc.locales import match_locale

__all__ = ["Timing", "opposite", "pair_times", "timing_of"]

Timing = Literal["before", "during", "after"]
_SIDES: tuple[Timing, ...] = ("before", "during", "after")
MAX_CHARS = 1000


@cache
def _patterns() -> dict[str, dict[str, re.Pattern[str]]]:
    path = resources.files("faqsvc") / "data" / "timing.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    return {
        tag: {side: re.compile("|".join(rules[side])) for side in _SIDES}
        for tag, rules in data.items()
        if not tag.startswith("_")
    }


def times_in(locale: str, text: str) -> frozenset[Timing]:
    """The times of the procedure ``text`` speaks of ("during and after": both)."""
    tag = match_locale(locale) if isinstance(locale, str) else None
    rules = _patterns().get(tag or "")
    if not rules or not text:
        return frozenset()
    key = canonical(text[:MAX_CHARS])
    return frozenset(side for side in _SIDES if rules[side].search(key))


def timing_of(locale: str, text: str) -> Timing | None:
    """The one time of the procedure ``text`` speaks of, or None when it names none or several:
    a question about two times is not kept off either."""
    found = times_in(locale, text)
    return next(iter(found)) if len(found) == 1 else None


@lru_cache(maxsize=4096)
def pair_times(locale: str, question: str) -> frozenset[Timing]:
    """The times a pair's question is about. "How is it performed?" is about none in particular:
    its answer tells the whole day (antibiotics before the needle, going home after), so a
    question about before or after may find it there; only "during" alone makes no claim.
    Cached: a pair's question is met on every search and never changes (a patient's query is
    not cached, so that nothing anyone typed stays in memory)."""
    found = times_in(locale, question)
    return frozenset() if found == {"during"} else found


def opposite(query: Timing | None, pair_question: frozenset[Timing]) -> bool:
    """Whether a query about one time meets a pair's question about other times only."""
    return query is not None and bool(pair_question) and query not in pair_question

"""Before or after the procedure: the one distinction that matching words cannot see.

"Can I keep taking aspirin before vertebroplasty?" and "when do I restart aspirin after it?"
share every word that carries weight; only "before" and "after" tell the preparation answer
from the recovery one, and they are too common to weigh much. So a query that is plainly about
one side is kept off a pair whose question is plainly about the other. The words are data per
locale, in ``faqsvc/data/timing.json``, matched on the same spelling as the urgent rules.
"""

from __future__ import annotations

import json
import re
from functools import cache, lru_cache
from importlib import resources
from typing import Literal

from faqsvc.answering.urgent import canonical
from faqsvc.locales import match_locale

__all__ = ["Timing", "opposite", "pair_timing", "timing_of"]

Timing = Literal["before", "after"]
_SIDES: tuple[Timing, ...] = ("before", "after")
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


def timing_of(locale: str, text: str) -> Timing | None:
    """ "before" or "after" when ``text`` speaks of only that side of the procedure, else None."""
    tag = match_locale(locale) if isinstance(locale, str) else None
    rules = _patterns().get(tag or "")
    if not rules or not text:
        return None
    key = canonical(text[:MAX_CHARS])
    found = [side for side in _SIDES if rules[side].search(key)]
    return found[0] if len(found) == 1 else None


# A pair's question is met on every search and never changes, so it is cached; a patient's query
# is not, so that nothing anyone typed stays in memory.
pair_timing = lru_cache(maxsize=4096)(timing_of)


def opposite(query: Timing | None, pair_question: Timing | None) -> bool:
    """Whether a query and a pair's question are about different sides of the procedure."""
    return query is not None and pair_question is not None and query != pair_question

"""Scoring patient questions against what the service answered, as the eval README defines.

Pure functions over plain dicts, so the HTTP driver (``scripts/evaluate.py``) stays thin and
the scoring itself is tested.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

UNSUPPORTED = ("it", "ko")


@dataclass
class Outcome:
    item: dict
    top_texts: list[str]  # English question + answer of each returned pair, best first
    urgent: bool

    @property
    def expect(self) -> str:
        return self.item["expect"]

    def matches(self, text: str) -> bool:
        return any(re.search(p, text, re.IGNORECASE) for p in self.item.get("must_match", []))

    @property
    def hit(self) -> bool:
        if self.expect == "urgent":
            return self.urgent
        if self.expect == "no_answer":
            return not self.top_texts
        return bool(self.top_texts) and self.matches(self.top_texts[0])

    @property
    def wrong(self) -> bool:
        return self.expect == "answer" and bool(self.top_texts) and not self.hit

    @property
    def reciprocal_rank(self) -> float:
        for rank, text in enumerate(self.top_texts[:5], 1):
            if self.matches(text):
                return 1 / rank
        return 0.0


@dataclass
class Tally:
    items: int = 0
    hits: int = 0
    answer_items: int = 0
    answer_hits: int = 0
    wrong: int = 0
    abstained: int = 0
    rr: float = 0.0
    extra: dict = field(default_factory=dict)

    def add(self, outcome: Outcome) -> None:
        self.items += 1
        self.hits += outcome.hit
        if outcome.expect == "answer":
            self.answer_items += 1
            self.answer_hits += outcome.hit
            self.wrong += outcome.wrong
            self.abstained += not outcome.top_texts
            self.rr += outcome.reciprocal_rank

    def as_dict(self) -> dict:
        n = self.answer_items or 1
        return {
            "items": self.items,
            "hit_rate": round(self.hits / (self.items or 1), 3),
            "top1": round(self.answer_hits / n, 3),
            "wrong_rate": round(self.wrong / n, 3),
            "abstained": self.abstained,
            "mrr5": round(self.rr / n, 3),
        }


def summarize(outcomes: list[Outcome]) -> dict:
    by_lang: dict[str, Tally] = defaultdict(Tally)
    by_style: dict[str, Tally] = defaultdict(Tally)
    overall = Tally()
    for outcome in outcomes:
        by_lang[outcome.item["lang"]].add(outcome)
        by_style[outcome.item.get("style", "?")].add(outcome)
        overall.add(outcome)
    supported = [t for lang, t in by_lang.items() if lang not in UNSUPPORTED]
    no_answer = [o for o in outcomes if o.expect == "no_answer"]
    abstentions = [o for o in outcomes if not o.top_texts and o.expect != "urgent"]
    urgent = [o for o in outcomes if o.expect == "urgent"]
    ordinary = [o for o in outcomes if o.expect != "urgent"]
    return {
        "overall": overall.as_dict(),
        "mean_top1_over_languages": round(
            sum(t.as_dict()["top1"] for t in supported) / (len(supported) or 1), 3
        ),
        "by_lang": {lang: t.as_dict() for lang, t in sorted(by_lang.items())},
        "by_style": {style: t.as_dict() for style, t in sorted(by_style.items())},
        "no_answer_recall": _ratio(sum(o.hit for o in no_answer), len(no_answer)),
        "no_answer_precision": _ratio(
            sum(o.expect == "no_answer" for o in abstentions), len(abstentions)
        ),
        "urgent_recall": _ratio(sum(o.urgent for o in urgent), len(urgent)),
        "urgent_answer_matches": _ratio(
            sum(bool(o.top_texts) and o.matches(o.top_texts[0]) for o in urgent), len(urgent)
        ),
        "false_alarms": _ratio(sum(o.urgent for o in ordinary), len(ordinary)),
        "misses": [
            {
                "id": o.item["id"],
                "query": o.item["query"],
                "expect": o.expect,
                "got": (o.top_texts[0].split("\n")[0] if o.top_texts else None),
            }
            for o in outcomes
            if not o.hit
        ],
    }


def _ratio(numerator: int, denominator: int) -> float | None:
    return round(numerator / denominator, 3) if denominator else None

"""Everything besides search that readers ask of the index: one pair, a topic, completions,
coverage. Kept beside ``search`` so every renderer reads the same functions.
"""

from __future__ import annotations

from dataclasses import dataclass

from faqsvc.analysis import fold
from faqsvc.errors import InvalidParameter, NotFound
from faqsvc.model import TOPICS, ServedPair
from faqsvc.precompute import group_same_questions

PAGE = 200  # pairs listed per page when browsing


def get_pair(index, pair_id: str, locale: str) -> ServedPair:
    pair = index.served(locale, pair_id)
    if pair is None:
        raise NotFound(f"no FAQ with id {pair_id[:80]!r}")
    return pair


def browse(
    index, locale: str, topic: str | None = None, offset: int = 0, limit: int = PAGE
) -> list[ServedPair]:
    """One page of a topic's pairs (or all pairs) in corpus order: a bank of thousands is
    listed a page at a time."""
    if topic is not None and topic not in TOPICS:
        raise InvalidParameter(f"unknown topic {topic[:40]!r}; one of: {', '.join(TOPICS)}")
    return index.listed(locale, topic, max(0, offset), limit)


def same_questions(pairs: list[ServedPair]) -> list[tuple[ServedPair, list[ServedPair]]]:
    """Each question once, with the other sources that ask it ("also answered by"), as search
    groups its results, so a topic never lists one question four times."""
    return group_same_questions(pairs)


def topic_counts(index, locale: str) -> list[tuple[str, int]]:
    """Questions per topic, each question counted once however many sources ask it (stored
    at build time)."""
    groups = dict(index.topic_counts(locale))
    ordered = [t for t in TOPICS if t in groups] + [t for t in groups if t not in TOPICS]
    return [(topic, groups[topic]) for topic in ordered]


def suggest(index, prefix: str, locale: str, limit: int = 8) -> list[ServedPair]:
    """Questions that start with, or have a word starting with, what the patient has typed.

    Accents and case are ignored both ways; questions asked the same way by several sources
    are offered once. The build stores every word start of every question (every character
    in Chinese), so this is a bounded range lookup.
    """
    wanted = " ".join(fold(prefix).split())
    if len(wanted) < 2:
        return []
    ids = index.suggestion_ids(locale, wanted, limit)
    return [p for pair_id in ids if (p := index.served(locale, pair_id)) is not None]


@dataclass(frozen=True)
class Coverage:
    total: int
    translated: int
    reviewed: int
    fallback: int

    @property
    def ratio(self) -> float:
        return round(self.translated / self.total, 3) if self.total else 0.0


def coverage(index, locale: str) -> Coverage:
    counts = index.manifest.get("locales", {}).get(locale, {})
    total = counts.get("pairs", 0)
    reviewed = counts.get("reviewed", 0)
    translated = counts.get("source", 0) + counts.get("machine", 0) + reviewed
    return Coverage(total, translated, reviewed, counts.get("fallback", 0))

"""Everything besides search that readers ask of the index: one pair, a topic, completions,
coverage. Kept beside ``search`` so every renderer reads the same functions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from faqsvc.analysis import fold
from faqsvc.answering.search import same_question
from faqsvc.errors import InvalidParameter, NotFound
from faqsvc.model import TOPICS, ServedPair

_WORD_START = re.compile(r"(?:^|(?<=[\s'’(¿¡-]))\w", re.UNICODE)


def get_pair(index, pair_id: str, locale: str) -> ServedPair:
    pair = index.pairs(locale).get(pair_id)
    if pair is None:
        raise NotFound(f"no FAQ with id {pair_id[:80]!r}")
    return pair


def browse(index, locale: str, topic: str | None = None) -> list[ServedPair]:
    if topic is not None and topic not in TOPICS:
        raise InvalidParameter(f"unknown topic {topic[:40]!r}; one of: {', '.join(TOPICS)}")
    if topic is None:
        return list(index.pairs(locale).values())
    return list(index.by_topic(locale).get(topic, ()))


def same_questions(pairs: list[ServedPair]) -> list[tuple[ServedPair, list[ServedPair]]]:
    """Each question once, with the other sources that ask it ("also answered by"), as search
    groups its results, so a topic never lists one question four times."""
    groups: list[tuple[ServedPair, list[ServedPair]]] = []
    for pair in pairs:
        for lead, others in groups:
            if same_question(lead, pair):
                others.append(pair)
                break
        else:
            groups.append((pair, []))
    return groups


def topic_counts(index, locale: str) -> list[tuple[str, int]]:
    """Questions per topic, each question counted once however many sources ask it."""
    groups = index.by_topic(locale)
    ordered = [t for t in TOPICS if t in groups] + [t for t in groups if t not in TOPICS]
    return [(topic, len(same_questions(list(groups[topic])))) for topic in ordered]


def suggest(index, prefix: str, locale: str, limit: int = 8) -> list[ServedPair]:
    """Questions that start with, or have a word starting with, what the patient has typed.

    Accents and case are ignored both ways; questions asked the same way by several sources
    are offered once.
    """
    wanted = " ".join(fold(prefix).split())
    if len(wanted) < 2:
        return []
    starts, inside, seen = [], [], set()
    for pair in index.pairs(locale).values():
        question = " ".join(fold(pair.question).split())
        if question in seen:
            continue
        position = question.find(wanted)
        if position < 0:
            continue
        if position == 0:
            starts.append(pair)
        elif locale.startswith("zh") or any(
            m.start() == position for m in _WORD_START.finditer(question)
        ):
            inside.append(pair)
        else:
            continue
        seen.add(question)
    return (starts + inside)[:limit]


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

"""What kind of thing a question asks about a condition: its treatment, symptoms, causes, outlook...

A bank of tens of thousands of pairs holds, for one condition, a pair per kind ("What is gout?",
"What are the treatments for gout?", "What causes gout?"), and they share every word that
carries weight: the condition's name. The kind lies in words every such pair has or none does,
and patients say it in their own ("how is gout treated", "what helps", "does it run in
families", "how common is it"), so neither matching nor ranking sees it, and "how is gout
treated?" found "What is gout?" at full confidence. So a query plainly asking one kind is kept
off a pair whose question asks other kinds only, as ``timing`` does for before and after. The
words are data per locale, in ``faqsvc/data/question_kinds.json``: a pair side (how a bank's
questions name the kind) and a query side (how people ask it); a locale without data asks no
kind, and a query or a pair naming no kind is never kept off anything.
"""

from __future__ import annotations

import json
import re
from functools import cache, lru_cache
from importlib import resources

from faqsvc.answering.urgent_rules import canonical
from faqsvc.locales import match_locale

__all__ = ["kinds_asked", "offered", "other_kind", "pair_kinds"]

MAX_CHARS = 1000
GENERAL = "information"  # "what is it?": asked only when no other kind is


@cache
def _patterns() -> dict[str, dict[str, dict[str, re.Pattern[str]]]]:
    path = resources.files("faqsvc") / "data" / "question_kinds.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    return {
        tag: {
            side: {kind: re.compile("|".join(rules[side])) for kind, rules in kinds.items()}
            for side in ("pair", "query")
        }
        for tag, kinds in data.items()
        if not tag.startswith("_")
    }


def _kinds(locale: str, text: str, side: str) -> frozenset[str]:
    tag = match_locale(locale) if isinstance(locale, str) else None
    rules = _patterns().get(tag or "")
    if not rules or not text:
        return frozenset()
    key = canonical(text[:MAX_CHARS])
    found = {kind for kind, pattern in rules[side].items() if pattern.search(key)}
    return frozenset(found - {GENERAL} if found - {GENERAL} else found)


def kinds_asked(locale: str, text: str) -> frozenset[str]:
    """The kinds a patient's text asks; none when it names none (a keyword or a story)."""
    return _kinds(locale, text, "query")


@lru_cache(maxsize=4096)
def pair_kinds(locale: str, question: str) -> frozenset[str]:
    """The kinds a pair's question asks. Cached: a pair's question is met on every search and
    never changes (a patient's query is not cached, so that nothing anyone typed stays)."""
    return _kinds(locale, question, "pair")


def other_kind(asked: frozenset[str], pair_question: frozenset[str]) -> bool:
    """Whether a query asking some kinds meets a pair's question asking other kinds only."""
    return bool(asked) and bool(pair_question) and not asked & pair_question


def offered(asked: frozenset[str], candidates: list[frozenset[str]]) -> frozenset[str]:
    """The kinds asked that some candidate's question asks. A kind no candidate asks cannot
    tell them apart: the seed leaflets have no pair on preventing fractures, so keeping "can it
    prevent new ones?" off "What is vertebroplasty?" only made the runner-up look further behind
    and the leader surer."""
    return asked if asked & frozenset().union(*candidates) else frozenset()

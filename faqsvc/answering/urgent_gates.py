"""Gates for the urgent rules' lexicons: one pattern per lexicon that says whether any of its
patterns can match, and the words one of which every match must spell, so that a text holding
none of them is not scanned at all. Most messages hold no sign, so most lexicons are skipped by
a set test (``may_hold``) or one scan (``gate``) instead of a scan per pattern.

The required words are read from the patterns' parse (``re._parser``): a private module of the
standard library, present in Python 3.11 to 3.13; ``tests/answering/test_urgent.py`` checks on
every labelled message that skipping by them changes no sign found.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from re import _constants as _c
from re import _parser

Patterns = tuple[re.Pattern[str], ...]
Words = frozenset[str] | None  # one of them is in every match; None: nothing known
# More required words than this make the gate's word test pass on most texts, so that it
# saves little; it is one set test on three-letter starts whatever the count (64: the Spanish
# and French fainting lexicons grew past 48 with the eighth set's described signs).
MAX_REQUIRED_WORDS = 64


@cache
def gate(patterns: Patterns) -> re.Pattern[str]:
    """One pattern matching wherever any of ``patterns`` does: a lexicon is scanned once to
    learn whether it can match at all (most texts hold no sign), and pattern by pattern only
    when it can. Compiled once per lexicon and cached with it."""
    return re.compile("|".join(pattern.pattern for pattern in patterns))


def may_hold(grams: frozenset[str], starts: Words) -> bool:
    """Whether the text whose ``grams`` these are may hold one of the required words whose
    starts (first three letters) are ``starts``: one set operation per gate."""
    return starts is None or not starts.isdisjoint(grams)


@lru_cache(maxsize=8)
def grams(text: str) -> frozenset[str]:
    """Every one-, two- and three-letter piece of ``text``: made once per reading of a message
    (the readings are shared by every locale's rules), bounded by the message's length."""
    return frozenset(text[i : i + n] for n in (1, 2, 3) for i in range(len(text) - n + 1))


def starts(words: Words) -> Words:
    return None if words is None else frozenset(word[:3] for word in words)


def required_words(patterns: Patterns) -> Words:
    """Strings one of which every match of any of ``patterns`` spells out, or None: a text
    holding none of them is not scanned with the gate (a substring test costs a fraction of a
    scan of a word-bounded alternation). Read from the patterns' parse; anything not
    understood (case-folding flags, no required literal) gives None, and the gate runs."""
    found: set[str] = set()
    for pattern in patterns:
        if pattern.flags & re.IGNORECASE:
            return None
        try:
            words = _required(list(_parser.parse(pattern.pattern, pattern.flags)))
        except (re.error, TypeError, ValueError):  # pragma: no cover - compiled already
            return None
        if words is None:
            return None
        found |= words
    # a word holding another is implied by it
    found = {word for word in found if not any(o in word for o in found - {word})}
    return frozenset(found) if found and len(found) <= MAX_REQUIRED_WORDS else None


def _required(items: list) -> set[str] | None:
    """For a parsed sequence: strings one of which every match holds (the best known: the
    set whose shortest string is longest), or None."""
    best: set[str] | None = None
    run: list[str] = []

    def keep(words: set[str] | None) -> None:
        nonlocal best
        if words and all(words) and (best is None or _strength(words) > _strength(best)):
            best = words

    for op, value in items:
        if op is _c.LITERAL:
            run.append(chr(value))
            continue
        keep({"".join(run)} if run else None)
        run = []
        if op is _c.SUBPATTERN:
            _, added, _, inner = value
            keep(None if added & re.IGNORECASE else _required(list(inner)))
        elif op is _c.BRANCH:
            branches = [_required(list(branch)) for branch in value[1]]
            if all(b is not None for b in branches):
                keep(set().union(*branches))
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT) and value[0] >= 1:
            keep(_required(list(value[2])))
    keep({"".join(run)} if run else None)
    return best


def _strength(words: set[str]) -> tuple[int, int]:
    return min(len(w) for w in words), -len(words)

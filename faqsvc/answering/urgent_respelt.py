"""A message read a second time, respelled for its locale's keyboard and text-speak and with
typos of sign words repaired, when that changes anything.

The second reading looks for signs only in the sentences the respelling changed: the others
were read as typed already, and random English text almost always holds an "n" or a "q" that
the text-speak respellings write out, so reading all of it again doubled the urgent rules'
time on a long message (2,000 characters: p50 34 -> 73 ms). The sentences left are blanked to
spaces of their length, so every position still points into the whole reading, which judges
each sign found with all its context.
"""

from __future__ import annotations

from faqsvc.answering.urgent_rules import SENTENCE, UrgentRules


def readings(rules: UrgentRules, canon: str) -> tuple[tuple[str, str], ...]:
    """(text to judge with, text to look for signs in): the message as typed, then respelled
    and repaired when that changed anything, looked through only where it did."""
    repaired = rules.repaired(rules.respelled(canon))
    if repaired == canon:
        return ((canon, canon),)
    return (canon, canon), (repaired, changed_only(canon, repaired))


def changed_only(typed: str, reading: str) -> str:
    """``reading`` with each sentence it shares with ``typed`` blanked (same length); all of
    it when the two do not have the same number of sentences."""
    before = SENTENCE.findall(typed)
    spans = [m.span() for m in SENTENCE.finditer(reading)]
    if len(spans) != len(before):
        return reading
    pieces, at = [], 0
    for (start, end), old in zip(spans, before, strict=True):
        if reading[start:end] == old:
            pieces += [reading[at:start], " " * (end - start)]
            at = end
    return "".join(pieces) + reading[at:]

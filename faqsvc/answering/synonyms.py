"""Medical <-> everyday synonyms per locale, so "blood thinner" finds the answer about anticoagulants.

Leaflets say "anticoagulant", "compression fracture" and "sedation"; patients type "blood
thinner", "broken back" and "put to sleep". Each ``faqsvc/data/synonyms/<locale>.txt`` holds
one group per line, comma-separated, canonical term first; ``#`` starts a comment. A group may
only hold truly equivalent terms or narrower everyday ones, so expanding a query never widens
it to a different medical concept. A member written with a leading ``~`` only finds its group:
"otra fractura" tells that further fractures are asked about, but its one word left once "otra"
is stopped, "fractura", is in every pair about fractures, so it is never looked for in a pair.

Matching is on folded text (lowercase, no Latin accents, Arabic spelling variants and the
definite article merged) and whole-word, except in Chinese, which has no spaces and is matched
by substring. A term inside a longer matched phrase of another group does not trigger its own
group: "local anaesthetic" expands as local anaesthesia, not as every kind of anaesthetic.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from faqsvc.analysis import analysis_for
from faqsvc.answering import synonym_groups
from faqsvc.answering.interrogatives import question_words
from faqsvc.answering.synonym_groups import groups, match_key, parse_groups

__all__ = [
    "MAX_TERMS",
    "FoundGroup",
    "expand",
    "found_groups",
    "groups",
    "match_key",
    "parse_groups",
]

MAX_TERMS = 12
MAX_CHARS = 2000  # queries longer than this are cut; expansion is for short questions

_LATIN_ALNUM = r"[a-z0-9]"


@dataclass(frozen=True)
class _Member:
    text: str  # as written in the data file: what expansion returns
    pattern: re.Pattern[str]  # whole words of its match spelling (Chinese: substring)
    key: str  # its match spelling: the pattern can only match text holding it
    tokens: frozenset[str]  # its words as a query would look them up
    sequence: tuple[frozenset[str], ...]  # indexed variants per position, stop words gone
    found_only: bool  # finds its group, never looked for in a pair (``synonym_groups.FOUND_ONLY``)
    # It opens with "who", a stop word ("qui opère", "who does it"): its other words in a row
    # only say the procedure is done ("elle se fait opérer"), so they find it only in a query
    # that asks who
    asks: bool = False


@dataclass(frozen=True)
class FoundGroup:
    """A group one of whose members a query holds, as analysed tokens for matching."""

    group: int  # which group of the locale's file: words found through one group name one thing
    present: frozenset[str]  # tokens of the members found
    words: frozenset[str]  # one-token members not found
    phrases: frozenset[frozenset[str]]  # many-token members not found: all or nothing
    others: tuple[str, ...]  # members not found, as written


def _pattern(key: str, language: str) -> re.Pattern[str]:
    escaped = re.escape(key)
    if language == "zh":
        # Substring match, but Latin abbreviations ("ct", "mri") must not match inside words.
        return re.compile(rf"(?<!{_LATIN_ALNUM}){escaped}(?!{_LATIN_ALNUM})")
    return re.compile(rf"(?<!\w){escaped}(?!\w)")


def _sequence(locale: str, text: str, mode: str = "query") -> list[frozenset[str]]:
    """Analysed words of ``text`` in order, variants of one word together."""
    positions: dict[int, set[str]] = {}
    for token in analysis_for(locale).text(text, positions=True, mode=mode):
        positions.setdefault(token.pos, set()).add(token.text)
    return [frozenset(positions[p]) for p in sorted(positions)]


@cache
def _members(tag: str) -> tuple[tuple[_Member, ...], ...]:
    language = synonym_groups.language(tag)
    table = []
    for group in synonym_groups.groups_for(tag):
        members = []
        for member in group:
            key = match_key(tag, member)
            if key:
                # Found by any spelling the index holds (Vietnamese: also without tones), but
                # looked for in passages as written, so "mắt" (eye) never finds "mất" (lose).
                sequence = tuple(_sequence(tag, member, mode="index"))
                tokens = frozenset().union(*_sequence(tag, member))
                only = member in synonym_groups.found_only(tag)
                asks = _asks_by_stop_word(tag, member)
                members.append(
                    _Member(member, _pattern(key, language), key, tokens, sequence, only, asks)
                )
        table.append(tuple(members))
    return tuple(table)


# "who" in each language's spelling of its question words (``interrogatives``)
_WHO = frozenset(
    {"who", "whom", "quién", "quiénes", "qui", "wer", "wen", "wem", "quem", "ai", "谁"}
)


def _asks_who(tag: str, text: str) -> bool:
    """Whether ``text`` holds a "who" (``question_words`` returns its spellings padded)."""
    return any(word.strip() in _WHO for word in question_words(tag, text))


def _asks_by_stop_word(tag: str, member: str) -> bool:
    """Whether the member opens with "who" and the language weighs that word as nothing (a
    stop word): found by its other words in a query that does not ask who, "qui opère" would
    be any "se fait opérer"."""
    first = member.split(maxsplit=1)[0] if member.strip() else ""
    return _asks_who(tag, first) and not _sequence(tag, first)


def _spans(member: tuple[frozenset[str], ...], query: list[frozenset[str]]) -> list[range]:
    """Where the member's words stand in the query, as runs of word positions."""
    size = len(member)
    return [
        range(start, start + size)
        for start in range(len(query) - size + 1)
        if size and all(member[k] & query[start + k] for k in range(size))
    ]


def _found_members(
    tag: str, key_text: str, query: list[frozenset[str]], asks_who: bool = True
) -> set[tuple[int, int]]:
    """(group, member) pairs the query holds, except members that stand only inside a longer
    member of another group: "local anaesthetic" is local anaesthesia, not any anaesthetic.

    A member is found as typed, or as its words in a row with only meaningless words between
    them ("put me to sleep" finds "put to sleep"). That second way is only for members of two
    or more meaningful words: one word ("numbing", or "bị đau" once "bị" is dropped) is matched
    as typed, or its stem would match "numb" and every "đau". Chinese, without spaces, is
    matched as typed only. A member opening with a "who" the language drops ("qui opère") is
    found by its words only when the query asks who (``asks_who``).
    """
    chinese = synonym_groups.language(tag) == "zh"
    # Match spelling drops Vietnamese tones, which tell words apart ("tìm" find, "tim" heart):
    # there, the words as analysed must agree too.
    toned = synonym_groups.language(tag) == "vi"
    query_words = frozenset().union(*query)
    hits = []
    table = _members(tag)
    for g, m in _candidates(tag, key_text, query_words):
        member = table[g][m]
        # a substring test first: most members are not in the text at all
        typed = member.key in key_text and bool(member.pattern.search(key_text))
        if not typed and (
            chinese
            or len(member.sequence) < 2
            or (member.asks and not asks_who)
            or any(words.isdisjoint(query_words) for words in member.sequence)
        ):
            continue  # not in the query as typed, nor all its words
        spans = _spans(member.sequence, query)
        if spans or (typed and not toned):
            hits.append((g, m, spans, len(member.key) if typed else 0))
    # the most words first, then the longest as typed: "hurt while they're doing it" is the
    # pain during the procedure, not any pain, though stop words leave it the one word "hurt"
    longest_first = sorted(
        hits, key=lambda hit: (-max((len(r) for r in hit[2]), default=0), -hit[3])
    )
    kept: dict[tuple[int, int], list[range]] = {}
    for g, m, spans, _ in longest_first:
        covered = [r for (group, _), runs in kept.items() if group != g for r in runs]
        inside = [s for s in spans if any(s[0] >= r[0] and s[-1] <= r[-1] for r in covered)]
        if not spans or len(inside) < len(spans):
            kept[(g, m)] = spans
    return set(kept)


_RUN = re.compile(r"\w+")


@cache
def _member_index(tag: str) -> tuple[dict[str, list], dict[str, list]]:
    """(group, member) positions by the first word run of the member's match spelling, and
    by the indexed words of its first position: the only members a text can hold."""
    by_run: dict[str, list[tuple[int, int]]] = {}
    by_token: dict[str, list[tuple[int, int]]] = {}
    for g, group in enumerate(_members(tag)):
        for m, member in enumerate(group):
            run = _RUN.match(member.key)
            by_run.setdefault(run.group() if run else "", []).append((g, m))
            for token in member.sequence[0] if member.sequence else ():
                by_token.setdefault(token, []).append((g, m))
    return by_run, by_token


@cache
def _members_by_first_char(tag: str) -> dict[str, list[tuple[int, int]]]:
    """(group, member) positions by the first character of the member's match spelling."""
    by_char: dict[str, list[tuple[int, int]]] = {}
    for g, group in enumerate(_members(tag)):
        for m, member in enumerate(group):
            by_char.setdefault(member.key[:1], []).append((g, m))
    return by_char


def _candidates(tag: str, key_text: str, words: frozenset[str]) -> list[tuple[int, int]]:
    """Members that may be in the text, in file order. A member found as typed starts with a
    whole word run of the text (its pattern has a word boundary before it); one found by its
    words holds one of the query's at its first position. Chinese, matched as a substring, and
    members not starting with a word character are always tried."""
    if (
        synonym_groups.language(tag) == "zh"
    ):  # found as typed only: its first character is in the text
        by_char = _members_by_first_char(tag)
        found = set(by_char.get("", ()))
        for char in set(key_text):
            found.update(by_char.get(char, ()))
        return sorted(found)
    by_run, by_token = _member_index(tag)
    found = set(by_run.get("", ()))
    for run in set(_RUN.findall(key_text)):
        found.update(by_run.get(run, ()))
    for token in words:
        found.update(by_token.get(token, ()))
    return sorted(found)


def found_groups(
    locale: str, text: str, sequence: list[frozenset[str]] | None = None
) -> list[FoundGroup]:
    """Groups with a member in ``text``, whose analysed words, in order, are ``sequence``
    (analysed here when not given)."""
    tag = synonym_groups.tag(locale)
    if not tag or not isinstance(text, str) or not text.strip():
        return []
    text = text[:MAX_CHARS]
    query = _sequence(tag, text) if sequence is None else sequence
    found_members = _found_members(tag, match_key(tag, text), query, _asks_who(tag, text))
    found = []
    table = _members(tag)
    by_group: dict[int, list[int]] = {}
    for g, m in sorted(found_members):  # only the groups found, in file order
        by_group.setdefault(g, []).append(m)
    for g, present in by_group.items():
        group = table[g]
        # A member asking "who" names no one a pair names: without its stop words it is the
        # act ("who performs the procedure" -> performed), said in every pair
        others = [
            member
            for m, member in enumerate(group)
            if m not in present and not member.found_only and not member.asks
        ]
        found.append(
            FoundGroup(
                g,
                frozenset().union(*(t for m in present for t in group[m].sequence)),
                frozenset().union(*(o.tokens for o in others if len(o.tokens) == 1)),
                frozenset(o.tokens for o in others if len(o.tokens) > 1),
                tuple(o.text for o in others),
            )
        )
    return found


def expand(locale: str, text: str) -> list[str]:
    """Other members of every synonym group that ``text`` mentions, as written, in group order,
    at most ``MAX_TERMS`` so a long query cannot balloon into a huge search."""
    terms = [term for group in found_groups(locale, text) for term in group.others]
    return list(dict.fromkeys(terms))[:MAX_TERMS]

"""Medical <-> everyday synonyms per locale, so "blood thinner" finds the answer about anticoagulants.

Leaflets say "anticoagulant", "compression fracture" and "sedation"; patients type "blood
thinner", "broken back" and "put to sleep". Each ``faqsvc/data/synonyms/<locale>.txt`` holds
one group per line, comma-separated, canonical term first; ``#`` starts a comment. A group may
only hold truly equivalent terms or narrower everyday ones, so expanding a query never widens
it to a different medical concept.

Matching is on folded text (lowercase, no Latin accents, Arabic spelling variants and the
definite article merged) and whole-word, except in Chinese, which has no spaces and is matched
by substring. A term inside a longer matched phrase of another group does not trigger its own
group: "local anaesthetic" expands as local anaesthesia, not as every kind of anaesthetic.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from faqsvc.analysis import analysis_for
from faqsvc.analysis.normalize import arabic_normalize, fold, normalize, padded_words
from faqsvc.locales import locale_info, match_locale

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

# Arabic proclitics: "and the", "with the", "for the", "the". Only stripped when at least three
# letters remain, so words that merely start with these letters ("الم", pain) stay intact.
_ARABIC_ARTICLE = re.compile(r"(?<!\w)(?:وال|بال|لل|ال)(?=\w{3})")
_LATIN_ALNUM = r"[a-z0-9]"


def _language(locale: str) -> str:
    return locale_info(locale).language


def match_key(locale: str, text: str) -> str:
    """The spelling terms and queries are compared in for ``locale`` (a supported tag)."""
    text = unicodedata.normalize("NFKC", normalize(text))
    if _language(locale) == "ar":
        text = _ARABIC_ARTICLE.sub("", arabic_normalize(text))
    return fold(text)


def parse_groups(text: str) -> list[tuple[str, ...]]:
    """Groups from a data file's text: comments and blank lines skipped, one-term lines dropped."""
    parsed = []
    for line in text.splitlines():
        line = line.split("#", 1)[0]
        terms = tuple(term.strip() for term in line.split(",") if term.strip())
        if len(terms) >= 2:
            parsed.append(terms)
    return parsed


@lru_cache(maxsize=64)
def _tag_of(locale: str) -> str | None:
    return match_locale(locale)


def _tag(locale: object) -> str | None:
    """Supported tag for "zh-Hans", "zh", "pt-BR"...; None for anything else."""
    return _tag_of(locale) if isinstance(locale, str) and len(locale) <= 64 else None


@cache
def _groups_for(tag: str) -> tuple[tuple[str, ...], ...]:
    path = resources.files("faqsvc") / "data" / "synonyms" / f"{tag}.txt"
    if not path.is_file():
        return ()
    return tuple(parse_groups(path.read_text(encoding="utf-8")))


def groups(locale: str) -> list[tuple[str, ...]]:
    """The locale's synonym groups as written in its data file (loaded once); [] if unknown."""
    tag = _tag(locale)
    return list(_groups_for(tag)) if tag else []


@dataclass(frozen=True)
class _Term:
    text: str  # as written in the data file: what expansion returns
    key: str  # match spelling, for de-duplication
    pattern: re.Pattern[str]


def _pattern(key: str, language: str) -> re.Pattern[str]:
    escaped = re.escape(key)
    if language == "zh":
        # Substring match, but Latin abbreviations ("ct", "mri") must not match inside words.
        return re.compile(rf"(?<!{_LATIN_ALNUM}){escaped}(?!{_LATIN_ALNUM})")
    return re.compile(rf"(?<!\w){escaped}(?!\w)")


@cache
def _compiled(tag: str) -> tuple[tuple[_Term, ...], ...]:
    language = _language(tag)
    compiled = []
    for group in _groups_for(tag):
        terms = []
        for term in group:
            key = match_key(tag, term)
            if key:
                terms.append(_Term(term, key, _pattern(key, language)))
        compiled.append(tuple(terms))
    return tuple(compiled)


def _triggered_groups(compiled: tuple[tuple[_Term, ...], ...], text: str) -> list[int]:
    """Indexes of groups with a member in ``text``, ignoring members inside longer matches."""
    spans = [
        (match.start(), match.end(), index)
        for index, terms in enumerate(compiled)
        for term in terms
        for match in term.pattern.finditer(text)
    ]
    spans.sort(key=lambda span: (span[0] - span[1], span[0]))  # longest first
    accepted: list[tuple[int, int, int]] = []
    for start, end, index in spans:
        inside = any(s <= start and end <= e and i != index for s, e, i in accepted)
        if not inside:
            accepted.append((start, end, index))
    return sorted({index for _, _, index in accepted})


def expand(locale: str, text: str) -> list[str]:
    """Other members of every synonym group that ``text`` mentions, in group order.

    Terms already present in the text and repeats (by match spelling) are left out, and the
    list stops at ``MAX_TERMS`` so a long query cannot balloon into a huge search.
    """
    tag = _tag(locale)
    if not tag or not isinstance(text, str) or not text.strip():
        return []
    compiled = _compiled(tag)
    key_text = match_key(tag, text[:MAX_CHARS])
    expansions: list[str] = []
    seen: set[str] = set()
    for index in _triggered_groups(compiled, key_text):
        for term in compiled[index]:
            if term.key in seen or term.pattern.search(key_text):
                continue
            seen.add(term.key)
            expansions.append(term.text)
            if len(expansions) == MAX_TERMS:
                return expansions
    return expansions


@dataclass(frozen=True)
class _Member:
    form: str  # folded words, space-padded, for whole-word matching
    tokens: frozenset[str]
    sequence: tuple[frozenset[str], ...]  # token variants per position, stop words gone


@dataclass(frozen=True)
class FoundGroup:
    """A group one of whose members a query holds, as analysed tokens for matching."""

    present: frozenset[str]  # tokens of the members found
    words: frozenset[str]  # one-token members not found
    phrases: frozenset[frozenset[str]]  # many-token members not found: all or nothing


@lru_cache(maxsize=64)
def _members(locale: str) -> tuple[tuple[_Member, ...], ...]:
    analyzer = analysis_for(locale).text
    table = []
    for group in groups(locale):
        members = []
        for member in group:
            positions: dict[int, set[str]] = {}
            for token in analyzer(member, positions=True):
                positions.setdefault(token.pos, set()).add(token.text)
            sequence = tuple(frozenset(positions[p]) for p in sorted(positions))
            members.append(
                _Member(
                    padded_words(match_key(locale, member)), frozenset().union(*sequence), sequence
                )
            )
        table.append(tuple(members))
    return tuple(table)


def _in_sequence(member: tuple[frozenset[str], ...], query: list[frozenset[str]]) -> bool:
    """Only for members of two or more meaningful words: one word ("numbing", or "bị đau" once
    "bị" is dropped) is matched as typed, or its stem would match "numb" and every "đau"."""
    size = len(member)
    return size > 1 and any(
        all(member[k] & query[start + k] for k in range(size))
        for start in range(len(query) - size + 1)
    )


def found_groups(locale: str, text: str, sequence: list[frozenset[str]]) -> list[FoundGroup]:
    """Groups with a member in ``text``, whose analysed words, in order, are ``sequence``.

    A member is found as typed or as the same words with others between them that carry no
    meaning ("put me to sleep" finds "put to sleep"); Chinese, without spaces, by substring.
    """
    folded = match_key(locale, text)
    words = padded_words(folded)
    chinese = locale.startswith("zh")
    found = []
    for group in _members(locale):
        present = [
            i
            for i, member in enumerate(group)
            if (
                member.form.strip() in folded
                if chinese
                else member.form in words or _in_sequence(member.sequence, sequence)
            )
        ]
        if not present:
            continue
        others = [m.tokens for i, m in enumerate(group) if i not in present and m.tokens]
        found.append(
            FoundGroup(
                frozenset().union(*(group[i].tokens for i in present)),
                frozenset().union(*(t for t in others if len(t) == 1)),
                frozenset(t for t in others if len(t) > 1),
            )
        )
    return found

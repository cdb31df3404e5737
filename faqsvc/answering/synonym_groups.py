"""The synonym groups' data files: read, parsed and spelt for matching (``synonyms`` matches).

Each ``faqsvc/data/synonyms/<locale>.txt`` holds one group per line, comma-separated, canonical
term first; ``#`` starts a comment; a member written with a leading ``~`` only finds its group
and is never looked for in a pair. Kept apart from the matching so the file format and the
spelling terms are compared in live in one small place.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache
from importlib import resources

from faqsvc.analysis.normalize import arabic_normalize, fold, normalize
from faqsvc.locales import locale_info, match_locale

FOUND_ONLY = "~"  # a member that finds its group but is never looked for in a pair

# Arabic proclitics: "and the", "with the", "for the", "the". Only stripped when at least three
# letters remain, so words that merely start with these letters ("الم", pain) stay intact.
_ARABIC_ARTICLE = re.compile(r"(?<!\w)(?:وال|بال|لل|ال)(?=\w{3})")
# German typed without umlauts writes them as two letters ("nuechtern", "gelaehmt"), as the
# German stemmer also reads them; "ue" after "q" is a plain "u" and an "e" ("Quelle").
_GERMAN_UMLAUT_PAIRS = re.compile(r"ae|oe|(?<!q)ue")


def language(locale: str) -> str:
    return locale_info(locale).language


def match_key(locale: str, text: str) -> str:
    """The spelling terms and queries are compared in for ``locale`` (a supported tag)."""
    text = unicodedata.normalize("NFKC", normalize(text))
    if language(locale) == "ar":
        text = _ARABIC_ARTICLE.sub("", arabic_normalize(text))
    if language(locale) == "de":
        return _GERMAN_UMLAUT_PAIRS.sub(lambda pair: pair.group()[0], fold(text))
    return fold(text)


def _marked_groups(text: str) -> list[tuple[str, ...]]:
    """Groups as written, a found-only member still with its ``~``."""
    parsed = []
    for line in text.splitlines():
        terms = tuple(term.strip() for term in line.split("#", 1)[0].split(","))
        terms = tuple(term for term in terms if term.lstrip(FOUND_ONLY).strip())
        if len(terms) >= 2:
            parsed.append(terms)
    return parsed


def _unmarked(term: str) -> str:
    return term.lstrip(FOUND_ONLY).strip()


def parse_groups(text: str) -> list[tuple[str, ...]]:
    """Groups from a data file's text: comments and blank lines skipped, one-term lines dropped,
    a found-only member without its ``~``."""
    return [tuple(_unmarked(term) for term in group) for group in _marked_groups(text)]


@lru_cache(maxsize=64)
def _tag_of(locale: str) -> str | None:
    return match_locale(locale)


def tag(locale: object) -> str | None:
    """Supported tag for "zh-Hans", "zh", "pt-BR"...; None for anything else."""
    return _tag_of(locale) if isinstance(locale, str) and len(locale) <= 64 else None


@cache
def marked_groups_for(tag: str) -> tuple[tuple[str, ...], ...]:
    path = resources.files("faqsvc") / "data" / "synonyms" / f"{tag}.txt"
    if not path.is_file():
        return ()
    return tuple(_marked_groups(path.read_text(encoding="utf-8")))


@cache
def groups_for(tag: str) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(_unmarked(term) for term in group) for group in marked_groups_for(tag))


@cache
def found_only(tag: str) -> frozenset[str]:
    """Members written with a leading ``~``, without it."""
    marked = (term for group in marked_groups_for(tag) for term in group)
    return frozenset(_unmarked(term) for term in marked if term.startswith(FOUND_ONLY))


def groups(locale: str) -> list[tuple[str, ...]]:
    """The locale's synonym groups as written in its data file (loaded once); [] if unknown."""
    found = tag(locale)
    return list(groups_for(found)) if found else []

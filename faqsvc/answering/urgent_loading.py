"""Loading the urgent-care rules: each locale's ``faqsvc/data/urgent/<locale>.json`` checked
and compiled once into :class:`~faqsvc.answering.urgent_rules.UrgentRules`. A bad rule stops the
load with its file and field named, so an editor's mistake never reaches a patient silently.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from functools import cache
from importlib import resources
from types import MappingProxyType

from faqsvc.answering.urgent_cues import CUE_FIELDS, LATER_CUE_FIELDS
from faqsvc.answering.urgent_gates import Patterns
from faqsvc.answering.urgent_rules import (
    PAIR_GAP,
    TYPO_WORD,
    SignPair,
    UrgentRules,
    canonical,
)
from faqsvc.locales import SUPPORTED_LOCALES

__all__ = ["rule_table"]


def _compile_all(tag: str, field: str, patterns: object, *, suffix: str = "") -> Patterns:
    """Compile a list of patterns in canonical spelling; a bad rule names its file and field."""
    if not isinstance(patterns, list):
        raise ValueError(f"urgent/{tag}.json: {field} must be a list of regexes")
    compiled = []
    for pattern in patterns:
        if not isinstance(pattern, str) or not pattern.strip():
            raise ValueError(f"urgent/{tag}.json: {field}: empty or non-string pattern")
        try:
            compiled.append(re.compile(f"(?:{canonical(pattern)}){suffix}"))
        except re.error as error:
            raise ValueError(f"urgent/{tag}.json: {field}: {pattern!r}: {error}") from error
    return tuple(compiled)


def _lexicon(tag: str, field: str, data: object) -> Mapping[str, Patterns]:
    if not isinstance(data, dict):
        raise ValueError(f"urgent/{tag}.json: {field} must be an object of sign -> regexes")
    return MappingProxyType({n: _compile_all(tag, f"{field}.{n}", p) for n, p in data.items()})


def _pairs(tag: str, data: object) -> Mapping[str, tuple[SignPair, ...]]:
    if not isinstance(data, dict):
        raise ValueError(f"urgent/{tag}.json: pairs must be an object of sign -> pairs")
    table = {}
    for name, pairs in data.items():
        if not isinstance(pairs, list) or not all(isinstance(p, dict) for p in pairs):
            raise ValueError(f"urgent/{tag}.json: pairs.{name} must be a list of objects")
        table[name] = tuple(
            SignPair(
                part=_compile_all(tag, f"pairs.{name}.part", pair.get("part")),
                state=_compile_all(tag, f"pairs.{name}.state", pair.get("state")),
                gap=int(pair.get("gap", PAIR_GAP)),
            )
            for pair in pairs
        )
    return MappingProxyType(table)


def _typo_words(tag: str, words: object) -> Mapping[str, tuple[str, ...]]:
    if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
        raise ValueError(f"urgent/{tag}.json: typo_words must be a list of words")
    buckets: dict[str, list[str]] = {}
    for word in words:
        word = canonical(word)
        if not TYPO_WORD.fullmatch(word):
            raise ValueError(f"urgent/{tag}.json: typo_words: {word!r} is not a plain word")
        buckets.setdefault(word[0], []).append(word)
    return MappingProxyType({letter: tuple(found) for letter, found in buckets.items()})


def _respellings(tag: str, pairs: object) -> tuple[tuple[re.Pattern[str], str], ...]:
    if not isinstance(pairs, list) or not all(
        isinstance(p, list) and len(p) == 2 and all(isinstance(x, str) for x in p) for p in pairs
    ):
        raise ValueError(f"urgent/{tag}.json: respellings must be a list of [regex, text]")
    return tuple((_compile_all(tag, "respellings", [p])[0], r) for p, r in pairs)


def _parse_rules(tag: str, data: object) -> UrgentRules:
    if not isinstance(data, dict):
        raise ValueError(f"urgent/{tag}.json: expected an object")
    message = data.get("message")
    if not isinstance(message, str) or not message.strip():
        raise ValueError(f"urgent/{tag}.json: message must be a non-empty string")
    cues = {field: _compile_all(tag, field, data.get(field)) for field in CUE_FIELDS}
    cues |= {field: _compile_all(tag, field, data.get(field, [])) for field in LATER_CUE_FIELDS}
    # A negation cue must end right where the sign begins.
    cues["negation"] = _compile_all(tag, "negation", data.get("negation"), suffix=r"\s*$")
    for field in ("report", "asking", "negation"):
        if not cues[field]:
            raise ValueError(f"urgent/{tag}.json: {field} must not be empty")
    return UrgentRules(
        locale=tag,
        message=message.strip(),
        signs=_lexicon(tag, "signs", data.get("signs")),
        pairs=_pairs(tag, data.get("pairs")),
        idioms=_lexicon(tag, "idioms", data.get("idioms")),
        cues=MappingProxyType(cues),
        script=_compile_all(tag, "script", [data.get("script", ".")])[0],
        typo_words=_typo_words(tag, data.get("typo_words", [])),
        respellings=_respellings(tag, data.get("respellings", [])),
        readings=_lexicon(tag, "readings", data.get("readings", {})),
    )


@cache
def rule_table() -> Mapping[str, UrgentRules]:
    """Every supported locale's rules, loaded and compiled once; read-only because shared."""
    folder = resources.files("faqsvc") / "data" / "urgent"
    table = {}
    for tag in SUPPORTED_LOCALES:
        text = (folder / f"{tag}.json").read_text(encoding="utf-8")
        table[tag] = _parse_rules(tag, json.loads(text))
    return MappingProxyType(table)

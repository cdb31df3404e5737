"""Urgent-care notices: notice when a patient describes an emergency instead of asking a question.

A search box is where a frightened patient types "I can't breathe since my procedure" at night;
ranked FAQ answers are the wrong reply to that. The rules live in
``faqsvc/data/urgent/<locale>.json`` so clinicians can review them language by language.

Matching semantics, shared by every locale:

* text and patterns pass through the same :func:`canonical` spelling (NFKC, Arabic letter
  variants and vowel marks collapsed, Latin case and accents dropped), so a pattern written
  without accents matches "dificultad para respirar" typed with or without them;
* any locale's symptom pattern counts, because patients type in their own language whatever
  page they are on;
* a symptom alerts unless the text reads as a general question about risks ("can cement
  leakage cause breathing problems?"), and even then alerts when it is also plainly about the
  writer, now ("I can't breathe", "my legs", "since yesterday", "39 °C").
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from types import MappingProxyType

from faqsvc.analysis.normalize import arabic_normalize, fold, normalize
from faqsvc.locales import DEFAULT_LOCALE, SUPPORTED_LOCALES, match_locale
from faqsvc.model import Alert

__all__ = ["UrgentRules", "canonical", "matched_symptoms", "rule_table", "urgent_alert"]

# Longer texts are cut: a symptom statement is near the start, and regex cost stays bounded.
MAX_CHARS = 4000
ALERT_KIND = "urgent"

# "º" (ordinal) and ring above are typed for "°"; NFKC would turn the former into "o".
_DEGREE_LOOKALIKES = str.maketrans({"º": "°", "˚": "°"})
# Arabic-Indic and Persian digits and the Arabic decimal separator, so "٣٩٫٥" reads as 39.5.
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٫", "01234567890123456789.")


def canonical(text: str) -> str:
    """The one spelling both patients' text and rule patterns are compared in.

    NFKC turns full-width digits and letters from Chinese keyboards and "℃" into plain forms;
    ``arabic_normalize`` drops vowel marks and merges hamza seats; ``fold`` lowercases and drops
    Latin accents (incl. Vietnamese), which patients often leave out.
    """
    text = normalize(text).translate(_DEGREE_LOOKALIKES)
    text = unicodedata.normalize("NFKC", text).translate(_DIGITS)
    return fold(arabic_normalize(text))


@dataclass(frozen=True)
class UrgentRules:
    """One locale's urgent-care message and the compiled patterns that trigger it."""

    locale: str
    message: str
    symptoms: Mapping[str, tuple[re.Pattern[str], ...]]
    hypothetical: tuple[re.Pattern[str], ...]
    personal: tuple[re.Pattern[str], ...]

    def symptom(self, text: str) -> str | None:
        """Name of the first symptom group matching ``text`` (already canonical), if any."""
        for name, patterns in self.symptoms.items():
            if _any_match(patterns, text):
                return name
        return None

    def is_personal(self, text: str) -> bool:
        return _any_match(self.personal, text)

    def is_hypothetical(self, text: str) -> bool:
        return _any_match(self.hypothetical, text)


def _any_match(patterns: Iterable[re.Pattern[str]], text: str) -> bool:
    return any(pattern.search(text) for pattern in patterns)


def _compile_all(tag: str, field: str, patterns: object) -> tuple[re.Pattern[str], ...]:
    """Compile a list of patterns in canonical spelling; a bad rule names its file and field."""
    if not isinstance(patterns, list) or not patterns:
        raise ValueError(f"urgent/{tag}.json: {field} must be a non-empty list of regexes")
    compiled = []
    for pattern in patterns:
        if not isinstance(pattern, str) or not pattern.strip():
            raise ValueError(f"urgent/{tag}.json: {field}: empty or non-string pattern")
        try:
            compiled.append(re.compile(canonical(pattern)))
        except re.error as error:
            raise ValueError(f"urgent/{tag}.json: {field}: {pattern!r}: {error}") from error
    return tuple(compiled)


def _parse_rules(tag: str, data: object) -> UrgentRules:
    if not isinstance(data, dict):
        raise ValueError(f"urgent/{tag}.json: expected an object")
    message = data.get("message")
    symptoms = data.get("symptoms")
    if not isinstance(message, str) or not message.strip():
        raise ValueError(f"urgent/{tag}.json: message must be a non-empty string")
    if not isinstance(symptoms, dict) or not symptoms:
        raise ValueError(f"urgent/{tag}.json: symptoms must be a non-empty object")
    return UrgentRules(
        locale=tag,
        message=message.strip(),
        symptoms=MappingProxyType(
            {name: _compile_all(tag, f"symptoms.{name}", p) for name, p in symptoms.items()}
        ),
        hypothetical=_compile_all(tag, "hypothetical", data.get("hypothetical")),
        personal=_compile_all(tag, "personal", data.get("personal")),
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


def _page_locale(locale: object, table: Mapping[str, UrgentRules]) -> str:
    if isinstance(locale, str) and locale in table:
        return locale
    matched = match_locale(locale) if isinstance(locale, str) else None
    return matched if matched in table else DEFAULT_LOCALE


def matched_symptoms(text: str) -> list[tuple[str, str]]:
    """(locale, symptom) pairs whose patterns match ``text``: for logs, tests and review."""
    if not isinstance(text, str) or not text.strip():
        return []
    canon = canonical(text[:MAX_CHARS])
    hits = ((tag, rules.symptom(canon)) for tag, rules in rule_table().items())
    return [(tag, name) for tag, name in hits if name]


def urgent_alert(text: str, locale: str) -> Alert | None:
    """An urgent-care alert in the page's language when ``text`` describes an emergency.

    Personal/hypothetical cues are read in the page's language and in every language whose
    symptom patterns matched, so a Spanish statement on the English page is judged as Spanish.
    """
    if not isinstance(text, str) or not text.strip():
        return None
    table = rule_table()
    page = _page_locale(locale, table)
    canon = canonical(text[:MAX_CHARS])
    matched = [rules for rules in table.values() if rules.symptom(canon)]
    if not matched:
        return None
    judges = {page: table[page], **{rules.locale: rules for rules in matched}}.values()
    personal = any(rules.is_personal(canon) for rules in judges)
    if personal or not any(rules.is_hypothetical(canon) for rules in judges):
        return Alert(kind=ALERT_KIND, message=table[page].message)
    return None

"""A negation in a question that asks for a yes: "it won't hurt, will it?" asks whether it hurts.

Kept as a search word ("what if I can't have the MRI" matches the pair on patients who cannot
have one), a negation in such a question matched whatever pair said "not": "it doesnt hurt
while theyre doing it does it" took the risks pair at 0.94, and "I won't have to stay in
overnight, will I?" the limitations pair. Data: ``faqsvc/data/negation.json``.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

from faqsvc.analysis import language_of
from faqsvc.answering.address import tag_at_end
from faqsvc.answering.message import SENTENCE

__all__ = ["asks_for_a_yes", "is_negation"]


@lru_cache(maxsize=1)
def _data() -> dict:
    path = resources.files("faqsvc") / "data" / "negation.json"
    return json.loads(path.read_text(encoding="utf-8"))


@lru_cache(maxsize=16)
def _words(language: str) -> frozenset[str]:
    return frozenset(_data()["words"].get(language, "").split())


@lru_cache(maxsize=16)
def _sentence_forms(language: str) -> tuple[tuple[re.Pattern, ...], ...]:
    forms = _data()["sentences"].get(language, [])
    return tuple(tuple(re.compile(p, re.I) for p in patterns) for patterns in forms)


def is_negation(locale: str, word: str) -> bool:
    """Whether ``word`` negates ("doesn't", "doesnt", "nicht", "não")."""
    return word.lower().replace("'", "").replace("\u2019", "") in _words(language_of(locale))


def asks_for_a_yes(text: str, locale: str) -> list[range]:
    """Character spans of the sentences of ``text`` that ask for a yes: closed by a tag ("...,
    will I?"), or built as a negative question ("Isn't it too late?", "it doesnt hurt while
    theyre doing it does it")."""
    forms = _sentence_forms(language_of(locale))
    spans = []
    for found in SENTENCE.finditer(text):
        sentence = found.group()
        if tag_at_end(sentence, locale) or any(
            all(p.search(sentence) for p in form) for form in forms
        ):
            spans.append(range(*found.span()))
    return spans

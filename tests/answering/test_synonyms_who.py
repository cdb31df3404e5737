"""A synonym member that asks "who" finds its group but is never looked for in a pair.

"Who performs the procedure" without its stop words is "performs procedure": credited in a
pair, it made every passage saying the procedure is performed an answer to who does it.
"""

from __future__ import annotations

import pytest

from faqsvc.answering.synonyms import found_groups, groups

WHO_ASKED = [
    # (locale, query, the group's canonical term, words a pair must not be credited with)
    (
        "en",
        "Who actually does it - a surgeon, or someone else?",
        "interventional radiologist",
        {"perform", "procedur", "oper", "inject", "cement"},
    ),
    ("fr", "qui fait l'intervention ?", "radiologue interventionnel", {"inject", "oper", "piqu"}),
    ("pt", "quem faz o procedimento?", "radiologista intervencionista", {"faz", "realiz", "oper"}),
]


def _credited(locale: str, text: str, canonical: str) -> tuple[set[str], list[set[str]]]:
    """The one-word members a pair is credited for, and the many-word ones (all or nothing)."""
    found = [f for f in found_groups(locale, text) if groups(locale)[f.group][0] == canonical]
    assert found, f"{canonical!r} not found in {text!r}"
    return set(found[0].words), [set(p) for p in found[0].phrases]


@pytest.mark.parametrize(("locale", "text", "canonical", "generic"), WHO_ASKED)
def test_a_who_member_is_never_credited_in_a_pair(
    locale: str, text: str, canonical: str, generic: set[str]
) -> None:
    words, phrases = _credited(locale, text, canonical)
    assert not generic & words
    assert not [p for p in phrases if p <= generic]
    assert {"radiolog", "radiologu"} & words  # the leaflets' own word still is

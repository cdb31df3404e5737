"""Confidence: the share of the query a passage covers, with synonyms and phrases credited."""

from __future__ import annotations

import pytest

from faqsvc.analysis import analysis_for
from faqsvc.confidence import SYNONYM_CREDIT, coverage
from faqsvc.query import analyze


def _tokens(locale: str, text: str) -> frozenset[str]:
    return frozenset(t.text for t in analysis_for(locale).text(text))


@pytest.mark.parametrize(
    ("query", "passage", "expected"),
    [
        ("drive", "Do not get behind the wheel for two weeks.", SYNONYM_CREDIT),
        ("drive", "Fractures can follow a car accident.", 0.0),
        ("drive", "Please drive carefully.", 1.0),
        ("blood thinner", "Stop the anticoagulant before the procedure.", SYNONYM_CREDIT),
    ],
)
def test_coverage_credits_words_synonyms_and_whole_phrases(real_index, query, passage, expected):
    analyzed = analyze(real_index, "en", query)
    assert coverage(analyzed, _tokens("en", passage)) == pytest.approx(expected)


def test_coverage_is_the_weighted_share_of_concepts(real_index):
    analyzed = analyze(real_index, "en", "cement leakage")
    half = coverage(analyzed, _tokens("en", "leakage"))
    assert 0 < half < 1
    assert coverage(analyzed, _tokens("en", "cement leakage")) == pytest.approx(1.0)

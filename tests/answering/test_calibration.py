"""The calibrated confidence: features from what search computed, a shipped logistic model."""

from __future__ import annotations

import json
import random

import pytest

from faqsvc.answering import calibration
from faqsvc.answering.calibration import FEATURES, Signals
from faqsvc.answering.search import MIN_CONFIDENCE, candidates, search


def _signals(coverage: float, question: float = 1.0, echo: float = 1.0) -> Signals:
    return Signals(coverage, question, 1.0, 0.0, False, echo, False)


def _row(signals: list[Signals], place: int) -> dict[str, float]:
    return dict(zip(FEATURES, calibration.feature_rows(signals)[place], strict=True))


def test_margin_and_crowd_compare_a_candidate_with_the_others():
    found = [_signals(1.0), _signals(1.0), _signals(0.5)]
    leader, last = _row(found, 0), _row(found, 2)
    assert leader["margin"] == 0.0 and leader["crowd"] == 0.5  # one of two others as good
    assert last["margin"] == -0.5 and last["crowd"] == 1.0
    alone = _row([_signals(0.8)], 0)
    assert alone["margin"] == 0.8 and alone["crowd"] == 0.0


def test_echo_counts_only_when_the_question_is_asked_the_same_way():
    same = Signals(1.0, 1.0, 1.0, 1.0, False, 0.9, False)
    other = Signals(1.0, 1.0, 1.0, 0.0, False, 0.9, True)
    assert _row([same], 0)["echo"] == 0.9
    assert _row([other], 0)["echo"] == 0.0


def test_a_pair_that_matches_like_every_other_is_less_likely_right():
    """The issue's first requirement: words that match most candidates equally ("pain" in a
    leaflet about back pain) do not make a confident answer."""
    model = calibration.shipped_model()
    alone = calibration.feature_rows([_signals(1.0), _signals(0.2), _signals(0.1)])[0]
    crowded = calibration.feature_rows([_signals(1.0)] * 3)[0]
    assert model.probability(crowded) < model.probability(alone)


def test_the_model_rises_with_coverage_and_with_the_question_asked():
    model = calibration.shipped_model()
    assert model.probability(_row_of(0.9)) > model.probability(_row_of(0.4))
    assert model.probability(_row_of(0.9, echo=1.0)) > model.probability(_row_of(0.9, echo=0.2))


def _row_of(coverage: float, echo: float = 0.5) -> tuple[float, ...]:
    return calibration.feature_rows([_signals(coverage, echo=echo)])[0]


def test_a_model_fitted_for_other_features_is_refused():
    data = json.loads(json.dumps({"features": ["coverage"], "intercept": 0, "weights": [1]}))
    with pytest.raises(ValueError, match="make calibrate"):
        calibration.model_from_dict(data)


def test_search_shows_the_probability_likeliest_first(real_index):
    result = search(real_index, "what are the risks of vertebroplasty", "en", limit=5)
    scores = [hit.score for hit in result.results]
    assert scores and all(s >= MIN_CONFIDENCE for s in scores)
    assert scores == sorted(scores, reverse=True)
    ranked = candidates(real_index, "what are the risks of vertebroplasty", "en")
    chances = calibration.probabilities([s.signals for s in ranked])
    assert scores[0] == round(max(chances), 3)


def test_does_it_hurt_is_answered_by_a_pair_asked_that_way(real_index):
    """The issue's example: "does it hurt" went, at confidence 1.0, to "When should I consider
    vertebroplasty?", whose phrasing "...my back still hurts..." holds the word."""
    top = search(real_index, "does it hurt", "en").results[0]
    phrasings = [a.lower().rstrip("?") for a in (top.pair.question, *top.pair.alternates)]
    assert "does it hurt" in phrasings or "will it hurt" in phrasings


def test_search_path_computes_what_the_fitted_rows_say():
    """``probabilities`` (every search) skips building rows; it must agree with the rows the
    model was fitted on."""
    draw = random.Random(3)
    model = calibration.shipped_model()
    for size in (1, 2, 5, 40):
        found = [
            Signals(
                round(draw.random(), 1),
                round(draw.random(), 1),
                draw.random(),
                draw.random(),
                draw.random() < 0.3,
                draw.random(),
                draw.random() < 0.5,
            )
            for _ in range(size)
        ]
        rows = calibration.feature_rows(found)
        expected = [model.probability(row) for row in rows]
        assert calibration.probabilities(found) == pytest.approx(expected, abs=1e-12)
    assert calibration.probabilities([]) == []

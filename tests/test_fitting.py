"""The offline fitting behind the calibrated confidence: logistic regression and reliability."""

from __future__ import annotations

import math
import random

import pytest

from faqsvc import fitting


def test_logistic_regression_recovers_the_coefficients_it_was_drawn_from():
    draw = random.Random(17)
    rows, labels = [], []
    for _ in range(4000):
        x, y = draw.uniform(-2, 2), draw.uniform(0, 1)
        chance = 1 / (1 + math.exp(-(-1.0 + 2.0 * x - 1.5 * y)))
        rows.append((x, y))
        labels.append(int(draw.random() < chance))
    intercept, weights = fitting.fit_logistic(rows, labels, l2=0.01)
    assert intercept == pytest.approx(-1.0, abs=0.25)
    assert weights[0] == pytest.approx(2.0, abs=0.25)
    assert weights[1] == pytest.approx(-1.5, abs=0.35)


def test_the_penalty_shrinks_coefficients_but_not_the_intercept():
    rows = [(float(n % 2),) for n in range(200)]
    labels = [n % 2 for n in range(200)]  # perfectly separable: unpenalised weights diverge
    loose = fitting.fit_logistic(rows, labels, l2=0.1)[1][0]
    tight = fitting.fit_logistic(rows, labels, l2=10.0)[1][0]
    assert 0 < tight < loose


def test_reliability_bins_and_expected_calibration_error():
    predicted = [0.05, 0.05, 0.95, 0.95, 0.55, 0.55]
    right = [False, False, True, True, True, False]
    bins = fitting.reliability(predicted, right)
    assert [(b.count, b.share_right) for b in bins] == [(2, 0.0), (2, 0.5), (2, 1.0)]
    # each bin is 0.05 off (0.05 vs 0, 0.55 vs 0.5, 0.95 vs 1)
    assert fitting.expected_calibration_error(predicted, right) == pytest.approx(0.05)


def test_a_calibrated_forecast_has_no_calibration_error():
    predicted = [0.25] * 8 + [1.0] * 2
    right = [True, True] + [False] * 6 + [True, True]
    assert fitting.expected_calibration_error(predicted, right) == pytest.approx(0.0)
    assert fitting.expected_calibration_error([], []) == 0.0

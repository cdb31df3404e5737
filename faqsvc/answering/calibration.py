"""The probability that a candidate pair answers the query, from signals search already has.

Coverage (``confidence.confidence``) says a pair holds the query's words; it cannot say whether
the pair answers *this* question rather than mentioning its words, which every pair about a
painful fracture does for "does it hurt". How coverage combines with discriminativeness (how
many other candidates cover the query as well), the margin to the runner-up, the share the
pair's own questions cover, BM25F and question-word agreement is fitted on labelled questions
(``scripts/calibrate.py``, ``make calibrate``) as a logistic model whose coefficients ship as
data (``faqsvc/data/calibration.json``), so the threshold reads as a probability of being right.

Every feature comes from numbers search computed for ranking: the model adds a few arithmetic
operations per candidate, no index reads.
"""

from __future__ import annotations

import json
import math
import operator
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import NamedTuple

# Candidates within this much coverage of one another are "as good" for the crowd signal.
CROWD_BAND = 0.1
FEATURES = (
    "coverage",  # the hand-set confidence: share of the query the pair and its best unit cover
    "question",  # share of the query the pair's question or one of its phrasings covers
    "relevance",  # BM25F over the best BM25F of the same search
    "margin",  # coverage minus the best other candidate's
    "question_margin",  # question share minus the best other candidate's
    "crowd",  # share of the other candidates within CROWD_BAND of this coverage
    "form",  # share of the query's question words the pair's question shares
    "position",  # log(1 + place in the ranking)
    "corrected",  # 1 when a word of the query was spelling-corrected
    "question_crowd",  # share of the other candidates whose questions cover it as well
    "echo",  # a question or phrasing's coverage times the share of its words the query says,
    # when the query's question words (if any) are among the pair question's
)


class Signals(NamedTuple):
    """What search knows about one candidate before the model combines it."""

    coverage: float
    question: float
    relevance: float
    form: float
    corrected: bool
    echo: float
    other_form: bool  # the query has question words and the pair's question none of them


@dataclass(frozen=True)
class Model:
    """A logistic model over FEATURES, then a second one over its score (``slope``,
    ``offset``) fitted on the candidate search shows first: the likeliest of twenty is
    likelier to look better than it is, and the threshold is about that one."""

    intercept: float
    weights: tuple[float, ...]
    slope: float = 1.0
    offset: float = 0.0

    def score(self, row: tuple[float, ...]) -> float:
        return self.intercept + sum(map(operator.mul, self.weights, row))

    def probability(self, row: tuple[float, ...]) -> float:
        z = self.slope * self.score(row) + self.offset
        return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))


def _runner_up(values: list[float], own: float) -> float:
    """The best of ``values`` (sorted, best first) once ``own`` is taken out."""
    if values and values[0] != own:
        return values[0]
    return values[1] if len(values) > 1 else 0.0


def feature_rows(signals: list[Signals]) -> list[tuple[float, ...]]:
    """One row of FEATURES per candidate; ``signals`` holds every candidate of one search in
    rank order, since crowd and margins compare them."""
    coverages = sorted((s.coverage for s in signals), reverse=True)
    questions = sorted((s.question for s in signals), reverse=True)
    ascending = coverages[::-1]
    asked = questions[::-1]
    others = max(1, len(signals) - 1)
    rows = []
    for position, item in enumerate(signals):
        crowd = len(ascending) - bisect_left(ascending, item.coverage - CROWD_BAND) - 1
        asked_as_well = len(asked) - bisect_left(asked, item.question - CROWD_BAND) - 1
        rows.append(
            (
                item.coverage,
                item.question,
                item.relevance,
                item.coverage - _runner_up(coverages, item.coverage),
                item.question - _runner_up(questions, item.question),
                crowd / others,
                item.form,
                math.log1p(position),
                1.0 if item.corrected else 0.0,
                asked_as_well / others,
                0.0 if item.other_form else item.echo,
            )
        )
    return rows


def probabilities(signals: list[Signals], model: Model | None = None) -> list[float]:
    """``model.probability`` of each of ``feature_rows(signals)``, computed without the rows:
    this runs on every search (a test checks the two agree)."""
    if not signals:
        return []
    model = model or shipped_model()
    coverages = sorted((s.coverage for s in signals), reverse=True)
    questions = sorted((s.question for s in signals), reverse=True)
    ascending, asked = coverages[::-1], questions[::-1]
    size, others = len(signals), max(1, len(signals) - 1)
    w = model.weights
    best, second = coverages[0], coverages[1] if size > 1 else 0.0
    best_asked, second_asked = questions[0], questions[1] if size > 1 else 0.0
    chances = []
    for position, item in enumerate(signals):
        coverage, question = item.coverage, item.question
        z = (
            model.intercept
            + w[0] * coverage
            + w[1] * question
            + w[2] * item.relevance
            + w[3] * (coverage - (second if coverage == best else best))
            + w[4] * (question - (second_asked if question == best_asked else best_asked))
            + w[5] * (size - bisect_left(ascending, coverage - CROWD_BAND) - 1) / others
            + w[6] * item.form
            + w[7] * math.log1p(position)
            + (w[8] if item.corrected else 0.0)
            + w[9] * (size - bisect_left(asked, question - CROWD_BAND) - 1) / others
            + (0.0 if item.other_form else w[10] * item.echo)
        )
        z = model.slope * z + model.offset
        chances.append(1 / (1 + math.exp(-max(-30.0, min(30.0, z)))))
    return chances


@cache
def shipped_model() -> Model:
    path = resources.files("faqsvc") / "data" / "calibration.json"
    return model_from_dict(json.loads(path.read_text(encoding="utf-8")))


def model_from_dict(data: dict) -> Model:
    if tuple(data["features"]) != FEATURES:
        raise ValueError("calibration.json was fitted for other features: run make calibrate")
    weights = tuple(float(w) for w in data["weights"])
    slope, offset = float(data.get("slope", 1.0)), float(data.get("offset", 0.0))
    return Model(float(data["intercept"]), weights, slope, offset)

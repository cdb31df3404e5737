"""Offline fitting for the calibration model: logistic regression and its reliability.

Nine features and a few thousand labelled candidates need no numerical library: Newton's
method on the L2-penalised log-likelihood converges in a handful of steps, and keeping it here
keeps numpy and scikit-learn out of the service's dependencies for one command editors rarely run.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

Row = Sequence[float]


def _sigmoid(z: float) -> float:
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))


def _solve(matrix: list[list[float]], vector: list[float]) -> list[float]:
    """Gaussian elimination with partial pivoting (the Hessian is small and positive definite)."""
    n = len(vector)
    a = [row[:] + [vector[i]] for i, row in enumerate(matrix)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(a[r][col]))
        a[col], a[pivot] = a[pivot], a[col]
        for r in range(n):
            if r != col and a[col][col]:
                factor = a[r][col] / a[col][col]
                a[r] = [x - factor * y for x, y in zip(a[r], a[col], strict=True)]
    return [a[i][n] / a[i][i] if a[i][i] else 0.0 for i in range(n)]


def fit_logistic(
    rows: list[Row],
    labels: list[int],
    weights: list[float] | None = None,
    l2: float = 1.0,
    steps: int = 25,
) -> tuple[float, list[float]]:
    """Intercept and coefficients maximising the weighted, L2-penalised likelihood (the
    intercept is not penalised)."""
    weights = weights or [1.0] * len(rows)
    size = len(rows[0]) + 1
    beta = [0.0] * size
    for _ in range(steps):
        gradient = [0.0] * size
        hessian = [[0.0] * size for _ in range(size)]
        for row, label, weight in zip(rows, labels, weights, strict=True):
            x = (1.0, *row)
            p = _sigmoid(sum(b * v for b, v in zip(beta, x, strict=True)))
            for i in range(size):
                gradient[i] += weight * (label - p) * x[i]
                for j in range(i, size):
                    hessian[i][j] += weight * p * (1 - p) * x[i] * x[j]
        for i in range(1, size):
            gradient[i] -= l2 * beta[i]
            hessian[i][i] += l2
        for i in range(size):
            for j in range(i):
                hessian[i][j] = hessian[j][i]
        step = _solve(hessian, gradient)
        beta = [b + s for b, s in zip(beta, step, strict=True)]
        if max(abs(s) for s in step) < 1e-7:
            break
    return beta[0], beta[1:]


@dataclass(frozen=True)
class Bin:
    low: float
    high: float
    count: int
    mean_predicted: float
    share_right: float


def reliability(predicted: list[float], right: list[bool], bins: int = 10) -> list[Bin]:
    """Equal-width bins of predicted probability with how often those predictions were right."""
    table = []
    for b in range(bins):
        low, high = b / bins, (b + 1) / bins
        members = [
            (p, r)
            for p, r in zip(predicted, right, strict=True)
            if low <= p < high or (b == bins - 1 and p == 1.0)
        ]
        if members:
            mean = sum(p for p, _ in members) / len(members)
            share = sum(1 for _, r in members if r) / len(members)
            table.append(Bin(low, high, len(members), mean, share))
    return table


def expected_calibration_error(predicted: list[float], right: list[bool], bins: int = 10) -> float:
    """The count-weighted gap between predicted probability and observed accuracy."""
    total = len(predicted)
    if not total:
        return 0.0
    table = reliability(predicted, right, bins)
    return sum(b.count * abs(b.mean_predicted - b.share_right) for b in table) / total

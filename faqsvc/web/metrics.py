"""Prometheus metrics: requests by route template and status, latency, searches per locale, build.

Labels are route templates (``/faq/{pair_id}``), statuses and supported locales: a bounded set,
and never a query or a path a client typed. Under gunicorn every worker writes its samples to the
multiprocess directory (faqsvc.metrics_dir) and ``/metrics`` sums them; in one process (tests,
``faqsvc serve`` with one worker and no directory) the app's own registry answers.
"""

from __future__ import annotations

import os
import time
from datetime import UTC, datetime

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Histogram,
    generate_latest,
    multiprocess,
)
from prometheus_client.core import GaugeMetricFamily, InfoMetricFamily

from faqsvc.web.build import build_id

LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)
UNMATCHED = "unmatched"


class BuildCollector:
    """The build served (id, time) and its age, read from the index at scrape time."""

    def __init__(self, index) -> None:
        self.index = index

    def collect(self):
        manifest = self.index.manifest
        info = InfoMetricFamily("faqsvc_build", "The index build being served")
        info.add_metric([], {"build_id": build_id(manifest), "built_at": _text(manifest)})
        yield info
        age = GaugeMetricFamily("faqsvc_build_age_seconds", "Seconds since the index was built")
        built = _built_at(manifest)
        age.add_metric([], time.time() - built if built else float("nan"))
        yield age


def _text(manifest: dict) -> str:
    return str(manifest.get("built_at") or "")


def _built_at(manifest: dict) -> float | None:
    try:
        when = datetime.strptime(_text(manifest), "%Y-%m-%dT%H:%M:%SZ")
    except ValueError:
        return None
    return when.replace(tzinfo=UTC).timestamp()


class Metrics:
    """The app's instruments, registered on a registry of its own (one per app)."""

    def __init__(self, index) -> None:
        self.index = index
        self.registry = CollectorRegistry()
        self.requests = Counter(
            "faqsvc_http_requests",
            "HTTP requests answered, by method, route template and status",
            ["method", "route", "status"],
            registry=self.registry,
        )
        self.latency = Histogram(
            "faqsvc_http_request_duration_seconds",
            "Time to answer, by method and route template",
            ["method", "route"],
            buckets=LATENCY_BUCKETS,
            registry=self.registry,
        )
        self.searches = Counter(
            "faqsvc_searches",
            "Searches by locale and outcome: answered or declined (no good answer)",
            ["locale", "outcome"],
            registry=self.registry,
        )
        self.urgent = Counter(
            "faqsvc_urgent_searches",
            "Searches that got an urgent-care notice, by locale",
            ["locale"],
            registry=self.registry,
        )
        self.registry.register(BuildCollector(index))

    def observe_request(self, method: str, route: str, status: int, seconds: float) -> None:
        self.requests.labels(method, route, str(status)).inc()
        self.latency.labels(method, route).observe(seconds)

    def observe_search(self, result) -> None:
        outcome = "answered" if result.results else "declined"
        self.searches.labels(result.lang, outcome).inc()
        if any(alert.kind == "urgent" for alert in result.alerts):
            self.urgent.labels(result.lang).inc()

    def exposition(self) -> bytes:
        if not os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
            return generate_latest(self.registry)
        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry)
        registry.register(BuildCollector(self.index))
        return generate_latest(registry)


class MetricsResource:
    """``GET /metrics``: the Prometheus text format. Keep it off the public internet (README)."""

    def __init__(self, metrics: Metrics) -> None:
        self.metrics = metrics

    def on_get(self, req, resp) -> None:
        resp.data = self.metrics.exposition()
        resp.content_type = CONTENT_TYPE_LATEST

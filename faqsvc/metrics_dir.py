"""Where gunicorn's workers keep their Prometheus samples (prometheus-client's multiprocess mode).

Each worker writes its counters to files in ``PROMETHEUS_MULTIPROC_DIR`` and ``/metrics`` sums
them. The directory must exist before prometheus_client is first imported, must not be shared
with another server, and must start empty: gunicorn_conf.py calls :func:`prepare` before the app
loads, :func:`worker_exited` when a worker dies and :func:`remove` when the server stops.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

ENV = "PROMETHEUS_MULTIPROC_DIR"
_OWNED = "FAQSVC_OWNS_METRICS_DIR"


def prepare() -> Path:
    """A private (0700) temporary directory unless the operator chose one; stale samples go."""
    chosen = os.environ.get(ENV)
    if chosen:
        path = Path(chosen)
        path.mkdir(parents=True, exist_ok=True)
        for stale in path.glob("*.db"):
            stale.unlink(missing_ok=True)
        return path
    path = Path(tempfile.mkdtemp(prefix="faqsvc-metrics-"))
    os.environ[ENV] = str(path)
    os.environ[_OWNED] = str(path)
    return path


def worker_exited(pid: int) -> None:
    """A dead worker's live gauges go; its counters stay, so totals never go backwards."""
    if os.environ.get(ENV):
        from prometheus_client import multiprocess

        multiprocess.mark_process_dead(pid)


def remove() -> None:
    """The server stops: the directory goes too, when it was ours."""
    owned = os.environ.get(_OWNED)
    if owned and owned == os.environ.get(ENV):
        shutil.rmtree(owned, ignore_errors=True)

"""Start a real gunicorn serving faqsvc on a free loopback port, for eval, bench and tests."""

from __future__ import annotations

import contextlib
import http.client
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator

START_SECONDS = 60  # a worker loads the index and word lists; a busy machine is slow at it


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def get_json(url: str, timeout: float = 10) -> dict:
    with urllib.request.urlopen(url, timeout=timeout) as response:  # noqa: S310 - loopback only
        return json.loads(response.read())


@contextlib.contextmanager
def running_server(
    env: dict | None = None, workers: int = 2, log_path: str | os.PathLike | None = None
) -> Iterator[str]:
    """Yield the base URL of a gunicorn started for this block, and stop it afterwards.

    With ``log_path`` every line the server writes (access and error logs) goes to that file."""
    with gunicorn_server(env, workers, log_path) as (base, _):
        yield base


@contextlib.contextmanager
def gunicorn_server(
    env: dict | None = None, workers: int = 2, log_path: str | os.PathLike | None = None
) -> Iterator[tuple[str, subprocess.Popen]]:
    """The base URL and the gunicorn master process (to signal it), stopped afterwards."""
    port = free_port()
    command = [
        sys.executable,
        "-m",
        "faqsvc.cli",
        "serve",
        "--bind",
        f"127.0.0.1:{port}",
        "--workers",
        str(workers),
    ]
    # A file, never a pipe: nobody reads a pipe while the server runs, so a chatty server would
    # block once it filled, and reading it before the server exits never ends (a start slowed
    # past the deadline on a busy machine hung the caller for good).
    log_file = open(log_path, "w+b") if log_path else tempfile.TemporaryFile()  # noqa: SIM115
    process = subprocess.Popen(
        command,
        # eval and bench send many requests from one address: no rate limit unless asked
        env={"FAQSVC_RATE_LIMIT": "0", **os.environ, **(env or {})},
        stdout=log_file if log_path else subprocess.DEVNULL,
        stderr=log_file,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + START_SECONDS
        while True:
            try:
                get_json(f"{base}/healthz", timeout=1)
                break
            except (urllib.error.URLError, ConnectionError, OSError):
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(_output(log_file)) from None
                time.sleep(0.2)
        yield base, process
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
        log_file.close()


def worker_pids(master_pid: int) -> list[int]:
    """The gunicorn master's children (its workers), from /proc."""
    path = f"/proc/{master_pid}/task/{master_pid}/children"
    with open(path) as handle:
        return [int(pid) for pid in handle.read().split()]


class Load:
    """Client threads asking ``urls`` in turn until stopped, counting answers by status and
    failures (refused or reset connections) by kind. For tests and measurements on loopback."""

    def __init__(self, urls: list[str], clients: int = 3, timeout: float = 10) -> None:
        import threading
        from collections import Counter

        self.urls, self.timeout = urls, timeout
        self.statuses: Counter = Counter()
        self.failures: Counter = Counter()
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._threads = [threading.Thread(target=self._run, daemon=True) for _ in range(clients)]

    def _one(self, url: str) -> None:
        try:
            with urllib.request.urlopen(url, timeout=self.timeout) as response:  # noqa: S310
                response.read()
                outcome, bucket = response.status, self.statuses
        except urllib.error.HTTPError as error:
            outcome, bucket = error.code, self.statuses
        except (urllib.error.URLError, OSError, http.client.HTTPException) as error:
            reason = getattr(error, "reason", error)
            outcome, bucket = type(reason).__name__, self.failures
        with self._lock:
            bucket[outcome] += 1

    def _run(self) -> None:
        turn = 0
        while not self._stop.is_set():
            self._one(self.urls[turn % len(self.urls)])
            turn += 1

    @property
    def total(self) -> int:
        return sum(self.statuses.values()) + sum(self.failures.values())

    def failed(self) -> int:
        """Requests that did not get a 2xx/3xx/4xx answer."""
        bad = sum(n for status, n in self.statuses.items() if status >= 500)
        return bad + sum(self.failures.values())

    def __enter__(self) -> Load:
        for thread in self._threads:
            thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        for thread in self._threads:
            thread.join(timeout=self.timeout + 5)


def _output(log_file) -> str:
    """The last of what the server wrote so far (it may still be running)."""
    log_file.flush()
    log_file.seek(0)
    return log_file.read().decode(errors="replace")[-2000:]

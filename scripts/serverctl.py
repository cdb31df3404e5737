"""Start a real gunicorn serving faqsvc on a free loopback port, for eval, bench and tests."""

from __future__ import annotations

import contextlib
import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator


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
    log_file = open(log_path, "wb") if log_path else None  # noqa: SIM115 - closed below
    process = subprocess.Popen(
        command,
        env={**os.environ, **(env or {})},
        stdout=log_file or subprocess.DEVNULL,
        stderr=log_file or subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                get_json(f"{base}/healthz", timeout=1)
                break
            except (urllib.error.URLError, ConnectionError, OSError):
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(_output(process, log_path)) from None
                time.sleep(0.2)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
        if log_file:
            log_file.close()


def _output(process: subprocess.Popen, log_path) -> str:
    if log_path:
        with open(log_path, "rb") as handle:
            return handle.read().decode(errors="replace")[-2000:]
    return process.stderr.read().decode()[-2000:]

"""Operating figures on a real gunicorn over the real corpus (loopback): throughput of the
worker models, failures across build/swap/prune and with a worker killed, and how long two
slow clients make the service unavailable. Prints JSON; the README quotes the figures.

    python scripts/opscheck.py [--slow-seconds 20] [--worker-class sync]
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import socket
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

from serverctl import Load, gunicorn_server, worker_pids

from faqsvc import index
from faqsvc.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
SEARCHES = [
    "/api/v1/search?q=cement+leak&lang=es",
    "/api/v1/search?q=how+long+before+I+can+drive&lang=en",
    "/api/v1/search?q=%E6%9C%AF%E5%90%8E%E7%96%BC%E7%97%9B&lang=zh-CN",
    "/api/v1/topics?lang=fr",
]


def wait_for(condition, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while not condition() and time.monotonic() < deadline:
        time.sleep(0.05)


def throughput(base: str, seconds: float, clients: int) -> dict:
    with Load([base + u for u in SEARCHES], clients=clients) as load:
        time.sleep(seconds)
    return {"requests_per_s": round(load.total / seconds), "failed": load.failed()}


def rebuilds_under_load(base: str, settings: Settings, builds: int) -> dict:
    with Load([base + u for u in SEARCHES], clients=3) as load:
        for _ in range(builds):
            index.build(settings)
        time.sleep(1)
    return {"requests": load.total, "failed": load.failed(), "statuses": dict(load.statuses)}


def worker_killed_under_load(base: str, master_pid: int) -> dict:
    with Load([base + u for u in SEARCHES], clients=3) as load:
        time.sleep(1)
        victim = worker_pids(master_pid)[0]
        os.kill(victim, signal.SIGKILL)
        wait_for(lambda: len(set(worker_pids(master_pid)) - {victim}) >= 2)
        time.sleep(2)
    return {"requests": load.total, "failed": load.failed(), "failures": dict(load.failures)}


def slow_client(base: str, pause: float, stop: threading.Event) -> None:
    host, port = base.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port))) as sock:
        sock.sendall(b"GET /api/v1/topics HTTP/1.1\r\nHost: x\r\n")
        for n in range(1000):
            if stop.wait(pause):
                return
            try:
                sock.sendall(f"X-Slow-{n}: 1\r\n".encode())
            except OSError:
                return


def unavailable_with_slow_clients(base: str, seconds: float) -> dict:
    """Longest gap between answered probes while two clients send a header line every 5 s."""
    stop = threading.Event()
    slow = [threading.Thread(target=slow_client, args=(base, 5.0, stop)) for _ in range(2)]
    for thread in slow:
        thread.start()
    last_ok, longest, answered = time.monotonic(), 0.0, 0
    end = last_ok + seconds
    while time.monotonic() < end:
        try:
            with urllib.request.urlopen(base + SEARCHES[0], timeout=35) as response:
                response.read()
            answered += 1
            now = time.monotonic()
            longest, last_ok = max(longest, now - last_ok), now
        except OSError:
            pass
        time.sleep(0.1)
    stop.set()
    for thread in slow:
        thread.join()
    return {"longest_gap_s": round(longest, 2), "probes_answered": answered}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--slow-seconds", type=float, default=20)
    parser.add_argument("--seconds", type=float, default=8)
    parser.add_argument("--worker-class", help="override (e.g. sync) to compare")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp())
    settings = Settings(ROOT / "corpus", ROOT / "translations", tmp / "index")
    index.build(settings)
    env = {"FAQSVC_INDEX_DIR": str(settings.index_dir), "FAQSVC_RATE_LIMIT": "0"}
    if args.worker_class:  # gunicorn reads this after its config file
        env["GUNICORN_CMD_ARGS"] = f"--worker-class {args.worker_class} --threads 1"
    figures = {"worker_class": args.worker_class or "faqsvc.web.worker.FaqWorker"}
    with gunicorn_server(env) as (base, master):
        for clients in (4, 16):
            figures[f"throughput_{clients}_clients"] = throughput(base, args.seconds, clients)
        figures["slow_clients"] = unavailable_with_slow_clients(base, args.slow_seconds)
        if not args.worker_class:
            figures["three_builds_under_load"] = rebuilds_under_load(base, settings, 3)
            figures["worker_killed_under_load"] = worker_killed_under_load(base, master.pid)
    print(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()

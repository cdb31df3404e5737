"""Benchmarks (`make bench`): in-process search latency per locale, index build time, and HTTP
throughput of a real gunicorn on loopback. Timings live here, never in tests.

    python scripts/bench.py [--json bench-results.json] [--seconds 5]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import threading
import time
import urllib.parse
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from serverctl import get_json, running_server  # noqa: E402

from faqsvc import index  # noqa: E402
from faqsvc.answering.search import search  # noqa: E402
from faqsvc.answering.urgent import urgent_alert  # noqa: E402
from faqsvc.settings import Settings  # noqa: E402

QUERIES = {
    "en": ["how long does the cement take to set", "vertebroplasy risks", "can I eat before"],
    "es": ["cuanto tarda en endurecerse el cemento", "riesgos de la vertebroplastia"],
    "fr": ["combien de temps dois-je rester allongé", "risques infection"],
    "de": ["wie lange muss ich liegen", "Rückenschmerzen nach dem Eingriff"],
    "pt": ["quanto tempo de jejum", "riscos da vertebroplastia"],
    "zh-Hans": ["骨水泥多久会变硬", "术后要卧床多久"],
    "ar": ["كم ساعة يجب أن أستلقي", "مخاطر العملية"],
    "vi": ["xi mang bao lau thi cung", "nam bao lau sau khi bom"],
}


def percentile(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(q * len(values)))]


def bench_search(faq_index, rounds: int = 50) -> dict:
    out = {}
    for locale, queries in QUERIES.items():
        if locale not in faq_index.locales:
            continue
        search(faq_index, queries[0], locale)  # warm caches
        times = []
        for _ in range(rounds):
            for text in queries:
                start = time.perf_counter()
                search(faq_index, text, locale)
                times.append((time.perf_counter() - start) * 1000)
        out[locale] = {
            "p50_ms": round(statistics.median(times), 2),
            "p99_ms": round(percentile(times, 0.99), 2),
        }
    return out


def bench_http(seconds: float, connections: int = 4) -> dict:
    latencies: list[float] = []
    lock = threading.Lock()
    with running_server() as base:
        urls = [
            f"{base}/api/v1/search?" + urllib.parse.urlencode({"q": q, "lang": loc})
            for loc, qs in QUERIES.items()
            for q in qs
        ]
        deadline = time.monotonic() + seconds

        def worker(offset: int) -> None:
            n = offset
            while time.monotonic() < deadline:
                start = time.perf_counter()
                get_json(urls[n % len(urls)])
                with lock:
                    latencies.append((time.perf_counter() - start) * 1000)
                n += 1

        threads = [threading.Thread(target=worker, args=(i,)) for i in range(connections)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    return {
        "connections": connections,
        "requests": len(latencies),
        "req_per_s": round(len(latencies) / seconds, 1),
        "p50_ms": round(statistics.median(latencies), 2),
        "p99_ms": round(percentile(latencies, 0.99), 2),
    }


# Urgent rules run on every query, in every locale's lexicon: a question, a long story with a
# sign at the end, and hostile text at the query limit (typos to repair, one long word, digits,
# a CJK run).
URGENT_TEXTS = {
    "question": "how long do I have to lie flat after the procedure?",
    "story_2000": ("I had the procedure last week and recovery was fine. " * 37)[:1980]
    + " now my legs are numb",
    "story_quiet_2000": (
        "My neighbour had it done and her legs were fine. Can I drive after? " * 30
    )[:2000],
    "typos_2000": ("blod leggs numm pian bleading chesst " * 60)[:2000],
    "one_word_2000": "a" * 2000,
    "digits_2000": "39" * 1000,
    "han_2000": "腿" * 2000,
}


def bench_urgent(rounds: int = 20) -> dict:
    urgent_alert("warm up", "en")
    out = {}
    for name, text in URGENT_TEXTS.items():
        times = []
        for _ in range(rounds):
            start = time.perf_counter()
            urgent_alert(text, "en")
            times.append((time.perf_counter() - start) * 1000)
        out[name] = {"p50_ms": round(statistics.median(times), 2), "max_ms": round(max(times), 2)}
    return out


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--json", type=Path)
    parser.add_argument("--seconds", type=float, default=5.0)
    args = parser.parse_args()
    settings = Settings.from_env()
    with tempfile.TemporaryDirectory() as tmp:
        scratch = Settings(
            corpus_dir=settings.corpus_dir,
            translations_dir=settings.translations_dir,
            index_dir=Path(tmp) / "index",
        )
        start = time.perf_counter()
        index.build(scratch)
        build_s = round(time.perf_counter() - start, 2)
    results = {
        "build_seconds": build_s,
        "search": bench_search(index.open_index(settings)),
        "urgent": bench_urgent(),
        "http": bench_http(args.seconds),
    }
    print(json.dumps(results, indent=2))
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())

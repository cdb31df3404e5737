"""Benchmarks (`make bench`): in-process search latency per locale, index build time, HTTP
throughput of a real gunicorn on loopback against a bare Falcon /ping on the same settings,
and, with --bank, import, build, disk, latency, worker memory and first-request figures for a
real FAQ bank and a larger set made from it. Timings live here, never in tests.

    python scripts/bench.py [--json bench-results.json] [--seconds 5]
        [--bank ../shared/bench/medquad-pairs.jsonl.gz] [--sizes 17896,50000]
"""

from __future__ import annotations

import argparse
import gc
import gzip
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from serverctl import free_port, get_json, running_server  # noqa: E402

from faqsvc import index  # noqa: E402
from faqsvc.answering import spelling  # noqa: E402
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
FILLER = ["please", "really", "today", "now", "again", "also", "still", "maybe", "soon", "exactly"]
PATIENT = [
    "how is {} treated",
    "what causes {}",
    "what are the symptoms of {}",
    "is {} hereditary",
    "can {} be cured",
    "who gets {}",
]
CONTEXT = (
    "My mother is 78 and was told last week by her doctor that she has {}. She lives alone and "
    "I worry about her, she gets tired easily and forgets things. We read a lot online but it "
    "was confusing. What should we expect and how is {} usually treated?"
)
ROOT = Path(__file__).resolve().parents[1]


def percentile(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(q * len(values)))]


def _stats(times: list[float]) -> dict:
    return {
        "n": len(times),
        "p50_ms": round(statistics.median(times), 2),
        "p99_ms": round(percentile(times, 0.99), 2),
        "max_ms": round(max(times), 2),
    }


def _timed(faq_index, texts: list[str], locale: str) -> list[float]:
    times = []
    for text in texts:
        start = time.perf_counter()
        search(faq_index, text, locale)
        times.append((time.perf_counter() - start) * 1000)
    return times


def bench_search(faq_index, rounds: int = 30) -> dict:
    """Unique queries (a filler word varies them) so nothing is answered from a cache."""
    out = {}
    for locale, queries in QUERIES.items():
        if locale not in faq_index.locales:
            continue
        search(faq_index, queries[0], locale)
        texts = [f"{q} {FILLER[n % len(FILLER)]}" for n in range(rounds) for q in queries]
        out[locale] = _stats(_timed(faq_index, texts, locale))
    return out


def _wrk(base: str, paths: list[str], seconds: float, connections: int) -> dict:
    script = Path(tempfile.mkstemp(suffix=".lua")[1])
    quoted = ",".join(json.dumps(p) for p in paths)
    script.write_text(
        f"local paths = {{{quoted}}}\nlocal n = 0\n"
        "request = function()\n  n = n + 1\n"
        '  return wrk.format("GET", paths[(n % #paths) + 1])\nend\n'
    )
    try:
        command = [
            "wrk",
            "-t2",
            f"-c{connections}",
            f"-d{max(1, round(seconds))}s",
            "-s",
            str(script),
            base,
        ]
        output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    finally:
        script.unlink()
    line = next(x for x in output.splitlines() if x.startswith("Requests/sec"))
    errors = [x.strip() for x in output.splitlines() if "Non-2xx" in x or "Socket errors" in x]
    return {"req_per_s": float(line.split()[1]), "errors": errors}


def _ping_server(port: int):
    """A bare Falcon app on the same gunicorn settings (scripts/ping_app.py)."""
    command = [
        sys.executable,
        "-m",
        "gunicorn",
        "-c",
        str(ROOT / "faqsvc" / "gunicorn_conf.py"),
        "--bind",
        f"127.0.0.1:{port}",
        "--chdir",
        str(ROOT / "scripts"),
        "--access-logfile",
        "/dev/null",
        "ping_app:app",
    ]
    return subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def bench_http(seconds: float, connections: int = 32, rounds: int = 3) -> dict:
    """Unique-query /search throughput and bare /ping throughput, with wrk (2 threads, 32
    connections), as the issue measured: both servers up at once and measured in turns,
    ``rounds`` times, so each ratio compares the two under the same load from the machine's
    other jobs; the median ratio is the figure."""
    if shutil.which("wrk") is None:
        return {"skipped": "wrk is not installed (apt-get install wrk)"}
    paths = [
        "/api/v1/search?" + urllib.parse.urlencode({"q": f"{q} {w} {n}", "lang": loc})
        for n in range(40)
        for w in FILLER
        for loc, qs in QUERIES.items()
        for q in qs
    ]
    port = free_port()
    ping = _ping_server(port)
    turns = []
    try:
        with running_server() as base:
            _wait(f"http://127.0.0.1:{port}/ping")
            for _ in range(rounds):
                found = _wrk(base, paths, seconds, connections)
                bare = _wrk(f"http://127.0.0.1:{port}", ["/ping"], seconds, connections)
                turns.append((found, bare, found["req_per_s"] / bare["req_per_s"]))
    finally:
        ping.terminate()
        ping.wait(timeout=10)
    search_result, ping_result, ratio = sorted(turns, key=lambda t: t[2])[len(turns) // 2]
    return {
        "connections": connections,
        "unique_search": search_result,
        "ping": ping_result,
        "ratio_search_to_ping": round(ratio, 3),
        "ratios_each_round": [round(t[2], 3) for t in turns],
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


def _wait(url: str) -> None:
    deadline = time.monotonic() + 30
    while True:
        try:
            get_json(url, timeout=1)
            return
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


def _bank_rows(path: Path, size: int) -> list[dict]:
    """The bank's rows, and copies of them (new ids, the question marked) up to ``size``."""
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle]
    out = rows[:size]
    copy = 1
    while len(out) < size:
        for row in rows[: size - len(out)]:
            out.append(
                {**row, "id": f"{row['id']}-c{copy}", "question": f"{row['question']} ({copy})"}
            )
        copy += 1
    return out


def _bank_queries(rows: list[dict]) -> dict[str, list[str]]:
    rng = random.Random(13)
    focuses = sorted({r["focus"] for r in rows if r.get("focus")})
    picked = rng.sample(focuses, min(200, len(focuses)))
    words = " ".join(r["answer"] for r in rows[:300]).split()
    return {
        "patient": [PATIENT[n % len(PATIENT)].format(f.lower()) for n, f in enumerate(picked)],
        "message_300": [CONTEXT.format(f, f)[:300] for f in picked[:100]],
        "hostile_random_2000": [
            " ".join(rng.choice(words) for _ in range(400))[:2000] for _ in range(10)
        ],
        "hostile_fdfa_900": ["\ufdfa" * 900] * 5,
        "hostile_vietnamese": [
            ("Tôi bị đau lưng rất nhiều sau khi ngã, bác sĩ nói tôi bị xẹp đốt sống. " * 25)[:2000]
        ]
        * 5,
    }


def _warm(faq_index) -> None:
    """What a gunicorn worker does before its first request (startup.warm_worker)."""
    faq_index.warm()
    spelling.warm()
    for locale in faq_index.locales:
        search(faq_index, "how long does it take", locale)
    gc.freeze()


def _du(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def _first_request(settings: Settings, text: str) -> dict:
    """In a fresh process: load and warm the index as a gunicorn worker does (startup.load_app,
    then warm_worker), then time two different searches."""
    code = (
        "import sys, time\n"
        "from faqsvc.web import startup\n"
        "from faqsvc.answering.search import search\n"
        "start = time.perf_counter()\n"
        "startup.load_app()\n"
        "startup.warm_worker()\n"
        "warm = time.perf_counter() - start\n"
        "times = []\n"
        "for q in sys.argv[1:]:\n"
        "    start = time.perf_counter()\n"
        "    search(startup._loaded[0], q, 'en')\n"
        "    times.append(time.perf_counter() - start)\n"
        "print(warm, *times)\n"
    )
    env = {**os.environ, "FAQSVC_CORPUS_DIR": str(settings.corpus_dir)}
    env["FAQSVC_INDEX_DIR"] = str(settings.index_dir)
    out = subprocess.run(
        [sys.executable, "-c", code, text, text + " please"],
        capture_output=True,
        text=True,
        check=True,
        env=env,
    ).stdout.split()
    warm, first, second = (float(x) * 1000 for x in out)
    return {
        "load_and_warm_ms": round(warm),
        "first_ms": round(first, 2),
        "next_ms": round(second, 2),
    }


def _worker_rss(settings: Settings) -> dict:
    """RSS and PSS (shared pages split among processes) of each gunicorn worker after load."""
    env = {
        "FAQSVC_CORPUS_DIR": str(settings.corpus_dir),
        "FAQSVC_INDEX_DIR": str(settings.index_dir),
    }
    with running_server(env) as base:
        for q in ["how is gout treated", "what causes asthma", "symptoms of anemia"] * 10:
            get_json(f"{base}/api/v1/search?" + urllib.parse.urlencode({"q": q}))
        port = base.rsplit(":", 1)[1]
        pids = _worker_pids(port)
        out = {}
        for pid in pids:
            status = Path(f"/proc/{pid}/smaps_rollup").read_text()
            fields = {
                k: int(v.split()[0]) for k, v in (x.split(":", 1) for x in status.splitlines()[1:])
            }
            out[pid] = {
                "rss_mib": round(fields["Rss"] / 1024, 1),
                "pss_mib": round(fields["Pss"] / 1024, 1),
            }
        return {"workers": list(out.values())}


def _worker_pids(port: str) -> list[int]:
    found = []
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            cmd = (proc / "cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        if any(port.encode() in part for part in cmd) and b"gunicorn" in b" ".join(cmd):
            found.append(int(proc.name))
    return sorted(found)[1:]  # the first is the arbiter


def bench_bank(bank: Path, size: int, translations: Path) -> dict:
    rows = _bank_rows(bank, size)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        source = root / "bank.jsonl"
        source.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
        settings = Settings(
            corpus_dir=root / "corpus", translations_dir=translations, index_dir=root / "index"
        )
        env = {**os.environ, "FAQSVC_CORPUS_DIR": str(settings.corpus_dir)}
        env["FAQSVC_INDEX_DIR"], env["FAQSVC_TRANSLATIONS_DIR"] = (
            str(settings.index_dir),
            str(translations),
        )
        faqsvc = [sys.executable, "-m", "faqsvc.cli"]
        start = time.perf_counter()
        subprocess.run([*faqsvc, "ingest", "--import", str(source)], env=env, check=True)
        imported = time.perf_counter() - start
        start = time.perf_counter()
        subprocess.run([*faqsvc, "build"], env=env, check=True, stdout=subprocess.DEVNULL)
        built = time.perf_counter() - start
        faq_index = index.open_index(settings)
        _warm(faq_index)
        queries = _bank_queries(rows)
        latency = {kind: _stats(_timed(faq_index, texts, "en")) for kind, texts in queries.items()}
        return {
            "pairs": size,
            "import_s": round(imported, 1),
            "build_s": round(built, 1),
            "import_and_build_s": round(imported + built, 1),
            "index_mib": round(_du(settings.index_dir.resolve()) / 2**20, 1),
            "latency_en": latency,
            "first_request": _first_request(settings, queries["patient"][0]),
            "worker_memory": _worker_rss(settings),
        }


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--json", type=Path)
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--bank", type=Path, help="a JSONL.gz FAQ bank (minutes: optional)")
    parser.add_argument("--sizes", default="17896,50000", help="bank sizes to build and search")
    parser.add_argument("--no-http", action="store_true")
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
    seed = index.open_index(settings)
    _warm(seed)
    results: dict = {
        "seed": {
            "build_seconds": build_s,
            "index_mib": round(_du(settings.index_dir.resolve()) / 2**20, 1),
            "search": bench_search(seed),
            "first_request": _first_request(settings, QUERIES["en"][0]),
        },
        "urgent": bench_urgent(),
    }
    if not args.no_http:
        results["seed"]["http"] = bench_http(args.seconds)
        results["seed"]["worker_memory"] = _worker_rss(settings)
    if args.bank:
        sizes = [int(s) for s in args.sizes.split(",") if s]
        results["bank"] = [bench_bank(args.bank, n, settings.translations_dir) for n in sizes]
    results["targets"] = targets(results)
    print(json.dumps(results, indent=2))
    print(_table(results["targets"]))
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n")
    return 0


def _row(figure: str, value, target: str, met: bool | None) -> dict:
    return {"figure": figure, "value": value, "target": target, "met": met}


def targets(results: dict) -> list[dict]:
    """Every figure issue 13 names, with its target and whether this run met it (None: a
    figure reported, with no target)."""
    seed = results["seed"]
    rows = [_row("seed build s", seed["build_seconds"], "", None)]
    rows.append(_row("seed index MiB", seed["index_mib"], "", None))
    for locale, stats in seed["search"].items():
        rows.append(_row(f"seed {locale} p50 ms", stats["p50_ms"], "<= 2", stats["p50_ms"] <= 2))
        rows.append(_row(f"seed {locale} p99 ms", stats["p99_ms"], "<= 10", stats["p99_ms"] <= 10))
    first = seed["first_request"]
    rows.append(
        _row("seed first / next request ms", f"{first['first_ms']} / {first['next_ms']}", "", None)
    )
    http = seed.get("http", {})
    if "ratio_search_to_ping" in http:
        ratio = http["ratio_search_to_ping"]
        rows.append(_row("seed HTTP search/ping (same run)", ratio, ">= 0.25", ratio >= 0.25))
        rss = [f"{w['rss_mib']}/{w['pss_mib']}" for w in seed["worker_memory"]["workers"]]
        rows.append(_row("seed worker RSS/PSS MiB", ", ".join(rss), "", None))
    for bank in results.get("bank", []):
        rows += _bank_rows_of(bank)
    return rows


def _bank_rows_of(bank: dict) -> list[dict]:
    n = bank["pairs"]
    limit_s = 60 if n <= 17896 else 180
    build = bank["import_and_build_s"]
    rows = [
        _row(f"{n} import + build s", build, f"<= {limit_s}", build <= limit_s),
        _row(f"{n} index MiB", bank["index_mib"], "", None),
    ]
    latency = bank["latency_en"]
    patient, message = latency["patient"], latency["message_300"]
    rows.append(_row(f"{n} patient p50 ms", patient["p50_ms"], "<= 10", patient["p50_ms"] <= 10))
    rows.append(_row(f"{n} patient p99 ms", patient["p99_ms"], "<= 50", patient["p99_ms"] <= 50))
    rows.append(_row(f"{n} 300-char p99 ms", message["p99_ms"], "<= 100", message["p99_ms"] <= 100))
    for kind in ("hostile_random_2000", "hostile_fdfa_900", "hostile_vietnamese"):
        worst = latency[kind]["max_ms"]
        rows.append(_row(f"{n} {kind} max ms", worst, "<= 200", worst <= 200))
    first = bank["first_request"]
    rows.append(
        _row(f"{n} first / next request ms", f"{first['first_ms']} / {first['next_ms']}", "", None)
    )
    rss = [f"{w['rss_mib']}/{w['pss_mib']}" for w in bank["worker_memory"]["workers"]]
    rows.append(_row(f"{n} worker RSS/PSS MiB", ", ".join(rss), "", None))
    return rows


def _table(rows: list[dict]) -> str:
    marks = {True: "met", False: "NOT MET", None: ""}
    lines = [f"{'figure':40} {'value':>24} {'target':>8}  "]
    for row in rows:
        value = str(row["value"])
        lines.append(f"{row['figure']:40} {value:>24} {row['target']:>8}  {marks[row['met']]}")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())

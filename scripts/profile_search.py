"""Where a search's time goes: cProfile over the bench's unique queries, in process, per locale
(``search()``) or through the whole WSGI app (``--wsgi``: parsing, negotiation, middleware,
metrics, JSON), printing the functions that cost the most. A tool for finding what to speed
up; timings live here and in scripts/bench.py, never in tests.

    python scripts/profile_search.py [--locale de] [--wsgi] [--rounds 30] [--top 40]
    python scripts/profile_search.py --phases    # ms per search in each phase, per locale
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import sys
import urllib.parse
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench import FILLER, QUERIES  # noqa: E402

from faqsvc import index  # noqa: E402
from faqsvc.answering.search import search  # noqa: E402
from faqsvc.settings import Settings  # noqa: E402


def texts_for(locale: str, rounds: int, first: int = 0) -> list[str]:
    """Unique texts, as the bench sends them (a filler word and a number vary each)."""
    numbers = range(first, first + rounds)
    return [f"{q} {FILLER[n % len(FILLER)]} {n}" for n in numbers for q in QUERIES[locale]]


def in_process(faq_index, locales: list[str], rounds: int, first: int):
    def run() -> None:
        for locale in locales:
            for text in texts_for(locale, rounds, first):
                search(faq_index, text, locale)

    return run


def through_wsgi(settings: Settings, faq_index, locales: list[str], rounds: int, first: int):
    import falcon.testing

    from faqsvc.web.app import create_app

    client = falcon.testing.TestClient(create_app(settings, faq_index))
    paths = [
        "/api/v1/search?" + urllib.parse.urlencode({"q": text, "lang": locale})
        for locale in locales
        for text in texts_for(locale, rounds, first)
    ]

    def run() -> None:
        for path in paths:
            client.simulate_get(path.split("?")[0], query_string=path.split("?")[1])

    return run


# The phases of a search, each timed where search.py calls it (no profiler overhead)
PHASES = {
    "search": ("detect_language", "calibrated", "_hit", "_did_you_mean", "popular"),
    "query": ("analyze", "clauses"),
    "confidence": ("match",),
    "urgent": ("urgent_alert",),
    "subjects": ("named_subjects",),
}


def phases(faq_index, locales: list[str], rounds: int) -> None:
    """Median ms per search of each phase, per locale: the engine's own ``run`` and reading
    the candidates are timed on the index."""
    import statistics
    import time

    from faqsvc.answering import confidence, query, subjects, urgent
    from faqsvc.answering import search as search_module

    modules = {
        "search": search_module,
        "query": query,
        "confidence": confidence,
        "urgent": urgent,
        "subjects": subjects,
    }
    spent: dict[str, float] = {}

    def timed(name: str, function):
        def wrapper(*args, **kwargs):
            start = time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                spent[name] = spent.get(name, 0.0) + time.perf_counter() - start

        return wrapper

    for module_name, names in PHASES.items():
        for name in names:
            setattr(modules[module_name], name, timed(name, getattr(modules[module_name], name)))
    for name in ("run", "candidate"):
        setattr(faq_index, name, timed(name, getattr(faq_index, name)))
    columns = [n for names in PHASES.values() for n in names] + ["run", "candidate"]
    print(f"{'locale':8} {'total':>6} " + " ".join(f"{c[:9]:>9}" for c in columns) + "  other")
    for locale in locales:
        rows = []
        for text in texts_for(locale, rounds):
            spent.clear()
            start = time.perf_counter()
            search_module.search(faq_index, text, locale)
            rows.append({"total": time.perf_counter() - start, **spent})
        median = {k: 1000 * statistics.median(r.get(k, 0.0) for r in rows) for k in rows[0]}
        for column in columns:
            median.setdefault(column, 0.0)
        # confidence and candidates are nested in nothing else; analyze/run/match in search
        other = median["total"] - sum(median[c] for c in columns)
        cells = " ".join(f"{median[c]:9.3f}" for c in columns)
        print(f"{locale:8} {median['total']:6.2f} {cells}  {other:5.2f}")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--locale", action="append", help="default: every bench locale")
    parser.add_argument("--wsgi", action="store_true", help="through the app, not search()")
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("--sort", default="tottime")
    parser.add_argument("--phases", action="store_true", help="time each phase, no profiler")
    args = parser.parse_args()
    settings = Settings.from_env()
    faq_index = index.open_index(settings)
    faq_index.warm()
    locales = args.locale or list(QUERIES)
    if args.phases:
        texts = [t for locale in locales for t in texts_for(locale, args.rounds, 1000)]
        for locale in locales:  # the same warm-up as the profile
            for text in texts_for(locale, args.rounds, 1000):
                search(faq_index, text, locale)
        del texts
        phases(faq_index, locales, args.rounds)
        return 0
    make = through_wsgi if args.wsgi else in_process
    extra = (settings,) if args.wsgi else ()
    # A first pass of other texts fills the per-process caches a worker keeps anyway
    make(*extra, faq_index, locales, args.rounds, 1000)()
    run = make(*extra, faq_index, locales, args.rounds, 0)
    profiler = cProfile.Profile()
    profiler.enable()
    run()
    profiler.disable()
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats(args.sort).print_stats(args.top)
    print(out.getvalue())
    return 0


if __name__ == "__main__":
    sys.exit(main())

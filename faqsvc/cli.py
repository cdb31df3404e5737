"""The ``faqsvc`` command: editors' and operators' entry points, all thin over the core."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from faqsvc.errors import FaqError
from faqsvc.locales import negotiate
from faqsvc.settings import Settings


def _print_json(obj: object) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")


def _print_report(report, out) -> None:
    """What happened to one document: its metadata, pairs, dropped lines and doubts."""
    source, result = report.source, report.result
    if source is not None:
        reviewed = source.reviewed or "none given"
        print(f"  title: {source.title!r}; publisher: {source.publisher!r}", file=out)
        print(f"  date: {reviewed}; url: {source.url or 'none given'}", file=out)
    for pair in result.pairs:
        print(f"  pair {pair.id} [{pair.topic}] {pair.question}", file=out)
    print(f"  dropped {len(result.dropped)} lines", file=out)
    for dropped in result.dropped:
        print(f"    - [{dropped.rule}] {dropped.text[:100]}", file=out)
    for note in result.unsure:
        print(f"  unsure: {note}", file=out)


def _progress(description: str, unit: str):
    """A progress bar on a terminal; nothing in logs and CI (tqdm turns itself off when
    stderr is not a terminal)."""
    from tqdm import tqdm

    return tqdm(desc=description, unit=unit, disable=None, file=sys.stderr, leave=False)


def cmd_ingest(args: argparse.Namespace, settings: Settings) -> int:
    from faqsvc.ingest import pipeline

    if args.preview:
        report = pipeline.preview(Path(args.preview), args.lang)
        for pair in report.result.pairs:
            _print_json(
                {k: getattr(pair, k) for k in ("id", "question", "answer", "topic", "lang")}
            )
        print(f"{args.preview}: {len(report.result.pairs)} pairs (preview)", file=sys.stderr)
        _print_report(report, sys.stderr)
        return 0
    if args.import_file:
        from faqsvc.ingest.structured import ImportLimits

        limits = ImportLimits(settings.import_max_question_chars, settings.import_max_answer_chars)
        with _progress("checking rows", "row") as bar:
            pairs = pipeline.import_file(
                Path(args.import_file), settings.corpus_dir, limits, bar.update
            )
        print(f"imported {len(pairs)} pairs from {args.import_file}", file=sys.stderr)
        return 0
    reports = pipeline.ingest_sources(settings.corpus_dir)
    for report in reports:
        state = "changed" if report.changed else "unchanged"
        print(f"{report.source_id}: {len(report.result.pairs)} pairs ({state})")
        if args.report:
            _print_report(report, sys.stdout)
    return 0


def cmd_i18n(args: argparse.Namespace, settings: Settings) -> int:
    from faqsvc import catalogs

    if args.action == "extract":
        changed = catalogs.extract(settings.corpus_dir, settings.translations_dir)
        print(f"{settings.translations_dir / 'faq.pot'}: {'written' if changed else 'up to date'}")
        return 0
    if args.action == "compile":
        for path in catalogs.compile_all(settings.translations_dir):
            print(f"compiled {path}")
        return 0
    for row in catalogs.status(settings.corpus_dir, settings.translations_dir):
        print(
            f"{row.locale:8} {row.domain:9} translated {row.translated:4}  fuzzy {row.fuzzy:3}  "
            f"missing {row.missing:4}  stale {row.stale:3}  reviewed {row.reviewed:4}"
        )
    return 0


def cmd_build(args: argparse.Namespace, settings: Settings) -> int:
    from faqsvc import index

    if args.if_stale and index.check(settings) is None:
        print(f"{settings.index_dir}: up to date")
        return 0
    with _progress("indexing", "pair") as bar:
        manifest = index.build(settings, progress=bar.update)
    counts = ", ".join(f"{k} {v['pairs']}" for k, v in manifest["locales"].items())
    print(f"built {settings.index_dir}: {counts}")
    return 0


def cmd_search(args: argparse.Namespace, settings: Settings) -> int:
    from faqsvc import index, render
    from faqsvc.answering import search

    faq_index = index.open_index(settings)
    chosen = negotiate(args.lang, default=settings.default_locale)
    queries = sys.stdin if args.query == "-" else [args.query]
    for line in queries:
        text = line.rstrip("\n")
        if args.query == "-" and not text.strip():
            continue
        try:
            result = search.search(
                faq_index,
                text,
                chosen.locale,
                limit=args.limit,
                min_confidence=settings.min_confidence,
                requested_lang=chosen.requested,
            )
        except FaqError as exc:
            _print_json({"query": text, "error": {"code": exc.code, "message": exc.message}})
            continue
        if args.json or args.query == "-":
            _print_json(render.result_to_json(result))
        else:
            sys.stdout.write(render.result_to_text(result))
    return 0


def cmd_serve(args: argparse.Namespace, settings: Settings) -> int:
    import os

    from faqsvc import builds, index
    from faqsvc.errors import IndexUnavailable

    if next(builds.good_builds(settings.index_dir, index.SCHEMA_VERSION), None) is None:
        problem = index.check(settings) or "no build verifies"
        raise IndexUnavailable(f"no intact index to serve ({problem}): run 'faqsvc build'")

    argv = [
        sys.executable,
        "-m",
        "gunicorn",
        "-c",
        str(Path(__file__).with_name("gunicorn_conf.py")),
    ]
    if args.bind:
        argv += ["--bind", args.bind]
    if args.workers:
        argv += ["--workers", str(args.workers)]
    os.execv(sys.executable, [*argv, "faqsvc.wsgi:app"])
    return 0  # not reached


def cmd_report(args: argparse.Namespace, settings: Settings) -> int:
    """Aggregate counts only: answers patients found unhelpful, and the topics of questions
    nothing answered. No question text is ever stored, so none can be shown."""
    from faqsvc.feedback import FeedbackStore

    store = FeedbackStore(settings.data_dir)
    helpful, declined = store.helpful_counts(), store.declined_topics(args.top)
    if args.json:
        _print_json(
            {
                "helpful": [vars(row) for row in helpful],
                "declined_topics": [vars(row) for row in declined],
            }
        )
        return 0
    print("Was this helpful? (least helpful first)")
    print(f"  {'pair':24} {'locale':8} {'yes':>5} {'no':>5}")
    for row in helpful:
        print(f"  {row.pair_id:24} {row.locale:8} {row.yes:5} {row.no:5}")
    if not helpful:
        print("  no answers rated yet")
    print(f"Declined questions: top {args.top} nearest topics")
    print(f"  {'topic':24} {'locale':8} {'count':>5}")
    for row in declined:
        print(f"  {row.topic:24} {row.locale:8} {row.count:5}")
    if not declined:
        print("  no declined questions yet")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="faqsvc", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    ingest = sub.add_parser("ingest", help="documents -> question-answer pairs under corpus/")
    ingest.add_argument("--report", action="store_true", help="show drops and doubts per source")
    ingest.add_argument(
        "--preview", metavar="FILE", help="print one document's pairs, change nothing"
    )
    ingest.add_argument("--lang", help="language of the --preview document (default: detected)")
    ingest.add_argument(
        "--import", dest="import_file", metavar="FILE", help="CSV or JSONL FAQ list"
    )
    i18n = sub.add_parser("i18n", help="gettext catalogs: extract, compile, status")
    i18n.add_argument("action", choices=["extract", "compile", "status"])
    build = sub.add_parser("build", help="build the per-locale search index")
    build.add_argument("--if-stale", action="store_true", help="only when missing or out of date")
    search = sub.add_parser("search", help="search in process, as the API would answer")
    search.add_argument("query", help="the question, or - to read one per line from stdin")
    search.add_argument("--lang", default="en")
    search.add_argument("--limit", type=int, default=5)
    search.add_argument("--json", action="store_true")
    report = sub.add_parser("report", help="editors' aggregate: helpful votes, declined topics")
    report.add_argument("--top", type=int, default=10, help="declined topics to list")
    report.add_argument("--json", action="store_true")
    serve = sub.add_parser("serve", help="serve the API and pages with gunicorn")
    serve.add_argument("--bind", help="HOST:PORT (default FAQSVC_BIND)")
    serve.add_argument("--workers", type=int, help="worker processes (default FAQSVC_WORKERS)")
    return parser


COMMANDS = {
    "ingest": cmd_ingest,
    "i18n": cmd_i18n,
    "build": cmd_build,
    "search": cmd_search,
    "serve": cmd_serve,
    "report": cmd_report,
}


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        settings = Settings.from_env()
        return COMMANDS[args.command](args, settings)
    except FaqError as exc:
        print(f"faqsvc {args.command}: {exc.message}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())

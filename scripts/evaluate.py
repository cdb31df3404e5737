"""Score the eval set through the HTTP API: start gunicorn (or use --url), ask, score, report.

python scripts/evaluate.py ../shared/eval/dev.jsonl [--url http://127.0.0.1:8000] [--json F]
"""

from __future__ import annotations

import argparse
import json
import sys
import urllib.parse
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from serverctl import get_json, running_server  # noqa: E402

from faqsvc.evaluation import Outcome, summarize  # noqa: E402


def english_text(base: str, pair_id: str, cache: dict) -> str:
    if pair_id not in cache:
        pair = get_json(f"{base}/api/v1/faqs/{urllib.parse.quote(pair_id)}?lang=en")
        cache[pair_id] = f"{pair['question']}\n{pair['answer']}"
    return cache[pair_id]


def run(base: str, items: list[dict]) -> list[Outcome]:
    cache: dict[str, str] = {}
    outcomes = []
    for item in items:
        query = urllib.parse.urlencode({"q": item["query"], "lang": item["lang"], "limit": 5})
        body = get_json(f"{base}/api/v1/search?{query}")
        texts = [english_text(base, r["id"], cache) for r in body["results"]]
        urgent = any(a["kind"] == "urgent" for a in body["alerts"])
        outcomes.append(Outcome(item, texts, urgent))
    return outcomes


def print_report(summary: dict) -> None:
    print(f"{'lang':6} {'items':>5} {'top1':>6} {'wrong':>6} {'abst':>5} {'mrr@5':>6} {'hit':>6}")
    for lang, row in summary["by_lang"].items():
        print(
            f"{lang:6} {row['items']:5} {row['top1']:6.2f} {row['wrong_rate']:6.2f} "
            f"{row['abstained']:5} {row['mrr5']:6.2f} {row['hit_rate']:6.2f}"
        )
    for key in (
        "overall",
        "mean_top1_over_languages",
        "no_answer_recall",
        "no_answer_precision",
        "urgent_recall",
        "urgent_answer_matches",
        "false_alarms",
    ):
        print(f"{key}: {summary[key]}")
    print("by style:", {k: v["top1"] for k, v in summary["by_style"].items()})
    print("misses:")
    for miss in summary["misses"]:
        print(f"  {miss['id']} [{miss['expect']}] {miss['query']!r} -> {miss['got']!r}")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("eval_file", type=Path)
    parser.add_argument("--url", help="a running service; default: start one on a free port")
    parser.add_argument("--json", type=Path, help="also write the summary here")
    args = parser.parse_args()
    items = [json.loads(line) for line in args.eval_file.read_text().splitlines() if line]
    if args.url:
        outcomes = run(args.url.rstrip("/"), items)
    else:
        with running_server() as base:
            outcomes = run(base, items)
    summary = summarize(outcomes)
    print_report(summary)
    if args.json:
        args.json.write_text(json.dumps(summary, indent=2, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())

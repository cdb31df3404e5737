"""Score every labelled patient set in-process, by the search path the service takes.

Why a script and not only the floor tests: the tests say pass or fail; studying a change needs
the figures (right, wrong and declined per set and locale, right pair first at any confidence,
sure-wrong answers) and which items moved against a saved earlier run. Sets still unseen (never
studied) are scored but neither their items nor, without --show-unseen, their figures are
printed: a change kept or undone by an unseen set's score would be tuned on it.

    python scripts/score_sets.py --out /tmp/now.json [--base /tmp/before.json] [--unseen NAME]
        [--show-unseen]

The eval's dev set (``../shared/eval/dev.jsonl``) is scored too when it is there. Threshold
0.7, as the service ships. Uses the index the settings point at (``make build``).
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path

from faqsvc import index
from faqsvc.answering.search import search
from faqsvc.evaluation import Outcome
from faqsvc.locales import match_locale
from faqsvc.settings import Settings

DATA = Path(__file__).parents[1] / "tests" / "data"
THRESHOLD = 0.7
SURE = 0.9
LANGS = ("ar", "de", "en", "es", "fr", "pt", "vi", "zh")


def score_item(reader, english: dict, item: dict) -> dict:
    result = search(reader, item["query"], match_locale(item["lang"]) or "en", min_confidence=0.0)
    top = result.results[0] if result.results else None
    text = f"{english[top.pair.id].question}\n{english[top.pair.id].answer}" if top else ""
    shown = top is not None and top.score >= THRESHOLD
    outcome = Outcome(item, [text] if shown else [], bool(result.alerts))
    return {
        "id": item["id"],
        "lang": item["lang"],
        "expect": item["expect"],
        "pair": top.pair.id if top else None,
        "confidence": round(top.score, 3) if top else 0.0,
        "right": outcome.hit,
        "wrong": outcome.wrong,
        "first": bool(top) and outcome.matches(text),  # the right pair, whatever its confidence
        "alert": bool(result.alerts),
    }


def tally(items: list[dict]) -> dict:
    answerable = [i for i in items if i["expect"] == "answer"]
    outside = [i for i in items if i["expect"] == "no_answer"]
    urgent = [i for i in items if i["expect"] == "urgent"]
    ordinary = [i for i in items if i["expect"] != "urgent"]

    def share(part: list[dict], key: str, of: list[dict]) -> float:
        return round(sum(i[key] for i in part) / len(of), 3) if of else float("nan")

    by_lang = {}
    for lang in LANGS:
        asked = [i for i in answerable if i["lang"] == lang]
        by_lang[lang] = share(asked, "right", asked)
    return {
        "right": share(answerable, "right", answerable),
        "wrong": share(answerable, "wrong", answerable),
        "declined": share(outside, "right", outside),
        "first": share(answerable, "first", answerable),
        "urgent": share(urgent, "alert", urgent),
        "false_alarms": share(ordinary, "alert", ordinary),
        "sure_wrong": sum(i["wrong"] and i["confidence"] >= SURE for i in answerable),
        "by_lang": by_lang,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, help="write every item's outcome here (JSON)")
    parser.add_argument("--base", type=Path, help="an earlier --out: list the items that moved")
    parser.add_argument(
        "--unseen", action="append", default=[], help="a set (file name) kept out of sight"
    )
    parser.add_argument(
        "--show-unseen",
        action="store_true",
        help="print the unseen sets' figures too (only to report them, never to choose by them)",
    )
    args = parser.parse_args()
    reader = index.open_index(Settings.from_env())
    english = reader.pairs("en")
    scored: dict[str, list[dict]] = {}
    dev = Path(__file__).parents[2] / "shared" / "eval" / "dev.jsonl"
    for path in [dev] * dev.exists() + sorted(DATA.glob("patient_questions*.jsonl")):
        items = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line]
        scored[path.name] = [score_item(reader, english, item) for item in items]
    print(f"{'set':28} right wrong decl first urgent FA  sure  " + " ".join(LANGS))
    for name, items in scored.items():
        if name in args.unseen and not args.show_unseen:
            continue
        t = tally(items)
        langs = " ".join(f"{t['by_lang'][lang]:.2f}" for lang in LANGS)
        print(
            f"{name:28} {t['right']:.3f} {t['wrong']:.3f} {t['declined']:.2f} {t['first']:.2f}"
            f"  {t['urgent']:.2f}  {t['false_alarms']:.3f} {t['sure_wrong']:2d}  {langs}"
        )
    if args.out:
        args.out.write_text(json.dumps(scored, ensure_ascii=False), "utf-8")
    if args.base:
        base = json.loads(args.base.read_text("utf-8"))
        _print_moved(base, scored, set(args.unseen), args.show_unseen)


def _print_moved(base: dict, now: dict, unseen: set[str], show_unseen: bool = False) -> None:
    """Each moved item of the seen sets, then counts per kind of move; an unseen set's moves
    are counted only with ``show_unseen``, and never named."""
    moved: dict[str, int] = defaultdict(int)
    for name, items in now.items():
        if name in unseen and not show_unseen:
            continue
        before = {i["id"]: i for i in base.get(name, [])}
        for item in items:
            old = before.get(item["id"])
            if not old or (old["right"], old["wrong"], old["alert"]) == (
                item["right"],
                item["wrong"],
                item["alert"],
            ):
                continue
            change = f"{_state(old)} -> {_state(item)}"
            moved[change] += 1
            if name not in unseen:
                print(f"  {item['id']:14} {change} ({old['confidence']} -> {item['confidence']})")
    for change, count in sorted(moved.items()):
        print(f"moved {count:3d}  {change}")


def _state(item: dict) -> str:
    if item["expect"] == "urgent":
        return "alert" if item["alert"] else "silent"
    if item["right"]:
        return "right"
    state = (
        "wrong" if item["wrong"] else ("answered" if item["expect"] == "no_answer" else "declined")
    )
    return state + ("+alert" if item["alert"] else "")


if __name__ == "__main__":
    main()

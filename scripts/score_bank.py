"""Consumer questions against the NIH bank, scored as a patient sees them (issue 17).

python scripts/score_bank.py [--out F] [--base F] [--unseen NAME ...] [--threshold P]

Each labelled set (tests/data/nih_questions*.jsonl: a question, the bank pair ids that answer
it, or none) is searched on the bank's index (built once under .cache/nih-bank, as `make
calibrate` does) with the service's own ``search``. Per set: right, wrong (answerable, shown
at the threshold, a pair none of whose sources is accepted), out of scope declined, right pair
first at any confidence, wrong shown at 0.9 or more. Items that moved against ``--base`` are
listed, except for sets named ``--unseen`` (counted, never named: a change kept or undone by
an unseen set's items would be tuned on it).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import calibrate  # noqa: E402  (the bank's index, built once)

from faqsvc.answering.search import search  # noqa: E402

DATA = calibrate.ROOT / "tests" / "data"
SURE = 0.9


def score_item(bank, item: dict, threshold: float) -> dict:
    result = search(bank, item["query"], "en", min_confidence=0.0)
    top = result.results[0] if result.results else None
    ids = {top.pair.id, *(p.id for p in top.also_answered_by)} if top else set()
    first = bool(ids & set(item.get("accept_ids") or []))
    confidence = round(top.score, 3) if top else 0.0
    shown = confidence >= threshold
    answerable = item["expect"] == "answer"
    return {
        "id": item["id"],
        "answerable": answerable,
        "confidence": confidence,
        "first": first,
        "right": answerable and shown and first,
        "wrong": shown and not (answerable and first),
    }


def summary(scored: list[dict]) -> dict:
    answerable = [s for s in scored if s["answerable"]]
    outside = [s for s in scored if not s["answerable"]]
    share = lambda part, whole: round(len(part) / len(whole), 3) if whole else None  # noqa: E731
    return {
        "n": len(scored),
        "right": share([s for s in answerable if s["right"]], answerable),
        "wrong": share([s for s in answerable if s["wrong"]], answerable),
        "declined": share([s for s in outside if not s["wrong"]], outside),
        "first": share([s for s in answerable if s["first"]], answerable),
        "sure_wrong": sum(s["wrong"] and s["confidence"] >= SURE for s in scored),
    }


def reliability(scored: list[dict]) -> str:
    """The shown pair's confidence against how often it is a right one (answerable questions;
    an out-of-scope question's pair is never right), per tenth from 0.5 up."""
    cells = []
    for low in (0.5, 0.6, 0.7, 0.8, 0.9):
        band = [
            s
            for s in scored
            if low <= s["confidence"] < low + 0.1 or (low == 0.9 and s["confidence"] >= 1)
        ]
        if band:
            right = sum(s["answerable"] and s["first"] for s in band) / len(band)
            cells.append(f"{low:.1f}+ {right:.2f} ({len(band)})")
    return ", ".join(cells)


def _moves(base: dict, now: dict, unseen: set[str]) -> None:
    for name, items in now.items():
        before = {i["id"]: i for i in base.get(name, [])}
        counts: dict[str, int] = {}
        for item in items:
            old = before.get(item["id"])
            if not old:
                continue
            was, is_ = _state(old), _state(item)
            if was == is_:
                continue
            counts[f"{was} -> {is_}"] = counts.get(f"{was} -> {is_}", 0) + 1
            if name not in unseen:
                print(
                    f"  {item['id']:10} {was} -> {is_} ({old['confidence']} -> {item['confidence']})"
                )
        for move, count in sorted(counts.items()):
            print(f"{name}: moved {count:3}  {move}")


def _state(item: dict) -> str:
    return "right" if item["right"] else "wrong" if item["wrong"] else "declined"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out")
    parser.add_argument("--base")
    parser.add_argument("--unseen", action="append", default=[])
    parser.add_argument("--threshold", type=float, default=0.7)
    args = parser.parse_args()
    bank = calibrate._bank_index()
    now = {}
    print(f"{'set':28} {'n':>4} right wrong decl first sure")
    for path in sorted(DATA.glob("nih_questions*.jsonl")):
        items = calibrate._items(path)
        now[path.name] = [score_item(bank, item, args.threshold) for item in items]
        s = summary(now[path.name])
        print(
            f"{path.name:28} {s['n']:>4} {s['right']:.3f} {s['wrong']:.3f} {s['declined']:.2f} "
            f"{s['first']:.3f} {s['sure_wrong']:>3}"
        )
        print(f"  {'':26} reliability: {reliability(now[path.name])}")
    if args.out:
        Path(args.out).write_text(json.dumps(now), encoding="utf-8")
    if args.base:
        _moves(json.loads(Path(args.base).read_text(encoding="utf-8")), now, set(args.unseen))
    return 0


if __name__ == "__main__":
    sys.exit(main())

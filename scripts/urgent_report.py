"""How the urgent rules do on labelled messages: recall and false alarms per locale and per sign,
then every miss and every false alarm with the signs the rules found in it, for editors who
change faqsvc/data/urgent/<locale>.json.

    python scripts/urgent_report.py [FILE_OR_DIR ...] [--json F] [--quiet]

Each file is JSON Lines of {"lang", "text", "urgent"} (optional "id", "sign", "form"); a
directory means every *.jsonl in it. Default: tests/data/urgent_blind/. An eval set in the
dev-set shape ({"query", "lang", "expect"}) is read too: ``expect == "urgent"`` is urgent.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from faqsvc.analysis import normalize  # noqa: E402
from faqsvc.answering.urgent import matched_symptoms, urgent_alert  # noqa: E402


def read_messages(paths: list[Path]) -> list[dict]:
    rows = []
    for path in paths:
        files = sorted(path.glob("*.jsonl")) if path.is_dir() else [path]
        for file in files:
            for line in file.read_text(encoding="utf-8").splitlines():
                if not line.strip():
                    continue
                item = json.loads(line)
                text = item.get("text", item.get("query", ""))
                urgent = item.get("urgent", item.get("expect") == "urgent")
                rows.append({**item, "text": text, "urgent": bool(urgent)})
    return rows


def _ratio(hits: int, total: int) -> float | None:
    return round(hits / total, 3) if total else None


def score(rows: list[dict]) -> dict:
    by_lang: dict[str, dict] = defaultdict(lambda: {"urgent": 0, "found": 0, "quiet": 0, "fa": 0})
    by_sign: dict[str, dict] = defaultdict(lambda: {"urgent": 0, "found": 0, "quiet": 0, "fa": 0})
    misses, false_alarms = [], []
    for row in rows:
        alerted = urgent_alert(normalize(row["text"]), row["lang"]) is not None
        for cell in (by_lang[row["lang"]], by_lang["all"], by_sign[row.get("sign", "-")]):
            if row["urgent"]:
                cell["urgent"] += 1
                cell["found"] += alerted
            else:
                cell["quiet"] += 1
                cell["fa"] += alerted
        if alerted != row["urgent"]:
            found = matched_symptoms(normalize(row["text"]))
            entry = {k: row.get(k) for k in ("id", "lang", "sign", "form", "text")}
            (misses if row["urgent"] else false_alarms).append({**entry, "signs_seen": found})

    def table(cells: dict) -> dict:
        return {
            key: {
                "urgent": c["urgent"],
                "recall": _ratio(c["found"], c["urgent"]),
                "controls": c["quiet"],
                "false_alarms": _ratio(c["fa"], c["quiet"]),
            }
            for key, c in sorted(cells.items())
        }

    return {
        "by_lang": table(by_lang),
        "by_sign": table(by_sign),
        "misses": misses,
        "false_alarms": false_alarms,
    }


def print_report(result: dict, *, quiet: bool) -> None:
    for title in ("by_lang", "by_sign"):
        print(f"{title[3:]:20} {'urgent':>6} {'recall':>7} {'quiet':>6} {'false':>7}")
        for key, row in result[title].items():
            recall = "-" if row["recall"] is None else f"{row['recall']:.3f}"
            false = "-" if row["false_alarms"] is None else f"{row['false_alarms']:.3f}"
            print(f"{key:20} {row['urgent']:6} {recall:>7} {row['controls']:6} {false:>7}")
        print()
    if quiet:
        return
    for title in ("misses", "false_alarms"):
        print(f"{title} ({len(result[title])}):")
        for row in result[title]:
            print(f"  {row['id']} [{row['sign']}; {row['form']}] {row['text']!r}")
            if row["signs_seen"]:
                print(f"      signs seen: {row['signs_seen']}")
        print()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", type=Path)
    parser.add_argument("--json", type=Path, help="also write the figures and lists here")
    parser.add_argument("--quiet", action="store_true", help="figures only, no lists")
    args = parser.parse_args()
    rows = read_messages(args.paths or [ROOT / "tests" / "data" / "urgent_blind"])
    start = time.perf_counter()
    result = score(rows)
    elapsed = time.perf_counter() - start
    print_report(result, quiet=args.quiet)
    print(f"{len(rows)} messages in {elapsed:.2f} s")
    if args.json:
        args.json.write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()

"""Whether the snippet a result shows holds the fact asked for, on the English items of the
labelled patient sets.

Why: a patient reads the snippet first, often alone; an answer right by its pair but shown by
a sentence that does not say the fact ("Vertebroplasty is typically successful." for "what
are the chances it works?") reads as no answer. ``must_match`` is written against the English
text, so only English items are scored, and only those whose shown pair is right. Sets still
unseen are left out.

    python scripts/score_snippets.py [--unseen NAME]... [--show]
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

from faqsvc import index
from faqsvc.answering.search import search
from faqsvc.settings import Settings

DATA = Path(__file__).parents[1] / "tests" / "data"


def holds(patterns: list[str], text: str) -> bool:
    return any(re.search(p, text, re.I) for p in patterns)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--unseen", action="append", default=[], help="a set kept out of sight")
    parser.add_argument("--show", action="store_true", help="list the snippets without the fact")
    args = parser.parse_args()
    reader = index.open_index(Settings.from_env())
    dev = Path(__file__).parents[2] / "shared" / "eval" / "dev.jsonl"
    paths = [dev] * dev.exists() + sorted(DATA.glob("patient_questions*.jsonl"))
    scored, missed = 0, []
    for path in (p for p in paths if p.name not in args.unseen):
        for line in path.read_text("utf-8").splitlines():
            item = json.loads(line) if line else {}
            if item.get("lang") != "en" or item.get("expect") != "answer":
                continue
            found = search(reader, item["query"], "en").results
            top = found[0] if found else None
            if not top or not holds(item["must_match"], f"{top.pair.question}\n{top.pair.answer}"):
                continue
            scored += 1
            if not holds(item["must_match"], top.snippet.text):
                missed.append((item["id"], item["query"][:70], top.snippet.text[:100]))
    held = scored - len(missed)
    print(f"snippet holds the fact: {held} of {scored} right English answers ({held / scored:.3f})")
    for row in missed if args.show else []:
        print(*row, sep=" | ")


if __name__ == "__main__":
    main()

"""What search answers, in process, to every labelled question we hold: a snapshot to compare
before and after a change that must not change answers (a speed-up, a refactor).

    python scripts/answers_snapshot.py --json before.json [FILES ...]
    python scripts/answers_snapshot.py --compare before.json after.json

Default files: ../shared/eval/dev.jsonl, tests/data/patient_questions*.jsonl and the urgent
blind sets (tests/data/urgent_blind*/). Each row records the answers (ids, confidence to three
decimals, translation status, snippet), alerts, did_you_mean, detected language and
suggestions; for the urgent sets also whether the rules alone alert. ``--compare`` prints every
row that differs and exits 1 when any does.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from faqsvc import index  # noqa: E402
from faqsvc.analysis import normalize  # noqa: E402
from faqsvc.answering.search import search  # noqa: E402
from faqsvc.answering.urgent import urgent_alert  # noqa: E402
from faqsvc.locales import negotiate  # noqa: E402
from faqsvc.settings import Settings  # noqa: E402


def default_files() -> list[Path]:
    files = [ROOT.parent / "shared" / "eval" / "dev.jsonl"]
    files += sorted((ROOT / "tests" / "data").glob("patient_questions*.jsonl"))
    for folder in sorted((ROOT / "tests" / "data").glob("urgent_blind*")):
        files += sorted(folder.glob("*.jsonl"))
    return [f for f in files if f.exists()]


def answer(faq_index, text: str, lang: str) -> dict:
    locale = negotiate(lang).locale
    found = search(faq_index, text, locale, limit=5)
    return {
        "lang": found.lang,
        "detected_lang": found.detected_lang,
        "results": [
            [
                hit.pair.id,
                round(hit.score, 3),
                hit.pair.translation,
                "".join(part for part, _ in hit.snippet.parts),
                [p.id for p in hit.also_answered_by],
                [p.id for p in hit.related],
            ]
            for hit in found.results
        ],
        "alerts": [[a.kind, a.message] for a in found.alerts],
        "did_you_mean": found.did_you_mean,
        "suggestions": [p.id for p in found.suggestions],
        "nearest_topic": found.nearest_topic,
        "rules_alert": urgent_alert(normalize(text), locale) is not None,
    }


def snapshot(files: list[Path]) -> dict:
    faq_index = index.open_index(Settings.from_env())
    rows = {}
    for file in files:
        for number, line in enumerate(file.read_text(encoding="utf-8").splitlines()):
            if not line.strip():
                continue
            item = json.loads(line)
            text = item.get("query", item.get("text", ""))
            key = f"{file.name}:{number}:{item.get('id', '')}"
            rows[key] = answer(faq_index, text, item["lang"])
    return rows


def compare(before: dict, after: dict) -> int:
    differing = 0
    for key in sorted(set(before) | set(after)):
        if before.get(key) != after.get(key):
            differing += 1
            print(f"{key}\n  before: {before.get(key)}\n  after:  {after.get(key)}")
    print(f"{len(before)} rows before, {len(after)} after, {differing} differ")
    return 1 if differing else 0


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--json", type=Path, help="write the snapshot here")
    parser.add_argument("--compare", nargs=2, type=Path, metavar=("BEFORE", "AFTER"))
    args = parser.parse_args()
    if args.compare:
        before, after = (json.loads(p.read_text(encoding="utf-8")) for p in args.compare)
        return compare(before, after)
    rows = snapshot(args.files or default_files())
    text = json.dumps(rows, indent=1, ensure_ascii=False, sort_keys=True) + "\n"
    if args.json:
        args.json.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    print(f"{len(rows)} rows", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

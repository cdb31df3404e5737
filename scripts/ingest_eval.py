"""Measure ingest on a blind document set: sections kept whole, clutter leaked, clear errors.

    python scripts/ingest_eval.py [tests/data/ingest_blind] [--json out.json] [--misses]

The set's manifest.json lists per document its sections (sentences that must stay together
under one question) and clutter strings that must not appear in any question or answer. A
section is *whole* when one pair holds all its sentences, and *own* when that pair holds no
sentence of another section. Figures are given overall, per format and per language.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from faqsvc.errors import FaqError  # noqa: E402
from faqsvc.ingest import pipeline  # noqa: E402

DEFAULT_SET = ROOT / "tests" / "data" / "ingest_blind"


def normal(text: str) -> str:
    """Compare text as a reader would: quotes, dashes, hyphenation and spacing do not matter."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = text.translate(str.maketrans("‘’‚“”„«»–—‐‑", '\'\'\'"""""----'))
    text = re.sub(r"^\s*-\s+", " ", text, flags=re.MULTILINE)  # list markers in answers
    return re.sub(r"[\s\u00ad]+", " ", text).strip()


@dataclass
class DocScore:
    file: str
    fmt: str
    lang: str
    sections: int = 0
    whole: int = 0
    own: int = 0
    clutter: int = 0
    leaked: int = 0
    pairs: int = 0
    metadata: int = 0  # title, publisher, date and link the manifest states
    metadata_right: int = 0  # ... that ingest found as stated
    error: str | None = None
    ok: bool = True  # pairs made, or the clear error that was expected
    misses: list[str] = field(default_factory=list)


def _sections(doc: dict) -> list[list[str]]:
    found = []
    for section in doc.get("sections", []):
        sentences = section.get("sentences", section) if isinstance(section, dict) else section
        sentences = [sentences] if isinstance(sentences, str) else sentences
        if sentences:
            found.append(list(sentences))
    return found


def score_document(path: Path, doc: dict) -> DocScore:
    fmt = path.suffix.lower().lstrip(".").replace("htm", "html").replace("htmll", "html")
    score = DocScore(path.name, fmt, doc.get("language") or doc.get("lang") or "?")
    expect_error = bool(doc.get("expect_error") or doc.get("expected_error"))
    try:
        report = pipeline.preview(path, doc.get("language") or doc.get("lang"))
    except FaqError as exc:
        score.error = exc.message
        score.ok = expect_error and path.name in exc.message
        if not score.ok:
            score.misses.append(f"error: {exc.message}")
        return score
    score_metadata(score, doc, report.source)
    return score_pairs(score, doc, report.pairs)


_META_FIELDS = {"title": "title", "publisher": "publisher", "reviewed": "reviewed", "url": "url"}


def score_metadata(score: DocScore, doc: dict, source) -> None:
    """Each field the manifest names (null included: a source without a date must say so)."""
    for key, attribute in _META_FIELDS.items():
        if key not in doc:
            continue
        found, wanted = getattr(source, attribute) or None, doc[key] or None
        score.metadata += 1
        if found == wanted:
            score.metadata_right += 1
        else:
            score.misses.append(f"{key}: found {found!r}, manifest says {wanted!r}")


def score_pairs(score: DocScore, doc: dict, pairs: list) -> DocScore:
    """Sections whole and own, clutter leaked, for pairs made by any reader."""
    expect_error = bool(doc.get("expect_error") or doc.get("expected_error"))
    score.pairs = len(pairs)
    score.ok = bool(pairs) and not expect_error
    if expect_error:
        score.misses.append("expected a clear error, got pairs")
    texts = [normal(f"{p.question}\n{p.answer}") for p in pairs]
    sections = _sections(doc)
    score.sections = len(sections)
    for number, sentences in enumerate(sections):
        wanted = [normal(s) for s in sentences]
        holders = [i for i, text in enumerate(texts) if all(w in text for w in wanted)]
        if not holders:
            missing = [
                s for s, w in zip(sentences, wanted, strict=True) if not any(w in t for t in texts)
            ]
            why = f"missing {missing[0][:70]!r}" if missing else "split over pairs"
            score.misses.append(f"section {number + 1} not whole ({why})")
            continue
        score.whole += 1
        others = [normal(s) for j, other in enumerate(sections) if j != number for s in other]
        if any(not any(o in texts[i] for o in others) for i in holders):
            score.own += 1
        else:
            score.misses.append(f"section {number + 1} merged with another: {sentences[0][:60]!r}")
    clutter = doc.get("clutter", [])
    score.clutter = len(clutter)
    for string in clutter:
        if any(normal(string) in text for text in texts):
            score.leaked += 1
            score.misses.append(f"clutter leaked: {string[:70]!r}")
    return score


def summary(scores: list[DocScore]) -> dict:
    sections = sum(s.sections for s in scores)
    clutter = sum(s.clutter for s in scores)
    metadata = sum(s.metadata for s in scores)
    return {
        "documents": len(scores),
        "sections": sections,
        "whole": round(sum(s.whole for s in scores) / sections, 3) if sections else None,
        "whole_and_own": round(sum(s.own for s in scores) / sections, 3) if sections else None,
        "clutter": clutter,
        "leaked": round(sum(s.leaked for s in scores) / clutter, 3) if clutter else None,
        "files_ok": sum(s.ok for s in scores),
        "pairs": sum(s.pairs for s in scores),
        "metadata_right": (
            round(sum(s.metadata_right for s in scores) / metadata, 3) if metadata else None
        ),
    }


def evaluate(set_dir: Path) -> tuple[dict, list[DocScore]]:
    manifest = json.loads((set_dir / "manifest.json").read_text(encoding="utf-8"))
    docs = manifest["documents"] if isinstance(manifest, dict) else manifest
    scores = [score_document(set_dir / doc["file"], doc) for doc in docs]
    by_format: dict[str, list[DocScore]] = defaultdict(list)
    by_lang: dict[str, list[DocScore]] = defaultdict(list)
    for score in scores:
        by_format[score.fmt].append(score)
        by_lang[score.lang].append(score)
    report = {
        "overall": summary(scores),
        "by_format": {k: summary(v) for k, v in sorted(by_format.items())},
        "by_language": {k: summary(v) for k, v in sorted(by_lang.items())},
    }
    return report, scores


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("set_dir", nargs="?", default=str(DEFAULT_SET))
    parser.add_argument("--json", help="write the figures here")
    parser.add_argument("--misses", action="store_true", help="list what was missed per file")
    args = parser.parse_args()
    report, scores = evaluate(Path(args.set_dir))
    for name in ("overall", "by_format", "by_language"):
        rows = {name: report[name]} if name == "overall" else report[name]
        for key, row in rows.items():
            print(
                f"{key:10} docs {row['documents']:3}  sections {row['sections']:4}  "
                f"whole {row['whole']}  own {row['whole_and_own']}  "
                f"clutter {row['clutter']:4}  leaked {row['leaked']}  files ok {row['files_ok']}  "
                f"pairs {row['pairs']}  metadata {row['metadata_right']}"
            )
    if args.misses:
        for score in scores:
            for miss in score.misses:
                print(f"{score.file}: {miss}")
    if args.json:
        Path(args.json).write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Floors on the blind document set (tests/data/ingest_blind, written by people who never saw
the ingest code). The issue's targets are >= 0.95 sections whole and own and <= 2 % clutter
leaked; the floors hold just under what is measured now (see README: 1.0 whole and own,
0.007 leaked, both misses clutter strings that also occur inside a lede sentence), so a change
cannot lose ground."""

from pathlib import Path

from scripts.ingest_eval import evaluate

BLIND = Path(__file__).resolve().parents[1] / "data" / "ingest_blind"


def test_blind_set_floors():
    report, scores = evaluate(BLIND)
    overall = report["overall"]
    assert overall["documents"] >= 14
    assert overall["whole_and_own"] >= 0.99
    assert overall["leaked"] <= 0.01
    assert overall["metadata_right"] >= 0.9  # title, publisher, date, link as the manifest says
    for fmt, row in report["by_format"].items():
        assert row["whole_and_own"] >= 0.95 and row["leaked"] <= 0.02, fmt
    for lang, row in report["by_language"].items():
        assert row["whole_and_own"] >= 0.95 and row["leaked"] <= 0.02, lang
    assert all(score.ok for score in scores), [s.misses for s in scores if not s.ok]


def test_image_only_pdf_gives_a_clear_error_naming_the_file():
    _, scores = evaluate(BLIND)
    scanned = [s for s in scores if s.error]
    assert scanned and all(s.file in s.error and "no text layer" in s.error for s in scanned)

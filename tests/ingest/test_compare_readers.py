"""scripts/compare_readers.py scores our readers, and names candidates that are not installed
(they are installed only for the comparison) instead of failing."""

import importlib.util
from pathlib import Path

from scripts.compare_readers import compare, markdown_table

BLIND = Path(__file__).resolve().parents[1] / "data" / "ingest_blind"


def test_our_readers_are_scored_and_missing_candidates_named():
    results = compare(BLIND)
    pdf, html = results["pdf"]["pdfminer.six layout (ours)"], results["html"]
    assert pdf["documents"] == 5 and pdf["files_ok"] == 5 and pdf["whole_and_own"] >= 0.95
    assert html["lxml structure rules (ours)"]["leaked"] <= 0.02
    if importlib.util.find_spec("trafilatura") is None:
        assert "missing" in html["trafilatura"]
        assert "| html | trafilatura | not installed |" in markdown_table(results)

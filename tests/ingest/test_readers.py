"""Each format reader on one leaflet written in every format (scripts/make_ingest_fixtures.py)."""

import json
import shutil
from pathlib import Path

import pytest

from faqsvc import corpus
from faqsvc.errors import FaqError
from faqsvc.ingest import pipeline
from faqsvc.ingest.readers import ReadError, read_bytes, read_document

FIXTURES = Path(__file__).resolve().parents[1] / "data" / "ingest"
FORMATS = ["leaflet.pdf", "leaflet.html", "leaflet.docx", "leaflet.md"]
QUESTIONS = [
    "What is a knee arthroscopy?",
    "What should I know about preparing for your operation?",
    "What are the risks?",
    "What should I know about recovery at home?",
]
CLUTTER = [
    "Patient information leaflet",
    "Switchboard",
    "Skip to main content",
    "cookies",
    "Find a doctor",
    "Page 1",
    "Review date",
]


@pytest.mark.parametrize("name", FORMATS)
def test_every_format_gives_the_same_clean_pairs(name):
    report = pipeline.preview(FIXTURES / name)
    assert [p.question for p in report.result.pairs] == QUESTIONS
    text = "\n".join(p.question + "\n" + p.answer for p in report.result.pairs)
    assert [c for c in CLUTTER if c in text] == []
    preparing = report.result.pairs[1].answer
    assert "Bring a list of the medicines" in preparing and "stay with you" in preparing


@pytest.mark.parametrize("name", FORMATS)
def test_metadata_comes_from_the_document(name):
    source = pipeline.preview(FIXTURES / name).source
    assert source.title == "Knee arthroscopy"
    assert source.reviewed in ("2024-03", "2024-03-01")
    if name != "leaflet.md":
        assert source.publisher == "Example General Hospital"


def test_html_canonical_link_is_the_source_url():
    source = pipeline.preview(FIXTURES / "leaflet.html").source
    assert source.url == "https://hospital.example/leaflets/knee-arthroscopy"


def test_html_furniture_is_reported_with_the_element_that_dropped_it():
    dropped = pipeline.preview(FIXTURES / "leaflet.html").result.dropped
    rules = {d.rule for d in dropped if "Switchboard" in d.text or "Find a doctor" in d.text}
    assert rules == {"<footer>", "<aside>"}


def test_pdf_running_headers_and_page_numbers_are_reported():
    dropped = pipeline.preview(FIXTURES / "two-columns.pdf").result.dropped
    running = [d.text for d in dropped if d.rule == "running header/footer"]
    assert any("Patient information leaflet" in t for t in running)
    assert any(t.startswith("Page 2") for t in running)


def test_two_column_pdf_keeps_paragraphs_whole_across_columns_and_pages():
    pairs = pipeline.preview(FIXTURES / "two-columns.pdf").result.pairs
    assert pairs[0].question == QUESTIONS[0]
    long = max(pairs, key=lambda p: len(p.answer)).answer
    for sentence in (
        "Walk a little every hour while awake to keep the blood moving.",
        "Most people return to office work within a week and to sport after six weeks, when "
        "the physiotherapist agrees.",
    ):  # no sentence is cut where it runs over a column or page break
        assert long.count(sentence) == 6


def test_pdf_without_a_text_layer_is_a_clear_error_naming_the_file():
    with pytest.raises(ReadError, match=r"scanned\.pdf: .*no text layer.*OCR"):
        read_document(FIXTURES / "scanned.pdf")


@pytest.mark.parametrize(
    "data, suffix",
    [(b"not a pdf", ".pdf"), (b"PK\x03\x04 broken", ".docx"), (b"\xff\xfe\x00bad", ".txt")],
)
def test_damaged_files_are_clear_errors(data, suffix):
    with pytest.raises(FaqError, match=rf"leaflet{suffix}"):
        read_bytes(data, suffix, f"leaflet{suffix}")


def test_unsupported_format_is_refused():
    with pytest.raises(FaqError, match="unsupported format"):
        read_bytes(b"x", ".odt", "leaflet.odt")


def test_docx_header_and_footer_are_reported():
    dropped = pipeline.preview(FIXTURES / "leaflet.docx").result.dropped
    assert {d.text for d in dropped if d.rule == "DOCX header/footer"} >= {
        "Patient information leaflet",
        "Switchboard: 0118 496 0000",
    }


def _corpus_with(tmp_path: Path, name: str, **entry) -> Path:
    (tmp_path / "sources").mkdir(parents=True, exist_ok=True)
    shutil.copy(FIXTURES / name, tmp_path / "sources" / name)
    manifest = {"sources": [{"id": "knee", "file": name, **entry}]}
    (tmp_path / "sources" / "manifest.json").write_text(json.dumps(manifest))
    return tmp_path


def test_ids_stay_when_a_document_is_re_exported_in_another_format(tmp_path):
    ids = []
    for name in FORMATS:
        corpus_dir = _corpus_with(tmp_path / name, name)
        pipeline.ingest_sources(corpus_dir)
        ids.append([p.id for p in corpus.load_pairs(corpus_dir)])
    assert all(found == ids[0] for found in ids) and len(ids[0]) == 4


def test_manifest_overrides_document_metadata(tmp_path):
    corpus_dir = _corpus_with(
        tmp_path, "leaflet.html", title="Knee scope", date="2025-01", url="https://x.example/k"
    )
    pipeline.ingest_sources(corpus_dir)
    source = corpus.load_pairs(corpus_dir)[0].source
    assert (source.title, source.reviewed, source.url) == (
        "Knee scope",
        "2025-01",
        "https://x.example/k",
    )
    assert source.publisher == "Example General Hospital"


def test_overrides_survive_re_ingest_from_another_format(tmp_path):
    corpus_dir = _corpus_with(tmp_path, "leaflet.pdf")
    pipeline.ingest_sources(corpus_dir)
    first = corpus.load_pairs(corpus_dir)[2]
    (corpus_dir / "overrides.json").write_text(json.dumps({first.id: {"question": "Is it safe?"}}))
    _corpus_with(tmp_path, "leaflet.docx")
    pipeline.ingest_sources(corpus_dir)
    assert corpus.load_pairs(corpus_dir)[2].question == "Is it safe?"


def test_a_failing_document_leaves_the_corpus_as_it_was(tmp_path):
    corpus_dir = _corpus_with(tmp_path, "leaflet.html")
    pipeline.ingest_sources(corpus_dir)
    before = (corpus_dir / "pairs" / "knee.jsonl").read_bytes()
    shutil.copy(FIXTURES / "scanned.pdf", corpus_dir / "sources" / "scanned.pdf")
    manifest = json.loads((corpus_dir / "sources" / "manifest.json").read_text())
    manifest["sources"].insert(0, {"id": "scan", "file": "scanned.pdf"})
    (corpus_dir / "sources" / "manifest.json").write_text(json.dumps(manifest))
    (corpus_dir / "sources" / "leaflet.html").write_text("<h1>Changed</h1><p>New text.</p>")
    with pytest.raises(ReadError, match="scanned.pdf"):
        pipeline.ingest_sources(corpus_dir)
    assert (corpus_dir / "pairs" / "knee.jsonl").read_bytes() == before
    assert not (corpus_dir / "pairs" / "scan.jsonl").exists()


def test_a_source_without_a_date_says_so_in_the_report(tmp_path):
    (tmp_path / "leaflet.txt").write_text(
        "Knee pain\n\nWhat helps?\n\nRest and ice help most people within two weeks.\n"
    )
    report = pipeline.preview(tmp_path / "leaflet.txt")
    assert report.source.reviewed is None
    assert any("no publication or review date" in note for note in report.result.unsure)

from pathlib import Path

from faqsvc.ingest.text import blocks_from_text, clean_text

PDF_STYLE = (Path(__file__).resolve().parents[1] / "data" / "pdf_style.txt").read_text()


def test_double_spaced_pdf_text_is_reflowed_into_paragraphs():
    blocks = blocks_from_text(PDF_STYLE)
    texts = [b.text for b in blocks]
    assert texts[:3] == [
        "Title Of Leaflet",
        "Introduction",
        "This leaflet explains the procedure and what is involved, the benefits "
        "and the possible risks of the treatment. It is not meant to replace a "
        "discussion.",
    ]
    assert "What happens next?" in texts
    assert texts[-1].startswith("The doctor will see you on the ward before the procedure")


def test_bullets_separated_by_blank_lines_form_one_list():
    blocks = blocks_from_text("These include:\n\n• x-rays\n\n• bone scans\n\n- MRI\n\nAfter.")
    assert [(b.kind, b.items) for b in blocks] == [
        ("para", ["These include:"]),
        ("list", ["x-rays", "bone scans", "MRI"]),
        ("para", ["After."]),
    ]


def test_wide_gap_is_recorded_for_lost_headings():
    blocks = blocks_from_text("First part.\n\n\nSecond part.\n\nThird.")
    assert [b.gap for b in blocks] == [0, 2, 1]


def test_clean_text_normalises_unicode_and_spaces():
    assert clean_text("Cafe\u0301\u00a0\u200bau  lait\r\n") == "Café au lait\n"


def test_empty_and_odd_input_does_not_raise():
    assert blocks_from_text("") == []
    assert blocks_from_text("\n\n \n") == []
    assert blocks_from_text("😀" * 1000)[0].text.startswith("😀")

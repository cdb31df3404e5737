"""Where a document's title, publisher, date and link come from, per format, and the manifest
overriding each; plus the reader rules that need a real file (PDF straplines, DOCX tables)."""

import io

import docx

from faqsvc.corpus import SourceEntry
from faqsvc.ingest import pipeline
from faqsvc.ingest.readers import read_bytes
from tests.ingest.minipdf import make_pdf

BODY = [
    (10, False, 50, 700, "You may eat a light breakfast on the morning of the scan and drink"),
    (10, False, 50, 686, "water as usual until you arrive at the department."),
]


def _pdf(extra_lines=(), info=None) -> bytes:
    lines = [(20, True, 50, 780, "Having a bone scan"), (13, True, 50, 720, "Before the scan")]
    return make_pdf([*lines, *extra_lines, *BODY], info)


def test_pdf_metadata_gives_title_and_publisher_and_a_review_line_the_date():
    data = _pdf(
        [(10, False, 50, 640, "Review date: October 2023")],
        {"Title": "Bone scan", "Author": "Riverside Clinic", "ModDate": "D:20250102"},
    )
    document = read_bytes(data, ".pdf", "scan.pdf")
    source, notes = pipeline.describe_source(SourceEntry("scan", "scan.pdf"), document)
    assert (source.title, source.publisher, source.reviewed) == (
        "Bone scan",
        "Riverside Clinic",
        "2023-10",
    )
    assert notes == []  # the file's save date is never taken for a review date


def test_pdf_file_date_alone_is_not_a_review_date():
    document = read_bytes(_pdf(info={"ModDate": "D:20250102"}), ".pdf", "scan.pdf")
    source, notes = pipeline.describe_source(SourceEntry("scan", "scan.pdf"), document)
    assert source.reviewed is None and any("saved 2025-01-02" in note for note in notes)


def test_manifest_overrides_every_field():
    document = read_bytes(_pdf(info={"Title": "Bone scan", "Author": "X"}), ".pdf", "s.pdf")
    entry = SourceEntry(
        "scan", "s.pdf", title="T", publisher="P", date="2022-05", url="https://h.example/s"
    )
    source, _ = pipeline.describe_source(entry, document)
    assert (source.title, source.publisher, source.reviewed, source.url) == (
        "T",
        "P",
        "2022-05",
        "https://h.example/s",
    )


def test_pdf_strapline_under_the_title_is_dropped_and_named():
    strapline = (8, True, 50, 755, "Award-winning imaging department 2022")
    document = read_bytes(_pdf([strapline]), ".pdf", "scan.pdf")
    text = [item for block in document.blocks for item in block.items]
    assert strapline[4] not in text
    assert [d.rule for d in document.dropped if d.text == strapline[4]] == [
        "small print line (strapline)"
    ]


def _docx(build) -> bytes:
    document = docx.Document()
    build(document)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_docx_core_properties_give_title_publisher_and_link():
    def build(document):
        document.core_properties.title = "Hand therapy after surgery"
        document.core_properties.author = "Lakeside Hospital"
        document.core_properties.identifier = "https://lakeside.example/hand"
        document.add_heading("Exercises", 1)
        document.add_paragraph("Move your fingers gently every hour while you are awake.")
        document.add_paragraph("Fecha de revisión: 05/2024")

    document = read_bytes(_docx(build), ".docx", "hand.docx")
    source, _ = pipeline.describe_source(SourceEntry("hand", "hand.docx"), document)
    assert (source.title, source.publisher, source.url, source.reviewed) == (
        "Hand therapy after surgery",
        "Lakeside Hospital",
        "https://lakeside.example/hand",
        "2024-05",
    )


def test_docx_contact_table_goes_whole_and_a_content_table_stays():
    def build(document):
        document.add_heading("Stopping your tablets", 1)
        table = document.add_table(rows=2, cols=2)
        for row, (name, days) in zip(
            table.rows, [("Aspirin", "7 days"), ("Warfarin", "5 days")], strict=True
        ):
            row.cells[0].text, row.cells[1].text = name, days
        contact = document.add_table(rows=3, cols=2)
        rows = [
            ("Day unit", "Block D, second floor"),
            ("Phone", "0161 555 0199"),
            ("Hours", "Monday to Friday, 8am to 5pm"),
        ]
        for row, (label, value) in zip(contact.rows, rows, strict=True):
            row.cells[0].text, row.cells[1].text = label, value

    document = read_bytes(_docx(build), ".docx", "tablets.docx")
    text = [item for block in document.blocks for item in block.items]
    assert "Aspirin | 7 days" in text and "Warfarin | 5 days" in text
    assert not any("Block D" in line or "0161" in line for line in text)
    assert {d.rule for d in document.dropped} == {"contact table"}


def test_docx_table_of_contents_styles_are_dropped_and_named():
    def build(document):
        from docx.enum.style import WD_STYLE_TYPE

        toc = document.styles.add_style("toc 1", WD_STYLE_TYPE.PARAGRAPH)
        document.add_paragraph("Preparing for the test\t1", style=toc)
        document.add_paragraph("After the test\t2", style=toc)
        document.add_heading("Preparing for the test", 1)
        document.add_paragraph("Do not eat for four hours before your appointment time.")

    document = read_bytes(_docx(build), ".docx", "test.docx")
    assert [b.items[0] for b in document.blocks][0] == "Preparing for the test"
    assert {d.rule for d in document.dropped} == {"DOCX table of contents"}

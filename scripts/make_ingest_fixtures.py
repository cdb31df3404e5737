"""Write the small format fixtures of tests/ingest/ (one leaflet as PDF, HTML, DOCX, Markdown).

Run by hand when the fixtures need to change: `python scripts/make_ingest_fixtures.py`. Needs
reportlab (not a project dependency: the fixtures are committed). The same headings and
sections go into every format, so the tests can check that a re-export keeps the pair ids.
"""

from __future__ import annotations

import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "tests" / "data" / "ingest"

TITLE = "Knee arthroscopy"
PUBLISHER = "Example General Hospital"
SECTIONS = [
    (
        "What is a knee arthroscopy?",
        [
            "A knee arthroscopy is keyhole surgery to look inside the knee joint. The surgeon "
            "uses a thin camera passed through a small cut, about one centimetre long, and can "
            "repair torn cartilage during the same operation.",
        ],
    ),
    (
        "Preparing for your operation",
        [
            "Do not eat for six hours before your operation. You may drink water until two "
            "hours before. Bring a list of the medicines you take, including any you buy "
            "without a prescription.",
            "Arrange for an adult to take you home and to stay with you for the first night.",
        ],
    ),
    (
        "What are the risks?",
        [
            "Most people have no problems. Some have swelling or bruising for a few weeks. "
            "Infection and blood clots in the leg are rare, and we will tell you how to spot "
            "them before you go home.",
        ],
    ),
    (
        "Recovery at home",
        [
            "Keep the leg raised when you sit for the first three days. Walk a little every "
            "hour while awake to keep the blood moving. Most people return to office work "
            "within a week and to sport after six weeks, when the physiotherapist agrees.",
        ],
    ),
]
CLUTTER = [
    "Patient information leaflet",
    "Orthopaedic Department, Level 3, Main Building",
    "Switchboard: 0118 496 0000",
]
REVIEW = "Review date: March 2024"


def html() -> str:
    body = "".join(f"<h2>{h}</h2>" + "".join(f"<p>{p}</p>" for p in paras) for h, paras in SECTIONS)
    return f"""<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>{TITLE} | {PUBLISHER}</title>
<meta name="publisher" content="{PUBLISHER}">
<meta name="last-reviewed" content="2024-03-01">
<link rel="canonical" href="https://hospital.example/leaflets/knee-arthroscopy">
</head><body>
<a class="skip-link" href="#main">Skip to main content</a>
<header><p>{PUBLISHER}</p><nav><ul><li><a href="/">Home</a></li>
<li><a href="/services">Services</a></li><li><a href="/contact">Contact</a></li></ul></nav></header>
<div class="cookie-banner"><p>We use cookies to improve this site.</p></div>
<main><nav aria-label="breadcrumb"><a href="/">Home</a> › <a href="/ortho">Orthopaedics</a></nav>
<h1>{TITLE}</h1>{body}</main>
<aside><h3>Find a doctor</h3><p>Search our specialists by name.</p></aside>
<footer><p>{CLUTTER[1]}</p><p>{CLUTTER[2]}</p></footer></body></html>
"""


def markdown() -> str:
    parts = [f"# {TITLE}", ""]
    for heading, paras in SECTIONS:
        parts += [f"## {heading}", ""]
        for para in paras:
            parts += [para, ""]
    return "\n".join(parts + [REVIEW, ""])


def docx(path: Path) -> None:
    import docx as python_docx

    document = python_docx.Document()
    document.core_properties.title = TITLE
    document.core_properties.author = PUBLISHER
    section = document.sections[0]
    section.header.paragraphs[0].text = CLUTTER[0]
    section.footer.paragraphs[0].text = CLUTTER[2]
    document.add_heading(TITLE, level=1)
    for heading, paras in SECTIONS:
        document.add_heading(heading, level=2)
        for para in paras:
            document.add_paragraph(para)
    document.add_paragraph(REVIEW)
    document.save(path)


def pdf(path: Path, columns: int) -> None:
    """A leaflet in ``columns`` columns with a running header and footer on every page."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer

    styles = getSampleStyleSheet()
    width, height = A4
    gap, margin = 18, 50
    frame_width = (width - 2 * margin - (columns - 1) * gap) / columns
    frames = [
        Frame(margin + i * (frame_width + gap), margin, frame_width, height - 2 * margin)
        for i in range(columns)
    ]

    def furniture(canvas, doc) -> None:
        canvas.setFont("Helvetica", 8)
        canvas.drawString(margin, height - 30, f"{CLUTTER[0]} · {PUBLISHER}")
        canvas.drawString(margin, 25, CLUTTER[2])
        canvas.drawRightString(width - margin, 25, f"Page {doc.page}")

    doc = BaseDocTemplate(str(path), pagesize=A4, title=TITLE, author=PUBLISHER)
    doc.addPageTemplates([PageTemplate(frames=frames, onPage=furniture)])
    story = [Paragraph(TITLE, styles["Title"])]
    for _ in range(2 if columns == 2 else 1):  # long enough to cross columns and pages
        for heading, paras in SECTIONS:
            story.append(Paragraph(heading, styles["Heading2"]))
            story += [Paragraph(p, styles["BodyText"]) for p in paras]
            story.append(Spacer(1, 6))
        if columns == 1:
            break
        story.append(Paragraph("Further sections", styles["Heading2"]))
        story += [Paragraph(" ".join(SECTIONS[3][1] * 6), styles["BodyText"])]
    story.append(Paragraph(REVIEW, styles["BodyText"]))
    doc.build(story)


def image_only_pdf(path: Path) -> None:
    from reportlab.pdfgen import canvas

    page = canvas.Canvas(str(path))
    for row in range(40):  # grey bars where a scanner would have put lines of text
        page.rect(60, 780 - row * 18, 300 + (row * 37) % 160, 8, fill=1, stroke=0)
    page.save()


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "leaflet.html").write_text(html(), encoding="utf-8")
    (OUT / "leaflet.md").write_text(markdown(), encoding="utf-8")
    docx(OUT / "leaflet.docx")
    pdf(OUT / "leaflet.pdf", columns=1)
    pdf(OUT / "two-columns.pdf", columns=2)
    image_only_pdf(OUT / "scanned.pdf")
    return 0


if __name__ == "__main__":
    sys.exit(main())

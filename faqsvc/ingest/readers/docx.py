"""Word leaflets: paragraph styles say what is a heading or a list item, read with python-docx.

Headers and footers live apart from the body in a .docx, so they never reach the text; their
lines are still reported, and dropped where the body repeats them. Core properties give the
title, author and dates; docProps/app.xml gives the company, which is the publisher.
"""

from __future__ import annotations

import io
import re
import zipfile

import docx
from docx.opc.exceptions import PackageNotFoundError
from docx.table import Table
from docx.text.paragraph import Paragraph
from lxml import etree

from faqsvc.ingest.boilerplate import Dropped, line_rule
from faqsvc.ingest.metadata import DocumentMeta
from faqsvc.ingest.readers.base import ReadDocument, ReadError
from faqsvc.ingest.structure import CONTACT_RULES
from faqsvc.ingest.text import Block, clean_text

HEADING_STYLE = re.compile(
    r"^(heading|title|subtitle|überschrift|titre|título|titolo|kop)\b", re.IGNORECASE
)
# Word's table-of-contents styles ("TOC Heading", "toc 1"…), as localised copies name them too.
TOC_STYLE = re.compile(r"^(toc|inhaltsverzeichnis|verzeichnis|tdm|índice|sumário)\b", re.I)
LIST_STYLE = re.compile(r"\blist\b|\bliste\b|\blista\b|aufzählung", re.IGNORECASE)


def _is_list_item(paragraph: Paragraph) -> bool:
    ppr = paragraph._p.pPr
    return (ppr is not None and ppr.numPr is not None) or bool(
        LIST_STYLE.search(paragraph.style.name if paragraph.style is not None else "")
    )


def _is_heading(paragraph: Paragraph, text: str) -> bool:
    style = paragraph.style.name if paragraph.style is not None else ""
    if HEADING_STYLE.search(style):
        return True
    runs = [run for run in paragraph.runs if run.text.strip()]
    return (
        bool(runs)
        and all(run.bold for run in runs)
        and len(text) <= 90
        and not text.endswith((".", ","))
    )


def _body_items(document) -> list[Paragraph | Table]:
    """Paragraphs and tables in document order."""
    items: list[Paragraph | Table] = []
    for child in document.element.body.iterchildren():
        if child.tag.endswith("}p"):
            items.append(Paragraph(child, document))
        elif child.tag.endswith("}tbl"):
            items.append(Table(child, document))
    return items


def _table_rows(table: Table) -> list[list[str]]:
    rows = []
    for row in table.rows:
        cells = [c for c in dict.fromkeys(clean_text(c.text).strip() for c in row.cells) if c]
        if cells:
            rows.append(cells)
    return rows


def _is_contact_table(rows: list[list[str]]) -> bool:
    """A table whose rows are mostly numbers, hours and addresses is a contact box: its
    other rows (the department's name, the floor) go with it."""
    contact = sum(any(line_rule(cell) in CONTACT_RULES for cell in row) for row in rows)
    return bool(rows) and contact >= len(rows) / 2


def _furniture(document) -> set[str]:
    lines: set[str] = set()
    for section in document.sections:
        for part in (section.header, section.footer, section.first_page_header):
            if part is not None and not part.is_linked_to_previous:
                lines.update(clean_text(p.text).strip() for p in part.paragraphs)
    return {line for line in lines if line}


def _company(data: bytes) -> str | None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            root = etree.fromstring(package.read("docProps/app.xml"))
    except (KeyError, zipfile.BadZipFile, etree.XMLSyntaxError):
        return None
    found = root.find("{*}Company")
    return found.text.strip() if found is not None and found.text and found.text.strip() else None


def _meta(document, data: bytes) -> DocumentMeta:
    core = document.core_properties
    when = core.modified or core.created
    url = core.identifier if re.match(r"^https?://\S+$", core.identifier or "") else None
    return DocumentMeta(
        title=(core.title or "").strip() or None,
        publisher=_company(data) or (core.author or "").strip() or None,
        saved=when.date().isoformat() if when else None,
        url=url,
        language=(core.language or "").split("-")[0].lower() or None,
    )


def read_docx(data: bytes, name: str) -> ReadDocument:
    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise ReadError(f"{name}: not a readable Word (.docx) file ({exc})") from exc
    furniture = _furniture(document)
    dropped = [Dropped("DOCX header/footer", line) for line in sorted(furniture)]
    blocks: list[Block] = []
    for item in _body_items(document):
        if isinstance(item, Table):
            lines = [" | ".join(row) for row in _table_rows(item)]
            if _is_contact_table(_table_rows(item)):
                dropped.extend(Dropped("contact table", line) for line in lines)
            else:
                blocks.extend(Block("para", [line], heading=False) for line in lines)
            continue
        text = clean_text(item.text).strip()
        if not text:
            continue
        if text in furniture:
            dropped.append(Dropped("DOCX header/footer", text))
        elif TOC_STYLE.search(item.style.name if item.style is not None else ""):
            dropped.append(Dropped("DOCX table of contents", text))
        elif _is_list_item(item):
            if blocks and blocks[-1].kind == "list":
                blocks[-1].items.append(text)
            else:
                blocks.append(Block("list", [text], heading=False))
        else:
            heading = _is_heading(item, text)
            lines = [line.strip() for line in text.split("\n") if line.strip()]
            blocks.extend(Block("para", [line], heading=heading) for line in lines)
    return ReadDocument(blocks, _meta(document, data), dropped, structured=True)

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

from faqsvc.ingest.boilerplate import Dropped
from faqsvc.ingest.metadata import DocumentMeta
from faqsvc.ingest.readers.base import ReadDocument, ReadError
from faqsvc.ingest.text import Block, clean_text

HEADING_STYLE = re.compile(
    r"^(heading|title|subtitle|überschrift|titre|título|titolo|kop)\b", re.IGNORECASE
)
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


def _table_lines(table: Table) -> list[str]:
    lines = []
    for row in table.rows:
        cells = list(dict.fromkeys(clean_text(c.text).strip() for c in row.cells))
        line = " | ".join(c for c in cells if c)
        if line:
            lines.append(line)
    return lines


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
            blocks.extend(Block("para", [line], heading=False) for line in _table_lines(item))
            continue
        text = clean_text(item.text).strip()
        if not text:
            continue
        if text in furniture:
            dropped.append(Dropped("DOCX header/footer", text))
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

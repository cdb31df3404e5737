"""PDF leaflets: what the page layout says, read with pdfminer.six.

pdfminer's layout analysis puts text boxes in reading order, columns included, and keeps each
character's font, size and position. So headings are lines set larger or bold than the body
text; a line that recurs at the same height on several pages is a running header or footer;
a paragraph that stops mid-sentence at the foot of a column or page goes on in the next box.
"""

from __future__ import annotations

import io
import re
import statistics
from collections import Counter, defaultdict
from dataclasses import dataclass

from pdfminer.high_level import extract_pages
from pdfminer.layout import LAParams, LTChar, LTTextBox, LTTextLine
from pdfminer.pdfdocument import PDFDocument
from pdfminer.pdfparser import PDFParser
from pdfminer.psparser import PSLiteral
from pdfminer.utils import decode_text

from faqsvc.ingest.boilerplate import Dropped
from faqsvc.ingest.metadata import DocumentMeta, parse_date
from faqsvc.ingest.readers.base import ReadDocument, ReadError
from faqsvc.ingest.text import BULLET, TERMINAL, Block, _join, clean_text

BOLD = re.compile(r"bold|black|heavy|semibold|demi", re.IGNORECASE)
PAGE_NUMBER = re.compile(r"^(?:\D{0,12}\s)?\d{1,3}(?:\s*(?:/|of|de|sur|von|di)\s*\d{1,3})?$")
MIN_TEXT_CHARS = 40
PLACEHOLDER = re.compile(r"^\(?(anonymous|untitled|unknown|unspecified|none|user|admin)\)?$", re.I)
BULLET_ONLY = re.compile(r"^[•●▪◦·∙‣⁃■□➢►\-–]$")


@dataclass
class Line:
    text: str
    page: int
    box: int
    top: float  # distance from the top of the page, in points
    x0: float
    x1: float
    size: float
    bold: bool
    margin: bool  # in the top or bottom band of the page, where headers and footers go


def _line(obj: LTTextLine, page: int, box: int, height: float) -> Line | None:
    chars = [c for c in obj if isinstance(c, LTChar) and c.get_text().strip()]
    text = clean_text(obj.get_text()).strip()
    if not chars or not text:
        return None
    size = statistics.median(round(c.size * 2) / 2 for c in chars)
    bold = sum(bool(BOLD.search(c.fontname)) for c in chars) >= 0.8 * len(chars)
    top = height - obj.y1
    margin = top < 0.08 * height or obj.y0 < 0.08 * height
    return Line(text, page, box, top, obj.x0, obj.x1, size, bold, margin)


def _lines(data: bytes) -> list[Line]:
    lines: list[Line] = []
    box_number = 0
    for page_number, page in enumerate(extract_pages(io.BytesIO(data), laparams=LAParams())):
        for element in page:
            if not isinstance(element, LTTextBox):
                continue
            box_number += 1
            for obj in element:
                if isinstance(obj, LTTextLine):
                    line = _line(obj, page_number, box_number, page.height)
                    if line:
                        lines.append(line)
    return lines


def _running_lines(lines: list[Line]) -> set[int]:
    """Indexes of lines that recur at the same height on two or more pages."""
    pages = {line.page for line in lines}
    where: dict[str, list[int]] = defaultdict(list)
    for i, line in enumerate(lines):
        where[re.sub(r"\d+", "#", line.text.casefold())].append(i)
    running: set[int] = set()
    if len(pages) < 2:
        return running
    for indexes in where.values():
        by_height = Counter(round(lines[i].top / 6) for i in indexes)
        on_pages = {lines[i].page for i in indexes}
        if len(on_pages) >= 2 and by_height.most_common(1)[0][1] >= 2:
            running.update(indexes)
    return running


def _body_size(lines: list[Line]) -> float:
    weights: Counter[float] = Counter()
    for line in lines:
        weights[line.size] += len(line.text)
    return weights.most_common(1)[0][0]


def _is_heading(line: Line, body: float, body_bold: bool) -> bool:
    if len(line.text) > 120 or BULLET.match(line.text):
        return False
    larger = line.size >= body * 1.12 and line.size - body >= 1
    bolder = line.bold and not body_bold and line.size >= body and len(line.text) <= 100
    return (larger or bolder) and not line.text.endswith((".", ","))


def _is_strapline(line: Line, body: float) -> bool:
    """A line alone in its box, set smaller than the body text and no sentence: a strapline,
    a badge or an award under the title ("Patient information", "Rated outstanding…")."""
    return (
        line.size <= body * 0.92
        and len(line.text.split()) <= 12
        and not line.text.endswith(TERMINAL)
        and not BULLET.match(line.text)
    )


def _blocks(lines: list[Line], body: float) -> list[Block]:
    body_bold = sum(len(x.text) for x in lines if x.bold) > 0.5 * sum(len(x.text) for x in lines)
    edges: dict[int, float] = defaultdict(float)  # the right edge of each text box's lines
    for line in lines:
        edges[line.box] = max(edges[line.box], line.x1)
    blocks: list[Block] = []
    previous: Line | None = None
    bullet_pending = False
    for line in lines:
        if BULLET_ONLY.match(line.text):  # a bullet drawn apart from its text
            bullet_pending = True
            continue
        if bullet_pending:
            line.text, bullet_pending = f"• {line.text}", False
        current = blocks[-1] if blocks else None
        same_box = previous is not None and previous.box == line.box
        if _is_heading(line, body, body_bold):
            if current and current.heading and same_box and previous.size == line.size:
                current.items[-1] = f"{current.items[-1]} {line.text}"
            else:
                blocks.append(Block("para", [line.text], heading=True))
        elif BULLET.match(line.text):
            item = line.text[BULLET.match(line.text).end() :].strip()
            if current and current.kind == "list" and not current.heading:
                current.items.append(item)
            else:
                blocks.append(Block("list", [item], heading=False))
        elif (
            current
            and not current.heading
            and _continues(current, previous, line, same_box, edges[line.box])
        ):
            current.items[-1] = _join(current.items[-1], line.text)
        else:
            blocks.append(Block("para", [line.text], heading=False))
        previous = line
    return blocks


def _continues(
    block: Block, previous: Line | None, line: Line, same_box: bool, right: float
) -> bool:
    """Whether ``line`` goes on with the block before it: inside one text box, or a sentence
    left open at the foot of a column or page."""
    last = block.items[-1]
    if block.kind == "list" and previous is not None and line.x0 <= previous.x0 - 4:
        return same_box and not last.endswith(TERMINAL)
    if same_box:  # a wrapped line fills the column: one that stops well short ends a paragraph
        short = previous is not None and previous.x1 < right - 40
        return not short or line.text[:1].islower()
    return not last.endswith(TERMINAL) and (line.text[:1].islower() or line.text[:1].isdigit())


def _meta(data: bytes) -> DocumentMeta:
    try:
        info = PDFDocument(PDFParser(io.BytesIO(data))).info
    except Exception:  # metadata is a bonus: a page tree that parses is what matters
        return DocumentMeta()
    values: dict[str, str] = {}
    for entry in info:
        for key, value in entry.items():
            if isinstance(value, bytes):
                value = decode_text(value)
            elif isinstance(value, PSLiteral):
                value = str(value.name)
            if isinstance(value, str) and value.strip() and not PLACEHOLDER.match(value.strip()):
                values.setdefault(key, clean_text(value).strip())
    date = values.get("ModDate") or values.get("CreationDate")
    return DocumentMeta(
        title=values.get("Title"),
        publisher=values.get("Author"),
        saved=parse_date(date) if date else None,
    )


def read_pdf(data: bytes, name: str) -> ReadDocument:
    try:
        lines = _lines(data)
    except Exception as exc:  # pdfminer raises many types for a damaged file
        raise ReadError(f"{name}: not a readable PDF ({type(exc).__name__}: {exc})") from exc
    if sum(len(line.text) for line in lines) < MIN_TEXT_CHARS:
        raise ReadError(
            f"{name}: this PDF has no text layer (its pages are images, as from a scanner). "
            "Text recognition (OCR) is not supported: use the original document or a text export."
        )
    running = _running_lines(lines)
    dropped = [Dropped("running header/footer", lines[i].text) for i in sorted(running)]
    body = _body_size(lines)
    per_box = Counter(line.box for line in lines)
    kept = []
    for i, line in enumerate(lines):
        if i in running:
            continue
        if line.margin and PAGE_NUMBER.match(line.text):
            dropped.append(Dropped("page number", line.text))
        elif line.margin and line.size < body:
            dropped.append(Dropped("page margin (small print)", line.text))
        elif per_box[line.box] == 1 and _is_strapline(line, body):
            dropped.append(Dropped("small print line (strapline)", line.text))
        else:
            kept.append(line)
    if not kept:
        raise ReadError(f"{name}: no text besides page headers and footers")
    blocks = _blocks(kept, _body_size(kept))
    return ReadDocument(blocks, _meta(data), dropped, structured=True)

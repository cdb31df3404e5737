"""Markdown: ``#`` lines are headings, ``-``/``*``/``1.`` lines list items, link markup goes.

A leaflet saved as Markdown uses a handful of constructs; these few rules read them without a
parser dependency. Front matter (``title:``, ``date:``…) gives metadata.
"""

from __future__ import annotations

import re

from faqsvc.ingest.metadata import DocumentMeta, parse_date
from faqsvc.ingest.readers.base import ReadDocument
from faqsvc.ingest.text import BULLET, Block, _join, clean_text

ATX = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
SETEXT = re.compile(r"^(=+|-+)\s*$")
_TARGET = r"\((?:[^()]|\([^()]*\))*\)"  # a link target, with one level of parentheses inside
IMAGE = re.compile(r"!\[[^\]]*\]" + _TARGET)
LINK = re.compile(r"\[([^\]]+)\]" + _TARGET)
EMPHASIS = re.compile(r"(\*\*|__|\*|`)(?=\S)(.+?)(?<=\S)\1")
FRONT = re.compile(r"^---\n(.*?)\n---\n", re.DOTALL)


def inline(text: str) -> str:
    text = IMAGE.sub("", text)
    text = LINK.sub(r"\1", text)
    text = re.sub(r"<(https?://[^>]+)>", r"\1", text)
    return EMPHASIS.sub(r"\2", text).strip()


def _front_matter(text: str) -> tuple[DocumentMeta, str]:
    match = FRONT.match(text)
    if not match:
        return DocumentMeta(), text
    values = {}
    for line in match.group(1).split("\n"):
        key, _, value = line.partition(":")
        values[key.strip().lower()] = value.strip().strip("\"'")
    date = values.get("reviewed") or values.get("review_date") or values.get("date")
    meta = DocumentMeta(
        title=values.get("title") or None,
        publisher=values.get("publisher") or values.get("author") or None,
        reviewed=parse_date(date) if date else None,
        url=values.get("url") or values.get("source") or None,
        language=values.get("lang") or values.get("language") or None,
    )
    return meta, text[match.end() :]


def read_markdown(raw: str) -> ReadDocument:
    meta, text = _front_matter(clean_text(raw))
    lines = text.split("\n")
    blocks: list[Block] = []
    gap = 0
    for number, line in enumerate(lines):
        nxt = lines[number + 1] if number + 1 < len(lines) else ""
        if not line.strip() or SETEXT.match(line) and blocks and blocks[-1].heading:
            gap += not line.strip()
            continue
        heading = ATX.match(line)
        if heading or (SETEXT.match(nxt) and not BULLET.match(line)):
            blocks.append(Block("para", [inline(heading.group(2) if heading else line)], gap, True))
        elif BULLET.match(line):
            item = inline(line[BULLET.match(line).end() :])
            if blocks and blocks[-1].kind == "list" and gap <= 1:
                blocks[-1].items.append(item)
            else:
                blocks.append(Block("list", [item], gap, False))
        elif blocks and gap == 0 and not blocks[-1].heading:
            blocks[-1].items[-1] = _join(blocks[-1].items[-1], inline(line))
        elif line.startswith(("|", ">")):
            blocks.append(Block("para", [inline(line.strip("|> ").replace("|", " | "))], gap))
        else:
            blocks.append(Block("para", [inline(line)], gap, None))
        gap = 0
    return ReadDocument(blocks, meta, [], structured=True)

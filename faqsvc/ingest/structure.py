"""Clutter told by where blocks stand, not by what one line says.

A table of contents is a run of lines ending in page numbers that repeat later headings; a
letter's salutation opens the text and its closing ends it, followed by a signature; a section
whose lines are mostly addresses, numbers and hours is a contact box, heading and all. These
rules see the whole document's blocks and the rule each single line got (``rules``), and fill
in rules for the blocks they find.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from faqsvc.ingest import shapes
from faqsvc.ingest.text import TERMINAL, Block

CONTACT_RULES = {
    "phone number",
    "email address",
    "opening hours",
    "contact block",
    "postal address",
}
# Rules that drop a block even when the format calls it a heading.
OVER_HEADINGS = {"table of contents", "signature", "contact section", "salutation"}
_TOC_ENTRY = re.compile(r"^(.{3,100}?)\s*(?:\.{2,}|…+|\t)?\s*\d{1,3}$")
_LONG_PARAGRAPH = 12  # words: shorter single lines are labels, names, salutations


NEIGHBOUR_RULES = {
    "navigation",
    "breadcrumb",
    "page tool",
    "web address",
    "find a doctor",
    "navigation block",
}


def _is_short_line(block: Block) -> bool:
    """A line too short and unpunctuated to be a sentence: a menu entry, an address line."""
    if block.kind != "para" or len(block.items) != 1 or block.heading:
        return False
    line = block.items[0]
    return len(line.split()) <= 8 and not line.endswith(TERMINAL)


def spread_to_neighbours(blocks: list[Block], rules: list[str | None]) -> None:
    """Short unpunctuated lines beside a navigation or contact line belong to it (the menu
    around a breadcrumb, the department and address above a phone number) unless they head
    text of their own."""
    changed = True
    while changed:
        changed = False
        for i, block in enumerate(blocks):
            if rules[i] or not _is_short_line(block):
                continue
            for j in (i - 1, i + 1):
                near = rules[j] if 0 <= j < len(blocks) else None
                if near not in NEIGHBOUR_RULES and near not in CONTACT_RULES:
                    continue
                after = i + 1
                if after < len(blocks) and not rules[after] and not _is_short_line(blocks[after]):
                    continue  # the line heads the text after it
                rules[i] = "contact block" if near in CONTACT_RULES else "navigation block"
                changed = True
                break


def _single(block: Block) -> str | None:
    return block.items[0] if block.kind == "para" and len(block.items) == 1 else None


def _is_label(block: Block) -> bool:
    """A short line that is no sentence: a title, a name, a department, a signature."""
    line = _single(block)
    return bool(line) and len(line.split()) <= 8 and not line.endswith(TERMINAL)


def _key(text: str) -> str:
    return re.sub(r"\W+", " ", text).strip().casefold()


def table_of_contents(blocks: list[Block], rules: list[str | None]) -> None:
    """Three or more lines in a row ending in a page number, naming headings found later,
    are a table of contents; a short line just above them is its title."""
    i = 0
    while i < len(blocks):
        j = i
        while j < len(blocks) and _single(blocks[j]) and _TOC_ENTRY.match(_single(blocks[j])):
            j += 1
        if j - i >= 3:
            later = {_key(line) for b in blocks[j:] for line in b.items[:1]}
            names = [_key(_TOC_ENTRY.match(_single(b)).group(1)) for b in blocks[i:j]]
            if sum(name in later for name in names) >= 2 * len(names) / 3:
                start = i - 1 if i > 0 and _is_label(blocks[i - 1]) and not rules[i - 1] else i
                for k in range(start, j):
                    rules[k] = "table of contents"
        i = max(j, i + 1)


def _is_body(block: Block) -> bool:
    line = _single(block)
    return block.kind == "list" or (line is not None and len(line.split()) >= _LONG_PARAGRAPH)


def letter_frame(blocks: list[Block], rules: list[str | None]) -> None:
    """A comma-ended greeting before the first paragraph of text, or a closing after the last
    one, frames a letter: the short lines after a closing are its signature."""
    body = [i for i, block in enumerate(blocks) if _is_body(block) and not rules[i]]
    if not body:
        return
    for i, block in enumerate(blocks):
        line = _single(block)
        outside = i < body[0] or i > body[-1]
        if line and not rules[i] and outside and not block.heading and shapes.salutation(line):
            rules[i] = "salutation"
    closings = [i for i in range(body[-1] + 1, len(blocks)) if rules[i] == "salutation"]
    for k in range(closings[0] + 1 if closings else len(blocks), len(blocks)):
        if rules[k] or not _is_label(blocks[k]):
            break
        rules[k] = "signature"


def contact_sections(
    blocks: list[Block], rules: list[str | None], is_heading: Callable[[Block], bool]
) -> None:
    """A heading over two or more lines, most of them contact lines and the rest labels (a
    department, a building), heads a contact box ("How to find us", "Nous contacter",
    "Anfahrt"): the box goes, heading and all. A sentence among them is advice and keeps the
    section ("Out of hours, go to the emergency department.")."""
    heads = [i for i, block in enumerate(blocks) if is_heading(block)] + [len(blocks)]
    for head, end in zip(heads, heads[1:], strict=False):
        inside = range(head + 1, end)
        contact = sum(rules[k] in CONTACT_RULES for k in inside)
        labels = all(rules[k] or _is_label(blocks[k]) for k in inside)
        if len(inside) >= 2 and contact >= 2 * len(inside) / 3 and labels:
            for k in (head, *inside):
                rules[k] = rules[k] if rules[k] in CONTACT_RULES else "contact section"

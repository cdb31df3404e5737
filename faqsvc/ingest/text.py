"""Reflow extracted text into blocks: paragraphs and bullet lists.

PDF extraction hard-wraps lines and sometimes puts a blank line between every line; web
extraction gives one paragraph per line. Both become the same blocks, so later rules see prose.
"""

from __future__ import annotations

import re
import statistics
import unicodedata
from dataclasses import dataclass, field

BULLET = re.compile(r"^\s*(?:[•●▪◦·∙‣⁃*\-–—]|\d{1,2}[.)]|[a-z][.)])\s+")
# A line of one repeated mark: a plain-text heading's underline or a horizontal rule.
RULE_LINE = re.compile(r"^([=~_*#+-])(?:\s?\1){2,}$")
TERMINAL = tuple(".!?:;。！？：؟")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_INVISIBLE = dict.fromkeys([0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD])


@dataclass
class Block:
    """A paragraph (one item) or a bullet list (several items); ``gap`` is blank lines before it.

    ``heading`` is what the format itself says (an HTML ``<h2>``, a DOCX heading style, a
    larger PDF font): True or False. None for plain text, where the shape of the line decides.
    """

    kind: str  # "para" or "list"
    items: list[str] = field(default_factory=list)
    gap: int = 0
    heading: bool | None = None

    @property
    def text(self) -> str:
        return "\n".join(self.items)


def clean_text(raw: str) -> str:
    """NFC, unified newlines and spaces, no invisible characters: the input every rule expects."""
    text = unicodedata.normalize("NFC", raw).replace("\r\n", "\n").replace("\r", "\n")
    text = text.translate(_INVISIBLE)
    return "\n".join(_SPACES.sub(" ", line).strip() for line in text.split("\n"))


def _is_double_spaced(lines: list[str]) -> bool:
    """True for PDF text with a blank line after every line: lines break mid-sentence there."""
    broken = soft = 0
    for i in range(len(lines) - 2):
        if lines[i] and not lines[i + 1] and lines[i + 2]:
            soft += 1
            nxt = lines[i + 2]
            if not lines[i].endswith(TERMINAL) and nxt[:1].islower():
                broken += 1
    return soft >= 4 and broken / soft > 0.2


def _groups(lines: list[str]) -> list[tuple[int, list[str]]]:
    """Runs of non-blank lines with the number of blank lines before each run."""
    double = _is_double_spaced(lines)
    groups: list[tuple[int, list[str]]] = []
    gap, pending_gap, current = 0, 0, []
    for line in lines + [""]:
        if line:
            if current and gap and double and gap < 3:
                gap = 0  # a soft line break in double-spaced text
            if gap and current:
                groups.append((pending_gap, current))
                current = []
            if not current:
                pending_gap = gap if not double else max(0, gap - 1) // 2 + (gap >= 3)
            current.append(line)
            gap = 0
        else:
            gap += 1
    if current:
        groups.append((pending_gap, current))
    return groups


def _joins(prev: str, line: str, width: float) -> bool:
    """Whether ``line`` continues ``prev`` (a hard wrap) rather than starting a new paragraph."""
    if BULLET.match(line):
        return False
    first = line[:1]
    if first.islower() or (first.isdigit() and not prev.endswith(TERMINAL)):
        return True
    if prev.endswith(TERMINAL):
        return False
    return len(prev) >= 0.6 * width


def _join(prev: str, line: str) -> str:
    if re.search(r"[^\W\d_]-$", prev) and line[:1].islower():
        return prev[:-1] + line  # a word hyphenated across lines
    return f"{prev} {line}"


def blocks_from_text(raw: str) -> list[Block]:
    """Split a document into paragraph and list blocks, rejoining wrapped lines and hyphenation."""
    lines = clean_text(raw).split("\n")
    lengths = [len(line) for line in lines if line]
    width = statistics.quantiles(lengths, n=10)[-1] if len(lengths) >= 10 else max(lengths or [1])
    blocks: list[Block] = []
    for gap, group in _groups(lines):
        current: Block | None = None
        for line in group:
            if RULE_LINE.match(line):  # an underline makes the line above a heading
                if current and current.kind == "para" and len(current.items) == 1:
                    current.heading = True
                current = None
                continue
            bullet = BULLET.match(line)
            if bullet:
                item = line[bullet.end() :].strip()
                if current and current.kind == "list":
                    current.items.append(item)
                else:
                    current = Block("list", [item], gap if not blocks or current is None else 0)
                    blocks.append(current)
            elif current and _joins(current.items[-1], line, width):
                current.items[-1] = _join(current.items[-1], line)
            else:
                current = Block("para", [line], gap if current is None else 0)
                blocks.append(current)
    return _merge_lists(blocks)


def _merge_lists(blocks: list[Block]) -> list[Block]:
    """Bullets separated by single blank lines are one list, not one list per item."""
    merged: list[Block] = []
    for block in blocks:
        prev = merged[-1] if merged else None
        if prev and prev.kind == block.kind == "list" and block.gap <= 1:
            prev.items.extend(block.items)
        else:
            merged.append(block)
    return merged

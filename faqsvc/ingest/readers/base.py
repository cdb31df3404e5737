"""What every format reader returns: blocks in reading order, metadata, and what it left out."""

from __future__ import annotations

from dataclasses import dataclass, field

from faqsvc.errors import InvalidParameter
from faqsvc.ingest.boilerplate import Dropped
from faqsvc.ingest.metadata import DocumentMeta
from faqsvc.ingest.text import Block


class ReadError(InvalidParameter):
    """A document that cannot be read as its format (no text layer, corrupt file); the message
    names the file so an editor knows which one to fix."""


@dataclass
class ReadDocument:
    blocks: list[Block]
    meta: DocumentMeta = field(default_factory=DocumentMeta)
    dropped: list[Dropped] = field(default_factory=list)
    structured: bool = False  # headings come from the format, not from the shape of lines

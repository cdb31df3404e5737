"""Documents in every format we ingest, read into the same blocks.

Each reader uses what its format says about structure (HTML elements, PDF fonts and positions,
DOCX styles, Markdown marks); plain text keeps the shape-of-the-line rules in ``text.py``.
"""

from __future__ import annotations

from pathlib import Path

from faqsvc.errors import InvalidParameter
from faqsvc.ingest.readers.base import ReadDocument, ReadError
from faqsvc.ingest.text import blocks_from_text

MAX_DOCUMENT_BYTES = 20_000_000
FORMATS = (".pdf", ".html", ".htm", ".docx", ".md", ".markdown", ".txt", ".text")

__all__ = ["FORMATS", "ReadDocument", "ReadError", "read_document", "read_bytes"]


def _decode(data: bytes, name: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ReadError(f"{name}: not UTF-8 text ({exc.reason})") from exc


def read_bytes(data: bytes, suffix: str, name: str) -> ReadDocument:
    """One document's blocks and metadata; ``name`` is used in error messages."""
    suffix = suffix.lower()
    if suffix == ".pdf":
        from faqsvc.ingest.readers.pdf import read_pdf

        return read_pdf(data, name)
    if suffix in (".html", ".htm"):
        from faqsvc.ingest.readers.html import read_html

        return read_html(data, name)
    if suffix == ".docx":
        from faqsvc.ingest.readers.docx import read_docx

        return read_docx(data, name)
    if suffix in (".md", ".markdown"):
        from faqsvc.ingest.readers.markdown import read_markdown

        return read_markdown(_decode(data, name))
    if suffix in (".txt", ".text", ""):
        return ReadDocument(blocks_from_text(_decode(data, name)))
    raise InvalidParameter(
        f"{name}: unsupported format {suffix!r} (supported: {', '.join(FORMATS)})"
    )


def read_document(path: Path) -> ReadDocument:
    if not path.is_file():
        raise InvalidParameter(f"{path}: no such file")
    if path.stat().st_size > MAX_DOCUMENT_BYTES:
        raise InvalidParameter(f"{path}: larger than {MAX_DOCUMENT_BYTES} bytes")
    return read_bytes(path.read_bytes(), path.suffix, path.name)

"""Compare PDF libraries and HTML main-content extractors on the blind set's PDF and HTML files.

    python scripts/compare_readers.py [tests/data/ingest_blind] [--markdown]

Each candidate's output goes through the same ingest rules (sections, questions, clutter
rules) and is scored as scripts/ingest_eval.py scores ours: sections whole and own, clutter
strings leaked, files that gave pairs or the clear error a scanned PDF must give, and the
median time per document (extraction and pairing). Candidates that are not installed are
reported as such: they are installed only for this comparison (see README, dependencies):

    pip install pypdf pdfplumber pypdfium2 trafilatura justext readability-lxml selectolax

PDF libraries other than pdfminer.six give text without fonts here, so their text is read by
the plain-text rules; ours uses pdfminer's fonts and positions (headings, running headers,
columns). HTML extractors give the main text (trafilatura as Markdown with its headings,
jusText as paragraphs marked heading or boilerplate, readability-lxml as a reduced page our
HTML reader then reads, selectolax as the page with nav/header/footer/aside removed).
"""

from __future__ import annotations

import argparse
import io
import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from faqsvc.errors import FaqError  # noqa: E402
from faqsvc.ingest.document import pairs_from_blocks  # noqa: E402
from faqsvc.ingest.readers import ReadError, read_bytes  # noqa: E402
from faqsvc.ingest.readers.markdown import read_markdown  # noqa: E402
from faqsvc.ingest.text import Block, blocks_from_text  # noqa: E402
from faqsvc.model import Source  # noqa: E402
from scripts.ingest_eval import DEFAULT_SET, DocScore, score_pairs, summary  # noqa: E402

MIN_TEXT = 40  # characters: below this a PDF has no text layer (as our reader decides)
JUSTEXT_LANGUAGES = {
    "en": "English",
    "es": "Spanish",
    "fr": "French",
    "de": "German",
    "pt": "Portuguese",
    "vi": "Vietnamese",
}

Reader = Callable[[bytes, str, str], list[Block]]


def _text_blocks(text: str, name: str) -> list[Block]:
    if len(text.strip()) < MIN_TEXT:
        raise ReadError(f"{name}: this PDF has no text layer")
    return blocks_from_text(text)


def pdf_pypdf(data: bytes, name: str, lang: str) -> list[Block]:
    import pypdf

    reader = pypdf.PdfReader(io.BytesIO(data))
    return _text_blocks("\n\n".join(page.extract_text() or "" for page in reader.pages), name)


def pdf_pdfplumber(data: bytes, name: str, lang: str) -> list[Block]:
    import pdfplumber

    with pdfplumber.open(io.BytesIO(data)) as pdf:
        text = "\n\n".join(page.extract_text() or "" for page in pdf.pages)
    return _text_blocks(text, name)


def pdf_pypdfium2(data: bytes, name: str, lang: str) -> list[Block]:
    import pypdfium2

    pdf = pypdfium2.PdfDocument(data)
    text = "\n\n".join(page.get_textpage().get_text_range() for page in pdf)
    return _text_blocks(text.replace("\r\n", "\n"), name)


def pdf_pdfminer_text(data: bytes, name: str, lang: str) -> list[Block]:
    from pdfminer.high_level import extract_text

    return _text_blocks(extract_text(io.BytesIO(data)), name)


def ours(data: bytes, name: str, lang: str) -> list[Block]:
    document = read_bytes(data, Path(name).suffix, name)
    return document.blocks


def html_trafilatura(data: bytes, name: str, lang: str) -> list[Block]:
    import trafilatura

    text = trafilatura.extract(data, output_format="markdown", include_tables=True) or ""
    return read_markdown(text).blocks


def html_justext(data: bytes, name: str, lang: str) -> list[Block]:
    import justext

    paragraphs = justext.justext(data, justext.get_stoplist(JUSTEXT_LANGUAGES[lang]))
    return [
        Block("para", [p.text.strip()], heading=p.is_heading)
        for p in paragraphs
        if not p.is_boilerplate and p.text.strip()
    ]


def html_readability(data: bytes, name: str, lang: str) -> list[Block]:
    from readability import Document

    page = Document(data.decode("utf-8", "replace"))
    reduced = f"<html><body><h1>{page.short_title()}</h1>{page.summary(html_partial=True)}"
    return read_bytes(reduced.encode(), ".html", name).blocks


def html_selectolax(data: bytes, name: str, lang: str) -> list[Block]:
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(data)
    for node in tree.css("script, style, noscript, nav, header, footer, aside, form, dialog"):
        node.decompose()
    body = tree.body
    text = body.text(separator="\n") if body is not None else ""
    return blocks_from_text("\n\n".join(line for line in text.split("\n") if line.strip()))


CANDIDATES: dict[str, dict[str, Reader]] = {
    "pdf": {
        "pdfminer.six layout (ours)": ours,
        "pdfminer.six extract_text": pdf_pdfminer_text,
        "pypdf": pdf_pypdf,
        "pdfplumber": pdf_pdfplumber,
        "pypdfium2": pdf_pypdfium2,
    },
    "html": {
        "lxml structure rules (ours)": ours,
        "trafilatura": html_trafilatura,
        "jusText": html_justext,
        "readability-lxml": html_readability,
        "selectolax (furniture removed)": html_selectolax,
    },
}


def _score(path: Path, doc: dict, reader: Reader) -> tuple[DocScore, float]:
    lang = doc.get("language") or "en"
    score = DocScore(path.name, path.suffix.lstrip("."), lang)
    source = Source(path.stem, doc.get("title") or "", "")
    start = time.perf_counter()
    try:
        blocks = reader(path.read_bytes(), path.name, lang)
        pairs = pairs_from_blocks(blocks, source, lang, doc.get("title")).pairs
    except (FaqError, ValueError) as exc:
        elapsed = time.perf_counter() - start
        score.error = str(exc)
        score.ok = bool(doc.get("expect_error")) and path.name in str(exc)
        return score, elapsed
    return score_pairs(score, doc, pairs), time.perf_counter() - start


def compare(set_dir: Path) -> dict[str, dict[str, dict]]:
    manifest = json.loads((set_dir / "manifest.json").read_text(encoding="utf-8"))
    docs = manifest["documents"] if isinstance(manifest, dict) else manifest
    results: dict[str, dict[str, dict]] = {}
    for fmt, candidates in CANDIDATES.items():
        chosen = [d for d in docs if Path(d["file"]).suffix.lower().lstrip(".") in (fmt, "htm")]
        results[fmt] = {}
        for name, reader in candidates.items():
            try:
                scored = [_score(set_dir / d["file"], d, reader) for d in chosen]
            except ImportError as exc:
                results[fmt][name] = {"missing": str(exc)}
                continue
            row = summary([score for score, _ in scored])
            row["ms_per_doc"] = round(1000 * statistics.median(t for _, t in scored), 1)
            results[fmt][name] = row
    return results


def markdown_table(results: dict[str, dict[str, dict]]) -> str:
    lines = [
        "| format | candidate | docs | sections whole and own | clutter leaked | files ok "
        "| ms/doc (median) |",
        "|---|---|---|---|---|---|---|",
    ]
    for fmt, rows in results.items():
        for name, row in rows.items():
            if "missing" in row:
                lines.append(f"| {fmt} | {name} | not installed | | | | |")
                continue
            lines.append(
                f"| {fmt} | {name} | {row['documents']} | {row['whole_and_own']} "
                f"| {row['leaked']} | {row['files_ok']}/{row['documents']} | {row['ms_per_doc']} |"
            )
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("set_dir", nargs="?", default=str(DEFAULT_SET))
    parser.add_argument("--json", help="write the figures here")
    args = parser.parse_args()
    results = compare(Path(args.set_dir))
    print(markdown_table(results))
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

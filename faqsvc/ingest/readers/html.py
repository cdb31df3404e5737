"""Web pages: the page's own structure decides what is content.

``<nav>``, ``<header>``, ``<footer>``, ``<aside>`` and their ARIA roles are furniture; the
``<main>`` (or ``<article>``) element is the content when the page has one; ``<h1>``–``<h6>``
are headings; a block whose text is mostly links is navigation. lxml parses the page (it comes
with python-docx anyway), so a page that is not well-formed still gives its text.
"""

from __future__ import annotations

import re

from lxml import html as lxml_html
from lxml.etree import ParserError

from faqsvc.ingest.boilerplate import Dropped
from faqsvc.ingest.metadata import DocumentMeta, parse_date
from faqsvc.ingest.readers.base import ReadDocument, ReadError
from faqsvc.ingest.text import Block, clean_text

INVISIBLE = {"script", "style", "noscript", "template", "svg", "iframe", "head", "button", "select"}
FURNITURE = {"nav", "header", "footer", "aside", "form", "dialog", "menu"}
FURNITURE_ROLES = {
    "navigation",
    "banner",
    "contentinfo",
    "complementary",
    "search",
    "dialog",
    "alertdialog",
}
FURNITURE_CLASS = re.compile(
    r"(^|[\s_-])(breadcrumbs?|cookies?|cookie-banner|consent|share|sharing|social|skip-link"
    r"|sidebar|related|newsletter|pagination|toc|table-of-contents|print)($|[\s_-])",
    re.IGNORECASE,
)
HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
CONTAINERS = {"html", "body", "main", "article", "section"}
INLINE = {
    "a",
    "abbr",
    "b",
    "bdi",
    "bdo",
    "br",
    "cite",
    "code",
    "data",
    "dfn",
    "em",
    "font",
    "i",
    "img",
    "kbd",
    "mark",
    "q",
    "s",
    "samp",
    "small",
    "span",
    "strong",
    "sub",
    "sup",
    "time",
    "u",
    "var",
    "wbr",
}
BLOCKS = {"p", "blockquote", "pre", "dd", "dt", "figcaption", "caption", "address", "td", "th"}
LISTS = {"ul", "ol", "dl"}
LINK_DENSITY = 0.6

_META_TITLE = ("og:title", "dc.title", "dcterms.title", "twitter:title")
_META_PUBLISHER = ("publisher", "dc.publisher", "dcterms.publisher", "og:site_name", "author")
_META_DATE = (
    "last-reviewed",
    "lastreviewed",
    "review-date",
    "dcterms.modified",
    "article:modified_time",
    "dcterms.date",
    "dc.date",
    "date",
    "article:published_time",
    "dcterms.issued",
)


def _meta(tree) -> DocumentMeta:
    values: dict[str, str] = {}
    for meta in tree.iter("meta"):
        key = (meta.get("name") or meta.get("property") or meta.get("itemprop") or "").lower()
        content = (meta.get("content") or "").strip()
        if key and content:
            values.setdefault(key, content)
    title_el = tree.find(".//title")
    title = next((values[k] for k in _META_TITLE if k in values), None)
    h1 = tree.find(".//h1")
    heading = clean_text(h1.text_content()).strip() if h1 is not None else ""
    if not title and title_el is not None and title_el.text_content().strip():
        title = clean_text(title_el.text_content()).strip()
        if heading and title.startswith(heading):
            title = heading  # "<h1> | Site name": the site name is the publisher, not the title
    date = next((parse_date(values[k]) for k in _META_DATE if k in values), None)
    url = next((values[k] for k in ("og:url", "dc.identifier") if k in values), None)
    for link in tree.iter("link"):
        if "canonical" in (link.get("rel") or "").lower().split() and link.get("href"):
            url = link.get("href").strip()
    lang = (tree.get("lang") or "").split("-")[0].lower() or None
    publisher = next((values[k] for k in _META_PUBLISHER if k in values), None)
    return DocumentMeta(title, publisher, date, url if _is_http(url) else None, lang)


def _is_http(url: str | None) -> bool:
    return bool(url and re.match(r"^https?://\S+$", url))


def _is_furniture(el) -> str | None:
    if el.tag == "header" and any(a.tag in ("article", "main") for a in el.iterancestors()):
        return None  # an article's own header holds its title, not the site's banner
    if el.tag in FURNITURE:
        return f"<{el.tag}>"
    role = (el.get("role") or "").lower()
    if role in FURNITURE_ROLES:
        return f"role={role}"
    if el.get("hidden") is not None or el.get("aria-hidden") == "true":
        return "hidden element"
    if FURNITURE_CLASS.search(f"{el.get('class') or ''} {el.get('id') or ''}"):
        return "page furniture (class)"
    return None


def _text(el) -> str:
    """The element's text with ``<br>`` as a line break and runs of space collapsed."""
    for br in el.iter("br"):
        br.tail = "\n" + (br.tail or "")
    return clean_text(el.text_content()).strip()


def _link_density(el, text: str) -> float:
    linked = sum(len(clean_text(a.text_content()).strip()) for a in el.iter("a"))
    return linked / max(1, len(text))


def _is_bold_heading(el) -> bool:
    """A paragraph that is one short bold run is a heading written without heading markup."""
    text = _text(el)
    strong = [c for c in el if c.tag in ("strong", "b")]
    return (
        len(strong) == 1
        and not (el.text or "").strip()
        and not (strong[0].tail or "").strip()
        and 0 < len(text) <= 90
        and not text.endswith((".", ","))
    )


class _Walker:
    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.dropped: list[Dropped] = []

    def drop(self, why: str, el) -> None:
        text = clean_text(" ".join(el.itertext())).strip()
        if text:
            self.dropped.append(Dropped(why, text[:200]))

    def walk(self, el) -> None:
        if not isinstance(el.tag, str) or el.tag in INVISIBLE:
            return
        why = _is_furniture(el)
        if why:
            self.drop(why, el)
            return
        if el.tag in HEADINGS:
            text = _text(el).replace("\n", " ")
            if text:
                self.blocks.append(Block("para", [text], heading=True))
        elif el.tag in LISTS:
            self.add_list(el)
        elif el.tag in BLOCKS or (el.tag not in CONTAINERS and _inline_only(el)):
            self.add_paragraph(el)
        else:  # a container: its own loose text between child blocks is a paragraph too
            self.add_text(el.text)
            for child in el:
                self.walk(child)
                self.add_text(child.tail)

    def add_text(self, text: str | None) -> None:
        line = clean_text(text or "").strip()
        if line:
            self.blocks.append(Block("para", [line], heading=False))

    def add_list(self, el) -> None:
        entries = [li for li in el if li.tag in ("li", "dd", "dt") and _text(li)]
        items = [_text(li).replace("\n", " ") for li in entries]
        linked = sum(_link_density(li, _text(li)) > 0.5 for li in entries)
        short = all(len(item.split()) <= 6 for item in items)
        if items and (
            _link_density(el, " ".join(items)) > LINK_DENSITY
            or (short and linked >= max(2, len(items) / 2))
        ):
            self.dropped.extend(Dropped("link list", item) for item in items)
        elif items:
            self.blocks.append(Block("list", items, heading=False))

    def add_paragraph(self, el) -> None:
        text = _text(el)
        if not text:
            return
        if len(text) < 200 and _link_density(el, text) > LINK_DENSITY:
            self.dropped.append(Dropped("mostly links", text))
            return
        heading = _is_bold_heading(el)
        for line in text.split("\n"):
            if line.strip():
                self.blocks.append(Block("para", [line.strip()], heading=heading))


def _inline_only(el) -> bool:
    """An element holding text and only inline children (a ``<div>`` used as a paragraph)."""
    return bool(_text(el)) and not any(
        isinstance(child.tag, str) and child.tag not in INLINE for child in el
    )


def _decode(data: bytes) -> str:
    """The page as text: its BOM or declared charset, else UTF-8, else Windows-1252 (what
    browsers assume), so an undeclared UTF-8 page is not read as Latin-1."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", "replace")
    declared = re.search(rb"<meta[^>]+charset=[\"']?([\w-]+)", data[:4096], re.IGNORECASE)
    for encoding in ([declared.group(1).decode("ascii")] if declared else []) + ["utf-8"]:
        try:
            text = data.decode(encoding)
            break
        except (LookupError, UnicodeDecodeError):
            continue
    else:
        text = data.decode("cp1252", "replace")
    return re.sub(r"^\s*<\?xml[^>]*\?>", "", text)  # lxml refuses a declaration in a str


def read_html(data: bytes, name: str) -> ReadDocument:
    try:
        tree = lxml_html.document_fromstring(_decode(data))
    except (ParserError, ValueError) as exc:
        raise ReadError(f"{name}: not a readable HTML page ({exc})") from exc
    meta = _meta(tree)
    body = tree.find("body") if tree.find("body") is not None else tree
    main = body.find(".//main")
    if main is None:
        found = body.xpath(".//*[@role='main']") or body.xpath(".//article")
        main = found[0] if len(found) == 1 else None
    walker = _Walker()
    walker.walk(body if main is None else main)
    if main is not None:
        main.drop_tree()
        outside = _Walker()
        outside.walk(body)
        walker.dropped += outside.dropped
        walker.dropped += [Dropped("outside <main>", b.text) for b in outside.blocks]
    return ReadDocument(walker.blocks, meta, walker.dropped, structured=True)

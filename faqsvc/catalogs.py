"""gettext catalogs for FAQ content (``faq`` domain) and UI strings (``messages`` domain).

FAQ entries use ``msgctxt "<pair id>|<field>"`` and the English text as ``msgid``. Looking a
translation up by context *and* current English text means a translation of an older English
wording simply is not found: it is never served, and the English is served instead.
Review status lives in a translator comment (``# status: reviewed``), which
``pybabel update`` keeps; anything else counts as an unreviewed machine translation.
"""

from __future__ import annotations

import hashlib
import io
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

from faqsvc import corpus
from faqsvc.errors import CatalogError
from faqsvc.locales import SOURCE_LOCALE, SUPPORTED_LOCALES, locale_info
from faqsvc.model import QAPair

FAQ_DOMAIN = "faq"
UI_DOMAIN = "messages"
FIELDS = ("question", "alternate", "answer")
_STATUS = re.compile(r"status:\s*(machine|reviewed)", re.IGNORECASE)
# A fixed date keeps regenerated templates byte-identical when nothing changed.
_EPOCH = datetime(2026, 1, 1, tzinfo=UTC)


@dataclass(frozen=True)
class Translation:
    text: str
    status: str  # "machine" or "reviewed"


def context(pair_id: str, field: str) -> str:
    return f"{pair_id}|{field}"


WORD_JOINER = "\u2060"


def catalog_msgid(text: str) -> str:
    """The msgid for an English text: a word joiner after each "%".

    Babel flags any msgid with "% o" or "%d" as python-format, and ``pybabel compile`` then
    rejects a translation of "87% of patients" that lacks "% o". The joiner is invisible, breaks
    that false match, and exists only in catalogs: served text never contains it.
    """
    return text.replace("%", "%" + WORD_JOINER).replace(WORD_JOINER * 2, WORD_JOINER)


def served_text(msgstr: str) -> str:
    return msgstr.replace(WORD_JOINER, "")


def faq_template(pairs: list[QAPair]) -> Catalog:
    """One entry per question, alternate phrasing and answer of every English pair."""
    catalog = Catalog(project="faqsvc", domain=FAQ_DOMAIN, creation_date=_EPOCH, fuzzy=False)
    for pair in pairs:
        if pair.lang != SOURCE_LOCALE:
            continue
        note = f"{pair.source.publisher} · topic: {pair.topic}"
        texts = [("question", pair.question)]
        texts += [("alternate", alt) for alt in pair.alternates]
        texts += [("answer", pair.answer)]
        for field, text in texts:
            catalog.add(catalog_msgid(text), context=context(pair.id, field), auto_comments=[note])
    return catalog


_TEMPLATE_HEADER = (
    "# Translations template for faqsvc, generated from the corpus by `faqsvc i18n extract`.\n"
    "# Translators: copy it with `pybabel init` or merge it with `pybabel update`."
)
_GENERATED_BY = re.compile(r'^"Generated-By: [^"]*"$', re.MULTILINE)


def po_text(catalog: Catalog) -> str:
    """The template as committed. Babel stamps the current year and its own version into the
    header, so the same corpus would give a different file on a new install or a new year."""
    catalog.header_comment = _TEMPLATE_HEADER
    buffer = io.BytesIO()
    write_po(buffer, catalog, width=100, omit_header=False, sort_output=False)
    return _GENERATED_BY.sub(r'"Generated-By: faqsvc\\n"', buffer.getvalue().decode("utf-8"), 1)


def extract(corpus_dir: Path, translations_dir: Path) -> bool:
    """Write ``faq.pot`` from the corpus; returns whether it changed."""
    template = faq_template(corpus.load_pairs(corpus_dir))
    return corpus.atomic_write(translations_dir / f"{FAQ_DOMAIN}.pot", po_text(template))


def catalog_path(translations_dir: Path, locale: str, domain: str) -> Path:
    return translations_dir / locale_info(locale).gettext_name / "LC_MESSAGES" / f"{domain}.po"


def read_catalog(path: Path, locale: str | None = None) -> Catalog:
    try:
        with path.open("rb") as handle:
            return read_po(handle, locale=locale, abort_invalid=True)
    except Exception as exc:  # babel raises several types for a malformed file
        raise CatalogError(f"{path}: {exc}") from exc


def review_status(message) -> str:
    for comment in message.user_comments:
        if match := _STATUS.search(comment):
            return match.group(1).lower()
    return "machine"


def load_translations(translations_dir: Path, locale: str) -> dict[tuple[str, str], Translation]:
    """Usable FAQ translations of one locale, keyed by (context, English text)."""
    path = catalog_path(translations_dir, locale, FAQ_DOMAIN)
    if not path.exists():
        return {}
    table = {}
    for message in read_catalog(path):
        if not message.id or not message.context or message.fuzzy or not message.string:
            continue
        if isinstance(message.string, str) and message.string.strip():
            table[(message.context, message.id)] = Translation(
                served_text(message.string), review_status(message)
            )
    return table


def catalogs_hash(translations_dir: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(translations_dir.glob(f"*/LC_MESSAGES/{FAQ_DOMAIN}.po")):
        digest.update(str(path.relative_to(translations_dir)).encode() + path.read_bytes())
    return digest.hexdigest()[:16]


def compile_all(translations_dir: Path) -> list[Path]:
    """Compile every ``.po`` to ``.mo`` beside it (build output, not committed)."""
    written = []
    for po_path in sorted(translations_dir.glob("*/LC_MESSAGES/*.po")):
        catalog = read_catalog(po_path)
        buffer = io.BytesIO()
        write_mo(buffer, catalog, use_fuzzy=False)
        mo_path = po_path.with_suffix(".mo")
        if not mo_path.exists() or mo_path.read_bytes() != buffer.getvalue():
            mo_path.write_bytes(buffer.getvalue())
        written.append(mo_path)
    return written


@dataclass(frozen=True)
class StatusRow:
    locale: str
    domain: str
    translated: int
    fuzzy: int
    missing: int
    stale: int
    reviewed: int


def _template_keys(translations_dir: Path, domain: str) -> set[tuple[str | None, str]]:
    path = translations_dir / f"{domain}.pot"
    if not path.exists():
        return set()
    return {(m.context, m.id) for m in read_catalog(path) if m.id}


def status(corpus_dir: Path, translations_dir: Path) -> list[StatusRow]:
    """Per locale and domain: translated, fuzzy, missing and stale entries against the template."""
    rows = []
    for domain in (FAQ_DOMAIN, UI_DOMAIN):
        wanted = _template_keys(translations_dir, domain)
        for locale in SUPPORTED_LOCALES:
            if locale == SOURCE_LOCALE:
                continue
            path = catalog_path(translations_dir, locale, domain)
            messages = [m for m in read_catalog(path) if m.id] if path.exists() else []
            done = {(m.context, m.id) for m in messages if m.string and not m.fuzzy}
            fuzzy = sum(1 for m in messages if m.fuzzy and (m.context, m.id) in wanted)
            stale = sum(1 for m in messages if (m.context, m.id) not in wanted)
            reviewed = sum(
                1 for m in messages if review_status(m) == "reviewed" and not m.fuzzy and m.string
            )
            rows.append(
                StatusRow(
                    locale,
                    domain,
                    len(done & wanted),
                    fuzzy,
                    len(wanted - done) - fuzzy,
                    stale,
                    reviewed,
                )
            )
    return rows


_PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|%[sd]|\{\w*\}")
_MARKUP = re.compile(r"</?[a-zA-Z][^>]*>")


def _shape(text: str) -> tuple:
    paragraphs = text.split("\n\n")
    items = sum(1 for line in text.split("\n") if line.startswith("- "))
    return (
        len(paragraphs),
        items,
        sorted(_PLACEHOLDER.findall(text)),
        sorted(_MARKUP.findall(text)),
    )


def markup_problems(msgid: str, msgstr: str) -> list[str]:
    """Differences in structure a translation must keep: paragraphs, list items, placeholders."""
    if not msgstr:
        return []
    want, got = _shape(msgid), _shape(msgstr)
    names = ("paragraphs", "list items", "placeholders", "markup")
    return [f"{name}: {w} != {g}" for name, w, g in zip(names, want, got, strict=True) if w != g]


def check_catalog(path: Path) -> list[str]:
    """Every problem that should stop a catalog from shipping: parse, compile, structure."""
    problems = []
    catalog = read_catalog(path)
    try:
        write_mo(io.BytesIO(), catalog)
    except Exception as exc:  # compile failure of any kind
        problems.append(f"{path}: does not compile ({exc})")
    for message, errors in catalog.check():  # what `pybabel compile` refuses
        problems += [f"{path}: {message.context or message.id[:40]}: {e}" for e in errors]
    for message in catalog:
        if not message.id or message.fuzzy or not isinstance(message.string, str):
            continue
        if message.context and message.context.endswith("|alternate"):
            continue  # alternates may be rephrased freely, one per line
        for problem in markup_problems(message.id, message.string):
            problems.append(f"{path}: {message.context or message.id[:40]}: {problem}")
    return problems

"""Clutter told by the shape of a line, not by its words, so it works in any language.

A leaflet's furniture has shapes prose never has: several ``Label: value`` fields on one line
(publication metadata), a line that ends in a form code (``Ref: ABC-123``), a postal address
(comma-separated parts around a postcode), a letter's salutation (a few words ending in a
comma), a line made only of clutter parts joined by ``|`` or ``·``. Each predicate returns the
rule name for ``ingest --report`` or None.
"""

from __future__ import annotations

import re

from faqsvc.ingest import metadata
from faqsvc.ingest.text import TERMINAL

# "Label:" or "Label :": the word before a colon (a longer label's last word), so the value runs
# from one colon to the word before the next.
_LABEL = re.compile(r"(?:^|(?<=\s))[^\W\d_][\w'’.-]*\s?:(?=\s)")
_BARE_NUMBER = re.compile(r"^\d[\d.,\s]*$")
# A form or leaflet code: capitals and digits joined by hyphens (ABC-12, AB-CD-03, END-112 v4).
_CODE = re.compile(r"\b[A-Z]{2,6}(?:[-–][A-Z0-9]{1,6}){0,3}[-–]?\d{1,4}[A-Za-z]?(?:\s+v\d+)?$")
# Postcodes: British (NB3 7QX), and the 4-5 digit kind before a town (34000 Valmont, 4050-123 Porto).
_POSTCODE = re.compile(
    r"\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b|(?:^|[,–-]\s*)\d{4,5}(?:-\d{3})?\s+[^\W\d_]{2,}"
)
_PARTS = re.compile(r"\s*(?:,|\s[–-]\s)\s*")
_SEPARATORS = re.compile(r"\s+[|·•]\s+")


def _is_sentence(line: str) -> bool:
    return line.rstrip().endswith(TERMINAL) and not line.rstrip().endswith(":")


def field_list(line: str) -> str | None:
    """'Published: 3 May 2024 Category: Heart Views: 1,204': two or more label-value fields on
    a short line, one of them a date or a count."""
    if len(line.split()) > 20 or _is_sentence(line):
        return None
    labels = list(_LABEL.finditer(line))
    if len(labels) >= 2:
        ends = [m.start() for m in labels[1:]] + [len(line)]
        values = [line[m.end() : end].strip() for m, end in zip(labels, ends, strict=True)]
        # a date or a bare count among them: "Morning: 2 tablets Evening: 1 tablet" is advice
        if any(_BARE_NUMBER.match(v) or _is_date(v) for v in values):
            return "publication metadata"
    return None  # one "Label: 80" alone may be a lab value: only a line of fields is metadata


def _is_date(value: str) -> bool:
    return len(value.split()) <= 4 and metadata.parse_date(value) is not None


def document_code(line: str) -> str | None:
    """A short line ending in a form code: 'Leaflet ref: XYZ-104', 'Formulaire AB-CD-07'.
    A code after a colon or dash, with two hyphens or three digits, is never a word like
    'COVID-19'."""
    if len(line.split()) > 8 or _is_sentence(line):
        return None
    code = _CODE.search(line)
    if not code:
        return None
    token, before = code.group(0), line[: code.start()].rstrip()
    labelled = before.endswith((":", "–", "-", "—", "#"))
    if labelled or len(re.findall(r"[-–]", token)) >= 2 or re.search(r"\d{3}", token):
        return "document code"
    return None


def postal_address(line: str) -> str | None:
    """'Unit 4, 12 Harbour Street, Ashby AB1 2CD' or 'Calle Mayor 3 – 28013 Madrid': parts
    joined by commas or dashes, one of them a postcode, and no sentence."""
    if len(line.split()) > 18 or _is_sentence(line):
        return None
    parts = [part for part in _PARTS.split(line) if part]
    if len(parts) >= 2 and _POSTCODE.search(line):
        return "postal address"
    return None


def salutation(line: str) -> str | None:
    """A few words ending in a comma, alone as a paragraph, open or close a letter in any
    language ('Dear Mrs Rao,', 'Querida familia,', 'Liebe Eltern,'): no sentence ends so.
    Only asked where a letter opens or closes (``structure.letter_frame``), since a PDF line
    broken after a comma has the same shape."""
    words = line.split()
    if 1 <= len(words) <= 6 and line.endswith(",") and not re.search(r"\d", line):
        return "salutation"
    return None


def combined(line: str, rule_of) -> str | None:
    """'Ref: AB-12 | Reviewed: May 2024 | Print': parts joined by separators, each of which
    is clutter by itself, make a clutter line; one part of prose keeps it."""
    parts = [part.strip() for part in _SEPARATORS.split(line) if part.strip()]
    if len(parts) < 2:
        return None
    rules = [rule_of(part) for part in parts]
    return rules[0] if all(rules) else None


SHAPES = (field_list, document_code, postal_address)


def shape_rule(line: str) -> str | None:
    for predicate in SHAPES:
        rule = predicate(line)
        if rule:
            return rule
    return None

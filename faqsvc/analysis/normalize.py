"""Pure string helpers shared by the analyzers, ingestion and the web layer.

They live apart from the whoosh filters so that code which only needs clean text (ingest,
display, query logging) does not import the search engine.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["arabic_normalize", "fold", "is_latin", "normalize", "padded_words"]

_APOSTROPHES = "\u2018\u2019\u201a\u201b\u02bc\u2032\u00b4\u0060\uff07"
_QUOTES = "\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033\u301d\u301e\uff02"
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"
# Invisible characters that copy-paste from PDFs, word processors and phones leave inside
# words: soft hyphen, zero-width space/joiners, bidi marks and isolates, BOM, variation
# selectors. Left in place they make two spellings of one word different index terms.
_INVISIBLE = (
    "\u00ad\u061c\u180e\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
    "\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\ufeff"
    + "".join(chr(c) for c in range(0xFE00, 0xFE10))
)
_CONTROLS = "".join(chr(c) for c in [*range(0x00, 0x09), *range(0x0E, 0x20), *range(0x7F, 0xA0)])

_NORMALIZE_TABLE: dict[int, str | None] = {
    **{ord(c): "'" for c in _APOSTROPHES},
    **{ord(c): '"' for c in _QUOTES},
    **{ord(c): "-" for c in _DASHES},
    **{ord(c): None for c in _INVISIBLE + _CONTROLS},
}
_WHITESPACE = re.compile(r"\s+")
_NON_WORD = re.compile(r"[^\w]+")

# Letters that carry no combining mark under NFD, so stripping marks alone leaves them intact.
_FOLD_LETTERS: dict[int, str] = {
    ord("đ"): "d",
    ord("ð"): "d",
    ord("ø"): "o",
    ord("æ"): "ae",
    ord("œ"): "oe",
    ord("ł"): "l",
    ord("ı"): "i",
    ord("ħ"): "h",
    ord("ŧ"): "t",
}

_ARABIC_TABLE: dict[int, str | None] = {
    0x0623: "\u0627",  # أ
    0x0625: "\u0627",  # إ
    0x0622: "\u0627",  # آ
    0x0671: "\u0627",  # ٱ
    0x0624: "\u0648",  # ؤ -> و
    0x0626: "\u064a",  # ئ -> ي
    0x0629: "\u0647",  # ة -> ه
    0x0649: "\u064a",  # ى -> ي
    0x06CC: "\u064a",  # Persian yeh, typed on Persian/Urdu keyboards
    0x06A9: "\u0643",  # Persian keheh -> ك
    0x0640: None,  # tatweel
    0x0670: None,  # superscript alef
    **{c: None for c in range(0x064B, 0x0660)},  # harakat, shadda, sukun, hamza marks
    **{c: None for c in range(0x06D6, 0x06EE)},  # Quranic annotation marks
}


def normalize(text: str) -> str:
    """One canonical spelling of a string, so equal-looking text compares and indexes equal.

    Keyboards, PDFs and phones produce the same words with curly or straight apostrophes,
    en dashes or hyphens, composed or decomposed accents and invisible joiners.
    """
    if text.isascii() and text.isprintable() and "  " not in text and "`" not in text:
        return text.strip()
    text = unicodedata.normalize("NFC", text.translate(_NORMALIZE_TABLE))
    return _WHITESPACE.sub(" ", text).strip()


def padded_words(text: str) -> str:
    """Words joined by single spaces with one at each end, so ``" to sleep " in`` it is a
    whole-word test that needs no regular expression per term."""
    return " " + " ".join(_NON_WORD.split(text)).strip() + " "


def is_latin(char: str) -> bool:
    """Latin letters (incl. Vietnamese) are the only ones whose marks are safe to drop."""
    code = ord(char)
    return code < 0x0250 or 0x1E00 <= code <= 0x1EFF or 0x2C60 <= code <= 0x2C7F


def fold(text: str) -> str:
    """Lowercase and strip accents from Latin letters, because patients often type without them.

    Marks on other scripts are kept: under NFD Arabic hamza, Japanese dakuten and Hangul
    decompose too, and dropping those marks would change the letter, not just its accent.
    """
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFD", text.casefold().translate(_FOLD_LETTERS))
    kept: list[str] = []
    latin_base = False
    for char in decomposed:
        if unicodedata.category(char) == "Mn":
            if latin_base:
                continue
        else:
            latin_base = is_latin(char)
        kept.append(char)
    return unicodedata.normalize("NFC", "".join(kept))


def arabic_normalize(text: str) -> str:
    """Collapse Arabic spelling variants that writers use interchangeably.

    Hamza seats, taa marbuta and alef maqsura vary by writer and keyboard, and vowel marks
    appear only in careful text; a query must match whichever variant the leaflet used.
    """
    return unicodedata.normalize("NFC", text).translate(_ARABIC_TABLE)

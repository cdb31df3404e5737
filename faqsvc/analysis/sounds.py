"""How a word sounds, so that a word spelt by ear finds the word the pairs write.

Patients who spell by sound (low literacy, dyslexia, a language learnt by ear) write "sement"
for cement, "injecshun", "operasion", "kedarme" for quedarme, "pourkoi", "recuperasaum": no
typo of one letter, so the typo correction (one edit, first letter kept) finds nothing, and each
such word weighed as the rarest term. A word's *shape* here is its spelling rewritten by the
rules of its language's sounds (c before e and s alike, v and b alike in Spanish, French final
letters silent, German vowel-lengthening h dropped…) and its *key* that shape's consonants: two
spellings of one sound meet on one key, and the shapes rank the words of a key. The build
stores the keys of the words its texts use (``precompute``, in the pair store's ``romanized``
table, beside the Arabic and Chinese keys of ``analysis.romanized``); a query's unknown words
are looked up there (``faqsvc.answering.respelling``).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable

SOUND_LANGUAGES = ("de", "en", "es", "fr", "pt", "vi")
VOWELS = frozenset("aeiouyAEIOU")  # upper case: nasal or open vowels
_PLAIN_VOWELS = frozenset("aeiouy")
_WORD = re.compile(r"[^\W\d_]{3,}")

# Letters that would lose their sound with their accent, rewritten first (upper case marks a
# sound of its own; the rules see lower-case letters without accents).
_BEFORE_FOLD = {
    "de": (("ß", "s"), ("ä", "e"), ("ö", "o"), ("ü", "u")),
    "es": (("ñ", "ny"),),
    "fr": (("ç", "S"), ("é", "E"), ("è", "E"), ("ê", "E")),
    "pt": (("ç", "S"), ("ão", "AU"), ("ãe", "AI"), ("õe", "OI")),
    "vi": (("đ", "D"),),
}
# (pattern, replacement) in order, on the folded lower-case word.
_RULES: dict[str, tuple[tuple[str, str], ...]] = {
    "en": (
        (r"ph", "f"), (r"gh", ""), (r"ck", "k"), (r"qu", "kw"), (r"c(?=[eiy])", "s"), (r"c", "k"),
        (r"q", "k"), (r"x", "ks"), (r"^wh", "w"), (r"^wr", "r"), (r"^kn", "n"), (r"mb$", "m"),
        (r"[st]ion", "shun"), (r"ture", "cher"), (r"z", "s"), (r"dg", "j"), (r"g(?=[eiy])", "j"),
        (r"th", "t"), (r"ing$", "in"), (r"(?<=[aeiou])h", ""), (r"ae", "e"),
        (r"(?<=[aeiou])r(?![aeiouy])", ""), (r"ea|ee|ie", "i"), (r"oo|ou", "u"), (r"y$", "i"),
        (r"e$", ""),
    ),
    "de": (
        (r"^sch|^s(?=[tp])", "S"), (r"sch", "S"), (r"ch", "X"), (r"ph", "f"), (r"th", "t"),
        (r"ck", "k"), (r"qu", "kw"), (r"tz|ts|^z", "z"), (r"tion", "zion"), (r"dt$|d$", "t"),
        (r"v", "f"), (r"ie", "i"), (r"(?<=[aeiou])h", ""), (r"ai|ei|ay|ey", "ai"),
        (r"eu|au(?=e)", "oi"), (r"ng$", "nk"), (r"(?<=[^aeiou])en$", "n"),
        (r"(?<=[aeiou])r(?![aeiou])", "a"), (r"c", "k"), (r"x", "ks"), (r"y", "u"), (r"w", "v"),
    ),
    "es": (
        (r"^(?:hu|gu|w)(?=e)", "u"), (r"qu", "k"), (r"gu(?=[ei])", "g"), (r"c(?=[ei])", "s"),
        (r"z", "s"), (r"c", "k"), (r"v", "b"), (r"ll", "y"), (r"g(?=[ei])", "j"), (r"h", ""),
        (r"x", "ks"), (r"w", "u"), (r"y$", "i"),
    ),
    "fr": (
        (r"eaux?$|aux?$", "o"), (r"eau|au", "o"), (r"qu", "k"), (r"gu(?=[eiyE])", "g"),
        (r"tion", "Sion"), (r"c(?=[eiyE])|ss", "S"), (r"sch|ch", "X"), (r"ph", "f"),
        (r"th", "t"), (r"g(?=[eiyE])", "j"), (r"ck|c", "k"), (r"gn", "N"), (r"ill", "y"),
        (r"(?<=[aeiou])x$", ""), (r"x", "ks"), (r"(?<=...)er$|ez$|et$", "E"), (r"ai|ei", "E"),
        (r"[sxtdpS]+$", ""), (r"(?<=.)e$", ""), (r"oi", "wa"), (r"ou", "u"),
        (r"[ae][nm](?![aeiouyAEIOnm])", "A"), (r"[aeiu]?[iuy][nm](?![aeiouyAEIOnm])", "I"),
        (r"o[nm](?![aeiouyAEIOnm])", "O"), (r"h", ""), (r"y", "i"), (r"S|z", "s"),
    ),
    "pt": (
        (r"ch", "x"), (r"lh", "ly"), (r"nh", "ny"), (r"qu(?=[ei])|gu(?=[ei])", "k"),
        (r"c(?=[ei])|ss", "S"), (r"c", "k"), (r"qu", "kw"), (r"g(?=[ei])", "j"),
        (r"^h|(?<![nl])h", ""), (r"a[uo]m?$|am$", "AU"), (r"o$|os$", "u"), (r"e$|es$", "i"),
        (r"[ae][nm]$", "A"), (r"w", "u"), (r"y", "i"), (r"S|z", "s"),
    ),
    "vi": (
        (r"ngh", "ng"), (r"gh", "g"), (r"ph", "f"), (r"^tr", "ch"), (r"^kh", "k"),
        (r"^c(?!h)|^q(?!u)", "k"), (r"^qu", "kw"), (r"^x", "s"), (r"D", "d"), (r"y", "i"),
    ),
}  # fmt: skip
_COMPILED = {
    language: tuple((re.compile(pattern), replacement) for pattern, replacement in rules)
    for language, rules in _RULES.items()
}
_DOUBLED = re.compile(r"(.)\1+")


def sound_shape(language: str, word: str) -> str:
    """The word rewritten as it sounds in ``language`` ("sement" and "cement" -> "sement")."""
    word = word.lower()
    for letters, sound in _BEFORE_FOLD.get(language, ()):
        word = word.replace(letters, sound)
    word = "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))
    for pattern, replacement in _COMPILED.get(language, ()):
        word = pattern.sub(replacement, word)
    return _DOUBLED.sub(r"\1", word)


def sound_key(shape: str) -> str:
    """A shape's first letter and its consonants: spellings that differ in a vowel meet."""
    return shape[:1] + "".join(c for c in shape[1:] if c not in VOWELS)


def shape_distance(typed: str, written: str) -> float:
    """Edits between two shapes, one vowel for another costing half: by-ear writers hear vowels
    loosest. A plain vowel typed or left out costs half too; a nasal or open one (upper case)
    is a sound of its own."""
    row = [0.0]
    for other in written:
        row.append(row[-1] + _gap(other))
    for letter in typed:
        previous, row = row, [row[0] + _gap(letter)]
        for j, other in enumerate(written, 1):
            vowels = letter in VOWELS and other in VOWELS
            same = 0.0 if letter == other else 0.5 if vowels else 1.0
            row.append(
                min(previous[j] + _gap(letter), row[j - 1] + _gap(other), previous[j - 1] + same)
            )
    return row[-1]


def _gap(letter: str) -> float:
    return 0.5 if letter in _PLAIN_VOWELS else 1.0


def sound_rows(language: str, texts: Iterable[str]) -> list[tuple[str, str, str, int]]:
    """(key, word, shape, count) for each word of ``texts`` of three letters or more, as written
    (lower case); stored by the build for the look-up."""
    counts = Counter(word.lower() for text in texts for word in _WORD.findall(text))
    rows = []
    for word, count in counts.items():
        shape = sound_shape(language, word)
        if len(shape) >= 2:
            rows.append((sound_key(shape), word, shape, count))
    return rows

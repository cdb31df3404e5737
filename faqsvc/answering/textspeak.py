"""Text-speak written out before the search: "wen cn u wlk aftr" is no word the pairs have.

A grandchild or a young carer types for the patient in the text-speak of their language ("pls",
"b4", "2m1", "qd", "vc", "tb", "ko", "dc"); each such word weighed as the rarest term and sank the
message. ``faqsvc/data/textspeak/<language>.txt`` lists each language's common abbreviations
(``abbreviation<TAB>expansion``, written by a helper who saw none of the test sets, leaving out
any that is also an ordinary word or a medical abbreviation: "op", "tb", "avc", "dd"). A listed
abbreviation is replaced only as a whole word; in Chinese, which has no spaces to mark a word,
only entries of three characters or more ("肿么办"), since a shorter one hides inside ordinary
words (木有 in 麻木有时).
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from faqsvc.analysis import language_of

MIN_HAN_ENTRY = 3
_HAN = re.compile(r"[\u3400-\u9fff]")
# What may stand on either side of an abbreviation: the text's edge, a space or punctuation
# ("r u ok?"), never a letter or digit of a longer word.
_EDGE = r"\s.,;:!?¿¡()\"“”…\u061f\u060c"


def expanded(locale: str, text: str) -> str:
    """``text`` with the locale's language's abbreviations written out."""
    table, pattern = _table(language_of(locale))
    if pattern is None:
        return text
    return pattern.sub(lambda m: table[m.group().lower()], text)


@cache
def _table(language: str) -> tuple[dict[str, str], re.Pattern | None]:
    path = resources.files("faqsvc") / "data" / "textspeak" / f"{language}.txt"
    if not path.is_file():
        return {}, None
    table = {}
    for line in path.read_text("utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            short, _, full = line.partition("\t")
            if full.strip() and (not _HAN.search(short) or len(short) >= MIN_HAN_ENTRY):
                table[short.strip().lower()] = full.strip()
    if not table:
        return {}, None
    words = "|".join(re.escape(short) for short in sorted(table, key=len, reverse=True))
    if language == "zh":
        return table, re.compile(words)
    return table, re.compile(rf"(?<![^{_EDGE}])(?:{words})(?![^{_EDGE}])", re.IGNORECASE)


def warm() -> None:
    """Read every table now (a worker starting)."""
    for path in (resources.files("faqsvc") / "data" / "textspeak").iterdir():
        _table(path.name.removesuffix(".txt"))

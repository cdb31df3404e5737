"""A letter's signature is no part of its question.

Patients and relatives write to the department as to any office: "… Could you kindly advise
whether this affects the scans? Yours faithfully, J. Patel". The name is a word no pair uses,
so it weighed as the rarest term of the message and sank the right answer ("Atentamente, Rosa
Martínez", "cordialement, P. Lefèvre", "ولكم جزيل الشكر،\\nسامي"). The closing formula itself
is made of stop words; only the name is cut here. A name is recognised by its place, not by a
list: the message's last 1-3 capitalised words (or initials), after a sentence's end and a
closing formula of a few words and a comma ("Thanks, Ann"), or after the sentence's end
itself when there are two of them ("… distinguées. Claire Dumas"); in scripts without capitals,
a last line of one or two words under a line ending in a comma. A word after a comma at the end
of a long sentence ("…, my neighbour had it done, Kyphoplasty") is not a signature: it may be
the very thing asked.
"""

from __future__ import annotations

import re

__all__ = ["without_signature"]

MIN_CHARS = 25  # a short message ending in a name is a question about it ("Kyphoplasty, Dr. Lee")
_NAME = r"(?:[A-ZÀ-ÖØ-Þ]\.|[A-ZÀ-ÖØ-Þ][\w'’-]+)"
MAX_FORMULA_WORDS = 6  # "Yours faithfully", "En vous remerciant par avance, cordialement"
_AFTER_COMMA = re.compile(rf"[.!?\n]([^.!?\n]*),\s*(?:{_NAME}\s*){{1,3}}$")
_AFTER_SENTENCE = re.compile(rf"[.!?]\s*(?:{_NAME}\s+){{1,2}}{_NAME}\s*$")
_LAST_LINE = re.compile(r"[,،]\s*\n\s*\S+(?:\s\S+)?\s*$")


def without_signature(text: str) -> str:
    """``text`` without the name it is signed with, when it ends like a letter."""
    if len(text) < MIN_CHARS:
        return text
    found = _AFTER_COMMA.search(text)
    if found and len(found.group(1).split()) <= MAX_FORMULA_WORDS:
        return text[: found.end(1) + 1].rstrip()
    for pattern in (_AFTER_SENTENCE, _LAST_LINE):
        found = pattern.search(text)
        if found:
            return text[: found.start() + 1].rstrip()
    return text

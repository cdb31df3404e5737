"""What of a patient's message is searched, and as which questions.

A message is not always one question: a story told first, a letter's signature, two or three
questions in one breath ("how long does it take? will I be asleep?"). These cut it into what the
search looks at; they know sentences and question marks, nothing of any language's words.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial

from faqsvc.answering.signature import without_signature

# How much of a long message ``searched_part`` looks through for its asking sentences.
SCANNED_CHARS = 2000
# A sentence of a message, with the marks that end it (Arabic and Chinese ones too).
SENTENCE = re.compile(r"[^.?!\n\u061f\u3002\uff01\uff1f]+[.?!\n\u061f\u3002\uff01\uff1f]*")
_ASKING = re.compile(r"[?\u061f\uff1f]")
# A letter typed three or more times over ("hurrrrt", "muchoooo", "whyyyy"): hardly a word of
# the eight languages has three in a row. Digits are left alone ("1000").
_STRETCHED = re.compile(r"([^\W\d_])\1{2,}")
# A sentence cried out ("FED UP of waiting!!!", "我好害怕！！！"): when another follows unmarked
# ("... kiné après vertébroplastie"), that one is what is asked.
_CRIED = re.compile(r"[!\uff01]\s*$")
# A message's heading before a colon: who writes ("Pharmacy:", "IDE EHPAD :", "护工："), a
# greeting ("Estimados señores:") or where they are ("en salle d'attente :"). Not a clock time
# ("7:30").
HEADING_WORDS = 3
_LABEL = re.compile(r"\s*[^\n:\uff1a.?!\u061f\u3002\uff1f]{1,40}?\s*[:\uff1a](?!\d)")


def searched_part(text: str, budget: int) -> str:
    """What of a long message is searched: the sentences that ask, or, when none is marked with
    a question mark, its opening and its close.

    A story told first puts the question last ("I'm 79, I fell in March, the GP says ... can I
    drive afterwards? Thanks, Ann"): cut to its opening words, the question was lost, and kept
    whole, the story outweighed it. On 96 long messages (353-694 characters, 8 locales) the
    right pair came first for 0.30 of the answerable ones searched on the opening, 0.58 on the
    asking sentences plus the opening, and 0.81 on the asking sentences alone. Only the first
    ``SCANNED_CHARS`` are looked at, so the work stays bounded whatever is sent. A letter's
    signature is never searched (``signature``)."""
    text = unstretched(without_signature(text[:SCANNED_CHARS]))
    if len(text) <= budget:
        return text
    sentences = [m.group().strip() for m in SENTENCE.finditer(text)]
    asking = [sentence for sentence in sentences if _ASKING.search(sentence)]
    if not asking:
        half = budget // 2
        return f"{text[:half]} {text[1 - half :]}"
    kept: list[str] = []
    for sentence in asking:
        if sum(map(len, kept)) + len(kept) + len(sentence) <= budget:
            kept.append(sentence)
    # One asking sentence longer than the budget: its end holds the question mark.
    return " ".join(kept) if kept else asking[0][-budget:]


def context_spans(
    text: str,
    opens_question: Callable[[str], bool] | None = None,
    asks_something: Callable[[str], bool] | None = None,
) -> list[range]:
    """Character spans of what a message tells: its heading before a colon, and its telling
    sentences when another one asks.

    A sentence asks when it has a question mark, or when ``opens_question`` (the locale's
    question words, ``query``) says it opens as a question: "es peligroso? cuanto riesgo hay de
    quedar paralitico" asks twice, though only once with a mark. A heading ("Pharmacy: pt on
    clopidogrel, hold how many days?", "尊敬的医生：") says who writes or where, seldom what is
    asked; one that opens as a question ("Qui fait l'intervention : un chirurgien ?") asks.
    ``asks_something`` (the locale's vague questions, ``query``) can say a sentence asks about
    nothing of its own ("What happens now?"): it leaves the story as what is asked about."""
    asking = partial(_asks, opens_question, asks_something)
    label = _LABEL.match(text)
    start = label.end() if label and _heading(label.group(), asking) else 0
    if not text[start:].strip():
        start = 0
    sentences = [(m.span(), asking(m.group())) for m in SENTENCE.finditer(text, start)]
    heading = [range(start)] if start else []
    if not any(asks for _, asks in sentences):
        # nothing asks: a sentence that is not cried out asks, when one is cried out before it
        sentences = [(span, not _CRIED.search(text[slice(*span)])) for span, _ in sentences]
        if all(asks for _, asks in sentences) or not any(asks for _, asks in sentences):
            return heading
    return heading + [range(*span) for span, asks in sentences if not asks]


def cried_spans(text: str) -> list[range]:
    """Character spans of the sentences a message cries out (ending in "!" or "！")."""
    return [range(*m.span()) for m in SENTENCE.finditer(text) if _CRIED.search(m.group())]


def _heading(label: str, asking: Callable[[str], bool]) -> bool:
    """A label of a few words that does not ask: a longer one names what is asked about
    ("informação sobre o cimento da coluna:")."""
    return len(label.rstrip(": \uff1a").split()) <= HEADING_WORDS and not asking(label)


def _asks(
    opens_question: Callable[[str], bool] | None,
    asks_something: Callable[[str], bool] | None,
    sentence: str,
) -> bool:
    asks = bool(_ASKING.search(sentence) or (opens_question and opens_question(sentence)))
    return asks and (asks_something is None or asks_something(sentence))


def asked_parts(text: str, limit: int) -> list[str]:
    """The message once per question it asks, that question asking and the others told, when
    it asks several; none for a message that asks one thing.

    "手术大概要做多长时间？做完当天能回家吗？" asks for two pairs; searched whole, each question's
    words dilute the other's and neither pair is sure. Its other questions are not dropped but
    told (their question marks become full stops), so they weigh as context does
    (``query.CONTEXT_WEIGHT``): "What should I bring on the day? Pyjamas, my scans?" keeps what
    its second question is about. At most ``limit`` questions are taken, so a burst of them
    costs a bounded number of searches."""
    sentences = [m.group() for m in SENTENCE.finditer(text)]
    questions = [i for i, sentence in enumerate(sentences) if _ASKING.search(sentence)]
    if len(questions) < 2:
        return []
    return [
        "".join(s if j == i else _ASKING.sub(".", s) for j, s in enumerate(sentences))
        for i in questions[:limit]
    ]


def unstretched(text: str) -> str:
    """The text with each letter typed three or more times over kept once: a patient in
    distress or pain stretches words ("does it hurrrrrt", "duele muchoooo", "ça fait maaaal")
    that no analyzer or word list knows. Once, not twice: "hurt", "mal", "cement" come back
    whole, while a stretched double letter ("feeeel" -> "fel") is left to the typo correction."""
    return _STRETCHED.sub(r"\1", text)

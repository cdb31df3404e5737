"""The twenty-fifth blind set's kinds (issue 17, session 31): letters, updates, scales, and the
warning signs of another illness asked in general.

* a question asking for the warning signs of an illness or a procedure (``signs_of``: "what
  are the red flags for sepsis?", "¿cuáles son los síntomas de un infarto?", "quels sont les
  signes d'un AVC ?", "woran erkennt man einen Schlaganfall?", "quais são os sintomas de
  embolia?", "dấu hiệu đột quỵ là gì?", 心梗有什么先兆, "ما هي علامات الجلطة؟") lists signs
  nobody has: a sign in that question, or after it in the message in a sentence that names
  nobody's sign (the examples heard of, "like a drooping mouth, a weak arm", "what kind of pain
  is it?"), asks (``signs_asked``). A sign whose sentence names the writer or the one cared
  for before it or in its clause ("my husband's mouth has dropped"), or ties it to now ("since
  this afternoon", "desde que me levanté"), is told, so "what are the signs of a stroke? My
  husband's mouth has dropped on one side" still alerts. The older ``recognising`` ("what are
  the signs", "how do I know") judges only the sign's own sentence, and a question after it
  (``urgent_story``); this reads the message, for the question names the illness, and the
  signs follow as its answer's examples.
* a sign rated on a scale of ten (the ``severe_pain`` lexicons' "9 out of 10", "9/10", "9 von
  10", "疼到9分", "9 من 10") placed before the procedure (``before_op`` before it in its
  sentence, nothing tying it to now between them) beside a lower rating ("before the op it was
  a 9 out of 10, now a 3", "giờ còn 2/10, trước mổ 8-9/10") is the pain the procedure relieved
  (``rated_down``); "before the op a 3, now 10/10" is not.
"""

from __future__ import annotations

import re

from faqsvc.answering.urgent_rules import SENTENCE, UrgentRules
from faqsvc.answering.urgent_story import (
    QUESTION_MARKS,
    Message,
    any_has,
    clause_at,
    last_end,
)

# A low rating on a scale of ten: a lone 0 to 7, not part of a date, a time or a reading.
_LOW_RATING = re.compile(r"(?<![0-9.,:/-])[0-7](?![0-9.,:°])")
# What ties a sign to the writer now: then it is told, whatever was asked before it.
_NOW_CUES = ("ongoing", "recent", "new", "today")


def _question_asking_signs(judges: tuple[UrgentRules, ...], text: str, until: int) -> bool:
    """Whether a question of ``text`` starting at or before ``until`` (an earlier one, or the
    sign's own sentence) asks for the warning signs of an illness (``signs_of``)."""
    for match in SENTENCE.finditer(text):
        if match.start() > until:
            return False
        asked = text[match.end() : match.end() + 1] in QUESTION_MARKS
        if asked and any_has(judges, "signs_of", match.group()):
            return True
    return False


def signs_asked(judges: tuple[UrgentRules, ...], message: Message) -> bool:
    """Whether the sign is one of the warning signs asked for in general: a ``signs_of``
    question at or before its sentence, which names nobody of one's own and ties nothing to
    now."""
    if not _question_asking_signs(judges, message.text, message.offset):
        return False
    # "中风有什么先兆？我爸嘴歪了，右手抬不起来": the one cared for named before the sign or in its
    # clause; "the radio said breathlessness and confusion, and I wondered" names nobody's
    clause, at = clause_at(message.sentence, message.start, message.end)
    if any_has(judges, "self", message.sentence[: at + len(clause)]):
        return False
    return not any(any_has(judges, cue, message.sentence) for cue in _NOW_CUES)


def rated_down(judges: tuple[UrgentRules, ...], message: Message) -> bool:
    """Whether the sign is a rating placed before the procedure, beside a lower one now."""
    sentence, start, end = message.sentence, message.start, message.end
    if not any(ch.isdigit() for ch in sentence[start:end]):
        return False
    before = last_end(judges, "before_op", sentence[:start])
    if before < 0 or any(any_has(judges, cue, sentence[before:start]) for cue in _NOW_CUES):
        return False
    rest = sentence[:start] + " " + sentence[end:]
    return _LOW_RATING.search(rest) is not None


def asked_or_rated_down(judges: tuple[UrgentRules, ...], message: Message) -> bool:
    """The twenty-fifth set's quiet kinds: a warning sign asked for in general, or a rating
    from before the procedure beside a lower one now."""
    return signs_asked(judges, message) or rated_down(judges, message)

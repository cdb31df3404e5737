"""The twenty-eighth blind set's kinds (issue 17, session 34): a routine follow-up answered with
a list, one item of which may be the sign; a forum's question about signs in general.

* an item that compares the pain with before the procedure (``compared_before``: "pain better
  than before the op", "el dolor mejor que antes de la operación", "mieux qu'avant
  l'intervention", "besser als vor der OP", "melhor que antes da cirurgia", "đỡ hơn trước mổ",
  比术前轻, "أحسن من قبل العملية") dates nothing: the list's other items, comma-separated in one
  sentence, are told now. Left in, "before the op" read as the sign's long standing, and
  "puffed out just talking and my lips look a bit blue" in the same list was quiet. So the
  comparison is blanked out of the sentence before a sign's long standing is looked for
  (``without_comparison``, used by ``urgent._told_before``);
* a question to a group (``forum``: "anyone here had ...?", "question for the group", "hola a
  todas", "frage in die runde", "pergunta pro grupo", "hỏi cả nhà", 各位, "يا جماعة") asks the
  readers of their signs: a sign in a question of such a message, with nobody of one's own
  (``self``, ``first_person``) and nothing tied to now (``ongoing``) in its clause ("did your
  legs go numb afterwards?"), is asked (``forum_asked``); "anyone else? my legs went numb
  this morning" tells, as does "has anyone had numb legs since this morning?".

A fever judged by its reading (``normal_reading``, moved from ``urgent`` when the twenty-ninth
set's kinds written ahead added to it): a fever named by its word in a sentence whose every
temperature is under the line, or read a little over it and followed by a normal one.
"""

from __future__ import annotations

from collections.abc import Iterable

from faqsvc.answering.urgent_readings import (
    fell_back,
    normal_temperature,
    read_as_number,
    sentence_around,
)
from faqsvc.answering.urgent_rules import UrgentRules
from faqsvc.answering.urgent_story import Message, any_has, blanked, clause_at

__all__ = ["forum_asked", "normal_reading", "without_comparison"]


def without_comparison(judges: Iterable[UrgentRules], sentence: str) -> str:
    """``sentence`` with every ``compared_before`` and ``likened`` match blanked (same length,
    so offsets into it still hold): "like my heart attack in 2016" dates the heart attack, not
    the chest pain likened to it (the thirty-first set's kind, written ahead)."""
    return blanked(judges, ("compared_before", "likened"), sentence)


def forum_asked(judges: tuple[UrgentRules, ...], message: Message) -> bool:
    """Whether the sign is asked of a group's readers: a question in a message that addresses
    a group, nobody of one's own in the sign's clause, nothing there tied to now."""
    if not message.asked or not any_has(judges, "forum", message.text):
        return False
    clause, _ = clause_at(message.sentence, message.start, message.end)
    return not any(any_has(judges, cue, clause) for cue in ("self", "first_person", "ongoing"))


def normal_reading(judges: tuple[UrgentRules, ...], message: Message) -> bool:
    """ "the thermometer says 37.1, is that a fever?": a fever named by its word alone, in a
    sentence (or, asked, a message) whose every temperature is under the line; a reading a
    little over it followed by a normal one ("38 hier soir, 36,9 ce matin")."""
    words = message.sentence[message.start : message.end]
    if read_as_number(words):
        return fell_back(words, message.text[message.offset + message.end :])
    at = message.offset + message.start
    where = message.text if message.asked else sentence_around(message.text, at, at + 1)
    return any(normal_temperature(j.readings, where) for j in judges)

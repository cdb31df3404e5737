"""Everyday frames that name a sign nobody has now (issue 17, the twenty-seventh blind set).

A form or questionnaire that lists signs, quoted and asked how to fill in: "The travel
insurance form asks 'chest pain, shortness of breath or fainting in the last 12 months?' ... do
I tick yes?". The signs are the form's words, and what the writer tells beside them answers the
form's question about the past ("I fainted once in March at a blood test", "tuve palpitaciones
hace años"). Eight of the set's thirteen false alarms were of this kind: a pre-op
questionnaire, a sick-note or a Hajj form, a travel-insurance declaration. A message that names
a form (``form``: "form", "Fragebogen", "cuestionario", "tờ khai", 表格, "استمارة") and asks how
to fill it in (``fill_in``: "do I tick yes", "¿marco sí o no?", "je coche", "ankreuzen", "deixo
em branco", "đánh dấu", 勾, "أكتب نعم") tells no sign in the form's quoted words; a sign outside
them is the writer's own only when its sentence ties it to now ("the dentist's form asks about
chest pain - I've had chest pain since this morning, do I tick yes?" alerts), as ``ongoing``,
``new`` or ``recent`` say.

A dressing soaked by a shower or a bath ("the dressing got soaked again in the shower, should I
change it?", 洗澡的时候纱布又湿透了) is no bleeding: the optional ``washed`` cue, read on the
sign's sentence, names the wash in a sentence that names no blood, no red and no pus (the
patterns say so themselves), unless a ``new`` word ties it to now.
"""

from __future__ import annotations

import re

from faqsvc.answering.urgent_rules import UrgentRules
from faqsvc.answering.urgent_story import Message, any_has

# A quoted stretch of the (canonical) text: double quotes (« », “ ” become them), a single quote
# opened and closed outside a word ("l'autre", "don't" open nothing), corner brackets.
_QUOTES = re.compile(
    r"\"[^\"]{1,300}\"|(?<!\w)'[^']{1,300}?'(?!\w)|「[^」]{1,300}」|『[^』]{1,300}』"
)
# What ties a sign outside the quote to now
_NOW_CUES = ("ongoing", "new", "recent")


def _inside_quote(text: str, at: int) -> bool:
    return any(match.start() < at < match.end() for match in _QUOTES.finditer(text))


def form_filled_in(judges: tuple[UrgentRules, ...], message: Message) -> bool:
    """Whether the sign is a form's question or the answer to one: the message names a form and
    asks how to fill it in, and the sign stands in the form's quoted words or, outside them, in a
    sentence nothing ties to now."""
    text = message.text
    if not (any_has(judges, "form", text) and any_has(judges, "fill_in", text)):
        return False
    if _inside_quote(text, message.offset + message.start):
        return True
    return not any(any_has(judges, cue, message.sentence) for cue in _NOW_CUES)


def wet_from_washing(judges: tuple[UrgentRules, ...], message: Message, sign: str) -> bool:
    """Whether a bleeding sign is a dressing wet from a wash: its sentence names a shower or a
    bath and no blood (``washed``), and nothing in it is ``new``."""
    sentence = message.sentence
    return (
        sign == "bleeding"
        and any_has(judges, "washed", sentence)
        and not any_has(judges, "new", sentence)
    )


def told_in_everyday(judges: tuple[UrgentRules, ...], message: Message, sign: str) -> bool:
    """A form asked how to fill in, or a dressing wet from a wash: no report."""
    return form_filled_in(judges, message) or wet_from_washing(judges, message, sign)

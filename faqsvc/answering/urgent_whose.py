"""Whose sign it is and when it was had, by the seventeenth and eighteenth blind sets' kinds.

Split from ``urgent_story.py``. Two ways a named sign is no report of the patient now:

* someone else's (``not_the_patients``): a relative, a child or a neighbour named before the
  sign in its sentence ("my grandson's got a fever", "la vecina se desmayó") with no
  first-person subject between them, in a message that tells the procedure as the writer's
  own ("after my vertebroplasty", "la operada soy yo", "she's meant to drive me home") and as
  nobody else's ("he had the cement", "on lui a fait"). A carer telling of the one cared for
  ("mum can't grip her frame") tells no procedure of their own: that still alerts.
* had before the procedure and gone since (``gone_since_before``): "before the op my thighs
  tingled, since then nothing", "术前喘不上气，现在顺畅多了"; the sign placed before the
  procedure in its sentence and told as gone after it, unless it came back.

A sign with an everyday cause ("stood up too quickly", "sat cross-legged") settled by a
simple measure (``settled_ordinary``) is no alarm either, even a light-headedness.

And one way a sign asked about is a report: "is it normal that the site is hot and oozing?"
(``asked_if_normal``), a sign of the writer's now put as "is it normal", unless the message
calls it small ("a tiny bit of blood on the dressing, is it normal?").

A colour that is a bruise (a knock in the sentence, or purple turning yellow or green) is no blue
lips, and the yellow of a healing bruise no pus (``bruise_colour``, the twentieth set's kind).
"""

from __future__ import annotations

import re

from faqsvc.answering.urgent_rules import UrgentRules
from faqsvc.answering.urgent_story import (
    QUESTION_MARKS,
    SERIOUS_EVEN_IF_PASSED,
    Message,
    any_has,
    came_back,
    clause_at,
    last_end,
    told_gone,
)

_WORD_REST = re.compile(r"\w*")
# How far before a colour word the bruise it belongs to may be named ("moratón amarillento")
BRUISE_NAMED_REACH = 30
# Where the sign stands in its clause for the ``mentioned`` cue's patterns
SIGN_SLOT = "§"


def gone_after(judges: tuple[UrgentRules, ...], message: Message) -> bool:
    """Whether the text after the sign tells it as gone, and not as come back."""
    after = message.text[message.offset + message.end :]
    # "... fine since. When can I garden again?": a question's "again" brings nothing back
    return told_gone(judges, after) and not came_back(judges, after)


def not_the_patients(judges: tuple[UrgentRules, ...], message: Message, sign: str = "") -> bool:
    """Whether the sign is had by someone named before it who is not the patient."""
    before = message.sentence[: message.start]
    stranger = last_end(judges, "never_patient", before)
    person = max(last_end(judges, "bystander", before), last_end(judges, "others", before))
    person = max(person, stranger)
    # "my wife says I asked her three times what day it was": a sign told in the first person
    # ("le he preguntado", "perguntei") is the writer's; the other person only noticed it. The
    # words read run to the end of the sign's last word: "اغمى عليها" is hers, its "علي" is no
    # first person.
    told = message.sentence[: message.end] + _WORD_REST.match(message.sentence, message.end)[0]
    if person < 0 or any_has(judges, "first_person", told[person:]):
        return False
    # "my grandson's got a fever. Can I mind him?", "un señor se desmayó en la parada. ¿Puedo
    # ir en autobús?": someone never the patient, named in the sign's clause, while the message
    # asks something of its own elsewhere. Not when the sign is told of oneself ("my grandson
    # says my lips are blue") or as now ("... has just collapsed, what do I do?").
    if person == stranger and _strangers(judges, message, sign, told[person:]):
        return True
    text = message.text
    return any_has(judges, "own_procedure", text) and not any_has(judges, "their_procedure", text)


def _strangers(judges: tuple[UrgentRules, ...], message: Message, sign: str, told: str) -> bool:
    """Whether a ``never_patient`` named in the sign's clause, with no word of oneself after it,
    has the sign, not told as now, in a message asking something elsewhere."""
    clause, at = clause_at(message.sentence, message.start, message.end)
    if last_end(judges, "never_patient", message.sentence[at : message.start]) < 0:
        return False
    if any_has(judges, "self", told) or any_has(judges, "new", message.sentence):
        return False
    return _asked_elsewhere(message, sign, clause, at)


def _asked_elsewhere(message: Message, sign: str, clause: str, at: int) -> bool:
    """Whether the message asks a question outside the sign's ``clause`` (at ``at`` in its
    sentence, with its own mark); for a breath, chest or faint sign, outside its sentence."""
    if sign in SERIOUS_EVEN_IF_PASSED:
        clause, at = message.sentence, 0
    start = message.offset + at
    rest = message.text[:start] + message.text[start + len(clause) + 1 :]
    return any(mark in rest for mark in QUESTION_MARKS)


def gone_since_before(judges: tuple[UrgentRules, ...], message: Message) -> bool:
    """Whether the sign is placed before the procedure and told as gone after it, or in the
    procedure's own hours and told as over for good since."""
    if last_end(judges, "before_op", message.sentence[: message.start]) < 0:
        return over_since_procedure(judges, message)
    # "nothing like the pain before the op: ..., I can no longer stand": told as unlike it
    if any_has(judges, "unlike_usual", message.sentence):
        return False
    return gone_after(judges, message)


def over_since_procedure(judges: tuple[UrgentRules, ...], message: Message) -> bool:
    """ "my wife says I was muddled the evening of the procedure, myself again by breakfast and
    fine since", "在复苏室里抖得厉害，回家以后再没抖过": a sign placed in the procedure's own
    hours (``at_procedure``, anywhere in its sentence) and told after it as over for good
    (``gone_now``, ``never_again``), not merely as passed, and not come back."""
    if not any_has(judges, "at_procedure", message.sentence):
        return False
    after = message.text[message.offset + message.end :]
    lasting = any_has(judges, "gone_now", after) or any_has(judges, "never_again", after)
    return lasting and not came_back(judges, after)


def settled_ordinary(judges: tuple[UrgentRules, ...], message: Message) -> bool:
    """ "lightheaded when I stood up too quickly, sat down and it passed", "盘腿坐久了脚麻，走两步
    就好了": a sign with an everyday cause in its sentence, told as settled after it by a simple
    measure, even a faint's or a numbness', unless it came back."""
    if not any_has(judges, "ordinary_trigger", message.sentence):
        return False
    return gone_after(judges, message)


def asked_if_normal(judges: tuple[UrgentRules, ...], message: Message) -> bool:
    """Whether the sign is the writer's, asked about as "is it normal that ..." or, put as "is
    it normal to have ...", tied to a time since the procedure ("day 4", "hôm qua"), and not
    called small. "Is it normal to get pins and needles after it?" asks about a risk."""
    text = message.text
    if any_has(judges, "mild", text) or message.planned:
        return False
    # "is it normal that I'm so tired? otherwise all fine, no fever"
    if any_has(judges, "otherwise_fine", text):
        return False
    if any_has(judges, "is_normal", text):
        return True
    tied = any_has(judges, "tied_time", text) or any_has(judges, "new", text)
    return tied and any_has(judges, "is_normal_to", text)


def named_as_word(judges: tuple[UrgentRules, ...], message: Message) -> bool:
    """ "why does the urgent box come up when I search for chest pain?", "gõ chữ 'sốt' là
    hiện thông báo", "一搜“胸痛”就跳出提示": a sign named as a word searched, typed or asked
    about (the urgent notice's own questions, the nineteenth set), not had. The clause is
    read with the sign replaced by ``SIGN_SLOT``, so a cue says where the sign stands."""
    clause, at = clause_at(message.sentence, message.start, message.end)
    slotted = clause[: message.start - at] + SIGN_SLOT + clause[message.end - at :]
    return any_has(judges, "mentioned", slotted)


def hearsay_general(judges: tuple[UrgentRules, ...], message: Message) -> bool:
    """ "my neighbour says you bleed a lot afterwards, is that true?", "j'ai lu que certaines
    personnes restent paralysées": a sign relayed by hearsay (``hearsay`` before it in its
    sentence) of people in general (``generic`` after it in the sign's clause), or asked whether
    true (``is_true`` after it) with no time tied to it (``tied_time``), is a risk asked about,
    not a report. "The nurse says her leg is numb since this morning" names a person and a time:
    it alerts."""
    sentence = message.sentence
    heard = last_end(judges, "hearsay", sentence[: message.start])
    if heard < 0:
        return False
    # people in general, after the hearsay in the sign's clause, are nobody in particular
    # whatever the time: "says you bleed afterwards", "sagt, nach dem Zement blutet man stark"
    # (the sign's own words aside: "je ne sais plus quel jour on est" names nobody)
    clause, at = clause_at(sentence, message.start, message.end)
    rest = clause[max(heard - at, 0) : message.start - at] + " " + clause[message.end - at :]
    if any_has(judges, "generic", rest):
        return True
    return any_has(judges, "is_true", sentence[message.end :]) and not any_has(
        judges, "tied_time", sentence
    )


def bruise_colour(judges: tuple[UrgentRules, ...], message: Message, sign: str) -> bool:
    """ "stubbed my toe and it's gone purple", "ficou um roxo amarelado": a colour that is a
    bruise (a knock in the sentence, or the yellow or green of one healing), not blue lips;
    and the yellow of a healing bruise beside its purple, or right after its name, is no pus."""
    span, sentence = message.sentence[message.start : message.end], message.sentence
    if sign == "breathing":
        return any_has(judges, "colour", span) and any_has(judges, "bruise", sentence)
    if sign != "fever" or not any_has(judges, "bruise", span):
        return False
    # "un moratón amarillento al lado del apósito": the yellow of the bruise named just before
    before = sentence[max(0, message.start - BRUISE_NAMED_REACH) : message.start].rstrip()
    return any_has(judges, "colour", sentence) or last_end(judges, "bruise", before) == len(before)

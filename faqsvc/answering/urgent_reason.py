"""The twenty-second blind set's controls (issue 17, session 28): the pain that is the reason for
the procedure, told before it.

A patient still to have the cement tells of the fracture's pain that led to it, often in the
very words of a sudden severe pain ("three weeks ago a sudden stabbing pain lifting a crate ...
he is done on Friday") or of a lost ability ("the pain is so bad I can't stand at the sink,
that's why I was referred"). The planned cues of ``_told_before`` need a booking told in their
own words; this reads two looser forms, each only in the sign's own sentence:

* the sign dated weeks or months back (``weeks_back``: "three weeks ago", "hace un mes", "vor
  vier Wochen", "三周前", "من ثلاث اسابيع") in a message that tells the procedure as still to
  come (``planned``, or ``to_come``: "he goes in on Monday", "lo operan el viernes", "wird am
  Freitag behandelt", "周五做手术", "وعمليته يوم الجمعة");
* the sign told as the reason for the procedure (``reason_for``: "that's why the doctor
  referred me", "por eso me van a operar", "deshalb bekomme ich den Zement", "所以才约了");

each unless the sentence ties the sign to now or to the procedure done (``today``: "this
morning", "since the cement", "I had the op"), so "the cement was three weeks ago and since
this morning my legs are numb; my check-up is next week" still alerts.
"""

from __future__ import annotations

from faqsvc.answering.urgent_rules import UrgentRules
from faqsvc.answering.urgent_story import Message, any_has


def reason_for_procedure(judges: tuple[UrgentRules, ...], message: Message) -> bool:
    """Whether the sign is the pain or loss that led to a procedure still to come."""
    sentence = message.sentence
    if any_has(judges, "today", sentence):
        return False
    if any_has(judges, "reason_for", sentence):
        return True
    to_come = message.planned or any_has(judges, "to_come", message.text)
    return to_come and any_has(judges, "weeks_back", sentence)

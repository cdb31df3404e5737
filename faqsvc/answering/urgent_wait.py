"""The twenty-fourth blind set's kinds (issue 17, session 30): a sign asked whether it can wait,
and when to go to the emergency department asked in general.

* asking whether a sign told can wait (``wait_asked``: "is it alright to wait for the nurse on
  Monday?", "¿puedo esperar a la revisión?", "ça peut attendre lundi ?", "kann ich bis morgen
  warten?", "dá pra esperar até segunda?", "để mai được không?", 能拖到周一吗, "ممكن أستنى
  لبكرة؟") asks about the wait, not the sign: the sign is had, so the question's ``asking``
  words ("is it ok", "¿puedo?") no longer make it a risk asked about (``waits``). A sign only
  supposed ("if it bleeds, can I wait?") is judged before, by its condition;
* a question of degree, kind or moment about going to the emergency department (``when_to_go``:
  "how high does a temperature have to be before A&E?", "¿qué tipo de dolor en el pecho es
  motivo de urgencias?", "à partir de quand on appelle le 15 ?", "ab wann ... Notaufnahme",
  "que dor no peito é caso de pronto-socorro?", "sốt bao nhiêu độ thì đi cấp cứu?",
  烧到多少度算急诊, "امتى ... سبب للطوارئ؟") asks of a sign in general: the sign in that question is
  no report unless its clause, the question's own words aside, ties it to now (``ongoing``) or
  tells it (``report``: "my legs have gone dead, is that A&E?"), or a possessive stands right
  before the sign ("how bad does my chest pain have to be?") (``asked_when_to_go``). The
  emergency department's name is a ``report`` cue in several locales ("emergency", "socorro",
  "cấp cứu"): inside this question it reports nothing.
"""

from __future__ import annotations

from faqsvc.answering.urgent_rules import UrgentRules
from faqsvc.answering.urgent_story import Message, any_has, clause_at

# How far before the sign a possessive ("my", "mi", "ma", "meine", "minha", "我的") is looked
# for inside the question: the question's words blanked, it would be lost with them.
OWNER_REACH = 12


def waits(judges: tuple[UrgentRules, ...], message: Message) -> bool:
    """Whether the message asks if the sign it tells can wait: then the sign is had."""
    return any_has(judges, "wait_asked", message.text)


def _unasked(judges: tuple[UrgentRules, ...], clause: str) -> str:
    """``clause`` with every ``when_to_go`` question blanked out, its length kept."""
    for judge in judges:
        for pattern in judge.cues["when_to_go"]:
            clause = pattern.sub(lambda m: " " * len(m.group()), clause)
    return clause


def asked_when_to_go(judges: tuple[UrgentRules, ...], message: Message) -> bool:
    """Whether the sign stands in a question when (how high, what kind, at what point) to go to
    the emergency department, and its clause, the question's words aside, tells nothing had."""
    if not message.asked or not any_has(judges, "when_to_go", message.sentence):
        return False
    clause, at = clause_at(message.sentence, message.start, message.end)
    if any_has(judges, "ongoing", clause):
        return False
    blanked = _unasked(judges, clause)
    rest = blanked[: message.start - at] + " " + blanked[message.end - at :]
    # "how bad does my chest pain have to be before 999?": one's own sign, asked inside it
    owner = clause[max(0, message.start - at - OWNER_REACH) : message.start - at]
    return not (any_has(judges, "report", rest) or any_has(judges, "report", owner))

"""A sign supposed, asked about or listed, and the twenty-third blind set's kinds (issue 17,
session 29): when a condition, a question, a habit or an instruction keeps a named sign from
being a report, and when it does not.

* a condition before the sign in its clause (``hypothetical``: "what if my legs go numb"), in
  the clause an ``alternative`` ("or") continues, or inverted anywhere in it (``condition``:
  "should my arms go weak") supposes it; so does a sign asked in the clause after an if-clause
  with a modal or future before it ("if I cycle too soon, could my legs go numb?",
  ``consequence_asked``); but a condition or a question about a state tied to now
  (``ongoing``: "since yesterday", "desde esta mañana", "seit dem Aufwachen", "từ trưa đến
  giờ", 从早上到现在, "من الصبح") reports it: "should I worry if I haven't peed since
  yesterday?", "is it bad that I've been gasping since this morning?" (``asked_now``);
* a sign each time the patient does something (``habit``: "cada vez que", "chaque fois que",
  "toda vez que") is of long standing only while nothing in the message's statements ties it
  to now or to the procedure ("Começou ontem", "ça a commencé ce soir", "depuis que je suis
  rentrée"): ``habit_of_old``;
* the nurse's instructions of what to watch for, repeated (``instructed``: "the nurse told me
  to watch for", "me dieron instrucciones:", "Die Schwester hat mir eingeschärft", "y tá dặn",
  护士嘱咐过, "وصتني الممرضة"), list signs nobody has: every sign after them in their sentence,
  "new" or "sudden" included, unless the sign's clause tells it of oneself ("..., and now I
  have 38.8") or a contrast ends them (``instructed_list``);
* a sign asked of people in general ("how come some people get numb legs after?",
  ``generic_asked``) asks about a risk;
* drowsiness (``drowsy`` in the sign's words: "so sleepy", "so schlapp", "نعسانة") told with a
  clear head (``lucid``: "thinking clearly", "klar im Kopf", "lúcida", "tỉnh táo", 脑子清楚,
  "راسي صافي") is the sedation's tiredness, not a confusion (``drowsy_but_clear``).
"""

from __future__ import annotations

from faqsvc.answering.urgent_rules import UrgentRules
from faqsvc.answering.urgent_story import Message, any_has, clause_at, last_end, statements


def _consequence_asked(
    judges: tuple[UrgentRules, ...], message: Message, clause: str, at: int
) -> bool:
    """ "Se eu sentar no carro muito cedo, posso ficar com as pernas dormentes?": a sign
    asked in a clause after an if-clause, with a modal or a future before it in its clause."""
    if not message.asked or at == 0:
        return False
    if not any_has(judges, "hypothetical", message.sentence[:at]):
        return False
    before = clause[: message.start - at]
    return any_has(judges, "future", before) or any_has(judges, "asking", before)


def quiet_by_condition(judges: tuple[UrgentRules, ...], message: Message) -> bool:
    """ "what if my legs go numb", "if I get a fever, or the site goes red": a condition
    before the sign in its clause, or in the clause an "or" continues; an inverted one
    ("should my arms go weak") anywhere in the clause; unless the clause ties it to now."""
    sentence = message.sentence
    clause, offset = clause_at(sentence, message.start, message.end)
    # "¿debo preocuparme si desde esta mañana no siento los pies?": a state had now
    if any_has(judges, "ongoing", clause):
        return False
    # "not sure if it's anything but my legs ...": the doubt's "if" ends at a contrast
    lead = clause[: message.start - offset]
    if any_has(judges, "hypothetical", lead[max(last_end(judges, "contrast", lead), 0) :]):
        return True
    # "which number, should my arms go weak?": a condition without "if", seen in the clause
    if any_has(judges, "condition", clause) or _consequence_asked(judges, message, clause, offset):
        return True
    # "或", "or", and a Chinese enumeration comma carry the condition: "如有胸痛、呼吸困难"
    while offset > 0 and (
        sentence[offset - 1] == "、" or any_has(judges, "alternative", clause[:12])
    ):
        clause, offset = clause_at(sentence, offset - 1, offset - 1)
        if any_has(judges, "hypothetical", clause):
            return True
    return False


def asked_now(judges: tuple[UrgentRules, ...], stretch: str) -> bool:
    """Whether a sign asked about ("why", "is it bad that") is tied to now in ``stretch``."""
    return any_has(judges, "ongoing", stretch)


def habit_of_old(judges: tuple[UrgentRules, ...], message: Message) -> bool:
    """Whether the sign comes each time the patient does something, and nothing the message
    tells (its questions aside) ties it to now or to the procedure."""
    if not any_has(judges, "habit", message.sentence):
        return False
    told = statements(message.text)
    return not (any_has(judges, "recent", told) or any_has(judges, "ongoing", told))


def instructed_list(judges: tuple[UrgentRules, ...], message: Message) -> bool:
    """Whether the sign is in the nurse's instructions of what to watch for, repeated: after
    an ``instructed`` cue in its sentence, with no contrast between, and its clause from the
    instruction on telling it of nobody now: no time tying it to now, and no first person
    ("..., and I have 38.9 now", ": tengo 39") but in the list's own conditions ("si je suis
    essoufflé, si j'ai mal ..."). Its words may be "new" or "sudden"."""
    sentence, start, end = message.sentence, message.start, message.end
    told = last_end(judges, "instructed", sentence[:start])
    if told < 0 or last_end(judges, "contrast", sentence[:start]) > told:
        return False
    clause, at = clause_at(sentence, start, end)
    own = clause[max(0, told - at) :]
    if any_has(judges, "ongoing", own):
        return False
    supposed = any_has(judges, "hypothetical", sentence[:start])
    return supposed or not any_has(judges, "first_person", own)


def generic_asked(judges: tuple[UrgentRules, ...], message: Message) -> bool:
    """ "how come some people get numb legs after the cement?", "¿por qué a algunas personas
    se les duermen las piernas?": a sign asked of people in general (``generic`` before it in
    its clause, with nobody of one's own between), nothing in its clause told as had ("você tá
    pálido e falando que o peito dói desde ...": "you" is the one cared for)."""
    if not message.asked:
        return False
    clause, at = clause_at(message.sentence, message.start, message.end)
    before = clause[: message.start - at]
    people = last_end(judges, "generic", before)
    if people < 0 or any_has(judges, "self", before[people:]):
        return False
    return not (any_has(judges, "ongoing", clause) or any_has(judges, "report", clause))


def drowsy_but_clear(judges: tuple[UrgentRules, ...], message: Message, sign: str) -> bool:
    """Whether the sign is drowsiness told with a clear head in the message."""
    if sign != "fainting_confusion":
        return False
    words = message.sentence[message.start : message.end]
    return any_has(judges, "drowsy", words) and any_has(judges, "lucid", message.text)

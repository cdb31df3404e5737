"""The urgent kinds written ahead in session 26 (issue 17): three ways a named sign is no
report of the patient now, each unless the sign's sentence tells it as new ("now", "tonight",
"since the cement").

* asked in the future or conditional (``future``: "will my legs go weak?", "¿sangrará?",
  "aurai-je du mal à respirer ?", "werde ich", "có sẽ bị sốt không", "رح يصير", 会不会): a
  future frame before the sign in its clause, or the sign's own verb in the future, in a
  question, keeps it hypothetical; the present or perfect of the same sign reports it;
* an episode treated and over (``treated``: "they treated my fever on the ward", "la fiebre
  que me trataron", 治好了) and told as gone after it ("I'm home and well now"), unless it is
  back ("the fever they treated is back tonight");
* another patient's past (``others`` before the sign, ``their_procedure`` in its sentence:
  "the man in the next bed had a fever after his op", "la dame d'à côté … après la sienne"):
  a story when the writer asks of themselves in another sentence, while someone present
  with a sign now ("the man opposite can't breathe right now") alerts, and so does, in
  doubt, a breath, chest or faint sign in another patient whatever its tense.
"""

from __future__ import annotations

from faqsvc.answering.urgent_rules import UrgentRules
from faqsvc.answering.urgent_story import (
    SERIOUS_EVEN_IF_PASSED,
    Message,
    any_has,
    clause_at,
    last_end,
)
from faqsvc.answering.urgent_whose import gone_after


def future_asked(judges: tuple[UrgentRules, ...], message: Message) -> bool:
    """Whether the sign is asked about in the future or conditional, up to its own verb."""
    if not message.asked:
        return False
    clause, at = clause_at(message.sentence, message.start, message.end)
    if any_has(judges, "new", clause):
        return False
    return any_has(judges, "future", clause[: message.end - at])


def treated_over(judges: tuple[UrgentRules, ...], message: Message) -> bool:
    """Whether the sign is told as treated (in its sentence) and gone after it, not back."""
    return any_has(judges, "treated", message.sentence) and gone_after(judges, message)


def others_past(judges: tuple[UrgentRules, ...], message: Message, sign: str) -> bool:
    """Whether the sign is another patient's, told of after their own procedure, not now. A
    breath, chest, faint or allergy sign in someone present may be happening as it is told:
    in doubt, it alerts whatever its tense."""
    if sign in SERIOUS_EVEN_IF_PASSED:
        return False
    sentence = message.sentence
    others = last_end(judges, "others", sentence[: message.start])
    if others < 0 or any_has(judges, "first_person", sentence[others : message.start]):
        return False
    if not any_has(judges, "their_procedure", sentence) or any_has(judges, "new", sentence):
        return False
    # the writer asks of their own stay in another sentence: "… Will I be allowed home?"
    text, at = message.text, message.offset
    rest = text[:at] + " . " + text[at + len(sentence) :]
    return any_has(judges, "first_person", rest) or any_has(judges, "own_procedure", rest)


def told_ahead(judges: tuple[UrgentRules, ...], message: Message, sign: str) -> bool:
    """Whether one of session 26's kinds tells the sign as no report now."""
    return (
        future_asked(judges, message)
        or treated_over(judges, message)
        or others_past(judges, message, sign)
    )

"""The twenty-first blind set's kinds (issue 17, session 27): what the page or a paper says, and
what is only feared.

* a contrast (``contrast``: "but", "pero", "mais", "aber", "mas", "nhưng", 但是, "بس") ends
  what the page says before it: "the page says a little blood is normal, but the dressing is
  soaked" reports the soaking, and the page's "is normal" asks nothing of it
  (``own_stretch``; ``urgent_story._quoted`` ends a quote there);
* a fear or an imagining (``imagined``: "I keep picturing myself", "no paro de imaginarme
  que", "ich stell mir vor, dass", "怕会", "عم اتخيل") ending in the sign's clause supposes it
  (the night before: "picturing myself stopping breathing under the sedation"), unless the
  clause tells it as new ("scared of how numb my legs have gone since lunch"); with fear
  told in urgent words (``figurative``), ``feared``; a figure of speech told in the clause
  before a consequence ("the waiting room was so full, that I could hardly breathe", "mein
  Schwager nervt so, da krieg ich Herzrasen": ``consequence``) counts there too (the
  twenty-eighth set).
"""

from __future__ import annotations

from faqsvc.answering.urgent_rules import UrgentRules
from faqsvc.answering.urgent_story import Message, any_has, clause_at, last_end


def contrast_before(judges: tuple[UrgentRules, ...], sentence: str, start: int) -> int:
    """Where the last contrast before the sign's start ends in its sentence (-1: none)."""
    return last_end(judges, "contrast", sentence[:start])


def own_stretch(judges: tuple[UrgentRules, ...], message: Message) -> str:
    """The sign's sentence from the last contrast before the sign: what the writer tells of
    their own after "X is normal, but ..."."""
    cut = contrast_before(judges, message.sentence, message.start)
    return message.sentence[max(cut, 0) :]


def _with_cause(judges: tuple[UrgentRules, ...], sentence: str, clause: str, at: int) -> str:
    """The sign's clause, and the clause before it when the sign's opens as its consequence
    ("..., dass ich kaum Luft bekam"): the cause of a figure of speech is told there."""
    if at == 0 or not any_has(judges, "consequence", clause):
        return clause
    _, left = clause_at(sentence, at - 1, at - 1)
    return sentence[left : at + len(clause)]


def feared(judges: tuple[UrgentRules, ...], message: Message) -> bool:
    """Whether fear is told in urgent words ("shaking like a leaf just thinking about
    Thursday", ``figurative`` in the sign's clause), or a fear or an imagining ending in the
    sign's clause supposes the sign."""
    sentence = message.sentence
    clause, at = clause_at(sentence, message.start, message.end)
    if any_has(judges, "figurative", _with_cause(judges, sentence, clause, at)):
        return True
    seen = last_end(judges, "imagined", sentence[: message.end])
    return seen >= at and not any_has(judges, "new", clause)

"""How a sign found by the urgent rules is judged as a story rather than a report (issue 17).

Split from ``urgent.py``: the message a sign was found in (``Message``), its clause, and
``told_as_story``, the story cue classes of the eighth to eleventh blind sets (someone else's
sign, checked and explained, how to recognise it or when to call, quoted from a paper, a named
cause, a bleeding asked about on blood thinners, a small thing asked as normal), and the
sixteenth's: a sign dreamt, a paper's "call if" list, a paper's threshold ("over 38"); and the
twenty-sixth's: a return denied ("it never came back", ``never_again``) is no return
(``came_back``), and a sign a clinician checked is settled by any word telling it gone after it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import NamedTuple

from faqsvc.answering.urgent_rules import SENTENCE, UrgentRules

# Signs that call for care even when told as over ("my chest was crushing, then it settled").
SERIOUS_EVEN_IF_PASSED = frozenset(
    {"chest_pain", "breathing", "fainting_confusion", "coughing_blood", "allergy"}
)

_CLAUSE_BREAK = re.compile(r",(?!\d)|[，、،:]")
# A number after "over", "über", "au-delà de", "超过": a threshold a paper gives, not a reading
# (the sixteenth set: "the leaflet says call if over 38").
_THRESHOLD = re.compile(
    r"(?:\b(?:over|above|more than|higher than|uber|ueber|mehr als|ab|au-?dela de|plus de|"
    r"superieure? a|mas de|por encima de|superior a|acima de|mais de|maior que|tren|qua)"
    r"|超过|高于|فوق|اكثر من)\s?[0-9][0-9.,°]*"
)
QUESTION_MARKS = frozenset("?？؟")
# A Chinese question often ends with its particle and no mark ("有点红，要紧吗").
_QUESTION_ENDINGS = ("吗", "嘛", "么")


class Message(NamedTuple):
    """A sign found in a message: the message, the sentence holding it (from ``offset``), the
    sign's place in that sentence, and whether the message says the procedure is to come."""

    text: str
    sentence: str
    offset: int
    start: int
    end: int
    planned: bool

    @property
    def asked(self) -> bool:
        """Whether the sign's sentence is a question: it ends with a question mark or particle."""
        after = self.text[self.offset + len(self.sentence) : self.offset + len(self.sentence) + 1]
        return after in QUESTION_MARKS or self.sentence.rstrip().endswith(_QUESTION_ENDINGS)


def clause_at(sentence: str, start: int, end: int) -> tuple[str, int]:
    """The comma-delimited stretch of ``sentence`` holding ``start``..``end``, and its offset."""
    breaks = [m.start() for m in _CLAUSE_BREAK.finditer(sentence)]
    left = max((b + 1 for b in breaks if b < start), default=0)
    right = min((b for b in breaks if b >= end), default=len(sentence))
    return sentence[left:right], left


def any_has(judges: Iterable[UrgentRules], cue: str, text: str) -> bool:
    return any(j.has(cue, text) for j in judges)


def blanked(judges: Iterable[UrgentRules], cues: tuple[str, ...], text: str) -> str:
    """``text`` with every match of ``cues`` blanked (same length, so offsets still hold)."""
    for judge in judges:
        for cue in cues:
            for pattern in judge.cues[cue]:
                text = pattern.sub(lambda m: " " * len(m.group()), text)
    return text


def last_end(judges: Iterable[UrgentRules], cue: str, text: str) -> int:
    """Where the last ``cue`` in ``text`` ends, by any judge (-1: none)."""
    return max(j.last_end(cue, text) for j in judges)


def _quoted(
    judges: tuple[UrgentRules, ...], sentence: str, span: tuple[int, int], clause: str, at: int
) -> bool:
    """ "the discharge letter says 'blood in the urine: call at once'": a sign in a paper's
    list, quoted before it in its sentence, unless the sign's clause tells it of oneself after
    the quote ("the letter mentions fever, I've got 38.9")."""
    start, end = span
    quoted = last_end(judges, "quoted", sentence[:start])
    # "the page says a little blood is normal, but the dressing is soaked": a contrast ends it
    if quoted < 0 or last_end(judges, "contrast", sentence[:start]) > quoted:
        return False
    told = clause[max(0, quoted - at) :]
    # the sign's own words ("bleeding that won't stop") report nothing of oneself
    rest = _THRESHOLD.sub(" ", clause[max(0, quoted - at) : start - at] + " " + clause[end - at :])
    return not (any_has(judges, "self", told) or any_has(judges, "report", rest))


def _quoted_condition(judges: tuple[UrgentRules, ...], message: Message) -> bool:
    """ "the booklet says phone if your legs go weak, a high fever, or new chest pain": every
    sign after a paper's "call if" is its list, "new" included, unless the rest of the sign's
    clause tells it of oneself ("..., and mine have gone numb since lunch"); the sixteenth set."""
    sentence, start = message.sentence, message.start
    quoted = last_end(judges, "quoted", sentence[:start])
    if quoted < 0 or not any_has(judges, "hypothetical", sentence[quoted:start]):
        return False
    if last_end(judges, "contrast", sentence[:start]) > quoted:
        return False
    clause, at = clause_at(sentence, start, message.end)
    own = clause[: start - at] + " " + clause[message.end - at :]
    return not (any_has(judges, "self", own) or any_has(judges, "report", own))


def statements(text: str) -> str:
    """``text`` without its questions: "when can I drive again?" tells of no sign coming back
    (the eleventh set)."""
    return " ".join(
        m.group()
        for m in SENTENCE.finditer(text)
        if text[m.end() : m.end() + 1] not in QUESTION_MARKS
    )


def came_back(judges: tuple[UrgentRules, ...], after: str) -> bool:
    """Whether the statements after a sign tell it as back ("but it came back", "still"); a
    return denied ("it has never come back", "no ha vuelto a pasar", "nunca mais voltou",
    ``never_again``) is read out first, its "come back" telling the sign as gone (the
    twenty-sixth set)."""
    told = statements(after)
    for judge in judges:
        for pattern in judge.cues["never_again"]:
            told = pattern.sub(" ", told)
    return any_has(judges, "returned", told)


# What tells a sign as over when it follows it: ``resolved``, gone now (``gone_now``: "fine
# since", "desde entonces nada") or never back (``never_again``)
GONE_CUES = ("resolved", "gone_now", "never_again")


def told_gone(judges: tuple[UrgentRules, ...], after: str) -> bool:
    """Whether ``after`` (the text after a sign) tells the sign as over."""
    return any(any_has(judges, cue, after) for cue in GONE_CUES)


def _settled_after(judges: tuple[UrgentRules, ...], message: Message, sign: str) -> bool:
    """Whether the text after the sign tells it as over (``told_gone``), a confusion by a
    clear head after it (``lucid``), or a story before the procedure is over."""
    after = message.text[message.offset + message.end :]
    if message.planned or told_gone(judges, after):
        return True
    return sign == "fainting_confusion" and any_has(judges, "lucid", after)


def _asked_after_recognising(judges: tuple[UrgentRules, ...], message: Message) -> bool:
    """ "what are the signs of a cement leak? breathlessness?": a sign in a question of its own
    after a question how to recognise signs or when to call (the eleventh set), unless that
    question tells it of oneself ("what should I watch for? is it normal that I can't breathe")."""
    return (
        message.asked
        and any_has(judges, "recognising", message.text[: message.offset])
        and not any_has(judges, "report", message.sentence)
    )


def _seen_elsewhere(judges: tuple[UrgentRules, ...], message: Message) -> bool:
    """ "watched a documentary where a woman couldn't breathe", "our cat wets the floor": a
    sign seen on a screen, read in a book or had by an animal, unless the stretch from there to
    the sign names the writer or the one cared for or tells it as new ("my dog knocked me over
    and I can't feel my legs", "... film y de repente no podía respirar"); the twelfth set."""
    sentence = message.sentence
    seen = last_end(judges, "elsewhere", sentence[: message.start])
    stretch = sentence[max(seen, 0) : message.end]
    # "a man on the film suddenly couldn't breathe": someone else's onset dates their sign,
    # and the writer is looked for before it ("một nhân vật ... hôn mê": a coma holds "mẹ")
    others = any_has(judges, "others", sentence[: message.start])
    before = sentence[max(seen, 0) : message.start] if others else stretch
    # "our dog has been bleeding since this morning": an animal's, even with a time word, when
    # the animal is named in the sign's own clause ("the dog jumped on me, now I can't feel...")
    clause, at = clause_at(sentence, message.start, message.end)
    pet = last_end(judges, "animal", clause[: message.start - at])
    if pet >= 0 and not any_has(judges, "self", clause[pet : message.end - at]):
        return True
    return (
        seen >= 0
        and not any_has(judges, "self", before)
        and (others or not any_has(judges, "new", stretch))
    )


def _dreamt(judges: tuple[UrgentRules, ...], message: Message) -> bool:
    """ "dreamt I couldn't breathe", "梦见自己腿不能动了": a sign in a dream told before it in its
    sentence, unless a waking stands between them ("dreamt of the op and woke up with my legs
    numb"); the sixteenth set."""
    sentence = message.sentence
    dream = last_end(judges, "dreamt", sentence[: message.start])
    return dream >= 0 and not any_has(judges, "awake", sentence[dream : message.start])


def _guessed(judges: tuple[UrgentRules, ...], message: Message, clause: str, at: int) -> bool:
    """ "how would I notice, by a sudden strong pain?": a sign guessed at in a clause of its own
    (``guess``: "by", "por", "an einem", "có phải") after a question how to recognise it, in
    the same question; its own time word ("de golpe") dates nothing (the twelfth set)."""
    before = clause[: message.start - at]
    return (
        message.asked
        and any_has(judges, "guess", before)
        and any_has(judges, "recognising", message.sentence[:at])
    )


def _someone_elses(
    judges: tuple[UrgentRules, ...], message: Message, clause: str, at: int, new: bool
) -> bool:
    """ "a friend fainted after hers, will I?": someone else's sign, unless the sign's own
    clause is told of the writer or the one cared for ("…, I can't feel my legs") and is not
    itself the question whether it will happen to them too ("will I get a fever too?"); a time
    word ("fainted yesterday") dates the other's sign unless that clause names one's own. The
    writer named inside the other's description ("the lady in the bed next to mine") is not
    the sign told of oneself (the twelfth set)."""
    others = last_end(judges, "others", message.sentence[: message.start])
    told_of_self = any_has(judges, "self", clause[max(0, others - at) :])
    own = others < at and told_of_self and not any_has(judges, "me_too", clause)
    mine_now = new and told_of_self
    return others >= 0 and not own and not mine_now and any_has(judges, "me_too", message.text)


def told_as_story(judges: tuple[UrgentRules, ...], message: Message, sign: str) -> bool:
    """Whether the sign is told as a story rather than had now: someone else's, checked and
    explained, asked how to recognise, quoted from a leaflet or letter, long explained by a
    named cause, a bleeding asked about on blood thinners, or a small thing asked as normal;
    each unless told as new. Seen on a screen, dreamt, or in a paper's "call if" list, it is
    not real whatever its time words."""
    sentence, start, end = message.sentence, message.start, message.end
    not_real = (_seen_elsewhere, _dreamt, _quoted_condition)
    if any(told(judges, message) for told in not_real):
        return True
    new = any_has(judges, "new", sentence)
    clause, at = clause_at(sentence, start, end)
    if _guessed(judges, message, clause, at):
        return True
    # "my legs have been numb since lunch, when should I go to A&E?": asked when to go, of a
    # sign tied to now in its own clause (``ongoing``), is a report (the twenty-fourth set)
    recognising = any_has(judges, "recognising", sentence) and not any_has(
        judges, "ongoing", clause
    )
    if not new and (
        _quoted(judges, sentence, (start, end), clause, at)
        or recognising
        or _asked_after_recognising(judges, message)
        # "like when I had my stroke": a cause the sign is likened to is not its cause
        or any_has(judges, "cause", blanked(judges, ("likened",), sentence))
    ):
        return True
    if _someone_elses(judges, message, clause, at, new):
        return True
    asked, after = message.asked, message.text[message.offset + end :]
    # "ate beetroot, now my pee is pink, it's the beetroot?": a colour asked as the food's
    if asked and sign == "bleeding" and any_has(judges, "dyed", sentence):
        return True
    if asked and not new and not any_has(judges, "returned", sentence):
        if sign == "bleeding" and any_has(judges, "thinners", message.text):
            return True
        if sign not in SERIOUS_EVEN_IF_PASSED and any_has(judges, "mild", clause):
            return True
    # "tight chest at the clinic, ECG normal, the nurse said nerves; gone now"; a confusion
    # checked and followed by a clear head ("himself again, doing his crossword", ``lucid``)
    # the twenty-sixth set: "came and went on Saturday, the GP checked, it never came back"
    told = message.text[message.offset :]
    return (
        any_has(judges, "explained", told)
        and _settled_after(judges, message, sign)
        and not came_back(judges, after)
    )

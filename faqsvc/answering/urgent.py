"""Urgent-care notices: notice when a patient describes an emergency instead of asking a question.

A search box is where a frightened patient types "I can't breathe since my procedure" at night;
ranked FAQ answers are the wrong reply to that. The rules live in
``faqsvc/data/urgent/<locale>.json`` so clinicians can review them language by language.

An emergency is a **body sign** plus a **report of having it**, read by meaning rather than by
whole phrases:

* a sign is found three ways, each a lexicon per sign (breathing, chest, legs or arms, bladder
  or bowel, fever or infection at the needle site, bleeding, coughing up blood, sudden severe
  pain, confusion or fainting): ``signs`` are words or phrases that name it alone ("breathless",
  "hemoptysis"); ``pairs`` are a body part or function and an abnormal state anywhere in the
  same sentence, close together, in any order, tense or person ("my mum's legs … gone numb",
  "can barely move my legs", "se me durmieron las piernas"); ``idioms`` are fixed expressions
  ("out of breath", "me falta el aire");
* a sign match that a ``negation`` cue ends right before ("no fever", "sin fiebre") does not
  count, nor one whose state is denied inside it ("legs are not numb", "腿不麻") or in a list
  ("not numb or weak", "ni débiles", "nem fracas"); a pair's part and state must stand in
  one clause ("no chest pain, just heartburn" is not chest pain);
* a sign told as a story is no report (``urgent_story.told_as_story``, issue 17's eighth set): someone
  else's (``others`` before it, ``me_too`` in the message, no ``self`` in its clause, or only
  in a clause that asks ``me_too`` itself: "will I get a fever too?", the ninth set), checked
  and ``explained`` by a clinician and then over, a question how to recognise it, a sign in
  a paper's list (``quoted``: "the discharge letter says ...", the tenth set; its "call
  if" list and its "over 38" too, the sixteenth), a dream (``dreamt``, unless ``awake``), a named
  ``cause`` of long standing, a bleeding asked about on blood ``thinners``, a ``mild`` thing at
  the site asked as normal; each unless a ``new`` cue ("now", "since the cement") says otherwise
  (for someone else's sign, only in a clause told of oneself: "fainted yesterday" dates theirs);
* a sign may be a number (``urgent_readings``, the fifteenth set): a temperature, pulse or
  oxygen reading over its line is a sign; a fever named by its word alone is quiet where every
  temperature given is under the line ("37,2, is that a fever?"); a sign of long standing or
  a known cause told as ``unchanged`` since the procedure is quiet whatever its time words;
* before the sign in its clause (between commas), a ``hypothetical`` cue ("what if", "if my
  legs") quiets it, as does one in the clause an ``alternative`` ("or") continues; in its
  sentence, so does a ``long_standing`` cue ("for years", "I have COPD") unless a ``recent``
  cue ("since the injection", "now", "suddenly") is there too; and anywhere in the message,
  so does a ``planned`` cue (the procedure is still to come: "booked
  for next week", "on me propose la vertébroplastie"), unless that sentence has a ``recent`` cue;
* ``urgent_asked`` (the twenty-third set): a condition or a question about a sign tied to now
  ("since yesterday", ``ongoing``) reports it; a sign each time the patient does something
  (``habit``) is of long standing only with nothing tying it to now; a sign in the nurse's
  instructions repeated (``instructed``), asked of people in general, or drowsiness told with
  a clear head is no report;
* ``urgent_wait`` (the twenty-fourth set): a sign asked whether it can wait (``wait_asked``) is
  had; a sign in a question when to go to the emergency department (``when_to_go``) is asked;
  ``urgent_letters`` (the twenty-fifth): a sign among the warning signs asked for (``signs_of``),
  or a rating from before the procedure beside a lower one now, is none; ``urgent_everyday``
  (the twenty-seventh): a form asked how to fill in, a dressing wet from a wash, is none;
* after the sign in its sentence, a ``resolved`` cue ("it went away", "ya se me pasó") quiets
  a milder sign (numbness, bleeding, fever, …) unless it ``came_back`` ("but it came back",
  "still"; not "never came back"); chest pain, breathing, fainting, coughing blood, swelling never;
* otherwise, in the sentence, a ``report`` cue ("I", "my", "since", "39 °C") alerts, as does
  a serious sign asked after as "normal?" in a clause of its own (``checking``); an
  ``asking`` cue ("is numbness a risk?", "can it cause") without one quiets; with neither the
  sign alerts, because when in doubt between alerting and not, we alert.

Text and patterns pass through the same :func:`canonical` spelling (NFKC, Arabic letter
variants and vowel marks collapsed, Latin case and accents dropped), and any locale's signs
count, because patients type in their own language whatever page they are on; the cues of the
page's locale and of the sign's locale both judge it. Cost is bounded: at most ``MAX_CHARS`` of
text, and a fixed set of compiled patterns run over it; each lexicon is first scanned once
through one combined pattern, so a text with no sign costs one scan per lexicon.
``scripts/urgent_report.py`` scores the rules on a labelled set (recall and false alarms per
locale and sign, every miss and false alarm) for editors who change them.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Iterator, Mapping

from faqsvc.answering import urgent_model
from faqsvc.answering.message import unstretched
from faqsvc.answering.urgent_ahead import told_ahead
from faqsvc.answering.urgent_asked import (
    asked_now,
    drowsy_but_clear,
    generic_asked,
    habit_of_old,
    instructed_list,
    quiet_by_condition,
)
from faqsvc.answering.urgent_everyday import told_in_everyday
from faqsvc.answering.urgent_followup import forum_asked, normal_reading, without_comparison
from faqsvc.answering.urgent_letters import asked_or_rated_down
from faqsvc.answering.urgent_loading import rule_table
from faqsvc.answering.urgent_page import feared, own_stretch
from faqsvc.answering.urgent_readings import read_as_number
from faqsvc.answering.urgent_reason import reason_for_procedure
from faqsvc.answering.urgent_respelt import readings
from faqsvc.answering.urgent_rules import SENTENCE, UrgentRules, canonical
from faqsvc.answering.urgent_story import (
    SERIOUS_EVEN_IF_PASSED,
    Message,
    any_has,
    came_back,
    told_as_story,
)
from faqsvc.answering.urgent_wait import asked_when_to_go, waits
from faqsvc.answering.urgent_whose import (
    asked_if_normal,
    bruise_colour,
    gone_since_before,
    hearsay_general,
    named_as_word,
    not_the_patients,
    settled_ordinary,
)
from faqsvc.locales import DEFAULT_LOCALE, match_locale
from faqsvc.model import Alert

__all__ = [
    "UrgentRules",
    "canonical",
    "matched_symptoms",
    "reported_by_rules",
    "rule_table",
    "urgent_alert",
    "warm",
]

# A query is at most 2,000 characters (FAQSVC_MAX_QUERY_CHARS); longer texts are cut.
MAX_CHARS = 2000
ALERT_KIND = "urgent"
# Signs a person may long have had only on exertion; the rest are new whenever they come
EXERTION_SIGNS = frozenset({"breathing", "chest_pain", "severe_pain"})


def _page_locale(locale: object, table: Mapping[str, UrgentRules]) -> str:
    if isinstance(locale, str) and locale in table:
        return locale
    matched = match_locale(locale) if isinstance(locale, str) else None
    return matched if matched in table else DEFAULT_LOCALE


def _sentence_at(text: str, starts: list[int], position: int) -> tuple[str, int]:
    """The sentence of ``text`` holding ``position``, and where it starts."""
    start = starts[bisect_right(starts, position) - 1] if starts else 0
    match = SENTENCE.match(text, start)
    return (match.group(), start) if match else ("", start)


def _told_before(judges: tuple[UrgentRules, ...], message: Message, sign: str = "") -> bool:
    """A story told before the procedure ("In March … terrible pain … they have offered her a
    vertebroplasty") tells of the signs that led to it, unless one is told as new; a sign of
    long standing or a known cause told as unchanged ("numb fingers for years from carpal
    tunnel, no different since the cement") is no new sign whatever its time words. Breath,
    chest or pain on exertion ("short of breath on the stairs") is a way of long standing;
    a foot that drags "when I walk" is not."""
    # "pain better than before the op, ... puffed out just talking": a comparison dates nothing
    sentence = without_comparison(judges, message.sentence)
    # "bizarre tonight, not at all like his usual self", in the sign's sentence or after it
    if any_has(judges, "unlike_usual", message.text[message.offset :]):
        return False
    told_before = message.planned or any_has(judges, "long_standing", sentence)
    told_before = told_before or habit_of_old(judges, message)
    # "the oximeter reads 87 and drops when I walk": a reading over the line is no habit
    reading = read_as_number(sentence[message.start : message.end])
    if sign in EXERTION_SIGNS and not reading and any_has(judges, "exertion", sentence):
        told_before = True
    if any_has(judges, "unchanged", without_comparison(judges, message.text)) and (
        told_before or any_has(judges, "cause", message.text)
    ):
        return True
    return told_before and not any_has(judges, "recent", sentence)


def _reports(judges: Iterable[UrgentRules], message: Message, sign: str = "") -> bool:
    """Whether the sign at ``message.start``..``message.end`` of its sentence is reported as
    had, by the judges' cues."""
    judges = tuple(judges)
    sentence, end = message.sentence, message.end
    if quiet_by_condition(judges, message) or told_in_everyday(judges, message, sign):
        return False
    if feared(judges, message):  # "just thinking about Thursday", "picturing myself ..."
        return False
    if told_as_story(judges, message, sign) or not_the_patients(judges, message, sign):
        return False
    if instructed_list(judges, message) or drowsy_but_clear(judges, message, sign):
        return False
    if named_as_word(judges, message) or hearsay_general(judges, message):
        return False
    # "how come some people get numb legs after?", "what are the red flags for sepsis?"
    if generic_asked(judges, message) or asked_or_rated_down(judges, message):
        return False
    # "how high a fever before A&E?", "anyone here had numb legs after it?"
    if asked_when_to_go(judges, message) or forum_asked(judges, message):
        return False
    if gone_since_before(judges, message) or settled_ordinary(judges, message):
        return False
    if sign == "fever" and normal_reading(judges, message):
        return False
    if bruise_colour(judges, message, sign) or told_ahead(judges, message, sign):
        return False
    # "the needle spot aches terribly, I scream if it is touched": soreness, not a sudden pain
    if sign == "severe_pain" and any_has(judges, "tender", sentence):
        return False
    if _told_before(judges, message, sign) or reason_for_procedure(judges, message):
        return False
    # "my feet went numb but it passed": a sign told as over after it, unless it came back
    # or is still there; chest pain, breathlessness or a faint that passed still needs care.
    after = sentence[end:]
    if (
        sign not in SERIOUS_EVEN_IF_PASSED
        and any_has(judges, "resolved", after)
        and not came_back(judges, after)
    ):
        return False
    if any_has(judges, "report", sentence):
        return True
    # "heart racing and chest hurts, is normal?": a serious sign told, then checked
    if sign in SERIOUS_EVEN_IF_PASSED and any_has(judges, "checking", sentence):
        return True
    own = own_stretch(judges, message)  # "X is normal, but ..."
    if asked_if_normal(judges, message) or asked_now(judges, own) or waits(judges, message):
        return True
    return not any_has(judges, "asking", own)


def _reported_signs(canon: str, page: str) -> Iterator[tuple[str, str]]:
    table = rule_table()
    for rules in (rules for rules in table.values() if rules.could_match(canon)):
        judges = {page: table[page], rules.locale: rules}.values()
        for text, searched in readings(rules, canon):
            starts = [m.start() for m in SENTENCE.finditer(text)]
            planned = None  # looked for once a sign is found: most messages have none
            for name, start, end in rules.sign_spans(searched):
                if planned is None:
                    planned = any_has(judges, "planned", text)
                sentence, offset = _sentence_at(text, starts, start)
                message = Message(text, sentence, offset, start - offset, end - offset, planned)
                if _reports(judges, message, name):
                    yield rules.locale, name
                    return


def matched_symptoms(text: str) -> list[tuple[str, str]]:
    """(locale, sign) pairs found in ``text``, reported or not: for logs, tests and review."""
    if not isinstance(text, str) or not text.strip():
        return []
    canon = canonical(text[:MAX_CHARS])
    found = {
        (rules.locale, name)
        for rules in rule_table().values()
        if rules.could_match(canon)
        for _, searched in readings(rules, canon)
        for name, _, _ in rules.sign_spans(searched)
    }
    return sorted(found)


def reported_by_rules(text: str, locale: str) -> bool:
    """Whether the rules alone find a reported sign in ``text`` (for review tools)."""
    if not isinstance(text, str) or not text.strip():
        return False
    page = _page_locale(locale, rule_table())
    return next(_reported_signs(canonical(text[:MAX_CHARS]), page), None) is not None


def _described(canon: str, page: str) -> bool:
    """Whether the word model reads a sign described without its name: by the page locale's
    model, or, when the text is in another script, by the models of the locales it could be.
    A sentence where the rules name a sign (and, not alerting, judged it denied, asked about
    or past) is theirs to judge: "plus de fièvre depuis hier" is no fever."""
    table = rule_table()
    if table[page].could_match(canon):
        locales = [page]
    else:
        locales = [t for t, rules in table.items() if rules.could_match(canon)]
    passing = urgent_model.urgent_sentences(canon, locales)
    if not passing:  # most messages: the rules' second look is not needed
        return False
    named = {start for t in locales for _, start, _ in table[t].sign_spans(canon, judged=False)}
    return any(not any(at in sentence for at in named) for sentence in passing)


def warm() -> None:
    """Compile every locale's rules now (a worker starting): the warm-up question is in Latin
    letters, so a first Chinese or Arabic urgent message paid for compiling its locale's."""
    for rules in rule_table().values():
        rules.compile()


def urgent_alert(text: str, locale: str) -> Alert | None:
    """An urgent-care alert in the page's language when ``text`` reports an emergency sign,
    named (the rules) or described (``urgent_model``)."""
    if not isinstance(text, str) or not text.strip():
        return None
    table = rule_table()
    page = _page_locale(locale, table)
    typed = text[:MAX_CHARS]
    # as typed ("bloood" reads as blood) and with stretched letters kept once ("fièvreeee");
    # most messages stretch nothing and are read once
    for canon in map(canonical, dict.fromkeys((typed, unstretched(typed)))):
        if next(_reported_signs(canon, page), None) is not None or _described(canon, page):
            return Alert(kind=ALERT_KIND, message=table[page].message)
    return None

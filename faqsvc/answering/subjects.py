"""Subjects a pair must name to answer: driving, bathing, travel, work, sex, alcohol, cost, dose,
another operation by name, this hospital of its own...

Leaflets about a procedure rarely say when a patient may drive, shower or fly, yet those are
among the first things patients ask. Such a question shares its other words ("when can I ...
after the procedure") with the recovery pair, which then looks like a confident answer about
something it never mentions. Naming the subject is what makes the question; so a question that
names one of these subjects is answered only by a pair that names it too, and otherwise gets
"no good answer here, ask your care team" (issue 17: "where no source answers, the service says
so; it never shows the nearest pair"). On a corpus that does cover driving, its driving pair
still answers.

The phrases live in ``faqsvc/data/subjects/<locale>.json``, one list per subject, so a reviewer
reads them per language. A phrase is plain words in the language's normal spelling; ``*`` at
either end lets the word run on ("shower*" is also "showering"). Phrases are compared in
:func:`canonical` spelling (case, Latin accents and Arabic letter variants folded), and every
locale's phrases count on both sides, because a patient types in their own language whatever
page they are on. Phrases are chosen to name the subject as asked, not as context ("back to
work", not "at work"; not "how much does it", which also asks how much it hurts).
"""

from __future__ import annotations

import json
import re
from functools import cache, lru_cache
from importlib import resources

from faqsvc.answering import synonyms, telling
from faqsvc.answering.spelling import SlipIndex, has_word_list, is_real_word
from faqsvc.answering.urgent_loading import rule_table
from faqsvc.answering.urgent_rules import canonical
from faqsvc.model import ServedPair

__all__ = ["named_subjects", "pair_names", "subject_patterns"]

_SCRIPTS_WITHOUT_SPACES = re.compile(r"[\u3000-\u9fff\uac00-\ud7af]")
_WORD = re.compile(r"\w+")
SLIP_MIN_LETTERS = 4  # shorter slips are too often other words ("bath" for "both")


def _phrase_pattern(phrase: str) -> str:
    """A phrase as a regular expression, bounded by word edges unless its script has none."""
    body = canonical(phrase.strip("*"))
    words = (re.escape(word) for word in body.split())
    pattern = r"\s+".join(words)
    if _SCRIPTS_WITHOUT_SPACES.search(body):
        return pattern
    start = r"\w*" if phrase.startswith("*") else r"\b"
    end = r"\w*" if phrase.endswith("*") else r"\b"
    return f"{start}{pattern}{end}"


@cache
def _locale_phrases() -> dict[str, dict[str, list[str]]]:
    """Locale -> subject -> its phrases, as listed in ``faqsvc/data/subjects/<locale>.json``."""
    folder = resources.files("faqsvc") / "data" / "subjects"
    return {
        entry.name.removesuffix(".json"): json.loads(entry.read_text(encoding="utf-8"))
        for entry in sorted(folder.iterdir(), key=lambda e: e.name)
        if entry.name.endswith(".json")
    }


@cache
def _phrases() -> dict[str, list[str]]:
    """Subject -> every locale's phrases for it (keys starting "_" list no subject)."""
    phrases: dict[str, list[str]] = {}
    for listed in _locale_phrases().values():
        for subject, own in listed.items():
            if not subject.startswith("_"):
                phrases.setdefault(subject, []).extend(own)
    return phrases


@cache
def _not_subjects() -> re.Pattern[str] | None:
    """Phrases that hold a subject's word yet name no subject ("a flight of stairs" is no
    flight), listed under ``"_not_subjects"``: blanked out before the subjects are looked for."""
    listed = [p for own in _locale_phrases().values() for p in own.get("_not_subjects", [])]
    return re.compile("|".join(_phrase_pattern(p) for p in listed)) if listed else None


@cache
def subject_patterns() -> dict[str, re.Pattern[str]]:
    """One compiled alternation per subject, over every locale's phrases."""
    return {
        subject: re.compile("|".join(_phrase_pattern(p) for p in listed))
        for subject, listed in _phrases().items()
    }


@cache
def _required_words() -> dict[str, tuple[str, ...]]:
    """Per subject, a word each of its phrases spells out literally (its longest), less those
    holding another: a text holding none of them cannot match the subject's pattern. Testing
    them first costs a tenth of running the alternations (each word-bounded, so the regex
    engine tries every phrase at every position)."""
    required = {}
    for subject, listed in _phrases().items():
        spelled = [canonical(p.strip("*")).split() for p in listed]
        if not all(spelled):  # a phrase of no words matches anywhere: no word is required
            required[subject] = ("",)
            continue
        words = {max(phrase, key=len) for phrase in spelled}
        required[subject] = tuple(sorted(w for w in words if not any(o in w for o in words - {w})))
    return required


def _subjects_in(text: str) -> frozenset[str]:
    folded = canonical(text)
    maybe = [s for s, words in _required_words().items() if any(w in folded for w in words)]
    if not maybe:  # most questions name no subject: nothing to blank out or to search
        return frozenset()
    not_subjects = _not_subjects()
    if not_subjects is not None:
        folded = not_subjects.sub(" ", folded)
    patterns = subject_patterns()
    return frozenset(subject for subject in maybe if patterns[subject].search(folded))


def named_subjects(text: str, locale: str | None = None) -> frozenset[str]:
    """The subjects a patient's text names (bounded: the text is cut by search beforehand);
    with the page's ``locale``, also as respelled by its urgent rules' ``respellings``, the
    locale's text-speak and keyboard spellings (Vietnamese "bao gio dc tam" is "được tắm")."""
    if not text.strip():
        return frozenset()
    found = _subjects_in(text)
    if locale is not None:
        mended = _slips_mended(text, locale)
        if mended != text:
            found |= _subjects_in(mended)
    rules = rule_table().get(locale) if locale else None
    if rules is not None and rules.respellings:
        folded = canonical(text)
        respelled = rules.respelled(folded)
        if respelled != folded:
            found |= _subjects_in(respelled)
    return found


def _slips_mended(text: str, locale: str) -> str:
    """``text`` with each word that is no word of the locale's language, yet one edit from a
    word of a subject phrase, spelled as that word ("drve" is "drive", "insurence"
    "insurance"): a patient who mistypes the subject still asks about it."""
    if not has_word_list(locale):
        return text

    def mend(match: re.Match[str]) -> str:
        typed = match.group()
        if len(typed) < SLIP_MIN_LETTERS or is_real_word(locale, typed):
            return typed
        near = _phrase_slips(locale).near(canonical(typed))
        named = {subject for word in near for subject in _phrase_words(locale)[word]}
        return near[0] if len(named) == 1 else typed

    return _WORD.sub(mend, text)


@cache
def _phrase_words(locale: str) -> dict[str, frozenset[str]]:
    """Each word of the locale's own subject phrases, in ``canonical`` spelling and long
    enough to mend, -> the subjects whose phrases hold it (only its own: "stationaer" is a
    German slip, not the French "stationner")."""
    found: dict[str, set[str]] = {}
    for subject, phrases in _locale_phrases().get(locale, {}).items():
        if subject.startswith("_"):
            continue
        for phrase in phrases:
            for word in canonical(phrase.strip("*")).split():
                if len(word) >= SLIP_MIN_LETTERS and not _SCRIPTS_WITHOUT_SPACES.search(word):
                    found.setdefault(word, set()).add(subject)
    return {word: frozenset(subjects) for word, subjects in found.items()}


@cache
def _phrase_slips(locale: str) -> SlipIndex:
    return SlipIndex(_phrase_words(locale))


def pair_names(pair: ServedPair, subjects: frozenset[str]) -> bool:
    """Whether the pair's question, alternates or answer name every one of ``subjects``."""
    if not subjects:
        return True
    named = _pair_subjects(pair.question, pair.alternates, pair.answer)
    return subjects <= named


@lru_cache(maxsize=4096)
def _pair_subjects(question: str, alternates: tuple[str, ...], answer: str) -> frozenset[str]:
    # Few pairs ever reach this (only candidates of questions naming a subject), and a pair's
    # text does not change while a worker serves one build.
    return _subjects_in("\n".join((question, *alternates, answer)))


def asked_subjects(text: str, locale: str) -> frozenset[str]:
    """The subjects ``text`` names where it asks: in its asking sentences when they name a
    topic of their own ("Je vis seule et personne ne peut rester avec moi. On me garde à
    l'hôpital ?" asks about the stay), in the whole message when they only point back at
    what it told ("...when I can DRIVE again!!! how many days??")."""
    asked = telling.asked_part(locale, text)
    told_around = asked != text and synonyms.found_groups(locale, asked)
    return named_subjects(asked if told_around else text, locale)

"""The urgent-care rules of each locale (loaded from ``faqsvc/data/urgent/<locale>.json`` by
:mod:`faqsvc.answering.urgent_loading`): sign lexicons (phrases, part-and-state pairs, idioms, typo words) and the cues that
judge a sign (report, asking, hypothetical, negation, long-standing, recent). How they are used
is in :mod:`faqsvc.answering.urgent`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import NamedTuple

from faqsvc.analysis.normalize import arabic_normalize, fold, normalize
from faqsvc.answering import urgent_gates
from faqsvc.answering.spelling import is_real_word, one_edit_apart
from faqsvc.answering.urgent_gates import Patterns, Words
from faqsvc.answering.urgent_readings import reading_spans
from faqsvc.locales import SUPPORTED_LOCALES

__all__ = ["SignPair", "UrgentRules", "canonical"]

# A part and its state count as one sign when this close (characters between them); a
# locale written without spaces sets a smaller "gap" on its pairs.
PAIR_GAP = 40
# Words whose repair (``UrgentRules.repaired``) is remembered per locale and process.
CACHED_REPAIRS = 20_000
# How far back from a sign a negation cue is looked for.
NEGATION_REACH = 24
BOUNDARY = re.compile(r"[.?!;。？！；؟؛\n]")
SENTENCE = re.compile(r"[^.?!;。？！；؟؛\n]+")  # the stretches between boundaries
# A pair's part and state may not straddle a sentence end or a clause break (a comma not in
# a number: "39,5").
_PAIR_BREAK = re.compile(r"[.?!;。？！；؟؛\n，、،]|,(?!\d)")
TYPO_WORD = re.compile(r"[a-z]{4,}")

# "º" (ordinal) and ring above are typed for "°"; NFKC would turn the former into "o".
_DEGREE_LOOKALIKES = str.maketrans({"º": "°", "˚": "°"})
# Arabic-Indic and Persian digits and the Arabic decimal separator, so "٣٩٫٥" reads as 39.5.
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٫", "01234567890123456789.")


def canonical(text: str) -> str:
    """The one spelling both patients' text and rule patterns are compared in.

    NFKC turns full-width digits and letters from Chinese keyboards and "℃" into plain forms;
    ``arabic_normalize`` drops vowel marks and merges hamza seats; ``fold`` lowercases and drops
    Latin accents (incl. Vietnamese), which patients often leave out. Curly apostrophes become
    straight ones, as phones type them.
    """
    text = normalize(text).translate(_DEGREE_LOOKALIKES).replace("’", "'").replace("‘", "'")
    text = unicodedata.normalize("NFKC", text).translate(_DIGITS)
    return fold(arabic_normalize(text))


@dataclass(frozen=True)
class SignPair:
    """A body part or function and an abnormal state of it, found near each other."""

    part: Patterns
    state: Patterns
    gap: int = PAIR_GAP

    @property
    def part_gate(self) -> re.Pattern[str]:
        return urgent_gates.gate(self.part)


class _Gates(NamedTuple):
    # (sign, gate, starts of its required words, patterns), signs then idioms
    phrases: tuple[tuple[str, re.Pattern[str], Words, Patterns], ...]
    pairs: tuple[tuple[str, tuple[tuple[SignPair, re.Pattern[str], Words], ...]], ...]


@dataclass(frozen=True)
class UrgentRules:
    """One locale's urgent-care message, sign lexicons and cues, compiled."""

    locale: str
    message: str
    signs: Mapping[str, Patterns]
    pairs: Mapping[str, tuple[SignPair, ...]]
    idioms: Mapping[str, Patterns]
    cues: Mapping[str, Patterns]
    script: re.Pattern[str]
    # Sign words a typo is repaired to (first letter -> words): "bleading", "pienas", "taup".
    typo_words: Mapping[str, tuple[str, ...]]
    # How a keyboard without the locale's letters spells them ("spueren" for "spüren"), and
    # dialect or text-speak forms of common words ("ned" for "nicht", Vietnamese "ko" for
    # "không"): each (pattern, replacement) makes one more reading for this locale's rules only.
    respellings: tuple[tuple[re.Pattern[str], str], ...] = ()
    # What a number measures ("thermometer", "Puls", "血氧"): see ``urgent_readings``.
    readings: Mapping[str, Patterns] = field(default_factory=dict)

    def respelled(self, text: str) -> str:
        for pattern, replacement in self.respellings:
            text = pattern.sub(replacement, text)
        return text

    def repaired(self, text: str) -> str:
        """``text`` with each word one edit from a sign word, and no real word of any language
        itself, spelled as that sign word; the text itself when nothing needed repair."""
        if not self.typo_words:
            return text

        def repair(match: re.Match[str]) -> str:
            word = match.group()
            found = self._repairs.get(word)
            if found is None:
                candidates = self.typo_words.get(word[0], ())
                # A real word of any language is no typo: Spanish "fiebre" is not French
                # "fièvre".
                if word in candidates or any(is_real_word(t, word) for t in SUPPORTED_LOCALES):
                    found = word
                else:
                    found = next((c for c in candidates if one_edit_apart(word, c)), word)
                if len(self._repairs) >= CACHED_REPAIRS:
                    self._repairs.clear()
                self._repairs[word] = found
            return found

        return TYPO_WORD.sub(repair, text)

    def compile(self) -> None:
        """Compile the lexicons' gates now (a worker starting), not on a first urgent message
        in this locale's script (~0.2-0.9 s, paid by that patient)."""
        _ = self._gates

    def could_match(self, text: str) -> bool:
        """Whether ``text`` has a letter of this locale's script: a cheap test before the rest."""
        return self.script.search(text) is not None

    def sign_spans(self, text: str, judged: bool = True) -> Iterator[tuple[str, int, int]]:
        """(sign, start, end) of every sign in ``text`` (canonical) that no negation denies;
        with ``judged`` off, denied ones too (where a sign is named at all).

        Each pattern runs once over the whole text, not once per sentence; a pair's part and
        state must still stand in one sentence."""
        lexicons = self._gates
        grams = urgent_gates.grams(text)
        for name, gate, starts, patterns in lexicons.phrases:
            if not urgent_gates.may_hold(grams, starts) or not gate.search(text):
                continue
            for start, end in self._spans(patterns, text, negatable=judged):
                if not judged or not self._state_denied(name, text, start, end):
                    yield name, start, end
        # "the thermometer says 38,6", "SpO2 88 %": a reading over the line
        yield from reading_spans(self.readings, text)
        for name, pairs in lexicons.pairs:
            for pair, part_gate, starts in pairs:
                if not urgent_gates.may_hold(grams, starts) or not part_gate.search(text):
                    continue
                parts = list(self._spans(pair.part, text, negatable=False))
                states = list(self._spans(pair.state, text, negatable=False)) if parts else []
                for p_start, p_end in parts:
                    for s_start, s_end in states:
                        start, end = min(p_start, s_start), max(p_end, s_end)
                        gap_start, gap_end = min(p_end, s_end), max(p_start, s_start)
                        near = gap_end - gap_start <= pair.gap
                        # What comes first can be denied ("no chest pain"), and a state after
                        # its part ("腿也不麻", "legs are not numb"); a part after its state is
                        # not denied by the state's own "can't" ("no puedo respirar").
                        denied = judged and (
                            self._negated(text, start)
                            or (s_start > p_start and self._negated(text, s_start))
                            or self._denied_after(text, end)
                        )
                        # A part and a state in different clauses are not one sign
                        # ("no chest pain, just heartburn"; "heart attack in 2015, is the...").
                        if (
                            near
                            and not denied
                            and not _PAIR_BREAK.search(text, gap_start, max(gap_start, gap_end))
                        ):
                            yield name, start, end

    @cached_property
    def _repairs(self) -> dict[str, str]:
        """What ``repaired`` made of each word seen, per process and bounded: most words
        recur from one question to the next, and checking one against every word list cost
        the most of the urgent rules' time."""
        return {}

    @cached_property
    def _gates(self) -> _Gates:
        """The lexicons with their gates, compiled once per locale: looking a gate up by its
        patterns (``urgent_gates.gate``) hashed every compiled pattern on every call."""
        phrases = tuple(
            (
                name,
                urgent_gates.gate(patterns),
                urgent_gates.starts(urgent_gates.required_words(patterns)),
                patterns,
            )
            for lexicon in (self.signs, self.idioms)
            for name, patterns in lexicon.items()
        )
        pairs = tuple(
            (
                name,
                tuple(
                    (p, p.part_gate, urgent_gates.starts(urgent_gates.required_words(p.part)))
                    for p in pairs
                ),
            )
            for name, pairs in self.pairs.items()
        )
        return _Gates(phrases, pairs)

    def _spans(
        self, patterns: Patterns, text: str, *, negatable: bool = True
    ) -> Iterator[tuple[int, int]]:
        for pattern in patterns:
            for match in pattern.finditer(text):
                start, end = match.span()
                if end > start and not (
                    negatable
                    and (self._negated(text, start) or self._denied_after(text, end, start))
                ):
                    yield start, end

    def _state_denied(self, name: str, text: str, start: int, end: int) -> bool:
        """Whether a phrase sign holds one of its sign's states denied inside it: "legs are not
        numb", "腿不麻", the same test a part-and-state pair gets."""
        for pair in self.pairs.get(name, ()):
            for pattern in pair.state:
                for match in pattern.finditer(text, start, end):
                    if match.start() > start and self._negated(text, match.start()):
                        return True
        return False

    def _negated(self, text: str, start: int) -> bool:
        before = BOUNDARY.split(text[max(0, start - NEGATION_REACH) : start])[-1]
        return _any_match(self.cues["negation"], before)

    def _denied_after(self, text: str, end: int, start: int = -1) -> bool:
        """Whether a denial follows the sign; not when the sign's own words open with a
        negation the denial only carries on ("nao consigo fazer xixi nenhum", "no puedo
        orinar nada": a negative concord, the set 30 kind of session 35)."""
        space = text.find(" ", start, end)
        if start >= 0 and space > start and _any_match(self.cues["negation"], text[start:space]):
            return False
        return any(pattern.match(text, end) for pattern in self.cues["denied_after"])

    def has(self, cue: str, text: str) -> bool:
        return _any_match(self.cues[cue], text)

    def last_end(self, cue: str, text: str) -> int:
        """Where the last match of ``cue`` in ``text`` ends; -1 when there is none."""
        return max((m.end() for p in self.cues[cue] for m in p.finditer(text)), default=-1)


def _any_match(patterns: Iterable[re.Pattern[str]], text: str) -> bool:
    return any(pattern.search(text) for pattern in patterns)

"""Plain patient text to weighted concepts: the query side of analysis.

A concept is one word of the query (tokens sharing a character span are variants of it, such as
folded and unfolded stems). Each concept may gain alternatives: synonyms from the locale's list
and typo corrections from the index vocabulary. Confidence later asks which concepts a pair
covers, so a concept's weight is its rarity in the index (IDF): matching "the" proves nothing,
matching "clopidogrel" proves a lot.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import cache, cached_property

from faqsvc.analysis import analysis_for, fold, folded_stopwords, language_of, normalize
from faqsvc.answering import synonyms
from faqsvc.answering.address import unsearched_spans
from faqsvc.answering.chinese import unknown_bigram_kinds
from faqsvc.answering.message import cried_spans
from faqsvc.answering.negation import asks_for_a_yes, is_negation
from faqsvc.answering.question_kinds import kinds_asked
from faqsvc.answering.spelling import (
    SlipIndex,
    has_word_list,
    is_everyday_slip,
    is_everyday_word,
    is_real_word,
)
from faqsvc.answering.telling import told_spans
from faqsvc.answering.timing import Timing, timing_of
from faqsvc.answering.unmarked import bare_stopword
from faqsvc.answering.vocabulary import HAN, MAIN_FIELDS, correct, han_repairs

SYNONYM_WEIGHT = 0.6
FUZZY_WEIGHT = 0.5
MAX_CONCEPTS = 24
# An unknown Chinese bigram usually straddles two words ("泥是" in "水泥是"): it says little.
UNKNOWN_BIGRAM_WEIGHT = 0.25
# An everyday word the corpus lacks ("yesterday", "proper", "lendemain") weighs this share of an
# unknown word: such words tell the story around a question, while a word naming another subject
# ("dentist", "cataract", "knee") is rarer in speech and keeps the full weight that declines it.
EVERYDAY_UNKNOWN_WEIGHT = 0.35
# "泥是" in "水泥是…" straddles two known words; "今晚" tells when, as "tonight" would
BIGRAM_WEIGHTS = {"across": UNKNOWN_BIGRAM_WEIGHT, "everyday": EVERYDAY_UNKNOWN_WEIGHT}
# An age, a date, a clock time or a temperature ("I'm 82", "7h45", "39 degrees") is context: it
# rarely decides which answer is meant, yet as a word the corpus lacks it would weigh like the
# rarest term. Any token holding a digit counts ("30am" of "8:30am").
NUMBER_WEIGHT = 0.25
# When a message both tells and asks ("My grandkids are little. When can I lift again?"), the
# asking sentence says what is wanted and the telling ones are context (README, "Confidence").
CONTEXT_WEIGHT = 0.3
# A told sentence cried out ("please help, I can't sleep for worrying!!") says how the patient
# feels, seldom what the answer needs: its "sleep" is no sedation.
CRIED_WEIGHT = 0.1
_NUMBER = re.compile(r"\d")
_CLAUSE_END = re.compile(r"[.?!;:,\n\u060c\u061b\u061f\u3001\u3002\uff01\uff0c\uff1a\uff1b\uff1f]+")


@dataclass
class Concept:
    word: str  # the text as typed
    tokens: frozenset[str]  # main-analyzer variants of the word
    extra: dict[str, frozenset[str]] = field(default_factory=dict)  # suffix -> tokens
    synonyms: frozenset[str] = frozenset()  # one-token members of the concept's synonym groups
    phrases: frozenset[frozenset[str]] = frozenset()  # members of several tokens, all or nothing
    groups: frozenset[int] = frozenset()  # the synonym groups it was found in ("heart failure")
    corrections: frozenset[str] = frozenset()
    parts: frozenset[str] = frozenset()  # indexed words an unknown compound splits into
    # Indexed words this one forms with its neighbours (Vietnamese "biến" + "chứng"): where
    # there are any, the word counts only inside one of them.
    within: frozenset[str] = frozenset()
    weight: float = 1.0
    # A number or a word of a telling sentence ("She is 84. Does it hurt?"): what the message
    # tells around its question, which never makes a pair's match a passing mention
    told: bool = False
    atomic: bool = True  # False for word bigrams, which only help ranking
    start: int = 0  # where the word stands in the query text


@dataclass
class AnalyzedQuery:
    locale: str
    text: str
    concepts: list[Concept]
    corrections: dict[str, str]  # typed word -> likely intended word
    timing: Timing | None = None  # plainly about before or after the procedure
    kinds: frozenset[str] = frozenset()  # treatment, symptoms, outlook... (question_kinds)
    # What scoring candidates against this query computes once for all of them (confidence)
    memo: dict = field(default_factory=dict, repr=False, compare=False)

    @property
    def atomic(self) -> list[Concept]:
        return [c for c in self.concepts if c.atomic]

    @cached_property
    def clauses(self) -> list[list[Concept]]:
        """The atomic concepts of each clause, when the text has more than one: patients often
        write a question and its context ("Is it safe? I'm scared of being paralysed")."""
        ends = [m.end() for m in _CLAUSE_END.finditer(self.text)]
        clauses: dict[int, list[Concept]] = {}
        for concept in self.atomic:
            clauses.setdefault(sum(end <= concept.start for end in ends), []).append(concept)
        return list(clauses.values()) if len(clauses) > 1 else []


def _concepts(locale: str, text: str) -> list[Concept]:
    analysis = analysis_for(locale)
    spans: dict[tuple[int, int], set[str]] = {}
    # "Hola doctora, ...", "I wanted to ask": said to the reader, not asked
    unsearched = unsearched_spans(text, locale)
    for token in analysis.text(text, positions=True, chars=True, mode="query"):
        if any(token.startchar in span for span in unsearched):
            continue
        spans.setdefault((token.startchar, token.endchar), set()).add(token.text)
    concepts = []
    for (start, end), tokens in list(spans.items())[:MAX_CONCEPTS]:
        word = text[start:end]
        inner = any(s != start or e != end for s, e in spans if start <= s and e <= end)
        extra = {
            suffix: frozenset(t.text for t in analyzer(word))
            for suffix, (analyzer, _) in analysis.extra.items()
        }
        concepts.append(Concept(word, frozenset(tokens), extra, atomic=not inner, start=start))
    return concepts


def _attach_synonyms(locale: str, text: str, concepts: list[Concept]) -> None:
    """Give each concept the other members of any synonym group it belongs to.

    A member of several words stays whole: "drive" gains the phrase "drive a car", found only
    where both words are, and never "car" alone, which would match car accidents."""
    sequence = [c.tokens | c.corrections for c in concepts if c.atomic]
    for found in synonyms.found_groups(locale, text, sequence):
        for concept in concepts:
            if (concept.tokens | concept.corrections) & found.present:
                concept.synonyms = concept.synonyms | (found.words - concept.tokens)
                concept.phrases = concept.phrases | found.phrases
                concept.groups = concept.groups | {found.group}


def _weigh_and_correct(index, query: AnalyzedQuery, guess: bool = True) -> None:
    """IDF weights; unknown long words get the indexed word they most likely meant, and the
    syllables of a word the index knows are bound to it (both need the lookup done here)."""
    total = max(1, index.doc_count(query.locale))
    han_fixes = han_repairs(index, query) if guess else {}
    unknown_han = []
    for position, concept in enumerate(query.concepts):
        df = max(
            (index.doc_frequency(query.locale, f, t) for f in MAIN_FIELDS for t in concept.tokens),
            default=0,
        )
        if df and not concept.atomic:
            _bind_to_compound(query, concept)
        if bare_stopword(index, query, concept, df):
            concept.weight = 0.0  # "la gi" for "là gì" (what is): not an unknown word
            unknown_han.append(False)
            continue
        if df == 0 and concept.atomic and guess:
            df = correct(index, query, concept, han_fixes.get(position, set()))
        if df == 0 and concept.atomic and _asks_nothing(query, concept, guess):
            concept.weight = 0.0  # "husbnad", "actualy": a slip on a word that asks nothing
            unknown_han.append(False)
            continue
        unknown_han.append(df == 0 and bool(HAN.search(concept.word)))
        concept.weight = math.log(1 + (total - df + 0.5) / (df + 0.5))
        if df == 0 and concept.atomic and not (concept.synonyms or concept.phrases):
            concept.weight *= analysis_for(query.locale).unknown_weight
            if _everyday_word(query.locale, concept.word):
                concept.weight *= EVERYDAY_UNKNOWN_WEIGHT
    _weigh_context(query)
    spans = [(concept.start, concept.word) for concept in query.concepts]
    kinds = unknown_bigram_kinds(query.text, spans, unknown_han)
    for concept, kind in zip(query.concepts, kinds, strict=True):
        concept.weight *= BIGRAM_WEIGHTS.get(kind, 1.0)


def _everyday_word(locale: str, word: str) -> bool:
    """An everyday word the corpus lacks ("yesterday", "proper", "lendemain"), not a name: it
    rarely decides what is asked. Capitalised words outside German are names ("Bordeaux")."""
    if word[:1].isupper() and language_of(locale) != "de":
        return False
    return is_everyday_word(locale, word) or is_everyday_slip(locale, word)


def _asks_nothing(query: AnalyzedQuery, concept: Concept, guess: bool) -> bool:
    """An unknown word that asks nothing: a slip on a stop word, or a scrap of one or two
    letters no synonym group holds."""
    if _scrap(concept.word) and not (concept.synonyms or concept.phrases):
        return True
    return guess and _misspelt_stopword(query.locale, concept.word)


def _scrap(word: str) -> bool:
    """A Latin word of one or two letters the index lacks ("da", "ur", "bc"): text-speak, an
    initial or a slip, too short to name a subject; as the rarest term it sank the message."""
    return len(word) <= 2 and word.isascii() and word.isalpha()


def _misspelt_stopword(locale: str, word: str) -> bool:
    """A word of five letters or more that is no word of its language yet one edit from a stop
    word ("myslef", "daugther"): unknown, it would weigh as the rarest term and sink coverage.
    Shorter words are too often real ones the lists leave out ("hip" is one edit from "his")."""
    key = fold(word)
    if len(key) < 5 or not has_word_list(locale) or is_real_word(locale, word):
        return False
    return bool(_stopword_slips(locale).near(key))


@cache
def _stopword_slips(locale: str) -> SlipIndex:
    return SlipIndex(folded_stopwords(locale))


def _weigh_context(query: AnalyzedQuery) -> None:
    context = told_spans(query.locale, query.text)
    cried = cried_spans(query.text) if context else []
    rhetorical = asks_for_a_yes(query.text, query.locale)
    for concept in query.concepts:
        if any(concept.start in span for span in rhetorical) and is_negation(
            query.locale, concept.word
        ):
            concept.weight = 0.0
        if _NUMBER.search(concept.word):
            concept.weight *= NUMBER_WEIGHT
            concept.told = True
        if any(concept.start in span for span in context):
            concept.weight *= (
                CRIED_WEIGHT if any(concept.start in s for s in cried) else CONTEXT_WEIGHT
            )
            concept.told = True


def replace_word(text: str, wrong: str, right: str) -> str:
    """``wrong`` replaced as a whole word; Chinese has no word boundaries to respect."""
    if HAN.search(wrong):
        return text.replace(wrong, right)
    return re.sub(rf"(?<!\w){re.escape(wrong)}(?!\w)", right, text)


def analyze(index, locale: str, text: str, *, guess: bool = True) -> AnalyzedQuery:
    """Concepts of ``text`` in ``locale``. With ``guess`` off, unknown words stay unknown: no
    typo fixes or word splitting, for a language the patient may not be writing in."""
    text = normalize(text)
    timing, kinds = timing_of(locale, text), kinds_asked(locale, text)
    query = AnalyzedQuery(locale, text, _concepts(locale, text), {}, timing, kinds)
    _attach_synonyms(locale, text, query.concepts)
    _weigh_and_correct(index, query, guess)
    if query.corrections:  # "side efects" -> "side effects" also brings "complications"
        corrected = text
        for wrong, right in query.corrections.items():
            corrected = replace_word(corrected, wrong, right)
        _attach_synonyms(locale, corrected, query.concepts)
        # a slip can hide when the question is about: "quanto tempo demora a cirugia"
        query.timing = query.timing or timing_of(locale, corrected)
    return query


def _bind_to_compound(query: AnalyzedQuery, compound: Concept) -> None:
    """A word written in parts that the index knows (Vietnamese "biến chứng", complication)
    is what a pair must hold, not its syllables met apart ("biến dạng", "triệu chứng")."""
    end = compound.start + len(compound.word)
    for part in query.atomic:
        if compound.start <= part.start < end:
            part.within = part.within | compound.tokens


def clauses(locale: str, query: AnalyzedQuery) -> list[tuple[str, str, float]]:
    """(field, token, boost) for the engine: exact variants, then synonyms, typos, extras."""
    extra_weights = {s: w for s, (_, w) in analysis_for(locale).extra.items()}
    out: list[tuple[str, str, float]] = []
    asked: set = set()  # synonyms already asked for: a group is one word of the query however
    # many of its syllables or parts found it ("bơm", "xi măng", "bơm xi" all found "vertebroplasty")
    for concept in query.concepts:
        scale = 1.0 if concept.atomic else 0.7
        synonyms, phrases = concept.synonyms - asked, concept.phrases - asked
        asked |= synonyms | phrases
        for name, boost in MAIN_FIELDS.items():
            out += [(name, t, boost * scale) for t in concept.tokens]
            out += [(name, t, boost * SYNONYM_WEIGHT) for t in synonyms]
            for phrase in phrases:  # ranking help only; credit needs the whole phrase
                out += [(name, t, boost * SYNONYM_WEIGHT / len(phrase)) for t in phrase]
            out += [(name, t, boost * FUZZY_WEIGHT) for t in concept.corrections]
            out += [(name, t, boost * SYNONYM_WEIGHT) for t in concept.parts]
            for suffix, tokens in concept.extra.items():
                each = boost * extra_weights[suffix] * 2 / max(1, len(tokens))
                out += [(f"{name}_{suffix}", t, each) for t in tokens]
    return out

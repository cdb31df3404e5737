"""What the index knows of a word, and what an unknown word likely meant: a typo's fix, a
Chinese homophone's repair, a compound's parts, or a longer indexed word it starts.

Query analysis asks here only for words no document has, so none of this costs a common query
anything.
"""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING

from faqsvc.analysis import analysis_for, fold, language_of
from faqsvc.answering import lemmas, spelling

if TYPE_CHECKING:
    from faqsvc.answering.query import AnalyzedQuery, Concept

# The fields a patient's word is looked up in, with their boosts for ranking.
MAIN_FIELDS = {"question": 2.5, "alternates": 2.0, "answer": 1.0}
HAN = re.compile(r"[\u3400-\u9fff]")
# Splitting tries every cut and analyses both halves: longer "words" (900 x U+FDFA) are not
# compounds, and would cost a quadratic walk.
MAX_COMPOUND_CHARS = 64
# A word and the one before it, joined, are taken for an indexed term this long or longer.
JOINED_MIN_CHARS = 9
JOINED_TWO_EDITS_CHARS = 14


def correct(index, query: AnalyzedQuery, concept: Concept, han_fix: set[str]) -> int:
    """Give an unknown word what it likely meant; returns the document frequency to weigh it by
    (that of the likeliest fix, 1 for a word that only starts indexed words, else 0)."""
    locale = query.locale
    fixes = _corrections(index, locale, concept) | han_fix
    # A real word of the language is not a typo, only a word the leaflets do not use: it keeps
    # only the stems it starts with, inflections the stemmer did not merge ("merkt" -> merk),
    # never another word ("fahren" -> führen). A word of everyday speech keeps none: "scared"
    # is no "scar" and "later" no "late", both of which the leaflets use for something else.
    real = spelling.is_real_word(locale, concept.word)
    # "ومتى" is "and when", "dort" is dormir: no typo, so nothing to show
    if read := conjunction_rest(index, locale, concept.word) or (
        real and lemma_tokens(index, locale, concept.word)
    ):
        concept.corrections = read
        return max(index.doc_frequency(locale, "answer", t) for t in read) or 1
    if real and spelling.is_everyday_word(locale, concept.word):
        fixes = set(han_fix)
    elif real:
        fixes = {fix for fix in fixes if fold(concept.word).startswith(fix)} | han_fix
    written, typed_as = None, concept.word
    if not fixes:  # "vértebra plástica": the correction replaces both words
        fixes, typed_as = _joined_corrections(index, query, concept)
    if not fixes and not real:
        fixes, written = _written_corrections(index, locale, concept)
    extensions = _extensions(index, locale, concept)
    concept.corrections = frozenset(fixes | extensions)
    if fixes:
        # Ties go to the length nearest the typed word's, then to the first in order: the same
        # query always gets the same correction ("vertabra": vertebra, not vertebr-al).
        typed = len(typed_as)
        best = max(
            fixes,
            key=lambda t: (index.doc_frequency(locale, "answer", t), -abs(len(t) - typed), t),
        )
        # A repaired Chinese bigram is its own spelling; a stem is spelled as patients see it.
        spelled = best if han_fix else written or index.surface_word(locale, best)
        if spelled:
            query.corrections[typed_as] = spelled
        return index.doc_frequency(locale, "answer", best) or 1
    if extensions:
        return 1
    concept.parts = frozenset(_compound_parts(index, locale, concept))
    return 0


def han_repairs(index, query: AnalyzedQuery) -> dict[int, set[str]]:
    """One mistyped character in Chinese, a homophone (成型 for 成形), as input methods type by
    sound: two adjacent unknown bigrams share it, and one other character that sounds like it
    makes both indexed bigrams and a three-character sequence the corpus really has, not two
    bigrams that merely exist apart (内的 + 的手). A character that sounds unlike it is another
    word the corpus lacks (我爸 is not 我马, 今年 not 去年).

    Positions are concept positions; the repaired bigrams become those concepts' corrections.
    """
    known = {}

    def known_bigram(token: str) -> bool:
        if token not in known:
            known[token] = indexed(index, query.locale, {token})
        return known[token]

    repairs: dict[int, set[str]] = {}
    concepts = query.concepts
    for position in range(len(concepts) - 1):
        left, right = concepts[position].word, concepts[position + 1].word
        if not (len(left) == len(right) == 2 and left[1] == right[0] and HAN.match(left[1])):
            continue
        if known_bigram(left) or known_bigram(right):
            continue
        for field_name in MAIN_FIELDS:
            for candidate in index.terms_with_prefix(query.locale, field_name, left[0], 64):
                fixed = candidate[1:2]
                if (
                    len(candidate) == 2
                    and HAN.match(fixed)
                    and spelling.sound_alike(left[1], fixed)
                    and known_bigram(fixed + right[1])
                    and index.has_sequence(query.locale, left[0] + fixed + right[1])
                ):
                    repairs.setdefault(position, set()).add(candidate)
                    repairs.setdefault(position + 1, set()).add(fixed + right[1])
    return repairs


def _compound_parts(index, locale: str, concept: Concept) -> set[str]:
    """Split an unknown long word into two indexed words: "Zementleck" -> zement + leck.

    Tried at every point, with German linking letters dropped, and each half analysed like the
    index was; the split whose halves are both indexed, longest head first, wins.
    """
    word = concept.word.lower()
    if not 8 <= len(word) <= MAX_COMPOUND_CHARS or not word.isalpha() or HAN.search(word):
        return set()
    analyzer = analysis_for(locale).text
    for cut in range(len(word) - 4, 3, -1):
        head, tail = word[:cut], word[cut:]
        trims = [head, head.removesuffix("s"), head.removesuffix("n")]
        for trimmed in dict.fromkeys(t for t in trims if len(t) >= 4):  # not "Zahn" -> "zäh"
            heads = {t.text for t in analyzer(trimmed, mode="query")}
            tails = {t.text for t in analyzer(tail, mode="query")}
            if indexed(index, locale, heads) and indexed(index, locale, tails):
                return heads | tails
    return set()


def lemma_tokens(index, locale: str, word: str) -> frozenset[str]:
    """The index's tokens for the dictionary form of ``word`` (``lemmas``), none when the index
    lacks them."""
    found = lemmas.lemma(locale, word)
    return _indexed_tokens(index, locale, found) if found else frozenset()


def conjunction_rest(index, locale: str, word: str) -> frozenset[str]:
    """The index's tokens for an Arabic word after "and" (و) or "so" (ف) written joined to it
    ("ومتى", "وكم", "فالعملية"); none when the index lacks them. The light stemmer leaves the
    bare letter on, as it also begins words ("وقت", "فحص"): only an unknown word loses it."""
    if language_of(locale) != "ar" or len(word) < 3 or word[0] not in "وف":
        return frozenset()
    return _indexed_tokens(index, locale, word[1:])


def _indexed_tokens(index, locale: str, text: str) -> frozenset[str]:
    """The query tokens of ``text``, when the index knows one of them; none otherwise."""
    tokens = frozenset(t.text for t in analysis_for(locale).text(text, mode="query"))
    return tokens if tokens and indexed(index, locale, tokens) else frozenset()


def indexed(index, locale: str, tokens: set[str]) -> bool:
    return any(index.doc_frequency(locale, f, t) for f in MAIN_FIELDS for t in tokens)


def _extensions(index, locale: str, concept: Concept) -> set[str]:
    """Longer indexed words that start with an unknown word: compounds and unstemmed forms."""
    found: set[str] = set()
    for token in concept.tokens:
        if len(token) >= 4 and token.isalpha() and not HAN.search(token):
            for field_name in MAIN_FIELDS:
                found.update(index.terms_with_prefix(locale, field_name, token))
    return found


def _corrections(index, locale: str, concept: Concept) -> set[str]:
    fixes = _anchored_corrections(index, locale, concept.tokens)
    if not fixes:
        # The first letter wrong too ("bertebroplastia", b for v): one edit anywhere, on longer
        # words only, since an unanchored search walks the whole vocabulary.
        for token in concept.tokens:
            if len(token) >= 8 and token.isalpha() and token.isascii():
                for field_name in MAIN_FIELDS:
                    fixes.update(index.similar_terms(locale, field_name, token, 1, anchored=False))
    return fixes


def _anchored_corrections(index, locale: str, tokens, most: int = 2) -> set[str]:
    """Indexed terms within a typo of one of ``tokens`` (``most`` edits), first letter kept."""
    fixes: set[str] = set()
    for token in tokens:
        if len(token) < 5 or not token.isalpha() or not token.isascii():
            continue
        distance = min(most, 1 if len(token) <= 7 else 2)
        for field_name in MAIN_FIELDS:
            found = index.similar_terms(locale, field_name, token, distance)
            fixes.update(term for term in found if _plausible_fix(token, term))
    return fixes


def _plausible_fix(typed: str, term: str) -> bool:
    """Whether an indexed term two edits from a typed one can be what was meant. Typing rarely
    adds two letters inside a word: a term two shorter is another word ("arthrodèse", spinal
    fusion, is not "arthrose", osteoarthritis; "artrodesis" not "artrosis"), unless the typed
    word is the term with an ending ("vertebroplastica" on an English page)."""
    return len(term) > len(typed) - 2 or typed.startswith(term)


def _joined_corrections(index, query: AnalyzedQuery, concept: Concept) -> tuple[set[str], str]:
    """The long indexed word a word and the one before it spell together, within the edits of a
    typo, and the two words as typed: dictation and unsure typing split a long term into real
    words ("vértebra plástica", "vertebro plastie", "osteo porosis"). Both words are then that
    term; only terms of JOINED_MIN_CHARS or more, since short words join into other short words
    by chance."""
    before = _word_before(query, concept)
    if before is None:
        return set(), concept.word
    joined = before.word + concept.word
    if not JOINED_MIN_CHARS <= len(joined) <= MAX_COMPOUND_CHARS or not joined.isalpha():
        return set(), concept.word
    analyzer = analysis_for(query.locale).text
    tokens = {t.text for t in analyzer(joined, mode="query")}
    if indexed(index, query.locale, tokens):
        found = tokens
    else:  # first letter kept, two edits only on the longest joins (the costliest searches)
        most = 2 if len(joined) >= JOINED_TWO_EDITS_CHARS else 1
        found = _anchored_corrections(index, query.locale, tokens, most=most)
    fixes = {term for term in found if len(term) >= JOINED_MIN_CHARS}
    if not fixes:
        return set(), concept.word
    before.corrections = before.corrections | fixes
    return fixes, query.text[before.start : concept.start + len(concept.word)]


def _word_before(query: AnalyzedQuery, concept: Concept) -> Concept | None:
    """The atomic concept just before ``concept`` in the text, with only a space or a hyphen
    between them."""
    atomic = query.atomic
    for left, right in itertools.pairwise(atomic):
        if right is concept:
            gap = query.text[left.start + len(left.word) : right.start]
            return left if gap in (" ", "-") else None
    return None


def _written_corrections(index, locale: str, concept: Concept) -> tuple[set[str], str | None]:
    """The indexed tokens of the nearest written word, and that word, when the stems held none."""
    analyzer = analysis_for(locale).text
    for word in spelling.near_words_in(index, locale, concept.word):
        tokens = {t.text for t in analyzer(word, mode="query")}
        if indexed(index, locale, tokens):
            return tokens, word
    return set(), None

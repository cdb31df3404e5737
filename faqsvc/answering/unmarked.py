"""A message typed without its marks: its stop words weigh nothing, as they do typed with them,
and a Vietnamese đ among no other mark is read as d (``d_read_plain``).

The analyzers compare Vietnamese stop words with their tones, since "co" may be "cổ" (neck) as
well as "có" (a stop word). A bare "co" the index has no word for is the stop word. In a
message typed without a single mark (session 28) it is the stop word even where the index has
"cổ": "co", "khong", "bi" and "lam" are far likelier có, không, bị and làm there, unless the
index knows the word written with its neighbour ("xi mang" is xi măng, not mang, to carry).
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from typing import TYPE_CHECKING

from faqsvc.analysis import fold, folded_stopwords, language_of
from faqsvc.answering.vocabulary import indexed

if TYPE_CHECKING:
    from faqsvc.answering.query import AnalyzedQuery, Concept


def bare_stopword(index, query: AnalyzedQuery, concept: Concept, df: int) -> bool:
    """Whether ``concept`` (its document frequency ``df``) is a stop word typed bare."""
    if not concept.atomic or (df and not _toneless(query.locale, query.text)):
        return False
    if fold(concept.word) not in folded_stopwords(query.locale):
        return False
    return df == 0 or not _in_known_compound(index, query, concept)


def d_read_plain(locale: str, text: str) -> str:
    """A Vietnamese message typed without tones but with đ ("đot song", "qua đem") with its đ
    read as d. A word typed without marks looks up every toned word it may be ("dem": đêm,
    đem), but "đem" had a mark, so it looked up only itself (to bring) and weighed as the
    rarest term. Only a message with no other mark: "đau" typed among toned words is pain."""
    if language_of(locale) != "vi" or not ("đ" in text or "Đ" in text):
        return text
    plain = text.replace("đ", "d").replace("Đ", "D")
    return plain if _toneless(locale, plain) else text


def _toneless(locale: str, text: str) -> bool:
    return language_of(locale) == "vi" and not _marked(text)


@lru_cache(maxsize=64)
def _marked(text: str) -> bool:
    """Once per message, not once per stop word of it."""
    return any(unicodedata.combining(c) for c in unicodedata.normalize("NFD", text))


def _in_known_compound(index, query: AnalyzedQuery, part: Concept) -> bool:
    return any(
        indexed(index, query.locale, set(c.tokens))
        for c in query.concepts
        if not c.atomic and c.start <= part.start < c.start + len(c.word)
    )

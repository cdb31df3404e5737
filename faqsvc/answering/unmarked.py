"""A stop word typed without its marks weighs nothing, as it does typed with them.

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
    if not concept.atomic or fold(concept.word) not in folded_stopwords(query.locale):
        return False
    return df == 0 or (_toneless(query) and not _in_known_compound(index, query, concept))


def _toneless(query: AnalyzedQuery) -> bool:
    return language_of(query.locale) == "vi" and not _marked(query.text)


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

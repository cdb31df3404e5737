"""Per-language text analysis for the FAQ index: one registry, used at index and query time.

Import from here; the submodules are implementation detail apart from ``normalize``, whose
pure string helpers are shared with ingestion and the web layer.
"""

from faqsvc.analysis.normalize import arabic_normalize, fold, normalize, padded_words
from faqsvc.analysis.registry import (
    LanguageAnalysis,
    analysis_for,
    folded_stopwords,
    language_of,
    tokens,
)

__all__ = [
    "LanguageAnalysis",
    "analysis_for",
    "arabic_normalize",
    "fold",
    "folded_stopwords",
    "language_of",
    "normalize",
    "padded_words",
    "tokens",
]

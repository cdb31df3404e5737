"""Which analyzer each language gets, keyed on the ISO language code of a locale tag.

Index and query code both ask here, and get the same cached object, so the two sides can
never drift apart. Any language without an entry gets a generic analyzer (fold + Snowball +
whoosh stop words where available), so a new locale needs no code unless its script does.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from types import MappingProxyType

import Stemmer
from babel import Locale, UnknownLocaleError
from whoosh.analysis import Analyzer, LowercaseFilter, NgramFilter
from whoosh.lang import has_stopwords, stopwords_for_language

from faqsvc.analysis.filters import (
    ApostropheFilter,
    ArabicStemFilter,
    FoldStemFilter,
    NFKCFilter,
    SnowballStemmer,
    StopFilter,
    VietnameseFilter,
)
from faqsvc.analysis.normalize import arabic_normalize, fold
from faqsvc.analysis.tokenizer import WordTokenizer

__all__ = ["LanguageAnalysis", "analysis_for", "folded_stopwords", "language_of", "tokens"]

NGRAM_WEIGHT = 0.3  # compound-part matches are weak evidence next to whole-word matches
UNIGRAM_WEIGHT = 0.2  # single Han characters: recall for one-character queries only
# How much more than the rarest indexed word a word the index lacks weighs: it says the question
# is about something the documents do not cover ("dentist"). Where the analyzer cannot undo a
# language's inflections, an unknown word is as often a known word in another form, and this
# is 1.
UNKNOWN_WEIGHT = 2.0

_TAG = re.compile(r"^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8}){0,4}$")


def _words(text: str) -> frozenset[str]:
    """Word lists as one string each: easier to read and review than lists of literals."""
    return frozenset(text.split())


def _listed(name: str) -> frozenset[str]:
    """The words patients type that ask nothing, beyond the language's stop list, as reviewers
    keep them: ``faqsvc/data/stopwords/<name>.txt``, words split on spaces, each group after a
    ``#`` line that says why it is there (data, grown by each lexicon round, not code)."""
    path = resources.files("faqsvc") / "data" / "stopwords" / f"{name}.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(w for line in lines if not line.lstrip().startswith("#") for w in line.split())


@dataclass(frozen=True)
class LanguageAnalysis:
    language: str
    text: Analyzer  # question, alternates and answer fields, at index and query time
    extra: Mapping[str, tuple[Analyzer, float]]  # sub-field suffix -> (analyzer, weight 0..1)
    stopwords: frozenset[str]
    unknown_weight: float = UNKNOWN_WEIGHT


@dataclass(frozen=True)
class _Profile:
    """What Latin-script languages differ in; the defaults are the generic fallback."""

    apostrophes: str = "longest"
    elisions: frozenset[str] = field(default_factory=frozenset)
    # Stop-list words kept because patient questions hinge on them ("pain after surgery").
    keep: frozenset[str] = field(default_factory=frozenset)
    # Filler words patients type that the stop list lacks; unknown to the corpus, they would
    # otherwise weigh as much as the rarest medical term.
    more: frozenset[str] = field(default_factory=frozenset)
    ngram: bool = False  # German compounds: "Rückenschmerzen" vs "Schmerzen im Rücken"


_PROFILES: dict[str, _Profile] = {
    "en": _Profile(
        apostrophes="possessive",
        keep=_words(
            "no not nor after before during until above below again against off up down out "
            "few more most over under"
        ),
        more=_listed("en"),
    ),
    "fr": _Profile(
        apostrophes="elide",
        elisions=_words("l' d' qu' j' n' s' c' m' t' jusqu' lorsqu' puisqu' quoiqu'"),
        keep=_words("pas sans avant après pendant contre"),
        more=_listed("fr"),
    ),
    "es": _Profile(
        keep=_words("no ni nada sin antes durante hasta contra"),
        more=_listed("es"),
    ),
    "pt": _Profile(
        keep=_words("não nem sem antes depois até durante"),
        more=_listed("pt"),
    ),
    "de": _Profile(
        keep=_words(
            "nicht nichts kein keine keinem keinen keiner keines ohne nach vor während bis gegen"
        ),
        more=_listed("de"),
        ngram=True,
    ),
}

# "không" and "có" frame every yes/no question. Toneless spellings are added only where
# they are not also a content word ("co" is also cổ, neck).
_VI_STOPS = _listed("vi")
_AR_STOPS = _listed("ar")
# "وإيمتى", "وشو": "and" is written joined to the next word, and a stop word stays one with it.
_AR_STOPS_JOINED = _AR_STOPS | {f"و{word}" for word in _AR_STOPS}
_ZH_STOP_CHARS = frozenset("的了吗呢吧啊是在我你和他她")
# Words of a message to a person that are never what an answer is about: greetings and words
# to the reader, who is asking for whom, and spoken fillers. Chinese has no spaces, so the
# tokenizer cuts them out of a run before making bigrams (none occurs inside a medical term).
# Unknown to the corpus, "您好" and "丈夫" each weighed as much as the rarest indexed term.
_ZH_STOP_WORDS = _listed("zh")


def language_of(locale_tag: str) -> str:
    """ISO 639 language of a BCP 47 tag ("zh-Hans" -> "zh", "pt_BR" -> "pt", "iw" -> "he")."""
    return _language_of(locale_tag.strip().replace("_", "-"))


@lru_cache(maxsize=256)
def _language_of(tag: str) -> str:
    if not _TAG.match(tag):
        raise ValueError(f"not a locale tag: {tag[:64]!r}")
    try:
        return Locale.parse(tag, sep="-").language
    except (UnknownLocaleError, ValueError):
        return tag.split("-")[0].lower()  # unknown to CLDR: still analysable generically


def analysis_for(locale_tag: str) -> LanguageAnalysis:
    """The analysis for a locale; tags of one language share one cached object."""
    return _analysis_for_language(language_of(locale_tag))


@lru_cache(maxsize=64)
def folded_stopwords(locale: str) -> frozenset[str]:
    """A locale's stop words without case or accents, for text compared in that spelling."""
    return frozenset(fold(word) for word in analysis_for(locale).stopwords)


def tokens(locale_tag: str, text: str, *, extra: str | None = None) -> list[str]:
    """Token texts as a query looks them up (the index may hold more spellings: Vietnamese
    words also tone-folded), for tests and query-term inspection."""
    analysis = analysis_for(locale_tag)
    if extra is None:
        analyzer = analysis.text
    elif extra in analysis.extra:
        analyzer = analysis.extra[extra][0]
    else:
        raise KeyError(
            f"{analysis.language} has no extra field {extra!r}: {sorted(analysis.extra)}"
        )
    return [token.text for token in analyzer(text, mode="query")]


@lru_cache(maxsize=64)
def _analysis_for_language(language: str) -> LanguageAnalysis:
    builder = {"zh": _chinese, "ar": _arabic, "vi": _vietnamese}.get(language)
    if builder is not None:
        return builder(language)
    return _latin(language, _PROFILES.get(language, _Profile()))


def _stemmer_for(language: str) -> SnowballStemmer | None:
    """PyStemmer accepts ISO codes; CLDR's English name catches the rest ("nb" -> norwegian)."""
    candidates = [language]
    try:
        name = Locale(language).english_name.lower()
        candidates += [name, name.split()[0]]
    except (UnknownLocaleError, ValueError):
        pass
    available = set(Stemmer.algorithms())
    for candidate in candidates:
        if candidate in available or candidate == language:
            try:
                return SnowballStemmer(candidate)
            except KeyError:
                continue
    return None


def _stopwords_for(language: str, profile: _Profile) -> frozenset[str]:
    listed = stopwords_for_language(language) if has_stopwords(language) else ()
    kept = {fold(word) for word in profile.keep}
    return frozenset(w for w in listed if fold(w) not in kept) | profile.more


def _latin(language: str, profile: _Profile) -> LanguageAnalysis:
    """Alphabetic, space-delimited languages: the five Latin-script locales and the fallback."""
    stops = _stopwords_for(language, profile)
    text = (
        WordTokenizer()
        | LowercaseFilter()
        | ApostropheFilter(profile.apostrophes, profile.elisions)
        | StopFilter(stops, key=fold)
        | FoldStemFilter(_stemmer_for(language))
    )
    extra: dict[str, tuple[Analyzer, float]] = {}
    if profile.ngram:
        ngrams = (
            WordTokenizer(keep_apostrophes=False)
            | LowercaseFilter()
            | StopFilter(stops, key=fold)
            | FoldStemFilter(None)
            | NgramFilter(4)
        )
        extra["ngram"] = (ngrams, NGRAM_WEIGHT)
    return LanguageAnalysis(language, text, MappingProxyType(extra), stops)


def _chinese(language: str) -> LanguageAnalysis:
    """Character bigrams, not jieba: it costs ~1 s and 80 MiB per worker and splits medical
    terms. NFKC here only, as full-width Latin and digits are a CJK-keyboard habit.
    """
    text = (
        WordTokenizer(keep_apostrophes=False, cjk_stops=_ZH_STOP_WORDS)
        | NFKCFilter()
        | LowercaseFilter()
        | FoldStemFilter()
        # what is left of "我丈夫" once "丈夫" is cut out: a lone particle or pronoun
        | StopFilter(_ZH_STOP_CHARS)
    )
    unigrams = WordTokenizer(
        keep_apostrophes=False, cjk_unigrams=True, words=False, cjk_stops=_ZH_STOP_WORDS
    ) | StopFilter(_ZH_STOP_CHARS)
    extra = MappingProxyType({"unigram": (unigrams, UNIGRAM_WEIGHT)})
    return LanguageAnalysis(language, text, extra, _ZH_STOP_CHARS)


def _arabic(language: str) -> LanguageAnalysis:
    text = (
        WordTokenizer(keep_apostrophes=False)
        | LowercaseFilter()
        | StopFilter(_AR_STOPS_JOINED, key=arabic_normalize)
        | ArabicStemFilter()
    )
    # Spoken Arabic wraps verbs in clitics the light stemmer leaves on ("بيمنعني", it stops me):
    # most words unknown to the standard-Arabic leaflets are such forms, not another subject.
    return LanguageAnalysis(language, text, MappingProxyType({}), _AR_STOPS, unknown_weight=1.0)


def _vietnamese(language: str) -> LanguageAnalysis:
    text = WordTokenizer(keep_apostrophes=False) | LowercaseFilter() | VietnameseFilter(_VI_STOPS)
    return LanguageAnalysis(language, text, MappingProxyType({}), _VI_STOPS)

"""The one search function: the JSON API, the pages and the CLI all render its result.

It takes plain patient text, never query syntax, so nothing a patient types can raise.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from faqsvc.analysis import langdetect, normalize
from faqsvc.answering import (
    calibration,
    confidence,
    interrogatives,
    message,
    query,
    question_kinds,
    respelling,
    subjects,
    urgent,
)
from faqsvc.errors import InvalidParameter
from faqsvc.locales import SOURCE_LOCALE, SUPPORTED_LOCALES, locale_info
from faqsvc.model import SearchHit, SearchResult, ServedPair, Snippet
from faqsvc.pairdata import PairAnalysis, Unit
from faqsvc.precompute import same_question
from faqsvc.settings import Settings

CANDIDATES = 20
MAX_SEARCHED_CHARS = 300  # a long message is searched on its asking sentences and opening
# A message's first question is also searched on its own (``confirmed``); its later ones often
# lean on it ("quels effets secondaires ?" after a drug the leaflets do not name).
MAX_ASKED_PARTS = 1
MIN_CONFIDENCE = Settings.min_confidence  # one default, documented with the settings
# Beside an urgent notice an answer must be this sure: "I can't feel my legs since the cement"
# otherwise got "What is vertebroplasty?" at 0.74, a wrong answer where the notice is the one.
URGENT_ANSWER_CONFIDENCE = 0.9
# Ranking is mostly confidence; normalised BM25F breaks its many near-ties (README, "Confidence").
RELEVANCE_SHARE = 0.3
# Shared question words ("how", "what", "who") order what confidence ties: ranking only.
FORM_SHARE = 0.05  # 0.1 and more cost held-out answers (README, "Confidence")


@dataclass
class _Scored:
    pair: ServedPair
    confidence: float  # hand-set coverage until calibrated, then the probability of being right
    rank: float
    unit: Unit | None
    query: query.AnalyzedQuery
    signals: calibration.Signals
    analysed: PairAnalysis | None = None  # as stored: the snippet weighs its sentences


def detect_language(text: str, page_locale: str) -> str | None:
    """A supported locale the text is plainly written in, when it is not the page's."""
    languages = {locale_info(t).language: t for t in SUPPORTED_LOCALES}
    found = langdetect.detect(text, languages)
    tag = languages.get(found) if found else None
    return tag if tag and tag != page_locale else None


def _score(index, locale: str, text: str, guess: bool = True) -> list[_Scored]:
    analyzed = query.analyze(index, locale, text, guess=guess)
    hits = index.run(locale, query.clauses(locale, analyzed), CANDIDATES)
    if not hits:
        return []
    top = max(h.score for h in hits) or 1.0
    asked = interrogatives.question_words(locale, text)
    scored = []
    corrected = bool(analyzed.corrections)
    found_pairs = [index.candidate(locale, hit.docnum) for hit in hits]
    if analyzed.kinds:  # only a kind some candidate asks tells them apart (a copy: the
        # analysis says what was asked, this search what its candidates can tell apart)
        offered = question_kinds.offered(
            analyzed.kinds,
            [question_kinds.pair_kinds(locale, pair.question) for pair, _ in found_pairs],
        )
        analyzed = replace(analyzed, kinds=offered)
    for hit, (pair, analysed) in zip(hits, found_pairs, strict=True):
        found = confidence.match(analyzed, pair, analysed)
        rank = RELEVANCE_SHARE * hit.score / top + (1 - RELEVANCE_SHARE) * found.score
        question = interrogatives.pair_question_words(locale, pair.question)
        form = interrogatives.shared_share(asked, question)
        rank += FORM_SHARE * form
        # The query asks what the pair's question or the phrasing it restates asks: "quanto
        # tempo demora?" is a phrasing of "Como é feita?", not of "Em quanto tempo vou me
        # recuperar?", though only the latter's question says "quanto".
        if found.echo_unit is not None and asked and not asked & question:
            question = question | interrogatives.pair_question_words(locale, found.echo_unit.text)
        signals = calibration.Signals(  # discounted as the hand-set score was
            found.score,
            found.question * found.factor,
            found.factor * hit.score / top,
            form,
            corrected,
            found.echo * found.factor,
            bool(asked) and not asked & question,
        )
        scored.append(_Scored(pair, found.score, rank, found.unit, analyzed, signals, analysed))
    return scored


def _group_duplicates(ranked: list[_Scored]) -> list[tuple[_Scored, list[ServedPair]]]:
    """The same question answered by several sources is shown once, the others listed under it."""
    groups: list[tuple[_Scored, list[ServedPair]]] = []
    for item in ranked:
        for lead, others in groups:
            if same_question(lead.pair, item.pair):
                others.append(item.pair)
                break
        else:
            groups.append((item, []))
    return groups


def search(
    index,
    text: str,
    locale: str,
    *,
    limit: int = 5,
    min_confidence: float = MIN_CONFIDENCE,
    requested_lang: str | None = None,
) -> SearchResult:
    """Answers to ``text`` shown in ``locale``; an empty ``results`` means no good answer."""
    if locale not in index.locales:
        raise InvalidParameter(f"unsupported locale {locale!r}")
    if not 1 <= limit <= 50:
        raise InvalidParameter("limit must be between 1 and 50")
    text = normalize(text or "")
    heard, searched = _searched_part(index, text, locale)
    detected = detect_language(searched, locale) if searched else None
    scored = _score_languages(index, searched, locale, detected)
    ranked = _confirmed_by_parts(index, searched, locale, detected, calibrated(ranked_once(scored)))
    asked = subjects.asked_subjects(searched, locale)
    alert = urgent.urgent_alert(text, locale) if text.strip() else None
    bar = max(min_confidence, URGENT_ANSWER_CONFIDENCE) if alert else min_confidence
    confident = [s for s in ranked if s.confidence >= bar and subjects.pair_names(s.pair, asked)]
    groups = _group_duplicates(confident)[:limit]
    hits = [_hit(index, lead, others, locale) for lead, others in groups]
    return SearchResult(
        query=text,
        lang=locale,
        requested_lang=requested_lang,
        detected_lang=detected,
        results=tuple(hits),
        alerts=(alert,) if alert else (),
        did_you_mean=_did_you_mean(scored, searched, heard),
        suggestions=() if hits else popular(index, locale),
        nearest_topic=ranked[0].pair.topic if ranked and not hits else None,
    )


def _searched_part(index, text: str, locale: str) -> tuple[str, str]:
    """What of ``text`` is searched, written out (``respelling.as_heard``), and that respelt."""
    heard = respelling.as_heard(index, locale, message.searched_part(text, MAX_SEARCHED_CHARS))
    return heard, respelling.respelled(index, locale, heard)


def ranked_once(scored: list[_Scored]) -> list[_Scored]:
    """Each pair once (its best-ranked finding, of either language searched), best first."""
    best: dict[str, _Scored] = {}
    for item in scored:
        if item.pair.id not in best or item.rank > best[item.pair.id].rank:
            best[item.pair.id] = item
    return sorted(best.values(), key=lambda s: -s.rank)


def _confirmed_by_parts(
    index, searched: str, locale: str, detected: str | None, ranked: list[_Scored]
) -> list[_Scored]:
    """``ranked`` after its leader is ``confirmed`` by the message's first question alone."""
    for part in message.asked_parts(searched, MAX_ASKED_PARTS):
        alone = calibrated(ranked_once(_score_languages(index, part, locale, detected)))
        ranked = confirmed(ranked, alone)
    return ranked


def confirmed(ranked: list[_Scored], part: list[_Scored]) -> list[_Scored]:
    """The whole message's leading pair at the confidence its first question alone gives it,
    when that is higher.

    "¿Cuánto dura la operación? ¿Me puedo ir a casa el mismo día?" searched whole splits its
    weight between two questions and the leader is less sure (0.74) than the first question
    alone makes it (0.97). Only the whole's leader may be confirmed, so a part never answers
    what the whole did not lead with. On the studied sets' 219 answerable messages of several
    questions, right 169 -> 175 with no new wrong answer and one out-of-scope message answered;
    confirming by every question (up to three) made it 180 but three out-of-scope answered, each
    a later question leaning on a subject the leaflets lack (README, "Several questions")."""
    if not ranked or not part:
        return ranked
    leader = ranked[0]
    better = max(
        (s for s in part if s.pair.id == leader.pair.id), key=lambda s: s.confidence, default=None
    )
    if better is None or better.confidence <= leader.confidence:
        return ranked
    return [better, *ranked[1:]]


def calibrated(ranked: list[_Scored], model: calibration.Model | None = None) -> list[_Scored]:
    """The candidates, each confidence now the probability that the pair answers the query
    (``calibration``), likeliest first: "does it hurt?" is answered by the pair that has it as
    a phrasing, not by the one BM25F ranks first for "...my back still hurts"."""
    chances = calibration.probabilities([s.signals for s in ranked], model)
    for item, chance in zip(ranked, chances, strict=True):
        item.confidence = chance  # each _Scored belongs to this one search
    return sorted(ranked, key=lambda s: -s.confidence)  # stable: equals keep the ranking's order


def candidates(index, text: str, locale: str) -> list[_Scored]:
    """The ranked candidates of a search before calibration, by the path search takes: what
    ``scripts/calibrate.py`` fits the model on (a message's first question, searched alone to
    confirm the leader, is a search of its own and calibrated as one)."""
    _, searched = _searched_part(index, normalize(text or ""), locale)
    detected = detect_language(searched, locale) if searched else None
    return ranked_once(_score_languages(index, searched, locale, detected))


def _score_languages(index, searched: str, locale: str, detected: str | None) -> list[_Scored]:
    """Score in the page's language and in one more: the detected one, or else English.

    Patients mix in English medical words ("cement leak" on the Spanish page); English is only
    a fallback there, so unknown words are not guessed at in it.
    """
    if not searched.strip():
        return []
    second = detected or (SOURCE_LOCALE if langdetect.script_language(searched) is None else locale)
    scored: list[_Scored] = []
    for search_locale in dict.fromkeys([locale, second]):
        if search_locale in index.locales:
            sure = search_locale in (locale, detected)
            scored += _score(index, search_locale, searched, guess=sure)
    return scored


def _hit(index, lead: _Scored, others: list[ServedPair], locale: str) -> SearchHit:
    pair = _in_locale(index, lead.pair, locale)
    return SearchHit(
        pair=pair,
        score=round(lead.confidence, 3),
        snippet=_snippet(lead, pair),
        also_answered_by=tuple(_in_locale(index, o, locale) for o in others),
        related=related(index, pair, locale, exclude={o.id for o in others}),
    )


def _snippet(lead: _Scored, shown: ServedPair) -> Snippet:
    """The matched sentence with its words marked, or, when the pair was found through another
    language's index, the shown answer's opening sentence."""
    if shown.answer == lead.pair.answer:
        return confidence.snippet(lead.query, lead.pair, lead.unit, analysed=lead.analysed)
    passage = _aligned_passage(lead.pair.answer, shown.answer, lead.unit)
    return confidence.snippet(lead.query, shown, None, text=passage)


def _passages(answer: str) -> list[str]:
    return [line for line in answer.split("\n") if line.strip()]


def _aligned_passage(source: str, shown: str, unit: Unit | None) -> str | None:
    """The shown answer's paragraph or list item in the place of the matched one.

    Catalog checks keep paragraphs and list items one-to-one between a text and its
    translation, so the position carries over even though the words do not.
    """
    if unit is None:
        return None
    first = unit.text.split(". ")[0][:60]
    theirs, ours = _passages(source), _passages(shown)
    for position, passage in enumerate(theirs):
        if first in passage and len(theirs) == len(ours):
            return ours[position].removeprefix("- ")
    return None


def _in_locale(index, pair: ServedPair, locale: str) -> ServedPair:
    """A pair found through another language's index is shown in the page's language, or in
    its own marked ``fallback`` when the page's language lacks it."""
    shown = index.served(locale, pair.id)
    if shown is not None:
        return shown
    return replace(pair, translation="fallback") if pair.lang != locale else pair


def _did_you_mean(scored: list[_Scored], text: str, typed: str) -> str | None:
    """``text`` (respelt) with its typos corrected, when it differs from what was ``typed``."""
    fixed = text
    for item in scored:
        for wrong, right in item.query.corrections.items():
            fixed = query.replace_word(fixed, wrong, right)
    return fixed if fixed != typed else None


def related(index, pair: ServedPair, locale: str, exclude: set[str], limit: int = 3):
    """Other questions on the same page or topic, chosen at build time (``precompute``)."""
    ids = [i for i in index.related_ids(locale, pair.id) if i not in exclude][:limit]
    return tuple(p for i in ids if (p := index.served(locale, i)) is not None)


def popular(index, locale: str, limit: int = 6) -> tuple[ServedPair, ...]:
    """Questions to browse when there is no answer: the shortest question of each topic."""
    ids = index.popular_ids(locale)[:limit]
    return tuple(p for i in ids if (p := index.served(locale, i)) is not None)

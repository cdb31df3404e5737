"""Everything a request needs that depends only on the corpus, computed at build time.

Related questions, popular questions, topic counts, suggestions, the spelling vocabulary, the
spelled forms of stems and each pair's analysed units are made here, once per build, and
written to the locale's pair store (``faqsvc/store.py``). Each is linear, or nearly, in the
corpus: related questions scan a bounded number of candidates per pair.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from itertools import chain
from pathlib import Path

from faqsvc import pairdata, store
from faqsvc.analysis import analysis_for, fold, language_of
from faqsvc.analysis.romanized import ROMANIZED_LANGUAGES, romanized_rows
from faqsvc.analysis.sounds import SOUND_LANGUAGES, sound_rows
from faqsvc.locales import SOURCE_LOCALE
from faqsvc.model import ServedPair

DUPLICATE_SIMILARITY = 0.5
RELATED_STORED = 8  # a request drops the ones shown beside the hit and keeps 3
RELATED_SCAN = 200  # candidates looked at per pair, at most: a bound, not a quadratic walk
POPULAR = 6
SPELLING_MIN_LENGTH = 6
_SPELLING_WORD = re.compile(rf"[^\W\d_]{{{SPELLING_MIN_LENGTH},}}")
_SURFACE_WORD = re.compile(r"[^\W\d_]{4,}")
_COMMON = frozenset({"what", "is", "the", "a", "of"})


def question_words(pair: ServedPair) -> frozenset[str]:
    return frozenset(re.findall(r"\w+", fold(pair.question))) - _COMMON


def same_question(a: ServedPair, b: ServedPair) -> bool:
    """Two sources asking the same thing: same topic and most question words shared."""
    if a.topic != b.topic:
        return False
    words, others = question_words(a), question_words(b)
    union = words | others
    return bool(union) and len(words & others) / len(union) >= DUPLICATE_SIMILARITY


def _shortest_first(pairs: Iterable[ServedPair]) -> list[ServedPair]:
    return sorted(pairs, key=lambda p: len(p.question))


def related_ids(listed: list[ServedPair]) -> dict[str, tuple[str, ...]]:
    """Per pair: questions from the same page first (any topic), then the same topic and
    source, then the rest of the topic, shortest first; never the pair's own question as
    another source words it, nor two wordings of one question."""
    by_url: dict[str, list[ServedPair]] = {}
    by_topic: dict[str, list[ServedPair]] = {}
    for pair in listed:
        if pair.source.url:
            by_url.setdefault(pair.source.url, []).append(pair)
        by_topic.setdefault(pair.topic, []).append(pair)
    by_url = {url: _shortest_first(pairs) for url, pairs in by_url.items()}
    by_source: dict[tuple[str, str], list[ServedPair]] = {}
    for topic, pairs in by_topic.items():
        by_topic[topic] = _shortest_first(pairs)
        for pair in by_topic[topic]:
            by_source.setdefault((topic, pair.source.id), []).append(pair)
    words = {pair.id: question_words(pair) for pair in listed}
    out = {}
    for pair in listed:
        if pair.translation == "fallback":
            continue  # the source locale's store has them
        order = chain(
            by_url.get(pair.source.url or "", ()),
            by_source[(pair.topic, pair.source.id)],
            by_topic[pair.topic],
        )
        out[pair.id] = _pick_related(pair, order, words)
    return out


def _pick_related(pair: ServedPair, order: Iterable[ServedPair], words: dict) -> tuple[str, ...]:
    chosen: list[ServedPair] = []
    seen = {pair.id}
    for looked, candidate in enumerate(order):
        if looked >= RELATED_SCAN or len(chosen) >= RELATED_STORED:
            break
        if candidate.id in seen:
            continue
        seen.add(candidate.id)
        if not any(_same(candidate, shown, words) for shown in (pair, *chosen)):
            chosen.append(candidate)
    return tuple(p.id for p in chosen)


def _same(a: ServedPair, b: ServedPair, words: dict) -> bool:
    if a.topic != b.topic:
        return False
    union = words[a.id] | words[b.id]
    return bool(union) and len(words[a.id] & words[b.id]) / len(union) >= DUPLICATE_SIMILARITY


SAME_QUESTION_WINDOW = 50  # earlier questions a question is compared with when grouping


def group_same_questions(
    pairs: Iterable[ServedPair],
) -> list[tuple[ServedPair, list[ServedPair]]]:
    """Each question once, with the other sources that ask it ("also answered by"). A question
    is compared with the last ``SAME_QUESTION_WINDOW`` distinct ones only, so a topic of
    thousands of imported pairs groups in linear time; sources list a question's wordings
    near each other."""
    groups: list[tuple[ServedPair, list[ServedPair]]] = []
    for pair in pairs:
        for lead, others in reversed(groups[-SAME_QUESTION_WINDOW:]):
            if same_question(lead, pair):
                others.append(pair)
                break
        else:
            groups.append((pair, []))
    return groups


def topic_listing(listed: list[ServedPair]) -> tuple[list[tuple[str, int]], list[str]]:
    """(topic, count of distinct questions) in order of first appearance, and the popular
    questions: the shortest question of each topic."""
    counts: dict[str, int] = {}
    shortest: dict[str, ServedPair] = {}
    by_topic: dict[str, list[ServedPair]] = {}
    for pair in listed:
        by_topic.setdefault(pair.topic, []).append(pair)
    for topic, pairs in by_topic.items():
        counts[topic] = len(group_same_questions(pairs))
    for pair in listed:
        if pair.topic not in shortest or len(pair.question) < len(shortest[pair.topic].question):
            shortest[pair.topic] = pair
    return list(counts.items()), [p.id for p in shortest.values()][:POPULAR]


def spelling_vocabulary(
    texts: Iterable[str], min_length: int = SPELLING_MIN_LENGTH
) -> dict[str, list[tuple[str, str, int]]]:
    """First letter -> (folded word, its most frequent written form, how often it occurs)."""
    pattern = (
        _SPELLING_WORD
        if min_length == SPELLING_MIN_LENGTH
        else re.compile(rf"[^\W\d_]{{{min_length},}}")
    )
    counts: dict[str, dict[str, int]] = {}
    for text in texts:
        for word in pattern.findall(text):
            forms = counts.setdefault(fold(word), {})
            forms[word.lower()] = forms.get(word.lower(), 0) + 1
    by_letter: dict[str, list[tuple[str, str, int]]] = {}
    for key, forms in counts.items():
        written = max(forms, key=forms.__getitem__)
        by_letter.setdefault(key[0], []).append((key, written, sum(forms.values())))
    return by_letter


def surface_words(locale: str, texts: Iterable[str]) -> dict[str, str]:
    """Indexed token -> the word patients see most often for it, to spell out corrections."""
    analyzer = analysis_for(locale).text
    counts: dict[str, int] = {}
    for text in texts:
        for word in _SURFACE_WORD.findall(text):
            counts[word.lower()] = counts.get(word.lower(), 0) + 1
    best: dict[str, tuple[int, str]] = {}
    for word, count in counts.items():
        for token in {t.text for t in analyzer(word)}:
            if count > best.get(token, (0, ""))[0]:
                best[token] = (count, word)
    return {token: word for token, (_, word) in best.items()}


def _texts(pairs: Iterable[ServedPair]) -> Iterable[str]:
    for pair in pairs:
        yield "\n".join([pair.question, *pair.alternates, pair.answer])


def write_store(
    path: Path,
    locale: str,
    listed: list[ServedPair],
    docnums: dict[str, int],
    progress: Callable[[int], None] = lambda n: None,
) -> None:
    """The locale's store: ``listed`` are every pair it serves, in corpus order; those in
    ``docnums`` (the engine's document numbers) have their text here, the others (fallbacks)
    are served from the source locale's store."""
    related = related_ids(listed)
    writer = store.StoreWriter(path)
    try:
        rows = []
        for position, pair in enumerate(listed):
            docnum = docnums.get(pair.id)
            own = docnum is not None
            blob = store.encode_pair(pair) if own else None
            analysis = pairdata.encode(pairdata.analyse(locale, pair)) if own else None
            home = locale if own else SOURCE_LOCALE
            rel = store.marshal.dumps(related[pair.id]) if own else None
            rows.append((position, pair.id, pair.topic, home, docnum, blob, analysis, rel))
            if len(rows) >= 500:
                writer.add_pairs(rows)
                progress(len(rows))
                rows = []
        writer.add_pairs(rows)
        progress(len(rows))
        own_pairs = [p for p in listed if p.id in docnums]
        writer.add_suggestions(
            [(i, p.question) for i, p in enumerate(listed) if p.id in docnums],
            han=locale.startswith("zh"),
        )
        writer.add_words(spelling_vocabulary(_texts(own_pairs)))
        writer.add_surface(surface_words(locale, (f"{p.question} {p.answer}" for p in own_pairs)))
        if locale.startswith("zh"):
            writer.add_han_sequences(_texts(own_pairs))
        if language_of(locale) in ROMANIZED_LANGUAGES:
            writer.add_romanized(romanized_rows(language_of(locale), _texts(own_pairs)))
        if language_of(locale) in SOUND_LANGUAGES:
            writer.add_romanized(sound_rows(language_of(locale), _texts(own_pairs)))
        counts, popular = topic_listing(listed)
        writer.set_meta("topics", counts)
        writer.set_meta("popular", popular)
    finally:
        writer.close()

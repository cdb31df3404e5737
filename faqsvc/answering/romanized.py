"""A message typed in Latin letters on the Arabic or Chinese page, read back into the script its
pairs are written in.

"emta a2dar amshi ba3d el 3amaleya?" and "zuo wan duo jiu neng xia chuang" found nothing: no
pair has a word written so. Each Latin word is looked up by its key (``analysis.romanized``)
among the words of the locale's texts (stored by the build) and of its synonym groups (the
spoken words Arabizi writers spell out), and replaced by the likeliest: "متى أقدر أمشي بعد
عملية", "做完多久能下床". Only a message that shows it is romanized is read back (an Arabizi
digit inside a word, or two of its little words; pinyin syllables for most of its words), so an
English word the English pairs use ("MRI") stays as typed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from faqsvc.analysis import analysis_for, language_of
from faqsvc.analysis.romanized import (
    MAX_HAN,
    ROMANIZED_LANGUAGES,
    VOWELS,
    arabizi_shape,
    consonants,
    han_sounds,
    romanized_rows,
)
from faqsvc.answering import synonyms
from faqsvc.answering.spelling import han_word_kind
from faqsvc.answering.vocabulary import indexed
from faqsvc.locales import SOURCE_LOCALE

MAX_WORDS = 40  # Latin words of a message read back: a bounded number of lookups
PINYIN_SHARE = 0.6  # of a Chinese-page message's Latin words that must be pinyin
MIN_SYLLABLES = 3
MAX_JOINED = 30  # letters of one Latin word split into syllables ("zuowanduojiu")
# Arabizi's little words, spelled as the pairs' texts spell them (Egyptian, Levantine, Gulf
# and Maghreb forms): their keys are too short to look up, and two of them mark a message
# as Arabizi.
ARABIZI_WORDS = {
    "el": "", "al": "", "il": "", "l": "", "fel": "في", "fil": "في", "fi": "في", "wel": "و",
    "w": "و", "wa": "و", "bel": "ب", "bil": "ب", "3al": "على", "3ala": "على", "ana": "أنا",
    "men": "من", "min": "من", "law": "لو", "mesh": "مش", "mish": "مش", "msh": "مش",
    "eh": "ايه", "eih": "ايه", "di": "ده", "da": "ده", "dah": "ده", "deh": "ده", "ya3ni": "يعني",
    "ezay": "ازاي", "ezzay": "ازاي", "leh": "ليه", "lesh": "ليش", "shu": "شو", "sho": "شو",
    "emta": "امتى", "imta": "امتى", "kam": "كام", "kem": "كم", "hal": "هل", "ma": "ما",
    "wala": "ولا", "ba3d": "بعد", "abl": "قبل", "2abl": "قبل", "ba3den": "بعدين", "bas": "بس",
    "kaman": "كمان", "ma3": "مع", "3ashan": "عشان", "3shan": "عشان", "lazem": "لازم",
    # Levantine and Gulf little words and times (session 28): "walla", "bokra", "halla2"
    "walla": "ولا", "willa": "ولا", "aw": "أو", "bokra": "بكرة", "bukra": "بكرة",
    "yom": "يوم", "youm": "يوم", "yawm": "يوم", "halla2": "هلق", "hala2": "هلق",
    "hayda": "هيدا", "haida": "هيدا", "hayde": "هيدي", "haidi": "هيدي", "kif": "كيف",
    "keef": "كيف", "shou": "شو", "shoo": "شو", "ktir": "كتير", "kteer": "كتير", "3an": "عن",
    "3and": "عند", "3end": "عند", "howe": "هو", "huwe": "هو", "huwa": "هو", "hiye": "هي",
    "hiya": "هي", "hek": "هيك", "heik": "هيك", "lessa": "لسه", "lissa": "لسه",
    "salam": "سلام", "marhaba": "مرحبا",
}  # fmt: skip
_LATIN_WORD = re.compile(r"[A-Za-z0-9]*[A-Za-z][A-Za-z0-9]*")
_ARABIZI_DIGIT = re.compile(r"[a-z][235679]|[235679][a-z]", re.IGNORECASE)
_VOWEL_PAIRS = frozenset(a + b for a in VOWELS for b in VOWELS)
_HAN = re.compile(r"[\u3400-\u9fff]")
_ASKED = re.compile(r"[?\uff1f]")


def warm(locales: Iterable[str]) -> None:
    """Key the synonym members and list the syllables now (a worker starting): about 55 ms
    per locale that the first patient typing Arabizi or pinyin would otherwise wait for."""
    for locale in locales:
        if language_of(locale) in ROMANIZED_LANGUAGES:
            _spoken_words(locale)
    _pinyin_syllables()


def read_back(index, locale: str, text: str, typed: str | None = None) -> str:
    """``text`` with its romanized words in the locale's script, when it is romanized.
    ``typed`` is the message before its text-speak was written out, which decides whether
    Arabic is romanized: written out, "2alam fi dahri" is "ألم fi dahri", its digit gone."""
    language = language_of(locale)
    if language == "ar":
        return _arabic(index, locale, text, text if typed is None else typed)
    if language == "zh" and not _HAN.search(text):
        return _chinese(index, locale, text)
    return text


def _arabic(index, locale: str, text: str, decided_by: str) -> str:
    if not _romanized_arabic(decided_by):
        return text
    typed = {m.group().lower() for m in _LATIN_WORD.finditer(text, 0, MAX_WORDS * 20)}
    shapes = {
        word: arabizi_shape(word)
        for word in typed
        if word not in ARABIZI_WORDS and not _english(index, word)
    }
    keys = sorted({consonants(shape) for shape in shapes.values()} - {""})
    found = _words_by_key(index, locale, keys)
    spelled = {w: s for w, s in ARABIZI_WORDS.items() if w in typed}
    for word, shape in shapes.items():
        best = _closest(shape, found.get(consonants(shape), ()))
        if best:
            spelled[word] = best
    return _LATIN_WORD.sub(lambda m: spelled.get(m.group().lower(), m.group()), text)


def _romanized_arabic(text: str) -> bool:
    """Arabizi: a word with a digit for a letter, or two of its little words."""
    typed = {m.group().lower() for m in _LATIN_WORD.finditer(text, 0, MAX_WORDS * 20)}
    marked = sum(word in ARABIZI_WORDS for word in typed) >= 2
    return marked or any(_ARABIZI_DIGIT.search(word) for word in typed)


def _closest(shape: str, candidates: Iterable[tuple[str, str, int]]) -> str | None:
    """The word whose shape is nearest the typed one's (``_distance``), then the most
    frequent; none when even the nearest is further than half its consonants."""
    ranked = sorted((_distance(shape, s), -count, w) for w, s, count in candidates)
    if not ranked or ranked[0][0] > max(1.0, len(consonants(shape)) / 2):
        return None
    return ranked[0][2]


def _distance(typed: str, written: str) -> float:
    """Edits from an Arabizi shape to an Arabic one, where a typed vowel Arabic does not write
    (a short one) or a doubled letter costs a quarter, one vowel for another a half."""
    row = [float(j) for j in range(len(written) + 1)]
    for i, letter in enumerate(typed, 1):
        cheap = letter in VOWELS or (i > 1 and typed[i - 2] == letter)
        drop = 0.25 if cheap else 1.0
        previous, row = row, [row[0] + drop]
        for j, other in enumerate(written, 1):
            same = 0.0 if letter == other else 0.5 if letter + other in _VOWEL_PAIRS else 1.0
            row.append(min(previous[j] + drop, row[j - 1] + 1.0, previous[j - 1] + same))
    return row[-1]


def _chinese(index, locale: str, text: str) -> str:
    tokens = [m.group().lower() for m in _LATIN_WORD.finditer(text)][:MAX_WORDS]
    split = [_syllables(token) for token in tokens]
    syllables = [s for parts in split if parts for s in parts]
    pinyin = sum(parts is not None for parts in split)
    if len(syllables) < MIN_SYLLABLES or pinyin < PINYIN_SHARE * len(tokens):
        return text
    keys = {
        " ".join(syllables[i : i + n])
        for n in range(1, MAX_HAN + 1)
        for i in range(len(syllables) - n + 1)
    }
    found = _words_by_key(index, locale, sorted(keys))
    best = {
        key: max(words, key=lambda w: w[2])[0]
        for key, candidates in found.items()
        if (words := [w for w in candidates if " " not in key or _is_word(w[0])])
    }
    out: list[str] = []
    run: list[str] = []
    for token, parts in [*zip(tokens, split, strict=True), ("", None)]:
        if parts is not None:
            run += parts
            continue
        out.append(_characters(run, best))
        run = []
        if token:
            out.append(f" {token} ")
    return "".join(out).strip() + ("？" if _ASKED.search(text) else "")


def _characters(syllables: list[str], best: dict[str, str]) -> str:
    """A run of syllables as the longest stored words that spell it, left to right."""
    out, at = [], 0
    while at < len(syllables):
        n = next((n for n in range(MAX_HAN, 0, -1) if " ".join(syllables[at : at + n]) in best), 1)
        out.append(best.get(" ".join(syllables[at : at + n]), syllables[at]))
        at += n
    return "".join(out)


def _is_word(han: str) -> bool:
    """A run of characters that is a Chinese word ("时间"), not halves of two ("候能" of
    "时候能"); every run counts when there are no word lists."""
    return han_word_kind(han) in (None, "word", "everyday")


@cache
def _pinyin_syllables() -> frozenset[str]:
    """Mandarin's syllables that hold a vowel ("m", "ng" and "hm" are interjections, and would
    make "mri" pinyin)."""
    syllables = (s for found in han_sounds().values() for s in found)
    return frozenset(s for s in syllables if set(s) & set("aeiouv"))


def _syllables(token: str) -> list[str] | None:
    """The pinyin syllables a Latin word is made of, fewest first ("zuowan" -> zuo wan), or
    None when it is no run of syllables."""
    known = _pinyin_syllables()
    if len(token) > MAX_JOINED:
        return None
    # best[i]: the fewest syllables spelling token[:i]
    best: list[list[str] | None] = [[]] + [None] * len(token)
    for end in range(1, len(token) + 1):
        for start in range(max(0, end - 6), end):
            before, now = best[start], best[end]
            fewer = before is not None and (now is None or len(before) + 1 < len(now))
            if fewer and token[start:end] in known:
                best[end] = [*before, token[start:end]]
    return best[len(token)] if token else None


def _words_by_key(index, locale: str, keys: list[str]) -> dict[str, list[tuple[str, str, int]]]:
    return words_by_key(index, locale, keys, _spoken_words(locale))


def words_by_key(
    index, locale: str, keys: list[str], spoken: dict[str, list[tuple[str, str, str, int]]]
) -> dict[str, list[tuple[str, str, int]]]:
    """Key -> (word, shape, count) from the build's texts (the pair store's ``romanized``
    table) and ``spoken``, the synonym members' rows by key, a word's counts in both added up."""
    rows = list(index.romanized_words(locale, keys))
    for key in keys:
        rows += spoken.get(key, [])
    counts: dict[tuple[str, str, str], int] = {}
    for key, word, shape, count in rows:
        counts[key, word, shape] = counts.get((key, word, shape), 0) + count
    found: dict[str, list[tuple[str, str, int]]] = {}
    for (key, word, shape), count in counts.items():
        found.setdefault(key, []).append((word, shape, count))
    return found


@cache
def _spoken_words(locale: str) -> dict[str, list[tuple[str, str, str, int]]]:
    """The locale's synonym members by key: the spoken words the leaflets do not write."""
    members = [member for group in synonyms.groups(locale) for member in group]
    table: dict[str, list[tuple[str, str, str, int]]] = {}
    for row in romanized_rows(language_of(locale), members):
        table.setdefault(row[0], []).append(row)
    return table


def _english(index, word: str) -> bool:
    """A word the English pairs use ("MRI", "warfarin", "kyphoplasty"): bilingual patients drop
    these into Arabizi as into Arabic, and they are matched as typed."""
    if SOURCE_LOCALE not in index.locales:
        return False
    tokens = {token.text for token in analysis_for(SOURCE_LOCALE).text(word, mode="query")}
    return bool(tokens) and indexed(index, SOURCE_LOCALE, tokens)

"""What of a message is said to the reader rather than asked: its address ("Hola doctora, ...",
"Sehr geehrte Damen und Herren, ...") and formulas that announce a question ("I wanted to ask").

A kiosk or web-form message is often written as to a person. Word by word its opening cannot be
stopped: "doctora" stems to the corpus word "doctor", "Damen" and "Gott" are words the leaflets
lack and weigh as the rarest term, so the address outweighed the question. Read as a whole, an
opening part made only of greetings, titles and stop words says nothing about what is asked.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

from faqsvc.analysis import fold, folded_stopwords
from faqsvc.answering.vocabulary import HAN

__all__ = ["address_end", "tag_at_end", "unsearched_spans", "vague_question"]

# An address is short: a longer opening part is the question or its story.
MAX_PARTS = 3
MAX_WORDS = 6
_PART = re.compile(
    r"[^,.:;!?\n\u060c\u061b\u061f\u3001\u3002\uff01\uff0c\uff1a\uff1b\uff1f]*[,.:;!\n\u060c\u061b\u3001\u3002\uff01\uff0c\uff1a\uff1b]"
)
_WORD = re.compile(r"\w+")


@lru_cache(maxsize=1)
def _data() -> dict:
    path = resources.files("faqsvc") / "data" / "address.json"
    return json.loads(path.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _address_words() -> dict[str, frozenset[str]]:
    return {
        locale: frozenset(fold(word) for word in words.split())
        for locale, words in _data().items()
        if isinstance(words, str) and not locale.startswith("_")
    }


@lru_cache(maxsize=64)
def _formulas(key: str, locale: str) -> re.Pattern | None:
    """One locale's formulas of one kind ("asking", "age", "vague") as one pattern."""
    patterns = _data()[key].get(locale)
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.I) if patterns else None


def vague_question(sentence: str, locale: str) -> bool:
    """Whether a sentence asks nothing but what now or what to do ("What happens now?", "¿y
    ahora qué hago?", "怎么办？"): it names no subject, so the story told around it does."""
    vague = _formulas("vague", locale)
    if not vague or not vague.search(sentence):
        return False
    rest = vague.sub(" ", sentence)
    stops = folded_stopwords(locale)
    return all(fold(word) in stops for word in _WORD.findall(rest))


@lru_cache(maxsize=16)
def _tag(locale: str) -> re.Pattern | None:
    pattern = _data()["tags"].get(locale)
    return re.compile(pattern, re.I) if pattern else None


def tag_at_end(text: str, locale: str) -> range | None:
    """The span of a tag asking for a yes at the end of ``text`` (", right?", ", oder?")."""
    tag = _tag(locale)
    found = tag.search(text) if tag else None
    return range(*found.span()) if found and found.end() > found.start() else None


# Particles an address in Chinese may carry besides its words ("医生啊，").
_HAN_PARTICLES = str.maketrans("", "", "的啊呀")


@lru_cache(maxsize=16)
def _longest_first(locale: str) -> tuple[str, ...]:
    """A locale's address words, longest first, so that "医生您好" goes whole before "您好"."""
    return tuple(sorted(_address_words().get(locale, ()), key=len, reverse=True))


def _is_address(part: str, locale: str) -> bool:
    words = _address_words().get(locale, frozenset())
    if HAN.search(part):
        rest = part
        for word in _longest_first(locale):
            rest = rest.replace(word, "")
        return rest != part and not _WORD.search(rest.translate(_HAN_PARTICLES))
    found = [fold(word) for word in _WORD.findall(part)]
    if not found or len(found) > MAX_WORDS:
        return False
    stops = folded_stopwords(locale)
    return any(w in words for w in found) and all(w in words or w in stops for w in found)


def address_end(text: str, locale: str) -> int:
    """Characters at the start of ``text`` that address the reader (0 when none do). A message
    that is nothing but an address keeps it: there is nothing else to search."""
    end = 0
    for _ in range(MAX_PARTS):
        match = _PART.match(text, end)
        if not match or not _is_address(match.group(), locale):
            break
        end = match.end()
    return end if text[end:].strip() else 0


def unsearched_spans(text: str, locale: str) -> list[range]:
    """Character spans of ``text`` that are not searched: the address, and every formula that
    announces a question ("cho em hỏi", "ich wollte fragen"), whose "ask" and "know" are not
    what is asked about, the asker's age said as context, a question asking only what now
    ("what happens now?"), whose "happen" and "now" name nothing the pairs answer, a
    comparison with how things were ("igual que antes"), whose "before" is no time, and the
    courtesy around a question ("if possible", "desde já agradeço", "entschuldigen Sie die
    Störung"), whose words the leaflets lack."""
    spans = [range(0, end)] if (end := address_end(text, locale)) else []
    for key in ("asking", "age", "vague", "comparison", "courtesy"):
        if formulas := _formulas(key, locale):
            spans += [range(*m.span()) for m in formulas.finditer(text) if m.end() > m.start()]
    if tag := tag_at_end(text, locale):
        spans.append(tag)
    return spans

"""A Unicode-aware word tokenizer that also splits Han and kana text into character bigrams.

whoosh's default ``\\w+`` pattern cuts words at combining marks (Arabic harakat, decomposed
Vietnamese, Devanagari vowel signs are not ``\\w``) and turns a whole Chinese sentence into
one token. One tokenizer serves every language so that a locale added later in a
space-delimited script, or Japanese, works without code.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from whoosh.analysis import Token, Tokenizer

from faqsvc.analysis.normalize import normalize

__all__ = ["CJK_CHARS", "WordTokenizer"]


def _char_class(codes: list[int]) -> str:
    """Regex class body for code points, as ranges: a 1,300-member class compiles slowly."""
    parts: list[str] = []
    start = prev = codes[0]
    for code in [*codes[1:], -1]:
        if code == prev + 1:
            prev = code
            continue
        parts.append(re.escape(chr(start)) + ("-" + re.escape(chr(prev)) if prev > start else ""))
        start = prev = code
    return "".join(parts)


# Hiragana, katakana and Han (URO, extension A, compatibility, extensions B-G): scripts
# written without spaces, where a character bigram is the cheapest useful index unit.
CJK_CHARS = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
# Combining marks and invisible format characters belong inside the word they touch;
# normalize() then composes or drops them. BMP only: scanning all planes costs ~0.1 s.
_INWORD = _char_class(
    [c for c in range(0x10000) if unicodedata.category(chr(c)) in ("Mn", "Mc", "Me", "Cf")]
)
_WORD_CHAR = rf"(?:[^\W_{CJK_CHARS}]|[{_INWORD}])"
_APOSTROPHE = "['\u2018\u2019\u02bc\uff07\u0060\u00b4]"
_NUMBER = r"\d+(?:[.,]\d+)+"


def _pattern(keep_apostrophes: bool) -> str:
    word = rf"{_WORD_CHAR}+"
    if keep_apostrophes:
        word = rf"{word}(?:{_APOSTROPHE}{word})*"
    return rf"(?P<cjk>[{CJK_CHARS}]+)|(?P<num>{_NUMBER})|(?P<word>{word})"


def _bigrams(run: str, unigrams: bool) -> Iterator[tuple[int, str]]:
    """Offsets and texts of a CJK run's bigrams (or single characters)."""
    if unigrams or len(run) == 1:
        yield from enumerate(run)
        return
    for i in range(len(run) - 1):
        yield i, run[i : i + 2]


def _stop_spans(run: str, stops: re.Pattern | None) -> Iterator[tuple[int, str]]:
    """The parts of a CJK run between its stop words, with their offsets: a run has no spaces,
    so a stop word must be cut out of it before it is split into bigrams, or "我丈夫做完" would
    give the bigrams "我丈" and "夫做", which straddle words and which no text holds."""
    if stops is None:
        yield 0, run
        return
    start = 0
    for match in stops.finditer(run):
        if match.start() > start:
            yield start, run[start : match.start()]
        start = match.end()
    if start < len(run):
        yield start, run[start:]


def _clean(raw: str) -> str:
    """NFC etc. per token, not per text, so character offsets still point into the original."""
    if raw.isascii() and "`" not in raw:
        return raw
    text = normalize(raw)
    return text if any(c.isalnum() for c in text) else ""


class WordTokenizer(Tokenizer):
    """Words, numbers and CJK bigrams; sets ``token.boundary`` when punctuation preceded it.

    ``boundary`` lets phrase-like filters (Vietnamese syllable bigrams) avoid joining words
    across a comma or full stop.
    """

    def __init__(
        self,
        keep_apostrophes: bool = True,
        cjk_unigrams: bool = False,
        words: bool = True,
        cjk_stops: frozenset[str] = frozenset(),
    ):
        self.keep_apostrophes = keep_apostrophes
        self.cjk_unigrams = cjk_unigrams
        self.words = words
        # Longest first, so "妈妈" is cut whole rather than as "妈" twice.
        self.cjk_stops = tuple(sorted(cjk_stops, key=lambda w: (-len(w), w)))
        self._compile()

    def _compile(self) -> None:
        self.expression = re.compile(_pattern(self.keep_apostrophes))
        self.stop_expression = (
            re.compile("|".join(map(re.escape, self.cjk_stops))) if self.cjk_stops else None
        )

    def __eq__(self, other: object) -> bool:
        return isinstance(other, WordTokenizer) and self._config() == other._config()

    def __getstate__(self) -> dict:
        """Pickle the configuration only: the compiled pattern is large and rebuilt cheaply."""
        return {
            k: v for k, v in self.__dict__.items() if k not in ("expression", "stop_expression")
        }

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)
        self.__dict__.setdefault("cjk_stops", ())
        self._compile()

    def _config(self) -> tuple[bool, bool, bool, tuple[str, ...]]:
        return (self.keep_apostrophes, self.cjk_unigrams, self.words, self.cjk_stops)

    def __call__(
        self,
        value: str,
        positions: bool = False,
        chars: bool = False,
        keeporiginal: bool = False,
        removestops: bool = True,
        start_pos: int = 0,
        start_char: int = 0,
        tokenize: bool = True,
        mode: str = "",
        **kwargs,
    ) -> Iterator[Token]:
        token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        pieces = self._pieces(value) if tokenize else [(0, len(value), normalize(value), False)]
        for pos, (start, end, text, boundary) in enumerate(pieces, start_pos):
            token.text = text
            token.boost = 1.0
            token.stopped = False
            token.boundary = boundary
            if keeporiginal:
                token.original = value[start:end]
            if positions:
                token.pos = pos
            if chars:
                token.startchar = start_char + start
                token.endchar = start_char + end
            yield token

    def _pieces(self, value: str) -> Iterator[tuple[int, int, str, bool]]:
        """(start, end, text, boundary) per token, in order."""
        last_end = 0
        for match in self.expression.finditer(value):
            start = match.start()
            boundary = start > last_end and not value[last_end:start].isspace()
            last_end = match.end()
            if match.lastgroup == "cjk":
                for at, part in _stop_spans(match.group(), self.stop_expression):
                    boundary = boundary or at > 0
                    for offset, text in _bigrams(part, self.cjk_unigrams):
                        yield start + at + offset, start + at + offset + len(text), text, boundary
                        boundary = False
            elif self.words:
                text = _clean(match.group())
                if text:
                    yield start, match.end(), text, boundary

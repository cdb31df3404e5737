"""How much a Chinese bigram the corpus lacks says about a question.

Chinese is indexed and searched as character bigrams, so a patient's sentence gives a bigram for
every pair of neighbouring characters, most of them halves of two words ("直吃" in "一直吃着",
"血不" in "让血不容易凝"). Unknown to the corpus, each would weigh as its rarest word, and a long
question would look far from every pair it asks about. A list of Chinese words
(``scripts/make_wordlists.py``, from wordfreq) tells the halves from words the corpus lacks:
a word of another subject (白内障, 中风) keeps the weight that declines the question, a word of
everyday speech (今晚, 一直) weighs as everyday words do in the other languages, and the halves
weigh little.
"""

from __future__ import annotations

from faqsvc.analysis import analysis_for
from faqsvc.answering.spelling import han_word_kind

# Characters that are words of their own (the analyzer's stop characters, and pronouns,
# auxiliaries, adverbs and measure words it keeps): without the word lists, an unknown bigram
# holding one straddles a boundary even inside a run of unknown bigrams ("是都", "都睡" in
# "是不是都睡着"), where such a run otherwise spells an unknown word ("白内障").
ZH_FUNCTION_CHARS = analysis_for("zh-Hans").stopwords | frozenset(
    "嘛呀他她它们都就也还很会能要有着过这那么个把被给让从对向跟"
)
WORDS = ("word", "everyday")
LONGER_WORDS = (4, 3)  # lengths of the words a bigram may be part of ("白内" of "白内障")


def unknown_bigram_kinds(text: str, spans: list[tuple[int, str]], unknown: list[bool]) -> list:
    """For each concept (its ``start`` and word in ``spans``), None when the corpus knows it or it
    is no Han bigram, else what it is: ``everyday``, ``word``, ``part`` or ``across``."""
    kinds: list[str | None] = []
    for position, (start, word) in enumerate(spans):
        if not unknown[position]:
            kinds.append(None)
            continue
        kind = _kind(text, start, word)
        if kind is None:  # no word lists: a lone unknown bigram straddles, a run is a word
            neighbours = unknown[max(0, position - 1) : position] + unknown[position + 1 :][:1]
            straddles = not any(neighbours) or not ZH_FUNCTION_CHARS.isdisjoint(word)
            kind = "across" if straddles else "word"
        kinds.append(kind)
    return kinds


def _kind(text: str, start: int, word: str) -> str | None:
    """``everyday``, ``word`` (of any other subject), ``part`` (of a longer word written
    around it) or ``across`` (halves of two words); None when there are no word lists."""
    kind = han_word_kind(word)
    if kind != "across":
        return kind
    end = start + len(word)
    for length in LONGER_WORDS:
        for first in range(max(0, end - length), start + 1):
            if han_word_kind(text[first : first + length]) in WORDS:
                return "part"
    return "across"

"""Chinese bigrams the corpus lacks: halves of two words, words of another subject, everyday
words (``faqsvc.answering.chinese``, word lists from ``scripts/make_wordlists.py``)."""

from __future__ import annotations

import re

import pytest

from faqsvc.answering import chinese, query
from faqsvc.answering.search import calibrated, candidates

# (text, an unknown bigram in it, what it is)
KINDS = [
    ("他一直吃着防中风的药", "直吃", "across"),  # 一直 + 吃
    ("他一直吃着防中风的药", "着防", "across"),
    ("他一直吃着防中风的药", "中风", "word"),  # a stroke: another subject, keeps its weight
    ("让血不容易凝", "血不", "across"),
    ("白内障手术后要注意什么", "白内", "part"),  # of 白内障 (cataract)
    ("白内障手术后要注意什么", "内障", "part"),
    ("白内障手术后要注意什么", "障手", "across"),  # 白内障 + 手术
    ("今晚还能吃夜宵吗", "夜宵", "word"),
    ("今晚还能吃夜宵吗", "今晚", "everyday"),  # tells when, as "tonight" does
    ("北京积水潭医院", "京积", "across"),
]


@pytest.mark.parametrize(("text", "bigram", "kind"), KINDS)
def test_an_unknown_bigram_is_told_by_the_word_lists(text, bigram, kind):
    start = text.index(bigram)
    assert chinese.unknown_bigram_kinds(text, [(start, bigram)], [True]) == [kind]


def test_a_bigram_the_corpus_knows_is_left_alone():
    assert chinese.unknown_bigram_kinds("一直吃", [(0, "一直"), (1, "直吃")], [False, True]) == [
        None,
        "across",
    ]


def test_without_word_lists_a_run_of_unknown_bigrams_is_one_word(monkeypatch):
    monkeypatch.setattr(chinese, "han_word_kind", lambda characters: None)
    spans = [(0, "椎间"), (1, "间孔"), (2, "孔镜"), (3, "镜术"), (5, "术后")]
    unknown = [False, True, True, True, False]
    assert chinese.unknown_bigram_kinds("椎间孔镜术后", spans, unknown) == [
        None,
        "word",
        "word",
        "word",
        None,
    ]


LONG_QUESTION = "我爸爸一直在吃让血变稀的药，做之前要停几天？"  # blood thinners: days to stop


def _first(real_index, text: str):
    return calibrated(candidates(real_index, text, "zh-Hans"))[0]


def test_halves_of_words_no_longer_sink_a_long_question(real_index, monkeypatch):
    first = _first(real_index, LONG_QUESTION)
    assert re.search("anticoagula|blood thinn", real_index.pairs("en")[first.pair.id].answer, re.I)
    with_lists = first.confidence
    monkeypatch.setattr(chinese, "han_word_kind", lambda characters: None)
    assert _first(real_index, LONG_QUESTION).confidence < with_lists


def test_the_weights_follow_the_kinds(real_index):
    analyzed = query.analyze(real_index, "zh-Hans", "白内障手术后要注意什么")
    weights = {c.word: c.weight for c in analyzed.concepts}
    assert weights["障手"] == pytest.approx(weights["白内"] * query.UNKNOWN_BIGRAM_WEIGHT)
    assert weights["内障"] == weights["白内"]

"""Question words per locale, and how they order equally confident answers."""

from __future__ import annotations

import pytest

from faqsvc.analysis import language_of
from faqsvc.answering.interrogatives import _entries, question_words, shared_share
from faqsvc.answering.search import search
from faqsvc.locales import SUPPORTED_LOCALES

TABLE = [
    ("en", "How is vertebroplasty done?", {"how"}),
    ("en", "WHO can have it", {"who"}),
    ("en", "vertebroplasty", set()),
    ("en", "whats the difference", {"what"}),  # typed without the apostrophe
    ("vi", "xi mang la j", {"gì"}),  # text-speak "j" for "gì"
    ("en", "hows it done and whos doing it", {"how", "who"}),
    ("es", "¿Cómo se hace?", {"como"}),
    ("es", "por que me duele", {"por que", "que"}),
    ("fr", "Qu'est-ce que c'est ?", {"qu"}),  # "what": its "est-ce que" only marks a question
    ("fr", "Est-ce que ça fait mal ?", set()),  # a yes/no question asks no "que"
    ("fr", "Est-ce qu'il faut être à jeun ?", set()),
    ("fr", "Que faut-il apporter ?", {"que"}),
    ("es", "Es que soy diabética", set()),  # "es que" explains (session 33)
    ("es", "que es eso", {"que"}),
    ("fr", "Parce que j'ai peur des aiguilles", set()),
    ("pt", "É que eu moro sozinha", set()),
    ("pt", "O que é que acontece depois?", {"que"}),
    ("de", "Wie lange dauert es?", {"wie"}),
    ("pt", "Quanto tempo demora?", {"quanto"}),
    ("zh-Hans", "什么是椎体成形术", {"什么"}),
    ("zh-Hans", "椎体成形术", set()),
    ("ar", "كيف تتم العملية", {"كيف"}),
    ("vi", "đau ở đâu", {"đâu"}),
    ("vi", "đau lưng", set()),  # đau (pain) is not đâu (where)
    ("zh-Hans", "打骨水泥是啥手术", {"什么"}),  # spoken forms are their word
    ("zh-Hans", "咋做的", {"怎么"}),
    ("ar", "شو هي العملية", {"ماذا"}),  # Levantine "what"
    ("ar", "امتى اقدر امشي", {"متي"}),  # Egyptian "when"
    ("ar", "وين بيعملوها", {"اين"}),  # compared without hamza
    ("ar", "أيهما أفضل الحزام أم الحقن", {"اي"}),  # "which of the two", as "which"
    ("vi", "bao lau thi di duoc", {"bao lâu"}),  # typed without tones
    ("en", "", set()),
    ("en", "\x00\u202e<b>how</b>", {"how"}),
    ("xx", "how", set()),
]


@pytest.mark.parametrize(("locale", "text", "expected"), TABLE)
def test_question_words(locale, text, expected):
    assert {w.strip() for w in question_words(locale, text)} == expected


@pytest.mark.parametrize("locale", SUPPORTED_LOCALES)
def test_every_locale_has_question_words(locale):
    assert question_words(locale, "?") == frozenset()
    assert len(_entries(language_of(locale))) >= 5


def test_shared_share():
    assert shared_share(frozenset({"how"}), frozenset({"how", "long"})) == 1.0
    assert shared_share(frozenset({"how", "why"}), frozenset({"how"})) == 0.5
    assert shared_share(frozenset(), frozenset({"how"})) == 0.0


@pytest.mark.parametrize(
    ("locale", "text", "word"),
    [
        ("de", "wie wird eine Vertebroplastie gemacht", "wie"),
        ("en", "who can have vertebroplasty", "who"),
        ("ar", "كيف تتم عملية رأب الفقرات", "كيف"),
    ],
)
def test_the_question_asked_the_same_way_comes_first(real_index, locale, text, word):
    top = search(real_index, text, locale).results[0]
    assert word in {w.strip() for w in question_words(locale, top.pair.question)}

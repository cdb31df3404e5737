"""A negation in a question asking for a yes weighs nothing: "it won't hurt, will it?" asks
whether it hurts. Elsewhere a negation keeps its weight."""

from __future__ import annotations

import pytest

from faqsvc.answering.negation import asks_for_a_yes, is_negation
from faqsvc.answering.query import analyze
from faqsvc.answering.search import search


@pytest.mark.parametrize(
    ("locale", "text", "asks"),
    [
        ("en", "it won't be painful, will it?", True),
        ("en", "it doesnt hurt while theyre doing it does it", True),
        ("en", "Isn't it too risky at 90?", True),
        ("en", "Wont it hurt my mum", False),  # no question mark: not a question built so
        ("en", "what if I can't have the MRI scan?", False),
        ("en", "I don't want to be alone, can my son sit with me while they do it?", False),
        ("en", "I won't have to stay, will I? nobody can feed the dog", True),
        ("es", "No me va a doler, ¿verdad?", True),
        ("es", "¿No es peligroso a mi edad?", True),
        ("es", "no sé cómo se llama, ¿cuánto dura?", False),  # "I don't know": no question
        ("es", "¿Qué hacen para que no se infecte?", False),
        ("pt", "Não vou ter que dormir lá, né?", True),
        ("pt", "Não dói muito?", True),
        ("pt", "não sei o nome, quanto tempo demora?", False),
        ("de", "Ich muss doch nicht über Nacht bleiben, oder?", True),
        ("de", "Was passiert, wenn ich kein MRT bekommen kann?", False),
        ("fr", "Ça ne fait pas mal, n'est-ce pas ?", True),
        ("fr", "Et si je ne peux pas passer l'IRM ?", False),
        ("vi", "không phải ở lại qua đêm đâu nhỉ", True),
        ("ar", "مش لازم أبات في المستشفى، صح؟", True),
        ("zh-Hans", "不用住院，对吧？", True),
        ("en", "", False),
        ("en", "???", False),
        ("en", ", right?" * 200, True),
        ("xx", "it won't hurt, will it?", False),  # a language without data: nothing asks so
    ],
)
def test_a_question_asking_for_a_yes_is_found(locale, text, asks):
    assert bool(asks_for_a_yes(text, locale)) is asks


@pytest.mark.parametrize(
    ("locale", "word", "negates"),
    [
        ("en", "doesn't", True),
        ("en", "doesnt", True),
        ("en", "won\u2019t", True),
        ("en", "hurt", False),
        ("de", "nicht", True),
        # "none", "never": a negation as much as "not" (session 30)
        ("es", "ninguna", True),
        ("es", "ningún", True),
        ("fr", "aucune", True),
        ("pt", "nenhuma", True),
        ("de", "niemals", True),
        ("en", "never", True),
        ("es", "nieta", False),
        ("de", "Nacht", False),
        ("pt", "não", True),
        ("pt", "nao", True),
        ("vi", "đâu", True),
        ("vi", "đau", False),  # pain: the same letters without marks
        ("vi", "cha", False),  # father
        ("ar", "مش", True),
        ("zh-Hans", "不", False),  # Chinese is searched in pairs of characters
    ],
)
def test_negation_words(locale, word, negates):
    assert is_negation(locale, word) is negates


def _weight(index, locale: str, text: str, word: str) -> float:
    return next(c.weight for c in analyze(index, locale, text).atomic if c.word.lower() == word)


def test_the_negation_of_a_tag_question_weighs_nothing_and_elsewhere_it_weighs(real_index):
    assert _weight(real_index, "en", "it doesn't hurt, does it?", "doesn't") == 0.0
    assert _weight(real_index, "de", "Tut doch nicht weh, oder?", "nicht") == 0.0
    assert _weight(real_index, "en", "what if I can't have the MRI scan?", "can't") > 0.0
    assert _weight(real_index, "de", "Was, wenn ich kein MRT bekommen kann?", "kein") > 0.0


@pytest.mark.parametrize(
    ("locale", "tagged", "plain"),
    [
        ("en", "it won't be painful, will it?", "will it be painful?"),
        ("en", "I don't have to stay overnight, do I?", "do I have to stay overnight?"),
        ("en", "Isn't it too risky at 90?", "is it too risky at 90?"),
        ("es", "No me va a doler, ¿verdad?", "¿me va a doler?"),
        ("pt", "Não dói, não é?", "dói?"),
        ("fr", "Ça ne fait pas mal, n'est-ce pas ?", "Est-ce que ça fait mal ?"),
        ("vi", "không phải ở lại qua đêm đâu nhỉ", "có phải ở lại qua đêm không"),
    ],
)
def test_a_tag_question_finds_what_the_plain_question_finds(real_index, locale, tagged, plain):
    """Before: "it won't be painful, will it?" took the risks pair, "Não dói, não é?" the
    when-to-consider pair: their negation matched pairs saying "not"."""
    asked = search(real_index, tagged, locale, min_confidence=0.0).results
    expected = search(real_index, plain, locale, min_confidence=0.0).results
    assert asked and expected and asked[0].pair.id == expected[0].pair.id

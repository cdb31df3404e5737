"""A letter's signature is cut before searching; a name that may be the question is not."""

from __future__ import annotations

import pytest

from faqsvc.answering.message import searched_part
from faqsvc.answering.signature import without_signature

LETTER = "Could you kindly advise whether his metal hip affects the scans he needs beforehand?"

CUT = [
    (f"{LETTER} Yours faithfully, J. Patel", f"{LETTER} Yours faithfully,"),
    (f"{LETTER} Kind regards, Mrs Smith", f"{LETTER} Kind regards,"),
    ("Is vertebroplasty painful? Thanks, Ann", "Is vertebroplasty painful? Thanks,"),
    (
        "¿Podrían indicarme si existe riesgo de reacción con los fármacos? Atentamente, Rosa Martínez",
        "¿Podrían indicarme si existe riesgo de reacción con los fármacos? Atentamente,",
    ),
    (
        "Je voudrais connaître la composition du produit injecté. En vous remerciant par avance, "
        "cordialement, P. Lefèvre",
        "Je voudrais connaître la composition du produit injecté. En vous remerciant par avance, "
        "cordialement,",
    ),
    (
        "Une vertébroplastie pourrait-elle me soulager ? Veuillez agréer mes salutations. J. Morel",
        "Une vertébroplastie pourrait-elle me soulager ? Veuillez agréer mes salutations.",
    ),
    (
        "هل ما زال هذا الإجراء مفيدًا بعد كل هذه المدة؟\nولكم جزيل الشكر،\nسامي",
        "هل ما زال هذا الإجراء مفيدًا بعد كل هذه المدة؟\nولكم جزيل الشكر،",
    ),
]

KEPT = [
    "Kyphoplasty, Dr Lee",  # short: a question about it
    "What does vertebroplasty cost, Dr Lee",  # no sentence ends before the name
    "I'm 80 and on blood thinners, can I still have it done next week. Eliquis",  # one word
    "My doctor said I need the cement procedure, what is the difference with Kyphoplasty",
    "is it painful, I'm really scared about it, my neighbour had it done, Vertebroplasty",
    "Can I drive after, and what about showers, pain, Kyphoplasty, Recovery",
    "how long does the whole vertebroplasty procedure take from start to finish",
    "",
]


@pytest.mark.parametrize(("text", "expected"), CUT)
def test_a_signature_is_cut(text, expected):
    assert without_signature(text) == expected


@pytest.mark.parametrize("text", KEPT)
def test_a_name_that_may_be_the_question_stays(text):
    assert without_signature(text) == text


def test_the_searched_part_of_a_letter_leaves_its_signature_out():
    letter = f"Dear Sir or Madam, my father is 84. {LETTER} Yours faithfully, J. Patel"
    assert "Patel" not in searched_part(letter, 300)
    assert "scans" in searched_part(letter, 300)


def test_a_signed_question_is_answered_as_the_unsigned_one(real_index):
    from faqsvc.answering.search import search

    question = "Is vertebroplasty painful?"  # signed, it was declined at 0.15
    plain = search(real_index, question, "en")
    signed = search(real_index, f"{question} Yours faithfully, Margaret Hughes", "en")
    assert plain.results
    assert signed.results
    assert signed.results[0].pair.id == plain.results[0].pair.id

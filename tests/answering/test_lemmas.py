"""A real word in a form the stemmer does not bring to its lemma is read as the lemma, when the
index knows the lemma and not the form; nouns typed small, other words and other scripts stay."""

from __future__ import annotations

import pytest

from faqsvc.answering.lemmas import lemma
from faqsvc.answering.query import analyze
from faqsvc.answering.search import search
from faqsvc.answering.vocabulary import conjunction_rest, lemma_tokens


@pytest.mark.parametrize(
    ("locale", "word", "expected"),
    [
        ("fr", "dort", "dormir"),
        ("fr", "Dort", "dormir"),  # case does not matter
        ("pt", "fez", "fazer"),
        ("pt", "fizeram", "fazer"),
        ("es", "pusieron", "poner"),
        ("es", "durmió", "dormir"),
        ("de", "schläft", "schlafen"),
        ("de", "schlaft", "schlafen"),  # typed without its umlaut
        ("de", "ging", "gehen"),
        ("en", "went", "go"),
        ("en", "feet", "foot"),
        # the stemmer already merges these: nothing to add
        ("fr", "dormir", None),
        ("en", "walking", None),
        # a German noun typed small is the noun; "later" is afterwards, not more late
        ("de", "garten", None),
        ("en", "later", None),
        # an abbreviation, a word of no list, other scripts, nothing
        ("en", "mri", None),
        ("es", "adeslas", None),
        ("ar", "ذهب", None),
        ("zh-Hans", "去", None),
        ("vi", "đi", None),
        ("en", "", None),
    ],
)
def test_the_lemma_of_a_form(locale, word, expected):
    assert lemma(locale, word) == expected


def test_only_a_lemma_the_index_knows_counts(real_index):
    assert lemma_tokens(real_index, "fr", "dort") == {"dorm"}
    assert lemma_tokens(real_index, "en", "swam") == frozenset()  # no pair swims


def test_an_unknown_form_is_credited_as_its_lemma_and_shown_as_typed(real_index):
    query = analyze(real_index, "fr", "est-ce qu'elle dort là-bas ?")
    (slept,) = [c for c in query.concepts if c.word == "dort"]
    assert slept.corrections == {"dorm"}
    assert "dort" not in query.corrections  # no typo: did_you_mean says nothing


def test_a_form_of_sleeping_finds_the_night_in_hospital(real_index):
    found = search(real_index, "jsp si mamie rentre le soir même ou si elle dort là-bas", "fr")
    assert found.results and found.results[0].pair.topic == "recovery"
    assert found.did_you_mean is None


def test_an_arabic_word_after_a_joined_and_is_read_without_it(real_index):
    """ "ومتى" is "and when": the light stemmer leaves a bare "و" on, since it also begins
    words ("وقت", time), so unknown, it weighed as the rarest term."""
    assert conjunction_rest(real_index, "ar", "ومتى") == {"متي"}
    assert conjunction_rest(real_index, "ar", "وزززز") == frozenset()  # nothing indexed after it
    assert conjunction_rest(real_index, "en", "wand") == frozenset()
    query = analyze(real_index, "ar", "ومتى أستطيع المشي")
    (when,) = [c for c in query.concepts if c.word == "ومتى"]
    assert when.corrections == {"متي"} and not query.corrections

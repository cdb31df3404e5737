"""Typo candidates among written words: a table of (text, typed, expected nearest words)."""

import pytest

from faqsvc.answering.spelling import near_words

TEXT = (
    "Une résonance magnétique et une radiographie. La résonance dure trente minutes. "
    "Different patients, different answers; the difference is small. Rentrer en voiture."
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("resonanse", ["résonance"]),  # one letter wrong, accents ignored both ways
        ("RÉSONANCE", []),  # the word itself is no typo
        ("diffrent", ["different"]),  # a letter left out
        ("voitrue", ["voiture"]),  # two letters swapped count as one edit
        ("diferense", []),  # two edits: too far, a real word could be that close
        ("fifferent", []),  # the first letter must match
        ("minute", ["minutes"]),
        ("smal", []),  # shorter than six letters
        ("patients2", []),  # not a plain word
        ("résonanceé", ["résonance"]),
        ("", []),
    ],
)
def test_near_words(typed, expected):
    assert near_words(TEXT, typed) == expected


def test_nearest_first_then_most_frequent():
    text = "dancer dancer dancer danger"
    assert near_words(text, "dancey") == ["dancer"]
    assert near_words(text, "danxer") == ["dancer", "danger"]


def test_other_scripts_are_left_alone():
    assert near_words("الركبة والظهر", "الركبه") == []

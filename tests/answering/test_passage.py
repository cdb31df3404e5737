"""Which answer sentences a result shows: the heavier of a window too long for the snippet, a
short passage running on, the sentence that says most when the question alone matched."""

from __future__ import annotations

import pytest

from faqsvc.answering.passage import shown_passage
from faqsvc.answering.search import search

ANSWER = (
    "It is typically successful. About 87% of people reported pain relief. "
    "Patients are asked not to have any food for 6 hours before the procedure, which is a long "
    "time for some of them, and liquids for 2 hours, though water with tablets is allowed. "
    "A scan is done beforehand to confirm the fracture is recent and unhealed, and a second one "
    "may be substituted when metalwork prohibits it."
)
SENTENCES = [
    "It is typically successful.",
    "About 87% of people reported pain relief.",
    ANSWER.split(". ")[2] + ".",
    ANSWER.split(". ")[3],
]


def by_words(*words: str):
    return lambda sentence: float(sum(word in sentence for word in words))


@pytest.mark.parametrize(
    ("unit", "weigh", "size", "expected"),
    [
        # a short sentence runs on into the one after it
        (SENTENCES[0], by_words("successful"), 240, SENTENCES[:2]),
        # a window too long for the snippet keeps its heavier sentence
        (f"{SENTENCES[2]} {SENTENCES[3]}", by_words("scan", "fracture"), 240, SENTENCES[3:]),
        (f"{SENTENCES[2]} {SENTENCES[3]}", by_words("food"), 240, SENTENCES[2:3]),
        # ... and its first on a tie
        (f"{SENTENCES[2]} {SENTENCES[3]}", by_words(), 240, SENTENCES[2:3]),
        # a window that fits is shown whole
        (f"{SENTENCES[0]} {SENTENCES[1]}", by_words(), 240, SENTENCES[:2]),
        # matched through its question: the sentence that says most, else the opening
        (None, by_words("food", "hours"), 240, SENTENCES[2:3]),
        (None, by_words(), 240, SENTENCES[:2]),
        # a unit that is no sentence of the answer (another language's text): the opening
        ("Es típicamente exitoso.", by_words(), 240, SENTENCES[:2]),
        # a passage long enough stops where it is
        (SENTENCES[1], by_words(), 60, SENTENCES[1:2]),
    ],
)
def test_the_sentences_shown(unit, weigh, size, expected):
    assert shown_passage(ANSWER, unit, weigh, size) == " ".join(expected)


def test_an_empty_answer_shows_nothing():
    assert shown_passage("  ", None, by_words(), 240) == ""


@pytest.mark.parametrize(
    ("query", "fact"),
    [
        ("vertebroplasty success rate %", "87%"),
        ("how many hours before can I not eat", "6 hours"),
        ("Will I be put to sleep for it or will I be awake the whole time?", "sedatives"),
    ],
)
def test_the_snippet_holds_the_fact_asked_for(real_index, query, fact):
    """Before: "Vertebroplasty is typically successful." alone, the MRI sentence opening the
    preparation answer, and "Patients lie face down throughout the procedure."."""
    found = search(real_index, query, "en").results
    assert found and fact in found[0].snippet.text

"""The second urgent reading looks only where respelling changed the message."""

from __future__ import annotations

import pytest

from faqsvc.answering.urgent import urgent_alert
from faqsvc.answering.urgent_respelt import changed_only


@pytest.mark.parametrize(
    ("typed", "reading", "searched"),
    [
        # the unchanged sentence is blanked to spaces of its length, the changed one kept
        ("all fine. cnt feel legs", "all fine. can't feel legs", "        . can't feel legs"),
        ("nothing changed here.", "nothing changed here.", "                    ."),
        # a different number of sentences: all of it
        ("one. two", "one two", "one two"),
        ("", "", ""),
    ],
)
def test_only_the_changed_sentences_are_searched(typed, reading, searched):
    assert changed_only(typed, reading) == searched
    assert len(changed_only(typed, reading)) == len(reading)


@pytest.mark.parametrize(
    ("text", "urgent"),
    [
        # a sign written in text-speak, after an ordinary sentence, still alerts
        ("Had the cement done on Monday, all went well. Now i cnt feel my legs at all", True),
        # and one judged by another sentence stays judged by it
        ("What if I cnt feel my legs after the op? Just asking, all fine now.", False),
    ],
)
def test_a_sign_found_in_the_second_reading_is_judged_with_the_whole_message(text, urgent):
    assert (urgent_alert(text, "en") is not None) is urgent


# Swiss German typed as spoken (patient set 24 studied, session 32): "mini Bei" (my legs), "kei
# Gfühl" (no feeling), "chan ... nüm" (can no longer), "laufe", "stah"; "wänn" before a subject
# is "if", "sit Jahre" is of long standing. 4 of these 11 failed before.
U, Q = True, False
SWISS_GERMAN = [
    ("Sit em Igriff händ mini Bei kei Gfühl meh", U),
    ("ich chan nüm laufe sit em Igriff", U),
    ("ich cha mini Bei nümm spüre sit geschter", U),
    ("sit geschter chan i nüm stah", U),
    ("Mini Muetter cha sit em Igriff nüm laufe", U),
    ("Chan ich nach em Igriff wieder laufe?", Q),
    ("wänn mini Bei nüm laufe wänd, wen söll ich alüüte?", Q),
    ("Ich bi bei mim Hausarzt gsi", Q),
    ("Nach em Igriff: cha ich bei de Grosi übernachte?", Q),
    ("ich laufe jeden Tag eine Stunde, darf ich das nach dem Eingriff?", Q),
    ("mini Bei sind sit Jahre chli schwach, cha mer das glich mache?", Q),
]


@pytest.mark.parametrize(("text", "urgent"), SWISS_GERMAN)
def test_swiss_german_signs_are_read(text: str, urgent: bool) -> None:
    assert bool(urgent_alert(text, "de")) is urgent

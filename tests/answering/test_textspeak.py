"""Text-speak is written out as whole words, per language; ordinary words and medical
abbreviations stay."""

from __future__ import annotations

import pytest

from faqsvc.answering.search import search
from faqsvc.answering.textspeak import expanded


@pytest.mark.parametrize(
    ("locale", "typed", "expected"),
    [
        ("en", "pls can u tell me", "please can you tell me"),
        ("fr", "je peux rentrer 2m1 ?", "je peux rentrer demain ?"),
        ("pt", "vc sabe qto tempo dura?", "você sabe quanto tempo dura?"),
        ("vi", "co dc ve nha ko", "co được ve nha không"),
        ("de", "vllt morgen?", "vielleicht morgen?"),
        ("de", "wieviele tage bleib ich?", "wie viele tage bleib ich?"),
        ("zh-Hans", "腿麻肿么办", "腿麻怎么办"),
        # inside a longer word, or an ordinary word or a medical abbreviation: as typed
        ("en", "vitamin D, an x-ray, US and u2", "vitamin D, an x-ray, US and u2"),
        ("en", "plsplsplsu", "plsplsplsu"),
        ("fr", "un AVC avant", "un AVC avant"),
        ("zh-Hans", "麻木有时候", "麻木有时候"),
        ("xx", "pls", "pls"),
        ("en", "", ""),
    ],
)
def test_text_speak_is_written_out(locale, typed, expected):
    assert expanded(locale, typed) == expected


def test_a_question_in_text_speak_finds_its_answer(real_index):
    plain = search(real_index, "can you tell me when I can walk after the cement", "en")
    texted = search(real_index, "pls can u tell me when i can walk aftr the cement", "en")
    assert plain.results and texted.results
    assert texted.results[0].pair.id == plain.results[0].pair.id

"""Keys a romanized word and the word it stands for share: Arabizi and Arabic by consonant
class, pinyin and Chinese characters by toneless syllables."""

from __future__ import annotations

import pytest

from faqsvc.analysis.romanized import (
    arabic_shape,
    arabizi_shape,
    consonants,
    pinyin_keys,
    romanized_rows,
)


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("3amaliya", "عملية"),  # ain as 3
        ("3amaleya", "العملية"),  # the article is not part of the key
        ("7arara", "حرارة"),  # haa as 7
        ("ba3d", "بعد"),
        ("a2dar", "أقدر"),  # a glottal qaf as 2
        ("fa2ra", "فقرة"),
        ("5afif", "خفيف"),  # khaa as 5
        ("khafif", "خفيف"),  # or as kh
        ("momken", "ممكن"),  # a doubled consonant written once
        ("asmant", "الإسمنت"),
        ("dahr", "ظهر"),  # dhaa said as d
        ("sha2a", "شقة"),
    ],
)
def test_an_arabizi_word_has_the_key_of_the_arabic_one(typed, written):
    assert consonants(arabizi_shape(typed)) == consonants(arabic_shape(written))


@pytest.mark.parametrize(
    ("typed", "other"),
    [("3amaliya", "حماية"), ("7arara", "ضرورة"), ("ba3d", "بيت")],
)
def test_other_sounds_have_other_keys(typed, other):
    assert consonants(arabizi_shape(typed)) != consonants(arabic_shape(other))


@pytest.mark.parametrize(
    ("han", "key"),
    [("手术", "shou shu"), ("多久", "duo jiu"), ("疼", "teng"), ("下床", "xia chuang")],
)
def test_a_chinese_word_is_keyed_by_its_syllables(han, key):
    assert key in pinyin_keys(han)


def test_a_character_with_no_known_sound_gives_no_key():
    assert pinyin_keys("手x") == []


def test_the_build_keys_the_words_its_texts_use():
    arabic = {(key, word) for key, word, _, _ in romanized_rows("ar", ["بعد العملية، بعد"])}
    assert ("b3d", "بعد") in arabic
    chinese = {(key, word) for key, word, _, _ in romanized_rows("zh", ["手术后"])}
    assert {("shou shu", "手术"), ("shu hou", "术后"), ("shou", "手")} <= chinese
    assert romanized_rows("en", ["surgery"]) == []

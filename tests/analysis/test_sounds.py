"""Spellings of one sound meet on one key, and their shapes stay near; other words do not."""

from __future__ import annotations

import pytest

from faqsvc.analysis.sounds import shape_distance, sound_key, sound_rows, sound_shape


@pytest.mark.parametrize(
    ("language", "typed", "meant"),
    [
        ("en", "sement", "cement"),
        ("en", "injecshun", "injection"),
        ("en", "hospitle", "hospital"),
        ("en", "wen", "when"),
        ("en", "doktor", "doctor"),
        ("en", "sleepin", "sleeping"),
        ("es", "operasion", "operación"),
        ("es", "kedarse", "quedarse"),
        ("es", "bolber", "volver"),
        ("es", "uezo", "hueso"),
        ("es", "gueso", "hueso"),
        ("es", "ijo", "hijo"),
        ("fr", "pourkoi", "pourquoi"),
        ("fr", "pendan", "pendant"),
        ("fr", "sedasion", "sédation"),
        ("fr", "osteoporoz", "ostéoporose"),
        ("fr", "avan", "avant"),
        ("fr", "médicamen", "médicament"),
        ("de", "wieda", "wieder"),
        ("de", "schtundn", "Stunden"),
        ("de", "narkohse", "Narkose"),
        ("de", "blutunk", "Blutung"),
        ("de", "operazion", "Operation"),
        ("pt", "recuperasaum", "recuperação"),
        ("pt", "sirurjia", "cirurgia"),
        ("pt", "anestezia", "anestesia"),
        ("pt", "paraliticu", "paralítico"),
        ("vi", "fai", "phải"),
        ("vi", "chuoc", "trước"),
    ],
)
def test_spellings_of_one_sound_meet(language, typed, meant):
    typed_shape, meant_shape = sound_shape(language, typed), sound_shape(language, meant)
    assert sound_key(typed_shape) == sound_key(meant_shape)
    assert shape_distance(typed_shape, meant_shape) <= 0.5


@pytest.mark.parametrize(
    ("language", "one", "other"),
    [
        ("en", "cement", "comment"),
        ("es", "caso", "queso"),
        ("fr", "mer", "mais"),  # "mer" is no verb in -er
        ("fr", "douleur", "docteur"),
        ("de", "Hüfte", "Heft"),
        ("pt", "dor", "dar"),
    ],
)
def test_other_words_stay_apart(language, one, other):
    one_shape, other_shape = sound_shape(language, one), sound_shape(language, other)
    assert (
        sound_key(one_shape) != sound_key(other_shape)
        or shape_distance(one_shape, other_shape) > 0.0
    )


def test_shape_distance_weighs_a_vowel_half_and_a_nasal_vowel_whole():
    assert shape_distance("bida", "bida") == 0.0
    assert shape_distance("bida", "bidu") == 0.5
    assert shape_distance("bida", "bid") == 0.5
    assert shape_distance("asidA", "asid") == 1.0
    assert shape_distance("", "ab") == 1.5


def test_rows_key_every_word_of_three_letters_or_more_with_its_count():
    rows = sound_rows("es", ["El cemento, el cemento y la vértebra. Ay"])
    by_word = {word: (key, shape, count) for key, word, shape, count in rows}
    assert by_word["cemento"] == ("smnt", "semento", 2)
    assert by_word["vértebra"][0] == sound_key(sound_shape("es", "bertebra"))
    assert "ay" not in by_word and "el" not in by_word


@pytest.mark.parametrize("garbage", ["", "x" * 5000, "ÿÿÿ", "ß" * 40, "1234", "\u0301\u0301"])
def test_odd_input_gets_a_shape(garbage):
    for language in ("de", "en", "es", "fr", "pt", "vi", "zh"):
        assert isinstance(sound_key(sound_shape(language, garbage)), str)

"""Typo candidates among written words: a table of (text, typed, expected nearest words); and
the real words of each language that are never corrected."""

import gzip
import importlib.util
from importlib import resources
from pathlib import Path

import pytest

from faqsvc.answering.spelling import (
    SlipIndex,
    is_everyday_slip,
    is_everyday_word,
    is_real_word,
    near_words,
    sound_alike,
)

_SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "make_wordlists.py"
_SPEC = importlib.util.spec_from_file_location("make_wordlists", _SCRIPT)
make_wordlists = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(make_wordlists)

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


# Real words of each language, as patients type them (no accents, capitals, elision), and the
# typos that must stay correctable: common misspellings fall below the word lists' cut-off.
@pytest.mark.parametrize(
    ("locale", "word", "real"),
    [
        ("de", "fahren", True),
        ("de", "Krankenkasse", True),
        ("de", "schwimmen", True),
        ("de", "Risken", False),
        ("de", "Vertebroplasite", False),
        ("en", "always", True),
        ("en", "youngest", True),
        ("en", "noticing", True),
        ("en", "diffrent", False),
        ("en", "proceedure", False),
        ("es", "particular", True),
        ("es", "manejar", True),
        ("es", "operacion", True),  # "operación" without its accent
        ("es", "resonansia", False),
        ("es", "bertebroplastia", False),
        ("fr", "danser", True),
        ("fr", "d'attente", True),
        ("fr", "dentiste", True),
        ("fr", "voitrue", False),
        ("fr", "intervension", False),
        ("pt", "repente", True),
        ("pt", "ontem", True),
        ("pt", "saindo", True),
        ("pt", "procedimeto", False),
        ("pt", "banhero", False),
        ("pt-BR", "ontem", True),  # a regional tag uses its language's list
        ("zh-Hans", "椎体成型术", False),  # no list: never claimed real
    ],
)
def test_is_real_word(locale, word, real):
    assert is_real_word(locale, word) is real


# Typos of everyday words weigh as those words would; typos of words that name a subject, two
# edits away, or real words are no everyday slip.
@pytest.mark.parametrize(
    ("locale", "word", "slip"),
    [
        ("en", "ofen", True),  # often
        ("en", "yesturday", True),
        ("en", "tomorow", True),
        ("en", "wether", True),
        ("en", "tonite", False),  # two edits from "tonight"
        ("en", "knee", False),  # a real word, naming a subject
        ("en", "diabetis", False),  # one edit from "diabetes", no everyday word
        ("en", "abo", False),  # too short to tell
        ("es", "siempe", True),
        ("es", "despues", False),  # "después" without its accent is the word itself
        ("fr", "toujour", True),
        ("de", "gestren", True),
        ("pt", "semrpe", True),
        ("zh-Hans", "昨天", False),  # no list
        ("ar", "امبارح", False),
    ],
)
def test_is_everyday_slip(locale, word, slip):
    assert is_everyday_slip(locale, word) is slip


@pytest.mark.parametrize(
    ("locale", "word", "everyday"),
    [
        ("en", "yesterday", True),
        ("en", "dentist", False),  # names a subject
        ("de", "gehen", True),
        # spoken German's particle before an everyday verb: as everyday as the verb
        ("de", "reingehen", True),
        ("de", "rausgehen", True),
        ("de", "runterkommen", True),
        ("de", "reinstechen", False),  # "stechen" is no everyday word of the list
        ("de", "Rheuma", False),  # no particle, names a subject
        ("en", "rungo", False),  # German particles only in German
        # a form of an everyday word the list lacks is as everyday as its dictionary form
        ("en", "sorted", True),  # "her thin bones sorted": fixed, a word that names nothing
        ("es", "pusieron", True),  # poner
        ("en", "dentists", False),  # still a subject, whatever its form
    ],
)
def test_is_everyday_word(locale, word, everyday):
    assert is_everyday_word(locale, word) is everyday


def test_slip_index_finds_words_one_edit_away():
    index = SlipIndex(["often", "soften", "open", "oven"])
    assert index.near("ofen") == ["often", "open", "oven"]
    assert index.near("often") == ["soften"]  # the word itself is not a slip of itself
    assert index.near("oftne") == ["often"]  # neighbours swapped
    assert index.near("xyz") == []


GENERATED = make_wordlists.generated()  # once: each run filters every language's wordfreq list


@pytest.mark.parametrize("name", sorted(GENERATED))
def test_word_lists_are_the_generated_ones(name):
    """The shipped lists are what scripts/make_wordlists.py makes from the locked wordfreq,
    pypinyin and simplemma."""
    stored = resources.files("faqsvc") / "data" / "words" / name
    lines = gzip.decompress(stored.read_bytes()).decode().splitlines()
    assert lines == GENERATED[name]


@pytest.mark.parametrize(
    ("typed", "meant", "alike"),
    [
        ("型", "形", True),
        ("趟", "躺", True),
        ("侧", "厕", True),
        ("今", "去", False),
        ("沾", "喝", False),
    ],
)
def test_sound_alike(typed, meant, alike):
    assert sound_alike(typed, meant) is alike

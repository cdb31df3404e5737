"""scripts/perturb_sets.py: each form rewrites a question its own way, the same way every time,
and leaves alone what it cannot rewrite."""

from __future__ import annotations

import importlib.util
import random
import sys
from pathlib import Path

import pytest

_SCRIPTS = Path(__file__).resolve().parents[1] / "scripts"
sys.path.insert(0, str(_SCRIPTS))
_SPEC = importlib.util.spec_from_file_location("perturb_sets", _SCRIPTS / "perturb_sets.py")
perturb_sets = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(perturb_sets)


@pytest.mark.parametrize(
    ("form", "lang", "text", "expected"),
    [
        ("caps", "en", "does it hurt?", "DOES IT HURT?"),
        ("caps", "zh", "疼吗？", None),
        ("no_accents", "fr", "Ça fait mal après ?", "ca fait mal apres ?"),
        ("tagged", "de", "Es tut weh?", "Es tut weh, oder?"),
        ("keywords", "en", "how long does the procedure take", "long procedure take"),
    ],
)
def test_a_form_rewrites_as_its_rules_say(form, lang, text, expected):
    assert perturb_sets.FORMS[form](text, lang, random.Random(1)) == expected


@pytest.mark.parametrize("form", sorted(perturb_sets.FORMS))
def test_every_form_is_the_same_for_the_same_seed(form):
    for lang in perturb_sets.LANGS:
        first = perturb_sets.FORMS[form]("when can I walk again?", lang, random.Random("x"))
        again = perturb_sets.FORMS[form]("when can I walk again?", lang, random.Random("x"))
        assert first == again


def test_spelling_by_ear_changes_words_of_four_letters_or_more_only():
    text = perturb_sets.by_ear("a big cement injection", "en", random.Random(3))
    assert text.startswith("a big ") and text != "a big cement injection"

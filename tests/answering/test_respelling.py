"""Words spelt by ear are respelt as the pairs write them; real words, other languages' words,
abbreviations and other scripts are left as typed."""

from __future__ import annotations

from pathlib import Path

import pytest

from faqsvc.analysis import analysis_for
from faqsvc.answering.respelling import as_heard, respelled
from faqsvc.answering.search import search
from faqsvc.answering.vocabulary import indexed

DATA = Path(__file__).parents[1] / "data"
# Share of a table's words (whose meant word the index has) respelt to it, at session 27;
# before respelling hardly any was (the stems of 0-3 matched by chance). by_ear was studied
# (the sound rules were refined on it), by_ear_2 written blind after that and never studied.
BY_EAR_FLOORS = {
    ("by_ear", "en"): 0.64,
    ("by_ear", "de"): 0.68,
    ("by_ear", "es"): 0.71,
    ("by_ear", "fr"): 0.60,
    ("by_ear", "pt"): 0.67,
    ("by_ear", "vi"): 0.25,
    ("by_ear_2", "en"): 0.65,
    ("by_ear_2", "de"): 0.76,
    ("by_ear_2", "es"): 0.75,
    ("by_ear_2", "fr"): 0.75,
    ("by_ear_2", "pt"): 0.79,
}


@pytest.mark.parametrize(
    ("locale", "typed", "expected"),
    [
        ("en", "wat is in the sement", "wat is in the cement"),
        ("es", "kuanto tiempo sin komer antes", "cuánto tiempo sin comer antes"),
        ("es", "me duele el uezo", "me duele el hueso"),
        ("fr", "pendan l'operation", "pendant l'operation"),
        ("pt", "quanto tempo de recuperasaum", "quanto tempo de recuperação"),
        ("vi", "co fai nhin an khong", "co phải nhin an khong"),
        # real words of any of the languages stay, however near a corpus word
        ("en", "can I drive after it", "can I drive after it"),
        ("en", "Kann ich danach Auto fahren?", "Kann ich danach Auto fahren?"),
        ("fr", "la mer me manque", "la mer me manque"),
        # abbreviations, digits, other scripts, and Vietnamese syllables without their marks
        ("fr", "AVC et IRM", "AVC et IRM"),
        ("fr", "pst slt", "pst slt"),
        ("en", "ba3d el 3amaliya", "ba3d el 3amaliya"),
        ("es", "手术 uezo", "手术 hueso"),
        ("vi", "lam xong bao lau", "lam xong bao lau"),
        ("ar", "sement", "sement"),
        ("zh-Hans", "sement", "sement"),
        ("en", "", ""),
        ("en", "a" * 5000, "a" * 5000),
    ],
)
def test_a_word_spelt_by_ear_is_respelt(real_index, locale, typed, expected):
    assert respelled(real_index, locale, typed) == expected


@pytest.mark.parametrize(("table", "language"), sorted(BY_EAR_FLOORS))
def test_words_spelt_by_ear_find_the_word_meant(real_index, table, language):
    analyzer = analysis_for(language).text
    found = reachable = 0
    for line in (DATA / table / f"{language}.tsv").read_text("utf-8").splitlines():
        typed, meant = line.split("\t")
        meant_tokens = {t.text for t in analyzer(meant, mode="query")}
        if not meant_tokens or not indexed(real_index, language, meant_tokens):
            continue
        reachable += 1
        now = respelled(real_index, language, typed)
        found += bool({t.text for t in analyzer(now, mode="query")} & meant_tokens)
    assert found / reachable >= BY_EAR_FLOORS[table, language]


def test_a_question_spelt_by_ear_finds_its_answer(real_index):
    plain = search(real_index, "is the cement safe in my back forever", "en")
    by_ear = search(real_index, "is the sement safe in my bak for ever", "en")
    assert plain.results and by_ear.results
    assert by_ear.results[0].pair.id == plain.results[0].pair.id


def test_a_respelt_word_is_shown_as_what_was_searched(real_index):
    result = search(real_index, "is the sement safe", "en")
    assert result.did_you_mean == "is the cement safe"
    assert search(real_index, "is the cement safe", "en").did_you_mean is None


@pytest.mark.parametrize(
    ("typed", "heard"),
    [
        # no mark but đ: the message is typed without tones, so đ is read as d
        ("nam lai benh vien qua đem", "nam lai benh vien qua dem"),
        ("Đot song bi lun", "Dot song bi lun"),
        # a toned message keeps its đ: "đau" among toned words is pain
        ("lưng còn đau không", "lưng còn đau không"),
        ("đau lưng quá", "đau lưng quá"),
    ],
)
def test_a_vietnamese_message_without_tones_reads_its_d_plain(real_index, typed, heard):
    assert as_heard(real_index, "vi", typed) == heard


def test_other_languages_keep_their_d_stroke(real_index):
    assert as_heard(real_index, "en", "đem") == "đem"


def test_a_night_typed_without_tones_but_with_d_stroke_finds_the_overnight_stay(real_index):
    typed = search(real_index, "lam mat bao lau, co phai nam lai benh vien qua đem khong?", "vi")
    plain = search(real_index, "lam mat bao lau, co phai nam lai benh vien qua dem khong?", "vi")
    assert typed.results and typed.results[0].pair.id == plain.results[0].pair.id

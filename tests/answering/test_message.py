"""A message cut into what is searched: its questions, each asking while the others are told."""

from __future__ import annotations

import pytest

from faqsvc.answering import search as search_module
from faqsvc.answering.message import asked_parts, context_spans, cried_spans, unstretched
from faqsvc.answering.search import search
from faqsvc.answering.urgent import urgent_alert


@pytest.mark.parametrize(
    ("text", "limit", "expected"),
    [
        ("Does it hurt?", 3, []),
        ("I'm 80. Does it hurt?", 3, []),
        ("no question mark at all", 3, []),
        ("", 3, []),
        (
            "Does it hurt? When can I walk?",
            3,
            ["Does it hurt? When can I walk.", "Does it hurt. When can I walk?"],
        ),
        ("Does it hurt? When can I walk?", 1, ["Does it hurt? When can I walk."]),
        (
            "I'm 80. Does it hurt? Can I go home?",
            1,
            ["I'm 80. Does it hurt? Can I go home."],
        ),
        (
            "做的时候疼不疼？要打麻药吗？",
            2,
            ["做的时候疼不疼？要打麻药吗.", "做的时候疼不疼.要打麻药吗？"],
        ),
        ("هل هي مؤلمة؟ متى أمشي؟", 1, ["هل هي مؤلمة؟ متى أمشي."]),
        ("a? b? c? d? e?", 2, ["a? b. c. d. e.", "a. b? c. d. e."]),
    ],
)
def test_each_question_asks_while_the_others_are_told(text, limit, expected):
    assert asked_parts(text, limit) == expected


def _whole_leader(index, text: str, locale: str):
    scored = search_module._score_languages(index, text, locale, None)
    return search_module.calibrated(search_module.ranked_once(scored))[0]


def test_a_first_question_alone_confirms_the_whole_messages_leader(real_index):
    text = "¿Cuánto dura la operación? ¿Me puedo ir a casa el mismo día?"
    leader = _whole_leader(real_index, text, "es")
    shown = search(real_index, text, "es").results[0]
    assert shown.pair.id == leader.pair.id
    assert shown.score > leader.confidence + 0.1


def test_a_follow_up_leaning_on_an_unknown_subject_confirms_nothing(real_index):
    """Its second question alone would answer the leaflets' risks for a drug they never name."""
    text = "My mother gets Prolia injections. Is it safe for her jaw? What are the side effects?"
    assert search(real_index, text, "en").results == ()


def test_a_single_question_is_searched_once(real_index, monkeypatch):
    calls = []
    score = search_module._score_languages
    monkeypatch.setattr(
        search_module, "_score_languages", lambda *a: calls.append(a[1]) or score(*a)
    )
    search(real_index, "Does it hurt?", "en")
    assert calls == ["Does it hurt?"]
    calls.clear()
    search(real_index, "Does it hurt? Can I go home the same day?", "en")
    assert len(calls) == 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("does it hurrrrrt", "does it hurt"),
        ("duele muchoooo???", "duele mucho???"),
        ("WHYYYY", "WHY"),
        ("1000 feet", "1000 feet"),  # digits are never letters typed over
        ("too soon, feel", "too soon, feel"),  # two in a row is spelling
        ("哈哈哈 疼吗", "哈 疼吗"),
        ("", ""),
    ],
)
def test_a_letter_typed_over_and_over_is_kept_once(text, expected):
    assert unstretched(text) == expected


@pytest.mark.parametrize(
    ("locale", "stretched", "plain"),
    [
        ("en", "does it hurrrrrt", "does it hurt"),
        ("es", "duele muchoooo???", "duele mucho?"),
        ("fr", "ça fait maaaal ?", "ça fait mal ?"),
    ],
)
def test_a_stretched_word_finds_what_the_plain_one_finds(real_index, locale, stretched, plain):
    found = search(real_index, stretched, locale).results
    assert found and found[0].pair.id == search(real_index, plain, locale).results[0].pair.id


def test_a_stretched_sign_is_still_a_sign():
    assert urgent_alert("j'ai de la fièvreeee depuis hier soir après l'opération", "fr")


def _told(text: str) -> list[str]:
    return [text[span.start : span.stop] for span in context_spans(text, _opens_question_en)]


def _opens_question_en(sentence: str) -> bool:
    return sentence.split()[:1] in (["how"], ["when"], ["Qui"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Home carer: how long does it take?", ["Home carer:"]),
        ("护工：爷爷做完能洗澡吗？", ["护工："]),
        ("IDE EHPAD : la résidente doit-elle être à jeun ?", ["IDE EHPAD :"]),
        ("Pharmacy: pt on warfarin. Hold it? Restart when?", ["Pharmacy:", " pt on warfarin."]),
        # a clock time is no heading; a heading that opens a question asks
        ("Slot tomorrow 7:30 from when no food", []),
        ("Qui fait l'intervention : un chirurgien ?", []),
        # a longer label names what is asked about; a label alone is what is asked
        ("information about the cement in the spine: is it safe?", []),
        ("Pharmacy:", []),
        ("I'm 80. Does it hurt?", ["I'm 80."]),
        ("no question mark at all", []),
    ],
)
def test_a_heading_before_a_colon_is_told(text, expected):
    assert _told(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("SO fed up!!! cement recovery time", ["SO fed up!!!"]),
        ("我受不了了！！！骨水泥 多久 能走路", ["我受不了了！！！"]),
        ("Hilfe! Angst! Narkose ja oder nein", ["Hilfe!", " Angst!"]),
        # nothing but cries, or cries around a question: the question asks, the cries are told
        ("help!!! please!!!", []),
        ("Help! Does it hurt? Please!", ["Help!", " Please!"]),
        ("no cry at all. recovery time", []),
    ],
)
def test_a_cry_before_a_search_is_told(text, expected):
    assert _told(text) == expected


def test_a_cry_first_leaves_the_search_as_sure_as_without_it(real_index):
    plain = search(real_index, "recovery time after vertebroplasty", "en").results
    cried = search(
        real_index, "I can't take it anymore!!! recovery time after vertebroplasty", "en"
    )
    assert cried.results and cried.results[0].pair.id == plain[0].pair.id
    assert cried.results[0].score >= 0.7


def test_a_heading_leaves_the_question_as_sure_as_without_it(real_index):
    plain = search(real_index, "when can she go home after it?", "en").results
    headed = search(real_index, "Ward clerk here: when can she go home after it?", "en").results
    assert headed and headed[0].pair.id == plain[0].pair.id
    assert headed[0].score >= 0.7


@pytest.mark.parametrize(
    ("text", "cried"),
    [
        ("FED UP of waiting!!! when is it?", ["FED UP of waiting!!!"]),
        ("我好害怕！！！ 要躺多久？", ["我好害怕！！！"]),
        ("Hello. when can I walk?", []),
        ("", []),
    ],
)
def test_cried_sentences_are_those_ending_in_an_exclamation_mark(text, cried):
    assert [text[s.start : s.stop].strip() for s in cried_spans(text)] == cried

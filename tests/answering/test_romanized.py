"""A message typed in Latin letters on the Arabic or Chinese page finds what the same message
in the page's script finds; other Latin words on those pages stay as typed."""

from __future__ import annotations

import pytest

from faqsvc.answering import romanized
from faqsvc.answering.romanized import read_back
from faqsvc.answering.search import search


@pytest.mark.parametrize(
    ("locale", "typed", "expected"),
    [
        ("ar", "hal el 3amaliya btewga3?", "هل  العملية بتوجع?"),
        (  # an English word the pairs use stays as typed
            "ar",
            "momken a5od el aspirin abl el 3amaliya?",
            "ممكن آخد  aspirin قبل  العملية?",
        ),
        # Levantine little words and times read back as the stop words they are
        ("ar", "lazem w2ef el dawa abl kam yom walla la2?", "لازم أوقف  dawa قبل كام يوم ولا لأ?"),
        ("zh-Hans", "gu shui ni shi shen me", "骨水泥是什么"),
        ("zh-Hans", "hui bu hui teng?", "会不会疼？"),
        ("zh-Hans", "dangtian neng hui jia ma", "当天能回家吗"),
        ("zh-Hans", "zuo wan MRI hou neng zou lu ma", "做完 mri 后能走路吗"),
        # not romanized: English on the Arabic or Chinese page, Chinese characters, other pages
        ("ar", "is the MRI safe for me?", "is the MRI safe for me?"),
        ("ar", "ما هو MRI", "ما هو MRI"),
        ("zh-Hans", "how long does it take", "how long does it take"),
        ("zh-Hans", "MRI ok ma", "MRI ok ma"),
        ("zh-Hans", "手术 hou 疼吗", "手术 hou 疼吗"),
        ("fr", "ba3d el 3amaliya", "ba3d el 3amaliya"),
        # garbage
        ("ar", "3" * 500, "3" * 500),
        ("zh-Hans", "a" * 500, "a" * 500),
        ("ar", "", ""),
    ],
)
def test_a_romanized_message_is_read_back_in_the_pages_script(real_index, locale, typed, expected):
    assert read_back(real_index, locale, typed) == expected


@pytest.mark.parametrize(
    ("locale", "romanized", "native"),
    [
        ("ar", "emta a2dar arga3 el beit ba3d el 3amaliya?", "امتى أقدر أرجع البيت بعد العملية؟"),
        ("ar", "hal el 3amaliya btewga3?", "هل العملية بتوجع؟"),
        ("zh-Hans", "gu shui ni shi shen me zuo de", "骨水泥是什么做的"),
        ("zh-Hans", "zuo wan duo jiu neng xia chuang", "做完多久能下床"),
    ],
)
def test_a_romanized_question_finds_what_the_written_one_finds(
    real_index, locale, romanized, native
):
    found = search(real_index, romanized, locale).results
    written = search(real_index, native, locale).results
    assert written and found and found[0].pair.id == written[0].pair.id


def test_a_worker_keys_the_synonym_members_before_any_message():
    romanized._spoken_words.cache_clear()
    romanized.warm(["ar", "en", "zh-Hans"])
    assert romanized._spoken_words.cache_info().currsize == 2  # not English: nothing to read back


def test_arabizi_is_told_by_the_message_as_typed_not_as_written_out(real_index):
    # the text-speak list writes "3ala" out as "على": the digit that marked the message as
    # Arabizi was gone, and "dahri" stayed in Latin letters, unknown (session 33)
    from faqsvc.answering.respelling import as_heard

    heard = as_heard(real_index, "ar", "ma fini nam 3ala dahri")
    assert "dahri" not in heard and "ظهري" in heard
    assert as_heard(real_index, "ar", "hello doctor") == "hello doctor"

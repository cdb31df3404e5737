import pytest

from faqsvc.answering.telling import asked_part, told_spans


@pytest.mark.parametrize(
    ("locale", "text", "told"),
    [
        # a story, then the ask: the story is told
        ("fr", "Je vis seule. On me garde à l'hôpital ?", ["Je vis seule."]),
        # a sentence opening with a question word asks, with or without its mark
        ("es", "es peligroso? cuanto riesgo hay", []),
        # an ask about nothing of its own leaves the story as what is asked about
        ("en", "I forgot my blood thinner. What happens now?", []),
        ("en", "scared it'll hurt. does it?", []),
        # Chinese: only the mark says a sentence asks
        ("zh-Hans", "我妈八十岁了。做完能走路吗？", ["我妈八十岁了。"]),
        ("en", "", []),
    ],
)
def test_told_spans(locale, text, told):
    assert [text[s.start : s.stop].strip() for s in told_spans(locale, text)] == told


def test_asked_part_blanks_what_is_told_and_keeps_positions():
    text = "Je vis seule. On me garde à l'hôpital ?"
    asked = asked_part("fr", text)
    assert len(asked) == len(text)
    assert asked.strip() == "On me garde à l'hôpital ?"

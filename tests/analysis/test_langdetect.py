import pytest

from faqsvc.analysis.langdetect import detect

LANGS = ["en", "es", "fr", "de", "pt", "zh", "ar", "vi"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("how long will I have to stay in bed after the operation", "en"),
        ("¿cuánto tiempo tengo que estar en cama?", "es"),
        ("cuanto tiempo tengo que estar en la cama despues", "es"),
        ("est-ce que je dois rester au lit après l'opération", "fr"),
        ("wie lange muss ich nach der Operation im Bett bleiben", "de"),
        ("quanto tempo vou ficar de cama depois da cirurgia", "pt"),
        ("手术后要卧床多久", "zh"),
        ("كم يوما يجب ان ابقى في السرير", "ar"),
        ("sau mổ phải nằm bao lâu", "vi"),
        ("sau khi mo thi phai nam bao lau", "vi"),
        ("vertebroplasty", None),  # one word: no guess
        ("cement leak", None),  # two ambiguous words: no guess
        ("", None),
        ("😀😀😀 !!!", None),
        ("시술 시간은 얼마나 걸려요", None),  # Korean is not a supported language
    ],
)
def test_detect(text, expected):
    assert detect(text, LANGS) == expected


def test_detects_only_candidates():
    assert detect("手术后要卧床多久", ["en", "es"]) is None

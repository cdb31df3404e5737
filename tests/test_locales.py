import pytest

from faqsvc.locales import (
    SUPPORTED_LOCALES,
    locale_info,
    match_locale,
    negotiate,
    parse_accept_language,
)


@pytest.mark.parametrize(
    "param, cookie, header, locale, requested",
    [
        ("es", None, None, "es", None),
        ("es-MX", None, None, "es", "es-MX"),
        ("es-419", None, None, "es", "es-419"),
        ("pt-BR", None, None, "pt", "pt-BR"),
        ("pt-PT", None, None, "pt", "pt-PT"),
        ("zh-CN", None, None, "zh-Hans", "zh-CN"),
        ("zh-SG", None, None, "zh-Hans", "zh-SG"),
        ("zh", None, None, "zh-Hans", "zh"),
        ("zh-Hans", None, None, "zh-Hans", None),
        ("zh-TW", None, None, "en", "zh-TW"),
        ("zh-Hant", None, None, "en", "zh-Hant"),
        ("ar-EG", None, None, "ar", "ar-EG"),
        ("VI", None, None, "vi", "VI"),
        ("de_CH", None, None, "de", "de_CH"),
        ("it", None, None, "en", "it"),
        ("../../etc", None, None, "en", "../../etc"),
        ("x" * 500, None, None, "en", "x" * 64),
        ("*", None, None, "en", "*"),
        ("<script>", None, None, "en", "<script>"),
        ("", None, "fr", "fr", None),  # an empty parameter is no parameter
        (None, "de", "fr", "de", None),  # the picker's cookie beats the header
        (None, "garbage!", "fr", "fr", None),
        (None, None, "fr;q=0.2, de;q=0.9, *;q=0.1", "de", None),
        (None, None, "ko, zh-CN;q=0.8", "zh-Hans", None),
        (None, None, "zh-TW, en;q=0.1", "en", None),
        (None, None, "es;q=0", "en", None),
        (None, None, ";;;,,,q=abc", "en", None),
        (None, None, None, "en", None),
    ],
)
def test_negotiate(param, cookie, header, locale, requested):
    chosen = negotiate(param, cookie, header)
    assert (chosen.locale, chosen.requested) == (locale, requested)


def test_every_supported_locale_matches_itself_and_has_native_name():
    for tag in SUPPORTED_LOCALES:
        assert match_locale(tag) == tag
        assert locale_info(tag).native_name
    assert locale_info("ar").direction == "rtl"
    assert locale_info("zh-Hans").native_name.startswith("中文")


def test_accept_language_is_sorted_by_quality_then_order():
    assert parse_accept_language("a;q=0.5, b, c;q=0.9") == ["b", "c", "a"]
    assert parse_accept_language("x" * 2000) == []

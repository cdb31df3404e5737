"""Kiosk mode and the progressive enhancements, in a real browser: the next patient finds
nothing of the last one's question; every page still works without JavaScript."""

from __future__ import annotations

import re

from tests.web import browser as support

QUESTION = "what are the risks of vertebroplasty"


def _history_length(page) -> int:
    return page.evaluate("history.length")


def test_idle_reset_clears_the_box_the_address_and_the_history(servers, new_page):
    kiosk = servers["kiosk"].url
    page = new_page("kiosk")
    page.goto(kiosk + "/?lang=ar")
    start_length = _history_length(page)
    page.fill("#q", QUESTION)
    page.press("#q", "Enter")
    page.wait_for_selector(".result.best")
    assert "q=" not in page.url and "vertebroplasty" not in page.url
    page.locator(".result.best h2 a").click()
    page.wait_for_selector(".answer-nav")
    assert "q=" not in page.url
    assert _history_length(page) == start_length  # every step replaced the last
    # The countdown shows; "I'm still here" keeps the page.
    dialog = page.locator("dialog[data-idle-dialog]")
    dialog.wait_for(state="visible", timeout=10_000)
    assert re.search(r"\d", dialog.locator("[data-countdown]").inner_text())
    page.locator("[data-still-here]").click()
    assert not dialog.is_visible() and "/faq/" in page.url
    # Left alone, the kiosk starts again, in the default language, with nothing kept.
    page.wait_for_url(kiosk + "/?lang=en", timeout=15_000)
    assert page.input_value("#q") == ""
    assert page.evaluate("document.documentElement.lang") == "en"
    assert _history_length(page) == start_length
    assert page.evaluate("sessionStorage.length + localStorage.length") == 0
    assert page.context.cookies() == []
    page.go_back()
    assert QUESTION not in page.content() and "/search" not in page.url and "/faq/" not in page.url


def test_start_again_on_every_page_returns_home_without_history(servers, real_index, new_page):
    kiosk = servers["kiosk"].url
    page = new_page("kiosk")
    for url in support.template_urls(real_index, "zh-Hans").values():
        page.goto(kiosk + url)
        length = _history_length(page)
        page.locator("header [data-start-again-link]").click()
        page.wait_for_url(kiosk + "/?lang=en")
        assert _history_length(page) == length and page.input_value("#q") == ""


def test_kiosk_answer_feedback_keeps_history_flat(servers, real_index, new_page):
    page = new_page("kiosk")
    page.goto(servers["kiosk"].url + support.template_urls(real_index, "en")["faq"])
    length = _history_length(page)
    page.locator(".feedback button[value=yes]").click()
    page.wait_for_selector(".feedback .thanks")
    assert _history_length(page) == length and "q=" not in page.url


def test_every_page_works_without_javascript(servers, real_index, new_page):
    for mode in ("web", "kiosk"):
        page = new_page("phone", java_script_enabled=False)
        page.goto(servers[mode].url + "/?lang=en")
        page.fill("#q", QUESTION)
        page.press("#q", "Enter")
        page.wait_for_selector(".result.best .answer-text")
        page.locator(".result.best h2 a").click()
        page.wait_for_selector(".answer-nav")
        page.locator(".answer-nav a").first.click()  # back to results
        page.wait_for_selector(".result.best")
        page.goto(servers[mode].url + support.template_urls(real_index, "en")["faq"])
        page.locator(".feedback button[value=no]").click()
        page.wait_for_selector(".feedback .thanks")
        # Controls that need JavaScript stay hidden rather than doing nothing.
        assert not page.locator("[data-text-size]").is_visible()
        assert not page.locator("[data-print]").is_visible()


def test_text_size_persists_only_outside_the_kiosk(servers, new_page):
    for mode, kept in (("web", True), ("kiosk", False)):
        page = new_page("phone")
        page.goto(servers[mode].url + "/?lang=en")
        before = page.evaluate("parseFloat(getComputedStyle(document.documentElement).fontSize)")
        page.locator("[data-text-larger]").click()
        larger = page.evaluate("parseFloat(getComputedStyle(document.documentElement).fontSize)")
        assert larger > before
        page.goto(servers[mode].url + "/topic/risks?lang=en")
        after = page.evaluate("parseFloat(getComputedStyle(document.documentElement).fontSize)")
        assert (after == larger) is kept, mode


FAKE_VOICES = """(langs) => {
  const voices = langs.map((lang, i) => ({lang, name: 'voice ' + i, default: i === 0,
                                          localService: true, voiceURI: 'v' + i}));
  Object.defineProperty(window.speechSynthesis, 'getVoices', {value: () => voices});
}"""


def test_read_aloud_is_offered_only_where_a_voice_speaks_the_language(
    servers, real_index, new_page
):
    url = servers["web"].url + support.template_urls(real_index, "zh-Hans")["faq"]
    for voices, shown in ((["en-US"], False), (["en-US", "zh-CN"], True), ([], False)):
        page = new_page("phone")
        page.add_init_script(f"({FAKE_VOICES})({voices!r})")
        page.goto(url)
        page.wait_for_load_state("load")
        assert page.locator("[data-read-aloud]").is_visible() is shown, voices

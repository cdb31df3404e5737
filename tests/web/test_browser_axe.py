"""Every page template in en, ar and zh-Hans at kiosk (1080×1920) and phone (390×844) sizes:
0 axe-core WCAG 2.2 AA violations, and a screenshot of each (docs/screenshots/ with
`make screenshots`, which sets FAQSVC_SCREENSHOTS)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.web import browser as support

TEMPLATES = ("home", "search", "urgent", "no-answer", "faq", "topic", "error")


@pytest.fixture(scope="session")
def screenshot_dir(tmp_path_factory) -> Path:
    wanted = os.environ.get("FAQSVC_SCREENSHOTS")
    path = Path(wanted) if wanted else tmp_path_factory.mktemp("screenshots")
    path.mkdir(parents=True, exist_ok=True)
    return path


@pytest.mark.parametrize("size", sorted(support.SIZES))
@pytest.mark.parametrize("locale", support.LOCALES)
@pytest.mark.parametrize("template", TEMPLATES)
def test_page_has_no_wcag_violations(
    template, locale, size, servers, real_index, new_page, screenshot_dir
):
    server = servers["kiosk" if size == "kiosk" else "web"]
    page = new_page(size)
    url = support.template_urls(real_index, locale)[template]
    page.goto(server.url + url)
    page.wait_for_load_state("load")
    violations = support.axe_violations(page)
    summary = [
        (v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3], v["help"]) for v in violations
    ]
    shot = screenshot_dir / f"{template}-{size}-{locale}.png"
    page.screenshot(path=str(shot))
    assert summary == [], f"{url} at {size}"
    assert shot.stat().st_size > 1000


def test_dark_colour_scheme_has_no_wcag_violations(servers, real_index, new_page):
    """The dark palette (prefers-color-scheme: dark) on every template, at phone size."""
    page = new_page("phone", color_scheme="dark")
    found = {}
    for locale in support.LOCALES:
        for template, url in support.template_urls(real_index, locale).items():
            page.goto(servers["web"].url + url)
            assert page.evaluate("matchMedia('(prefers-color-scheme: dark)').matches")
            violations = support.axe_violations(page)
            if violations:
                found[(template, locale)] = [v["id"] for v in violations]
    assert found == {}


def test_the_axe_check_finds_what_it_should(new_page):
    """Guards the checks above against passing because nothing was checked."""
    page = new_page("phone")
    page.set_content(
        '<html><body><img src="x.png"><p style="color:#ccc;background:#fff">faint</p>'
        "<button></button></body></html>"
    )
    found = {v["id"] for v in support.axe_violations(page)}
    assert {"image-alt", "color-contrast", "button-name", "html-has-lang"} <= found


@pytest.mark.parametrize("locale", support.LOCALES)
def test_kiosk_idle_countdown_has_no_wcag_violations(locale, servers, new_page, screenshot_dir):
    page = new_page("kiosk")
    page.clock.install()  # the page's timers move only when the test says so
    page.goto(servers["kiosk"].url + f"/?lang={locale}")
    page.wait_for_load_state("load")
    page.clock.run_for(support.KIOSK_IDLE_SECONDS * 1000 + 100)
    dialog = page.locator("dialog[data-idle-dialog]")
    dialog.wait_for(state="visible")
    assert dialog.locator("[data-countdown]").inner_text() == str(support.KIOSK_COUNTDOWN_SECONDS)
    page.screenshot(path=str(screenshot_dir / f"idle-kiosk-{locale}.png"))
    assert [v["id"] for v in support.axe_violations(page)] == []

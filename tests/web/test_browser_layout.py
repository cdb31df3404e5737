"""What patients measured on phones and the kiosk, measured again in a real browser: urgent help
above the fold, targets, no sideways scroll, focus ring contrast, the first answer on screen."""

from __future__ import annotations

import pytest

from tests.web import browser as support
from tests.web.test_browser_axe import TEMPLATES

SMALL = {"width": 320, "height": 568}
CONTROLS = "a[href], button, summary, input:not([type=hidden]), select"

# Every visible control's size and name; targets inside the idle dialog are checked when open.
MEASURE_TARGETS = """(selector) => Array.from(document.querySelectorAll(selector))
  .filter(el => el.getClientRects().length && getComputedStyle(el).visibility !== 'hidden'
                && !el.closest('dialog:not([open])') && !el.classList.contains('skip'))
  .map(el => { const r = el.getBoundingClientRect();
               return {w: r.width, h: r.height, what: el.outerHTML.slice(0, 90)}; })"""


def _luminance(rgb: tuple[int, int, int]) -> float:
    def channel(c: int) -> float:
        c = c / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: tuple[int, int, int], b: tuple[int, int, int]) -> float:
    light, dark = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def _rgb(css: str) -> tuple[int, int, int]:
    numbers = css[css.index("(") + 1 : css.index(")")].replace(",", " ").split()
    return tuple(round(float(n)) for n in numbers[:3])


@pytest.mark.parametrize("locale", support.LOCALES)
def test_urgent_notice_is_first_and_above_the_fold_at_320x568(
    locale, servers, real_index, new_page
):
    for mode in ("web", "kiosk"):
        page = new_page(SMALL)
        page.goto(servers[mode].url + support.template_urls(real_index, locale)["urgent"])
        first = page.evaluate("document.querySelector('main').firstElementChild.className")
        assert "urgent" in first, mode
        box = page.locator(".alert.urgent").bounding_box()
        action = page.locator(".alert.urgent .help-action").bounding_box()
        assert box["y"] < 568 and action["y"] + action["height"] <= 568, (mode, box, action)
        heading = page.locator(".alert.urgent h2")
        assert heading.locator("svg[role=img][aria-label]").count() == 1
        if mode == "web":
            assert page.locator(".alert.urgent a[href='tel:999']").is_visible()
        else:
            assert support.HELP_DESK in page.locator(".alert.urgent").inner_text()


@pytest.mark.parametrize("template", TEMPLATES)
def test_targets_are_at_least_44px_on_a_phone_and_48px_on_the_kiosk(
    template, servers, real_index, new_page
):
    for mode, size, least in (("web", "phone", 44), ("kiosk", "kiosk", 48)):
        for locale in support.LOCALES:
            page = new_page(size)
            page.goto(servers[mode].url + support.template_urls(real_index, locale)[template])
            page.locator("details").evaluate_all("all => all.forEach(d => d.open = true)")
            targets = page.evaluate(MEASURE_TARGETS, CONTROLS)
            assert targets
            small = [t for t in targets if t["h"] < least or t["w"] < least]
            assert small == [], (mode, locale)


@pytest.mark.parametrize("locale", support.LOCALES)
def test_no_sideways_scroll_at_320(locale, servers, real_index, new_page):
    page = new_page(SMALL)
    for template, url in support.template_urls(real_index, locale).items():
        page.goto(servers["web"].url + url)
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 320, (template, width)


def test_focus_ring_contrast_is_at_least_3_to_1(servers, real_index, new_page):
    page = new_page("phone")
    page.goto(servers["web"].url + support.template_urls(real_index, "en")["faq"])
    seen = 0
    for _ in range(12):
        page.keyboard.press("Tab")
        ring = page.evaluate(
            """() => { const el = document.activeElement;
                       const s = getComputedStyle(el);
                       let bg = null, node = el.parentElement;
                       while (node) { const c = getComputedStyle(node).backgroundColor;
                         if (c !== 'rgba(0, 0, 0, 0)' && c !== 'transparent') { bg = c; break; }
                         node = node.parentElement; }
                       return {style: s.outlineStyle, width: parseFloat(s.outlineWidth),
                               color: s.outlineColor, bg: bg || 'rgb(255, 255, 255)',
                               tag: el.tagName}; }"""
        )
        if ring["tag"] == "BODY":
            continue
        seen += 1
        assert ring["style"] != "none" and ring["width"] >= 2, ring
        assert contrast(_rgb(ring["color"]), _rgb(ring["bg"])) >= 3, ring
    assert seen >= 8


@pytest.mark.parametrize("locale", support.LOCALES)
def test_phone_shows_the_question_box_and_the_first_answer_above_the_fold(
    locale, servers, real_index, new_page
):
    page = new_page("phone")
    page.goto(servers["web"].url + support.template_urls(real_index, locale)["search"])
    box = page.locator("#q").bounding_box()
    first_words = page.locator(".result.best .answer-text p").first.bounding_box()
    assert box["y"] + box["height"] <= 844
    assert first_words["y"] + 30 <= 844, first_words


def test_phone_language_picker_is_one_control_in_native_names(servers, new_page):
    page = new_page("phone")
    page.goto(servers["web"].url + "/?lang=ar")
    visible = page.locator("nav.languages a:visible")
    assert visible.count() == 0
    summary = page.locator("nav.languages summary")
    assert summary.is_visible() and summary.inner_text().strip() == "العربية"
    assert summary.bounding_box()["height"] < 60
    summary.click()
    names = page.locator("nav.languages a:visible").all_inner_texts()
    assert {"English", "español", "中文 (简体)", "Tiếng Việt"} <= set(names)
    wide = new_page("kiosk")
    wide.goto(servers["kiosk"].url + "/?lang=ar")
    assert wide.locator("nav.languages a:visible").count() == 8


def test_print_keeps_the_answer_source_date_and_care_note_without_navigation(
    servers, real_index, new_page
):
    page = new_page("phone")
    page.goto(servers["web"].url + support.template_urls(real_index, "en")["faq"])
    page.emulate_media(media="print")
    for gone in ("header.site", ".answer-nav", ".feedback", ".tools", ".related"):
        assert not page.locator(gone).is_visible(), gone
    for kept in (".answer-text", ".source", "figure.qr svg", ".help-now"):
        assert page.locator(kept).first.is_visible(), kept
    assert "care team" in page.locator("footer.site").inner_text()

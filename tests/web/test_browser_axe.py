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

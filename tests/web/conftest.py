"""Browser fixtures: started once per session, and a failure (not a skip) when chromium cannot
be installed."""

from __future__ import annotations

import pytest

from tests.web import browser as support


@pytest.fixture(scope="session")
def servers(real_settings, real_index, tmp_path_factory):
    started = support.start_servers(
        real_settings, real_index, tmp_path_factory.mktemp("browser-data")
    )
    yield started
    for server in started.values():
        server.stop()


@pytest.fixture(scope="session")
def chromium():
    from playwright.sync_api import sync_playwright

    try:
        support.ensure_chromium()
    except support.ChromiumMissing as exc:
        pytest.fail(f"browser tests need Debian's chromium: {exc}", pytrace=False)
    with sync_playwright() as playwright:
        browser = support.launch(playwright)
        yield browser
        browser.close()


@pytest.fixture
def new_page(chromium):
    """``new_page(size, **context_options)``: a fresh context (no cookies, no storage) per call."""
    contexts = []

    def make(size: str = "phone", **options):
        viewport = support.SIZES.get(size, size) if isinstance(size, str) else size
        context = chromium.new_context(viewport=viewport, **options)
        contexts.append(context)
        return context.new_page()

    yield make
    for context in contexts:
        context.close()

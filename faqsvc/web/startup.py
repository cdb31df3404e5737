"""Building the production app from the environment, with a clear word on the index's state."""

from __future__ import annotations

import logging

from faqsvc import index
from faqsvc.settings import Settings
from faqsvc.web.app import create_app

log = logging.getLogger("faqsvc")


def load_app():
    """Settings from FAQSVC_*, the current index (refusing a missing or incompatible one)."""
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    settings = Settings.from_env()
    problem = index.check(settings)
    faq_index = index.open_index(settings)  # raises IndexUnavailable: missing or incompatible
    if problem:
        log.warning("%s; serving it anyway. Run 'faqsvc build' (make run does).", problem)
    log.info(
        "index %s built %s: %s",
        settings.index_dir,
        faq_index.manifest.get("built_at"),
        ", ".join(faq_index.locales),
    )
    _loaded.append(faq_index)
    return create_app(settings, faq_index)


_loaded: list = []  # the index load_app opened, for the workers to warm after the fork


def warm_worker() -> None:
    """Open the index's files in this worker and answer one question per locale, so the
    worker's first patient does not pay for opening files and loading word lists."""
    from faqsvc.answering.search import search

    for faq_index in _loaded:
        faq_index.warm()
        for locale in faq_index.locales:
            search(faq_index, "how long does it take", locale)

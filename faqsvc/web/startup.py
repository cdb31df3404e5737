"""Building the production app from the environment, with a clear word on the index's state."""

from __future__ import annotations

import logging

from faqsvc import index, logs
from faqsvc.settings import Settings
from faqsvc.web.app import create_app

log = logging.getLogger("faqsvc")


def load_app():
    """Settings from FAQSVC_*, the current index (refusing a missing or incompatible one)."""
    settings = Settings.from_env()
    logs.configure(settings.log_level)
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
    return create_app(settings, faq_index)

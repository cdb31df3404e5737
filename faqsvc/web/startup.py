"""Building the production app from the environment, with a clear word on the index's state."""

from __future__ import annotations

import gc
import logging
import threading

import orjson

from faqsvc import index, logs
from faqsvc.live import LiveIndex
from faqsvc.settings import Settings
from faqsvc.web.app import create_app
from faqsvc.web.errors import error_body
from faqsvc.web.limits import RateLimiter

log = logging.getLogger("faqsvc")

UNLIMITED_PATHS = ("/healthz", "/readyz")  # load balancer probes come from one address


class ServedApp:
    """What gunicorn runs: the rate limit, then one request at a time through the app.

    Worker threads read requests and write responses concurrently, so a slow client holds a
    thread, not the worker; the app itself runs one request at a time (the GIL would allow no
    more, and the live index moves to a new build only between requests)."""

    def __init__(self, app, live: LiveIndex, limiter: RateLimiter) -> None:
        self.app, self.live, self.limiter = app, live, limiter
        self._lock = threading.Lock()

    def __call__(self, environ, start_response):
        if environ.get("PATH_INFO") not in UNLIMITED_PATHS:
            wait = self.limiter.retry_after(environ.get("REMOTE_ADDR") or "")
            if wait:
                return _too_many_requests(start_response, wait)
        with self._lock:
            try:
                self.live.refresh()
            except Exception:  # keep serving the build in hand; readiness will tell
                log.exception("could not look for a new index build")
            return self.app(environ, start_response)


def _too_many_requests(start_response, wait: int) -> list[bytes]:
    body = orjson.dumps(
        error_body(429, "too_many_requests", f"Too many requests: try again in {wait} s.")
    )
    start_response(
        "429 Too Many Requests",
        [
            ("Content-Type", "application/json"),
            ("Content-Length", str(len(body))),
            ("Retry-After", str(wait)),
        ],
    )
    return [body]


def load_app() -> ServedApp:
    """Settings from FAQSVC_*, the newest intact build (refusing to start without one)."""
    settings = Settings.from_env()
    logs.configure(settings.log_level)
    problem = index.check(settings)
    live = LiveIndex.open(settings)  # raises IndexUnavailable: nothing intact to serve
    if problem:
        log.warning("%s; serving %s. Run 'faqsvc build' (make run does).", problem, live.root.name)
    log.info(
        "index %s built %s: %s",
        live.root.name,
        live.manifest.get("built_at"),
        ", ".join(live.locales),
    )
    _loaded.append(live)
    limiter = RateLimiter(settings.rate_limit, settings.rate_burst)
    return ServedApp(create_app(settings, live), live, limiter)


_loaded: list = []  # the index load_app opened, for the workers to warm after the fork


def warm_worker() -> None:
    """Open the index's files in this worker and answer one question per locale, so the
    worker's first patient does not pay for opening files and loading word lists."""
    from faqsvc.answering import (
        lemmas,
        respelling,
        romanized,
        spelling,
        textspeak,
        urgent,
        urgent_model,
    )
    from faqsvc.answering.search import search

    spelling.warm()
    textspeak.warm()
    urgent_model.warm()
    urgent.warm()
    for faq_index in _loaded:
        faq_index.warm()
        romanized.warm(faq_index.locales)
        respelling.warm(faq_index.locales)
        lemmas.warm(faq_index.locales)
        for locale in faq_index.locales:
            search(faq_index, "how long does it take", locale)
    # What warming loaded (word lists, synonym tables, the index's readers) lives as long as
    # the worker: out of the collector's sight, a full collection no longer walks it (60-90 ms
    # pauses on the NIH bank, the slowest searches there).
    gc.freeze()

"""Errors on pages are pages: HTML in the reader's language. The API keeps its JSON shape."""

from __future__ import annotations

import logging

from faqsvc.web import errors
from faqsvc.web.pages import Pages

log = logging.getLogger("faqsvc")
MACHINE_PREFIXES = ("/api/", "/healthz", "/readyz", "/metrics")


def wants_json(req) -> bool:
    return req.path.startswith(MACHINE_PREFIXES)


class ErrorSerializer:
    """Falcon's error serializer: the error page for browsers, the JSON shape for programs."""

    def __init__(self, pages: Pages) -> None:
        self.pages = pages

    def __call__(self, req, resp, exception) -> None:
        if wants_json(req):
            return errors.serialize_error(req, resp, exception)
        try:
            self.pages.render(
                req,
                resp,
                "error.html",
                status=resp.status,
                error_status=exception.status_code,
            )
        except Exception:  # an index that cannot even render the skeleton: the plain shape
            log.exception("cannot render the error page for %s", req.path)
            errors.serialize_error(req, resp, exception)

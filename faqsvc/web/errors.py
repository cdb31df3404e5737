"""Domain errors to HTTP, in one place, with one JSON error shape:
``{"error": {"status": 400, "code": "invalid_parameter", "message": "..."}}``.
"""

from __future__ import annotations

import logging

import falcon

from faqsvc.errors import FaqError, IndexUnavailable, InputTooLarge, InvalidParameter, NotFound

log = logging.getLogger("faqsvc")

STATUS_BY_ERROR: dict[type[FaqError], tuple[str, str]] = {
    InvalidParameter: (falcon.HTTP_400, "invalid_parameter"),
    InputTooLarge: (falcon.HTTP_414, "too_large"),
    NotFound: (falcon.HTTP_404, "not_found"),
    IndexUnavailable: (falcon.HTTP_503, "index_unavailable"),
}
_CODES = {
    400: "bad_request",
    404: "not_found",
    405: "method_not_allowed",
    413: "too_large",
    414: "too_large",
    415: "unsupported_media_type",
    503: "unavailable",
}


def error_body(status: int, code: str, message: str) -> dict:
    return {"error": {"status": status, "code": code, "message": message}}


def handle_domain_error(req, resp, ex: FaqError, params) -> None:
    status, code = STATUS_BY_ERROR.get(type(ex), (falcon.HTTP_400, ex.code))
    raise falcon.HTTPError(status, title=code, description=ex.message)


def handle_unexpected(req, resp, ex: Exception, params) -> None:
    if isinstance(ex, falcon.HTTPError):
        raise ex
    log.exception(  # path only: no query text
        "unhandled error on %s %s",
        req.method,
        req.path,
        extra={"fields": {"request_id": req.context.get("request_id")}},
    )
    raise falcon.HTTPError(
        falcon.HTTP_500, title="internal_error", description="Something went wrong on our side."
    )


def serialize_error(req, resp, exception: falcon.HTTPError) -> None:
    """Every error, Falcon's own included, leaves in the same JSON shape (or HTML for pages)."""
    status = exception.status_code
    code = (
        exception.title
        if exception.title and "_" in exception.title
        else _CODES.get(status, "error")
    )
    message = exception.description or exception.title or "error"
    resp.media = error_body(status, code, message)
    resp.content_type = falcon.MEDIA_JSON

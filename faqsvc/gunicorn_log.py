"""gunicorn's logger, made private (``logger_class`` in gunicorn_conf.py).

gunicorn's own lines are where patients' words leaked: a request it rejects (raw spaces or
non-ASCII bytes in the URL) is logged as ``Invalid request from ip=…: Invalid HTTP request line:
'GET /api/v1/search?q=I have cancer…'``, and its access log writes the decoded path raw. Here the
access line is built from fields (method, route, escaped path without query, status, size,
duration, request id), a rejected request is logged by the kind of fault only, and every other
line goes through the same scrubbing formatter as the app's (faqsvc.logs).
"""

from __future__ import annotations

import re

from gunicorn import glogging

from faqsvc import logs

_REJECTED = "Invalid request from"
_FAILED = "Error handling request"


def rejection_reason(message: str) -> str:
    """'Invalid request from ip=1.2.3.4: Invalid HTTP request line: 'GET …'' -> the middle part."""
    detail = message.split(": ", 1)[1] if ": " in message else ""
    return re.split(r"[:'\"(]", detail, maxsplit=1)[0].strip() or "malformed request"


class PrivateLogger(glogging.Logger):
    def setup(self, cfg) -> None:
        super().setup(cfg)
        for log in (self.error_log, self.access_log):
            for handler in log.handlers:
                handler.setFormatter(logs.formatter_for(getattr(handler, "stream", None)))

    def warning(self, msg, *args, **kwargs) -> None:
        if isinstance(msg, str) and msg.startswith(_REJECTED):
            msg, args = "rejected a malformed request: %s", (rejection_reason(msg),)
        super().warning(msg, *args, **kwargs)

    def exception(self, msg, *args, **kwargs) -> None:
        if isinstance(msg, str) and msg.startswith(_FAILED):
            msg, args = "error handling a request", ()
        super().exception(msg, *args, **kwargs)

    def access(self, resp, req, environ, request_time) -> None:
        if not self.access_log_enabled:
            return
        fields = access_fields(resp, req, environ, request_time)
        self.access_log.info(
            "%s %s %s", fields["method"], fields["path"], fields["status"], extra={"fields": fields}
        )


def access_fields(resp, req, environ: dict, request_time) -> dict:
    """What an access line says. No address, no user agent, no referrer, no query string."""
    status = str(getattr(resp, "status", "") or "").split(" ", 1)[0]
    path = environ.get("PATH_INFO") or getattr(req, "path", "") or ""
    return {
        "event": "request",
        "method": environ.get("REQUEST_METHOD") or getattr(req, "method", ""),
        "route": environ.get("faqsvc.route"),
        "path": logs.path_only(path),  # escaped, like every field, by the formatter
        "status": int(status) if status.isdigit() else status,
        "bytes": getattr(resp, "sent", None),
        "duration_ms": round(request_time.total_seconds() * 1000, 1),
        "request_id": environ.get("faqsvc.request_id"),
    }

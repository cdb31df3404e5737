"""gunicorn's threaded worker, with a deadline on reading a request and short error replies.

Why threads (measured, see README "Operating it"): a sync worker reading a slow client's
headers is blocked until gunicorn's worker timeout kills it, so two slow clients stopped two
sync workers for 30 s. Here a slow client holds one thread of ``FAQSVC_THREADS`` and at most
``FAQSVC_HEADER_TIMEOUT`` seconds; the app still runs one request at a time per worker
(``faqsvc.web.startup.ServedApp``).
"""

from __future__ import annotations

import contextlib
import json
import socket
import time

from gunicorn.http import errors as http_errors
from gunicorn.http import message
from gunicorn.workers.gthread import ThreadWorker

from faqsvc.settings import Settings

_SETTINGS = Settings.from_env()
# gunicorn caps its request line at 8,190 bytes whatever is configured. A documented query,
# 2,000 Chinese characters percent-encoded, is 18,000 bytes, and a 4-byte character 12:
# the cap is raised to what the API promises (gunicorn_conf.py sets the same figure).
REQUEST_LINE_BYTES = _SETTINGS.max_query_chars * 12 + 1024
message.MAX_REQUEST_LINE = max(message.MAX_REQUEST_LINE, REQUEST_LINE_BYTES)

_REJECTED = {  # what a client sent that gunicorn itself refuses, answered without echoing it
    http_errors.LimitRequestLine: (
        414,
        "URI Too Long",
        "too_large",
        "The request line is too long.",
    ),
    http_errors.LimitRequestHeaders: (
        431,
        "Request Header Fields Too Large",
        "too_large",
        "The request headers are too large.",
    ),
}


class _HeadDeadline:
    """The connection's socket, with every read of one request bounded by one deadline."""

    def __init__(self, sock: socket.socket) -> None:
        self._sock, self.deadline = sock, None

    def __getattr__(self, name: str):
        return getattr(self._sock, name)

    def recv(self, size: int, *flags) -> bytes:
        if self.deadline is None:
            return self._sock.recv(size, *flags)
        remaining = self.deadline - time.monotonic()
        if remaining <= 0:
            raise http_errors.NoMoreData(b"")  # gunicorn closes the connection quietly
        self._sock.settimeout(remaining)
        try:
            return self._sock.recv(size, *flags)
        except TimeoutError:
            raise http_errors.NoMoreData(b"") from None
        finally:
            self._sock.settimeout(None)


class FaqWorker(ThreadWorker):
    def handle(self, conn):
        if not isinstance(conn.sock, _HeadDeadline) and not conn.initialized:
            conn.sock = _HeadDeadline(conn.sock)
        if isinstance(conn.sock, _HeadDeadline):
            conn.sock.deadline = time.monotonic() + _SETTINGS.header_timeout
        return super().handle(conn)

    def handle_error(self, req, client, addr, exc) -> None:
        """A short JSON answer that never repeats the request (it may hold a patient's words),
        and a log line without the client's address or what it sent."""
        status, reason, code, text = _REJECTED.get(
            type(exc), (400, "Bad Request", "bad_request", "The request is malformed.")
        )
        app_fault = (http_errors.InvalidResponseHeader, http_errors.InvalidResponseHeaderName)
        if isinstance(exc, app_fault) or not isinstance(exc, http_errors.ParseException):
            self.log.exception("error handling a request")
            status, reason, code, text = 500, "Internal Server Error", "internal_error", "error"
        else:
            self.log.warning("rejected a malformed request: %s %s", status, reason)
        body = json.dumps({"error": {"status": status, "code": code, "message": text}}).encode()
        head = (
            f"HTTP/1.1 {status} {reason}\r\nConnection: close\r\n"
            f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
        )
        with contextlib.suppress(OSError):
            client.sendall(head.encode("latin-1") + body)

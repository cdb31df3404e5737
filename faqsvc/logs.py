"""Log lines that cannot identify a patient, and cannot be forged.

Every line, the app's and gunicorn's, goes through one formatter: JSON lines when the stream is
not a terminal (a collector reads them), a short text line when a person is watching. Whatever a
message says, the formatter escapes control characters (a ``%0A`` in a path cannot start a new
line, ESC cannot reach a terminal), and it removes what it must never carry: IP addresses and
query strings. A traceback keeps the exception's type and frames but not its message, which can
quote the data that caused it.
"""

from __future__ import annotations

import json
import logging
import re
import sys
import time
import traceback
from typing import IO

MAX_FIELD_CHARS = 300
_IPV4 = re.compile(r"(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?![\w.])")
_IPV6 = re.compile(
    r"(?<![\w:.])(?=[0-9A-Fa-f:.]*::|(?:[0-9A-Fa-f]{1,4}:){3})[0-9A-Fa-f:.]{3,}(?![\w:])"
)
_QUERY = re.compile(r"\?[^'\"\n]*")
_IP_ASSIGNMENT = re.compile(r"\bip=\S*")


def escape_controls(text: str, limit: int = MAX_FIELD_CHARS) -> str:
    """Control, format and separator characters (newlines, ESC, bidi overrides) as ``\\xNN``."""
    text = str(text)
    if len(text) > limit:
        text = text[:limit] + "..."
    if text.isprintable() and "\\" not in text:
        return text
    return "".join(_escape_char(c) for c in text)


def _escape_char(char: str) -> str:
    if char == "\\":
        return "\\\\"
    if char == " " or char.isprintable():
        return char
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def scrub(message: str) -> str:
    """What a free-text message may say: no address, no query string, no control characters."""
    message = _IP_ASSIGNMENT.sub("ip=[redacted]", message)
    message = _IPV4.sub("[addr]", message)
    message = _IPV6.sub("[addr]", message)
    message = _QUERY.sub("?[query]", message)
    return escape_controls(message, limit=2000)


def path_only(target: object) -> str:
    """A request target without its query string."""
    return str(target).split("?", 1)[0]


def exception_summary(exc_info) -> dict:
    """The exception's type and where it happened; never its message (it may quote input)."""
    kind, value, tb = exc_info
    frames = traceback.extract_tb(tb)[-12:]
    summary = {
        "type": getattr(kind, "__name__", str(kind)),
        "frames": [f"{f.filename}:{f.lineno} in {f.name}" for f in frames],
    }
    if isinstance(value, OSError) and value.strerror:
        summary["os_error"] = value.strerror
    return summary


class PrivateFormatter(logging.Formatter):
    """One line per record: JSON, or text for a terminal; every field escaped and scrubbed."""

    def __init__(self, as_json: bool) -> None:
        super().__init__()
        self.as_json = as_json

    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "time": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created))
            + f".{int(record.msecs):03d}Z",
            "level": record.levelname.lower(),
            "logger": record.name,
            "pid": record.process,
            "message": scrub(record.getMessage()),
        }
        for key, value in (getattr(record, "fields", None) or {}).items():
            entry[key] = escape_controls(value) if isinstance(value, str) else value
        if record.exc_info:
            entry["exception"] = exception_summary(record.exc_info)
        if self.as_json:
            return json.dumps(entry, ensure_ascii=True)
        return _text_line(entry)


def _text_line(entry: dict) -> str:
    head = f"{entry.pop('time')} {entry.pop('level').upper()} {entry.pop('logger')}"
    message = entry.pop("message")
    entry.pop("pid")
    extra = " ".join(f"{k}={v}" for k, v in entry.items())
    return f"{head}: {message}" + (f" {extra}" if extra else "")


def formatter_for(stream: IO | None) -> PrivateFormatter:
    """JSON lines unless a person is reading the stream in a terminal."""
    try:
        tty = bool(stream is not None and stream.isatty())
    except (AttributeError, ValueError):
        tty = False
    return PrivateFormatter(as_json=not tty)


def configure(level: str = "info", stream: IO | None = None) -> None:
    """The app's own loggers (``faqsvc``, warnings) through the private formatter."""
    stream = stream or sys.stderr
    handler = logging.StreamHandler(stream)
    handler.setFormatter(formatter_for(stream))
    root = logging.getLogger()
    for old in [h for h in root.handlers if getattr(h, "_faqsvc", False)]:
        root.removeHandler(old)
    handler._faqsvc = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(getattr(logging, level.upper(), logging.INFO))

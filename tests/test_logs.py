"""Log lines cannot be forged and never carry an address, a query string or exception text."""

import io
import json
import logging
from datetime import timedelta
from types import SimpleNamespace

import pytest

from faqsvc import logs, metrics_dir
from faqsvc.gunicorn_log import access_fields, rejection_reason


def record(message: str, *args, exc_info=None, **fields) -> logging.LogRecord:
    made = logging.LogRecord("faqsvc", logging.ERROR, __file__, 1, message, args, exc_info)
    made.fields = fields
    return made


@pytest.mark.parametrize(
    "text, escaped",
    [
        ("/faq/x\nforged", "/faq/x\\x0aforged"),
        ("/faq/\x1b[31mred", "/faq/\\x1b[31mred"),
        ("/a\\x0a", "/a\\\\x0a"),  # a typed backslash cannot pass for an escape
        ("/right\u202eleft", "/right\\u202eleft"),
        ("/plain path/é中", "/plain path/é中"),
    ],
)
def test_control_characters_are_escaped(text, escaped):
    assert logs.escape_controls(text) == escaped


def test_json_lines_escape_every_field_and_drop_addresses_and_queries():
    formatter = logs.PrivateFormatter(as_json=True)
    line = formatter.format(
        record(
            "Invalid request from ip=10.1.2.3: 'GET /search?q=I have cancer HTTP/1.1' from %s",
            "2001:db8::7",
            path="/faq/\x1b]0;x\x07\nnext",
        )
    )
    assert "\n" not in line and "\x1b" not in line and line.isascii()
    entry = json.loads(line)
    assert "cancer" not in line and "10.1.2.3" not in line and "2001:db8" not in line
    assert entry["path"] == "/faq/\\x1b]0;x\\x07\\x0anext"
    assert entry["level"] == "error" and entry["logger"] == "faqsvc"


def test_tracebacks_keep_type_and_frames_but_not_the_message():
    try:
        {}["my chest hurts"]
    except KeyError:
        import sys

        line = logs.PrivateFormatter(as_json=True).format(record("failed", exc_info=sys.exc_info()))
    entry = json.loads(line)
    assert entry["exception"]["type"] == "KeyError"
    assert entry["exception"]["frames"] and "chest" not in line


def test_text_on_a_terminal_json_otherwise():
    class Terminal(io.StringIO):
        def isatty(self):
            return True

    assert logs.formatter_for(Terminal()).as_json is False
    assert logs.formatter_for(io.StringIO()).as_json is True
    text = logs.formatter_for(Terminal()).format(record("hello %s", "x\ny", route="/faq"))
    assert text.endswith("ERROR faqsvc: hello x\\x0ay route=/faq") and "\n" not in text


def test_gunicorn_rejections_are_logged_by_kind_only():
    assert (
        rejection_reason("Invalid request from ip=1.2.3.4: Invalid HTTP request line: 'GET /?q=x'")
        == "Invalid HTTP request line"
    )
    assert rejection_reason("Invalid request from ip=1.2.3.4: Request Line is too large (9 > 8)")
    assert "x" not in rejection_reason("Invalid request from ip=: 'GET /?q=x'")


def test_access_fields_hold_no_query_address_or_agent():
    environ = {
        "REQUEST_METHOD": "GET",
        "PATH_INFO": "/search",
        "QUERY_STRING": "q=cancer",
        "REMOTE_ADDR": "10.0.0.9",
        "HTTP_USER_AGENT": "Tablet",
        "faqsvc.route": "/search",
        "faqsvc.request_id": "abc",
    }
    response = SimpleNamespace(status="200 OK", sent=12)
    fields = access_fields(response, None, environ, timedelta(milliseconds=5))
    assert fields == {
        "event": "request",
        "method": "GET",
        "route": "/search",
        "path": "/search",
        "status": 200,
        "bytes": 12,
        "duration_ms": 5.0,
        "request_id": "abc",
    }


def test_metrics_dir_is_private_and_cleaned(monkeypatch):
    for name in (metrics_dir.ENV, metrics_dir._OWNED):
        monkeypatch.setenv(name, "")  # restored (unset) after the test
    path = metrics_dir.prepare()
    try:
        assert path.is_dir() and path.stat().st_mode & 0o077 == 0
        (path / "counter_4242.db").write_bytes(b"")
        (path / "gauge_livesum_4242.db").write_bytes(b"")
        metrics_dir.worker_exited(4242)
        assert sorted(p.name for p in path.iterdir()) == ["counter_4242.db"]
    finally:
        metrics_dir.remove()
    assert not path.exists()

"""Slow, long and malformed requests against a real gunicorn on loopback."""

import json
import socket
import sys
import threading
import urllib.parse
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
from serverctl import get_json, running_server  # noqa: E402

pytestmark = pytest.mark.server


@pytest.fixture(scope="module")
def server(tiny_settings, tiny_index):
    env = {
        "FAQSVC_CORPUS_DIR": str(tiny_settings.corpus_dir),
        "FAQSVC_TRANSLATIONS_DIR": str(tiny_settings.translations_dir),
        "FAQSVC_INDEX_DIR": str(tiny_settings.index_dir),
        "FAQSVC_HEADER_TIMEOUT": "3",
        "FAQSVC_RATE_LIMIT": "0",
    }
    with running_server(env=env) as base:
        yield base


def raw(base: str, data: bytes) -> tuple[int, bytes]:
    """Send bytes as they are; the status and body of the answer."""
    host, port = base.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=10) as sock:
        sock.sendall(data)
        answer = b""
        while chunk := sock.recv(65536):
            answer += chunk
    head, _, body = answer.partition(b"\r\n\r\n")
    return int(head.split()[1]), body


class SlowClient(threading.Thread):
    """Sends a request head one line at a time, ``pause`` seconds apart."""

    def __init__(self, base: str, pause: float, lines: int) -> None:
        super().__init__(daemon=True)
        host, port = base.removeprefix("http://").split(":")
        self.sock = socket.create_connection((host, int(port)), timeout=10)
        self.pause, self.lines = pause, lines
        self.sent = 0
        self.cut = threading.Event()  # the server closed the connection before the head ended
        self.done = threading.Event()

    def run(self) -> None:
        try:
            self.sock.sendall(b"GET /api/v1/topics HTTP/1.1\r\nHost: x\r\n")
            for n in range(self.lines):
                if self.cut.wait(self.pause):
                    break
                self.sock.sendall(f"X-Slow-{n}: 1\r\n".encode())
                self.sent += 1
                self.sock.setblocking(False)
                try:
                    if self.sock.recv(1) == b"":
                        self.cut.set()
                except BlockingIOError:
                    pass
                finally:
                    self.sock.setblocking(True)
        except OSError:
            self.cut.set()
        finally:
            self.done.set()
            self.sock.close()


def test_two_slow_clients_do_not_stop_the_service_and_are_cut_off(server):
    slow = [SlowClient(server, pause=0.5, lines=20) for _ in range(2)]
    for client in slow:
        client.start()
    answered = [get_json(f"{server}/api/v1/topics?lang=es")["lang"] for _ in range(10)]
    assert answered == ["es"] * 10
    assert not any(c.done.is_set() for c in slow)  # answered while both were still sending
    for client in slow:
        client.join(timeout=15)
    assert all(c.cut.is_set() for c in slow)  # the 3 s deadline closed them...
    assert all(c.sent < 20 for c in slow)  # ...before they finished


@pytest.mark.parametrize("char", ["痛", "ع"])
def test_the_longest_documented_query_fits_the_request_line(server, char):
    query = urllib.parse.urlencode({"q": char * 2000, "lang": "en"})
    assert len(query) >= 12000
    body = get_json(f"{server}/api/v1/search?{query}")
    assert body["query"].startswith(char)


def test_a_longer_query_is_refused_by_the_app_in_json(server):
    query = urllib.parse.urlencode({"q": "痛" * 2001})
    code, body = raw(server, f"GET /api/v1/search?{query} HTTP/1.0\r\n\r\n".encode())
    assert code == 414 and json.loads(body)["error"]["code"] == "too_large"


@pytest.mark.parametrize(
    "request_bytes, expected",
    [
        (b"GET /api/v1/search?q=" + b"cancer" * 10000 + b" HTTP/1.1\r\n\r\n", 414),
        (b"GET /api/v1/search?q=I have cancer and HIV HTTP/1.1\r\n\r\n", 400),
        (b"GET /?q=cancer HTTP/1.1\r\nX-Cancer: " + b"c" * 9000 + b"\r\n\r\n", 431),
        (b"GET /?q=cancer HTTP/1.1\r\nBad Header cancer\r\n\r\n", 400),
    ],
)
def test_what_gunicorn_rejects_gets_short_json_without_the_request(server, request_bytes, expected):
    code, body = raw(server, request_bytes)
    assert code == expected
    assert json.loads(body)["error"]["status"] == expected
    assert b"cancer" not in body.lower() and len(body) < 200


def test_the_rate_limit_holds_across_workers(tiny_settings, tiny_index):
    env = {
        "FAQSVC_CORPUS_DIR": str(tiny_settings.corpus_dir),
        "FAQSVC_TRANSLATIONS_DIR": str(tiny_settings.translations_dir),
        "FAQSVC_INDEX_DIR": str(tiny_settings.index_dir),
        "FAQSVC_RATE_LIMIT": "0.1",
        "FAQSVC_RATE_BURST": "5",
    }
    with running_server(env=env) as base:
        answers = [raw(base, b"GET /api/v1/topics HTTP/1.0\r\n\r\n") for _ in range(20)]
        ready = raw(base, b"GET /readyz HTTP/1.0\r\n\r\n")[0]
    codes = [code for code, _ in answers]
    assert 5 <= codes.count(200) <= 6  # one bucket for both workers: 10 if each had its own
    assert set(codes) == {200, 429}
    assert json.loads(answers[-1][1])["error"]["code"] == "too_many_requests"
    assert ready == 200

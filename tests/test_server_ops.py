"""A real gunicorn, sent hostile requests: every log line is read back, and /metrics is summed
over its workers."""

import json
import os
import socket
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from prometheus_client.parser import text_string_to_metric_families

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
from serverctl import running_server  # noqa: E402

pytestmark = pytest.mark.server

SECRET_WORDS = ["cancer", "HIV", "VIH", "foie", "chimio"]
USER_AGENT = "PatientTablet/7.1 (grandma-sofa-marker)"
FORWARDED = "203.0.113.77"


def raw_request(base: str, request_line: bytes, headers: bytes = b"") -> bytes:
    """Bytes as a hostile or broken client sends them, not as urllib would clean them."""
    host, port = urllib.parse.urlsplit(base).netloc.split(":")
    with socket.create_connection((host, int(port)), timeout=10) as sock:
        sock.sendall(
            request_line
            + b"\r\nHost: x\r\nUser-Agent: "
            + USER_AGENT.encode()
            + b"\r\nX-Forwarded-For: "
            + FORWARDED.encode()
            + b"\r\n"
            + headers
            + b"Connection: close\r\n\r\n"
        )
        chunks = []
        while chunk := sock.recv(65536):
            chunks.append(chunk)
    return b"".join(chunks)


def fetch(url: str, headers: dict | None = None) -> tuple:
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, **(headers or {})})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def log_records(log_path: Path, until) -> list[dict]:
    """The log's JSON records, once ``until(records)`` holds: a worker writes its access line
    just after the client has its answer."""
    deadline = time.monotonic() + 10
    while True:
        records = [json.loads(line) for line in log_path.read_text().splitlines()]
        if until(records) or time.monotonic() > deadline:
            return records
        time.sleep(0.05)


HOSTILE = [
    # raw spaces: gunicorn rejects the request line and used to log it, with ip=
    b"GET /api/v1/search?q=I have cancer and HIV HTTP/1.1",
    # raw UTF-8 bytes in the URL
    "GET /search?q=j'ai un cancer du foie, chimiothérapie HTTP/1.1".encode(),
    "GET /api/v1/search?q=VIH+cancer+é HTTP/1.1".encode(),
    # a forged log line and terminal escapes in the path
    b'GET /faq/x%0A{"level":"error","message":"forged"}%0D%0A HTTP/1.1',
    b"GET /faq/%1B[2J%1B]0;owned%07%1B[31mred HTTP/1.1",
    b"GET /api/v1/search?q=cancer%0Aforged HTTP/1.1",
    # a header gunicorn refuses, on a request whose query holds health words
    b"GET /api/v1/search?q=cancer+HIV HTTP/1.1",
    # a request line over any limit
    b"GET /api/v1/search?q=" + b"cancer+" * 3000 + b" HTTP/1.1",
    # not HTTP at all
    b"cancer HIV \x00\x1b[31m",
]


@pytest.fixture(scope="module")
def served(tiny_settings, tiny_index, tmp_path_factory):
    """One gunicorn for the module, its log file, and where it was told home is."""
    root = tmp_path_factory.mktemp("ops")
    home, temp = root / "home", root / "tmp"
    home.mkdir()
    temp.mkdir()
    env = {
        "FAQSVC_CORPUS_DIR": str(tiny_settings.corpus_dir),
        "FAQSVC_TRANSLATIONS_DIR": str(tiny_settings.translations_dir),
        "FAQSVC_INDEX_DIR": str(tiny_settings.index_dir),
        "HOME": str(home),
        "XDG_RUNTIME_DIR": "",
        "PROMETHEUS_MULTIPROC_DIR": "",
        "TMPDIR": str(temp),  # where the server makes its metrics directory
    }
    log_path = root / "server.log"
    with running_server(env=env, log_path=log_path) as base:
        yield base, log_path, home, temp
    assert not list(temp.glob("faqsvc-metrics-*")), "the metrics directory outlived the server"


def test_hostile_requests_leave_no_patient_data_in_any_log_line(served):
    base, log_path, *_ = served
    for line in HOSTILE[:6] + HOSTILE[7:]:
        raw_request(base, line)
    raw_request(base, HOSTILE[6], headers=b"X-Bad\x01Name: cancer\r\n")
    for words in ["I have cancer and HIV", "j'ai un cancer du foie", "cancer\nforged"]:
        status, _, _ = fetch(f"{base}/api/v1/search?" + urllib.parse.urlencode({"q": words}))
        assert status == 200
        fetch(f"{base}/search?" + urllib.parse.urlencode({"q": words, "lang": "fr"}))
    fetch(f"{base}/api/v1/suggest?q=canc")
    log_records(log_path, lambda rs: any(r.get("route") == "/api/v1/suggest" for r in rs))

    lines = log_path.read_bytes().decode("utf-8", errors="replace").splitlines()
    records = [json.loads(line) for line in lines]  # not a terminal: every line is JSON
    requests = [r for r in records if r.get("event") == "request"]
    assert len(requests) >= 8
    leaking = [line for line in lines if any(w.lower() in line.lower() for w in SECRET_WORDS)]
    assert leaking == [], f"{len(leaking)} log lines hold query text"
    for line in lines:
        assert "127.0.0.1" not in line and FORWARDED not in line and "ip=1" not in line
        assert "grandma" not in line and "PatientTablet" not in line
        assert "\x1b" not in line and "\r" not in line
        assert line.isascii()
    assert not any(r.get("message") == "forged" for r in records)
    forged_path = [r for r in requests if r["path"].startswith("/faq/x")]
    assert forged_path and "\\x0a" in forged_path[0]["path"]
    assert any("rejected a malformed request" in r["message"] for r in records)


def test_access_lines_carry_route_status_and_request_id(served):
    base, log_path, *_ = served
    status, headers, _ = fetch(f"{base}/faq/tiny-risks", headers={"X-Request-ID": "trace-42"})
    assert status == 200 and headers["X-Request-ID"] == "trace-42"
    status, headers, _ = fetch(f"{base}/healthz")
    generated = headers["X-Request-ID"]
    wanted = {generated, "trace-42"}  # two workers may write their lines in either order
    records = log_records(log_path, lambda rs: wanted <= {r.get("request_id") for r in rs})
    by_id = {r.get("request_id"): r for r in records if r.get("event") == "request"}
    assert by_id["trace-42"]["route"] == "/faq/{pair_id}"
    assert by_id["trace-42"]["status"] == 200 and by_id["trace-42"]["duration_ms"] >= 0
    assert by_id[generated]["path"] == "/healthz"


def test_metrics_sum_every_worker(served):
    base, *_ = served
    searches = 12
    for i in range(searches):
        fetch(f"{base}/api/v1/search?" + urllib.parse.urlencode({"q": f"cement {i}"}))
    totals = []
    for _ in range(4):  # whichever worker answers, the totals are the same
        status, headers, body = fetch(f"{base}/metrics")
        assert status == 200 and headers["Content-Type"].startswith("text/plain")
        text = body.decode()
        assert "cement" not in text
        total = sum(
            sample.value
            for family in text_string_to_metric_families(text)
            for sample in family.samples
            if sample.name == "faqsvc_searches_total" and sample.labels["locale"] == "en"
        )
        totals.append(total)
    assert min(totals) >= searches and len(set(totals)) == 1
    assert "faqsvc_build_info{" in text and "faqsvc_http_request_duration_seconds_bucket" in text


def test_control_socket_is_off_and_metrics_dir_private(served):
    _, _, home, temp = served
    assert not (home / ".gunicorn").exists()
    private = list(temp.glob("faqsvc-metrics-*"))
    assert len(private) == 1 and private[0].stat().st_mode & 0o077 == 0
    assert list(private[0].glob("*.db"))  # the workers' samples
    assert os.environ.get("PROMETHEUS_MULTIPROC_DIR") is None  # the test process is untouched

"""A real gunicorn, started on a free loopback port, answering real HTTP."""

import contextlib
import json
import sys
import threading
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
import serverctl  # noqa: E402
from serverctl import get_json, running_server  # noqa: E402

pytestmark = pytest.mark.server


def test_gunicorn_serves_api_and_pages(tiny_settings, tiny_index):
    env = {
        "FAQSVC_CORPUS_DIR": str(tiny_settings.corpus_dir),
        "FAQSVC_TRANSLATIONS_DIR": str(tiny_settings.translations_dir),
        "FAQSVC_INDEX_DIR": str(tiny_settings.index_dir),
    }
    with running_server(env=env) as base:
        query = urllib.parse.urlencode({"q": "riesgos", "lang": "es"})
        body = get_json(f"{base}/api/v1/search?{query}")
        assert body["results"][0]["id"] in {"tiny-risks", "tiny-risks-2"}
        with urllib.request.urlopen(f"{base}/?lang=ar") as response:
            assert 'dir="rtl"' in response.read().decode()
        with pytest.raises(urllib.error.HTTPError) as error:
            urllib.request.urlopen(f"{base}/api/v1/faqs/missing")
        assert error.value.code == 404
        assert json.loads(error.value.read())["error"]["code"] == "not_found"


def test_a_server_that_cannot_start_is_reported_not_waited_on(tmp_path):
    env = {"FAQSVC_INDEX_DIR": str(tmp_path / "no-index")}
    with pytest.raises(RuntimeError) as error, running_server(env=env):
        pass
    assert "no intact index" in str(error.value)  # what the server said, for the reader


def test_a_server_still_starting_at_the_deadline_is_reported_and_stopped(
    monkeypatch, tiny_settings, tiny_index
):
    # Its output goes to a file, not a pipe nobody reads: a server still running past the start
    # deadline (a busy machine) once left the caller reading that pipe for good.
    monkeypatch.setattr(serverctl, "START_SECONDS", 0)
    env = {
        "FAQSVC_CORPUS_DIR": str(tiny_settings.corpus_dir),
        "FAQSVC_TRANSLATIONS_DIR": str(tiny_settings.translations_dir),
        "FAQSVC_INDEX_DIR": str(tiny_settings.index_dir),
    }
    finished = threading.Event()

    def start() -> None:
        with contextlib.suppress(RuntimeError), serverctl.running_server(env=env):
            pass
        finished.set()

    threading.Thread(target=start, daemon=True).start()
    assert finished.wait(30), "the caller was left waiting on a server that never came up"

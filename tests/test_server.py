"""A real gunicorn, started on a free loopback port, answering real HTTP."""

import json
import sys
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
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
    # Its output goes to a file, not a pipe nobody reads: a server still running past the start
    # deadline (a busy machine) once left the caller reading that pipe for good.
    env = {"FAQSVC_INDEX_DIR": str(tmp_path / "no-index")}
    with pytest.raises(RuntimeError) as error, running_server(env=env):
        pass
    assert str(error.value).strip()  # what the server said, for the person reading the failure

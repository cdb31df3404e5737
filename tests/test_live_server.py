"""A real gunicorn under load while the index is rebuilt, swapped, pruned, damaged, and while
workers are reloaded or killed. Loopback only; every wait is a bounded loop."""

import json
import os
import shutil
import signal
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from faqsvc import index
from faqsvc.settings import Settings

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
from serverctl import Load, get_json, gunicorn_server, worker_pids  # noqa: E402

pytestmark = pytest.mark.server

URLS = ("/api/v1/search?q=riesgos&lang=es", "/api/v1/topics?lang=en", "/?lang=es", "/readyz")


@pytest.fixture
def live(tmp_path, tiny_settings):
    shutil.copytree(tiny_settings.corpus_dir, tmp_path / "corpus")
    shutil.copytree(tiny_settings.translations_dir, tmp_path / "translations")
    settings = Settings(
        corpus_dir=tmp_path / "corpus",
        translations_dir=tmp_path / "translations",
        index_dir=tmp_path / "index",
    )
    index.build(settings)
    env = {
        "FAQSVC_CORPUS_DIR": str(settings.corpus_dir),
        "FAQSVC_TRANSLATIONS_DIR": str(settings.translations_dir),
        "FAQSVC_INDEX_DIR": str(settings.index_dir),
        "FAQSVC_RATE_LIMIT": "0",
    }
    return settings, env


def wait_for(condition, seconds: float = 20) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "condition not met in time"
        time.sleep(0.05)


def status(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def suppress(settings: Settings, pair_id: str | None) -> None:
    overrides = {pair_id: {"suppress": True}} if pair_id else {}
    (settings.corpus_dir / "overrides.json").write_text(json.dumps(overrides))


def test_builds_swaps_prunes_and_reload_under_load_fail_no_request(live):
    settings, env = live
    with gunicorn_server(env) as (base, master), Load([base + u for u in URLS]) as load:
        wait_for(lambda: load.total > 20)
        for hidden in ("tiny-cement", None, "tiny-cement"):
            suppress(settings, hidden)
            index.build(settings)
            served = load.total
            wait_for(lambda served=served: load.total > served + 10)
        # every worker moved to the last build by itself: the suppressed pair is gone
        assert {status(f"{base}/api/v1/faqs/tiny-cement") for _ in range(6)} == {404}
        builds = settings.index_dir.with_name("index.builds")
        assert len(list(builds.iterdir())) <= 3  # pruned: current, previous, one still leased
        before = set(worker_pids(master.pid))
        os.kill(master.pid, signal.SIGHUP)
        wait_for(lambda: not before & set(worker_pids(master.pid)))
        served = load.total
        wait_for(lambda: load.total > served + 20)
        ready = get_json(f"{base}/readyz")
    assert ready["build_id"] == settings.index_dir.resolve().name
    assert load.failed() == 0, (load.statuses, load.failures)
    assert set(load.statuses) == {200}


def test_a_killed_worker_is_replaced_and_serves_the_newest_build(live):
    settings, env = live
    with gunicorn_server(env) as (base, master), Load([base + u for u in URLS]) as load:
        wait_for(lambda: load.total > 20)
        suppress(settings, "tiny-cement")
        index.build(settings)
        victim = worker_pids(master.pid)[0]
        os.kill(victim, signal.SIGKILL)
        wait_for(lambda: len(set(worker_pids(master.pid)) - {victim}) == 2)
        served = load.total
        wait_for(lambda: load.total > served + 20)
        assert {status(f"{base}/api/v1/faqs/tiny-cement") for _ in range(6)} == {404}
    # Only requests the killed worker was answering at that instant can fail: one per client.
    assert load.failed() <= 3, (load.statuses, load.failures)
    assert sum(n for code, n in load.statuses.items() if code >= 500) == 0


def overwrite(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[len(data) // 2 : len(data) // 2 + 64] = b"\xff" * 64
    path.write_bytes(bytes(data))


def truncate(path: Path) -> None:
    """Under a mapping this would kill the worker with SIGBUS."""
    with path.open("r+b") as handle:
        handle.truncate(path.stat().st_size // 3)


@pytest.mark.parametrize("damage", [overwrite, truncate])
def test_a_build_damaged_in_place_is_left_for_the_last_good_one(live, damage):
    settings, env = live
    suppress(settings, "tiny-cement")
    index.build(settings)  # two good builds; the live one hides tiny-cement
    damaged = settings.index_dir.resolve()
    with gunicorn_server(env) as (base, _), Load([base + URLS[0], base + URLS[1]]) as load:
        wait_for(lambda: load.total > 20)
        damage(next((damaged / "es").glob("*.seg")))
        wait_for(lambda: status(f"{base}/readyz") == 503)
        with pytest.raises(urllib.error.HTTPError) as error:
            urllib.request.urlopen(f"{base}/readyz", timeout=10)
        body = json.loads(error.value.read())["error"]
        assert body["code"] == "index_unavailable" and "corrupt" in body["message"]
        # each worker notices at its next look (once a second) and moves to the previous build,
        # where tiny-cement is not hidden
        wait_for(lambda: all(status(f"{base}/api/v1/faqs/tiny-cement") == 200 for _ in range(8)))
        assert "corrupt" in index.check(settings)
        index.build(settings)  # what `faqsvc build --if-stale` (make run) does now
        wait_for(lambda: status(f"{base}/readyz") == 200)
    # a request that met the damage before the worker noticed may be 503; none is a 500 and
    # no worker died (a crash would reset connections)
    assert not set(load.statuses) - {200, 503}, load.statuses
    assert not load.failures, load.failures

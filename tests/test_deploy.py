"""The deployment beyond one machine: the image, compose's replicas and nginx in front.

nginx is Debian's (installed with apt-get when missing), checked with ``nginx -t`` and then run
for real in front of a gunicorn on loopback. The image is built only where a Docker engine
answers; the Dockerfile and compose.yaml are checked statically everywhere.
"""

import os
import re
import shutil
import subprocess
import sys
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
from serverctl import free_port, running_server  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
DOCKERFILE = ROOT / "Dockerfile"
NGINX_CONF = ROOT / "deploy" / "nginx.conf"


def final_stage(text: str) -> str:
    return re.split(r"^FROM ", text, flags=re.MULTILINE)[-1]


def instructions(stage: str, keyword: str) -> list[str]:
    joined = re.sub(r"\\\n\s*", " ", stage)
    return [line for line in joined.splitlines() if line.startswith(keyword + " ")]


def test_dockerfile_builds_the_index_and_runs_unprivileged_with_a_health_check():
    text = DOCKERFILE.read_text()
    assert all(base.endswith("-slim") for base in re.findall(r"^FROM (\S+)", text, re.M))
    runs = " ".join(instructions(text, "RUN"))
    assert "--require-hashes -r requirements.lock" in runs
    assert "faqsvc build" in runs  # the index is built at image build time
    assert "a+rX" in runs  # the non-root user can read what root built
    last = final_stage(text)
    users = instructions(last, "USER")
    assert users and users[-1].split()[1].split(":")[0] not in {"root", "0"}
    health = instructions(last, "HEALTHCHECK")
    assert health and "/healthz" in health[0]
    assert instructions(last, "CMD") == ['CMD ["faqsvc", "serve"]']
    ignored = (ROOT / ".dockerignore").read_text().split()
    assert {".venv", "index", "index.builds", ".git"} <= set(ignored)


def test_compose_runs_read_only_replicas_behind_nginx():
    compose = yaml.safe_load((ROOT / "compose.yaml").read_text())
    app, proxy = compose["services"]["app"], compose["services"]["proxy"]
    assert app["deploy"]["replicas"] >= 2
    assert app["read_only"] is True and "/tmp" in app["tmpfs"]
    assert "ports" not in app  # only nginx is reachable from outside
    assert proxy["image"].startswith("nginx")
    assert "./deploy/nginx.conf:/etc/nginx/nginx.conf:ro" in proxy["volumes"]
    assert proxy["depends_on"]["app"]["condition"] == "service_healthy"
    upstream = re.search(r"upstream faqsvc \{[^}]*server (\S+)", NGINX_CONF.read_text())
    assert upstream and upstream.group(1) == "app:8000"


@pytest.fixture(scope="module")
def nginx() -> str:
    """Debian's nginx: installed when missing (CI reaches Debian's archive)."""
    found = shutil.which("nginx") or (Path("/usr/sbin/nginx").exists() and "/usr/sbin/nginx")
    if not found:
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        subprocess.run(["apt-get", "update", "-qq"], check=True, env=env, timeout=300)
        subprocess.run(
            ["apt-get", "install", "-y", "-qq", "--no-install-recommends", "nginx"],
            check=True,
            env=env,
            timeout=300,
        )
        found = shutil.which("nginx") or "/usr/sbin/nginx"
    return found


def local_config(tmp_path: Path, upstream_port: int, listen_port: int) -> Path:
    """The shipped config with loopback addresses and private paths instead of compose's."""
    text = NGINX_CONF.read_text()
    replacements = {
        "server app:8000": f"server 127.0.0.1:{upstream_port}",
        "listen 8080;": f"listen 127.0.0.1:{listen_port};",
        "pid /tmp/nginx.pid;": f"pid {tmp_path}/nginx.pid;",
        "/var/cache/nginx/faqsvc": f"{tmp_path}/cache",
        "access_log /dev/stdout private;": f"access_log {tmp_path}/access.log private;",
    }
    for old, new in replacements.items():
        assert old in text, f"{old!r} is no longer in deploy/nginx.conf"
        text = text.replace(old, new)
    for temp in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"):
        text = text.replace("http {", f"http {{\n    {temp}_temp_path {tmp_path}/{temp};", 1)
    path = tmp_path / "nginx.conf"
    path.write_text(text)
    return path


def nginx_command(nginx: str, config: Path, *extra: str) -> list[str]:
    return [nginx, "-e", "stderr", "-c", str(config), "-g", "daemon off; user root;", *extra]


def test_nginx_config_passes_nginx_t(nginx, tmp_path):
    config = local_config(tmp_path, free_port(), free_port())
    result = subprocess.run(nginx_command(nginx, config, "-t"), capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "test is successful" in result.stderr


def get(url: str, headers: dict | None = None) -> tuple[int, dict]:
    request = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            response.read()
            return response.status, response.headers
    except urllib.error.HTTPError as error:
        return error.code, error.headers


def cache_status_settles(url: str, tries: int = 20) -> str:
    """The cache status once nginx has stored the answer it just sent.

    nginx renames its temporary file into the cache after the last byte has gone to the
    client, so a request sent at once (perhaps to the other worker) can still miss.
    """
    status = ""
    for _ in range(tries):
        status = get(url)[1]["X-Cache-Status"]
        if status == "HIT":
            break
        time.sleep(0.1)  # nginx's rate limit allows 10 a second
    return status


@pytest.mark.server
def test_nginx_caches_answers_limits_rates_and_hides_metrics(
    nginx, tmp_path, tiny_settings, tiny_index
):
    env = {
        "FAQSVC_CORPUS_DIR": str(tiny_settings.corpus_dir),
        "FAQSVC_TRANSLATIONS_DIR": str(tiny_settings.translations_dir),
        "FAQSVC_INDEX_DIR": str(tiny_settings.index_dir),
    }
    with running_server(env=env) as upstream:
        listen = free_port()
        config = local_config(tmp_path, int(upstream.rsplit(":", 1)[1]), listen)
        proxy = subprocess.Popen(nginx_command(nginx, config), stderr=subprocess.PIPE)
        base = f"http://127.0.0.1:{listen}"
        try:
            for _ in range(50):
                try:
                    get(f"{base}/healthz")
                    break
                except OSError:
                    time.sleep(0.1)
            assert get(f"{base}/faq/tiny-risks?x=1")[1]["X-Cache-Status"] == "MISS"
            assert cache_status_settles(f"{base}/faq/tiny-risks?x=1") == "HIT"
            spanish = get(f"{base}/faq/tiny-risks?x=1", {"Accept-Language": "es"})[1]
            assert spanish["X-Cache-Status"] == "MISS"  # Vary keeps languages apart
            searches = [get(f"{base}/search?q=cement")[1] for _ in range(2)]
            assert all(h["Cache-Control"] == "no-store" for h in searches)
            assert all(h["X-Cache-Status"] is None for h in searches)  # not a cached route
            assert get(f"{base}/metrics")[0] == 404
            with ThreadPoolExecutor(max_workers=16) as pool:  # a burst well over 10 a second
                answers = list(pool.map(lambda _: get(f"{base}/healthz"), range(100)))
            assert any(status == 200 for status, _ in answers)
            limited = [headers for status, headers in answers if status == 429]
            assert limited and limited[0]["Retry-After"] == "1"
            assert limited[0]["Content-Type"] == "application/json"
        finally:
            proxy.terminate()
            proxy.wait(timeout=10)
    lines = (tmp_path / "access.log").read_text().splitlines()
    assert lines and not any("cement" in line or "127.0.0.1" in line for line in lines)


def docker_engine_problem() -> str | None:
    """Why no image can be built here, or None when a Docker engine answers."""
    try:
        result = subprocess.run(["docker", "info"], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired) as exc:
        return f"no Docker engine: `docker info` failed ({exc})"
    if result.returncode != 0:
        return f"no Docker engine: `docker info` failed ({result.stderr.strip()[:200]})"
    return None


@pytest.mark.skipif(docker_engine_problem() is not None, reason=str(docker_engine_problem()))
def test_image_builds_and_serves_read_only_as_non_root():
    tag = f"faqsvc-test:{os.getpid()}"
    subprocess.run(["docker", "build", "-t", tag, str(ROOT)], check=True, timeout=1800)
    try:
        user = subprocess.run(
            ["docker", "image", "inspect", "-f", "{{.Config.User}}", tag],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        assert user.split(":")[0] not in {"", "root", "0"}
        probe = (
            "from faqsvc.settings import Settings; from faqsvc import index; "
            "s = Settings.from_env(); assert index.check(s) is None, index.check(s); "
            "print(len(index.open_index(s).locales))"
        )
        result = subprocess.run(
            ["docker", "run", "--rm", "--read-only", "--tmpfs", "/tmp", tag, "python", "-c", probe],
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert result.returncode == 0, result.stderr
        assert int(result.stdout.strip()) >= 2
    finally:
        subprocess.run(["docker", "image", "rm", "-f", tag], capture_output=True)

"""Real-browser support for the page tests and `make screenshots`: Debian's chromium (installed
with apt-get when missing, never a downloaded build), driven by Playwright, against the app
served on loopback from a thread. One server per mode and one browser per session."""

from __future__ import annotations

import dataclasses
import os
import shutil
import subprocess
import threading
from pathlib import Path
from socketserver import ThreadingMixIn
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

CHROMIUM = Path("/usr/bin/chromium")
APT_PACKAGES = ("chromium", "fonts-noto-core", "fonts-noto-cjk")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]
KIOSK = {"width": 1080, "height": 1920}
PHONE = {"width": 390, "height": 844}
SIZES = {"kiosk": KIOSK, "phone": PHONE}
LOCALES = ("en", "ar", "zh-Hans")
HELP_DESK = "Main reception, ground floor"
CARE_PHONE = "0118 322 5111"
EMERGENCY_PHONE = "999"
KIOSK_IDLE_SECONDS = 3
KIOSK_COUNTDOWN_SECONDS = 2

# A risks pair, so the answer carries the standing "get help now" box; and per locale a message
# that raises the urgent notice and one the leaflets do not answer.
ANSWER_PAIR = "002-1ea94d6a"
URGENT = {
    "en": "I can't breathe and my chest hurts",
    "ar": "لا أستطيع التنفس وألم في صدري",
    "zh-Hans": "我喘不上气，胸口很痛",
}
OUT_OF_SCOPE = {
    "en": "what is the wifi password",
    "ar": "كلمة سر الواي فاي",
    "zh-Hans": "无线网络密码",
}


class ChromiumMissing(RuntimeError):
    pass


def _installed(package: str) -> bool:
    status = subprocess.run(
        ["dpkg-query", "-W", "-f=${Status}", package], capture_output=True, text=True
    )
    return status.returncode == 0 and "install ok installed" in status.stdout


def ensure_chromium() -> Path:
    """Debian's chromium and the Noto fonts for Arabic and Chinese, installed when missing."""
    missing = [p for p in APT_PACKAGES if not _installed(p)]
    if missing or not CHROMIUM.exists():
        if shutil.which("apt-get") is None:
            raise ChromiumMissing("chromium is not installed and apt-get is not available")
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        install = ["apt-get", "install", "-y", "-q", *APT_PACKAGES]
        if subprocess.run(install, env=env, capture_output=True).returncode != 0:
            subprocess.run(["apt-get", "update", "-q"], env=env, capture_output=True)
            result = subprocess.run(install, env=env, capture_output=True, text=True)
            if result.returncode != 0:
                raise ChromiumMissing(
                    "chromium could not be installed with apt-get: " + result.stderr[-800:]
                )
    if not CHROMIUM.exists():
        raise ChromiumMissing(f"apt-get installed chromium but {CHROMIUM} is missing")
    return CHROMIUM


class _ThreadingServer(ThreadingMixIn, WSGIServer):
    daemon_threads = True


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - the stdlib's signature
        pass


class Server:
    """The app on 127.0.0.1 and a free port, in a daemon thread."""

    def __init__(self, app) -> None:
        self.httpd = make_server(
            "127.0.0.1", 0, app, server_class=_ThreadingServer, handler_class=_QuietHandler
        )
        self.url = f"http://127.0.0.1:{self.httpd.server_port}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def start_servers(settings, index, data_dir: Path) -> dict[str, Server]:
    """The website and the kiosk, both over the same index."""
    from faqsvc.web.app import create_app

    common = {
        "data_dir": data_dir,
        "help_desk": HELP_DESK,
        "care_phone": CARE_PHONE,
        "emergency_phone": EMERGENCY_PHONE,
    }
    web = dataclasses.replace(settings, **common)
    kiosk = dataclasses.replace(
        settings,
        kiosk=True,
        kiosk_idle_seconds=KIOSK_IDLE_SECONDS,
        kiosk_countdown_seconds=KIOSK_COUNTDOWN_SECONDS,
        **common,
    )
    return {"web": Server(create_app(web, index)), "kiosk": Server(create_app(kiosk, index))}


def launch(playwright):
    return playwright.chromium.launch(
        executable_path=str(ensure_chromium()), headless=True, args=CHROMIUM_ARGS
    )


def template_urls(index, locale: str) -> dict[str, str]:
    """One address per page template (and per kind of search page), in ``locale``."""
    from urllib.parse import urlencode

    question = index.pairs(locale)[ANSWER_PAIR].question
    return {
        "home": f"/?lang={locale}",
        "search": "/search?" + urlencode({"q": question, "lang": locale}),
        "urgent": "/search?" + urlencode({"q": URGENT[locale], "lang": locale}),
        "no-answer": "/search?" + urlencode({"q": OUT_OF_SCOPE[locale], "lang": locale}),
        "faq": f"/faq/{ANSWER_PAIR}?" + urlencode({"lang": locale, "q": question}),
        "topic": f"/topic/risks?lang={locale}",
        "error": f"/faq/no-such-answer?lang={locale}",
    }


def axe_violations(page) -> list[dict]:
    """axe-core's WCAG 2.0/2.1/2.2 A and AA rules on the page as it is."""
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(
        page,
        options={
            "resultTypes": ["violations"],
            "runOnly": {
                "type": "tag",
                "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"],
            },
        },
    )
    return results.response["violations"]

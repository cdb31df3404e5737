"""What every response says about itself: security headers, caching, ETags, Vary, HEAD, ids."""

import re
from pathlib import Path

import pytest

from faqsvc.web import app as web_app

TEMPLATES = Path(web_app.__file__).with_name("templates")
EVERY_ROUTE = [
    "/",
    "/search?q=cement",
    "/faq/tiny-risks",
    "/topic/risks",
    "/static/style.css",
    "/api/v1/search?q=cement",
    "/api/v1/faqs",
    "/api/v1/faqs/tiny-risks",
    "/api/v1/topics",
    "/api/v1/suggest?q=ce",
    "/api/v1/locales",
    "/api/v1/openapi.json",
    "/healthz",
    "/metrics",
    "/faq/missing",
    "/no/such/page",
]


def get(client, target: str, method: str = "GET", **kwargs):
    path, _, query = target.partition("?")
    return client.simulate_request(method, path, query_string=query, **kwargs)


@pytest.mark.parametrize("target", EVERY_ROUTE)
def test_security_headers_on_every_response(client, target):
    response = get(client, target)
    csp = response.headers["content-security-policy"]
    assert "frame-ancestors 'none'" in csp and "default-src 'none'" in csp
    assert "unsafe-inline" not in csp and "script-src 'self';" in csp  # static files only
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["referrer-policy"] == "no-referrer"
    assert response.headers["cache-control"]


@pytest.mark.parametrize("template", sorted(p.name for p in TEMPLATES.glob("*.html")))
def test_templates_have_no_inline_script_or_style(template):
    """The CSP allows only same-origin files: inline code would be blocked in the browser."""
    text = (TEMPLATES / template).read_text()
    # JSON-LD is data, not script: browsers never run it, and the CSP has no say over it.
    assert not re.search(r"<script(?![^>]*\b(?:src=|type=\"application/ld\+json\"))", text)
    assert "<style" not in text and " style=" not in text
    assert not re.search(r"\son[a-z]+=", text)  # onclick= and friends


@pytest.mark.parametrize("target", EVERY_ROUTE)
def test_head_answers_like_get_without_a_body(client, target):
    got, head = get(client, target), get(client, target, "HEAD")
    assert head.status_code == got.status_code
    assert head.content == b""
    assert head.headers.get("content-type") == got.headers.get("content-type")


@pytest.mark.parametrize("method", ["POST", "PUT", "DELETE", "PATCH"])
def test_static_files_refuse_writes(client, method):
    response = get(client, "/static/style.css", method)
    assert response.status_code == 405
    assert set(response.headers["allow"].replace(" ", "").split(",")) == {"GET", "HEAD"}


@pytest.mark.parametrize(
    "target", ["/", "/faq/tiny-risks", "/search?q=cement", "/api/v1/search?q=cement"]
)
def test_vary_names_whole_headers_including_cookie(client, target):
    vary = [v.strip() for v in get(client, target).headers["vary"].split(",")]
    assert vary == ["Accept-Language", "Cookie"]


@pytest.mark.parametrize(
    "target", ["/search?q=back+pain", "/api/v1/search?q=back+pain", "/api/v1/suggest?q=bac"]
)
def test_searches_are_never_stored(client, target):
    response = get(client, target)
    assert response.headers["cache-control"] == "no-store"
    assert "etag" not in response.headers


CACHEABLE = ["/faq/tiny-risks", "/topic/risks", "/api/v1/faqs", "/api/v1/faqs/tiny-risks"]


@pytest.mark.parametrize("target", [*CACHEABLE, "/api/v1/topics"])
def test_answers_are_cacheable_and_revalidate_with_304(client, target):
    first = get(client, target)
    assert first.status_code == 200
    assert "max-age=" in first.headers["cache-control"]
    etag = first.headers["etag"]
    again = get(client, target, headers={"If-None-Match": etag})
    assert again.status_code == 304 and again.content == b""
    assert again.headers["etag"] == etag
    other = get(client, target, headers={"If-None-Match": '"something-else"'})
    assert other.status_code == 200


def test_each_language_has_its_own_etag(client):
    english = get(client, "/api/v1/faqs/tiny-risks", headers={"Accept-Language": "en"})
    spanish = get(client, "/api/v1/faqs/tiny-risks", headers={"Accept-Language": "es"})
    assert english.headers["etag"] != spanish.headers["etag"]
    stale = get(
        client,
        "/api/v1/faqs/tiny-risks",
        headers={"Accept-Language": "es", "If-None-Match": english.headers["etag"]},
    )
    assert stale.status_code == 200 and stale.json["lang"] == "es"


def test_a_page_that_sets_the_language_cookie_is_not_shared(client):
    response = get(client, "/faq/tiny-risks?lang=es")
    assert "faqsvc_lang" in response.cookies
    assert response.headers["cache-control"].startswith("private")
    # the cookie is already right: nothing is set, and caches may share the page (Vary: Cookie)
    again = get(client, "/faq/tiny-risks?lang=es", cookies={"faqsvc_lang": "es"})
    assert "faqsvc_lang" not in again.cookies
    assert again.headers["cache-control"].startswith("public")


def test_a_new_build_changes_the_etag(client, tiny_index, monkeypatch):
    before = get(client, "/api/v1/faqs").headers["etag"]
    monkeypatch.setitem(tiny_index.manifest, "build_id", "20310101-000000-next")
    after = get(client, "/api/v1/faqs")
    assert after.headers["etag"] != before
    assert get(client, "/api/v1/faqs", headers={"If-None-Match": before}).status_code == 200


def test_request_id_is_echoed_when_sane_and_made_otherwise(client):
    sent = get(client, "/healthz", headers={"X-Request-ID": "abc-123.def"})
    assert sent.headers["x-request-id"] == "abc-123.def"
    for hostile in ["x\x1b[31mred", "a" * 500, "has space", ""]:
        made = get(client, "/healthz", headers={"X-Request-ID": hostile}).headers["x-request-id"]
        assert made != hostile and re.fullmatch(r"[0-9a-f]{32}", made)
    one, two = (get(client, "/healthz").headers["x-request-id"] for _ in range(2))
    assert one != two


def test_the_openapi_document_declares_304_exactly_where_it_can_happen(client):
    from faqsvc.web.headers import CACHEABLE_ROUTES

    spec = client.simulate_get("/api/v1/openapi.json").json
    for path, item in spec["paths"].items():
        declared = "304" in item["get"]["responses"]
        assert declared == (path in CACHEABLE_ROUTES), path

import pytest


def error_of(response):
    body = response.json
    assert set(body) == {"error"} and set(body["error"]) == {"status", "code", "message"}
    assert body["error"]["status"] == response.status_code
    return body["error"]


def test_search_contract(client):
    response = client.simulate_get("/api/v1/search", params={"q": "cement harden", "lang": "en"})
    assert response.status_code == 200
    body = response.json
    assert {"query", "lang", "requested_lang", "results", "alerts", "did_you_mean"} <= set(body)
    hit = body["results"][0]
    assert {"id", "question", "answer", "lang", "score", "topic", "source", "translation"} <= set(
        hit
    )
    assert set(hit["source"]) == {"id", "title", "publisher", "reviewed", "url"}
    assert hit["translation"] == "source"
    assert "Accept-Language" in response.headers["vary"]


def test_search_in_spanish_with_region_tag(client):
    response = client.simulate_get(
        "/api/v1/search", params={"q": "riesgos vertebroplastia", "lang": "es-MX"}
    )
    body = response.json
    assert body["lang"] == "es" and body["requested_lang"] == "es-MX"
    assert body["results"][0]["translation"] == "reviewed"


@pytest.mark.parametrize(
    "header, expected",
    [("es-ES,es;q=0.9", "es"), ("de;q=0.1, es;q=0.8", "es"), ("ko", "en"), ("", "en")],
)
def test_accept_language_decides_without_lang(client, header, expected):
    response = client.simulate_get(
        "/api/v1/search", params={"q": "cement"}, headers={"Accept-Language": header}
    )
    assert response.json["lang"] == expected


def test_unsupported_lang_falls_back_and_says_so(client):
    body = client.simulate_get("/api/v1/search", params={"q": "cement", "lang": "../../etc"}).json
    assert body["lang"] == "en" and body["requested_lang"] == "../../etc"


@pytest.mark.parametrize(
    "path, params, status, code",
    [
        ("/api/v1/search", {}, 400, "invalid_parameter"),
        ("/api/v1/search", {"q": "   "}, 400, "invalid_parameter"),
        ("/api/v1/search", {"q": "x", "limit": "ten"}, 400, "invalid_parameter"),
        ("/api/v1/search", {"q": "x", "limit": "0"}, 400, "invalid_parameter"),
        ("/api/v1/search", {"q": "x", "limit": "999"}, 400, "invalid_parameter"),
        ("/api/v1/search", {"q": "x" * 2001}, 414, "too_large"),
        ("/api/v1/faqs/nope", {}, 404, "not_found"),
        ("/api/v1/faqs", {"topic": "gossip"}, 400, "invalid_parameter"),
        ("/api/v1/nowhere", {}, 404, "not_found"),
    ],
)
def test_errors_have_one_shape(client, path, params, status, code):
    response = client.simulate_get(path, params=params)
    assert response.status_code == status
    assert error_of(response)["code"] == code


def test_wrong_method_is_405_in_the_same_shape(client):
    response = client.simulate_post("/api/v1/search", body=b"x" * 10_000)
    assert response.status_code == 405
    assert error_of(response)["code"] == "method_not_allowed"


def test_invalid_percent_encoding_is_not_a_500(client):
    response = client.simulate_get("/api/v1/search", query_string="q=%ff%fe%00&lang=%zz")
    assert response.status_code in {200, 400}


def test_one_faq_in_a_language(client):
    body = client.simulate_get("/api/v1/faqs/tiny-cement", params={"lang": "es"}).json
    assert body["id"] == "tiny-cement" and body["lang"] == "es"
    assert body["question"].startswith("¿")
    assert isinstance(body["related"], list)


def test_browse_topics_and_suggest(client):
    faqs = client.simulate_get("/api/v1/faqs", params={"topic": "preparation"}).json["faqs"]
    assert {f["id"] for f in faqs} == {"tiny-fasting", "tiny-blood"}
    topics = client.simulate_get("/api/v1/topics", params={"lang": "es"}).json
    assert {"topic": "risks", "label": "Risks", "count": 2} in topics["topics"]
    suggestions = client.simulate_get("/api/v1/suggest", params={"q": "cua", "lang": "es"}).json
    assert suggestions["suggestions"][0]["id"] == "tiny-cement"  # "¿Cuánto…", accent-free
    assert client.simulate_get("/api/v1/suggest", params={"q": "c"}).json["suggestions"] == []


def test_locales_with_coverage(client):
    rows = {r["code"]: r for r in client.simulate_get("/api/v1/locales").json["locales"]}
    assert rows["ar"]["direction"] == "rtl"
    assert rows["es"]["native_name"] == "español"
    assert rows["es"]["coverage"]["translated"] == 2 and rows["es"]["coverage"]["pairs"] == 5
    assert rows["en"]["coverage"]["ratio"] == 1.0


def test_openapi_describes_every_route(client):
    spec = client.simulate_get("/api/v1/openapi.json").json
    assert spec["openapi"].startswith("3.1")
    for path in [
        "/api/v1/search",
        "/api/v1/faqs/{pair_id}",
        "/api/v1/faqs",
        "/api/v1/topics",
        "/api/v1/locales",
        "/api/v1/suggest",
        "/api/v1/openapi.json",
        "/healthz",
    ]:
        assert path in spec["paths"]


def test_healthz(client):
    assert client.simulate_get("/healthz").json["status"] == "ok"


def test_topic_labels_are_localised(real_client):
    topics = real_client.simulate_get("/api/v1/topics", params={"lang": "de"}).json["topics"]
    labels = {row["topic"]: row["label"] for row in topics}
    assert labels["risks"] != "Risks" and labels["risks"]


def test_readyz_searches_every_locale(client, tiny_index):
    body = client.simulate_get("/readyz").json
    assert body["status"] == "ready" and body["locales"] == list(tiny_index.locales)


def test_readyz_is_503_in_the_json_shape_when_the_index_cannot_be_searched(tiny_settings):
    from falcon import testing

    from faqsvc import index
    from faqsvc.web.app import create_app

    broken = index.FaqIndex(tiny_settings.index_dir / "nowhere", {"locales": {"en": {}}})
    answer = testing.TestClient(create_app(tiny_settings, broken)).simulate_get("/readyz")
    assert answer.status_code == 503
    assert answer.json["error"]["code"] == "index_unavailable"

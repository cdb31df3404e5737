"""Errors on pages are pages in the reader's language; errors on the API keep the JSON shape."""

import pytest


@pytest.mark.parametrize(
    "method, path, lang, status, heading",
    [
        ("GET", "/no/such/page", "es", 404, "No pudimos encontrar esta página"),
        ("POST", "/search", "fr", 405, "Nous n’avons pas pu répondre à cette demande"),
        ("DELETE", "/faq/tiny-risks", "de", 405, "Wir konnten diese Anfrage nicht beantworten"),
        ("GET", "/no/such/page", "ar", 404, "لم نتمكن من العثور على هذه الصفحة"),
    ],
)
def test_page_errors_are_html_in_the_page_language(
    real_client, method, path, lang, status, heading
):
    response = real_client.simulate_request(method, path, params={"lang": lang})
    assert response.status_code == status
    assert response.headers["content-type"].startswith("text/html")
    assert f'<html lang="{lang}"' in response.text
    assert heading in response.text


def test_page_error_language_follows_accept_language(real_client):
    response = real_client.simulate_get("/nowhere", headers={"Accept-Language": "es"})
    assert response.status_code == 404 and '<html lang="es"' in response.text
    assert "No pudimos encontrar esta página" in response.text


def test_method_not_allowed_page_keeps_the_allow_header(client):
    response = client.simulate_post("/faq/tiny-risks")
    assert response.status_code == 405 and "GET" in response.headers["allow"]


@pytest.mark.parametrize(
    "method, path, status",
    [
        ("GET", "/api/v1/nothing", 404),
        ("POST", "/api/v1/search", 405),
        ("GET", "/api/v1/faqs/missing", 404),
        ("POST", "/healthz", 405),
    ],
)
def test_api_errors_keep_the_json_shape(client, method, path, status):
    response = client.simulate_request(method, path)
    assert response.status_code == status
    assert response.headers["content-type"].startswith("application/json")
    assert response.json["error"]["status"] == status


def test_an_unexpected_failure_is_a_500_page_or_json_and_its_log_line_holds_no_query(
    real_client, monkeypatch, caplog
):
    from faqsvc import logs
    from faqsvc.web import api, pages

    def broken(*args, **kwargs):
        raise RuntimeError("failed on: my chest hurts")

    monkeypatch.setattr(pages, "search", broken)
    monkeypatch.setattr(api, "search", broken)
    page = real_client.simulate_get("/search", params={"q": "my chest hurts", "lang": "es"})
    assert page.status_code == 500 and '<html lang="es"' in page.text
    assert "Algo ha fallado por nuestra parte" in page.text and "chest" not in page.text
    sent = real_client.simulate_get(
        "/api/v1/search", params={"q": "my chest hurts"}, headers={"X-Request-ID": "req-9"}
    )
    assert sent.status_code == 500 and sent.json["error"]["code"] == "internal_error"
    formatter = logs.PrivateFormatter(as_json=True)
    lines = [formatter.format(r) for r in caplog.records if r.name == "faqsvc"]
    assert len(lines) == 2 and '"request_id": "req-9"' in lines[1]
    assert not any("chest" in line for line in lines)

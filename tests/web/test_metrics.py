"""/metrics in the Prometheus text format: requests, latency, searches per locale, the build."""

from prometheus_client.parser import text_string_to_metric_families

from faqsvc.web.app import create_app
from faqsvc.web.build import build_id


def samples(client) -> dict:
    response = client.simulate_get("/metrics")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain; version=")
    found = {}
    for family in text_string_to_metric_families(response.text):
        for sample in family.samples:
            found[(sample.name, tuple(sorted(sample.labels.items())))] = sample.value
    return found, response.text


def test_requests_searches_and_build_are_counted(tiny_settings, tiny_index):
    from falcon import testing

    client = testing.TestClient(create_app(tiny_settings, tiny_index))
    client.simulate_get("/api/v1/search", params={"q": "cement harden", "lang": "en"})
    client.simulate_get("/search", params={"q": "wifi password", "lang": "es"})
    client.simulate_get("/api/v1/search", params={"q": "I have chest pain", "lang": "en"})
    client.simulate_get("/faq/tiny-risks")
    client.simulate_get("/faq/missing")
    found, text = samples(client)

    def value(name, **labels):
        return found.get((name, tuple(sorted(labels.items()))), 0)

    route = {"method": "GET", "route": "/faq/{pair_id}"}
    assert value("faqsvc_http_requests_total", **route, status="200") == 1
    assert value("faqsvc_http_requests_total", **route, status="404") == 1
    assert value("faqsvc_http_request_duration_seconds_count", **route) == 2
    assert value("faqsvc_searches_total", locale="en", outcome="answered") == 1
    assert value("faqsvc_searches_total", locale="es", outcome="declined") == 1
    assert value("faqsvc_urgent_searches_total", locale="en") == 1
    assert (
        value(
            "faqsvc_build_info",
            build_id=build_id(tiny_index.manifest),
            built_at=tiny_index.manifest["built_at"],
        )
        == 1
    )
    assert value("faqsvc_build_age_seconds") >= 0
    for words in ["cement", "harden", "wifi", "password", "chest", "missing"]:
        assert words not in text  # labels are route templates and locales, never what was typed

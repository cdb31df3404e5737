"""Pages and the API show the source's own date and link, never the build date in its place."""

import json

from faqsvc.web.pages import source_date


def _first_id(real_pairs, source_prefix: str) -> str:
    return next(p.id for p in real_pairs if p.source.id.startswith(source_prefix))


def test_source_date_keeps_the_precision_the_source_gave():
    assert source_date("2024-03", "en") == "March 2024"
    assert source_date("2024", "de") == "2024"
    assert source_date("2021-02-04", "es") == "4 de febrero de 2021"
    assert source_date(None, "en") is None
    assert source_date("not a date", "en") is None


def test_a_dated_source_shows_its_date_in_the_readers_language(real_client, real_pairs):
    pair_id = _first_id(real_pairs, "004")
    page = real_client.simulate_get(f"/faq/{pair_id}", params={"lang": "es"}).text
    assert "Revisado: 4 de febrero de 2021" in page


def test_an_undated_source_says_so(real_client, real_pairs):
    pair_id = _first_id(real_pairs, "000")
    page = real_client.simulate_get(f"/faq/{pair_id}", params={"lang": "en"}).text
    assert "The source gives no date." in page
    assert "Reviewed:" not in page


def test_api_carries_the_date_and_link(real_client, real_pairs):
    pair_id = _first_id(real_pairs, "004")
    body = json.loads(real_client.simulate_get(f"/api/v1/faqs/{pair_id}").text)
    assert body["source"]["reviewed"] == "2021-02-04"
    assert "url" in body["source"]


def test_openapi_describes_the_source_date(real_client):
    spec = json.loads(real_client.simulate_get("/api/v1/openapi.json").text)
    text = json.dumps(spec)
    assert '"reviewed"' in text and "build date" in text


def test_no_page_shows_the_build_date(real_client, real_index, real_pairs):
    """The index build time is not when the information was written: no page shows it, in
    any locale or form, and no footer claims an 'updated' date."""
    from datetime import datetime

    from babel.dates import format_date

    built = datetime.strptime(real_index.manifest["built_at"], "%Y-%m-%dT%H:%M:%SZ")
    undated = _first_id(real_pairs, "000")
    for locale, babel_name in [("en", "en"), ("de", "de"), ("ar", "ar"), ("zh-Hans", "zh_Hans")]:
        for url in ("/", f"/faq/{undated}", "/search", "/topic/risks"):
            params = {"lang": locale, "q": "cement"} if url == "/search" else {"lang": locale}
            page = real_client.simulate_get(url, params=params).text
            for form in ("long", "medium", "short"):
                assert format_date(built, format=form, locale=babel_name) not in page, url
            assert built.date().isoformat() not in page and 'class="updated"' not in page
    german = real_client.simulate_get("/", params={"lang": "de"}).text
    assert "zuletzt aktualisiert" not in german

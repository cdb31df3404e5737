import re

import pytest

from faqsvc.web.pages import answer_blocks


def test_home_has_picker_in_native_names_and_topics(client):
    page = client.simulate_get("/", params={"lang": "es"}).text
    for name in ["English", "español", "العربية", "中文 (简体)", "Tiếng Việt", "Deutsch"]:
        assert name in page
    assert 'lang="es"' in page and 'href="/topic/risks?lang=es"' in page
    # JavaScript only from static files (progressive enhancement, allowed by a strict CSP)
    assert re.findall(r"<script[^>]*>", page) == ['<script src="/static/enhance.js" defer>']


def test_arabic_page_is_right_to_left(client):
    page = client.simulate_get("/", params={"lang": "ar"}).text
    assert '<html lang="ar" dir="rtl">' in page


def test_picker_sets_a_cookie_that_later_pages_follow(client):
    response = client.simulate_get("/", params={"lang": "de"})
    assert response.cookies["faqsvc_lang"].value == "de"
    page = client.simulate_get("/", cookies={"faqsvc_lang": "de"}).text
    assert '<html lang="de"' in page


def test_results_page_shows_answer_source_and_care_team_note(client):
    page = client.simulate_get("/search", params={"q": "cement harden", "lang": "en"}).text
    assert "How long does the bone cement take to harden?" in page
    assert "Test Hospital" in page
    assert "does not replace advice from your care team" in page


def test_query_is_escaped(client):
    response = client.simulate_get("/search", params={"q": "<script>alert(1)</script> cement"})
    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in response.text
    assert "&lt;script&gt;" in response.text


def test_no_answer_page_points_to_the_care_team(client):
    page = client.simulate_get("/search", params={"q": "wifi password"}).text
    assert "ask your care team" in page
    assert "/faq/" in page  # questions to browse instead


def test_faq_page_and_unknown_faq(client):
    response = client.simulate_get("/faq/tiny-risks", params={"lang": "es"})
    assert response.status_code == 200
    assert "<li>infección</li>" in response.text
    missing = client.simulate_get("/faq/<b>nope</b>")
    assert missing.status_code == 404 and "<b>nope</b>" not in missing.text


def test_empty_search_redirects_home(client):
    response = client.simulate_get("/search", params={"q": ""})
    assert response.status_code == 303


@pytest.mark.parametrize(
    "text, blocks",
    [
        ("One.\n\nTwo.", [("p", "One."), ("p", "Two.")]),
        ("Risks:\n- a\n- b", [("p", "Risks:"), ("ul", ["a", "b"])]),
        ("", []),
    ],
)
def test_answer_blocks(text, blocks):
    assert answer_blocks(text) == blocks

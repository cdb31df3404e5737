"""The patient pages' promises that need no browser: urgent help, kiosk headers and cookies,
navigation, one question once per topic, take-home, feedback, and machine-readable answers."""

from __future__ import annotations

import dataclasses
import json
import re

import pytest
import segno
from falcon import testing

from faqsvc.answering import browse
from faqsvc.feedback import FeedbackStore
from faqsvc.locales import SUPPORTED_LOCALES
from faqsvc.web.app import create_app
from faqsvc.web.i18n import UiText
from faqsvc.web.takehome import faq_jsonld

RISKS = "002-1ea94d6a"
URGENT_EN = "I can't breathe and my chest hurts"
DESK = "Outpatients reception, level 2"


@pytest.fixture(scope="module")
def kiosk_client(real_settings, real_index, tmp_path_factory):
    settings = dataclasses.replace(
        real_settings,
        kiosk=True,
        help_desk=DESK,
        emergency_phone="112",
        data_dir=tmp_path_factory.mktemp("kiosk-data"),
    )
    return testing.TestClient(create_app(settings, real_index))


@pytest.fixture(scope="module")
def web_client(real_settings, real_index, tmp_path_factory):
    settings = dataclasses.replace(
        real_settings,
        public_url="https://faq.example-hospital.org/",
        care_phone="0118 322 5111",
        data_dir=tmp_path_factory.mktemp("web-data"),
    )
    return testing.TestClient(create_app(settings, real_index)), settings


def _main(page: str) -> str:
    return page[page.index('<main id="main">') + len('<main id="main">') :]


def test_urgent_notice_comes_first_with_heading_icon_and_a_tel_link(web_client):
    client, _ = web_client
    page = client.simulate_get("/search", params={"q": URGENT_EN, "lang": "en"}).text
    main = _main(page).lstrip()
    assert main.startswith('<section class="alert urgent" role="alert"')
    notice = main[: main.index("</section>")]
    assert '<h2 id="urgent-title">' in notice and 'role="img" aria-label="Warning"' in notice
    assert 'href="tel:999"' in notice and "emergency department" in notice
    # No list of unrelated questions after an urgent notice.
    assert "Questions we can answer" not in page


def test_kiosk_tells_the_patient_to_find_staff_and_where(kiosk_client):
    page = kiosk_client.simulate_get("/search", params={"q": URGENT_EN, "lang": "en"}).text
    notice = _main(page)[: _main(page).index("</section>")]
    assert "Tell a member of staff now." in notice and DESK in notice
    assert "call your local emergency number" not in notice and 'href="tel:112"' not in notice


def test_kiosk_keeps_no_cookie_and_nothing_in_caches(kiosk_client):
    for url in ("/", "/search", f"/faq/{RISKS}", "/topic/risks", "/faq/nope"):
        response = kiosk_client.simulate_get(url, params={"q": "risks", "lang": "de"})
        assert "set-cookie" not in response.headers, url
        assert response.headers["cache-control"] == "no-store", url
        page = response.text
        assert "data-start-again-link" in page and 'href="/?lang=en"' in page
        assert '<script src="/static/kiosk.js" defer></script>' in page
        # Without JavaScript the kiosk still starts again: idle 90 s + countdown 30 s.
        assert (
            '<noscript><meta http-equiv="refresh" content="120;url=/?lang=en"></noscript>' in page
        )
        # No link that leaves the kiosk (tel: does not leave it).
        assert not re.findall(r'href="(?!/|#|tel:)', page), url


def test_the_website_remembers_the_language_for_a_year(web_client):
    client, _ = web_client
    response = client.simulate_get("/", params={"lang": "vi"})
    assert response.cookies["faqsvc_lang"].max_age == 365 * 24 * 3600
    assert "kiosk.js" not in response.text and "data-start-again-link" not in response.text


@pytest.mark.parametrize("locale", SUPPORTED_LOCALES)
def test_recovery_and_risk_answers_carry_get_help_now_in_every_locale(
    locale, web_client, real_settings, real_index
):
    client, _ = web_client
    heading = UiText(real_settings.translations_dir).gettext(locale)("Get help now if you have:")
    if locale != "en":
        assert heading != "Get help now if you have:"
    risks = client.simulate_get(f"/faq/{RISKS}", params={"lang": locale}).text
    assert heading in risks and 'class="help-now"' in risks
    about = next(p for p in real_index.pairs(locale).values() if p.topic == "about")
    page = client.simulate_get(f"/faq/{about.id}", params={"lang": locale}).text
    assert 'class="help-now"' not in page


def test_answer_page_leads_back_to_results_topic_and_home(web_client):
    client, _ = web_client
    page = client.simulate_get(f"/faq/{RISKS}", params={"lang": "es", "q": "riesgos"}).text
    assert 'href="/search?q=riesgos&amp;lang=es"' in page
    assert 'href="/topic/risks?lang=es"' in page and 'class="home" href="/?lang=es"' in page
    shared = client.simulate_get(f"/faq/{RISKS}", params={"lang": "es"}).text
    assert "/search?q=" not in shared  # no results to go back to


def test_topic_pages_and_counts_show_each_question_once(web_client, real_index):
    client, _ = web_client
    for locale in ("en", "zh-Hans"):
        page = client.simulate_get("/topic/risks", params={"lang": locale}).text
        listed = re.findall(r'<li><a href="/faq/[^"]+" lang="[^"]+">([^<]+)</a>', page)
        assert listed and len(listed) == len(set(listed)), listed
        risks = browse.browse(real_index, locale, "risks")
        groups = browse.same_questions(risks)
        assert len(listed) == len(groups) < len(risks)
        assert "Other sources with the same answer" in page or locale != "en"
        counts = dict(browse.topic_counts(real_index, locale))
        assert counts["risks"] == len(groups)


def test_home_page_says_what_the_site_is_for(web_client):
    client, _ = web_client
    page = client.simulate_get("/", params={"lang": "en"}).text
    assert re.search(r"<h1>Patient questions and answers</h1>\s*<p class=\"lead\">", page)


def test_english_originals_carry_no_meaningless_label(web_client):
    client, _ = web_client
    page = client.simulate_get(f"/faq/{RISKS}", params={"lang": "en"}).text
    assert "Original text" not in page
    spanish = client.simulate_get(f"/faq/{RISKS}", params={"lang": "es"}).text
    assert 'class="translation translation-machine"' in spanish


def test_qr_code_encodes_the_public_address_of_the_answer(web_client):
    client, settings = web_client
    page = client.simulate_get(f"/faq/{RISKS}", params={"lang": "ar"}).text
    url = f"https://faq.example-hospital.org/faq/{RISKS}?lang=ar"
    expected = segno.make(url, error="m").svg_inline(scale=4, dark="#000", light="#fff")
    path = re.search(r' d="([^"]+)"', expected).group(1)
    assert path in page and '<svg role="img"' in page


def test_faq_and_topic_pages_carry_faqpage_json_ld_and_the_api_alternate(web_client):
    client, _ = web_client
    page = client.simulate_get(f"/faq/{RISKS}", params={"lang": "fr"}).text
    data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', page)[1])
    assert data["@type"] == "FAQPage" and data["inLanguage"] == "fr"
    [question] = data["mainEntity"]
    assert question["acceptedAnswer"]["@type"] == "Answer" and question["name"]
    api = re.search(r'<link rel="alternate" type="application/json" href="([^"]+)">', page)[1]
    answer = client.simulate_get(api.replace("&amp;", "&"))
    assert answer.status_code == 200 and answer.json["id"] == RISKS
    assert answer.json["question"] == question["name"]
    topic = client.simulate_get("/topic/risks", params={"lang": "fr"}).text
    data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', topic)[1])
    assert len(data["mainEntity"]) == len(re.findall(r'<li><a href="/faq/[^"]+" lang=', topic))


def test_json_ld_cannot_end_its_script_element(real_index):
    pair = dataclasses.replace(
        next(iter(real_index.pairs("en").values())), answer="</script><script>alert(1)"
    )
    text = str(faq_jsonld([pair], "en"))
    assert "<" not in text and json.loads(text)["mainEntity"][0]["acceptedAnswer"]["text"] == (
        "</script><script>alert(1)"
    )


def test_helpful_votes_are_counted_per_pair_and_locale(web_client):
    client, settings = web_client
    form = {"content-type": "application/x-www-form-urlencoded"}
    for answer in ("yes", "no", "no"):
        response = client.simulate_post(
            f"/faq/{RISKS}/feedback", body=f"helpful={answer}&lang=pt&q=riscos", headers=form
        )
        assert response.status_code == 303
    assert response.headers["location"].startswith(f"/faq/{RISKS}?lang=pt&feedback=thanks&q=")
    thanks = client.simulate_get(f"/faq/{RISKS}", params={"lang": "pt", "feedback": "thanks"})
    assert 'class="thanks" role="status"' in thanks.text
    counts = {
        (r.pair_id, r.locale): (r.yes, r.no)
        for r in FeedbackStore(settings.data_dir).helpful_counts()
    }
    assert counts[(RISKS, "pt")] == (1, 2)
    bad = client.simulate_post(f"/faq/{RISKS}/feedback", body="helpful=maybe", headers=form)
    assert bad.status_code == 400
    missing = client.simulate_post("/faq/nope/feedback", body="helpful=yes", headers=form)
    assert missing.status_code == 404


def test_declined_searches_are_counted_by_nearest_topic_only(web_client):
    client, settings = web_client
    question = "how do I get a parking permit for the car park"
    client.simulate_get("/search", params={"q": question, "lang": "en"})
    rows = FeedbackStore(settings.data_dir).declined_topics()
    assert sum(r.count for r in rows if r.locale == "en") >= 1
    stored = FeedbackStore(settings.data_dir).path.read_bytes()
    assert b"parking" not in stored

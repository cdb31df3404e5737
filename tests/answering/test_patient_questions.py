"""Our own held-out patient questions (not the eval set's), scored the way the eval is.

``tests/data/patient_questions.jsonl`` holds 208 questions in the eight languages, written from
the English pairs by someone who had not seen the phrasings or the eval set: 18 answerable, 5
out of scope and 3 urgent per language, with ``must_match`` facts as in the eval format.
``tests/data/patient_questions_2.jsonl`` is a second, later set of 160 (14, 4 and 2 per
language) written the same way, with more messages that tell before they ask ("I'm 82 with bad
osteoporosis... can I still have it?"); it is much harder. The floors sit a little under what
was measured (README, "Confidence"), so a change that makes relevance worse fails here before it
reaches ``make eval``.
``tests/data/patient_questions_3.jsonl`` is a blind set of 192 (16, 6 and 2 per language),
written by helpers who saw only the five source documents (brief in
``patient_questions_3.BRIEF.md``), its facts checked against them; it is the set the calibrated
confidence of issue 17 is judged on, so nothing is fitted on it.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from faqsvc.answering.search import search
from faqsvc.evaluation import Outcome, summarize
from faqsvc.locales import match_locale

QUESTIONS = Path(__file__).parents[1] / "data" / "patient_questions.jsonl"
LATER_QUESTIONS = Path(__file__).parents[1] / "data" / "patient_questions_2.jsonl"
BLIND_QUESTIONS = Path(__file__).parents[1] / "data" / "patient_questions_3.jsonl"
LANGS = ["en", "es", "fr", "de", "pt", "zh", "ar", "vi"]


def _summary(real_index, questions: Path) -> dict:
    english = real_index.pairs("en")
    outcomes = []
    for line in questions.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        result = search(real_index, item["query"], match_locale(item["lang"]))
        texts = [
            f"{english[h.pair.id].question}\n{english[h.pair.id].answer}" for h in result.results
        ]
        outcomes.append(Outcome(item, texts, bool(result.alerts)))
    return summarize(outcomes)


@pytest.fixture(scope="module")
def summary(real_index) -> dict:
    return _summary(real_index, QUESTIONS)


@pytest.fixture(scope="module")
def later_summary(real_index) -> dict:
    return _summary(real_index, LATER_QUESTIONS)


@pytest.fixture(scope="module")
def blind_summary(real_index) -> dict:
    return _summary(real_index, BLIND_QUESTIONS)


@pytest.mark.parametrize(
    ("questions", "per_lang"), [(QUESTIONS, 26), (LATER_QUESTIONS, 20), (BLIND_QUESTIONS, 24)]
)
def test_the_set_covers_every_locale_evenly(questions, per_lang):
    items = [json.loads(line) for line in questions.read_text(encoding="utf-8").splitlines()]
    langs = [item["lang"] for item in items]
    assert {lang: langs.count(lang) for lang in set(langs)} == dict.fromkeys(LANGS, per_lang)
    assert len({item["id"] for item in items}) == len(items)


def test_first_answers_are_mostly_right_and_rarely_wrong(summary):
    assert summary["overall"]["top1"] >= 0.8
    assert summary["overall"]["wrong_rate"] <= 0.06


@pytest.mark.parametrize("lang", LANGS)
def test_no_language_is_left_behind(summary, lang):
    assert summary["by_lang"][lang]["top1"] >= 0.65


def test_out_of_scope_questions_are_declined(summary):
    assert summary["no_answer_recall"] >= 0.9


def test_every_emergency_alerts_and_nothing_else_does(summary):
    assert summary["urgent_recall"] == 1.0
    assert summary["false_alarms"] == 0.0


def test_later_set_first_answers_and_declines(later_summary):
    # Measured 0.52 right, 5.4 % wrong, 97 % of out-of-scope declined: the telling-then-asking
    # messages are where the service is weakest (README, "Confidence").
    assert later_summary["overall"]["top1"] >= 0.48
    assert later_summary["overall"]["wrong_rate"] <= 0.07
    assert later_summary["no_answer_recall"] >= 0.9


def test_later_set_emergencies_all_alert(later_summary):
    assert later_summary["urgent_recall"] == 1.0
    # Three heart-and-lung patients asking whether they can lie face down ("I can't breathe well
    # lying flat") get the urgent notice: left on the safe side, listed for clinical review.
    assert later_summary["false_alarms"] <= 0.03


def test_blind_set_first_answers_declines_and_emergencies(blind_summary):
    # Measured when the set arrived (hand-set confidence): 0.773 right, 7.8 % wrong, 89.6 % of
    # out-of-scope declined. With the subjects rule and the calibrated model at 0.7, never fitted
    # on this set: 0.750 right, 3.1 % wrong, 100 % declined, every emergency alerted. Floors a
    # little under; issue 17 asks 0.90 right in every locale.
    assert blind_summary["overall"]["top1"] >= 0.72
    assert blind_summary["overall"]["wrong_rate"] <= 0.05
    assert blind_summary["no_answer_recall"] >= 0.95
    assert blind_summary["urgent_recall"] == 1.0
    assert blind_summary["false_alarms"] <= 0.03

"""The urgent rules on a second blind set (tests/data/urgent_blind_2/README.md), now studied.

When it arrived, written by a helper who saw neither the rules nor the first set, it stood at
recall 0.875 and 5.2 % false alarms (the rules before their first rework reached 0.781 and
8.3 %). Its misses and false alarms were then studied by kind (regional words for the same
parts, states and abilities; Cantonese, Levantine, Gulf, Egyptian and Maghrebi verb forms;
clitics between a negation and its verb; a new loss told against "before, he walked"; a habit
such as fainting at the sight of needles; a sign told as over after it, "it went away",
unless it came back; a habit, "often", unless told as now), never by a message's own wording: our own rows for
each kind are in tests/answering/test_urgent_kinds.py (BLIND2_KINDS). It now reaches recall 1.0
with no false alarm in every locale, and the floors sit there so any regression fails. Being
studied, it no longer measures fresh wording: a third set, unseen, does."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from faqsvc.analysis import normalize
from faqsvc.answering.urgent import urgent_alert

SECOND = Path(__file__).resolve().parent.parent / "data" / "urgent_blind_2"
LOCALES = ("en", "es", "fr", "pt", "zh-Hans", "ar")
# Reached on this set (recall, false alarms), overall and per locale.
FLOORS = {"all": (1.0, 0.0)} | {lang: (1.0, 0.0) for lang in LOCALES}


@pytest.fixture(scope="module")
def outcomes() -> list[tuple[dict, bool]]:
    rows = []
    for path in sorted(SECOND.glob("*.jsonl")):
        rows += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    return [(m, bool(urgent_alert(normalize(m["text"]), m["lang"]))) for m in rows]


def test_the_second_set_covers_six_locales_and_both_kinds(outcomes):
    for lang in LOCALES:
        kinds = [m["urgent"] for m, _ in outcomes if m["lang"] == lang]
        assert kinds.count(True) == 16 and kinds.count(False) == 16


@pytest.mark.parametrize("lang", sorted(FLOORS))
def test_urgent_recall_does_not_fall_below_its_floor(outcomes, lang):
    mine = [(m, hit) for m, hit in outcomes if m["urgent"] and lang in ("all", m["lang"])]
    missed = [m["text"] for m, hit in mine if not hit]
    assert sum(hit for _, hit in mine) / len(mine) >= FLOORS[lang][0], missed


@pytest.mark.parametrize("lang", sorted(FLOORS))
def test_false_alarms_do_not_rise_above_their_ceiling(outcomes, lang):
    mine = [(m, hit) for m, hit in outcomes if not m["urgent"] and lang in ("all", m["lang"])]
    alarms = [m["text"] for m, hit in mine if hit]
    assert sum(hit for _, hit in mine) / len(mine) <= FLOORS[lang][1], alarms

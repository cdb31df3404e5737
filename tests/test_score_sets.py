"""scripts/score_sets.py: the figures it prints, and that an unseen set's items stay unprinted."""

from __future__ import annotations

import importlib.util
from pathlib import Path

_SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "score_sets.py"
_SPEC = importlib.util.spec_from_file_location("score_sets", _SCRIPT)
score_sets = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(score_sets)


def _item(id_, expect, right, wrong=False, alert=False, confidence=0.8, first=None, lang="en"):
    first = right if first is None else first
    return {
        "id": id_,
        "lang": lang,
        "expect": expect,
        "pair": "p",
        "confidence": confidence,
        "right": right,
        "wrong": wrong,
        "first": first,
        "alert": alert,
    }


def test_tally_counts_answers_declines_alarms_and_sure_wrong_ones():
    items = [
        _item("a", "answer", True),
        _item("b", "answer", False, wrong=True, confidence=0.95),
        _item("c", "answer", False, first=True, confidence=0.5),
        _item("d", "answer", False, wrong=True, confidence=0.75, alert=True),
        _item("e", "no_answer", True),
        _item("f", "urgent", True, alert=True),
    ]
    found = score_sets.tally(items)
    assert (found["right"], found["wrong"], found["declined"]) == (0.25, 0.5, 1.0)
    assert found["first"] == 0.5 and found["sure_wrong"] == 1
    assert found["urgent"] == 1.0 and found["false_alarms"] == 0.2
    assert found["by_lang"]["en"] == 0.25


def test_an_unseen_set_moves_unseen_unless_asked_and_is_never_named(capsys):
    base = {
        "seen.jsonl": [_item("s1", "answer", False)],
        "unseen.jsonl": [_item("u1", "answer", False)],
    }
    now = {
        "seen.jsonl": [_item("s1", "answer", True)],
        "unseen.jsonl": [_item("u1", "answer", True)],
    }
    score_sets._print_moved(base, now, {"unseen.jsonl"})
    printed = capsys.readouterr().out
    assert "s1" in printed and "u1" not in printed
    assert "moved   1  declined -> right" in printed
    score_sets._print_moved(base, now, {"unseen.jsonl"}, show_unseen=True)
    printed = capsys.readouterr().out
    assert "u1" not in printed and "moved   2  declined -> right" in printed

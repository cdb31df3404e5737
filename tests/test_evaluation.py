from faqsvc.evaluation import Outcome, summarize


def item(expect, lang="en", must=("cement",)):
    return {
        "id": f"x-{expect}",
        "lang": lang,
        "query": "q",
        "expect": expect,
        "must_match": list(must),
        "style": "question",
    }


def test_scoring_follows_the_readme():
    outcomes = [
        Outcome(item("answer"), ["Q\nthe Cement sets"], False),  # hit, case-insensitive
        Outcome(item("answer"), ["Q\nwrong", "Q\ncement"], False),  # wrong answer, rr 1/2
        Outcome(item("answer"), [], False),  # abstained
        Outcome(item("no_answer"), [], False),  # hit
        Outcome(item("urgent"), ["Q\nanything"], True),  # hit
        Outcome(item("no_answer"), ["Q\nx"], True),  # miss and a false alarm
    ]
    summary = summarize(outcomes)
    english = summary["by_lang"]["en"]
    assert english["top1"] == round(1 / 3, 3)
    assert english["wrong_rate"] == round(1 / 3, 3)
    assert english["abstained"] == 1
    assert english["mrr5"] == round((1 + 0.5) / 3, 3)
    assert summary["no_answer_recall"] == 0.5
    assert summary["no_answer_precision"] == 0.5  # 2 abstentions, 1 of them a no_answer item
    assert summary["urgent_recall"] == 1.0
    assert summary["false_alarms"] == 0.2
    assert len(summary["misses"]) == 3

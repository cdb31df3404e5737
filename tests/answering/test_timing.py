"""Before/during/after words per locale, and their effect: another time's answer is kept down."""

from __future__ import annotations

import pytest

from faqsvc.answering.search import search
from faqsvc.answering.timing import _patterns, opposite, pair_times, timing_of
from faqsvc.locales import SUPPORTED_LOCALES

TABLE = [
    ("en", "Can I eat before the procedure?", "before"),
    ("en", "how long do I lie flat afterwards", "after"),
    ("en", "pain since my operation", "after"),
    ("en", "what happens before and after", None),
    ("en", "what is vertebroplasty", None),
    # later in life, with the cement in (session 32): an MRI "later" is after, not the
    # scan before the procedure
    ("en", "can I have an MRI scan later on?", "after"),
    ("en", "is swimming ok once the cement is in?", "after"),
    ("en", "any problems with the bone cement down the line?", "after"),
    ("en", "would a CT years later show the cement?", "after"),
    ("en", "can I have it done later if the brace fails?", None),
    ("es", "¿Puedo comer antes del procedimiento?", "before"),
    ("es", "dolor despues de la operacion", "after"),
    ("fr", "Que dois-je faire avant l'intervention ?", "before"),
    ("fr", "douleur apres l'operation", "after"),
    ("de", "Muss ich vorher nüchtern bleiben?", "before"),
    ("de", "Schmerzen nach der Operation", "after"),
    ("de", "Ich habe Angst vor der Operation", None),  # fear of, not before
    ("de", "Wann darf ich nach Hause?", None),  # home, not after
    ("pt", "Posso comer antes do procedimento?", "before"),
    ("pt", "dor apos a cirurgia", "after"),
    ("zh-Hans", "术前要空腹吗", "before"),
    ("zh-Hans", "做完以后多久能走路", "after"),
    ("zh-Hans", "后凸成形术是什么", None),  # kyphoplasty, not "after"
    ("ar", "هل يمكنني الأكل قبل العملية؟", "before"),
    ("ar", "وبعد العملية هل أرتاح", "after"),
    ("vi", "trước khi làm có phải nhịn ăn không", "before"),
    ("vi", "sau khi bơm xi măng có được tắm không", "after"),
    ("vi", "đau sâu trong lưng", None),  # deep, not after
    # taking something up again is after
    ("en", "when can I restart my warfarin", "after"),
    ("es", "¿cuándo vuelvo a tomar el sintrom?", "after"),
    ("fr", "quand reprendre le Kardégic ?", "after"),
    ("de", "wann darf ich wieder Auto fahren", "after"),
    ("pt", "quando posso voltar a tomar a varfarina", "after"),
    ("zh-Hans", "什么时候恢复吃华法林", "after"),
    ("ar", "متى أرجع آخذ دواء السيولة", "after"),
    ("vi", "khi nào uống lại thuốc chống đông", "after"),
    ("en", "stop warfarin before, restart it after", None),
    ("en", "", None),
    ("en", "\x00\u202e<script>after</script>", "after"),
    # while it is done: the needle, the table (answered by how it is done, not the recovery)
    ("en", "will it hurt when they put the needle in", "during"),
    ("es", "¿me dolerá mientras me lo hacen?", "during"),
    ("fr", "est-ce que j'aurai mal pendant l'intervention", "during"),
    ("de", "tut es während der Behandlung weh", "during"),
    ("pt", "vai doer na hora da agulha?", "during"),
    ("zh-Hans", "做的时候疼不疼", "during"),
    ("ar", "بتوجع وقت ما بيدخلوا الابرة؟", "during"),
    ("vi", "lúc làm có đau không", "during"),
    ("en", "does it hurt during and after", None),
    # the needle going in is during, however it is said
    ("vi", "tiêm cái kim đó vào lưng có đau không", "during"),
    ("fr", "ça fait mal quand on enfonce l'aiguille ?", "during"),
    ("de", "tut es weh, wenn die Nadel reingeht", "during"),
    ("zh-Hans", "进针的时候疼吗", "during"),
    ("ar", "بيوجع وقت الابره؟", "during"),
    # how long the procedure itself takes is during, not the recovery
    ("zh-Hans", "一般几个小时做完", "during"),
    ("fr", "combien de temps dure l'opération ?", "during"),
    ("de", "wie lange dauert die OP", "during"),
    ("vi", "lam het bao lau vay", "during"),
    ("zh-Hans", "做完多久能下地", "after"),  # done, then how long until up: after
    # recovery is after
    ("en", "how long is the recovery", "after"),
    ("de", "wie lange dauert die Erholung", "after"),
    ("ar", "كم مدة التعافي", "after"),
    ("vi", "hồi phục mất bao lâu", "after"),
    # look-alikes: "for how long", "than before", "a week ago"
    ("es", "¿durante cuánto tiempo tengo que estar acostado?", None),
    ("fr", "pendant combien de temps faut-il rester allongé", None),
    ("en", "my back feels worse than before", None),
    ("pt", "dói mais do que antes", None),
    ("ar", "امي سوت العملية قبل اسبوع", None),
    ("ar", "الوجع زاد شوي عن قبل", None),  # session 35: "than before", the patient's own state
    ("ar", "الألم أسوأ من قبل", None),
    ("ar", "ماشي زي قبل؟", None),
    ("ar", "سؤال عن قبل العملية", "before"),  # but before the procedure, named, still is
    # "before" one may or can do something waits for it after the procedure
    ("en", "how long do I lie there before they'll let me up?", None),
    ("en", "how long before I can carry my shopping again?", None),
    ("en", "can I eat before they do it?", "before"),
    ("es", "¿cuánto falta antes de poder caminar?", None),
    ("fr", "combien de temps avant de pouvoir marcher ?", None),
    ("de", "wie lange, bevor ich aufstehen darf?", None),
    ("de", "darf ich essen, bevor sie mich operieren?", "before"),
    ("pt", "quanto tempo antes de poder andar?", None),
    ("xx", "before", None),
    ("en", "what will my back feel like that first night?", "after"),  # session 34
    ("en", "how sore is it the first few days", "after"),
    ("de-CH", "vorher", "before"),
    # session 35: before someone else may do it is after too; before the op itself is not
    ("en", "how many weeks before my husband can carry the shopping again?", None),
    ("en", "how long before the patient is allowed to walk", None),
    ("en", "should my husband stop his warfarin before the procedure?", "before"),
    ("en", "can my mum eat before the op", "before"),
    # session 35: "after what o'clock" (几点以后, 十点之后) is the evening before, when fasting
    # begins, not after the procedure; "做完以后" above stays after
    ("zh-Hans", "今天晚上几点以后就不能吃东西了", None),
    ("zh-Hans", "明早手术，晚上十点之后还能喝水吗", None),
    ("zh-Hans", "半夜12点钟以后不能吃吗", None),
    # session 35: "next week" or "next month" said before the procedure (tuần sau bơm, tháng sau
    # bơm) is when it will be done, not after it; counted ("1 tuần sau bơm", "vài tháng sau mổ",
    # "sáu tuần sau mổ") it is still after
    ("vi", "tuần sau bơm xi măng thì phải ngưng thuốc trước mấy ngày", None),
    ("vi", "thang sau bom xi mang cot song", None),
    ("vi", "1 tuần sau bơm có đi làm được không", "after"),
    ("vi", "vài tháng sau mổ có gãy lại không", "after"),
    ("vi", "sáu tuần sau mổ được mang vác chưa", "after"),
]


@pytest.mark.parametrize(("locale", "text", "expected"), TABLE)
def test_timing_of(locale, text, expected):
    assert timing_of(locale, text) == expected


def test_every_locale_has_every_time():
    patterns = _patterns()
    assert set(patterns) == set(SUPPORTED_LOCALES)
    assert all(set(rules) == {"before", "during", "after"} for rules in patterns.values())


@pytest.mark.parametrize(
    ("query", "pair", "expected"),
    [
        ("before", {"after"}, True),
        ("after", {"before"}, True),
        ("during", {"after"}, True),
        ("after", {"after"}, False),
        ("during", {"during", "after"}, False),
        ("before", {"during", "after"}, True),
        (None, {"after"}, False),
        ("before", set(), False),
    ],
)
def test_opposite(query, pair, expected):
    assert opposite(query, frozenset(pair)) is expected


@pytest.mark.parametrize(
    ("locale", "question", "expected"),
    [
        ("en", "What will I experience during and after vertebroplasty?", {"during", "after"}),
        ("en", "What is recovery like after vertebroplasty?", {"after"}),
        # how it is done tells the whole day (antibiotics before, home after): no claim
        ("en", "How is vertebroplasty performed?", set()),
        ("de", "Wie läuft eine Vertebroplastie ab?", set()),
    ],
)
def test_pair_times(locale, question, expected):
    assert pair_times(locale, question) == frozenset(expected)


@pytest.mark.parametrize(
    ("locale", "text", "kept_down"),
    [
        ("en", "when can I take my aspirin again after the procedure", "before"),
        ("de", "wann darf ich nach dem Eingriff wieder Marcumar nehmen", "before"),
        ("de", "muss ich Marcumar vor dem Eingriff absetzen", "after"),
        ("pt", "vai doer na hora da agulha?", "after"),
        ("ar", "هل الحقنة بتوجع وقت العملية؟", "after"),
    ],
)
def test_answers_about_the_other_side_are_not_shown(real_index, locale, text, kept_down):
    result = search(real_index, text, locale)
    assert result.results
    sides = [timing_of(locale, hit.pair.question) for hit in result.results]
    assert sides[0] != kept_down
    assert kept_down not in sides


def test_a_pair_asked_no_time_is_judged_by_the_phrasing_the_query_echoes(real_index):
    """The candidates pair ("who is a candidate?") asks no time, but the phrasing a question
    about a later MRI echoes is about the scans before: an MRI after the cement is not answered
    by the tests before it (no document says)."""
    after = search(real_index, "vou poder fazer ressonância magnética depois do cimento?", "pt")
    assert after.results == ()
    before = search(real_index, "preciso fazer ressonância magnética antes do cimento?", "pt")
    assert before.results

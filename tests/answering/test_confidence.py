"""Confidence: the share of the query a passage covers, with synonyms and phrases credited."""

from __future__ import annotations

from dataclasses import replace

import pytest

from faqsvc import pairdata
from faqsvc.analysis import analysis_for
from faqsvc.answering import confidence as confidence_module
from faqsvc.answering import credit
from faqsvc.answering.confidence import RESTATED_SHARE, confidence, coverage
from faqsvc.answering.credit import SYNONYM_CREDIT
from faqsvc.answering.query import analyze
from faqsvc.answering.search import MIN_CONFIDENCE, search
from faqsvc.model import ServedPair


def _tokens(locale: str, text: str) -> frozenset[str]:
    return frozenset(t.text for t in analysis_for(locale).text(text))


@pytest.mark.parametrize(
    ("query", "passage", "expected"),
    [
        ("drive", "Do not get behind the wheel for two weeks.", SYNONYM_CREDIT),
        ("drive", "Fractures can follow a car accident.", 0.0),
        ("drive", "Please drive carefully.", 1.0),
        ("blood thinner", "Stop the anticoagulant before the procedure.", SYNONYM_CREDIT),
    ],
)
def test_coverage_credits_words_synonyms_and_whole_phrases(real_index, query, passage, expected):
    analyzed = analyze(real_index, "en", query)
    assert coverage(analyzed, _tokens("en", passage)) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("query", "passage", "expected"),
    [
        ("biến chứng", "Biến chứng hiếm gặp.", 1.0),  # "complications are rare"
        ("bien chung", "Biến chứng hiếm gặp.", 1.0),  # typed without tones
        ("biến chứng", "Không bị biến dạng, không có triệu chứng.", 0.0),  # syllables apart
        ("bien chung", "Không bị biến dạng, không có triệu chứng.", 0.0),
    ],
)
def test_a_word_written_in_syllables_counts_only_whole(real_index, query, passage, expected):
    analyzed = analyze(real_index, "vi", query)
    assert coverage(analyzed, _tokens("vi", passage)) == pytest.approx(expected)


def test_coverage_is_the_weighted_share_of_concepts(real_index):
    analyzed = analyze(real_index, "en", "cement leakage")
    half = coverage(analyzed, _tokens("en", "leakage"))
    assert 0 < half < 1
    assert coverage(analyzed, _tokens("en", "cement leakage")) == pytest.approx(1.0)


def _pair(real_index, question: str, answer: str) -> ServedPair:
    any_pair = next(iter(real_index.pairs("en").values()))
    return replace(any_pair, question=question, answer=answer, alternates=())


def _with_and_without_restating(real_index, monkeypatch, question: str, query: str):
    pair = _pair(real_index, question, "It is well tolerated.")
    analyzed = analyze(real_index, "en", query)
    score, _ = confidence(analyzed, pair)
    monkeypatch.setattr(confidence_module, "RESTATED_SHARE", 0.0)
    without, _ = confidence(analyzed, pair)
    return score, without


@pytest.mark.parametrize(
    "query",
    [
        "Is vertebroplasty safe? I worry about xylophones",
        "my aunt has xylophones, is vertebroplasty safe",
    ],
)
def test_a_clause_restating_the_question_lifts_confidence(real_index, monkeypatch, query):
    lifted, plain = _with_and_without_restating(
        real_index, monkeypatch, "Is vertebroplasty safe?", query
    )
    assert plain < lifted < 1
    assert lifted == pytest.approx(plain + RESTATED_SHARE * (1 - plain))


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # one word restates too much: every message about the procedure would restate it
        ("What is vertebroplasty?", "What is vertebroplasty? Where do I park"),
        ("Is vertebroplasty safe?", "Is vertebroplasty safe for xylophones? I worry"),  # says more
        ("Is vertebroplasty safe?", "Is it safe? I worry about xylophones"),  # says less
    ],
)
def test_a_clause_that_is_not_the_question_lifts_nothing(real_index, monkeypatch, question, query):
    score, without = _with_and_without_restating(real_index, monkeypatch, question, query)
    assert score == pytest.approx(without)


def test_a_unit_naming_only_the_patients_condition_is_not_the_answer(real_index, monkeypatch):
    """ "Heart failure" reaches "heart disease" through its synonym group; a sentence that
    holds only that, and not the treatment asked about, is a passing mention."""
    pair = _pair(
        real_index,
        "Who may find the procedure difficult?",
        "It may be difficult for someone with severe lung and heart disease to lie face down. "
        "The team will make special arrangements. Osteoporosis is treated with tablets.",
    )
    asked = analyze(real_index, "en", "how is heart failure treated?")
    lying = analyze(real_index, "en", "I have heart failure, is it difficult to lie face down?")
    passing, _ = confidence(asked, pair)
    answered, _ = confidence(lying, pair)
    monkeypatch.setattr(credit, "names_one_thing", lambda *_: False)
    # fresh analyses: a query keeps the unit scores it has computed (``query.memo``)
    unguarded, _ = confidence(analyze(real_index, "en", "how is heart failure treated?"), pair)
    assert passing < unguarded
    lying = analyze(real_index, "en", "I have heart failure, is it difficult to lie face down?")
    assert confidence(lying, pair)[0] == pytest.approx(answered)
    assert passing < MIN_CONFIDENCE <= answered


def test_only_units_holding_a_query_word_are_built(real_index, monkeypatch):
    """A long answer is scored through its token -> sentences map: the sentences and windows
    holding no query word are never made into units (work counted, not timed)."""
    filler = " ".join(f"Sentence number {n} is about something else." for n in range(200))
    pair = _pair(
        real_index,
        "What about the cement?",
        f"{filler} The cement hardens within an hour. {filler}",
    )
    analysed = pairdata.analyse("en", pair)
    built = []
    original = pairdata.PairAnalysis.sentence

    def counted(self, number):
        built.append(number)
        return original(self, number)

    monkeypatch.setattr(pairdata.PairAnalysis, "sentence", counted)
    monkeypatch.setattr(pairdata.PairAnalysis, "units", property(lambda self: pytest.fail()))
    query = analyze(real_index, "en", "how long does the cement take to harden")
    score, unit = confidence(query, pair, analysed)
    assert unit is not None and "cement hardens" in unit.text and score > 0
    assert len(built) <= 2  # the best unit only: one sentence, or the two of a window
    plan = query.memo["confidence"]
    assert len(plan.scores) <= 4  # distinct sets of query words held, each scored once


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("en", "how long does the cement take to set please"),
        ("en", "Is it safe? I'm scared of being paralysed"),
        ("es", "cuanto tarda en endurecerse el cemento"),
        ("zh-Hans", "骨水泥多久会变硬"),
        ("vi", "xi mang bao lau thi cung"),
        ("de", "Rückenschmerzen nach dem Eingriff"),
    ],
)
def test_units_found_through_token_maps_score_as_each_unit_does(real_index, locale, text):
    """Confidence finds the units holding a query word through each pair's token -> units maps,
    as bit masks, one unit per mask; tested unit by unit, ``held`` must give the same scores,
    the same first best answer unit (the snippet), and every question unit when the query has
    clauses (restating depends on each unit's words)."""
    analyzed = analyze(real_index, locale, text)
    plan = credit.plan_for(analyzed)
    checked = 0
    for pair in real_index.pairs(locale).values():
        analysed = confidence_module._analysed(locale, pair)
        asked = [(u, plan.held(u.tokens, u.extra)) for u in analysed.asked]
        asked = [(u, plan.score(held)) for u, held in asked if held is not None]
        found = [(u, plan.score_mask(m)) for u, m in confidence_module._asked_units(plan, analysed)]
        assert {score for _, score in found} == {score for _, score in asked}
        if plan.clauses:
            assert [id(u) for u, _ in found] == [id(u) for u, _ in asked]
        units = [((0, n), analysed.sentence(n)) for n in range(len(analysed.said))]
        units += [((1, n), analysed.window(n)) for n in range(len(analysed.said) - 1)]
        said = [(at, plan.held(u.tokens, u.extra)) for at, u in units]
        said = [(at, plan.score(held)) for at, held in said if held is not None]
        got = [
            (at, plan.score_mask(m)) for at, m in confidence_module._answer_units(plan, analysed)
        ]
        assert {score for _, score in got} == {score for _, score in said}
        if said:
            best = max(score for _, score in said)
            assert next(at for at, s in got if s == best) == next(at for at, s in said if s == best)
        checked += len(asked) + len(said)
    assert checked > 0


@pytest.mark.parametrize(("other_weight", "passing"), [(0.34, False), (1.5, True)])
def test_a_word_every_pair_holds_asks_nothing_more(other_weight, passing):
    """ "cuántas horas sin comer antes del procedimiento": a phrase member put every word but
    "procedimiento" into the fasting group, and a phrasing holding only fasting words read as a
    passing mention, so the fasting pair's own phrasings scored nothing. A word at the IDF floor
    (in nearly every pair) asks nothing more; a weightier one ("treated") still does."""
    fasting = [
        credit.Concept(word, frozenset({word}), weight=weight, groups=frozenset({19}))
        for word, weight in (("horas", 1.6), ("comer", 3.2))
    ]
    other = credit.Concept("procedimiento", frozenset({"proced"}), weight=other_weight)
    assert credit.names_one_thing([*fasting, other], [1.0, 1.0, 0.0]) is passing


@pytest.mark.parametrize(("told", "passing"), [(True, False), (False, True)])
def test_what_a_message_tells_asks_nothing_more(told, passing):
    """ "She is 84. Does it hurt?": the phrasing "does it hurt?" holds only the pain group, and
    the age read as a second thing asked made it a passing mention (0.98 -> 0.02). A number or
    a word of a telling sentence is context, not a thing asked."""
    hurt = credit.Concept("hurt", frozenset({"hurt"}), weight=1.44, groups=frozenset({7}))
    age = credit.Concept("84", frozenset({"84"}), weight=0.64, told=told)
    assert credit.names_one_thing([hurt, age], [1.0, 0.0]) is passing


@pytest.mark.parametrize(
    "told", ["She is 84. Does it hurt?", "Does it hurt? My mum is 84.", "She is old. Does it hurt?"]
)
def test_an_age_told_beside_the_question_keeps_its_answer(real_index, told):
    plain = search(real_index, "Does it hurt?", "en").results[0]
    found = search(real_index, told, "en").results
    assert found and found[0].pair.id == plain.pair.id

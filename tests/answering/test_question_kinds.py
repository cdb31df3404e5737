"""Question kinds: what a question asks about a condition, told apart where its words are not."""

from __future__ import annotations

import pytest

from faqsvc.answering import query, question_kinds
from faqsvc.answering.question_kinds import kinds_asked, offered, other_kind, pair_kinds
from faqsvc.answering.search import search
from tests.conftest import index_of_rows

ASKED = [
    ("en", "how is gout treated", {"treatment"}),
    ("en", "what can I take for migraines, the over the counter stuff isnt working", {"treatment"}),
    ("en", "piles after my baby, how do I get rid of them at home", {"treatment"}),
    ("en", "warning signs of a stroke", {"symptoms"}),
    ("en", "what does a gallstone attack feel like", {"symptoms"}),
    ("en", "why did a bone in my back break when all I did was cough", {"causes"}),
    ("en", "Both my mum and her sister had it. Does it run in families?", {"inheritance"}),
    ("en", "is it hereditary", {"inheritance"}),
    ("en", "My dad was just told he has Parkinson's. Will it keep getting worse?", {"outlook"}),
    ("en", "how common is celiac disease", {"frequency"}),
    ("en", "how do they check for coeliac disease", {"diagnosis"}),
    ("en", "how can I avoid getting another water infection", {"prevention"}),
    ("en", "forgot to take my metformin this morning, should I take two tonight?", {"missed_dose"}),
    ("en", "what is gout", {"information"}),
    ("en", "crohns disease diet what foods to avoid during a flare", {"diet"}),
    ("en", "is it safe to take ibuprofen while breastfeeding", {"precautions"}),
    ("en", "any research into new drugs for ALS", {"research"}),
    ("en", "what is the treatment for gout", {"treatment"}),  # not also "what is it?"
    # session 24: consumers' own frames, by concept
    ("en", "my brother has it. could my little boy get it too?", {"inheritance"}),
    ("en", "can I pass it to my kids?", {"inheritance"}),
    ("en", "does it skip a generation", {"inheritance"}),
    ("en", "how bad does it usually get", {"outlook"}),
    ("en", "will she grow out of the eczema?", {"outlook"}),
    ("en", "is there a jab so I don't get it", {"prevention"}),
    ("en", "is there anything I can do about the piles", {"treatment"}),
    ("en", "she never smoked. how can that happen?", {"causes"}),
    # The procedure called "this treatment" asks nothing about treating a condition
    ("en", "I'm 81 and it still hurts. Is it too late for this treatment?", set()),
    ("en", "gout", set()),
    ("en", "vertebroplasty recovery time", set()),
    ("en", "", set()),
    ("en", "\ufdfa" * 50, set()),
    ("es", "cómo se trata la gota", set()),  # no data for the locale: no kind
    ("xx", "how is gout treated", set()),
]

PAIR = [
    ("en", "What is (are) Gout ?", {"information"}),
    ("en", "What is (are) Inflammation of the bowel ?", {"information"}),
    ("en", "What are the treatments for Gout ?", {"treatment"}),
    ("en", "What are the symptoms of Stroke ?", {"symptoms"}),
    ("en", "How many people are affected by celiac disease ?", {"frequency"}),
    ("en", "Is cystic fibrosis inherited ?", {"inheritance"}),
    ("en", "What is the outlook for Bell's Palsy ?", {"outlook"}),
    ("en", "What should I do if I forget a dose of Metformin ?", {"missed_dose"}),
    (
        "en",
        "How do spinal fractures happen and what symptoms can they cause?",
        {"causes", "symptoms"},
    ),
    ("en", "What is vertebroplasty?", {"information"}),
    ("en", "Do you have information about Dialysis", {"information"}),
    ("en", "what research (or clinical trials) is being done for Gout ?", {"research"}),
    ("en", "How should Metformin be used and what is the dosage ?", {"usage"}),
    ("en", "What to do for Crohn's Disease ?", {"treatment", "diet"}),
    ("en", "Are there safety concerns or special precautions about Gabapentin ?", {"precautions"}),
    # Questions that start like "what is it?" but ask something else
    ("en", "What is recovery like after vertebroplasty?", set()),
    ("en", "What is the success rate for vertebroplasty?", set()),
    ("en", "What are the benefits of vertebroplasty?", set()),
    ("en", "Who is a candidate for vertebroplasty?", set()),
]


@pytest.mark.parametrize(("locale", "text", "expected"), ASKED)
def test_kinds_a_patient_asks(locale, text, expected):
    assert kinds_asked(locale, text) == expected


@pytest.mark.parametrize(("locale", "text", "expected"), PAIR)
def test_kinds_a_pair_question_asks(locale, text, expected):
    assert pair_kinds(locale, text) == expected


def test_a_query_is_kept_off_pairs_asking_other_kinds_only():
    treatment = frozenset({"treatment"})
    assert other_kind(treatment, frozenset({"information"}))
    assert not other_kind(treatment, frozenset({"treatment", "symptoms"}))
    assert not other_kind(treatment, frozenset())  # a pair naming no kind is never kept off
    assert not other_kind(frozenset(), frozenset({"information"}))


def test_a_kind_no_candidate_asks_tells_nothing_apart():
    prevention = frozenset({"prevention"})
    assert offered(prevention, [frozenset({"information"}), frozenset()]) == frozenset()
    assert offered(prevention, [frozenset({"prevention"}), frozenset()]) == prevention
    assert offered(frozenset(), []) == frozenset()


GOUT = {
    "gout-info": ("What is (are) Gout ?", "Gout is a common, painful form of arthritis."),
    "gout-treat": (
        "What are the treatments for Gout ?",
        "Doctors use medicines such as colchicine and anti-inflammatory drugs for attacks.",
    ),
    "gout-symptoms": (
        "What are the symptoms of Gout ?",
        "A gout attack brings sudden, intense pain, swelling and redness of a joint.",
    ),
    "gout-frequency": (
        "How many people are affected by Gout ?",
        "About eight million adults in the United States have gout.",
    ),
    "gout-causes": ("What causes Gout ?", "Gout comes from uric acid crystals in a joint."),
    "stroke-info": (
        "What is (are) Stroke ?",
        "A stroke happens when blood flow to the brain stops.",
    ),
    "stroke-symptoms": ("What are the symptoms of Stroke ?", "Sudden numbness of the face or arm."),
    "asthma-info": ("What is (are) Asthma ?", "Asthma is a long-term disease of the airways."),
    "asthma-treat": ("What are the treatments for Asthma ?", "Inhalers control and relieve it."),
    "diabetes-info": ("What is (are) Diabetes ?", "Diabetes is too much sugar in the blood."),
    "diabetes-causes": (
        "What causes Diabetes ?",
        "The body makes too little insulin or resists it.",
    ),
    "anemia-info": ("What is (are) Anemia ?", "Anemia is too few red blood cells."),
    "anemia-frequency": ("How many people are affected by Anemia ?", "Millions of people."),
}


@pytest.fixture(scope="module")
def gout_bank(tmp_path_factory):
    root = tmp_path_factory.mktemp("gout")
    rows = [
        {"id": pair_id, "question": q, "answer": a, "topic": pair_id.split("-")[0], "lang": "en"}
        | {"source": {"id": "nih", "title": "NIH", "publisher": "NIH"}}
        for pair_id, (q, a) in GOUT.items()
    ]
    return index_of_rows(root, rows)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("how is gout treated", "gout-treat"),
        ("my husband has gout in his big toe, what is the treatment", "gout-treat"),
        ("what does a gout attack feel like", "gout-symptoms"),
        ("how common is gout", "gout-frequency"),
    ],
)
def test_the_pair_of_the_kind_asked_leads(gout_bank, text, expected):
    found = search(gout_bank, text, "en", min_confidence=0.0)
    assert found.results[0].pair.id == expected


def test_without_kinds_the_general_pair_would_lead(gout_bank, monkeypatch):
    """The table above fails without kinds: the general pair leads on the condition's name."""
    monkeypatch.setattr(query, "kinds_asked", lambda locale, text: frozenset())
    found = search(gout_bank, "how common is gout", "en", min_confidence=0.0)
    assert found.results[0].pair.id == "gout-info"  # "Gout is a common ... arthritis."
    assert question_kinds.kinds_asked("en", "how common is gout") == {"frequency"}

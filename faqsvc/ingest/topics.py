"""Topic classification by keyword, in the languages we ingest.

A heading says far more than its body ("Risks" vs. a paragraph that mentions risk once), so
heading matches weigh more. Keywords are word starts, so "complication" covers "complications".
"""

from __future__ import annotations

from faqsvc.model import TOPICS

TOPIC_KEYWORDS: dict[str, tuple[str, ...]] = {
    "risks": (
        "risk",
        "complication",
        "side effect",
        "side-effect",
        "danger",
        "safe",
        "leak",
        "riesgo",
        "complicaci",
        "efectos secundarios",
        "risque",
        "effets secondaires",
        "risiko",
        "komplikation",
        "nebenwirkung",
        "risco",
        "complicaç",
        "efeitos colaterais",
    ),
    "benefits": (
        "benefit",
        "advantage",
        "success rate",
        "successful",
        "relief",
        "beneficio",
        "ventaja",
        "bénéfice",
        "avantage",
        "vorteil",
        "nutzen",
        "benefício",
        "vantage",
    ),
    "recovery": (
        "recover",
        "after vertebroplasty",
        "check-up",
        "afterwards",
        "back brace",
        "go back to",
        "after the",
        "aftercare",
        "post-operative",
        "postoperative",
        "discharge",
        "go home",
        "going home",
        "physical therapy",
        "physiotherapy",
        "bed rest",
        "recuperaci",
        "después",
        "récupération",
        "après",
        "erholung",
        "nach dem eingriff",
        "recuperaç",
        "depois",
    ),
    "preparation": (
        "prepar",
        "before the",
        "prior to",
        "fasting",
        "tests",
        "blood thinner",
        "preparaci",
        "antes",
        "préparation",
        "avant",
        "vorbereitung",
        "vor dem eingriff",
        "preparaç",
    ),
    "procedure": (
        "procedure",
        "performed",
        "how is",
        "during",
        "needle",
        "inject",
        "sedation",
        "anesthe",
        "anaesthe",
        "procedimiento",
        "durante",
        "déroulement",
        "pendant",
        "ablauf",
        "während",
        "procedimento",
    ),
    "candidates": (
        "candidate",
        "who ",
        "suitable",
        "indication",
        "eligible",
        "considered for",
        "right for",
        "need vertebroplasty",
        "susceptible",
        "candidato",
        "indicaci",
        "candidat",
        "indication",
        "indikation",
        "geeignet",
        "indicaç",
    ),
    "causes": ("cause", "why ", "reason", "causa", "pourquoi", "ursache", "warum", "por que"),
    "alternatives": (
        "alternative",
        " vs",
        "versus",
        "compared",
        "kyphoplasty",
        "instead",
        "other treatment",
        "alternativa",
        "autre traitement",
        "andere behandlung",
    ),
    "limitations": (
        "limitation",
        "cannot",
        "not suitable",
        "not used for",
        "will not",
        "limitaci",
        "limite",
        "grenzen",
        "limitaç",
    ),
    "about": (
        "what is",
        "introduction",
        "overview",
        "definition",
        "qué es",
        "qu'est-ce",
        "was ist",
        "o que é",
        "introducci",
        "einleitung",
        "introduç",
    ),
}

# Keywords are counted with str.count on the lowercased text: one IGNORECASE regex
# alternation per topic spent 50 s on the 17,896 NIH pairs' answers.
_KEYWORDS = {topic: tuple(k.lower() for k in words) for topic, words in TOPIC_KEYWORDS.items()}


def _count(text: str, keywords: tuple[str, ...]) -> int:
    return sum(text.count(keyword) for keyword in keywords)


def topic_scores(heading: str, body: str) -> dict[str, float]:
    heading, lead, body = heading.lower(), body[:200].lower(), body[:1500].lower()
    scores = {}
    for topic, keywords in _KEYWORDS.items():
        in_heading = _count(heading, keywords)
        in_lead = _count(lead, keywords)
        in_body = _count(body, keywords)
        scores[topic] = 6.0 * in_heading + min(in_body + in_lead, 8)
    return scores


def classify(heading: str, body: str) -> tuple[str, bool]:
    """The best topic and whether the choice is unsure (no signal, or a near tie)."""
    scores = topic_scores(heading, body)
    ranked = sorted(TOPICS, key=lambda t: (-scores[t], TOPICS.index(t)))
    best, second = ranked[0], ranked[1]
    if scores[best] == 0:
        return "about", True
    return best, scores[best] - scores[second] < 1.0

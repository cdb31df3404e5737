"""Turn headings into the questions patients ask, per language.

A topic heading ("Vertebroplasty Risks") becomes a question ("What are the risks of
vertebroplasty?"); a heading that is already a question is kept. Templates are data per language;
a language without templates keeps its heading as the question.
"""

from __future__ import annotations

import re

QUESTION_END = re.compile(r"[?？؟]\s*$")

# Per language: a question per topic (for bare topic headings and untitled sections), plus
# fallbacks for noun-phrase headings.
TEMPLATES: dict[str, dict[str, str]] = {
    "en": {
        "about": "What is {s}?",
        "causes": "Why might I need {s}?",
        "candidates": "Who is a candidate for {s}?",
        "preparation": "How do I prepare for {s}?",
        "procedure": "How is {s} performed?",
        "recovery": "What is recovery like after {s}?",
        "risks": "What are the risks of {s}?",
        "benefits": "What are the benefits of {s}?",
        "alternatives": "What are the alternatives to {s}?",
        "limitations": "What are the limitations of {s}?",
        "noun": "What is {x}?",
        "plural": "What are {x}?",
        "causes_of": "What causes {x}?",
        "difference": "What is the difference between {a} and {b}?",
        "know_about": "What should I know about {x}?",
        "more_about": "What else should I know about {s}?",
    },
    "es": {
        "about": "¿Qué es la {s}?",
        "candidates": "¿Quién es candidato a la {s}?",
        "preparation": "¿Cómo me preparo para la {s}?",
        "procedure": "¿Cómo se realiza la {s}?",
        "recovery": "¿Cómo es la recuperación después de la {s}?",
        "risks": "¿Cuáles son los riesgos de la {s}?",
        "benefits": "¿Cuáles son los beneficios de la {s}?",
        "limitations": "¿Cuáles son las limitaciones de la {s}?",
        "difference": "¿Cuál es la diferencia entre {a} y {b}?",
        "know_about": "¿Qué debo saber sobre {x}?",
        "more_about": "¿Qué más debo saber sobre la {s}?",
    },
    "fr": {
        "about": "Qu'est-ce que la {s} ?",
        "candidates": "Qui peut bénéficier de la {s} ?",
        "preparation": "Comment se préparer à la {s} ?",
        "procedure": "Comment se déroule la {s} ?",
        "recovery": "Comment se passe la récupération après la {s} ?",
        "risks": "Quels sont les risques de la {s} ?",
        "benefits": "Quels sont les bénéfices de la {s} ?",
        "limitations": "Quelles sont les limites de la {s} ?",
        "difference": "Quelle est la différence entre {a} et {b} ?",
        "know_about": "Que faut-il savoir sur {x} ?",
        "more_about": "Que faut-il savoir d'autre sur la {s} ?",
    },
    "de": {
        "about": "Was ist eine {s}?",
        "candidates": "Für wen ist eine {s} geeignet?",
        "preparation": "Wie bereite ich mich auf die {s} vor?",
        "procedure": "Wie wird die {s} durchgeführt?",
        "recovery": "Wie verläuft die Erholung nach der {s}?",
        "risks": "Welche Risiken hat die {s}?",
        "benefits": "Welchen Nutzen hat die {s}?",
        "limitations": "Wo liegen die Grenzen der {s}?",
        "difference": "Was ist der Unterschied zwischen {a} und {b}?",
        "know_about": "Was sollte ich über {x} wissen?",
        "more_about": "Was sollte ich noch über die {s} wissen?",
    },
    "pt": {
        "about": "O que é a {s}?",
        "risks": "Quais são os riscos da {s}?",
        "benefits": "Quais são os benefícios da {s}?",
        "recovery": "Como é a recuperação depois da {s}?",
        "procedure": "Como é feita a {s}?",
        "know_about": "O que devo saber sobre {x}?",
        "more_about": "O que mais devo saber sobre a {s}?",
    },
}

# Headings that only name a topic ("Risks", "About the Procedure", "Indications for X").
BARE_TOPIC_WORDS: dict[str, str] = {
    "introduction": "about",
    "overview": "about",
    "summary": "about",
    "background": "about",
    "risks": "risks",
    "risk": "risks",
    "complications": "risks",
    "side effects": "risks",
    "benefits": "benefits",
    "advantages": "benefits",
    "recovery": "recovery",
    "aftercare": "recovery",
    "preparation": "preparation",
    "procedure": "procedure",
    "indications": "candidates",
    "candidates": "candidates",
    "limitations": "limitations",
    "alternatives": "alternatives",
    "introducción": "about",
    "riesgos": "risks",
    "beneficios": "benefits",
    "recuperación": "recovery",
    "risques": "risks",
    "bénéfices": "benefits",
    "avantages": "benefits",
    "récupération": "recovery",
    "risiken": "risks",
    "vorteile": "benefits",
    "nutzen": "benefits",
    "einleitung": "about",
    "riscos": "risks",
    "benefícios": "benefits",
    "recuperação": "recovery",
}
_FILLER = {
    "of",
    "for",
    "the",
    "a",
    "an",
    "about",
    "and",
    "de",
    "la",
    "el",
    "le",
    "der",
    "die",
    "das",
    "des",
    "du",
    "da",
    "do",
    "à",
    "en",
}
_VERSUS = re.compile(
    r"^(?P<a>.+?)\s+(?:vs\.?|versus|compared (?:to|with)|or)\s+(?P<b>.+?)"
    r"(?:\s+(?:for|in|para|pour|bei)\s+.+)?$",
    re.IGNORECASE,
)
_CAUSES = re.compile(r"^(?:(?P<x>.+?)\s+causes|causes of\s+(?P<y>.+))$", re.IGNORECASE)


def _keep_case(word: str) -> bool:
    return word == "I" or (word.isupper() and len(word) > 1) or word.startswith("I'")


def phrase_case(text: str) -> str:
    """Title Case to lower case, keeping acronyms (MRI, PMMA) and "I" as written."""
    return " ".join(w if _keep_case(w) else w.lower() for w in text.split())


def sentence_case(text: str) -> str:
    """'What Is A Compression Fracture?' -> 'What is a compression fracture?'; other text as is."""
    words = text.split()
    long_words = [w for w in words if len(w) >= 4 and w[:1].isalpha()]
    capitalised = sum(1 for w in long_words if w[:1].isupper())
    if len(long_words) < 2 or capitalised / len(long_words) < 0.6:
        return text
    rest = phrase_case(" ".join(words[1:]))
    return f"{words[0]} {rest}".strip()


def _template(lang: str, key: str) -> str | None:
    return TEMPLATES.get(lang, {}).get(key) or (TEMPLATES["en"].get(key) if lang == "en" else None)


def bare_topic(heading: str, subject: str) -> str | None:
    words = [w for w in re.findall(r"[\w'-]+", heading.lower()) if w not in _FILLER]
    subject_words = set(subject.lower().split())
    rest = " ".join(w for w in words if w not in subject_words)
    return BARE_TOPIC_WORDS.get(rest)


def question_for(heading: str | None, topic: str, subject: str, lang: str) -> str:
    """The question a patient would ask for a section with this heading (or none)."""
    if heading and QUESTION_END.search(heading):
        return sentence_case(heading.strip())
    bare = bare_topic(heading, subject) if heading else topic
    if bare and (template := _template(lang, bare)):
        return template.format(s=subject)
    if heading is None:
        return (_template(lang, "know_about") or "{x}?").format(x=subject)
    phrase = heading.strip().rstrip(":")
    phrase = phrase if lang == "de" else phrase_case(phrase)  # German nouns keep their capital
    if (match := _VERSUS.match(phrase)) and (template := _template(lang, "difference")):
        return template.format(a=match["a"], b=match["b"])
    if lang == "en":
        return _english_noun_question(phrase, topic)
    template = _template(lang, "know_about")
    return template.format(x=phrase) if template else f"{heading.strip()}?"


def _english_noun_question(phrase: str, topic: str) -> str:
    if match := _CAUSES.match(phrase):
        thing = match["x"] or match["y"]
        return TEMPLATES["en"]["causes_of"].format(x=thing if thing.endswith("s") else thing + "s")
    if topic == "about" and len(phrase.split()) <= 4:
        plural = phrase.endswith("s") and not phrase.endswith(("ss", "is", "us"))
        return TEMPLATES["en"]["plural" if plural else "noun"].format(x=phrase)
    return TEMPLATES["en"]["know_about"].format(x=phrase)


def fallback_question(subject: str, lang: str) -> str:
    """A second question for a subject, when the first is already taken in the same document."""
    template = _template(lang, "more_about") or "{s}?"
    return template.format(s=subject)

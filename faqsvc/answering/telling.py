"""What a message tells and what it asks, per locale: "Je vis seule et personne ne peut rester
avec moi. On me garde à l'hôpital ?" tells that she lives alone and asks about the stay. What is
told weighs as context (``query.CONTEXT_WEIGHT``) and names no subject of its own
(``subjects.asked_subjects``)."""

from __future__ import annotations

from functools import partial

from faqsvc.analysis import language_of
from faqsvc.answering.address import vague_question
from faqsvc.answering.interrogatives import question_words
from faqsvc.answering.message import context_spans

OPENING_WORDS = 2  # a sentence opening with a question word asks (``_opens_question``)


def _opens_question(locale: str, sentence: str) -> bool:
    """A sentence whose first two words hold a question word ("cuanto riesgo hay", "whats the
    difference") asks, mark or none; Chinese puts its question words anywhere, so only the
    mark counts there. Studied sets: 4 declined -> right, 2 right -> declined, none wrong."""
    if language_of(locale) == "zh":
        return False
    return bool(question_words(locale, " ".join(sentence.split()[:OPENING_WORDS])))


def told_spans(locale: str, text: str) -> list[range]:
    """Character spans of what ``text`` tells around what it asks (``message.context_spans``)."""
    return context_spans(
        text,
        partial(_opens_question, locale),
        lambda sentence: not vague_question(sentence, locale),  # "What happens now?"
    )


def asked_part(locale: str, text: str) -> str:
    """``text`` with what it tells blanked out: "Je vis seule et personne ne peut rester avec
    moi. On me garde à l'hôpital ?" asks about the stay, not about someone to stay with her."""
    for span in told_spans(locale, text):
        text = text[: span.start] + " " * len(span) + text[span.stop :]
    return text

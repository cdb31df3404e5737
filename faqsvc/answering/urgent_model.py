"""Urgent signs described without their name, read by a word model beside the rules.

The rules (``urgent_rules``) find a sign that is named, in any tense, person or dialect: on
blind sets nobody here studied, 48 of 48 named signs alerted. A sign told only by what is seen,
felt or no longer possible ("the bandage keeps dripping onto the sheet", "he asks me who I am",
"she sits on the toilet for ages and nothing comes") alerted 19 of 48 times: its words are
ordinary ones, and no list of phrases reaches every way of telling it.

So each sentence is also scored by a naive Bayes model per locale over its words and pairs of
adjacent words (characters and their pairs in Chinese), fitted offline on every labelled urgent
message and ordinary question we hold (``scripts/fit_urgent_model.py``, ``make urgent-model``)
and shipped as data (``faqsvc/data/urgent_model.json.gz``). A sentence whose log-odds pass the
threshold raises the notice. A longer message has more sentences to pass it by chance, so the
threshold rises with their number (``per_doubling`` for each doubling): a story of the pains
that led to the procedure is not read as a report of a new one.

The model only adds alerts the rules missed; what the rules quiet by their cues (a question
about a risk, a long-standing condition) the model has learnt from the controls it was fitted
on. Cost: one pass over the words of at most ``MAX_CHARS`` characters and a dictionary lookup
each.
"""

from __future__ import annotations

import gzip
import json
import math
import re
from collections.abc import Iterable
from functools import cache
from importlib import resources

from faqsvc.answering.urgent_rules import SENTENCE

__all__ = ["describes_sign", "features", "log_odds", "sentences", "urgent_sentences"]

MODEL_FILE = "urgent_model.json.gz"
_WORD = re.compile(r"\w+")
_HAN = re.compile(r"[\u3400-\u9fff]")
MIN_SENTENCE_CHARS = 4


def features(sentence: str) -> set[str]:
    """The words of a sentence in ``canonical`` spelling and each pair of neighbours; for
    Chinese, which has no spaces, its characters and their pairs."""
    if _HAN.search(sentence):
        words = [c for c in sentence if c.isalnum()]
    else:
        words = _WORD.findall(sentence)
    found = set(words)
    found.update(f"{a} {b}" for a, b in zip(words, words[1:], strict=False))
    return found


def sentences(canon: str) -> list[tuple[int, str]]:
    """(start, text) of the sentences of a message the model reads (a word or two alone says
    nothing)."""
    return [
        (m.start(), m.group())
        for m in SENTENCE.finditer(canon)
        if len(m.group().strip()) >= MIN_SENTENCE_CHARS
    ]


@cache
def _model() -> dict:
    path = resources.files("faqsvc") / "data" / MODEL_FILE
    return json.loads(gzip.decompress(path.read_bytes()).decode("utf-8"))


def log_odds(locale: str, sentence: str) -> float:
    """How much likelier the sentence is in an urgent message than in an ordinary one, as
    log-odds; 0 for a locale the model was not fitted on."""
    fitted = _model()["locales"].get(locale)
    if fitted is None:
        return 0.0
    weights = fitted["weights"]
    return fitted["prior"] + sum(weights.get(f, 0.0) for f in features(sentence))


def urgent_sentences(canon: str, locales: Iterable[str]) -> list[range]:
    """Where in ``canon`` (text in ``canonical`` spelling) the sentences are that read as an
    urgent report to the model of one of ``locales``."""
    model = _model()
    found = sentences(canon)
    if not found:
        return []
    threshold = model["threshold"] + model["per_doubling"] * math.log2(len(found))
    return [
        range(start, start + len(text))
        for start, text in found
        if any(log_odds(locale, text) > threshold for locale in locales)
    ]


def describes_sign(canon: str, locales: Iterable[str]) -> bool:
    """Whether a sentence of ``canon`` reads as an urgent report to one of the models."""
    return bool(urgent_sentences(canon, locales))


def warm() -> None:
    """Load the model now (a worker starting), not on some patient's first request."""
    _model()

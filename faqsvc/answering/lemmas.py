"""A real word the leaflets never use in the form typed, read as its dictionary form.

Stemmers merge regular endings but not a verb's irregular forms: "dort" is not stemmed with
"dormir", nor "fez" with "fazer", "pusieron" with "poner" or "schläft" with "schlafen". Such a
word is real, so spelling never touches it, and unknown to the index, so it weighed as much as
a word no leaflet could answer ("can I bring my dog?") and sank the right pair below the
threshold. ``faqsvc/data/words/<language>.lemmas.tsv.gz`` (scripts/make_wordlists.py, from
simplemma's tables) lists the common forms the stemmer leaves apart from their lemma; a form is
read as its lemma only when the index knows the lemma and not the form, so a common query costs
nothing.
"""

from __future__ import annotations

import gzip
from collections.abc import Iterable
from functools import cache
from importlib import resources

from faqsvc.analysis import fold, language_of


@cache
def _table(language: str) -> dict[str, str]:
    """Form -> lemma: each form in lower case with its accents, and unaccented where no two
    forms of different lemmas fold alike ("abfuhren" is abfahren's, "abführen" its own)."""
    path = resources.files("faqsvc") / "data" / "words" / f"{language}.lemmas.tsv.gz"
    if not path.is_file():
        return {}
    rows = [line.split("\t") for line in gzip.decompress(path.read_bytes()).decode().splitlines()]
    table = {form: lemma for form, lemma in rows}
    folded: dict[str, set[str]] = {}
    for form, lemma in rows:
        folded.setdefault(fold(form), set()).add(lemma)
    for form, lemmas in folded.items():
        if len(lemmas) == 1:
            table.setdefault(form, next(iter(lemmas)))
    return table


def lemma(locale: str, word: str) -> str | None:
    """The dictionary form of ``word`` when the stemmer does not reach it, else None."""
    table = _table(language_of(locale))
    return table.get(word.lower()) or table.get(fold(word))


def warm(locales: Iterable[str]) -> None:
    """Load the tables now (a worker starting), not on some patient's message."""
    for locale in locales:
        _table(language_of(locale))

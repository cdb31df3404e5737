"""The engine's schema: the fields of a locale's index and the version a build is stamped with."""

from __future__ import annotations

from whoosh.fields import ID, TEXT, Schema

from faqsvc.analysis import analysis_for

SCHEMA_VERSION = 10
TEXT_FIELDS = ("question", "alternates", "answer")


def field_names(locale: str) -> dict[str, float]:
    """Every searchable field of a locale's index with the weight of its analyzer variant."""
    analysis = analysis_for(locale)
    names = {name: 1.0 for name in TEXT_FIELDS}
    for suffix, (_, weight) in analysis.extra.items():
        names.update({f"{name}_{suffix}": weight for name in TEXT_FIELDS})
    return names


def schema_for(locale: str) -> Schema:
    analysis = analysis_for(locale)
    fields = {
        "id": ID(stored=True, unique=True),
        "topic": ID(stored=True),
        "source": ID(stored=True),
    }
    for name in TEXT_FIELDS:
        fields[name] = TEXT(analyzer=analysis.text, phrase=False)
        for suffix, (analyzer, _) in analysis.extra.items():
            fields[f"{name}_{suffix}"] = TEXT(analyzer=analyzer, phrase=False)
    return Schema(**fields)

"""One Settings object, read from ``FAQSVC_*`` environment variables.

Every field has a documented default (see README); paths are relative to the working directory so
``make run`` from a checkout works, and an operator can point the service at another corpus.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, fields
from pathlib import Path

from faqsvc.errors import InvalidParameter


@dataclass(frozen=True)
class Settings:
    corpus_dir: Path = Path("corpus")
    translations_dir: Path = Path("translations")
    index_dir: Path = Path("index")
    bind: str = "127.0.0.1:8000"
    workers: int = 2
    default_locale: str = "en"
    # Below this calibrated confidence nothing is shown as an answer (see README, "Confidence").
    min_confidence: float = 0.44
    default_limit: int = 5
    max_limit: int = 20
    # Longer queries are refused (414); a paste shorter than this is searched on its first words.
    max_query_chars: int = 2000
    log_level: str = "info"
    # Longest question and answer `faqsvc ingest --import` accepts (characters): national banks
    # have answers of 27,000 characters, so the default leaves room for real documents.
    import_max_question_chars: int = 2_000
    import_max_answer_chars: int = 100_000

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Settings:
        """Read ``FAQSVC_<FIELD>`` for each field; a malformed number is an error, not a default."""
        environ = os.environ if environ is None else environ
        values: dict[str, object] = {}
        for field in fields(cls):
            raw = environ.get(f"FAQSVC_{field.name.upper()}")
            if raw is None or raw == "":
                continue
            values[field.name] = _coerce(field.name, field.type, raw)
        return cls(**values)


def _coerce(name: str, type_name: object, raw: str) -> object:
    kind = str(type_name)
    try:
        if kind == "Path":
            return Path(raw)
        if kind == "int":
            return int(raw)
        if kind == "float":
            return float(raw)
    except ValueError as exc:
        raise InvalidParameter(f"FAQSVC_{name.upper()}={raw!r} is not a valid {kind}") from exc
    return raw

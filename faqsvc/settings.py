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
    min_confidence: float = 0.7
    default_limit: int = 5
    max_limit: int = 20
    # Longer queries are refused (414); a paste shorter than this is searched on its first words.
    max_query_chars: int = 2000
    log_level: str = "info"
    # Lobby kiosk: idle reset, "Start again", no persistent cookies, no-store, no external links.
    kiosk: bool = False
    # Seconds without a touch or key before the kiosk offers to start again (then 30 s countdown).
    kiosk_idle_seconds: int = 90
    # How long the "Are you still there?" countdown runs before the kiosk starts again.
    kiosk_countdown_seconds: int = 30
    # Where kiosk patients are sent to find staff ("the main reception desk, ground floor").
    help_desk: str = ""
    # The number behind the urgent notice's tel: link, and the care team's number if any.
    emergency_phone: str = "999"
    care_phone: str = ""
    # Public URL base for QR codes ("https://faq.example-hospital.org"); empty: this request's host.
    public_url: str = ""
    # Where the "Was this helpful?" aggregate (SQLite) lives.
    data_dir: Path = Path("data")
    # Per client address, across workers: requests a second on average, and at once.
    # 0 turns the limit off (behind a proxy that limits, or that hides client addresses).
    rate_limit: float = 10.0
    rate_burst: int = 30
    # Threads per gunicorn worker: each slow client holds one while it sends its request.
    threads: int = 8
    # Seconds a client has to send its whole request line and headers.
    header_timeout: float = 10.0
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
        if kind == "bool":
            return _boolean(raw)
    except ValueError as exc:
        raise InvalidParameter(f"FAQSVC_{name.upper()}={raw!r} is not a valid {kind}") from exc
    return raw


def _boolean(raw: str) -> bool:
    value = raw.strip().lower()
    if value in {"1", "true", "yes", "on"}:
        return True
    if value in {"0", "false", "no", "off"}:
        return False
    raise ValueError(raw)

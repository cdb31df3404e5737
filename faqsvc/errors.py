"""Domain errors: the core raises these, and ``faqsvc.web.errors`` maps them to HTTP in one place."""

from __future__ import annotations


class FaqError(Exception):
    """Base class: every error the core raises on purpose carries a stable machine code."""

    code = "faq_error"

    def __init__(self, message: str, *, detail: dict | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.detail = detail or {}


class InvalidParameter(FaqError):
    """A caller sent a value we cannot use (bad limit, unknown topic, malformed text)."""

    code = "invalid_parameter"


class InputTooLarge(FaqError):
    """A caller sent more than we agree to read; answering it would only cost us."""

    code = "too_large"


class NotFound(FaqError):
    """The thing asked for (a pair id, a file) does not exist."""

    code = "not_found"


class IndexUnavailable(FaqError):
    """The index is missing, stale or built by another schema: the service cannot answer yet."""

    code = "index_unavailable"


class CorpusError(FaqError):
    """A corpus file, manifest or override cannot be read as written."""

    code = "corpus_error"


class CatalogError(FaqError):
    """A gettext catalog does not parse or compile."""

    code = "catalog_error"

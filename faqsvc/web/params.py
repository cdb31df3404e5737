"""Reading and checking request parameters, shared by API resources and pages."""

from __future__ import annotations

from faqsvc.errors import InputTooLarge, InvalidParameter
from faqsvc.locales import Negotiated, negotiate
from faqsvc.settings import Settings

LANG_COOKIE = "faqsvc_lang"


def cookie(req) -> str | None:
    """The picker's cookie as sent (the first, if a client sends several)."""
    value = req.cookies.get(LANG_COOKIE) or [None]
    return value[0] if isinstance(value, list) else value


def language(req, settings: Settings) -> Negotiated:
    """``lang`` parameter, then the picker's cookie, then Accept-Language, then the default."""
    param = req.get_param("lang")
    return negotiate(param, cookie(req), req.get_header("Accept-Language"), settings.default_locale)


def query_text(req, settings: Settings, *, required: bool = True) -> str:
    text = req.get_param("q", default="") or ""
    if len(text) > settings.max_query_chars:
        raise InputTooLarge(f"q is longer than {settings.max_query_chars} characters")
    text = text.replace("\x00", "")
    if required and not text.strip():
        raise InvalidParameter("q is required: the patient's question in plain words")
    return text


def limit(req, settings: Settings) -> int:
    raw = req.get_param("limit", default=None)
    if raw is None:
        return settings.default_limit
    try:
        value = int(raw)
    except ValueError:
        raise InvalidParameter(f"limit must be a whole number, not {raw[:20]!r}") from None
    if not 1 <= value <= settings.max_limit:
        raise InvalidParameter(f"limit must be between 1 and {settings.max_limit}")
    return value


MAX_OFFSET = 10**9  # beyond any bank; larger numbers do not fit the pair store's integers


def offset(req) -> int:
    """Where a page of a listing starts (0 when not given)."""
    raw = req.get_param("offset")
    if raw is None:
        return 0
    try:
        value = int(raw)
    except ValueError:
        raise InvalidParameter(f"offset must be a whole number, not {raw[:20]!r}") from None
    if not 0 <= value <= MAX_OFFSET:
        raise InvalidParameter(f"offset must be between 0 and {MAX_OFFSET}")
    return value

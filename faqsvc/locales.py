"""Supported locales are data: add a line to SUPPORTED_LOCALES, its catalogs, and rebuild.

Tags are parsed with Babel and matched on language + script, because ``babel.negotiate_locale``
maps ``zh-CN`` and ``zh`` to nothing and ``zh-TW`` (Traditional) to the default.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from babel import Locale, UnknownLocaleError
from babel.core import get_global

# BCP 47 tags, in the order the language picker shows them.
SUPPORTED_LOCALES: tuple[str, ...] = ("en", "es", "fr", "de", "pt", "zh-Hans", "ar", "vi")
DEFAULT_LOCALE = "en"
SOURCE_LOCALE = "en"  # the language the corpus is written in and catalogs translate from

_TAG_SHAPE = re.compile(r"^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8}){0,4}$")


@dataclass(frozen=True)
class LocaleInfo:
    tag: str  # BCP 47, as in URLs and the API: "zh-Hans"
    language: str  # ISO 639: "zh"
    script: str | None  # ISO 15924 where the language is written in more than one: "Hans"
    native_name: str
    english_name: str
    direction: str  # "ltr" or "rtl"

    @property
    def gettext_name(self) -> str:
        """Directory name under translations/: gettext uses underscores (zh_Hans)."""
        return self.tag.replace("-", "_")


@cache
def locale_info(tag: str) -> LocaleInfo:
    babel_locale = Locale.parse(tag, sep="-")
    return LocaleInfo(
        tag=tag,
        language=babel_locale.language,
        script=babel_locale.script,
        native_name=babel_locale.display_name,
        english_name=babel_locale.english_name,
        direction=babel_locale.text_direction,
    )


def supported() -> tuple[LocaleInfo, ...]:
    return tuple(locale_info(tag) for tag in SUPPORTED_LOCALES)


@lru_cache(maxsize=512)
def _parse(tag: str) -> tuple[str, str | None] | None:
    """Language and script of a tag, with the script filled in from CLDR likely subtags.
    Remembered (bounded): Babel's parse cost more than the rest of a request's negotiation."""
    tag = tag.strip()
    if not _TAG_SHAPE.match(tag):
        return None
    try:
        parsed = Locale.parse(tag.replace("_", "-"), sep="-")
    except (UnknownLocaleError, ValueError, TypeError):
        return None
    script = parsed.script
    if script is None:
        likely = get_global("likely_subtags").get(parsed.language)
        if likely:
            parts = likely.split("_")
            script = parts[1] if len(parts) > 2 else None
    return parsed.language, script


def match_locale(tag: str | None) -> str | None:
    """The supported locale a tag means, or None: language must match, and script where it matters."""
    if not tag or len(tag) > 64:
        return None
    parsed = _parse(tag)
    if parsed is None:
        return None
    language, script = parsed
    for info in supported():
        if info.language != language:
            continue
        if info.script is None or info.script == script:
            return info.tag
    return None


def parse_accept_language(header: str | None) -> list[str]:
    """Tags from an Accept-Language header, best first; q=0 and malformed entries are dropped."""
    if not header or len(header) > 1024:
        return []
    weighted: list[tuple[float, int, str]] = []
    for position, item in enumerate(header.split(",")[:32]):
        tag, _, params = item.strip().partition(";")
        quality = 1.0
        match = re.search(r"q\s*=\s*([0-9.]+)", params)
        if match:
            try:
                quality = float(match.group(1))
            except ValueError:
                continue
        if tag and tag != "*" and quality > 0:
            weighted.append((-quality, position, tag.strip()))
    return [tag for _, _, tag in sorted(weighted)]


@dataclass(frozen=True)
class Negotiated:
    locale: str
    requested: str | None  # the explicit request, verbatim, when it could not be honoured exactly


def negotiate(
    param: str | None,
    cookie: str | None = None,
    accept_language: str | None = None,
    default: str = DEFAULT_LOCALE,
) -> Negotiated:
    """Pick the locale to answer in: ``lang`` parameter, then picker cookie, then header, then default.

    An explicit parameter that no supported locale matches falls back to the default and is
    reported back in ``requested``, so a client can tell its language was not served.
    """
    if param is not None and param != "":
        matched = match_locale(param)
        if matched:
            return Negotiated(matched, None if matched == param else param[:64])
        return Negotiated(default, param[:64])
    if cookie:
        matched = match_locale(cookie)
        if matched:
            return Negotiated(matched, None)
    for tag in parse_accept_language(accept_language):
        matched = match_locale(tag)
        if matched:
            return Negotiated(matched, None)
    return Negotiated(default, None)

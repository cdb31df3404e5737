"""UI strings (``messages`` domain) per locale, and Babel formatting for pages.

Catalogs are read from compiled ``.mo`` files when present and current, else compiled in memory
from the ``.po``, so a checkout serves translated pages even before ``make`` compiles them.
"""

from __future__ import annotations

import gettext
import io
from collections.abc import Callable
from pathlib import Path

from babel.messages.mofile import write_mo
from markupsafe import Markup, escape

from faqsvc.catalogs import UI_DOMAIN, catalog_path, read_catalog


def N_(message: str) -> str:  # noqa: N802 - the gettext convention for "extract, don't translate"
    return message


TOPIC_LABELS = {
    "about": N_("About the procedure"),
    "causes": N_("Causes"),
    "candidates": N_("Who it is for"),
    "preparation": N_("Before the procedure"),
    "procedure": N_("During the procedure"),
    "recovery": N_("Recovery"),
    "risks": N_("Risks"),
    "benefits": N_("Benefits"),
    "alternatives": N_("Alternatives"),
    "limitations": N_("Limitations"),
}
TRANSLATION_LABELS = {
    "source": N_("Original text"),
    "machine": N_("Machine translation, not yet reviewed by a clinician"),
    "reviewed": N_("Translation reviewed by a clinician"),
    "fallback": N_("Not yet translated: shown in English"),
}


QR_LABEL = N_("QR code with the address of this answer")


class UiText:
    def __init__(self, translations_dir: Path) -> None:
        self.translations_dir = translations_dir
        self._cache: dict[str, gettext.NullTranslations] = {}

    def translations(self, locale: str) -> gettext.NullTranslations:
        if locale not in self._cache:
            self._cache[locale] = self._load(locale)
        return self._cache[locale]

    def _load(self, locale: str) -> gettext.NullTranslations:
        po_path = catalog_path(self.translations_dir, locale, UI_DOMAIN)
        mo_path = po_path.with_suffix(".mo")
        if mo_path.exists() and (
            not po_path.exists() or mo_path.stat().st_mtime >= po_path.stat().st_mtime
        ):
            with mo_path.open("rb") as handle:
                return gettext.GNUTranslations(handle)
        if po_path.exists():
            buffer = io.BytesIO()
            write_mo(buffer, read_catalog(po_path), use_fuzzy=False)
            buffer.seek(0)
            return gettext.GNUTranslations(buffer)
        return gettext.NullTranslations()

    def gettext(self, locale: str) -> Callable[[str], str]:
        return self.translations(locale).gettext

    def template_gettext(self, locale: str) -> Callable[..., Markup]:
        """``_("Results for %(q)s", q=text)``: the message and every value are escaped."""
        lookup = self.translations(locale).gettext

        def _(message: str, **values: object) -> Markup:
            translated = escape(lookup(message))
            if values:
                return Markup(translated % {k: escape(v) for k, v in values.items()})
            return translated

        return _

    @staticmethod
    def topic_label(topic: str) -> str:
        return TOPIC_LABELS.get(topic, topic)

"""Server-rendered pages for patients: the same search and browse functions as the API."""

from __future__ import annotations

import re
from datetime import date, datetime

import falcon
from babel.dates import format_date, format_skeleton
from babel.numbers import format_decimal
from jinja2 import Environment, PackageLoader, select_autoescape

from faqsvc.answering import browse
from faqsvc.answering.search import popular, related, search
from faqsvc.errors import FaqError, NotFound
from faqsvc.locales import locale_info
from faqsvc.settings import Settings
from faqsvc.web import params
from faqsvc.web.i18n import TRANSLATION_LABELS, UiText

COOKIE_AGE = 365 * 24 * 3600


def answer_blocks(text: str) -> list[tuple[str, object]]:
    """Answer text to ("p", text) and ("ul", [items]) blocks; the template escapes each."""
    blocks: list[tuple[str, object]] = []
    for chunk in re.split(r"\n\s*\n", text.strip()):
        lines = [line for line in chunk.split("\n") if line.strip()]
        para = [line for line in lines if not line.startswith("- ")]
        items = [line[2:] for line in lines if line.startswith("- ")]
        if para:
            blocks.append(("p", " ".join(para)))
        if items:
            blocks.append(("ul", items))
    return blocks


def source_date(iso: str | None, locale: str) -> str | None:
    """A source's own date with the precision it was given: "2024" , "March 2024", "4 March 2024"
    in the reader's language."""
    if not iso:
        return None
    parts = [int(p) for p in iso.split("-")[:3] if p.isdigit()]
    try:
        when = date(*(parts + [1, 1])[:3])
    except (TypeError, ValueError):
        return None
    skeleton = {1: "y", 2: "yMMMM"}.get(len(parts), "yMMMMd")
    return format_skeleton(skeleton, when, locale=locale)


def make_environment() -> Environment:
    env = Environment(
        loader=PackageLoader("faqsvc.web", "templates"),
        autoescape=select_autoescape(["html"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["answer_blocks"] = answer_blocks
    return env


class Pages:
    """Shared rendering: language, picker, cookies, and the page skeleton's variables."""

    def __init__(self, settings: Settings, index, ui: UiText) -> None:
        self.settings, self.index, self.ui = settings, index, ui
        self.env = make_environment()

    def render(self, req, resp, template: str, status=falcon.HTTP_200, **context) -> None:
        chosen = params.language(req, self.settings)
        locale = chosen.locale
        if req.get_param("lang") and chosen.requested is None:
            resp.set_cookie(
                params.LANG_COOKIE,
                locale,
                max_age=COOKIE_AGE,
                path="/",
                secure=False,
                http_only=True,
                same_site="Lax",
            )
        info = locale_info(locale)
        page = self.env.get_template(template).render(
            _=self.ui.template_gettext(locale),
            locale=locale,
            info=info,
            locales=[locale_info(t) for t in self.index.locales],
            requested_lang=chosen.requested,
            topic_label=lambda t: self.ui.gettext(locale)(self.ui.topic_label(t)),
            translation_label=lambda s: self.ui.gettext(locale)(TRANSLATION_LABELS[s]),
            number=lambda n: format_decimal(n, locale=info.gettext_name),
            language_name=lambda t: locale_info(t).native_name,
            updated=self.updated(info),
            source_date=lambda iso: source_date(iso, info.gettext_name),
            path=req.path,
            **context,
        )
        resp.status = status
        resp.content_type = falcon.MEDIA_HTML
        resp.text = page
        resp.vary = ("Accept-Language", "Cookie")

    def updated(self, info) -> str | None:
        """When the index was built, as a date in the reader's own format."""
        built = self.index.manifest.get("built_at")
        try:
            when = datetime.strptime(built, "%Y-%m-%dT%H:%M:%SZ")
        except (TypeError, ValueError):
            return None
        return format_date(when, format="long", locale=info.gettext_name)

    def locale(self, req) -> str:
        return params.language(req, self.settings).locale


class HomePage(Pages):
    def on_get(self, req, resp) -> None:
        locale = self.locale(req)
        self.render(
            req,
            resp,
            "home.html",
            topics=browse.topic_counts(self.index, locale),
            popular=popular(self.index, locale),
        )


class SearchPage(Pages):
    def on_get(self, req, resp) -> None:
        locale = self.locale(req)
        try:
            text = params.query_text(req, self.settings, required=False)
        except FaqError as exc:
            return self.render(
                req,
                resp,
                "home.html",
                status=falcon.HTTP_414,
                topics=browse.topic_counts(self.index, locale),
                error=exc.message,
            )
        if not text.strip():
            raise falcon.HTTPSeeOther(f"/?lang={locale}")
        result = search(
            self.index,
            text,
            locale,
            limit=self.settings.default_limit,
            min_confidence=self.settings.min_confidence,
        )
        self.render(req, resp, "search.html", result=result, q=text)


class TopicPage(Pages):
    def on_get(self, req, resp, topic: str) -> None:
        locale = self.locale(req)
        try:
            pairs = browse.browse(self.index, locale, topic)
        except FaqError:
            return self.render(req, resp, "error.html", status=falcon.HTTP_404)
        self.render(req, resp, "topic.html", topic=topic, pairs=pairs)


class FaqPage(Pages):
    def on_get(self, req, resp, pair_id: str) -> None:
        locale = self.locale(req)
        try:
            pair = browse.get_pair(self.index, pair_id, locale)
        except NotFound:
            return self.render(req, resp, "error.html", status=falcon.HTTP_404)
        self.render(
            req,
            resp,
            "faq.html",
            pair=pair,
            related=related(self.index, pair, locale, exclude=set()),
        )

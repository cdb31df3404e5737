"""Server-rendered pages for patients: the same search and browse functions as the API."""

from __future__ import annotations

import re
from datetime import date
from urllib.parse import urlencode

import falcon
from babel.dates import format_skeleton
from babel.numbers import format_decimal
from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from faqsvc.answering import browse
from faqsvc.answering.search import popular, related, search
from faqsvc.errors import FaqError, NotFound
from faqsvc.feedback import FeedbackStore
from faqsvc.locales import locale_info
from faqsvc.settings import Settings
from faqsvc.web import params, takehome
from faqsvc.web.i18n import QR_LABEL, TRANSLATION_LABELS, UiText

COOKIE_AGE = 365 * 24 * 3600
# Answers on these topics carry the standing "get help now if…" box.
HELP_NOW_TOPICS = frozenset({"recovery", "risks"})


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
    # Settings text (a desk's name) and phone numbers keep their own direction in Arabic pages.
    env.filters["isolate"] = lambda text: Markup("<bdi>%s</bdi>") % text
    env.filters["ltr"] = lambda text: Markup('<bdi dir="ltr">%s</bdi>') % text
    env.filters["tel_uri"] = lambda number: "tel:" + re.sub(r"[^0-9+*#]", "", number)
    return env


class Pages:
    """Shared rendering: language, picker, cookies, and the page skeleton's variables."""

    def __init__(self, settings: Settings, index, ui: UiText) -> None:
        self.settings, self.index, self.ui = settings, index, ui
        self.env = make_environment()

    def remember_language(self, req, resp, chosen) -> None:
        """The picker's choice, for a year; a kiosk keeps no cookie: links carry ``lang``."""
        if self.settings.kiosk or not req.get_param("lang") or chosen.requested is not None:
            return
        if params.cookie(req) == chosen.locale:
            return  # set only when it changes: a page that sets no cookie can be cached (Vary)
        resp.set_cookie(
            params.LANG_COOKIE,
            chosen.locale,
            max_age=COOKIE_AGE,
            path="/",
            secure=False,
            http_only=True,
            same_site="Lax",
        )

    def kiosk_context(self) -> dict:
        s = self.settings
        return {
            "kiosk": s.kiosk,
            "kiosk_idle_seconds": s.kiosk_idle_seconds,
            "kiosk_countdown_seconds": s.kiosk_countdown_seconds,
            "start_again_url": f"/?lang={s.default_locale}",
            "help_desk": s.help_desk,
            "emergency_phone": s.emergency_phone,
            "care_phone": s.care_phone,
            "help_now_topics": HELP_NOW_TOPICS,
            "countdown_markup": Markup(
                f"<span data-countdown>{int(s.kiosk_countdown_seconds)}</span>"
            ),
        }

    def render(self, req, resp, template: str, status=falcon.HTTP_200, **context) -> None:
        chosen = params.language(req, self.settings)
        locale = chosen.locale
        self.remember_language(req, resp, chosen)
        if self.settings.kiosk:
            resp.cache_control = ["no-store"]
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
            source_date=lambda iso: source_date(iso, info.gettext_name),
            path=req.path,
            **self.kiosk_context(),
            **context,
        )
        resp.status = status
        resp.content_type = falcon.MEDIA_HTML
        resp.text = page
        resp.vary = ("Accept-Language", "Cookie")

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
    def __init__(self, settings: Settings, index, ui: UiText) -> None:
        super().__init__(settings, index, ui)
        self.feedback = FeedbackStore(settings.data_dir)

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
        if not result.results:
            self.feedback.record_declined(locale, result.nearest_topic)
        req.context.search_result = result  # counted per locale by the metrics middleware
        self.render(req, resp, "search.html", result=result, q=text)


class TopicPage(Pages):
    def on_get(self, req, resp, topic: str) -> None:
        locale = self.locale(req)
        try:
            groups = browse.same_questions(browse.browse(self.index, locale, topic))
        except FaqError:
            return self.render(req, resp, "error.html", status=falcon.HTTP_404)
        self.render(
            req,
            resp,
            "topic.html",
            topic=topic,
            groups=groups,
            jsonld=takehome.faq_jsonld([lead for lead, _ in groups], locale),
            alternate_json=f"/api/v1/faqs?lang={locale}&topic={topic}",
        )


class FaqPage(Pages):
    """One answer, shareable: back to results, its topic, Home; print, QR code, feedback."""

    def on_get(self, req, resp, pair_id: str) -> None:
        locale = self.locale(req)
        try:
            pair = browse.get_pair(self.index, pair_id, locale)
            q = params.query_text(req, self.settings, required=False).strip()
        except NotFound:
            return self.render(req, resp, "error.html", status=falcon.HTTP_404)
        except FaqError:
            q = ""
        base = self.settings.public_url or req.prefix
        url = takehome.answer_url(base, pair.id, locale)
        label = self.ui.gettext(locale)(QR_LABEL)
        self.render(
            req,
            resp,
            "faq.html",
            pair=pair,
            related=related(self.index, pair, locale, exclude=set()),
            q=q,
            qr=takehome.qr_svg(url, label),
            answer_url=url,
            thanks=req.get_param("feedback") == "thanks",
            jsonld=takehome.faq_jsonld([pair], locale),
            alternate_json=f"/api/v1/faqs/{pair.id}?lang={locale}",
        )


class FeedbackResource(Pages):
    """``POST /faq/{id}/feedback``: one yes or no, counted per pair and locale, nothing else."""

    def __init__(self, settings: Settings, index, ui: UiText) -> None:
        super().__init__(settings, index, ui)
        self.store = FeedbackStore(settings.data_dir)

    def on_post(self, req, resp, pair_id: str) -> None:
        form = req.get_media(default_when_empty={})
        form = form if isinstance(form, dict) else {}
        locale = params.language(req, self.settings).locale
        lang = form.get("lang")
        if isinstance(lang, str) and lang in self.index.locales:
            locale = lang
        browse.get_pair(self.index, pair_id, locale)  # NotFound -> 404
        answer = form.get("helpful")
        if answer not in ("yes", "no"):
            raise falcon.HTTPBadRequest(description="helpful must be yes or no")
        self.store.record_helpful(pair_id, locale, answer == "yes")
        back = f"/faq/{pair_id}?lang={locale}&feedback=thanks"
        q = form.get("q")
        if isinstance(q, str) and q.strip() and len(q) <= self.settings.max_query_chars:
            back += "&" + urlencode({"q": q})
        if self.settings.kiosk:
            resp.cache_control = ["no-store"]
        raise falcon.HTTPSeeOther(back + "#feedback")

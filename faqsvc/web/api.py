"""JSON API resources under /api/v1: read parameters, call the core, shape the response."""

from __future__ import annotations

from faqsvc import live, render
from faqsvc.answering import browse
from faqsvc.answering.search import related, search
from faqsvc.errors import IndexUnavailable
from faqsvc.locales import locale_info
from faqsvc.settings import Settings
from faqsvc.web import params
from faqsvc.web.i18n import UiText
from faqsvc.web.openapi import openapi_spec


class Resource:
    def __init__(self, settings: Settings, index, ui: UiText) -> None:
        self.settings, self.index, self.ui = settings, index, ui


class SearchResource(Resource):
    def on_get(self, req, resp) -> None:
        chosen = params.language(req, self.settings)
        text = params.query_text(req, self.settings)
        result = search(
            self.index,
            text,
            chosen.locale,
            limit=params.limit(req, self.settings),
            min_confidence=self.settings.min_confidence,
            requested_lang=chosen.requested,
        )
        req.context.search_result = result  # counted per locale by the metrics middleware
        resp.media = render.result_to_json(result)


class FaqResource(Resource):
    def on_get(self, req, resp, pair_id: str) -> None:
        chosen = params.language(req, self.settings)
        pair = browse.get_pair(self.index, pair_id, chosen.locale)
        nearby = related(self.index, pair, chosen.locale, exclude=set())
        related_json = [render.brief_to_json(p) for p in nearby]
        resp.media = {
            **render.pair_to_json(pair),
            "requested_lang": chosen.requested,
            "related": related_json,
        }


class FaqListResource(Resource):
    def on_get(self, req, resp) -> None:
        chosen = params.language(req, self.settings)
        topic, start = req.get_param("topic"), params.offset(req)
        pairs = browse.browse(self.index, chosen.locale, topic, start)
        resp.media = {
            "lang": chosen.locale,
            "requested_lang": chosen.requested,
            "faqs": [render.pair_to_json(p) for p in pairs],
        }


class TopicsResource(Resource):
    def on_get(self, req, resp) -> None:
        chosen = params.language(req, self.settings)
        gettext = self.ui.gettext(chosen.locale)
        resp.media = {
            "lang": chosen.locale,
            "topics": [
                {"topic": topic, "label": gettext(self.ui.topic_label(topic)), "count": count}
                for topic, count in browse.topic_counts(self.index, chosen.locale)
            ],
        }


class SuggestResource(Resource):
    def on_get(self, req, resp) -> None:
        chosen = params.language(req, self.settings)
        text = params.query_text(req, self.settings, required=False)
        pairs = browse.suggest(self.index, text, chosen.locale, params.limit(req, self.settings))
        resp.media = {
            "query": text,
            "lang": chosen.locale,
            "suggestions": [{"id": p.id, "question": p.question} for p in pairs],
        }


class LocalesResource(Resource):
    def on_get(self, req, resp) -> None:
        rows = []
        for tag in self.index.locales:
            info, cov = locale_info(tag), browse.coverage(self.index, tag)
            rows.append(
                {
                    "code": tag,
                    "native_name": info.native_name,
                    "english_name": info.english_name,
                    "direction": info.direction,
                    "coverage": {
                        "pairs": cov.total,
                        "translated": cov.translated,
                        "reviewed": cov.reviewed,
                        "fallback": cov.fallback,
                        "ratio": cov.ratio,
                    },
                }
            )
        resp.media = {"default": self.settings.default_locale, "locales": rows}


class OpenApiResource(Resource):
    def on_get(self, req, resp) -> None:
        resp.media = openapi_spec(list(self.index.locales))


class HealthResource(Resource):
    """Liveness: the process answers. It reads nothing, so a bad index never restarts it."""

    def on_get(self, req, resp) -> None:
        resp.media = {"status": "ok"}


class ReadyResource(Resource):
    """Readiness: the live build opens and answers a search in every locale, else 503."""

    def on_get(self, req, resp) -> None:
        if problem := live.readiness(self.index):
            raise IndexUnavailable(problem)
        manifest = self.index.manifest
        resp.media = {
            "status": "ready",
            "build_id": manifest.get("build_id"),
            "built_at": manifest.get("built_at"),
            "locales": list(self.index.locales),
        }

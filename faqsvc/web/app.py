"""The app factory: dependencies come in as arguments, so tests and gunicorn build it the same."""

from __future__ import annotations

from pathlib import Path

import falcon
import orjson

from faqsvc import live
from faqsvc.errors import FaqError
from faqsvc.settings import Settings
from faqsvc.web import api, errors, pages
from faqsvc.web.error_pages import ErrorSerializer
from faqsvc.web.headers import HttpPolicy, allow_head
from faqsvc.web.i18n import UiText
from faqsvc.web.metrics import Metrics, MetricsResource

STATIC_DIR = Path(__file__).with_name("static")


def _json_handler() -> falcon.media.JSONHandler:
    return falcon.media.JSONHandler(
        dumps=lambda obj: orjson.dumps(obj).decode(),
        loads=orjson.loads,
    )


def _unexpected(index):
    """A request that failed on a damaged build is unavailable (503), not our bug (500)."""

    def handler(req, resp, ex: Exception, params) -> None:
        if not isinstance(ex, falcon.HTTPError) and live.damaged(index):
            raise falcon.HTTPError(
                falcon.HTTP_503,
                title="index_unavailable",
                description="The index was damaged; please try again.",
            )
        errors.handle_unexpected(req, resp, ex, params)

    return handler


def create_app(settings: Settings, index) -> falcon.App:
    metrics = Metrics(index)
    app = falcon.App(middleware=[HttpPolicy(settings, index, metrics)])
    handler = _json_handler()
    app.req_options.media_handlers[falcon.MEDIA_JSON] = handler
    app.resp_options.media_handlers[falcon.MEDIA_JSON] = handler
    app.req_options.strip_url_path_trailing_slash = True
    ui = UiText(settings.translations_dir)
    deps = (settings, index, ui)
    routes = {
        "/api/v1/search": api.SearchResource(*deps),
        "/api/v1/faqs": api.FaqListResource(*deps),
        "/api/v1/faqs/{pair_id}": api.FaqResource(*deps),
        "/api/v1/topics": api.TopicsResource(*deps),
        "/api/v1/suggest": api.SuggestResource(*deps),
        "/api/v1/locales": api.LocalesResource(*deps),
        "/api/v1/openapi.json": api.OpenApiResource(*deps),
        "/healthz": api.HealthResource(*deps),
        "/readyz": api.ReadyResource(*deps),
        "/": pages.HomePage(*deps),
        "/search": pages.SearchPage(*deps),
        "/faq/{pair_id}": pages.FaqPage(*deps),
        "/faq/{pair_id}/feedback": pages.FeedbackResource(*deps),
        "/topic/{topic}": pages.TopicPage(*deps),
        "/metrics": MetricsResource(metrics),
    }
    for path, resource in routes.items():
        app.add_route(path, allow_head(resource))
    app.add_static_route("/static", str(STATIC_DIR))
    app.add_error_handler(Exception, _unexpected(index))
    app.add_error_handler(FaqError, errors.handle_domain_error)
    app.set_error_serializer(ErrorSerializer(pages.Pages(*deps)))
    return app

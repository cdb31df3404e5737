"""What every response says about itself: request id, security headers, caching, Vary, metrics.

One middleware, so no route can forget it. Caching follows what a page holds: a search carries
the patient's words in its URL and answer, so it is never stored (``no-store``); an answer, a
topic and the browse API are the same for everyone reading in one language until the next build,
so they are cacheable, with an ETag from the build and a 304 when the client already has it.
"""

from __future__ import annotations

import re
import time
import uuid

import falcon

from faqsvc.web import params
from faqsvc.web.build import representation_tag
from faqsvc.web.metrics import UNMATCHED, Metrics

CSP = (
    # Scripts only from our own static files (the pages' progressive enhancement), never inline.
    "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'self'; "
    "img-src 'self'; "
    "form-action 'self'; "
    "base-uri 'none'; frame-ancestors 'none'"
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",  # a search page's URL holds health text
    "X-Frame-Options": "DENY",  # frame-ancestors for browsers without CSP level 2
}
NO_STORE = "no-store"
CACHE_MAX_AGE = 300  # seconds a cache may serve an answer page without asking again
# Routes whose answer holds a patient's words (or is live state): never stored anywhere.
PRIVATE_ROUTES = {"/search", "/api/v1/search", "/api/v1/suggest", "/metrics", "/healthz", "/readyz"}
# Routes whose answer depends only on the build and the negotiated language.
CACHEABLE_ROUTES = {
    "/faq/{pair_id}",
    "/topic/{topic}",
    "/api/v1/faqs",
    "/api/v1/faqs/{pair_id}",
    "/api/v1/topics",
}
# Routes that never read Accept-Language or the picker cookie.
UNNEGOTIATED_ROUTES = {"/metrics", "/healthz", "/readyz", "/api/v1/openapi.json", "/static/{file}"}
STATIC_PREFIX = "/static/"
STATIC_METHODS = ("GET", "HEAD")
_SANE_REQUEST_ID = re.compile(r"[A-Za-z0-9._:=+/-]{1,128}")


def request_id(sent: str | None) -> str:
    """The caller's X-Request-ID when it is a plain token, else a new one."""
    if sent and _SANE_REQUEST_ID.fullmatch(sent):
        return sent
    return uuid.uuid4().hex


def route_of(req) -> str:
    """The route template matched (a bounded label), never the path a client typed."""
    if req.uri_template:
        return req.uri_template
    if req.path.startswith(STATIC_PREFIX):
        return "/static/{file}"
    return UNMATCHED


def allow_head(resource: object) -> object:
    """HEAD answers like GET (Falcon sends the headers and drops the body)."""
    if hasattr(resource, "on_get") and not hasattr(resource, "on_head"):
        resource.on_head = resource.on_get
    return resource


class HttpPolicy:
    def __init__(self, settings, index, metrics: Metrics) -> None:
        self.settings, self.index, self.metrics = settings, index, metrics

    def process_request(self, req, resp) -> None:
        req.context.started = time.perf_counter()
        req.context.request_id = request_id(req.get_header("X-Request-ID"))
        req.env["faqsvc.request_id"] = req.context.request_id
        if req.path.startswith(STATIC_PREFIX) and req.method not in (*STATIC_METHODS, "OPTIONS"):
            raise falcon.HTTPMethodNotAllowed(STATIC_METHODS)

    def process_resource(self, req, resp, resource, params_) -> None:
        if req.method not in ("GET", "HEAD") or route_of(req) not in CACHEABLE_ROUTES:
            return
        req.context.etag = self.etag(req)
        sent = req.get_header("If-None-Match") or ""
        tags = {tag.strip().removeprefix("W/") for tag in sent.split(",")}
        if req.context.etag in tags or "*" in tags:
            resp.status = falcon.HTTP_304
            resp.complete = True

    def etag(self, req) -> str:
        chosen = params.language(req, self.settings)
        return representation_tag(
            self.index.manifest, chosen.locale, chosen.requested, req.get_header("Cookie")
        )

    def process_response(self, req, resp, resource, req_succeeded) -> None:
        route = route_of(req)
        req.env["faqsvc.route"] = route
        resp.set_header("X-Request-ID", req.context.get("request_id") or request_id(None))
        resp.set_headers(SECURITY_HEADERS)
        self.set_caching(req, resp, route)
        if route not in UNNEGOTIATED_ROUTES:  # pages, API and error pages are in a language
            add_vary(resp, "Accept-Language", "Cookie")
        self.observe(req, resp, route)

    def set_caching(self, req, resp, route: str) -> None:
        status = resp.status_code
        if route in PRIVATE_ROUTES or "q" in req.params:
            resp.cache_control = [NO_STORE]
        elif route in CACHEABLE_ROUTES and status in (200, 304) and req.context.get("etag"):
            # Falcon has no public getter for cookies set; one set here is for this reader only
            shared = "private" if getattr(resp, "_cookies", None) else "public"
            resp.cache_control = [shared, f"max-age={CACHE_MAX_AGE}"]
            resp.etag = req.context.etag
        elif route == "/static/{file}" and status == 200:
            resp.cache_control = ["public", "max-age=3600"]
        else:
            resp.cache_control = ["no-cache"]

    def observe(self, req, resp, route: str) -> None:
        started = req.context.get("started")
        seconds = time.perf_counter() - started if started else 0.0
        self.metrics.observe_request(req.method, route, resp.status_code, seconds)
        result = req.context.get("search_result")
        if result is not None:
            self.metrics.observe_search(result)


def add_vary(resp, *names: str) -> None:
    """Merge into Vary without losing what a resource set (Falcon reads it back as one string)."""
    current = [part.strip() for part in (resp.get_header("Vary") or "").split(",") if part.strip()]
    merged = list(dict.fromkeys([*current, *names]))
    resp.vary = merged

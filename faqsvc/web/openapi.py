"""The OpenAPI 3.1 description of /api/v1, built from the same lists the service uses."""

from __future__ import annotations

from faqsvc import __version__
from faqsvc.model import TOPICS, TRANSLATION_STATUSES

_LANG = {
    "name": "lang",
    "in": "query",
    "required": False,
    "description": "BCP 47 tag (es, es-MX, pt-BR, zh-CN). Without it Accept-Language "
    "decides; any other value (an unsupported or malformed tag, of any length) falls back to "
    "the default and is echoed in requested_lang, cut to 64 characters.",
    "schema": {"type": "string"},
}
_LIMIT = {
    "name": "limit",
    "in": "query",
    "required": False,
    "schema": {"type": "integer", "minimum": 1, "maximum": 20, "default": 5},
}
_OFFSET = {
    "name": "offset",
    "in": "query",
    "required": False,
    "description": "where the page of 200 questions starts",
    "schema": {"type": "integer", "minimum": 0, "maximum": 10**9, "default": 0},
}
_SOURCE = {
    "type": "object",
    "required": ["id", "title", "publisher", "reviewed", "url"],
    "properties": {
        "id": {"type": "string"},
        "title": {"type": "string"},
        "publisher": {"type": "string"},
        "reviewed": {
            "type": ["string", "null"],
            "pattern": "^\\d{4}(-\\d{2}(-\\d{2})?)?$",
            "description": "the source's own publication or review date (YYYY, YYYY-MM or "
            "YYYY-MM-DD, as precise as the source gives it); null when the source gives none. "
            "Never the index build date.",
        },
        "url": {
            "type": ["string", "null"],
            "format": "uri",
            "description": "where the original document is published, when known",
        },
    },
}
_BRIEF = {
    "type": "object",
    "required": ["id", "question"],
    "properties": {
        "id": {"type": "string"},
        "question": {"type": "string"},
        "lang": {"type": "string"},
        "source": {"type": "object"},
    },
}
_PAIR = {
    "type": "object",
    "required": ["id", "question", "answer", "lang", "topic", "source", "translation"],
    "properties": {
        "id": {"type": "string"},
        "question": {"type": "string"},
        "answer": {"type": "string"},
        "lang": {"type": "string"},
        "topic": {"type": "string", "enum": list(TOPICS)},
        "source": _SOURCE,
        "translation": {"type": "string", "enum": list(TRANSLATION_STATUSES)},
    },
}
_HIT = {
    "allOf": [
        {"$ref": "#/components/schemas/Pair"},
        {
            "type": "object",
            "required": ["score"],
            "properties": {
                "score": {
                    "type": "number",
                    "minimum": 0,
                    "maximum": 1,
                    "description": "calibrated confidence",
                },
                "snippet": {"type": "string"},
                "highlights": {"type": "array", "items": {"type": "string"}},
                "also_answered_by": {"type": "array", "items": _BRIEF},
                "related": {"type": "array", "items": _BRIEF},
            },
        },
    ]
}
_RESULT = {
    "type": "object",
    "required": ["query", "lang", "requested_lang", "results", "alerts", "did_you_mean"],
    "properties": {
        "query": {"type": "string"},
        "lang": {"type": "string"},
        "requested_lang": {"type": ["string", "null"]},
        "detected_lang": {"type": ["string", "null"]},
        "results": {
            "type": "array",
            "items": {"$ref": "#/components/schemas/Hit"},
            "description": "empty when there is no good answer",
        },
        "alerts": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["kind", "message"],
                "properties": {
                    "kind": {"type": "string", "enum": ["urgent"]},
                    "message": {"type": "string"},
                },
            },
        },
        "did_you_mean": {"type": ["string", "null"]},
        "suggestions": {"type": "array", "items": _BRIEF},
    },
}
_ERROR = {
    "type": "object",
    "required": ["error"],
    "properties": {
        "error": {
            "type": "object",
            "required": ["status", "code", "message"],
            "properties": {
                "status": {"type": "integer"},
                "code": {"type": "string"},
                "message": {"type": "string"},
            },
        }
    },
}


def _ok(schema_ref: str, description: str) -> dict:
    return {
        "description": description,
        "content": {"application/json": {"schema": {"$ref": schema_ref}}},
    }


def _errors(*codes: int) -> dict:
    return {
        str(c): {
            "description": "error",
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
        }
        for c in codes
    }


def _get(summary: str, parameters: list, ok: dict, *errors: int) -> dict:
    return {
        "get": {
            "summary": summary,
            "parameters": parameters,
            "responses": {"200": ok, **_errors(*errors, 429)},  # 429: rate limit
        }
    }


_QUERY = {
    "name": "q",
    "in": "query",
    "required": True,
    "description": "The question in the patient's own words. Blank (only spaces or NUL) is "
    "refused with 400; over 2000 characters with 414.",
    "schema": {"type": "string", "minLength": 1, "maxLength": 2000, "pattern": "[^\\s\\u0000]"},
}
# Suggestions complete what has been typed so far: nothing typed yet is a valid question.
_PREFIX = {
    "name": "q",
    "in": "query",
    "required": False,
    "description": "What has been typed so far; over 2000 characters is refused with 414.",
    "schema": {"type": "string", "maxLength": 2000},
}
_TOPIC = {"name": "topic", "in": "query", "schema": {"type": "string", "enum": list(TOPICS)}}
_PAIR_ID = {"name": "pair_id", "in": "path", "required": True, "schema": {"type": "string"}}
_OBJECT = {"description": "OK", "content": {"application/json": {"schema": {"type": "object"}}}}


# Answers that are the same for every reader of a language until the next build carry an ETag
# (build, code version, language) and Cache-Control: public, max-age=300.
CACHEABLE_PATHS = ("/api/v1/faqs/{pair_id}", "/api/v1/faqs", "/api/v1/topics")
_NOT_MODIFIED = {
    "description": "Not modified: If-None-Match named the current ETag (same build, same language)"
}


def _paths() -> dict:
    paths = _operations()
    for path in CACHEABLE_PATHS:
        paths[path]["get"]["responses"]["304"] = _NOT_MODIFIED
    return paths


def _operations() -> dict:
    return {
        "/api/v1/search": _get(
            "Answers to a patient's question",
            [_QUERY, _LANG, _LIMIT],
            _ok("#/components/schemas/SearchResult", "results"),
            400,
            414,
        ),
        "/api/v1/faqs/{pair_id}": _get(
            "One question and answer",
            [_PAIR_ID, _LANG],
            _ok("#/components/schemas/Pair", "the pair"),
            404,
        ),
        "/api/v1/faqs": _get("Browse questions", [_LANG, _TOPIC, _OFFSET], _OBJECT, 400),
        "/api/v1/topics": _get("Topics with counts", [_LANG], _OBJECT),
        "/api/v1/suggest": _get(
            "Question completions",
            [_PREFIX, _LANG, _LIMIT],
            _OBJECT,
            400,
            414,
        ),
        "/api/v1/locales": _get("Supported locales and translation coverage", [], _OBJECT),
        "/api/v1/openapi.json": _get("This document", [], _OBJECT),
        "/healthz": _get("Liveness: the process answers", [], _OBJECT),
        "/readyz": _get("Readiness: the live index answers in every locale", [], _OBJECT, 503),
    }


def openapi_spec(locales: list[str]) -> dict:
    """The whole document; locales are listed so a client can see what it may ask for."""
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "faqsvc",
            "version": __version__,
            "description": f"Patient FAQ search. Locales: {', '.join(locales)}.",
        },
        "paths": _paths(),
        "components": {
            "schemas": {"Pair": _PAIR, "Hit": _HIT, "SearchResult": _RESULT, "Error": _ERROR}
        },
    }

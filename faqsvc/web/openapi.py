"""The OpenAPI 3.1 description of /api/v1, built from the same lists the service uses."""

from __future__ import annotations

from faqsvc import __version__
from faqsvc.model import TOPICS, TRANSLATION_STATUSES

_LANG = {
    "name": "lang",
    "in": "query",
    "required": False,
    "description": "BCP 47 tag (es, es-MX, pt-BR, zh-CN). Without it Accept-Language "
    "decides; an unsupported tag falls back to the default and is echoed "
    "in requested_lang.",
    "schema": {"type": "string", "maxLength": 64},
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
    "schema": {"type": "integer", "minimum": 0, "default": 0},
}
_SOURCE = {
    "type": "object",
    "required": ["id", "title", "publisher"],
    "properties": {
        "id": {"type": "string"},
        "title": {"type": "string"},
        "publisher": {"type": "string"},
        "url": {"type": "string", "description": "the page the pair came from, when known"},
        "date": {"type": "string", "description": "the source's date, as imported"},
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
            "responses": {"200": ok, **_errors(*errors)},
        }
    }


_QUERY = {
    "name": "q",
    "in": "query",
    "required": True,
    "schema": {"type": "string", "maxLength": 2000},
}
_TOPIC = {"name": "topic", "in": "query", "schema": {"type": "string", "enum": list(TOPICS)}}
_PAIR_ID = {"name": "pair_id", "in": "path", "required": True, "schema": {"type": "string"}}
_OBJECT = {"description": "OK", "content": {"application/json": {"schema": {"type": "object"}}}}


def _paths() -> dict:
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
            [{**_QUERY, "required": False}, _LANG, _LIMIT],
            _OBJECT,
            400,
            414,
        ),
        "/api/v1/locales": _get("Supported locales and translation coverage", [], _OBJECT),
        "/api/v1/openapi.json": _get("This document", [], _OBJECT),
        "/healthz": _get("Liveness and index build", [], _OBJECT),
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

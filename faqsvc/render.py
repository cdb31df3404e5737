"""Search results as JSON-ready dicts and as terminal text: the API and the CLI share these."""

from __future__ import annotations

from dataclasses import asdict

from faqsvc.model import SearchHit, SearchResult, ServedPair


def pair_to_json(pair: ServedPair) -> dict:
    return {
        "id": pair.id,
        "question": pair.question,
        "answer": pair.answer,
        "lang": pair.lang,
        "topic": pair.topic,
        "source": asdict(pair.source),  # reviewed and url are null when unknown
        "translation": pair.translation,
    }


def brief_to_json(pair: ServedPair) -> dict:
    return {
        "id": pair.id,
        "question": pair.question,
        "lang": pair.lang,
        "source": {"id": pair.source.id, "publisher": pair.source.publisher},
    }


def hit_to_json(hit: SearchHit) -> dict:
    return {
        **pair_to_json(hit.pair),
        "score": hit.score,
        "snippet": hit.snippet.text,
        "highlights": [text for text, matched in hit.snippet.parts if matched],
        "also_answered_by": [brief_to_json(p) for p in hit.also_answered_by],
        "related": [brief_to_json(p) for p in hit.related],
    }


def result_to_json(result: SearchResult) -> dict:
    return {
        "query": result.query,
        "lang": result.lang,
        "requested_lang": result.requested_lang,
        "detected_lang": result.detected_lang,
        "results": [hit_to_json(hit) for hit in result.results],
        "alerts": [{"kind": a.kind, "message": a.message} for a in result.alerts],
        "did_you_mean": result.did_you_mean,
        "suggestions": [brief_to_json(p) for p in result.suggestions],
    }


def result_to_text(result: SearchResult) -> str:
    lines = [f"# {result.query!r} [{result.lang}]"]
    lines += [f"!! {alert.message}" for alert in result.alerts]
    if result.did_you_mean:
        lines.append(f"Did you mean: {result.did_you_mean}")
    if not result.results:
        lines.append("No good answer. Please ask your care team. You could browse:")
        lines += [f"  - {p.question}" for p in result.suggestions]
    for number, hit in enumerate(result.results, 1):
        pair = hit.pair
        lines.append(f"{number}. {pair.question}  ({hit.score:.2f}, {pair.translation})")
        lines.append(f"   {hit.snippet.text}")
        lines.append(f"   source: {pair.source.publisher} — {pair.source.title} [{pair.id}]")
        lines += [f"   also answered by: {p.source.publisher}" for p in hit.also_answered_by]
    return "\n".join(lines) + "\n"

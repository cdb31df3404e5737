"""A build's identity (what it was built from) and the checks that it can be used as is."""

from __future__ import annotations

import json
from pathlib import Path

from faqsvc import builds, catalogs, corpus
from faqsvc.errors import IndexUnavailable
from faqsvc.index.schema import SCHEMA_VERSION
from faqsvc.locales import SUPPORTED_LOCALES
from faqsvc.settings import Settings


def fingerprint(settings: Settings) -> dict:
    return {
        "schema_version": SCHEMA_VERSION,
        "corpus_hash": corpus.corpus_hash(settings.corpus_dir),
        "catalogs_hash": catalogs.catalogs_hash(settings.translations_dir),
        "locales_list": list(SUPPORTED_LOCALES),
    }


def read_manifest(index_dir: Path) -> dict:
    path = index_dir / "manifest.json"
    if not path.exists():
        raise IndexUnavailable(f"no index at {index_dir}: run 'faqsvc build'")
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise IndexUnavailable(f"{path} is unreadable ({exc}): run 'faqsvc build'") from exc
    if manifest.get("schema_version") != SCHEMA_VERSION:
        raise IndexUnavailable(
            f"index at {index_dir} has schema {manifest.get('schema_version')}, this version "
            f"needs {SCHEMA_VERSION}: run 'faqsvc build'"
        )
    return manifest


def check(settings: Settings) -> str | None:
    """Why the index cannot be used as is (missing, incompatible, corrupt, stale), or None."""
    try:
        manifest = read_manifest(settings.index_dir)
    except IndexUnavailable as exc:
        return exc.message
    if problem := builds.verify(settings.index_dir.resolve(), manifest):
        return f"index at {settings.index_dir} is corrupt ({problem})"
    current = fingerprint(settings)
    changed = [key for key, value in current.items() if manifest.get(key) != value]
    if changed:
        return f"index at {settings.index_dir} is stale ({', '.join(changed)} changed)"
    return None

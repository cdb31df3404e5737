"""A build's identity (what it was built from) and the checks that it can be used as is."""

from __future__ import annotations

import hashlib
import json
from functools import lru_cache
from pathlib import Path

from faqsvc import builds, catalogs, corpus
from faqsvc.errors import IndexUnavailable
from faqsvc.index.schema import SCHEMA_VERSION
from faqsvc.locales import SUPPORTED_LOCALES
from faqsvc.settings import Settings

_PACKAGE = Path(__file__).resolve().parent.parent
# The code and data that decide what a build holds: how text becomes tokens (stop words,
# stemming, bigrams) and what is computed and stored per pair. An edit there makes a build made
# before it answer differently from a fresh one, so the build counts as stale.
_BUILDER_CODE = (
    "analysis/*.py",
    "data/stopwords/*.txt",  # the words analysis drops, at index time as at query time
    "index/schema.py",
    "index/writing.py",
    "precompute.py",
    "pairdata.py",
    "postings.py",
    "store.py",
)


@lru_cache(maxsize=1)
def builder_hash() -> str:
    """Digest of the code a build is made with (the sources, not their behaviour: a comment
    edit costs one rebuild, a missed change would cost wrong answers)."""
    digest = hashlib.sha256()
    for pattern in _BUILDER_CODE:
        for path in sorted(_PACKAGE.glob(pattern)):
            digest.update(path.relative_to(_PACKAGE).as_posix().encode() + b"\0")
            digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def fingerprint(settings: Settings) -> dict:
    return {
        "schema_version": SCHEMA_VERSION,
        "builder_hash": builder_hash(),
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

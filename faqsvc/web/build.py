"""The identity of the index build being served: one id for ETags, metrics and logs."""

from __future__ import annotations

import hashlib
import json

from faqsvc import __version__


def build_id(manifest: dict) -> str:
    """The manifest's own ``build_id`` when it has one, else a digest of the whole manifest
    (corpus and catalog hashes, build time): a new build is a new id, the same build the same."""
    explicit = manifest.get("build_id")
    if explicit:
        return str(explicit)
    canonical = json.dumps(manifest, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(canonical.encode()).hexdigest()[:16]


def representation_tag(manifest: dict, *variant: object) -> str:
    """A strong ETag for one representation: the build, this code's version, and the variant
    (negotiated locale, cookies), so two languages of one URL never share a tag."""
    digest = hashlib.sha256(
        "|".join([build_id(manifest), __version__, *map(str, variant)]).encode()
    ).hexdigest()[:20]
    return f'"{digest}"'

import json

import pytest

from faqsvc import index
from faqsvc.errors import IndexUnavailable


def test_manifest_counts_and_translation_status(tiny_index):
    counts = tiny_index.manifest["locales"]
    assert counts["en"] == {"pairs": 5, "source": 5}
    # cement: machine, risks: reviewed, fasting: stale answer -> fallback, others untranslated
    assert counts["es"] == {"pairs": 5, "machine": 1, "reviewed": 1, "fallback": 3}
    spanish = tiny_index.pairs("es")
    assert spanish["tiny-cement"].question.startswith("¿Cuánto")
    assert spanish["tiny-cement"].alternates == ("¿Cuándo fragua el cemento?",)
    assert spanish["tiny-fasting"].translation == "fallback"
    assert spanish["tiny-fasting"].answer.startswith("Do not eat")  # English, marked so
    assert {"schema_version", "corpus_hash", "catalogs_hash", "built_at"} <= set(
        tiny_index.manifest
    )


def test_missing_stale_and_incompatible_are_reported(settings):
    assert "no index" in index.check(settings)
    with pytest.raises(IndexUnavailable, match="faqsvc build"):
        index.open_index(settings)
    index.build(settings)
    assert index.check(settings) is None
    (settings.corpus_dir / "overrides.json").write_text('{"tiny-cement": {"suppress": true}}')
    assert "stale" in index.check(settings)
    manifest = json.loads((settings.index_dir / "manifest.json").read_text())
    manifest["schema_version"] = 0
    (settings.index_dir / "manifest.json").write_text(json.dumps(manifest))
    with pytest.raises(IndexUnavailable, match="schema 0"):
        index.open_index(settings)


def test_rebuild_swaps_atomically_and_open_readers_keep_working(settings):
    index.build(settings)
    reader = index.open_index(settings)
    old_root = reader.root
    assert reader.run("en", [("question", "cement", 1.0)], 5)
    (settings.corpus_dir / "overrides.json").write_text('{"tiny-cement": {"suppress": true}}')
    index.build(settings)
    assert settings.index_dir.is_symlink()
    assert reader.run("en", [("question", "cement", 1.0)], 5)  # the old build is still there
    fresh = index.open_index(settings)
    assert fresh.root != old_root
    assert "tiny-cement" not in fresh.pairs("en")


def test_failed_build_leaves_the_current_index(settings, monkeypatch):
    index.build(settings)
    before = settings.index_dir.resolve()

    def explode(*args, **kwargs):
        raise RuntimeError("disk full halfway")

    monkeypatch.setattr(index, "_write_locale", explode)
    with pytest.raises(RuntimeError):
        index.build(settings)
    assert settings.index_dir.resolve() == before
    assert index.check(settings) is None
    builds = settings.index_dir.with_name("index.builds")
    assert [p for p in builds.iterdir()] == [before]  # the half-built directory is gone


def test_parallel_build_gives_the_same_index(settings, monkeypatch, tiny_index):
    monkeypatch.setattr(index, "PARALLEL_FROM", 0)
    manifest = index.build(settings)
    assert manifest["locales"] == tiny_index.manifest["locales"]
    built = index.open_index(settings)
    assert built.pairs("es") == tiny_index.pairs("es")

import json

import pytest

from faqsvc import index
from faqsvc.errors import IndexUnavailable
from faqsvc.index import matching, writing


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


def test_a_build_made_by_other_analysis_code_is_stale(settings, monkeypatch):
    """A stop word added to an analyzer changes the tokens a build holds: an index built before
    must be rebuilt, or queries would be analyzed one way and the pairs another."""
    from faqsvc.index import manifest

    index.build(settings)
    assert index.check(settings) is None
    monkeypatch.setattr(manifest, "builder_hash", lambda: "other code")
    assert "builder_hash" in index.check(settings)


def test_builder_hash_reads_the_analyzers_source():
    from faqsvc.index import manifest

    assert any(p.name == "registry.py" for p in manifest._PACKAGE.glob(manifest._BUILDER_CODE[0]))
    # the stop words are data the analyzers read at index time: editing them makes a build stale
    read = {p for pattern in manifest._BUILDER_CODE for p in manifest._PACKAGE.glob(pattern)}
    assert any(p.parent.name == "stopwords" and p.name == "en.txt" for p in read)
    assert len(manifest.builder_hash()) == 16


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

    monkeypatch.setattr(writing, "_write_locale", explode)
    with pytest.raises(RuntimeError):
        index.build(settings)
    assert settings.index_dir.resolve() == before
    assert index.check(settings) is None
    builds = settings.index_dir.with_name("index.builds")
    assert [p for p in builds.iterdir()] == [before]  # the half-built directory is gone


def test_parallel_build_gives_the_same_index(settings, monkeypatch, tiny_index):
    monkeypatch.setattr(writing, "PARALLEL_FROM", 0)
    manifest = index.build(settings)
    assert manifest["locales"] == tiny_index.manifest["locales"]
    built = index.open_index(settings)
    assert built.pairs("es") == tiny_index.pairs("es")


def test_warming_decodes_the_candidates_a_first_search_needs(
    tiny_settings, tiny_index, monkeypatch
):
    """A worker's first searches meet pairs for the first time: warming decodes them (up to
    the cache's share per locale), so a search after it decodes none."""
    from faqsvc import pairdata
    from faqsvc.answering.search import search
    from faqsvc.index import stored

    warmed = index.open_index(tiny_settings)
    warmed.warm()
    decoded = []
    real_decode = pairdata.decode
    monkeypatch.setattr(
        stored.pairdata, "decode", lambda blob: decoded.append(1) or real_decode(blob)
    )
    for locale in warmed.locales:
        search(warmed, "how long does the cement take to set", locale)
    assert decoded == []
    cold = index.open_index(tiny_settings)
    search(cold, "how long does the cement take to set", "en")
    assert decoded  # the count is real: an index not warmed decodes on its first search


@pytest.mark.parametrize("maxdist", [1, 2])
@pytest.mark.parametrize("prefix", [0, 1])
def test_typo_search_over_stored_terms_finds_what_the_engine_finds(tiny_index, maxdist, prefix):
    """Typo candidates walk the stored term list with the engine's automaton; they must be the
    engine's own ``terms_within``, in its order, for typos of every kind."""
    reader = tiny_index._searcher("en").reader()
    compared = 0
    for field in ("question", "alternates", "answer"):
        for term in [t.decode() for t in reader.lexicon(field)][::7]:
            for typo in {term, term[:-1] + "x", term[:1] + term[2:], term + "e", "z" + term[1:]}:
                automaton = matching.typo_automaton(typo, maxdist, prefix)
                ours = list(matching.within(tiny_index.scored("en"), field, automaton))
                assert ours == list(reader.terms_within(field, typo, maxdist, prefix=prefix))
                compared += bool(ours)
    assert compared > 10

import json
import shutil
from pathlib import Path

import pytest

from faqsvc import corpus
from faqsvc.errors import CorpusError
from faqsvc.ingest import pipeline

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def corpus_copy(tmp_path) -> Path:
    shutil.copytree(ROOT / "corpus" / "sources", tmp_path / "sources")
    pipeline.ingest_sources(tmp_path)
    return tmp_path


def test_reingest_keeps_editors_overrides(corpus_copy):
    pairs = corpus.load_pairs(corpus_copy)
    target, hidden = pairs[0], pairs[1]
    overrides = {
        target.id: {"question": "Reworded by an editor?", "alternates": ["a patient's words"]},
        hidden.id: {"suppress": True},
    }
    (corpus_copy / "overrides.json").write_text(json.dumps(overrides))
    reports = pipeline.ingest_sources(corpus_copy)
    assert not any(r.changed for r in reports)  # unchanged input, unchanged files
    after = {p.id: p for p in corpus.load_pairs(corpus_copy)}
    assert after[target.id].question == "Reworded by an editor?"
    assert after[target.id].alternates == ("a patient's words",)
    assert hidden.id not in after
    assert len(after) == len(pairs) - 1


def test_malformed_overrides_are_reported(corpus_copy):
    (corpus_copy / "overrides.json").write_text('{"x": {"qestion": "typo"}}')
    with pytest.raises(CorpusError, match="unknown keys"):
        corpus.load_pairs(corpus_copy)
    (corpus_copy / "overrides.json").write_text("{not json")
    with pytest.raises(CorpusError):
        corpus.load_pairs(corpus_copy)


def test_atomic_write_leaves_old_file_when_writing_fails(tmp_path, monkeypatch):
    path = tmp_path / "pairs.jsonl"
    corpus.atomic_write(path, "old\n")

    def broken_replace(*args):
        raise OSError("disk full")

    monkeypatch.setattr(corpus.os, "replace", broken_replace)
    with pytest.raises(OSError):
        corpus.atomic_write(path, "new\n")
    assert path.read_text() == "old\n"
    assert list(tmp_path.iterdir()) == [path]  # no temporary file left behind


def test_corpus_hash_changes_with_overrides(corpus_copy):
    before = corpus.corpus_hash(corpus_copy)
    (corpus_copy / "overrides.json").write_text("{}")
    assert corpus.corpus_hash(corpus_copy) != before

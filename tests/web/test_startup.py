import logging

import pytest

from faqsvc.errors import IndexUnavailable
from faqsvc.web.startup import load_app


def point_at(monkeypatch, settings, index_dir=None):
    monkeypatch.setenv("FAQSVC_CORPUS_DIR", str(settings.corpus_dir))
    monkeypatch.setenv("FAQSVC_TRANSLATIONS_DIR", str(settings.translations_dir))
    monkeypatch.setenv("FAQSVC_INDEX_DIR", str(index_dir or settings.index_dir))


def test_missing_index_stops_start_up_with_a_clear_message(monkeypatch, tmp_path, tiny_settings):
    point_at(monkeypatch, tiny_settings, tmp_path / "nowhere")
    with pytest.raises(IndexUnavailable, match="run 'faqsvc build'"):
        load_app()


def test_stale_index_is_served_with_a_warning(
    monkeypatch, caplog, tmp_path, tiny_settings, tiny_index
):
    import shutil

    corpus = tmp_path / "corpus"
    shutil.copytree(tiny_settings.corpus_dir, corpus)
    (corpus / "overrides.json").write_text("{}")
    point_at(monkeypatch, tiny_settings)
    monkeypatch.setenv("FAQSVC_CORPUS_DIR", str(corpus))
    with caplog.at_level(logging.WARNING, logger="faqsvc"):
        app = load_app()
    assert app is not None
    assert "stale" in caplog.text and "corpus_hash" in caplog.text

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


def test_a_damaged_live_build_starts_on_the_last_good_one_and_is_not_ready(
    monkeypatch, caplog, tmp_path, tiny_settings
):
    import shutil

    from falcon import testing

    from faqsvc import index
    from faqsvc.settings import Settings

    settings = Settings(
        corpus_dir=tiny_settings.corpus_dir,
        translations_dir=tiny_settings.translations_dir,
        index_dir=tmp_path / "index",
    )
    index.build(settings)
    previous = settings.index_dir.resolve()
    index.build(settings)
    (settings.index_dir.resolve() / "en.store.sqlite").write_text("garbage")
    point_at(monkeypatch, settings)
    with caplog.at_level(logging.WARNING, logger="faqsvc"):
        client = testing.TestClient(load_app())
    assert "corrupt" in caplog.text
    assert client.simulate_get("/api/v1/search", params={"q": "cement"}).status_code == 200
    ready = client.simulate_get("/readyz")
    assert ready.status_code == 503 and previous.name in ready.json["error"]["message"]
    shutil.rmtree(previous)
    with pytest.raises(IndexUnavailable, match="no intact index"):
        load_app()

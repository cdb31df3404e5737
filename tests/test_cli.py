import io
import json
import re
import sys
from pathlib import Path

from faqsvc import cli

DATA = Path(__file__).with_name("data")


def run(monkeypatch, capsys, argv, settings=None, stdin=None):
    if settings is not None:
        monkeypatch.setenv("FAQSVC_CORPUS_DIR", str(settings.corpus_dir))
        monkeypatch.setenv("FAQSVC_TRANSLATIONS_DIR", str(settings.translations_dir))
        monkeypatch.setenv("FAQSVC_INDEX_DIR", str(settings.index_dir))
    if stdin is not None:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = cli.main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_preview_prints_json_lines_and_writes_nothing(monkeypatch, capsys, tmp_path):
    monkeypatch.chdir(tmp_path)
    code, out, _ = run(monkeypatch, capsys, ["ingest", "--preview", str(DATA / "leaflet_fr.txt")])
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and rows[0]["lang"] == "fr"
    assert set(rows[0]) == {"id", "question", "answer", "topic", "lang"}
    assert list(tmp_path.iterdir()) == []


def test_search_json_and_batch(monkeypatch, capsys, tiny_settings, tiny_index):
    code, out, _ = run(monkeypatch, capsys, ["search", "cement harden", "--json"], tiny_settings)
    assert code == 0 and json.loads(out)["results"][0]["id"] == "tiny-cement"
    code, out, _ = run(
        monkeypatch,
        capsys,
        ["search", "-", "--lang", "es"],
        tiny_settings,
        stdin="riesgos\n\nAND (\n",
    )
    lines = [json.loads(line) for line in out.splitlines()]
    assert [line["query"] for line in lines] == ["riesgos", "AND ("]


def test_search_text_output_names_the_source(monkeypatch, capsys, tiny_settings, tiny_index):
    code, out, _ = run(monkeypatch, capsys, ["search", "blood thinners"], tiny_settings)
    assert "source: Test Hospital" in out


def test_errors_are_messages_not_tracebacks(monkeypatch, capsys, tmp_path):
    code, _, err = run(monkeypatch, capsys, ["ingest", "--preview", str(tmp_path / "none.txt")])
    assert code == 2 and "no such file" in err


def test_build_if_stale_and_status(monkeypatch, capsys, tiny_settings, tiny_index):
    code, out, _ = run(monkeypatch, capsys, ["build", "--if-stale"], tiny_settings)
    assert code == 0 and "up to date" in out
    code, out, _ = run(monkeypatch, capsys, ["i18n", "status"], tiny_settings)
    assert code == 0 and "es" in out and "stale" in out


def test_import_then_build_makes_a_service_from_a_list_alone(monkeypatch, capsys, tmp_path):
    from faqsvc.settings import Settings

    settings = Settings(
        corpus_dir=tmp_path / "corpus",
        translations_dir=tmp_path / "tr",
        index_dir=tmp_path / "index",
    )
    faqs = tmp_path / "faqs.jsonl"
    faqs.write_text(json.dumps({"question": "Where do I park?", "answer": "Car park B."}) + "\n")
    assert run(monkeypatch, capsys, ["ingest", "--import", str(faqs)], settings)[0] == 0
    assert run(monkeypatch, capsys, ["build"], settings)[0] == 0
    code, out, _ = run(monkeypatch, capsys, ["search", "where to park", "--json"], settings)
    assert json.loads(out)["results"][0]["answer"] == "Car park B."


def test_search_negotiates_the_language_like_the_api(
    monkeypatch, capsys, tiny_settings, tiny_index
):
    code, out, _ = run(
        monkeypatch, capsys, ["search", "riesgos", "--lang", "es-MX", "--json"], tiny_settings
    )
    body = json.loads(out)
    assert (body["lang"], body["requested_lang"]) == ("es", "es-MX")


def test_report_shows_aggregates_and_never_question_text(monkeypatch, capsys, tmp_path):
    from faqsvc.feedback import FeedbackStore

    store = FeedbackStore(tmp_path)
    store.record_helpful("002-1ea94d6a", "es", True)
    store.record_helpful("002-1ea94d6a", "es", False)
    store.record_helpful("002-1ea94d6a", "es", False)
    store.record_declined("ar", "recovery")
    store.record_declined("ar", "recovery")
    store.record_declined("en", None)
    monkeypatch.setenv("FAQSVC_DATA_DIR", str(tmp_path))
    code, out, _ = run(monkeypatch, capsys, ["report"])
    assert code == 0
    assert re.search(r"002-1ea94d6a\s+es\s+1\s+2", out)
    assert re.search(r"recovery\s+ar\s+2", out) and re.search(r"\(none\)\s+en\s+1", out)
    code, out, _ = run(monkeypatch, capsys, ["report", "--json"])
    data = json.loads(out)
    assert data["helpful"] == [{"pair_id": "002-1ea94d6a", "locale": "es", "yes": 1, "no": 2}]
    assert data["declined_topics"][0] == {"locale": "ar", "topic": "recovery", "count": 2}


def test_report_on_a_new_install_says_there_is_nothing_yet(monkeypatch, capsys, tmp_path):
    monkeypatch.setenv("FAQSVC_DATA_DIR", str(tmp_path / "none"))
    code, out, _ = run(monkeypatch, capsys, ["report"])
    assert code == 0 and "no answers rated yet" in out and "no declined questions yet" in out
    assert not (tmp_path / "none").exists()


def test_build_if_stale_rebuilds_a_damaged_index_and_serve_refuses_one(
    monkeypatch, capsys, tmp_path, tiny_settings
):
    from faqsvc.settings import Settings

    settings = Settings(
        corpus_dir=tiny_settings.corpus_dir,
        translations_dir=tiny_settings.translations_dir,
        index_dir=tmp_path / "index",
    )
    assert run(monkeypatch, capsys, ["build"], settings)[0] == 0
    damaged = settings.index_dir.resolve()
    (damaged / "en.store.sqlite").write_text("garbage")
    code, _, err = run(monkeypatch, capsys, ["serve"], settings)
    assert code == 2 and "no intact index" in err and "corrupt" in err
    code, out, _ = run(monkeypatch, capsys, ["build", "--if-stale"], settings)
    assert code == 0 and out.startswith("built")
    assert settings.index_dir.resolve() != damaged
    code, out, _ = run(monkeypatch, capsys, ["build", "--if-stale"], settings)
    assert "up to date" in out

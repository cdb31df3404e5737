"""The issue's 'done when', end to end: a leaflet in corpus/sources, `faqsvc ingest --report`,
`faqsvc build`, and the pages and API show clean pairs with the source's own date and link.
`--preview` of every accepted format shows the pairs and report and writes nothing."""

import dataclasses
import json
import os
import shutil
from pathlib import Path

import pytest
from falcon import testing

from faqsvc import cli, index
from faqsvc.settings import Settings
from faqsvc.web.app import create_app
from faqsvc.web.pages import source_date

FIXTURES = Path(__file__).with_name("data") / "ingest"
URL = "https://hospital.example/leaflets/knee-arthroscopy"


def _tree(root: Path) -> dict[str, tuple[int, int]]:
    return {
        str(path.relative_to(root)): (path.stat().st_size, path.stat().st_mtime_ns)
        for path in sorted(root.rglob("*"))
    }


def _settings(root: Path) -> Settings:
    return Settings(
        corpus_dir=root / "corpus",
        translations_dir=root / "translations",
        index_dir=root / "index",
        data_dir=root / "data",
    )


def _use(monkeypatch, settings: Settings) -> None:
    monkeypatch.setenv("FAQSVC_CORPUS_DIR", str(settings.corpus_dir))
    monkeypatch.setenv("FAQSVC_TRANSLATIONS_DIR", str(settings.translations_dir))
    monkeypatch.setenv("FAQSVC_INDEX_DIR", str(settings.index_dir))
    monkeypatch.setenv("FAQSVC_DATA_DIR", str(settings.data_dir))


def _as_text(target: Path) -> None:
    """The Markdown leaflet as plain text: headings become underlined lines."""
    lines = []
    for line in (FIXTURES / "leaflet.md").read_text().splitlines():
        if line.startswith("#"):
            title = line.lstrip("# ")
            lines += [title, "=" * len(title)]
        else:
            lines.append(line.replace("**", "").replace("*", ""))
    target.write_text("\n".join(lines) + "\n")


@pytest.mark.parametrize("suffix", [".pdf", ".html", ".htm", ".docx", ".md", ".txt"])
def test_preview_of_every_format_writes_nothing(monkeypatch, capsys, tmp_path, suffix):
    settings = _settings(tmp_path)
    (settings.corpus_dir / "sources").mkdir(parents=True)
    (settings.corpus_dir / "pairs").mkdir()
    document = settings.corpus_dir / "sources" / f"knee{suffix}"
    if suffix == ".txt":
        _as_text(document)
    else:
        shutil.copy(FIXTURES / f"leaflet{'.html' if suffix == '.htm' else suffix}", document)
    _use(monkeypatch, settings)
    monkeypatch.chdir(tmp_path)
    before = _tree(tmp_path)
    code = cli.main(["ingest", "--preview", str(document), "--lang", "en"])
    out, err = capsys.readouterr()
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert len(rows) >= 3 and all(row["question"] and row["answer"] for row in rows)
    assert "Skip to main content" not in out and "Switchboard" not in out
    assert "dropped" in err.lower() or "drop" in err.lower()
    assert _tree(tmp_path) == before


def test_a_leaflet_reaches_the_pages_with_its_own_date_and_link(monkeypatch, capsys, tmp_path):
    settings = _settings(tmp_path)
    sources = settings.corpus_dir / "sources"
    sources.mkdir(parents=True)
    shutil.copy(FIXTURES / "leaflet.html", sources / "knee.html")
    manifest = {"sources": [{"id": "knee", "file": "knee.html", "language": "en"}]}
    (sources / "manifest.json").write_text(json.dumps(manifest))
    _use(monkeypatch, settings)
    assert cli.main(["ingest", "--report"]) == 0
    report = capsys.readouterr()
    assert "<footer>" in report.out + report.err  # the report names what dropped a line
    index.build(settings)
    built = index.open_index(settings)
    client = testing.TestClient(create_app(settings, built))
    hits = client.simulate_get("/api/v1/search", params={"q": "knee arthroscopy risks"}).json
    source = hits["results"][0]["source"]
    assert source["reviewed"].startswith("2024-03") and source["url"] == URL
    reviewed = f"Reviewed: {source_date(source['reviewed'], 'en')}"
    page = client.simulate_get(f"/faq/{hits['results'][0]['id']}", params={"lang": "en"}).text
    assert f'href="{URL}"' in page and reviewed in page
    kiosk = testing.TestClient(create_app(dataclasses.replace(settings, kiosk=True), built))
    page = kiosk.simulate_get(f"/faq/{hits['results'][0]['id']}", params={"lang": "en"}).text
    assert URL not in page and reviewed in page  # no outside link at a kiosk
    assert os.path.exists(settings.corpus_dir / "pairs" / "knee.jsonl")

"""Session fixtures: a tiny corpus with a Spanish catalog, its index built once, a client; and
the real corpus's index, built once, for behaviour that depends on real content."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.pofile import write_po
from falcon import testing

from faqsvc import corpus, index
from faqsvc.catalogs import context
from faqsvc.settings import Settings
from faqsvc.web.app import create_app

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).with_name("data")

# Spanish for the tiny corpus; the fasting answer's translation is of an OLDER English text, so
# it must not be served.
TINY_SPANISH = {
    ("tiny-cement", "question"): (
        "How long does the bone cement take to harden?",
        "¿Cuánto tarda en endurecerse el cemento óseo?",
    ),
    ("tiny-cement", "answer"): (
        "The cement sets hard within 20 minutes.\n\nYou lie still while it hardens.",
        "El cemento se endurece en 20 minutos.\n\nUsted permanece quieto mientras se endurece.",
    ),
    ("tiny-cement", "alternate"): ("When does the cement set?", "¿Cuándo fragua el cemento?"),
    ("tiny-risks", "question"): (
        "What are the risks of vertebroplasty?",
        "¿Cuáles son los riesgos de la vertebroplastia?",
    ),
    ("tiny-risks", "answer"): (
        "Risks include:\n- infection\n- cement leakage\n- bleeding",
        "Los riesgos incluyen:\n- infección\n- fuga de cemento\n- sangrado",
    ),
    ("tiny-fasting", "question"): (
        "Can I eat before the procedure?",
        "¿Puedo comer antes del procedimiento?",
    ),
    ("tiny-fasting", "answer"): (
        "Do not eat for 8 hours before the procedure.",
        "No coma durante 8 horas antes del procedimiento.",
    ),
}


def write_spanish(translations_dir: Path, entries: dict, reviewed: set[str] = frozenset()) -> None:
    catalog = Catalog(locale="es", domain="faq")
    for (pair_id, field), (english, spanish) in entries.items():
        status = "reviewed" if pair_id in reviewed else "machine"
        catalog.add(
            english, spanish, context=context(pair_id, field), user_comments=[f"status: {status}"]
        )
    path = translations_dir / "es" / "LC_MESSAGES" / "faq.po"
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as handle:
        write_po(handle, catalog)


def index_of_rows(root: Path, rows: list[dict]):
    """An index built from ``rows`` (pairs as `faqsvc ingest --import` reads them) under
    ``root``: for tests that need a corpus of their own shape, such as a bank's."""
    (root / "corpus" / "pairs").mkdir(parents=True)
    (root / "corpus" / "pairs" / "p.jsonl").write_text(
        "".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8"
    )
    settings = Settings(
        corpus_dir=root / "corpus", translations_dir=root / "tr", index_dir=root / "index"
    )
    index.build(settings)
    return index.open_index(settings)


@pytest.fixture(scope="session")
def tiny_settings(tmp_path_factory) -> Settings:
    root = tmp_path_factory.mktemp("tiny")
    (root / "corpus" / "pairs").mkdir(parents=True)
    shutil.copy(DATA / "tiny_pairs.jsonl", root / "corpus" / "pairs" / "tiny.jsonl")
    write_spanish(root / "translations", TINY_SPANISH, reviewed={"tiny-risks"})
    return Settings(
        corpus_dir=root / "corpus",
        translations_dir=root / "translations",
        index_dir=root / "index",
        data_dir=root / "data",
    )


@pytest.fixture
def settings(tmp_path, tiny_settings) -> Settings:
    """A writable copy of the tiny corpus, for tests that build, swap or damage an index."""
    shutil.copytree(tiny_settings.corpus_dir, tmp_path / "corpus")
    shutil.copytree(tiny_settings.translations_dir, tmp_path / "translations")
    return Settings(
        corpus_dir=tmp_path / "corpus",
        translations_dir=tmp_path / "translations",
        index_dir=tmp_path / "index",
    )


@pytest.fixture(scope="session")
def tiny_index(tiny_settings):
    index.build(tiny_settings)
    return index.open_index(tiny_settings)


@pytest.fixture(scope="session")
def client(tiny_settings, tiny_index) -> testing.TestClient:
    return testing.TestClient(create_app(tiny_settings, tiny_index))


@pytest.fixture(scope="session")
def real_settings(tmp_path_factory) -> Settings:
    root = tmp_path_factory.mktemp("real")
    return Settings(
        corpus_dir=ROOT / "corpus",
        translations_dir=ROOT / "translations",
        index_dir=root / "index",
        data_dir=root / "data",
    )


@pytest.fixture(scope="session")
def real_index(real_settings):
    index.build(real_settings)
    return index.open_index(real_settings)


@pytest.fixture(scope="session")
def real_client(real_settings, real_index) -> testing.TestClient:
    return testing.TestClient(create_app(real_settings, real_index))


@pytest.fixture
def real_pairs():
    return corpus.load_pairs(ROOT / "corpus")

import subprocess
import sys
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from faqsvc import catalogs, corpus
from faqsvc.catalogs import catalog_msgid, check_catalog, markup_problems
from faqsvc.locales import SOURCE_LOCALE, SUPPORTED_LOCALES, locale_info

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "translations"
PO_FILES = sorted(TRANSLATIONS.glob("*/LC_MESSAGES/*.po"))


def test_committed_faq_pot_is_up_to_date_with_the_corpus():
    template = catalogs.faq_template(corpus.load_pairs(ROOT / "corpus"))
    assert (TRANSLATIONS / "faq.pot").read_text() == catalogs.po_text(template), (
        "run: faqsvc i18n extract"
    )


def test_committed_messages_pot_is_up_to_date_with_code_and_templates(tmp_path):
    out = tmp_path / "messages.pot"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "babel.messages.frontend",
            "extract",
            "-F",
            "babel.cfg",
            "-k",
            "N_",
            "--no-location",
            "--sort-output",
            "--omit-header",
            "-o",
            str(out),
            "faqsvc",
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    assert out.read_text() == (TRANSLATIONS / "messages.pot").read_text(), "run: make i18n"


@pytest.mark.parametrize("path", PO_FILES, ids=lambda p: str(p.relative_to(TRANSLATIONS)))
def test_every_catalog_compiles_and_keeps_markup(path):
    assert check_catalog(path) == []


@pytest.mark.parametrize("locale", [t for t in SUPPORTED_LOCALES if t != SOURCE_LOCALE])
def test_every_locale_has_complete_catalogs(locale):
    wanted = {(m.context, m.id) for m in read_po((TRANSLATIONS / "faq.pot").open("rb")) if m.id}
    table = catalogs.load_translations(TRANSLATIONS, locale)
    missing = wanted - set(table)
    assert not missing, f"{locale}: {len(missing)} FAQ entries untranslated"
    ui = catalogs.catalog_path(TRANSLATIONS, locale, catalogs.UI_DOMAIN)
    assert all(m.string for m in catalogs.read_catalog(ui) if m.id), f"{locale}: UI incomplete"
    assert locale_info(locale).gettext_name in str(ui)


@pytest.mark.parametrize(
    "msgid, msgstr, problems",
    [
        ("One.\n\nTwo.", "Uno.\n\nDos.", []),
        ("One.\n\nTwo.", "Uno. Dos.", ["paragraphs: 2 != 1"]),
        ("List:\n- a\n- b", "Lista:\n- a", ["list items: 2 != 1"]),
        ("Hi %(name)s", "Hola %(nombre)s", ["placeholders: ['%(name)s'] != ['%(nombre)s']"]),
        ("<b>bold</b>", "negrita", ["markup: ['</b>', '<b>'] != []"]),
        ("anything", "", []),  # untranslated is missing, not malformed
    ],
)
def test_markup_problems(msgid, msgstr, problems):
    assert markup_problems(msgid, msgstr) == problems


def test_percent_in_english_does_not_become_a_format_placeholder():
    message_id = catalog_msgid("About 87% of patients")
    from babel.messages.catalog import Message

    assert "python-format" not in Message(message_id, "Environ 87 % des patients").flags
    assert catalogs.served_text(message_id) == "About 87% of patients"


def test_stale_and_fuzzy_translations_are_not_loaded(tmp_path):
    po = tmp_path / "es" / "LC_MESSAGES" / "faq.po"
    po.parent.mkdir(parents=True)
    po.write_text(
        '# status: reviewed\nmsgctxt "p1|question"\nmsgid "Current?"\nmsgstr "¿Actual?"\n\n'
        '#, fuzzy\nmsgctxt "p2|question"\nmsgid "Fuzzy?"\nmsgstr "¿Dudoso?"\n\n'
        'msgctxt "p3|question"\nmsgid "Untranslated?"\nmsgstr ""\n'
    )
    table = catalogs.load_translations(tmp_path, "es")
    assert table == {("p1|question", "Current?"): catalogs.Translation("¿Actual?", "reviewed")}


def test_broken_catalog_is_a_catalog_error(tmp_path):
    po = tmp_path / "broken.po"
    po.write_text('msgid "x"\nmsgstr "y"\ngarbage line\n')
    with pytest.raises(catalogs.CatalogError):
        catalogs.read_catalog(po)


def test_status_counts(tiny_settings):
    catalogs.extract(tiny_settings.corpus_dir, tiny_settings.translations_dir)
    rows = {
        (r.locale, r.domain): r
        for r in catalogs.status(tiny_settings.corpus_dir, tiny_settings.translations_dir)
    }
    spanish = rows[("es", "faq")]
    # fasting answer is stale (English changed), two entries reviewed (risks q + a)
    assert (spanish.stale, spanish.reviewed) == (1, 2)
    assert spanish.translated == 6
    assert rows[("fr", "faq")].missing == spanish.translated + spanish.missing + spanish.fuzzy


def test_compile_all_writes_mo_files(tmp_path, tiny_settings):
    written = catalogs.compile_all(tiny_settings.translations_dir)
    assert written and all(p.suffix == ".mo" and p.stat().st_size > 0 for p in written)


def test_template_does_not_name_the_installed_babel_or_the_year(monkeypatch):
    import babel.messages.catalog as babel_catalog

    template = catalogs.faq_template(corpus.load_pairs(ROOT / "corpus"))
    before = catalogs.po_text(template)
    monkeypatch.setattr(babel_catalog, "VERSION", "99.0.0")
    after = catalogs.po_text(catalogs.faq_template(corpus.load_pairs(ROOT / "corpus")))
    assert after == before
    assert "99.0.0" not in after and "Copyright" not in after.split("msgid", 1)[0]

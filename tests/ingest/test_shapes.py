"""Clutter told by line shape and by position, in several formats and languages.

Every row is our own wording (none comes from the blind set): the same kind of clutter
written the way another hospital, in another language, would write it.
"""

import pytest

from faqsvc.ingest.boilerplate import Dropped, clean_blocks, item_rule
from faqsvc.ingest.text import Block, blocks_from_text


@pytest.mark.parametrize(
    "lang, line, rule",
    [
        # several label-value fields on one line: publication metadata in any language
        ("en", "Posted: 2 June 2023 Section: Cardiology Reads: 4,410", "publication metadata"),
        ("it", "Pubblicato: 02/06/2023 Reparto: Cardiologia", "publication metadata"),
        ("nl", "Geplaatst: 2 juni 2023 Rubriek: Hart", "publication metadata"),
        ("pl", "Opublikowano: 04.09.2022 Wyświetlenia: 8 120", "publication metadata"),
        ("tr", "Tarih: 12.01.2024 Görüntülenme: 2.004", "publication metadata"),
        # a line ending in a form code
        ("en", "Information sheet OPH-2231", "document code"),
        ("es", "Hoja informativa – TRA-HC-11", "document code"),
        ("de", "Merkblatt Nr.: KAR-07", "document code"),
        ("it", "Modulo ORT-PZ-04", "document code"),
        # a postal address: parts around a postcode
        ("en", "Unit 7, Harbour Road, Fenwick FN4 2RT", "postal address"),
        ("it", "Via dei Mille 12, 20121 Milano", "postal address"),
        ("nl", "Ziekenhuisweg 1 – 3584 Utrecht", "postal address"),
        ("pt", "Avenida da Liberdade 50, 1250-096 Lisboa", "postal address"),
        # parts joined by separators, every one clutter
        ("en", "Form ABC-310 | Reviewed: May 2023 | Print", "document code"),
        ("fr", "Réf. : CAR-PI-12 · Imprimer", "document code"),
        # a letter's closing formula
        (
            "fr",
            "Je vous prie d'agréer, Madame, l'expression de mes sentiments dévoués.",
            "salutation",
        ),
        ("it", "Cordiali saluti", "salutation"),
        ("pt", "Com os melhores cumprimentos,", "salutation"),
        ("de", "Hochachtungsvoll", "salutation"),
        # feedback prompts
        ("es", "¿Te ha sido útil esta información?", "feedback prompt"),
        # opening hours as a label or with times
        ("es", "Horario: martes y jueves de 9 a 13 h", "opening hours"),
        ("de", "Öffnungszeiten werktags ab 7.30 Uhr", "opening hours"),
    ],
)
def test_clutter_by_shape_is_named(lang, line, rule):
    assert item_rule(line) == rule, lang


@pytest.mark.parametrize(
    "lang, line",
    [
        ("en", "COVID-19 vaccination"),  # a code-like word in a heading
        ("en", "Take 2 tablets: one in the morning, one at night."),
        ("en", "Dose: one tablet twice a day"),  # one field, not a number
        ("en", "Morning: 2 tablets Evening: 1 tablet"),  # a dosing schedule, not metadata
        ("en", "Haemoglobin: 135"),  # one lab value
        ("de", "Frühstück: 1 Tablette Abendessen: 2 Tabletten"),
        ("de", "Außerhalb der Sprechzeiten wenden Sie sich an die Notaufnahme."),
        ("fr", "En dehors des heures d'ouverture, appelez le centre de régulation."),
        ("es", "Si tiene fiebre, dolor intenso o sangrado, acuda a Urgencias."),
        ("en", "Warfarin, apixaban, rivaroxaban and dabigatran."),
        ("en", "Type 2 diabetes"),
        ("it", "Dopo l'intervento, riposi per 2 giorni."),
    ],
)
def test_patient_text_of_the_same_shape_is_kept(lang, line):
    assert item_rule(line) is None, lang


def _clean(blocks: list[Block]) -> tuple[list[str], list[Dropped]]:
    dropped: list[Dropped] = []
    kept = clean_blocks(blocks, dropped, is_heading=lambda b: bool(b.heading))
    return [item for block in kept for item in block.items], dropped


def _para(text: str, heading: bool = False) -> Block:
    return Block("para", [text], heading=heading)


BODY = "You can eat a light meal up to six hours before the test and drink water until two."


@pytest.mark.parametrize(
    "fmt, blocks, gone, rule",
    [
        (
            "docx en: a table of contents in any style",
            [
                _para("Overview"),
                _para("Why the test is done 1"),
                _para("Getting ready 2"),
                _para("Afterwards 2"),
                _para("Why the test is done", True),
                _para(BODY),
                _para("Getting ready", True),
                _para(BODY),
                _para("Afterwards", True),
                _para(BODY),
            ],
            ["Overview", "Why the test is done 1", "Afterwards 2"],
            "table of contents",
        ),
        (
            "docx it: a letter's greeting and closing with its signature",
            [
                _para("Gentile paziente,"),
                _para(BODY),
                _para("Prima dell'esame", True),
                _para(BODY),
                _para("Distinti saluti"),
                _para("Il personale dell'ambulatorio", True),
            ],
            ["Gentile paziente,", "Distinti saluti", "Il personale dell'ambulatorio"],
            None,
        ),
        (
            "html nl: a contact box under its own heading",
            [
                _para("Na het onderzoek", True),
                _para(BODY),
                _para("Zo vindt u ons", True),
                _para("Polikliniek, route 42"),
                _para("Ziekenhuisweg 1, 3584 Utrecht"),
                _para("Telefoon: 030 250 9111"),
            ],
            ["Zo vindt u ons", "Polikliniek, route 42", "Ziekenhuisweg 1, 3584 Utrecht"],
            None,
        ),
        (
            "html en: a feedback prompt in a plain paragraph",
            [_para("After the test", True), _para(BODY), _para("Was this information useful?")],
            ["Was this information useful?"],
            "feedback prompt",
        ),
    ],
)
def test_clutter_by_position_is_dropped(fmt, blocks, gone, rule):
    kept, dropped = _clean(blocks)
    assert BODY in kept, fmt
    assert [g for g in gone if g in kept] == [], fmt
    if rule:
        assert {d.rule for d in dropped if d.text in gone} == {rule}, fmt


def test_a_greeting_in_mid_text_is_not_a_salutation():
    """A PDF line broken after a comma has a greeting's shape; only a letter's ends are asked."""
    blocks = [_para(BODY), _para("If you take insulin,"), _para(BODY + " Ask the nurse.")]
    kept, _ = _clean(blocks)
    assert "If you take insulin," in kept


def test_advice_beside_contact_lines_keeps_its_section():
    blocks = [
        _para("If you are worried", True),
        _para("Ward 7: 0161 555 0101"),
        _para("Clinic: 0161 555 0102"),
        _para("Out of hours, go to the nearest emergency department."),
    ]
    kept, _ = _clean(blocks)
    assert kept == ["If you are worried", "Out of hours, go to the nearest emergency department."]


def test_a_section_that_only_mentions_a_phone_keeps_its_text():
    blocks = [
        _para("Going home", True),
        _para(BODY),
        _para("If you feel unwell at night, ring the ward on 0161 555 0101."),
        _para("Rest for two days before going back to work."),
    ]
    kept, _ = _clean(blocks)
    assert "Going home" in kept and "Rest for two days before going back to work." in kept


def test_plain_text_underlined_headings_start_sections():
    blocks = blocks_from_text(
        "Getting ready\n=============\n\n" + BODY + "\n\nAfterwards\n----------\n"
    )
    assert [(b.text, b.heading) for b in blocks] == [
        ("Getting ready", True),
        (BODY, None),
        ("Afterwards", True),
    ]


def test_markdown_link_targets_with_parentheses_leave_no_stray_mark():
    from faqsvc.ingest.readers.markdown import inline

    assert inline("[Print](javascript:window.print()) or [map](https://m.example/a_(b))") == (
        "Print or map"
    )

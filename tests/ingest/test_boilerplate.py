"""Line rules for page furniture in the languages we ingest, and text they must leave alone."""

import pytest

from faqsvc.ingest.boilerplate import Dropped, clean_blocks, item_rule
from faqsvc.ingest.text import Block, blocks_from_text


@pytest.mark.parametrize(
    "line, rule",
    [
        ("Home › Services › Cardiology", "breadcrumb"),
        ("Inicio > Pacientes > Folletos", "breadcrumb"),
        ("Imprimer", "page tool"),
        ("Compartir esta página", "page tool"),
        ("Retour en haut de page", "page tool"),
        ("Wir verwenden Cookies, um unsere Website zu verbessern.", "cookie notice"),
        ("Utilizamos cookies propias y de terceros. Aceptar", "cookie notice"),
        ("Catégorie : Orthopédie", "publication metadata"),
        ("1.234 visitas", "publication metadata"),
        ("5 min read", "publication metadata"),
        ("Dear patient,", "salutation"),
        ("Chère patiente, cher patient,", "salutation"),
        ("Mit freundlichen Grüßen", "salutation"),
        ("Find a doctor", "find a doctor"),
        ("Trouver un médecin", "find a doctor"),
        ("Tel: 0118 322 5111", "phone number"),
        ("Standard : 01 23 45 67 89", "phone number"),
        ("ortho.clinic@hospital.example", "email address"),
        ("Lunes a viernes de 8:00 a 15:00", "opening hours"),
        ("Sprechzeiten: Mo–Fr 8–16 Uhr", "opening hours"),
        ("Introduction ........ 2", "table of contents"),
        ("Fecha de revisión: marzo 2024", "document date (kept as the source's date)"),
        ("Next review due: May 2026", "document date (kept as the source's date)"),
    ],
)
def test_furniture_lines_are_named(line, rule):
    assert item_rule(line) == rule


@pytest.mark.parametrize(
    "line",
    [
        "Pain / numbness in the leg",
        "Take two tablets on 12.03.2024 before breakfast.",
        "Between 2010 and 2015 about 1 000 people took part.",
        "You must not eat after midnight.",
        "Do not drive for six weeks; ask your physiotherapist when to start again.",
        "Print your name on the form and bring it with you.",
    ],
)
def test_patient_information_is_left_alone(line):
    assert item_rule(line) is None


def test_a_phone_number_costs_its_sentence_not_the_paragraph():
    dropped: list[Dropped] = []
    text = "If your wound gets red, see your GP. The ward is on 0118 322 7171 day and night."
    kept = clean_blocks([Block("para", [text])], dropped)
    assert kept[0].items == ["If your wound gets red, see your GP."]
    assert [d.rule for d in dropped] == ["phone number"]


def test_address_lines_go_with_the_phone_number_below_them():
    raw = (
        "Recovery\n\nRest for two days and then walk a little more each day.\n\n"
        "Orthopaedic Department\nLevel 3, North Wing\nTel: 0118 322 5111\n"
    )
    dropped: list[Dropped] = []
    kept = clean_blocks(blocks_from_text(raw), dropped)
    assert [b.text for b in kept] == [
        "Recovery",
        "Rest for two days and then walk a little more each day.",
    ]
    assert {d.rule for d in dropped} == {"contact block", "phone number"}


def test_a_heading_above_text_is_not_swept_into_a_menu():
    raw = "Home › Leaflets\n\nAfter the operation\n\nWalk every hour while you are awake.\n"
    kept = clean_blocks(blocks_from_text(raw), [])
    assert [b.text for b in kept] == ["After the operation", "Walk every hour while you are awake."]

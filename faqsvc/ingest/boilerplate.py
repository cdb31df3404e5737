"""Rules that tell patient information from page furniture.

Each rule is a named pattern, so ``ingest --report`` can say why a line went. Patterns are about
the *shape* of boilerplate (contact call-outs, citations, credits, bios, navigation) in the
languages we ingest, never about one document's wording, because they run on leaflets we have
never seen.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from faqsvc.ingest import metadata
from faqsvc.ingest.text import Block


def _rx(*alternatives: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{a})" for a in alternatives), re.IGNORECASE)


# A heading matching one of these starts a section that is dropped whole.
SECTION_RULES: dict[str, re.Pattern[str]] = {
    "contact section": _rx(
        r"^(contact|contáct|kontakt|contato|contacto|get in touch|request an appointment)\b",
        r"^(book|schedule|make) an? (appointment|consultation)",
        r"^(pedir|solicitar) cita|^prendre rendez-vous|^termin vereinbaren",
    ),
    "further reading": _rx(
        r"^(further|more) (reading|information|resources)$",
        r"^(related|recommended) (articles|stories|content|reading|links)$",
        r"^(see also|learn more|useful links|sources|references|bibliography|citations?)$",
        r"^(más información|lecturas? recomendadas?|referencias|bibliografía)$",
        r"^(pour en savoir plus|en savoir plus|références|bibliographie)$",
        r"^(weitere informationen|literatur|quellen|mehr erfahren)$",
        r"^(mais informações|saiba mais|referências)$",
    ),
    "author bio": _rx(r"^(written|reviewed|edited) by\b", r"^about the author", r"^autor(in)?:?$"),
    "navigation": _rx(
        r"^(follow us|share( this)?|print|menu|home|search|sign in|log in|subscribe|newsletter)$",
    ),
    "table of contents": _rx(
        r"^(table of )?contents$|^in this article$|^on this page$|^índice$|^sommaire$|^inhalt$",
    ),
    "comment prompt": _rx(r"^(comments?|leave a (comment|reply)|post a (new )?comment)$"),
}

# Sections after one of these are end matter (bios, citations, links) unless they ask a question.
END_MATTER = ("further reading", "author bio", "comment prompt")

# A paragraph or list item matching one of these is dropped.
LINE_RULES: dict[str, re.Pattern[str]] = {
    "navigation": _rx(
        r"^skip to (main )?content",
        r"^(ir al contenido|aller au contenu|zum inhalt|pular para o conteúdo)",
        r"^(follow us|share this|back to top|print this page|cookie)",
        r"^(home|menu)( [>»/|].*)?$",
    ),
    "comment prompt": _rx(r"^(post|leave|add) a (new )?(comment|reply)", r"^\d+ comments?$"),
    "image credit": _rx(
        r"(image|photo|picture|illustration) (credit|courtesy|source)s?\s*:",
        r"\b(shutterstock|getty images|istock(photo)?|adobe stock)\b",
        r"^(an? |the )?(infographic|image|photo(graph)?|diagram|illustration|video|figure|chart)"
        r" (of|showing|describing|depicting|illustrating)\b",
        r"^(figure|fig\.|image|photo)\s*\d+\s*[:.]",
    ),
    "citation": _rx(
        r"formats? to cite|cite this (article|page)|how to cite",
        r"^(apa|mla|chicago|harvard|vancouver|ama)$",
        r"\bretrieved (on|from)\b|\(accessed\b|\baccessed on\b",
        r"\bdoi:\s*10\.|\bPMID:?\s*\d|\bPMCID\b",
        r"^[A-Z][\w'’-]+,\s+(?:[A-Z]\.\s*){1,3}.*\(\d{4}",
        r"<?https?://\S+>?\.?$|\b(viewed|accessed|retrieved)\b.*\b(19|20)\d{2}\b",
        r"\((19|20)\d{2}[a-z]?(, [A-Z][a-z]+\.? \d{1,2})?\)\.|\(n\.d\.\)",
    ),
    "reference": _rx(
        r"^[A-Z][\w'’ -]+,? (?:[A-Z]{1,3}\b[.,]?\s*){1,3}.*\b(19|20)\d{2}\b.*[;:]\s*\d"
    ),
    "author bio": _rx(
        r"\b(graduated from|practi[cs]ed as|board[- ]certified|is a leading|years of experience)\b",
        r"\bspecialists?, including (drs?\.|doctors?)",
        r"\b(has|have) been in charge of\b",
    ),
    "disclaimer": _rx(
        r"opinions expressed (here|in this)",
        r"do(es)? not necessarily reflect the views",
        r"^(last (updated|reviewed|modified)|published|date of publication)\s*:",
        r"^(última actualización|dernière mise à jour|zuletzt aktualisiert|atualizado em)\s*:",
        r"^©|copyright ©?\s*\d{4}|all rights reserved",
        r"^(page|página|seite) \d+( (of|de|sur|von) \d+)?$",
    ),
    "web address": _rx(r"^(https?://|www\.)\S+(\s+\S+){0,6}$", r"\bvisit our (web)?site\b"),
    "contact call-out": _rx(
        r"\b(contact us|call us|please call|give us a call|get in touch|fill out the (form|fields))\b",
        r"\b(schedule|book|request|make) (an|your) (appointment|consultation)\b",
        r"\bthank you for contacting\b|\bwe will (contact|call) you\b|\ba team member will\b",
        r"\b(contáctenos|llámenos|pida (una )?cita|contactez-nous|appelez-nous|kontaktieren sie uns)\b",
        r"\b(rufen sie uns an|entre em contato|ligue para)\b",
    ),
    "phone number": _rx(
        r"^[\s(+]*\d[\d\s().-]{6,}[\dA-Z-]*\.?$", r"\(\d{3}\)\s*\d{2,3}[-\s][\dA-Z]{4}"
    ),
}

# Rules that may remove one sentence from an otherwise useful paragraph.
SENTENCE_RULES = ("contact call-out", "phone number", "web address")
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-ZÀ-ÖØ-Þ¿¡])")


@dataclass
class Dropped:
    rule: str
    text: str


def section_rule(heading: str) -> str | None:
    """The rule name that drops a whole section under this heading, if any."""
    clean = heading.strip().rstrip(":").strip()
    for name, pattern in SECTION_RULES.items():
        if pattern.search(clean):
            return name
    return None


def line_rule(text: str) -> str | None:
    for name, pattern in LINE_RULES.items():
        if pattern.search(text):
            return name
    if metadata.date_line(text) or (len(text) < 80 and metadata.NEXT_REVIEW.search(text)):
        return "document date (kept as the source's date)"
    return None


def strip_sentences(paragraph: str, dropped: list[Dropped]) -> str:
    """Remove call-out sentences ("please contact us today!") and keep the rest of the paragraph."""
    kept = []
    for sentence in _SENTENCE.split(paragraph):
        rule = next((r for r in SENTENCE_RULES if LINE_RULES[r].search(sentence)), None)
        if rule:
            dropped.append(Dropped(rule, sentence))
        else:
            kept.append(sentence)
    return " ".join(kept)


def repeated_lines(blocks: list[Block], minimum: int = 3) -> set[str]:
    """Short lines that recur in a document are page headers and footers, not content."""
    counts = Counter(item for block in blocks for item in block.items if len(item) < 80)
    return {line for line, count in counts.items() if count >= minimum}


def clean_blocks(
    blocks: list[Block], dropped: list[Dropped], elsewhere: frozenset[str] = frozenset()
) -> list[Block]:
    """Drop boilerplate items and sentences; consecutive duplicate captions go too.
    ``elsewhere`` holds lines other documents of the corpus repeat: page furniture."""
    headers = repeated_lines(blocks)
    kept: list[Block] = []
    previous = None
    for block in blocks:
        items = []
        for item in block.items:
            if block.heading or (
                block.kind == "para" and len(block.items) == 1 and section_rule(item)
            ):
                items.append(item)  # a heading: its whole section goes later, not just this line
                continue
            rule = "page header" if item in headers else line_rule(item)
            if rule is None and item in elsewhere:
                rule = "repeated across documents"
            if rule is None and item == previous:
                rule = "duplicate line"
            previous = item
            if rule:
                dropped.append(Dropped(rule, item))
                continue
            item = strip_sentences(item, dropped) if block.kind == "para" else item
            if item.strip():
                items.append(item)
        if items:
            kept.append(Block(block.kind, items, block.gap, block.heading))
    return kept

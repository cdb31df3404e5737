"""Rules that tell patient information from page furniture.

Each rule is a named pattern, so ``ingest --report`` can say why a line went. Patterns are about
the *shape* of boilerplate (contact call-outs, citations, credits, bios, navigation) in the
languages we ingest, never about one document's wording, because they run on leaflets we have
never seen.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from faqsvc.ingest import metadata, shapes, structure
from faqsvc.ingest.text import Block


def _rx(*alternatives: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{a})" for a in alternatives), re.IGNORECASE)


_FEEDBACK = (
    r"^(was this (page|information|leaflet) (helpful|useful)|did you find this (page|information)"
    r" (helpful|useful)|¿?(le|te) ha (resultado|sido) [úu]til|cette (page|information) vous a-t-elle"
    r" [ée]t[ée] utile|war diese (seite|information) hilfreich|esta informa[çc][ãa]o foi [úu]til"
    r"|.*h[ữu]u [íi]ch kh[ôo]ng)"
)

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
        r"^inhaltsverzeichnis$|^table des mati[èe]res$|^[íi]ndice de contenidos$|^conte[úu]do$",
    ),
    "comment prompt": _rx(
        r"^(comments?|leave a (comment|reply)|post a (new )?comment)$", _FEEDBACK
    ),
    "find a doctor": _rx(
        r"^(find|search for|choose) an? (doctor|specialist|consultant|location|clinic)\b",
        r"^(buscar|busque|encontrar|encuentre) (un|a su|su) (m[ée]dico|especialista|centro)\b",
        r"^(trouver|trouvez|rechercher) (un|votre) (m[ée]decin|sp[ée]cialiste|[ée]tablissement)",
        r"^(arzt|[äa]rztin|facharzt|klinik|standort)(e)? (finden|suchen)\b",
    ),
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
    "breadcrumb": _rx(
        r"^[^.!?:]{1,40}(?:\s+[›»>|→]\s+[^.!?:]{1,60}){1,6}$",
        r"^[^.!?:/]{1,40}(?:\s+/\s+[^.!?:/]{1,60}){2,6}$",
    ),
    "page tool": _rx(
        r"^(print|imprimir|imprimer|drucken|share|compartir|partager|teilen|download|descargar"
        r"|t[ée]l[ée]charger|herunterladen|e-?mail|tweet|save|guardar|enregistrer|speichern)"
        r"( (this|esta|cette|diese) (page|p[áa]gina|seite|article|art[íi]culo))?( \(?pdf\)?)?$",
        r"^(back to top|volver arriba|retour en haut( de (la )?page)?|nach oben|zur[uü]ck)$",
        r"^(print|share|download)\b.{0,30}\b(page|pdf|leaflet)$",
    ),
    "cookie notice": _rx(
        r"\bcookies?\b.*\b(use|uses|using|accept|utiliza|utilizamos|usamos|aceptar|utilise"
        r"|utilisons|accepter|verwende[nt]|nutzen|akzeptieren|zustimmen|usa|usamos)\b",
        r"\b(use|uses|utiliza|utilizamos|usamos|utilise|utilisons|verwende[nt]|nutzen|usa)\b"
        r".*\bcookies?\b",
    ),
    "publication metadata": _rx(
        r"^(category|categor[íi]a|cat[ée]gorie|kategorie|rubrique|tags?|etiquetas|schlagw[öo]rter"
        r"|mots-cl[ée]s|author|autor|auteur|autorin|reading time|tiempo de lectura"
        r"|temps de lecture|lesezeit|leaflet (no|number|ref)|ref(erence)?( no)?|version|versi[óo]n"
        r"|n[º°o]\.? de (folleto|referencia))\s*[:#]",
        r"^\d[\d.,\s]*\s(views|visitas|vues|aufrufe|lecturas|reads)$",
        r"^\d+\s*(min(ute)?s?|minutos?|minuten?)\.?\s*(read|de lectura|de lecture|lesezeit)$",
    ),
    "salutation": _rx(
        r"^(dear|estimad[oa]s?|querid[oa]s?|cher|ch[èe]re|chers|sehr geehrte[rn]?|liebe[rn]?)"
        r"\b[^.!?]{0,40}[,:]$",
        r"^(madame,? monsieur|to whom it may concern),?$",
        r"^(yours (sincerely|faithfully|truly)|(kind|best|warm) regards|(with )?best wishes"
        r"|atentamente|(reciba )?un (cordial )?saludo|saludos cordiales|le saluda atentamente"
        r"|(bien )?cordialement|sinc[èe]res salutations|mit freundlichen gr[üu](ß|ss)en"
        r"|viele gr[üu](ß|ss)e|hochachtungsvoll|atenciosamente|com os melhores cumprimentos"
        r"|(distinti|cordiali) saluti|met vriendelijke groet)[,.!]?$",
        r"^(nous vous prions|je vous prie|veuillez) d.agr[ée]er\b",
        r"\bl.expression de (nos|mes) (salutations|sentiments)\b.{0,40}\.$",
    ),
    "find a doctor": SECTION_RULES["find a doctor"],
    "table of contents": _rx(
        r"^.{3,80}?(\s?\.{3,}|\s…+)\s*\d{1,3}$",
        r"^((table of )?contents|índice|sommaire|inhalt|inhaltsverzeichnis)$",
    ),
    "feedback prompt": _rx(_FEEDBACK),
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
        r"^[\s(+]*\d[\d\s().-]{6,}[\dA-Z-]*\.?$",
        r"\(\d{3}\)\s*\d{2,3}[-\s][\dA-Z]{4}",
        r"(?<![\d.,/-])\+?\(?\d(?:[\s().-]{0,2}\d){8,13}(?![\d.,/-]?\d)",
        r"\b(tel|t[ée]l|phone|telephone|t[ée]l[ée]phone|tel[ée]fono|telefon|fax|switchboard"
        r"|centralita|standard|zentrale)\b\.?\s*:?\s*\+?\(?\d",
    ),
    "email address": re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+"),
    "opening hours": _rx(
        r"\b(monday|mon)\b.{0,6}\b(to|-|–)\s*(friday|fri)\b.{0,20}\d",
        r"\b(lunes)\b.{0,6}\b(a|-|–)\s*(viernes)\b.{0,20}\d",
        r"\b(lundi)\b.{0,6}\b(au|-|–)\s*(vendredi)\b.{0,20}\d",
        r"\b(montag|mo\.?)\s*(bis|-|–)\s*(freitag|fr\.?)\b.{0,20}\d",
        r"\b(opening hours|office hours|horario( de atenci[óo]n)?|heures d.ouverture|horaires"
        r"|[öo]ffnungszeiten|sprechzeiten|hor[áa]rio|gi[ờo] l[àa]m vi[ệe]c)\b\s?:",
        r"\b(opening hours|office hours|horario de atenci[óo]n|heures d.ouverture|[öo]ffnungszeiten"
        r"|sprechzeiten)\b.{0,40}\d{1,2}\s?([:.h]\s?\d{2}|am|pm|h|uhr)\b",
    ),
}

# Rules that may remove one sentence from an otherwise useful paragraph.
SENTENCE_RULES = (
    "contact call-out",
    "phone number",
    "email address",
    "opening hours",
    "web address",
    "cookie notice",
)
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


def line_rule(text: str, rules: tuple[str, ...] | None = None) -> str | None:
    for name, pattern in LINE_RULES.items():
        if (rules is None or name in rules) and pattern.search(text):
            return name
    if metadata.date_line(text) or (len(text) < 80 and metadata.NEXT_REVIEW.search(text)):
        return "document date (kept as the source's date)"
    if rules is None or "publication metadata" in rules:
        return shapes.shape_rule(text) or shapes.combined(text, line_rule)
    return None


# A paragraph with a phone number or an office's hours loses that sentence, not its advice.
SENTENCE_ONLY = ("phone number", "email address", "opening hours")
ITEM_RULES = tuple(name for name in LINE_RULES if name not in SENTENCE_ONLY)


def item_rule(item: str) -> str | None:
    """The rule that drops a whole item; in a paragraph of several sentences, a phone number,
    an email address or office hours drop only their own sentence (``strip_sentences``)."""
    several = len(_SENTENCE.split(item)) > 1
    return line_rule(item, ITEM_RULES if several else None)


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


def block_rules(
    blocks: list[Block], is_heading: Callable[[Block], bool] | None = None
) -> list[str | None]:
    """The rule that drops each whole block: its line's own rule, then what its neighbours
    and the document's structure say (contents, letter frame, contact boxes)."""
    rules = [
        item_rule(b.items[0]) if b.kind == "para" and len(b.items) == 1 and not b.heading else None
        for b in blocks
    ]
    structure.spread_to_neighbours(blocks, rules)
    structure.table_of_contents(blocks, rules)
    structure.letter_frame(blocks, rules)
    structure.contact_sections(blocks, rules, is_heading or (lambda b: bool(b.heading)))
    return rules


def clean_blocks(
    blocks: list[Block],
    dropped: list[Dropped],
    elsewhere: frozenset[str] = frozenset(),
    is_heading: Callable[[Block], bool] | None = None,
) -> list[Block]:
    """Drop boilerplate items and sentences; consecutive duplicate captions go too.
    ``elsewhere`` holds lines other documents of the corpus repeat: page furniture."""
    headers = repeated_lines(blocks)
    rules = block_rules(blocks, is_heading)
    kept: list[Block] = []
    previous = None
    for block, block_rule in zip(blocks, rules, strict=True):
        heads_section = block.heading is None and len(block.items) == 1
        heads_section = heads_section and section_rule(block.items[0]) is not None
        if (block_rule in structure.OVER_HEADINGS and not heads_section) or (
            block.heading and block_rule
        ):
            dropped.extend(Dropped(block_rule, item) for item in block.items)
            continue
        items = []
        for item in block.items:
            if block.heading or heads_section:
                items.append(item)  # a heading: its whole section goes later, not just this line
                continue
            rule = "page header" if item in headers else block_rule or item_rule(item)
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

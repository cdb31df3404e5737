"""One document to question-answer pairs: blocks -> sections -> pairs, with a report."""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass, field, replace

from faqsvc.ingest import boilerplate, questions, text, topics
from faqsvc.ingest.text import Block
from faqsvc.model import QAPair, Source

MAX_HEADING_WORDS = 12
MAX_QUESTION_WORDS = 25
_STOP_SUBJECT = set(
    [
        "about",
        "after",
        "also",
        "because",
        "before",
        "being",
        "could",
        "does",
        "during",
        "every",
        "from",
        "have",
        "into",
        "more",
        "most",
        "other",
        "patient",
        "patients",
        "should",
        "their",
        "there",
        "these",
        "they",
        "this",
        "those",
        "through",
        "under",
        "when",
        "where",
        "which",
        "while",
        "will",
        "with",
        "would",
        "your",
        "pain",
        "spine",
        "spinal",
        "fracture",
        "fractures",
        "bone",
        "bones",
        "procedure",
        "procedures",
        "surgery",
        "treatment",
        "treatments",
        "doctor",
    ]
)


@dataclass
class Section:
    heading: str | None
    blocks: list[Block] = field(default_factory=list)


@dataclass
class DocumentResult:
    pairs: list[QAPair]
    dropped: list[boilerplate.Dropped]
    unsure: list[str]
    title: str | None = None  # the document's own title line, when it has one


def is_heading(block: Block) -> bool:
    """A short single line that names what follows: a question, or a topic without a full stop."""
    if block.kind != "para" or len(block.items) != 1:
        return False
    if block.heading is not None:
        return block.heading
    line = block.items[0].strip()
    words = line.split()
    if not words:
        return False
    if questions.QUESTION_END.search(line):
        return len(words) <= MAX_QUESTION_WORDS
    first = line.lstrip("¿¡\"'“(")[:1]
    starts_upper = first.isupper() or (first.isalpha() and not first.islower() and first != "")
    return (
        len(words) <= MAX_HEADING_WORDS
        and len(line) <= 90
        and not line.endswith((*text.TERMINAL, ","))
        and starts_upper
        and not re.search(r"\w: \w", line)
    )


def split_sections(blocks: list[Block]) -> tuple[str | None, list[Section]]:
    """Sections start at headings, and at wide gaps where a web page lost its heading."""
    title = None
    if (
        len(blocks) > 1
        and is_heading(blocks[0])
        and is_heading(blocks[1])
        and not boilerplate.section_rule(blocks[0].items[0])
    ):
        title, blocks = blocks[0].items[0], blocks[1:]
    sections: list[Section] = []
    for block in blocks:
        if is_heading(block):
            sections.append(Section(block.items[0].strip()))
        elif not sections or block.gap >= 2:
            sections.append(Section(None, [block]))
        else:
            sections[-1].blocks.append(block)
    return title, sections


def guess_subject(title: str | None, blocks: list[Block], lang: str = "en") -> str:
    """What the document is about: the title's head, else its most frequent long word."""
    if title:
        head = re.split(r"\s*[(:|–—-]\s*|\?", title.strip())[0]
        head = re.sub(r"^(what is|what are|about)\s+", "", head, flags=re.IGNORECASE).strip()
        if head and len(head.split()) <= 3:
            return head if lang == "de" else questions.phrase_case(head)
    words = Counter(
        w.lower()
        for block in blocks
        for w in re.findall(r"[^\W\d_]{6,}", block.text)
        if w.lower() not in _STOP_SUBJECT
    )
    return words.most_common(1)[0][0] if words else "this treatment"


def render_answer(blocks: list[Block]) -> str:
    """Paragraphs separated by a blank line; list items as '- item' lines under their lead-in."""
    parts = []
    for block in blocks:
        if block.kind == "list":
            parts.append("\n".join(f"- {item}" for item in block.items))
        else:
            parts.extend(block.items)
    return "\n\n".join(parts)


def pair_id(source_id: str, key: str, occurrence: int) -> str:
    """Stable across runs: the source, the heading (or first words) and which repeat it is."""
    digest = hashlib.sha1(f"{source_id}\x1f{key}\x1f{occurrence}".encode()).hexdigest()
    prefix = re.sub(r"[^a-z0-9]", "", source_id.lower())[:3] or "doc"
    return f"{prefix}-{digest[:8]}"


def pairs_from_text(
    raw: str, source: Source, lang: str, title: str | None = None
) -> DocumentResult:
    """Everything ingest does to one plain-text document, without touching the disk."""
    return pairs_from_blocks(text.blocks_from_text(raw), source, lang, title)


def pairs_from_blocks(
    raw_blocks: list[Block],
    source: Source,
    lang: str,
    title: str | None = None,
    dropped: list[boilerplate.Dropped] | None = None,
    elsewhere: frozenset[str] = frozenset(),
) -> DocumentResult:
    """Blocks from any reader to pairs; ``dropped`` holds what the reader already left out."""
    dropped = list(dropped or [])
    unsure: list[str] = []
    blocks = boilerplate.clean_blocks(raw_blocks, dropped, elsewhere, is_heading)
    found_title, sections = split_sections(blocks)
    subject = guess_subject(title or found_title or source.title, blocks, lang)
    explicit = {
        s.heading.casefold()
        for s in sections
        if s.heading and questions.QUESTION_END.search(s.heading)
    }
    pairs: list[QAPair] = []
    seen_questions: set[str] = set()
    keys: Counter[str] = Counter()
    in_end_matter = False
    for position, section in enumerate(sections):
        rule = boilerplate.section_rule(section.heading) if section.heading else None
        asks = bool(section.heading and questions.QUESTION_END.search(section.heading))
        if rule or (in_end_matter and not asks):
            rule = rule or "end matter"
            in_end_matter = in_end_matter or rule in boilerplate.END_MATTER
            dropped.extend(_dropped_section(rule, section))
            continue
        if not section.blocks:
            later = {s.heading for s in sections[position + 1 :]}
            if section.heading in later:
                dropped.append(boilerplate.Dropped("table of contents", section.heading))
            elif section.heading:
                unsure.append(f"heading without text, skipped: {section.heading!r}")
            continue
        pair, notes = _make_pair(section, position == 0, source, lang, subject, explicit, keys)
        if pair.question.casefold() in seen_questions:
            pair = replace(pair, question=questions.fallback_question(subject, lang))
            notes.append(f"repeated question, reworded: {pair.question!r}")
        seen_questions.add(pair.question.casefold())
        pairs.append(pair)
        unsure.extend(notes)
    return DocumentResult(pairs, dropped, unsure, found_title)


def _dropped_section(rule: str, section: Section) -> list[boilerplate.Dropped]:
    texts = [section.heading or "", *(block.text for block in section.blocks)]
    return [boilerplate.Dropped(rule, text) for text in texts if text]


def _make_pair(
    section: Section,
    first: bool,
    source: Source,
    lang: str,
    subject: str,
    explicit: set[str],
    keys: Counter[str],
) -> tuple[QAPair, list[str]]:
    notes = []
    answer = render_answer(section.blocks)
    heading = section.heading
    topic, topic_unsure = topics.classify(heading or "", answer)
    bare = questions.bare_topic(heading, subject) if heading else None
    if bare or (heading is None and first):
        topic, topic_unsure = bare or "about", False
    question = questions.question_for(heading, topic, subject, lang)
    asks = bool(heading and questions.QUESTION_END.search(heading))
    if not asks and question.casefold() in explicit:
        question = questions.fallback_question(subject, lang)
    if topic_unsure:
        notes.append(f"topic {topic!r} is a guess for {question!r}")
    key = heading or answer[:60]
    keys[key] += 1
    pair = QAPair(pair_id(source.id, key, keys[key]), question, answer, topic, source, lang)
    return pair, notes

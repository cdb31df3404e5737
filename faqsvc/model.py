"""Plain dataclasses that flow through the core and that every renderer (API, pages, CLI) reads."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

TOPICS: tuple[str, ...] = (
    "about",
    "causes",
    "candidates",
    "preparation",
    "procedure",
    "recovery",
    "risks",
    "benefits",
    "alternatives",
    "limitations",
)

# How far a served text can be trusted: the English original, an unreviewed translation, a
# clinician-reviewed translation, or the English text served because no usable translation exists.
TRANSLATION_STATUSES: tuple[str, ...] = ("source", "machine", "reviewed", "fallback")


@dataclass(frozen=True)
class Source:
    """Where a pair comes from. ``reviewed`` is the source's own publication or review date
    (ISO ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``), never the build date; ``None`` when the
    document gives none. ``url`` links to the original."""

    id: str
    title: str
    publisher: str
    reviewed: str | None = None
    url: str | None = None


@dataclass(frozen=True)
class QAPair:
    """One question and its answer as ingested, in the language of its source document."""

    id: str
    question: str
    answer: str
    topic: str
    source: Source
    lang: str
    alternates: tuple[str, ...] = ()

    def to_dict(self) -> dict:
        data = asdict(self)
        data["alternates"] = list(self.alternates)
        return data

    @classmethod
    def from_dict(cls, data: dict) -> QAPair:
        return cls(
            id=data["id"],
            question=data["question"],
            answer=data["answer"],
            topic=data["topic"],
            source=Source(**data["source"]),
            lang=data["lang"],
            alternates=tuple(data.get("alternates") or ()),
        )


@dataclass(frozen=True)
class ServedPair:
    """A pair as shown in one locale: localised text plus where that text came from."""

    id: str
    question: str
    answer: str
    lang: str
    topic: str
    source: Source
    translation: str
    alternates: tuple[str, ...] = ()


@dataclass(frozen=True)
class Snippet:
    """A short passage of the answer; ``parts`` alternates plain text and matched terms."""

    parts: tuple[tuple[str, bool], ...]

    @property
    def text(self) -> str:
        return "".join(text for text, _ in self.parts)


@dataclass(frozen=True)
class SearchHit:
    pair: ServedPair
    score: float  # calibrated confidence in [0, 1]
    snippet: Snippet
    also_answered_by: tuple[ServedPair, ...] = ()
    related: tuple[ServedPair, ...] = ()


@dataclass(frozen=True)
class Alert:
    kind: str  # "urgent"
    message: str


@dataclass(frozen=True)
class SearchResult:
    query: str
    lang: str  # the locale answers are shown in
    requested_lang: str | None  # what the caller asked for, verbatim, when it was not served as-is
    detected_lang: str | None  # the language the query text is plainly written in, if another
    results: tuple[SearchHit, ...]
    alerts: tuple[Alert, ...] = ()
    did_you_mean: str | None = None
    suggestions: tuple[ServedPair, ...] = field(default=())
    # When nothing was good enough: the topic of the closest candidate, for editors' aggregate
    # counts of what patients ask that the leaflets do not answer (never the question itself).
    nearest_topic: str | None = None

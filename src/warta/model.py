"""Typed records that flow through warta.

``Page`` (the raw input, never modified) -> ``Article`` (clean text and metadata) -> ``Doc`` (the article plus the
analysis layers). Every mention in a layer is a span into ``Article.text``: ``text[start:end] == mention.text``.
Each layer is written by exactly one stage; ``Doc.versions`` records which stage version wrote it.

``Doc.to_dict()`` is exactly the article JSON of CONTRACT.md (plus added fields, which the contract allows);
``Doc.from_dict()`` reads it back, so the store and exports round-trip through one shape.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field, fields
from typing import Any, Literal

PageKind = Literal["html", "text"]
EntityType = Literal["PER", "ORG", "GPE", "LOC", "NORP", "EVENT", "MISC"]
Modality = Literal["asserted", "future", "hypothetical", "reported"]

EVENT_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)  # fmt: skip


def stable_id(*parts: str | None, length: int = 16) -> str:
    """A short hex id that depends only on ``parts`` (same input -> same id, across runs and machines)."""
    digest = hashlib.sha256("\x1f".join(p or "" for p in parts).encode("utf-8", "surrogatepass"))
    return digest.hexdigest()[:length]


@dataclass(frozen=True, slots=True)
class Page:
    """One raw input as it was read: HTML or already-scraped text, with what its source told us about it.

    Fields other than ``content`` and ``kind`` are *given* facts (from a JSONL record or a command-line hint);
    extraction takes a given fact as the truth and does not re-extract it.
    """

    content: str
    kind: PageKind
    url: str | None = None
    id: str | None = None
    title: str | None = None
    published: str | None = None
    source: str | None = None
    language: str | None = None
    origin: str | None = None  # where it was read from (file path, "file.jsonl:17", WARC record id), for rejects

    def fingerprint(self) -> str:
        """The article id: the given id, else the URL, else the content (the same page twice gives one article)."""
        if self.id:
            return stable_id("id", self.id)
        if self.url:
            return stable_id("url", self.url)
        return stable_id("content", self.content)


@dataclass(slots=True)
class Span:
    start: int
    end: int


@dataclass(slots=True)
class Place:
    name: str
    country: str | None = None  # ISO 3166-1 alpha-3
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    text: str | None = None
    start: int | None = None  # None for a dateline place (it is not in the body)
    end: int | None = None


@dataclass(slots=True)
class Dateline:
    text: str
    place: Place | None = None


@dataclass(slots=True)
class Caption:
    text: str
    credit: str | None = None


@dataclass(slots=True)
class Article:
    id: str
    text: str
    url: str | None = None
    source: str | None = None
    language: str | None = None
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None  # ISO 8601, with the zone offset when known
    dateline: Dateline | None = None
    captions: list[Caption] = field(default_factory=list)


@dataclass(slots=True)
class Sentence:
    start: int
    end: int


@dataclass(slots=True)
class Entity:
    text: str
    start: int
    end: int
    type: EntityType
    name: str
    kb_id: str | None = None
    country: str | None = None
    sector: str | None = None


@dataclass(slots=True)
class TimeExpr:
    text: str
    start: int
    end: int
    type: Literal["DATE", "TIME", "DURATION", "SET"]
    value: str | None  # ISO 8601 as far as the text fixes it; None when it cannot be resolved


@dataclass(slots=True)
class Actor:
    """An actor as coded: who, independent of where it is mentioned."""

    name: str
    kb_id: str | None = None
    country: str | None = None
    sector: str | None = None


@dataclass(slots=True)
class Quote:
    text: str
    start: int
    end: int
    verb: str | None = None
    speaker: Actor | None = None


@dataclass(slots=True)
class Participant:
    """An actor or recipient of an event, with the mention it was read from."""

    name: str
    text: str
    start: int
    end: int
    kb_id: str | None = None
    country: str | None = None
    sector: str | None = None


@dataclass(slots=True)
class Trigger:
    text: str
    start: int
    end: int


@dataclass(slots=True)
class Event:
    id: str
    type: str  # one of EVENT_TYPES
    sentence: Span
    trigger: Trigger
    mode: str | None = None
    contexts: list[str] = field(default_factory=list)
    actors: list[Participant] = field(default_factory=list)
    recipients: list[Participant] = field(default_factory=list)
    date: str | None = None
    place: Place | None = None
    negated: bool = False
    modality: Modality = "asserted"
    confidence: float = 0.5
    score: float | None = None
    # Added fields (the contract allows additions): the PLOVER quad class (1 verbal cooperation, 2 material
    # cooperation, 3 verbal conflict, 4 material conflict), the CAMEO code for GDELT-style export, and every
    # sentence that reports this same event in the article (within-article dedup keeps one event).
    quad: int | None = None
    cameo: str | None = None
    evidence: list[Span] = field(default_factory=list)
    # A reciprocal event (talks, a call, an agreement, a clash): actors and recipients are the two sides, in the
    # order the text names them, and the dyad holds both ways.
    symmetric: bool = False


_LAYERS = ("sentences", "entities", "times", "places", "quotes", "events")


@dataclass(slots=True)
class Doc:
    """An article and its analysis layers."""

    article: Article
    page: Page | None = None
    sentences: list[Sentence] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    times: list[TimeExpr] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    versions: dict[str, str] = field(default_factory=dict)  # stage name -> "name@version"

    @property
    def text(self) -> str:
        return self.article.text

    def to_dict(self) -> dict[str, Any]:
        """The article JSON of CONTRACT.md."""
        a = self.article
        out: dict[str, Any] = {
            "id": a.id,
            "url": a.url,
            "source": a.source,
            "language": a.language,
            "title": a.title,
            "authors": list(a.authors),
            "published": a.published,
            "dateline": asdict(a.dateline) if a.dateline else None,
            "text": a.text,
            "captions": [asdict(c) for c in a.captions],
            "entities": [asdict(e) for e in self.entities],
            "times": [asdict(t) for t in self.times],
            "places": [asdict(p) for p in self.places],
            "quotes": [asdict(q) for q in self.quotes],
            "events": [asdict(e) for e in self.events],
            "sentences": [asdict(s) for s in self.sentences],
            "pipeline": dict(self.versions),
        }
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Doc:
        """Read back what ``to_dict`` wrote (unknown keys are ignored, missing layers are empty)."""
        dateline = data.get("dateline")
        article = Article(
            id=data["id"],
            text=data.get("text") or "",
            url=data.get("url"),
            source=data.get("source"),
            language=data.get("language"),
            title=data.get("title"),
            authors=list(data.get("authors") or []),
            published=data.get("published"),
            dateline=Dateline(dateline["text"], _make(Place, dateline.get("place"))) if dateline else None,
            captions=[_make(Caption, c) for c in data.get("captions") or []],
        )
        return cls(
            article=article,
            sentences=[_make(Sentence, s) for s in data.get("sentences") or []],
            entities=[_make(Entity, e) for e in data.get("entities") or []],
            times=[_make(TimeExpr, t) for t in data.get("times") or []],
            places=[_make(Place, p) for p in data.get("places") or []],
            quotes=[_quote(q) for q in data.get("quotes") or []],
            events=[_event(e) for e in data.get("events") or []],
            versions=dict(data.get("pipeline") or {}),
        )


def _make(kind: type, data: dict[str, Any] | None) -> Any:
    if data is None:
        return None
    names = {f.name for f in fields(kind)}
    return kind(**{k: v for k, v in data.items() if k in names})


def _quote(data: dict[str, Any]) -> Quote:
    q = _make(Quote, data)
    q.speaker = _make(Actor, data.get("speaker"))
    return q


def _event(data: dict[str, Any]) -> Event:
    e = _make(Event, data)
    e.sentence = _make(Span, data["sentence"])
    e.trigger = _make(Trigger, data["trigger"])
    e.actors = [_make(Participant, p) for p in data.get("actors") or []]
    e.recipients = [_make(Participant, p) for p in data.get("recipients") or []]
    e.place = _make(Place, data.get("place"))
    e.evidence = [_make(Span, s) for s in data.get("evidence") or []]
    return e

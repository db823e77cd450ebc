"""Response models of the REST API: they are what /openapi.json describes.

They follow CONTRACT.md's article and event JSON. Every model allows extra fields because the contract grows only by
adding fields: a newer store may send more than these models name, and the API passes it through unchanged.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field


class _Open(BaseModel):
    model_config = ConfigDict(extra="allow")


class Error(BaseModel):
    """The one error shape: every 4xx and 5xx answer of the API has it, with ``status`` equal to the HTTP status."""

    ok: bool = False
    error: str = Field(description="one line for a person")
    status: int


class Span(_Open):
    start: int
    end: int


class PlaceOut(_Open):
    name: str | None = None
    text: str | None = None
    start: int | None = None
    end: int | None = None
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None


class DatelineOut(_Open):
    text: str
    place: PlaceOut | None = None


class CaptionOut(_Open):
    text: str
    credit: str | None = None


class EntityOut(_Open):
    text: str
    start: int
    end: int
    type: str
    name: str | None = None
    kb_id: str | None = None
    country: str | None = None
    sector: str | None = None


class TimeOut(_Open):
    text: str
    start: int
    end: int
    type: str
    value: str | None = None


class ActorOut(_Open):
    name: str | None = None
    kb_id: str | None = None
    country: str | None = None
    sector: str | None = None


class QuoteOut(_Open):
    text: str
    start: int
    end: int
    verb: str | None = None
    speaker: ActorOut | None = None


class ParticipantOut(ActorOut):
    text: str | None = None
    start: int | None = None
    end: int | None = None


class TriggerOut(_Open):
    text: str
    start: int
    end: int


class EventOut(_Open):
    id: str
    type: str
    mode: str | None = None
    contexts: list[str] = []
    actors: list[ParticipantOut] = []
    recipients: list[ParticipantOut] = []
    date: str | None = None
    place: PlaceOut | None = None
    negated: bool = False
    modality: str = "asserted"
    sentence: Span
    trigger: TriggerOut
    confidence: float | None = None
    score: float | None = None
    quad: int | None = None


class ArticleEvent(EventOut):
    """An event as listed by /api/events: the event JSON plus the article it was read from."""

    article_id: str


class ArticleSummary(_Open):
    """An article without its analysis layers, as listed by /api/articles."""

    id: str
    url: str | None = None
    source: str | None = None
    language: str | None = None
    title: str | None = None
    authors: list[str] = []
    published: str | None = None
    dateline: DatelineOut | None = None
    text: str | None = None
    captions: list[CaptionOut] = []


class ArticleOut(ArticleSummary):
    """One article with all its layers (CONTRACT.md, "Output: one article")."""

    text: str
    entities: list[EntityOut] = []
    times: list[TimeOut] = []
    places: list[PlaceOut] = []
    quotes: list[QuoteOut] = []
    events: list[EventOut] = []
    sentences: list[Span] = []


class ArticlePage(BaseModel):
    items: list[ArticleSummary]
    total: int
    limit: int
    offset: int


class EventPage(BaseModel):
    items: list[ArticleEvent]
    total: int
    limit: int
    offset: int


class RelationPeriod(_Open):
    period: str
    events: int
    by_quad: dict[str, int]
    score: float | None = None


class Relations(BaseModel):
    a: str
    b: str
    by: str
    items: list[RelationPeriod]


class SearchHit(_Open):
    kind: str = Field(description='"article" or "quote"')
    article_id: str
    title: str | None = None
    snippet: str | None = None
    highlights: list[list[int]] = Field(default=[], description="[start, end] of matched words in the snippet")
    score: float | None = None


class SearchResults(BaseModel):
    q: str
    items: list[SearchHit]


class Stats(_Open):
    """What the store counts (articles, events, …); the fields depend on the store."""


class NetworkNode(BaseModel):
    id: str = Field(description="the kb id, else the country code, else the name")
    name: str
    country: str | None = None
    sector: str | None = None
    events: int = Field(description="events in which this node acts or is acted upon")


class NetworkEdge(BaseModel):
    source: str
    target: str
    weight: int = Field(description="events from source to target")
    score: float | None = Field(description="mean PLOVER score of those events")
    by_quad: dict[str, int]
    types: dict[str, int]


class Network(BaseModel):
    level: str
    nodes: list[NetworkNode]
    edges: list[NetworkEdge]
    events: int = Field(description="events read to build the graph")
    truncated: bool = Field(description="true when more events matched than the graph reads")


class MapPlace(BaseModel):
    name: str
    country: str | None = None
    lat: float
    lon: float
    events: int
    types: dict[str, int]
    score: float | None = None


class MapCountry(BaseModel):
    country: str
    events: int
    score: float | None = None


class MapData(BaseModel):
    places: list[MapPlace]
    countries: list[MapCountry]
    events: int
    located: int = Field(description="events with a place that has coordinates")
    truncated: bool


class Country(BaseModel):
    code: str = Field(description="ISO 3166-1 alpha-3, or IGO")
    alpha2: str | None = None
    numeric: str | None = Field(description="ISO 3166-1 numeric, as the Natural Earth shapes are keyed")
    name: str


class CountryList(BaseModel):
    items: list[Country]


def jsonable(model: BaseModel) -> dict[str, Any]:
    return model.model_dump(mode="json")

"""The read-only JSON endpoints (CONTRACT.md, "REST API"), plus what the dashboard draws: stats, network, map, countries.

Every handler is a thin call into the store; query parameters are checked here so that a bad value is a 400 in the
one error shape (see ``app.py``), never a traceback from the store.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Path, Query

from ..model import EVENT_TYPES
from . import aggregate
from .countries import countries
from .schemas import (
    ArticleOut,
    ArticlePage,
    CountryList,
    Error,
    EventPage,
    MapData,
    Network,
    Relations,
    SearchResults,
    Stats,
)

# What an article listing leaves out (CONTRACT.md: "ARTICLE without analysis layers"); /api/articles/{id} has it all.
_LAYERS = ("entities", "times", "places", "quotes", "events", "sentences", "pipeline")

_ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": Error, "description": "a query parameter is invalid"},
    404: {"model": Error, "description": "not found"},
    405: {"model": Error, "description": "the API is read-only: GET only"},
}

_PARTIAL_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")

Limit = Annotated[int, Query(ge=1, le=500, description="page size, 1..500")]
Offset = Annotated[int, Query(ge=0, le=10_000_000, description="items to skip")]
Text = Annotated[str | None, Query(max_length=500)]
Code = Annotated[str | None, Query(max_length=200, description="a country code (RUS, IGO) or a kb id")]


def _when(name: str, value: str | None) -> str | None:
    """``since``/``until``: an ISO date as far as it goes (2023, 2023-06, 2023-06-30) or an ISO date-time."""
    if value is None or value == "":
        return None
    value = value.strip()
    try:
        if _PARTIAL_DATE.match(value):
            parts = [int(p) for p in value.split("-")] + [1, 1]
            date(parts[0], parts[1], parts[2])
        else:
            datetime.fromisoformat(value)
    except ValueError:
        raise HTTPException(400, f"{name}: not an ISO date (2023, 2023-06, 2023-06-30 or 2023-06-30T14:00): {value!r}")
    return value


def _type(value: str | None) -> str | None:
    if not value:
        return None
    t = value.strip().upper()
    if t not in EVENT_TYPES:
        raise HTTPException(400, f"type: not a PLOVER event type: {value!r} (one of {', '.join(EVENT_TYPES)})")
    return t


# Control characters never mean anything in a query and some break full-text query parsers (a NUL ends SQLite's
# FTS5 query string early): they become spaces before a value reaches the store.
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def _empty(value: str | None) -> str | None:
    """A text parameter: control characters removed, blank means absent."""
    if value is None:
        return None
    return _CONTROL.sub(" ", value).strip() or None


def _code(value: str | None) -> str | None:
    """A country code is matched upper-case (``rus`` -> ``RUS``); anything else (a kb id) is passed as given."""
    value = _empty(value)
    if value is None:
        return None
    return value.upper() if re.fullmatch(r"[A-Za-z]{3}", value) else value


# Matched words come back from the store between these marks, which no article text contains; they become offsets
# so that the snippet stays plain text (the dashboard never parses markup out of data).
_MARKS = ("\x02", "\x03")


def _highlighted(hit: dict[str, Any]) -> dict[str, Any]:
    clean: list[str] = []
    spans: list[list[int]] = []
    start = None
    for ch in hit.get("snippet") or "":
        if ch == _MARKS[0]:
            start = len(clean)
        elif ch == _MARKS[1]:
            if start is not None:
                spans.append([start, len(clean)])
            start = None
        else:
            clean.append(ch)
    return {**hit, "snippet": "".join(clean), "highlights": spans}


def _filter(actor, recipient, type, since, until, q, source, lang) -> aggregate.EventFilter:
    return aggregate.EventFilter(
        actor=_code(actor), recipient=_code(recipient), type=_type(type), since=_when("since", since),
        until=_when("until", until), q=_empty(q), source=_empty(source), lang=_empty(lang),
    )  # fmt: skip


def build_router(store: Any) -> APIRouter:
    api = APIRouter(prefix="/api", responses=_ERRORS)

    @api.get("/articles", response_model=ArticlePage, summary="Articles, newest first, without analysis layers")
    def list_articles(
        q: Text = None, source: Text = None, lang: Text = None, since: str | None = None, until: str | None = None,
        limit: Limit = 20, offset: Offset = 0,
    ):  # fmt: skip
        items, total = store.articles(
            _empty(q), _empty(source), _empty(lang), _when("since", since), _when("until", until), limit, offset
        )
        return {
            "items": [{k: v for k, v in a.items() if k not in _LAYERS} for a in items],
            "total": total,
            "limit": limit,
            "offset": offset,
        }

    @api.get("/articles/{article_id}", response_model=ArticleOut, summary="One article with all its layers")
    def get_article(article_id: Annotated[str, Path(max_length=200)]):
        article = store.article(article_id)
        if article is None:
            raise HTTPException(404, f"no article with id {article_id!r}")
        return article

    @api.get("/events", response_model=EventPage, summary="Events with the article each was read from")
    def list_events(
        actor: Code = None, recipient: Code = None, type: str | None = None, since: str | None = None,
        until: str | None = None, q: Text = None, source: Text = None, lang: Text = None,
        limit: Limit = 50, offset: Offset = 0,
    ):  # fmt: skip
        f = _filter(actor, recipient, type, since, until, q, source, lang)
        items, total = store.events(f.actor, f.recipient, f.type, f.since, f.until, f.q, f.source, f.lang, limit, offset)
        return {"items": items, "total": total, "limit": limit, "offset": offset}

    @api.get("/relations", response_model=Relations, summary="Cooperation and conflict between two countries")
    def relations(
        a: Annotated[str, Query(min_length=1, max_length=200, description="country code or kb id")],
        b: Annotated[str, Query(min_length=1, max_length=200, description="country code or kb id")],
        by: Annotated[str, Query(pattern="^(week|month)$")] = "month",
        since: str | None = None,
        until: str | None = None,
    ):
        ca, cb = _code(a), _code(b)
        if not ca or not cb:
            raise HTTPException(400, "a and b: give two country codes, e.g. a=RUS&b=IND")
        items = store.relations(ca, cb, by, _when("since", since), _when("until", until))
        return {"a": ca, "b": cb, "by": by, "items": items}

    @api.get("/search", response_model=SearchResults, summary="Articles and quotes that match, ranked")
    def search(q: Annotated[str, Query(min_length=1, max_length=500)], limit: Limit = 20):
        words = _empty(q)
        if not words:
            raise HTTPException(400, "q: give words to search for")
        try:
            hits = store.search(words, limit, marks=_MARKS)
        except TypeError:  # a store without snippet marks
            hits = store.search(words, limit)
        return {"q": q, "items": [_highlighted(h) for h in hits]}

    @api.get("/stats", response_model=Stats, summary="What the database holds")
    def stats():
        return store.stats()

    @api.get("/network", response_model=Network, summary="Who acts on whom: actors and weighted edges")
    def network(
        actor: Code = None, recipient: Code = None, type: str | None = None, since: str | None = None,
        until: str | None = None, q: Text = None, source: Text = None, lang: Text = None,
        level: Annotated[str, Query(pattern="^(actor|country)$")] = "actor",
    ):  # fmt: skip
        return aggregate.network(store, _filter(actor, recipient, type, since, until, q, source, lang), level)

    @api.get("/map", response_model=MapData, summary="Where events happened: per place and per country")
    def event_map(
        actor: Code = None, recipient: Code = None, type: str | None = None, since: str | None = None,
        until: str | None = None, q: Text = None, source: Text = None, lang: Text = None,
    ):  # fmt: skip
        return aggregate.event_map(store, _filter(actor, recipient, type, since, until, q, source, lang))

    @api.get("/countries", response_model=CountryList, summary="Country codes, numeric codes and names")
    def list_countries():
        return {"items": countries()}

    return api

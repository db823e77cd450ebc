"""Aggregates the dashboard draws from events: the actor network and the map of where events happened.

The store answers filtered, paged event queries; these views need the matching events as a whole, so they page
through them up to ``MAX_EVENTS`` and say when they stopped early (``truncated``). Negated events are evidence only
(CONTRACT.md) and are not counted.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any, Protocol

from .schemas import MapCountry, MapData, MapPlace, Network, NetworkEdge, NetworkNode

# Enough for the demo corpus and a newsroom's month; a larger corpus needs these aggregates inside the store.
MAX_EVENTS = 20_000
PAGE = 500


class EventSource(Protocol):
    def events(self, actor, recipient, type, since, until, q, source, lang, limit, offset) -> tuple[list, int]: ...


@dataclass(slots=True)
class EventFilter:
    actor: str | None = None
    recipient: str | None = None
    type: str | None = None
    since: str | None = None
    until: str | None = None
    q: str | None = None
    source: str | None = None
    lang: str | None = None


@dataclass(slots=True)
class _Scan:
    events: list[dict[str, Any]] = field(default_factory=list)
    truncated: bool = False


def scan(store: EventSource, flt: EventFilter, cap: int = MAX_EVENTS) -> _Scan:
    """Every matching, non-negated event, up to ``cap`` read."""
    out = _Scan()
    offset = 0
    while offset < cap:
        items, total = store.events(
            flt.actor, flt.recipient, flt.type, flt.since, flt.until, flt.q, flt.source, flt.lang,
            min(PAGE, cap - offset), offset,
        )  # fmt: skip
        out.events.extend(e for e in items if not e.get("negated"))
        offset += len(items)
        if not items or offset >= total:
            return out
    out.truncated = True
    return out


def _node_key(p: dict[str, Any], level: str) -> str | None:
    if level == "country":
        return p.get("country") or None
    return p.get("kb_id") or p.get("name") or p.get("text") or None


@dataclass(slots=True)
class _Edge:
    weight: int = 0
    scores: list[float] = field(default_factory=list)
    by_quad: Counter = field(default_factory=Counter)
    types: Counter = field(default_factory=Counter)


def _mean(values: list[float]) -> float | None:
    return round(sum(values) / len(values), 3) if values else None


def network(store: EventSource, flt: EventFilter, level: str = "actor", cap: int = MAX_EVENTS) -> Network:
    """Who acts on whom: one node per actor (kb id) or per country, one weighted edge per ordered pair."""
    found = scan(store, flt, cap)
    nodes: dict[str, NetworkNode] = {}
    edges: dict[tuple[str, str], _Edge] = defaultdict(_Edge)
    for ev in found.events:
        touched: set[str] = set()
        sources = [(k, p) for p in ev.get("actors") or [] if (k := _node_key(p, level))]
        targets = [(k, p) for p in ev.get("recipients") or [] if (k := _node_key(p, level))]
        for key, p in sources + targets:
            if key not in nodes:
                name = key if level == "country" else (p.get("name") or p.get("text") or key)
                nodes[key] = NetworkNode(
                    id=key, name=name, country=p.get("country"),
                    sector=None if level == "country" else p.get("sector"), events=0,
                )  # fmt: skip
            touched.add(key)
        for key in touched:
            nodes[key].events += 1
        for s, _ in sources:
            for t, _ in targets:
                if s == t:  # a self-loop says nothing about who acts on whom
                    continue
                edge = edges[(s, t)]
                edge.weight += 1
                if ev.get("score") is not None:
                    edge.scores.append(float(ev["score"]))
                if ev.get("quad"):
                    edge.by_quad[str(ev["quad"])] += 1
                edge.types[ev.get("type") or "?"] += 1
    return Network(
        level=level,
        nodes=sorted(nodes.values(), key=lambda n: (-n.events, n.id)),
        edges=[
            NetworkEdge(source=s, target=t, weight=e.weight, score=_mean(e.scores), by_quad=dict(e.by_quad),
                        types=dict(e.types))
            for (s, t), e in sorted(edges.items(), key=lambda kv: (-kv[1].weight, kv[0]))
        ],
        events=len(found.events),
        truncated=found.truncated,
    )


def event_map(store: EventSource, flt: EventFilter, cap: int = MAX_EVENTS) -> MapData:
    """Where events happened: counts per geocoded place and per country of the place."""
    found = scan(store, flt, cap)
    places: dict[tuple, dict[str, Any]] = {}
    countries: dict[str, list[float | None]] = defaultdict(list)
    located = 0
    for ev in found.events:
        place = ev.get("place") or {}
        if place.get("country"):
            countries[place["country"]].append(ev.get("score"))
        if place.get("lat") is None or place.get("lon") is None:
            continue
        located += 1
        lat, lon = round(float(place["lat"]), 4), round(float(place["lon"]), 4)
        key = (place.get("geonameid") or place.get("name"), lat, lon)
        slot = places.setdefault(key, {"place": place, "lat": lat, "lon": lon, "types": Counter(), "scores": []})
        slot["types"][ev.get("type") or "?"] += 1
        if ev.get("score") is not None:
            slot["scores"].append(float(ev["score"]))
    return MapData(
        places=sorted(
            (
                MapPlace(
                    name=s["place"].get("name") or s["place"].get("text") or "?",
                    country=s["place"].get("country"), lat=s["lat"], lon=s["lon"],
                    events=sum(s["types"].values()), types=dict(s["types"]), score=_mean(s["scores"]),
                )
                for s in places.values()
            ),
            key=lambda p: (-p.events, p.name),
        ),
        countries=sorted(
            (
                MapCountry(country=c, events=len(scores), score=_mean([x for x in scores if x is not None]))
                for c, scores in countries.items()
            ),
            key=lambda c: (-c.events, c.country),
        ),
        events=len(found.events),
        located=located,
        truncated=found.truncated,
    )

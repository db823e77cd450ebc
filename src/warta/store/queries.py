"""Read queries of the store (SQLAlchemy Core; every value a bound parameter)."""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Connection, Float, Integer, Text, and_, exists, func, or_, select

from ..errors import InputError
from . import rows as r
from . import schema as s
from .fulltext import FullText, parse_query

_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?")
MAX_LIMIT = 10_000


def article(conn: Connection, article_id: str) -> dict[str, Any] | None:
    return full_articles(conn, [article_id]).get(article_id)


def full_articles(conn: Connection, ids: list[str]) -> dict[str, dict[str, Any]]:
    """The full article JSON of each stored id (missing ids are absent), reading each layer table once per call."""
    found: dict[str, dict[str, Any]] = {}
    ids = list(dict.fromkeys(ids))
    if not ids:
        return found
    for m in conn.execute(select(s.articles).where(s.articles.c.id.in_(ids))).mappings():
        out = r.article_dict(m)
        out.update(entities=[], times=[], places=[], quotes=[], events=[], sentences=[],
                   pipeline=dict(m["pipeline"] or {}))  # fmt: skip
        found[m["id"]] = out

    def layer(table):
        return conn.execute(select(table).where(table.c.article_id.in_(list(found)))
                            .order_by(*table.primary_key.columns)).mappings()  # fmt: skip

    if not found:
        return found
    for key, table, make in (("entities", s.entities, r.entity_dict), ("times", s.times, r.time_dict),
                             ("places", s.places, r.place_dict), ("quotes", s.quotes, r.quote_dict),
                             ("sentences", s.sentences, lambda m: {"start": m["start"], "end": m["end"]})):  # fmt: skip
        for m in layer(table):
            found[m["article_id"]][key].append(make(m))
    event_rows = layer(s.events).all()
    for m, event in zip(event_rows, _events_with_parts(conn, event_rows), strict=True):
        found[m["article_id"]]["events"].append(event)
    return found


def _events_with_parts(conn: Connection, event_rows: list) -> list[dict[str, Any]]:
    """EVENT dicts for event rows, with their participants and evidence (fetched per article, grouped here)."""
    if not event_rows:
        return []
    ids = sorted({m["article_id"] for m in event_rows})
    parts: dict[tuple, dict[str, list]] = defaultdict(lambda: {"actor": [], "recipient": []})
    proofs: dict[tuple, list] = defaultdict(list)
    p, e = s.participants, s.evidence
    for chunk in _chunks(ids, 500):
        for m in conn.execute(select(p).where(p.c.article_id.in_(chunk))
                              .order_by(p.c.article_id, p.c.event_idx, p.c.role, p.c.idx)).mappings():  # fmt: skip
            parts[(m["article_id"], m["event_idx"])][m["role"]].append(r.participant_dict(m))
        for m in conn.execute(select(e).where(e.c.article_id.in_(chunk))
                              .order_by(e.c.article_id, e.c.event_idx, e.c.idx)).mappings():  # fmt: skip
            proofs[(m["article_id"], m["event_idx"])].append({"start": m["start"], "end": m["end"]})
    out = []
    for m in event_rows:
        key = (m["article_id"], m["idx"])
        out.append(r.event_dict(m, parts[key]["actor"], parts[key]["recipient"], proofs[key]))
    return out


def _chunks(items: list, n: int):
    for i in range(0, len(items), n):
        yield items[i : i + n]


# --- filters ----------------------------------------------------------------------------------------------------

def _check_date(value: str, name: str) -> str:
    m = _DATE.match(str(value).strip())
    if not m:
        raise InputError(f"{name} must be a date like 2023-06-30, 2023-06 or 2023 (got {value!r})")
    return m.group(0)


def _since(col, since: str | None):
    return col >= _check_date(since, "since") if since else None


def _until(col, until: str | None):
    """``until`` is inclusive at its own precision: ``2023-06`` takes in 2023-06-30."""
    if not until:
        return None
    bound = _check_date(until, "until")
    bound += "-99" * ((10 - len(bound)) // 3)
    return col <= bound


def _page(limit: int, offset: int) -> tuple[int, int]:
    try:
        limit, offset = int(limit), int(offset)
    except (TypeError, ValueError):
        raise InputError("limit and offset must be whole numbers") from None
    if limit < 0 or offset < 0:
        raise InputError("limit and offset must not be negative")
    return min(limit, MAX_LIMIT), offset


def _languages(conn: Connection) -> list[str | None]:
    return [row[0] for row in conn.execute(select(s.articles.c.language).distinct())]


def _text_match(conn: Connection, fulltext: FullText, q: str | None):
    """A subquery (article_id, rank) of articles whose title or body matches ``q``; None for no query;
    False when the query has no searchable words (nothing can match)."""
    if q is None or not str(q).strip():
        return None
    terms = parse_query(str(q))
    if not terms:
        return False
    langs = _languages(conn) if fulltext.dialect == "postgresql" else []
    clause = fulltext.matches(terms, kind="article", languages=langs)
    return clause.columns(article_id=Text, ref=Integer, kind=Text, rank=Float).subquery("m")


def articles(conn: Connection, fulltext: FullText, *, q=None, source=None, lang=None, since=None, until=None,
             limit=50, offset=0) -> tuple[list[dict[str, Any]], int]:  # fmt: skip
    limit, offset = _page(limit, offset)
    a = s.articles
    conds = [c for c in (
        a.c.source == source if source else None,
        a.c.language == lang if lang else None,
        _since(a.c.day, since), _until(a.c.day, until),
    ) if c is not None]  # fmt: skip
    match = _text_match(conn, fulltext, q)
    if match is False:
        return [], 0
    query = select(a)
    if match is not None:
        query = query.join(match, match.c.article_id == a.c.id).add_columns(match.c.rank)
        order = [match.c.rank.desc(), a.c.id]
    else:
        order = [a.c.day.desc().nulls_last(), a.c.published.desc().nulls_last(), a.c.id]
    query = query.where(and_(True, *conds))
    total = conn.execute(select(func.count()).select_from(query.subquery())).scalar_one()
    found = conn.execute(query.order_by(*order).limit(limit).offset(offset))
    return [r.article_dict(row) for row in found], total


def _role_match(role: str, who: str):
    p, e = s.participants, s.events
    return exists().where(
        p.c.article_id == e.c.article_id, p.c.event_idx == e.c.idx, p.c.role == role,
        or_(p.c.country == who, p.c.kb_id == who),
    )  # fmt: skip


def _dyad(actor: str | None, recipient: str | None):
    """Events with ``actor`` as an actor and ``recipient`` as a recipient; a symmetric event (a call, talks, a
    clash) also matches the other way round, since its two sides are actors and recipients only in text order."""
    def side(a_role: str, r_role: str):
        return and_(True, *[c for c in (_role_match(a_role, actor) if actor else None,
                                        _role_match(r_role, recipient) if recipient else None) if c is not None])

    return or_(side("actor", "recipient"), and_(s.events.c.symmetric.is_(True), side("recipient", "actor")))


def events(conn: Connection, fulltext: FullText, *, actor=None, recipient=None, type=None, since=None, until=None,
           q=None, source=None, lang=None, limit=50, offset=0, include_negated=False):  # fmt: skip
    limit, offset = _page(limit, offset)
    e, a = s.events, s.articles
    conds = [c for c in (
        _dyad(actor, recipient) if actor or recipient else None,
        e.c.type == str(type).upper() if type else None,
        _since(e.c.day, since), _until(e.c.day, until),
        None if include_negated else e.c.negated.is_(False),
    ) if c is not None]  # fmt: skip
    if source or lang:
        conds.append(exists().where(a.c.id == e.c.article_id, *[c for c in (
            a.c.source == source if source else None, a.c.language == lang if lang else None) if c is not None]))
    match = _text_match(conn, fulltext, q)
    if match is False:
        return [], 0
    if match is not None:
        conds.append(e.c.article_id.in_(select(match.c.article_id)))
    where = and_(True, *conds)
    total = conn.execute(select(func.count()).select_from(e).where(where)).scalar_one()
    found = conn.execute(
        select(e).where(where).order_by(e.c.day.desc().nulls_last(), e.c.article_id, e.c.idx)
        .limit(limit).offset(offset)
    ).mappings().all()  # fmt: skip
    items = _events_with_parts(conn, found)
    for item, m in zip(items, found, strict=True):
        item["article_id"] = m["article_id"]
    return items, total


def relations(conn: Connection, a: str, b: str, *, by="month", since=None, until=None) -> list[dict[str, Any]]:
    if by not in ("month", "week"):
        raise InputError(f"by must be month or week (got {by!r})")
    e = s.events
    both = or_(and_(_role_match("actor", a), _role_match("recipient", b)),
               and_(_role_match("actor", b), _role_match("recipient", a)))  # fmt: skip
    conds = [c for c in (_since(e.c.day, since), _until(e.c.day, until)) if c is not None]
    found = conn.execute(select(e.c.day, e.c.quad, e.c.score).where(both, e.c.negated.is_(False), *conds))
    periods: dict[str, dict[str, Any]] = {}
    for day, quad, score in found:
        period = _period(day, by)
        if period is None:  # dated more coarsely than the period asked for
            continue
        row = periods.setdefault(period, _empty(period))
        row["events"] += 1
        if quad in (1, 2, 3, 4):
            row["by_quad"][str(quad)] += 1
        row["score"] += score or 0.0
    out = [periods.get(p) or _empty(p) for p in _span(sorted(periods), by)]
    for row in out:
        row["score"] = round(row["score"], 3)
    return out


def _empty(period: str) -> dict[str, Any]:
    return {"period": period, "events": 0, "by_quad": {"1": 0, "2": 0, "3": 0, "4": 0}, "score": 0.0}


def _period(day: str | None, by: str) -> str | None:
    if not day:
        return None
    if by == "month":
        return day[:7] if len(day) >= 7 else None
    if len(day) < 10:
        return None
    try:
        year, week, _ = date.fromisoformat(day[:10]).isocalendar()
    except ValueError:
        return None
    return f"{year}-W{week:02d}"


def _span(periods: list[str], by: str) -> list[str]:
    """Every period from the first to the last, so a chart shows the quiet ones as zero."""
    if not periods:
        return []
    out: list[str] = []
    if by == "month":
        y, m = map(int, periods[0].split("-"))
        while f"{y:04d}-{m:02d}" <= periods[-1]:
            out.append(f"{y:04d}-{m:02d}")
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    else:
        day = date.fromisocalendar(int(periods[0][:4]), int(periods[0][6:]), 1)
        while True:
            y, w, _ = day.isocalendar()
            label = f"{y}-W{w:02d}"
            if label > periods[-1]:
                break
            out.append(label)
            day += timedelta(days=7)
    return out


def search(conn: Connection, fulltext: FullText, q: str, *, limit=20, marks=("[", "]")) -> list[dict[str, Any]]:
    limit, _ = _page(limit, 0)
    terms = parse_query(q)
    if not terms or not limit:
        return []
    langs = _languages(conn) if fulltext.dialect == "postgresql" else []
    hits = fulltext.search(conn, terms, langs, limit, marks)
    if not hits:
        return []
    ids = sorted({h.article_id for h in hits})
    a, qt = s.articles, s.quotes
    meta = {m["id"]: m for m in conn.execute(
        select(a.c.id, a.c.title, a.c.published, a.c.source, a.c.language, a.c.url).where(a.c.id.in_(ids))
    ).mappings()}  # fmt: skip
    quotes = {(m["article_id"], m["idx"]): m for m in conn.execute(
        select(qt.c.article_id, qt.c.idx, qt.c.text, qt.c.speaker, qt.c.start, qt.c.end)
        .where(qt.c.article_id.in_(ids))
    ).mappings()}  # fmt: skip
    out = []
    for h in hits:
        art = meta.get(h.article_id)
        if art is None:
            continue
        item = {"kind": h.kind, "article_id": h.article_id, "title": art["title"], "snippet": h.snippet,
                "score": float(h.rank), "published": art["published"], "source": art["source"],
                "language": art["language"], "url": art["url"]}  # fmt: skip
        if h.kind == "quote":
            quote = quotes.get((h.article_id, h.ref))
            if quote is None:
                continue
            item.update(quote_index=h.ref, text=quote["text"], speaker=quote["speaker"],
                        start=quote["start"], end=quote["end"])  # fmt: skip
        out.append(item)
    return out


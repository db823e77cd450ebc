"""Events as PLOVER JSON Lines, with the field names of the PLOVER manual's "Data Fields" chapter
(openeventdata/PLOVER, PLOVER_MANUAL.tex: the PLOVER JSON table and the entity, text, citation and location objects).

One record per event of the store (negated events are left out unless asked for; then ``has_event`` is false).
How warta's fields map (``plover_schema.json`` beside this module checks the result):

    id            "<article id>-<event id>" (unique within the export)
    date          the event's date, YYYY-MM-DD. When the text fixes only a month or a year it is the first day of it
                  and ``date_precision`` is "month" or "year"; when the text gives no date it is the article's
                  publication date and ``date_precision`` is "publication". Events with neither are left out.
    actor         [{code: country, sector, entity_text, identifier_id: kb id, identifier_text: name}], likewise
    recipient
    event         [PLOVER type]          mode / context    lists (empty when not coded)
    quad_code     1..4                   event_scale       the PLOVER score (-10 .. +10)
    event_text    [trigger text]         event_loc         {extracted_place, resolved_place, geonameid, lat, lon,
                                                            country_code}
    text          the sentence (omitted with ``with_text=False``); text_info {sequence, start, end}
    cite_info     {url, title, language, publication, coder, codebook}
    coder, coded_date
Added fields (the manual invites them): article_id, event_id, date_precision, modality, negated, confidence, cameo,
symmetric.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

from sqlalchemy import select

from .. import __version__
from ..store import Store
from ..store import schema as s

CODEBOOK = "plover-base-2.0"  # the manual in use is "DRAFT Version: 2.0"; the manual names codebooks this way
SCHEMA_PATH = Path(__file__).with_name("plover_schema.json")


def event_dates(event_date: str | None, published: str | None) -> tuple[str, str] | None:
    """(YYYY-MM-DD, precision) for an event, or None when nothing dates it (see the module docstring)."""
    for value, source in ((event_date, None), (published, "publication")):
        m = re.match(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", value or "")
        if not m:
            continue
        year, month, day = m.groups()
        precision = source or ("day" if day else "month" if month else "year")
        return f"{year}-{month or '01'}-{day or '01'}", precision
    return None


def sentence_number(sentences: list[dict[str, int]], start: int) -> int | None:
    """1-based number of the sentence that holds offset ``start``."""
    for i, sent in enumerate(sentences, 1):
        if sent["start"] <= start < max(sent["end"], sent["start"] + 1):
            return i
    return None


def _entity(p: dict[str, Any]) -> dict[str, Any]:
    return {"code": p.get("country"), "sector": p.get("sector"), "entity_text": p.get("text"),
            "identifier_id": p.get("kb_id"), "identifier_text": p.get("name")}  # fmt: skip


def _location(place: dict[str, Any] | None) -> dict[str, Any] | None:
    if not place:
        return None
    return {"extracted_place": place.get("text"), "resolved_place": place.get("name"),
            "geonameid": place.get("geonameid"), "lat": place.get("lat"), "lon": place.get("lon"),
            "country_code": place.get("country")}  # fmt: skip


def records(article: dict[str, Any], *, include_negated: bool = False, with_text: bool = True,
            coded_date: str | None = None) -> Iterator[dict[str, Any]]:  # fmt: skip
    """PLOVER records for the events of one article (the store's article JSON)."""
    coded_date = coded_date or datetime.now(UTC).date().isoformat()
    text = article.get("text") or ""
    coder = f"warta {__version__}" + (f" ({article['pipeline']['events']})" if (article.get("pipeline") or {}).get("events") else "")
    cite = {"url": article.get("url"), "title": article.get("title"), "language": article.get("language"),
            "publication": article.get("source"), "coder": coder, "codebook": CODEBOOK}  # fmt: skip
    for event in article.get("events") or []:
        if event.get("negated") and not include_negated:
            continue
        dated = event_dates(event.get("date"), article.get("published"))
        if dated is None:
            continue
        sentence = event["sentence"]
        record: dict[str, Any] = {
            "id": f"{article['id']}-{event['id']}",
            "has_event": not event.get("negated"),
            "date": dated[0],
            "actor": [_entity(p) for p in event.get("actors") or []],
            "recipient": [_entity(p) for p in event.get("recipients") or []],
            "event": [event["type"]],
            "event_loc": _location(event.get("place")),
            "event_text": [event["trigger"]["text"]],
            "quad_code": event.get("quad"),
            "event_scale": event.get("score"),
            "mode": [event["mode"]] if event.get("mode") else [],
            "context": list(event.get("contexts") or []),
            "text_info": {"sequence": sentence_number(article.get("sentences") or [], sentence["start"]),
                          "start": sentence["start"], "end": sentence["end"]},
            "cite_info": cite,
            "coder": coder,
            "coded_date": coded_date,
            # added fields
            "article_id": article["id"], "event_id": event["id"], "date_precision": dated[1],
            "modality": event.get("modality"), "negated": bool(event.get("negated")),
            "confidence": event.get("confidence"), "cameo": event.get("cameo"),
            "symmetric": bool(event.get("symmetric")),
        }
        if with_text:
            record["text"] = text[sentence["start"] : sentence["end"]]
        yield record


def article_ids_with_events(store: Store) -> Iterator[str]:
    e = s.events
    with store.engine.connect() as conn:
        ids = [row[0] for row in conn.execute(select(e.c.article_id).distinct().order_by(e.c.article_id))]
    yield from ids


def write(store: Store, out: IO[str], *, include_negated: bool = False, with_text: bool = True) -> int:
    """Write every event as one PLOVER JSON line; returns how many."""
    n = 0
    coded = datetime.now(UTC).date().isoformat()
    for article in store.iter_articles(list(article_ids_with_events(store))):
        for record in records(article, include_negated=include_negated, with_text=with_text, coded_date=coded):
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            n += 1
    return n


def schema() -> dict[str, Any]:
    """The JSON Schema of one record (written from the PLOVER manual's field tables)."""
    return json.loads(SCHEMA_PATH.read_text("utf-8"))

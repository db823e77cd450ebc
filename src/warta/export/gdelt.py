"""Events as GDELT 2.0-style Events and Mentions tables (tab-separated, with a header row; columns and order from
the GDELT 2.0 Event Codebook: 61 Events columns, 16 Mentions columns).

GDELT is dyadic, so an event with several actors or recipients gives one Events row per (actor, recipient) pair
(an event without recipients: one row per actor with Actor2 blank). Each row has a Mentions row for the sentence
it was read from and one for every other sentence of the article that reports the same event (``evidence``).
Negated events are left out. Where warta's data differs from GDELT's:

- GLOBALEVENTID: a stable 63-bit integer from the article id, event id and dyad (the same database exports the same
  ids), not GDELT's sequence.
- Actor*CountryCode: ISO 3166-1 alpha-3 (which CAMEO country codes follow), or IGO. Actor*Code is country + sector
  (``RUSGOV``), Actor*Type1Code the PLOVER sector (PLOVER sectors are the CAMEO role codes: GOV, MIL, REB, ...).
- EventCode/EventBaseCode/EventRootCode: the event's CAMEO code and its 3- and 2-digit prefixes; blank when the event
  stage gave none.
- GoldsteinScale: the PLOVER score of the event's type and mode (−10 conflict … +10 cooperation; the PLOVER manual
  scales its scores to splice with Goldstein series), not Goldstein's own table.
- ActionGeo_CountryCode: ISO alpha-3, not FIPS 10-4; ActionGeo_FeatureID: the GeoNames id. ActionGeo_Type is 4
  (a place with coordinates) or 1 (a country only). Actor geography, AvgTone and tones are left blank.
- SQLDATE: the event's date; when the text fixes only a month or year, its first day; when it gives none, the
  publication date (as in the PLOVER export). DATEADDED: when the export ran (UTC).
- Mentions: MentionType 1 (WEB) with the URL, or 2 (CITATIONONLY) "source: title" when there is no URL; SentenceID
  counts sentences from 1; Confidence is the event's confidence in percent.
"""

from __future__ import annotations

import csv
import hashlib
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ..store import Store
from .plover import article_ids_with_events, event_dates, sentence_number
from .tables import out_folder

EVENT_COLUMNS = [
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *[f"Actor{i}{f}" for i in (1, 2) for f in (
        "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
        "Type1Code", "Type2Code", "Type3Code")],
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions",
    "NumSources", "NumArticles", "AvgTone",
    *[f"{g}_{f}" for g in ("Actor1Geo", "Actor2Geo", "ActionGeo") for f in (
        "Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")],
    "DATEADDED", "SOURCEURL",
]  # fmt: skip
MENTION_COLUMNS = [
    "GLOBALEVENTID", "EventTimeDate", "MentionTimeDate", "MentionType", "MentionSourceName", "MentionIdentifier",
    "SentenceID", "Actor1CharOffset", "Actor2CharOffset", "ActionCharOffset", "InRawText", "Confidence",
    "MentionDocLen", "MentionDocTone", "MentionDocTranslationInfo", "Extras",
]  # fmt: skip


def global_event_id(article_id: str, event_id: str, actor: int, recipient: int) -> int:
    digest = hashlib.sha256(f"{article_id}\x1f{event_id}\x1f{actor}\x1f{recipient}".encode("utf-8", "replace"))
    return int(digest.hexdigest()[:15], 16)  # 60 bits: a positive BIGINT everywhere


def _stamp(iso: str | None) -> int | None:
    """YYYYMMDDHHMMSS in UTC from an ISO 8601 date-time (None when it has no time or no zone)."""
    if not iso or "T" not in iso:
        return None
    try:
        when = datetime.fromisoformat(iso)
    except ValueError:
        return None
    if when.tzinfo is None:
        return None
    return int(when.astimezone(UTC).strftime("%Y%m%d%H%M%S"))


def _actor(prefix: str, p: dict[str, Any] | None) -> dict[str, Any]:
    if p is None:
        return {}
    country, sector = p.get("country"), p.get("sector")
    return {
        f"{prefix}Code": f"{country or ''}{sector or ''}" or None, f"{prefix}Name": p.get("name"),
        f"{prefix}CountryCode": country if country != "IGO" else None,
        f"{prefix}KnownGroupCode": "IGO" if country == "IGO" else None, f"{prefix}Type1Code": sector,
    }  # fmt: skip


def rows(article: dict[str, Any], added: int) -> Iterator[tuple[dict[str, Any], list[dict[str, Any]]]]:
    """(Events row, its Mentions rows) for the events of one article."""
    text = article.get("text") or ""
    lead_end = text.find("\n\n") if "\n\n" in text else len(text)
    sentences = article.get("sentences") or []
    url = article.get("url")
    citation = url or f"{article.get('source') or 'unknown'}: {article.get('title') or article['id']}"
    mentioned = _stamp(article.get("published")) or added
    for event in article.get("events") or []:
        if event.get("negated"):
            continue
        dated = event_dates(event.get("date"), article.get("published"))
        if dated is None:
            continue
        day = dated[0]
        y, m, d = int(day[:4]), int(day[5:7]), int(day[8:10])
        cameo = event.get("cameo") or None
        place = event.get("place") or {}
        sentence, trigger = event["sentence"], event["trigger"]
        spans = [sentence] + [s for s in event.get("evidence") or [] if s != sentence]
        actors = event.get("actors") or [None]
        recipients = event.get("recipients") or [None]
        for i, actor in enumerate(actors):
            for j, recipient in enumerate(recipients):
                gid = global_event_id(article["id"], event["id"], i, j)
                row = {
                    "GLOBALEVENTID": gid, "SQLDATE": y * 10000 + m * 100 + d, "MonthYear": y * 100 + m, "Year": y,
                    "FractionDate": round(y + (m * 30 + d) / 365, 4),
                    **_actor("Actor1", actor), **_actor("Actor2", recipient),
                    "IsRootEvent": int(sentence["start"] < max(lead_end, 1)),
                    "EventCode": cameo, "EventBaseCode": cameo[:3] if cameo else None,
                    "EventRootCode": cameo[:2] if cameo else None, "QuadClass": event.get("quad"),
                    "GoldsteinScale": event.get("score"), "NumMentions": len(spans), "NumSources": 1,
                    "NumArticles": 1,
                    "ActionGeo_Type": (4 if place.get("lat") is not None else 1 if place.get("country") else None),
                    "ActionGeo_FullName": place.get("name"), "ActionGeo_CountryCode": place.get("country"),
                    "ActionGeo_Lat": place.get("lat"), "ActionGeo_Long": place.get("lon"),
                    "ActionGeo_FeatureID": place.get("geonameid"), "DATEADDED": added,
                    "SOURCEURL": citation,
                }  # fmt: skip
                mentions = []
                for k, span in enumerate(spans):
                    mentions.append({
                        "GLOBALEVENTID": gid, "EventTimeDate": added, "MentionTimeDate": mentioned,
                        "MentionType": 1 if url else 2, "MentionSourceName": article.get("source"),
                        "MentionIdentifier": citation, "SentenceID": sentence_number(sentences, span["start"]),
                        "Actor1CharOffset": actor["start"] if actor and k == 0 else None,
                        "Actor2CharOffset": recipient["start"] if recipient and k == 0 else None,
                        "ActionCharOffset": trigger["start"] if k == 0 else span["start"], "InRawText": 1,
                        "Confidence": round(100 * event["confidence"]) if event.get("confidence") is not None else None,
                        "MentionDocLen": len(text),
                    })  # fmt: skip
                yield row, mentions


def write(store: Store, out: str | Path) -> dict[str, int]:
    """``<out>/events.tsv`` and ``<out>/mentions.tsv``; returns rows written per table."""
    folder = out_folder(out, "events.tsv and mentions.tsv")
    added = int(datetime.now(UTC).strftime("%Y%m%d%H%M%S"))
    counts = {"events": 0, "mentions": 0}
    with open(folder / "events.tsv", "w", encoding="utf-8", newline="") as ev, \
         open(folder / "mentions.tsv", "w", encoding="utf-8", newline="") as mn:  # fmt: skip
        events = csv.DictWriter(ev, EVENT_COLUMNS, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        mentions = csv.DictWriter(mn, MENTION_COLUMNS, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        events.writeheader()
        mentions.writeheader()
        for article in store.iter_articles(list(article_ids_with_events(store))):
            for row, rows_of_mentions in rows(article, added):
                events.writerow({k: _tsv(v) for k, v in row.items()})
                mentions.writerows({k: _tsv(v) for k, v in m.items()} for m in rows_of_mentions)
                counts["events"] += 1
                counts["mentions"] += len(rows_of_mentions)
    return counts


def _tsv(value: Any) -> Any:
    """GDELT files hold one record per line: tabs and newlines inside a value become spaces."""
    if isinstance(value, str):
        return " ".join(value.replace("\t", " ").splitlines()) if ("\t" in value or "\n" in value or "\r" in value) else value
    return value

"""Between a Doc's article JSON and table rows, both ways.

What the store changes on the way in (``normalise``), so that ``article(id) == normalise(doc.to_dict())``:
- NUL characters and lone surrogates in strings become U+FFFD: PostgreSQL cannot store NUL and neither engine can
  encode a lone surrogate. Both are one Python character, so every offset still points where it did.
- Floats that are not finite (NaN, ±inf) become None: JSON and comparisons have no place for them.
Everything else (order of every list, None versus empty, added fields the store does not know) reads back as given;
unknown keys of the article JSON are not stored.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from typing import Any

BAD_CHARS = re.compile("[\x00\ud800-\udfff]")  # what neither engine stores (see above)

ARTICLE_KEYS = ("id", "url", "source", "language", "title", "authors", "published", "dateline", "text", "captions")


def normalise(value: Any) -> Any:
    """The value as the store will give it back (see the module docstring)."""
    if isinstance(value, str):
        return BAD_CHARS.sub("\ufffd", value) if BAD_CHARS.search(value) else value
    if isinstance(value, bool) or value is None or isinstance(value, int):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {normalise(k): normalise(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [normalise(v) for v in value]
    return value


def doc_hash(data: dict[str, Any]) -> str:
    return hashlib.sha256(json.dumps(data, sort_keys=True, ensure_ascii=False).encode("utf-8")).hexdigest()


def normalised_and_hash(data: dict[str, Any]) -> tuple[dict[str, Any], str]:
    """``(normalise(data), doc_hash(...))``, walking the structure only when its JSON shows something to change
    (the common case is a clean Doc, and the JSON is needed for the hash anyway)."""
    try:
        text = json.dumps(data, sort_keys=True, ensure_ascii=False, allow_nan=False)
    except ValueError:  # NaN or infinity somewhere
        text = None
    # JSON writes NUL as the escape \u0000 and a lone surrogate as itself
    if text is None or "\\u0000" in text or BAD_CHARS.search(text):
        data = normalise(data)
        text = json.dumps(data, sort_keys=True, ensure_ascii=False)
    return data, hashlib.sha256(text.encode("utf-8")).hexdigest()


def day_of(iso: str | None) -> str | None:
    """The calendar-date prefix of an ISO 8601 value (``2023-07-01T09:46+07:00`` -> ``2023-07-01``, as written:
    the local date of the publication, which is the date its readers saw)."""
    if not iso:
        return None
    m = re.match(r"\d{4}(?:-\d{2}(?:-\d{2})?)?", iso)
    return m.group(0) if m else None


def article_row(data: dict[str, Any], digest: str, run_id: int | None, stored_at: str) -> dict[str, Any]:
    row = {k: data.get(k) for k in ARTICLE_KEYS}
    row["authors"] = list(data.get("authors") or [])
    row["captions"] = list(data.get("captions") or [])
    row["text"] = data.get("text") or ""
    row.update(day=day_of(data.get("published")), pipeline=dict(data.get("pipeline") or {}), doc_hash=digest,
               run_id=run_id, stored_at=stored_at)  # fmt: skip
    return row


def layer_rows(data: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """Rows for every layer table, keyed by table name."""
    aid = data["id"]
    out: dict[str, list[dict[str, Any]]] = {}
    out["sentences"] = [{"article_id": aid, "idx": i, "start": s["start"], "end": s["end"]}
                        for i, s in enumerate(data.get("sentences") or [])]  # fmt: skip
    out["entities"] = [
        {"article_id": aid, "idx": i, **{k: e.get(k) for k in
         ("text", "start", "end", "type", "name", "kb_id", "country", "sector")}}
        for i, e in enumerate(data.get("entities") or [])
    ]  # fmt: skip
    out["times"] = [
        {"article_id": aid, "idx": i, **{k: t.get(k) for k in ("text", "start", "end", "type", "value")}}
        for i, t in enumerate(data.get("times") or [])
    ]
    out["places"] = [{"article_id": aid, "idx": i, **_place(p)} for i, p in enumerate(data.get("places") or [])]
    out["quotes"] = []
    for i, q in enumerate(data.get("quotes") or []):
        speaker = q.get("speaker") or None
        out["quotes"].append({
            "article_id": aid, "idx": i, "text": q["text"], "start": q["start"], "end": q["end"], "verb": q.get("verb"),
            "speaker": speaker, "speaker_name": (speaker or {}).get("name"),
            "speaker_kb_id": (speaker or {}).get("kb_id"), "speaker_country": (speaker or {}).get("country"),
        })  # fmt: skip
    day = day_of(data.get("published"))
    out["events"], out["participants"], out["evidence"] = [], [], []
    for i, e in enumerate(data.get("events") or []):
        sentence, trigger = e["sentence"], e["trigger"]
        out["events"].append({
            "article_id": aid, "idx": i, "id": e["id"], "type": e["type"], "mode": e.get("mode"),
            "contexts": list(e.get("contexts") or []), "date": e.get("date"), "day": day_of(e.get("date")) or day,
            "place": e.get("place"), "negated": bool(e.get("negated")), "modality": e.get("modality") or "asserted",
            "sentence_start": sentence["start"], "sentence_end": sentence["end"],
            "trigger_text": trigger["text"], "trigger_start": trigger["start"], "trigger_end": trigger["end"],
            "confidence": e.get("confidence"), "score": e.get("score"), "quad": e.get("quad"), "cameo": e.get("cameo"),
            "symmetric": bool(e.get("symmetric")),
        })  # fmt: skip
        for role, key in (("actor", "actors"), ("recipient", "recipients")):
            for j, p in enumerate(e.get(key) or []):
                out["participants"].append({
                    "article_id": aid, "event_idx": i, "role": role, "idx": j,
                    **{k: p.get(k) for k in ("name", "text", "start", "end", "kb_id", "country", "sector")},
                })  # fmt: skip
        for j, s in enumerate(e.get("evidence") or []):
            out["evidence"].append({"article_id": aid, "event_idx": i, "idx": j, "start": s["start"], "end": s["end"]})
    return out


def _place(p: dict[str, Any]) -> dict[str, Any]:
    return {k: p.get(k) for k in ("name", "country", "lat", "lon", "geonameid", "text", "start", "end")}


# --- reading back -----------------------------------------------------------------------------------------------

def article_dict(row: Any) -> dict[str, Any]:
    """ARTICLE without analysis layers (the listing shape), from an ``articles`` row (or its mapping)."""
    m = getattr(row, "_mapping", row)
    return {
        "id": m["id"], "url": m["url"], "source": m["source"], "language": m["language"], "title": m["title"],
        "authors": list(m["authors"] or []), "published": m["published"], "dateline": m["dateline"],
        "text": m["text"], "captions": list(m["captions"] or []),
    }  # fmt: skip


def entity_dict(m: Any) -> dict[str, Any]:
    return {k: m[k] for k in ("text", "start", "end", "type", "name", "kb_id", "country", "sector")}


def time_dict(m: Any) -> dict[str, Any]:
    return {k: m[k] for k in ("text", "start", "end", "type", "value")}


def place_dict(m: Any) -> dict[str, Any]:
    return {k: m[k] for k in ("name", "country", "lat", "lon", "geonameid", "text", "start", "end")}


def quote_dict(m: Any) -> dict[str, Any]:
    return {"text": m["text"], "start": m["start"], "end": m["end"], "verb": m["verb"], "speaker": m["speaker"]}


def participant_dict(m: Any) -> dict[str, Any]:
    return {k: m[k] for k in ("name", "text", "start", "end", "kb_id", "country", "sector")}


def event_dict(m: Any, actors: list, recipients: list, evidence: list) -> dict[str, Any]:
    """EVENT in the key order of ``model.Event`` (what ``asdict`` gives)."""
    return {
        "id": m["id"], "type": m["type"],
        "sentence": {"start": m["sentence_start"], "end": m["sentence_end"]},
        "trigger": {"text": m["trigger_text"], "start": m["trigger_start"], "end": m["trigger_end"]},
        "mode": m["mode"], "contexts": list(m["contexts"] or []), "actors": actors, "recipients": recipients,
        "date": m["date"], "place": m["place"], "negated": bool(m["negated"]), "modality": m["modality"],
        "confidence": m["confidence"], "score": m["score"], "quad": m["quad"], "cameo": m["cameo"],
        "evidence": evidence, "symmetric": bool(m["symmetric"]),
    }  # fmt: skip

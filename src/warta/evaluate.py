"""Score the pipeline against gold files (the library behind ``warta eval``).

The gold format is documented in ``docs/eval-format.md``: one JSON object per article, with the article's id in a
shared corpus (or its text), and the events a person coded in it — type, actor and recipient (country + sector),
date, negation, modality, trigger words and a short evidence snippet; optionally entities, times and quotes.

Events are compared at country level, inside one article:

- gold *positives* are events that happened as told (not negated; asserted or reported); gold *traps* are negated,
  future or hypothetical ones ("India tidak mengutuk …") that must not come out as events;
- a predicted event counts when it is not negated and asserted or reported;
- a prediction matches a gold positive (one to one, as many pairs as possible) when the types are equal and the
  dyad agrees: the gold actor's country is among the predicted actors' (either side for a symmetric event), and so
  is the gold recipient's among the recipients' when the gold names one;
- reported: per-type precision/recall/F1 at country level, the same ignoring the dyad (type level), dyad accuracy
  (of type-level matches, the share whose dyad agrees), date accuracy (of matches with a gold date, the share whose
  predicted date falls inside the gold date), and traps coded as events (a predicted event with the trap's type and
  actor country).
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import InputError, PipelineError
from .model import EVENT_TYPES, Doc, Event

POSITIVE_MODALITIES = frozenset({"asserted", "reported"})
DEFAULT_CORPUS = "id-news-clickid"


# --- gold records ------------------------------------------------------------------------------------------------


@dataclass(slots=True)
class GoldParty:
    country: str | None
    sector: str | None = None
    text: str | None = None


@dataclass(slots=True)
class GoldEvent:
    type: str
    actors: list[GoldParty]
    recipients: list[GoldParty]
    mode: str | None = None
    date: str | None = None
    negated: bool = False
    modality: str = "asserted"
    symmetric: bool = False
    trigger: str | None = None
    evidence: str | None = None
    also_evidence: list[str] = field(default_factory=list)

    @property
    def positive(self) -> bool:
        return not self.negated and self.modality in POSITIVE_MODALITIES


@dataclass(slots=True)
class GoldTrap:
    """A sentence that looks like an event but is not one (``traps`` of the gold line)."""

    evidence: str
    looks_like: str | None = None
    kind: str | None = None


@dataclass(slots=True)
class GoldArticle:
    article_id: str
    events: list[GoldEvent]
    corpus: str = DEFAULT_CORPUS
    text: str | None = None
    published: str | None = None
    language: str = "id"
    entities: list[dict[str, Any]] | None = None
    times: list[dict[str, Any]] | None = None
    quotes: list[dict[str, Any]] | None = None
    traps: list[GoldTrap] = field(default_factory=list)


def _party(raw: Any) -> GoldParty | None:
    if raw is None:
        return None
    if isinstance(raw, str):  # "RUS" or "RUSGOV"
        code = raw.strip().upper()
        return GoldParty(code[:3] or None, code[3:6] or None)
    country = raw.get("country") or raw.get("code")
    return GoldParty((country or "").upper()[:3] or None, raw.get("sector"), raw.get("text") or raw.get("name"))


def _parties(raw: dict[str, Any], single: str, plural: str) -> list[GoldParty]:
    items = raw.get(plural)
    if items is None:
        items = [raw.get(single)] if raw.get(single) is not None else []
    elif not isinstance(items, list):
        items = [items]
    return [p for p in (_party(x) for x in items) if p is not None]


def parse_gold(line: str, where: str = "gold") -> GoldArticle:
    """One gold line -> GoldArticle; a clear InputError for a malformed line."""
    try:
        raw = json.loads(line)
    except json.JSONDecodeError as err:
        raise InputError(f"{where}: not JSON ({err.msg} at column {err.colno})") from None
    article_id = raw.get("article_id") or raw.get("id")
    if not article_id and not raw.get("text"):
        raise InputError(f"{where}: needs an article_id (or the text)")
    events = []
    for k, ev in enumerate(raw.get("events") or []):
        etype = str(ev.get("type", "")).upper()
        if etype not in EVENT_TYPES:
            raise InputError(f"{where}: event {k + 1} has type {ev.get('type')!r}, not a PLOVER type")
        modality = ev.get("modality") or "asserted"
        events.append(
            GoldEvent(
                type=etype,
                actors=_parties(ev, "actor", "actors"),
                recipients=_parties(ev, "recipient", "recipients"),
                mode=ev.get("mode") or None,
                date=ev.get("date") or None,
                negated=bool(ev.get("negated", False)),
                modality=modality,
                symmetric=bool(ev.get("symmetric", False)),
                trigger=ev.get("trigger"),
                evidence=ev.get("evidence"),
                also_evidence=list(ev.get("also_evidence") or []),
            )
        )
    return GoldArticle(
        article_id=str(article_id or ""),
        events=events,
        corpus=raw.get("corpus") or DEFAULT_CORPUS,
        text=raw.get("text"),
        published=raw.get("published"),
        language=raw.get("language") or "id",
        entities=raw.get("entities"),
        times=raw.get("times"),
        quotes=raw.get("quotes"),
        traps=[
            GoldTrap(t["evidence"], (t.get("looks_like") or "").upper() or None, t.get("kind"))
            for t in raw.get("traps") or []
            if t.get("evidence")
        ],
    )


def read_gold(path: Path) -> Iterator[GoldArticle]:
    try:
        lines = path.read_text("utf-8").splitlines()
    except FileNotFoundError:
        raise InputError(f"gold file not found: {path}") from None
    for n, line in enumerate(lines, 1):
        if line.strip() and not line.lstrip().startswith("//"):
            yield parse_gold(line, f"{path}:{n}")


# --- article text from the shared corpus -------------------------------------------------------------------------


class Corpus:
    """Looks up articles by id in ``<data>/<corpus>/*.jsonl`` (read once per corpus, lazily)."""

    def __init__(self, data: Path | None):
        self.data = data
        self._index: dict[str, dict[str, dict[str, Any]]] = {}

    def record(self, corpus: str, article_id: str) -> dict[str, Any]:
        if self.data is None:
            raise InputError(f"article {article_id!r} has no text in the gold file; pass --data to read the corpus")
        if corpus not in self._index:
            folder = self.data / corpus
            if not folder.is_dir():
                raise InputError(f"corpus folder not found: {folder}")
            index: dict[str, dict[str, Any]] = {}
            for f in sorted(folder.glob("*.jsonl")):
                for line in f.open(encoding="utf-8"):
                    if line.strip():
                        rec = json.loads(line)
                        if "id" in rec:
                            index[str(rec["id"])] = rec
            self._index[corpus] = index
        try:
            return self._index[corpus][article_id]
        except KeyError:
            raise InputError(f"article {article_id!r} is not in {self.data / corpus}") from None


def article_input(gold: GoldArticle, corpus: Corpus) -> dict[str, Any]:
    """The input record (as in CONTRACT.md) for a gold article."""
    if gold.text:
        return {
            "id": gold.article_id or None,
            "text": gold.text,
            "published": gold.published,
            "language": gold.language,
        }
    rec = corpus.record(gold.corpus, gold.article_id)
    paragraphs = rec.get("paragraphs_heuristic")
    text = "\n\n".join(p.strip() for p in paragraphs if p.strip()) if paragraphs else rec.get("content", "")
    return {
        "id": gold.article_id, "text": text, "title": rec.get("title"), "url": rec.get("url"),
        "published": gold.published or rec.get("date"), "source": rec.get("source"), "language": gold.language,
    }  # fmt: skip


# --- scoring -------------------------------------------------------------------------------------------------


@dataclass(slots=True)
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def prf(self) -> tuple[float, float, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


@dataclass(slots=True)
class Report:
    articles: int = 0
    country: Counts = field(default_factory=Counts)
    type_level: Counts = field(default_factory=Counts)
    per_type: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    dyad_ok: int = 0
    dyad_total: int = 0
    date_ok: int = 0
    date_total: int = 0
    traps: int = 0
    traps_coded: int = 0
    trap_sentences: int = 0
    trap_sentence_hits: Counter = field(default_factory=Counter)  # by kind
    duplicates: int = 0  # predictions in another sentence that tells a matched gold event (not false positives)
    mode_ok: int = 0
    mode_total: int = 0
    local_mode_ok: int = 0  # mode agreement when each gold event is paired within its own sentence where possible
    local_mode_total: int = 0
    negations: int = 0  # gold negated events
    negations_seen: int = 0  # ... that the system coded with ``negated: true`` (same type and dyad)
    by_confidence: dict[float, Counts] = field(default_factory=lambda: defaultdict(Counts))  # tp/fp per 0.1 bin
    entities: Counts = field(default_factory=Counts)
    entity_country_ok: int = 0
    times_found: int = 0
    times_value_ok: int = 0
    times_total: int = 0
    quotes_found: int = 0
    quotes_speaker_ok: int = 0
    quotes_total: int = 0
    errors: list[str] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)

    def summary(self) -> dict[str, Any]:
        p, r, f = self.country.prf()
        tp_, tr, tf = self.type_level.prf()
        out: dict[str, Any] = {
            "articles": self.articles,
            "events": {"precision": p, "recall": r, "f1": f, "tp": self.country.tp, "fp": self.country.fp,
                       "fn": self.country.fn},
            "events_type_level": {"precision": tp_, "recall": tr, "f1": tf},
            "per_type": {t: dict(zip(("precision", "recall", "f1"), c.prf(), strict=True)) | {"gold": c.tp + c.fn}
                         for t, c in sorted(self.per_type.items())},
            "dyad_accuracy": self.dyad_ok / self.dyad_total if self.dyad_total else None,
            "date_accuracy": self.date_ok / self.date_total if self.date_total else None,
            "traps": self.traps,
            "traps_coded_as_events": self.traps_coded,
            "trap_sentences": self.trap_sentences,
            "trap_sentences_coded": sum(self.trap_sentence_hits.values()),
            "trap_sentences_coded_by_kind": dict(self.trap_sentence_hits),
            "duplicates_not_counted": self.duplicates,
            "mode_accuracy": self.mode_ok / self.mode_total if self.mode_total else None,
            "mode_accuracy_own_sentence": self.local_mode_ok / self.local_mode_total if self.local_mode_total else None,
            "negations": self.negations,
            "negations_seen": self.negations_seen,
            # how far the confidence can be trusted: the share of predictions that match gold, per 0.1 bin
            "precision_by_confidence": {f"{b:.1f}": {"predicted": c.tp + c.fp, "precision": c.prf()[0]}
                                        for b, c in sorted(self.by_confidence.items())},
            "errors": len(self.errors),
        }  # fmt: skip
        if self.entities.tp + self.entities.fn:
            ep, er, ef = self.entities.prf()
            out["entities"] = {
                "precision": ep,
                "recall": er,
                "f1": ef,
                "country_accuracy": self.entity_country_ok / max(1, self.entities.tp),
            }
        if self.times_total:
            out["times"] = {
                "recall": self.times_found / self.times_total,
                "value_accuracy": self.times_value_ok / max(1, self.times_found),
            }
        if self.quotes_total:
            out["quotes"] = {
                "recall": self.quotes_found / self.quotes_total,
                "speaker_accuracy": self.quotes_speaker_ok / max(1, self.quotes_found),
            }
        return out


def predicted(doc: Doc) -> list[Event]:
    """The events a document asserts (what is scored against gold positives)."""
    return [e for e in doc.events if not e.negated and e.modality in POSITIVE_MODALITIES]


def _countries(parts) -> set[str]:
    return {p.country for p in parts if p.country}


def dyad_agrees(gold: GoldEvent, event: Event) -> bool:
    actors, recips = _countries(event.actors), _countries(event.recipients)
    sides = [(actors, recips)]
    if event.symmetric or gold.symmetric:
        sides.append((recips | actors, recips | actors))
    for a, r in sides:
        gold_actors = {p.country for p in gold.actors if p.country}
        gold_recips = {p.country for p in gold.recipients if p.country}
        if gold_actors and not gold_actors & a:
            continue
        if gold_recips and not gold_recips & r:
            continue
        return True
    return False


def _match(
    golds: list[GoldEvent], preds: list[Event], need_dyad: bool, text: str | None = None
) -> list[tuple[GoldEvent, Event]]:
    """Pair gold and predicted events one to one, as many pairs as the types (and dyads, when ``need_dyad``) allow:
    a maximum bipartite matching (augmenting paths), so that an early prediction cannot take a gold event another
    gold event needed. Without ``need_dyad`` the predictions whose dyad agrees are tried first. With the article's
    ``text``, predictions in a sentence that tells the gold event (its evidence or also_evidence) are tried before
    the others: the number of pairs is the same, but two arrests of one article pair with their own sentences, so
    that mode and date agreement are read from the right pair."""
    edges: list[list[int]] = []
    for g in golds:
        same_type = [k for k, e in enumerate(preds) if e.type == g.type]
        if text is not None:
            spots = [at for at in (_locate(text, x) for x in [g.evidence, *g.also_evidence]) if at is not None]
            told = {k for k in same_type if any(preds[k].sentence.start <= at < preds[k].sentence.end for at in spots)}
            same_type = sorted(same_type, key=lambda k: k not in told)
        agreeing = [k for k in same_type if dyad_agrees(g, preds[k])]
        edges.append(agreeing if need_dyad else agreeing + [k for k in same_type if k not in agreeing])
    owner: dict[int, int] = {}  # prediction index -> gold index

    def augment(gi: int, seen: set[int]) -> bool:
        for k in edges[gi]:
            if k in seen:
                continue
            seen.add(k)
            if k not in owner or augment(owner[k], seen):
                owner[k] = gi
                return True
        return False

    for gi in range(len(golds)):
        augment(gi, set())
    return [(golds[gi], preds[k]) for k, gi in sorted(owner.items(), key=lambda kv: kv[1])]


def _count_levels(report: Report, positives: list, preds: list, strict: list, loose: list) -> None:
    """What both scorers count alike: the country-level (``strict``) and type-level (``loose``) matches of
    ``positives`` and ``preds``, and the dyad accuracy of the type-level pairs."""
    report.country.tp += len(strict)
    report.country.fp += len(preds) - len(strict)
    report.country.fn += len(positives) - len(strict)
    report.type_level.tp += len(loose)
    report.type_level.fp += len(preds) - len(loose)
    report.type_level.fn += len(positives) - len(loose)
    for g, e in loose:
        report.dyad_total += 1
        report.dyad_ok += dyad_agrees(g, e)


def score_article(gold: GoldArticle, doc: Doc, report: Report) -> None:
    report.articles += 1
    positives = [g for g in gold.events if g.positive]
    preds = predicted(doc)
    strict = _match(positives, preds, need_dyad=True)
    loose = _match(positives, preds, need_dyad=False)
    matched_pred_ids = {id(e) for _, e in strict}
    dupes = [e for e in preds if id(e) not in matched_pred_ids and _tells_matched(e, strict, doc.text)]
    report.duplicates += len(dupes)
    preds = [e for e in preds if not any(e is d for d in dupes)]
    _count_levels(report, positives, preds, strict, loose)
    matched_gold = {id(g) for g, _ in strict}
    matched_pred = {id(e) for _, e in strict}
    for g in positives:
        c = report.per_type[g.type]
        if id(g) in matched_gold:
            c.tp += 1
        else:
            c.fn += 1
            report.misses.append(
                f"{gold.article_id}: missed {g.type} {_dyad(g)} [{g.trigger or ''}] {g.evidence or ''}"
            )
    for e in preds:
        if id(e) not in matched_pred:
            report.per_type[e.type].fp += 1
            report.misses.append(
                f"{gold.article_id}: extra {e.type} {_pred_dyad(e)} [{e.trigger.text}] "
                f"{doc.text[e.sentence.start : e.sentence.end][:120]}"
            )
    for g, e in strict:
        if g.date:
            report.date_total += 1
            report.date_ok += bool(e.date and e.date.startswith(g.date))
        if g.mode:
            report.mode_total += 1
            report.mode_ok += e.mode == g.mode
    # the same matching, each gold event paired with a prediction of its own sentence where one matches: which
    # modes are wrong, read from the right pairs (the figures above keep the plain matching)
    for g, e in _match(positives, [e for e in preds if id(e) in matched_pred], need_dyad=True, text=doc.text):
        if g.mode:
            report.local_mode_total += 1
            report.local_mode_ok += e.mode == g.mode
            if e.mode != g.mode:
                report.misses.append(
                    f"{gold.article_id}: mode {e.mode or '-'} for {g.mode} ({g.type}) [{e.trigger.text}] {g.evidence or ''}"
                )
    for e in preds:
        bucket = report.by_confidence[min(0.9, int(e.confidence * 10) / 10)]
        if id(e) in matched_pred_ids:
            bucket.tp += 1
        else:
            bucket.fp += 1
    negated = [e for e in doc.events if e.negated]
    for g in gold.events:
        if g.negated:
            report.negations += 1
            seen = bool(_match([g], negated, need_dyad=True))
            report.negations_seen += seen
            if not seen:
                report.misses.append(
                    f"{gold.article_id}: negation missed {g.type} {_dyad(g)} [{g.trigger or ''}] {g.evidence or ''}"
                )
    for g in gold.events:
        if g.positive:
            continue
        report.traps += 1
        gold_actors = {p.country for p in g.actors if p.country}
        # a prediction already matched to a gold positive is that event, not the trap ("ASD menyimpulkan … China
        # bertanggung jawab" beside "belum mengungkapkan siapa … berada di balik")
        unmatched = [e for e in preds if id(e) not in matched_pred]
        if any(e.type == g.type and (not gold_actors or gold_actors & _countries(e.actors)) for e in unmatched):
            report.traps_coded += 1
            report.misses.append(f"{gold.article_id}: trap coded as event {g.type} {_dyad(g)} {g.evidence or ''}")
    for trap in gold.traps:
        report.trap_sentences += 1
        at = _locate(doc.text, trap.evidence)
        if at is None:
            continue
        if any(e.sentence.start <= at < e.sentence.end and (trap.looks_like in (None, e.type)) for e in preds):
            report.trap_sentence_hits[trap.kind or "trap"] += 1
            report.misses.append(
                f"{gold.article_id}: trap sentence coded ({trap.kind}, {trap.looks_like}) {trap.evidence}"
            )
    _score_layers(gold, doc, report)


def score_gold_pair(reference: GoldArticle, other: GoldArticle, report: Report) -> list[tuple[GoldEvent, GoldEvent]]:
    """Score a second annotator's coding of an article against a reference coding of the same article, by the rule
    ``score_article`` applies to the pipeline: positives on both sides are non-negated asserted/reported events, a
    match is the same type with an agreeing dyad, one to one (a maximum matching). (No retelling credit: a human's gold is
    already deduplicated.) Fills the country, type-level, per-type, dyad and date counts; returns the strict pairs
    (reference event, other event). A GoldEvent has the fields ``dyad_agrees`` reads from a predicted Event."""
    report.articles += 1
    positives = [g for g in reference.events if g.positive]
    preds = [e for e in other.events if e.positive]
    strict = _match(positives, preds, need_dyad=True)  # type: ignore[arg-type]
    loose = _match(positives, preds, need_dyad=False)  # type: ignore[arg-type]
    _count_levels(report, positives, preds, strict, loose)
    matched_ref = {id(g) for g, _ in strict}
    matched_other = {id(e) for _, e in strict}
    for g in positives:
        if id(g) in matched_ref:
            report.per_type[g.type].tp += 1
        else:
            report.per_type[g.type].fn += 1
            report.misses.append(f"{reference.article_id}: only in reference {g.type} {_dyad(g)} {g.evidence or ''}")
    for e in preds:
        if id(e) not in matched_other:
            report.per_type[e.type].fp += 1
            report.misses.append(f"{reference.article_id}: only in other {e.type} {_dyad(e)} {e.evidence or ''}")
    for g, e in strict:
        if g.date:
            report.date_total += 1
            report.date_ok += bool(e.date and e.date.startswith(g.date))
    for g in reference.events:
        if g.positive:
            continue
        report.traps += 1
        gold_actors = {p.country for p in g.actors if p.country}
        if any(e.type == g.type and (not gold_actors or gold_actors & _countries(e.actors)) for e in preds):
            report.traps_coded += 1
    return strict  # type: ignore[return-value]


def _locate(text: str, snippet: str | None) -> int | None:
    """Where a gold snippet lies in the article text (whitespace-insensitive), or None."""
    if not snippet:
        return None
    at = text.find(snippet)
    if at >= 0:
        return at
    words = snippet.split()
    if not words:
        return None
    import re

    m = re.search(r"\s+".join(re.escape(w) for w in words), text)
    return m.start() if m else None


def _tells_matched(e: Event, strict: list[tuple[GoldEvent, Event]], text: str) -> bool:
    """A prediction in a sentence that retells a matched gold event (its evidence or also_evidence)."""
    for g, _ in strict:
        if g.type != e.type:
            continue
        for snippet in [g.evidence, *g.also_evidence]:
            at = _locate(text, snippet)
            if at is not None and e.sentence.start <= at < e.sentence.end:
                return True
    return False


def _dyad(g: GoldEvent) -> str:
    return f"{','.join(p.country or '?' for p in g.actors)}->{','.join(p.country or '?' for p in g.recipients)}"


def _pred_dyad(e: Event) -> str:
    return f"{','.join(p.country or '?' for p in e.actors)}->{','.join(p.country or '?' for p in e.recipients)}"


def _norm(s: str | None) -> str:
    return " ".join((s or "").lower().split())


def _score_layers(gold: GoldArticle, doc: Doc, report: Report) -> None:
    if gold.entities:
        found = Counter(_norm(e.text) for e in doc.entities)
        by_text = {_norm(e.text): e for e in doc.entities}
        gold_texts = Counter(_norm(g.get("text")) for g in gold.entities if g.get("text"))
        for text, n in gold_texts.items():
            hit = min(n, found.get(text, 0))
            report.entities.tp += hit
            report.entities.fn += n - hit
        report.entities.fp += sum(max(0, n - gold_texts.get(t, 0)) for t, n in found.items())
        for g in gold.entities:
            e = by_text.get(_norm(g.get("text")))
            if e is not None and g.get("country") and e.country == g["country"]:
                report.entity_country_ok += 1
    if gold.times:
        by_text = {_norm(t.text): t for t in doc.times}
        for g in gold.times:
            report.times_total += 1
            t = by_text.get(_norm(g.get("text")))
            if t is not None:
                report.times_found += 1
                report.times_value_ok += bool(g.get("value") and t.value == g["value"])
    if gold.quotes:
        for g in gold.quotes:
            report.quotes_total += 1
            gt = _norm(g.get("text"))
            q = next((q for q in doc.quotes if gt and (gt[:40] in _norm(q.text) or _norm(q.text)[:40] in gt)), None)
            if q is not None:
                report.quotes_found += 1
                speaker = g.get("speaker")
                name = speaker.get("name") if isinstance(speaker, dict) else speaker
                if (
                    q.speaker
                    and name
                    and (_norm(name) in _norm(q.speaker.name) or _norm(q.speaker.name) in _norm(name))
                ):
                    report.quotes_speaker_ok += 1


# --- running the pipeline --------------------------------------------------------------------------------------


def _pipeline_runner():
    """A callable record -> Doc with events: the configured pipeline, completed with the analysis stages this
    installation has, and the events stage run last."""
    from . import config as configuration
    from . import registry
    from .analyze.events import extract
    from .ingest.records import page_from_record
    from .pipeline import Pipeline

    cfg = configuration.load()
    names = list(cfg.get("pipeline", {}).get("stages", []))
    for name in ("extract", "language", "sentences", "entities", "times", "places", "quotes"):
        if name in names:
            continue
        try:
            registry.get(name)
        except (PipelineError, ImportError):  # a stage this checkout does not have: its layer stays empty
            continue
        names.append(name)
    order = ["extract", "language", "sentences", "entities", "times", "places", "quotes", "events"]
    names = sorted(names, key=lambda n: order.index(n) if n in order else len(order))
    names = [n for n in names if n != "events"]
    pipe = Pipeline(names, cfg)
    event_cfg = dict(cfg.get("events", {}))

    def run(record: dict[str, Any]) -> Doc:
        doc = pipe(page_from_record(record, origin=str(record.get("id"))))
        doc.events = extract(doc, **event_cfg)
        return doc

    return run


def evaluate(golds: Iterable[GoldArticle], *, data: Path | None = None, limit: int | None = None, run=None) -> Report:
    """Run the pipeline on each gold article and score it. ``run`` (record -> Doc) defaults to the pipeline."""
    from .errors import Rejected

    run = run or _pipeline_runner()
    corpus = Corpus(data)
    report = Report()
    for n, gold in enumerate(golds):
        if limit is not None and n >= limit:
            break
        try:
            doc = run(article_input(gold, corpus))
        except Rejected as err:
            report.errors.append(f"{gold.article_id}: rejected ({err})")
            continue
        score_article(gold, doc, report)
    return report


def evaluate_file(path: Path, *, data: Path | None = None, limit: int | None = None, run=None) -> Report:
    return evaluate(read_gold(Path(path)), data=data, limit=limit, run=run)


def format_report(report: Report) -> str:
    s = report.summary()
    e, t = s["events"], s["events_type_level"]
    lines = [
        f"articles {s['articles']}  (errors {s['errors']})",
        (
            f"events, country level: precision {e['precision']:.3f}  recall {e['recall']:.3f}  F1 {e['f1']:.3f}"
            f"  (tp {e['tp']}, fp {e['fp']}, fn {e['fn']})"
        ),
        f"events, type level:    precision {t['precision']:.3f}  recall {t['recall']:.3f}  F1 {t['f1']:.3f}",
        (
            f"dyad accuracy {_pct(s['dyad_accuracy'])}   date accuracy {_pct(s['date_accuracy'])}"
            f"   traps coded as events {s['traps_coded_as_events']}/{s['traps']}"
            f"   trap sentences coded {s['trap_sentences_coded']}/{s['trap_sentences']}"
        ),
        (
            f"mode accuracy {_pct(s['mode_accuracy'])}"
            f" (pairs in their own sentence {_pct(s['mode_accuracy_own_sentence'])})"
            f"   negations seen {s['negations_seen']}/{s['negations']}"
        ),
        "precision by confidence: "
        + "  ".join(f"{b} {v['precision']:.2f} ({v['predicted']})" for b, v in s["precision_by_confidence"].items()),
        "",
        f"{'type':10} {'gold':>5} {'P':>6} {'R':>6} {'F1':>6}",
    ]
    for name, row in s["per_type"].items():
        lines.append(f"{name:10} {row['gold']:>5} {row['precision']:6.3f} {row['recall']:6.3f} {row['f1']:6.3f}")
    for layer in ("entities", "times", "quotes"):
        if layer in s:
            lines.append(f"{layer}: " + "  ".join(f"{k} {v:.3f}" for k, v in s[layer].items()))
    return "\n".join(lines)


def _pct(x: float | None) -> str:
    return "n/a" if x is None else f"{x:.3f}"

"""Within-article dedup of events: the same event told twice (same type, same parties, compatible dates) is kept
once, with every sentence that told it in ``evidence``."""

from __future__ import annotations

from ..model import Event, Participant, Span
from . import plover


def merge_duplicates(events: list[Event]) -> list[Event]:
    """One event per (type, parties, negation) told twice in an article, when the dates agree or one of them is
    unknown (an event's date comes from its own sentence only; the news day is filled in after this); the first telling stays, later
    sentences are added to its ``evidence``, a missing mode is filled in and an asserted telling outranks a reported
    one."""
    kept: list[Event] = []
    for e in events:
        twin = next((k for k in kept if _same(k, e)), None)
        if twin is None:
            kept.append(e)
            continue
        merge_into(twin, e)
    return kept


def merge_into(twin: Event, e: Event) -> None:
    """Fold a later telling ``e`` into the event ``twin``: its sentence becomes evidence, and what ``twin`` leaves
    open (mode, date, recipients, place) is filled from it."""
    if all(s.start != e.sentence.start for s in twin.evidence):
        twin.evidence.append(Span(e.sentence.start, e.sentence.end))
    if twin.mode is None and e.mode is not None:
        twin.mode = e.mode
        twin.score = plover.score(twin.type, twin.mode)
        twin.cameo = plover.cameo(twin.type, twin.mode, twin.contexts)
    if twin.date is None:
        twin.date = e.date
    if not twin.recipients and e.recipients:
        twin.recipients = e.recipients
    if twin.place is None:
        twin.place = e.place
    if e.modality == "asserted" and twin.modality == "reported":
        twin.modality = "asserted"
    twin.confidence = max(twin.confidence, e.confidence)
    for c in e.contexts:
        if c not in twin.contexts:
            twin.contexts.append(c)


def _side(parts: list[Participant], precise: bool = False) -> frozenset[str]:
    # Actors as precisely as the entity layer knows them (Trump and Pompeo accusing Iran are two events); the other
    # side by country ("Kyiv" and "Ukraina" are one recipient).
    return frozenset((p.kb_id if precise else None) or p.country or p.kb_id or p.name for p in parts)


def _sectors_differ(a: list[Participant], b: list[Participant]) -> bool:
    """Parties the knowledge base does not know, of one country but of sectors known to differ: protesters storming
    a building and the police beating protesters are two attacks."""
    sa = {p.sector for p in a if p.kb_id is None}
    sb = {p.sector for p in b if p.kb_id is None}
    return bool(sa and sb and None not in sa | sb and not sa & sb)


def _same(a: Event, b: Event) -> bool:
    if a.type != b.type or a.negated != b.negated:
        return False
    if (a.modality == "hypothetical") != (b.modality == "hypothetical"):
        # "ditanya apakah Kim telah mengundangnya" and "Kim telah mengundang Trump": a possible event does not
        # swallow the telling that asserts it (which would then not count as having happened)
        return False
    if a.mode and b.mode and a.mode != b.mode:
        return False  # an arrest and a seizure, a charge and an investigation: two acts (gold/README.md, okezone-2509)
    if a.symmetric != b.symmetric and a.type == "AGREE":
        # "Kim mengundang Trump" and "Keduanya sepakat untuk …": one side's offer and the two sides' agreement
        return False
    if a.symmetric or b.symmetric:
        if _side(a.actors) | _side(a.recipients) != _side(b.actors) | _side(b.recipients):
            return False
    elif _side(a.actors, True) != _side(b.actors, True) or _sectors_differ(a.actors, b.actors):
        return False
    elif a.recipients and b.recipients and not _side(a.recipients) & _side(b.recipients):
        # a telling that names no recipient, or only some of them ("China" / "Inggris dan China"), is the same event
        return False
    return a.date is None or b.date is None or a.date.startswith(b.date) or b.date.startswith(a.date)

"""What earlier sentences of an article put in focus for the events of the next ones: the parties of the last
reciprocal event or the last two countries named, the last date, the article's home country; and the dateline's place
for an event whose parties belong to the dateline's country."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from ..model import Doc, Event, Participant, Place
from .arguments import Group, Syntax, groups_of, mentions_in
from .cues import after_published
from .triggers import tokenize


@dataclass(slots=True)
class FocusState:
    """What earlier sentences put in focus."""

    parties: list[Participant] = field(default_factory=list)
    date: str | None = None
    home: str | None = None  # the article's main country, for role nouns named without one ("polisi")
    focus_dated: set[str] = field(default_factory=set)  # events whose date was taken from earlier sentences
    last_actors: dict[str, list[Participant]] = field(default_factory=dict)  # per type, for agentless passives
    named: list[tuple[int, Participant]] = field(default_factory=list)  # (offset, party) of every country-coded name


def home_country(doc: Doc) -> str | None:
    """The country the article is mostly about: the dateline's, else the most named country among its entities
    (ties go to the one named first); None when no country is named."""
    dateline = doc.article.dateline
    if dateline and dateline.place and dateline.place.country:
        return dateline.place.country
    counts: dict[str, int] = {}
    for e in doc.entities:
        if e.country and e.country != "IGO" and e.type in ("PER", "ORG", "GPE", "NORP"):
            counts[e.country] = counts.get(e.country, 0) + 1
    return max(counts, key=lambda c: counts[c]) if counts else None


# Sectors whose role nouns ("militan", "pemberontak", "tentara") stand for the last party of that sector the article
# named: a story's rebels are the rebels it named, not the country it is mostly about (dev gold, okezone-3937:
# "kelompok militan itu" after Taliban). GOV and CVL nouns ("pemerintah", "massa") stay with the home country.
RECENT_SECTORS = frozenset({"REB", "MIL", "COP", "SPY", "JUD", "LEG", "OPP", "PTY"})


def role_country(doc: Doc, state: FocusState, p: Participant) -> str | None:
    """The country of a party the text names without one: a role noun of a sector in ``RECENT_SECTORS`` takes the
    country of the last name of that sector before it; anything else the article's home country."""
    if p.sector in RECENT_SECTORS and not any(e.start == p.start and e.end == p.end for e in doc.entities):
        last = [q for at, q in state.named if at < p.start and q.sector == p.sector and q.country != "IGO"]
        if last:
            return last[-1].country
    return state.home


def dateline_place(doc: Doc, parties: list[Participant]) -> Place | None:
    dateline = doc.article.dateline
    place = dateline.place if dateline else None
    if place is None or not place.country:
        return None
    if any(p.country == place.country for p in parties):
        return replace(place)
    return None


def advance_focus(doc: Doc, start: int, end: int, syntax: Syntax, state: FocusState, found: list[Event]) -> None:
    """Parties and date in focus for the next sentences: the last event's parties (two or more), else the last
    two parties of different countries named in the sentence; the last date expression of the sentence."""
    for e in reversed(found):
        parties = e.actors + e.recipients
        if len(parties) >= 2 and e.symmetric and not e.negated:
            state.parties = parties
            break
    else:
        if state.parties:
            return advance_date(doc, start, end, state, found)
        tokens = tokenize(doc.text, start, end)
        lows = [t.low for t in tokens]
        ents = [e for e in doc.entities if start <= e.start and e.end <= end]
        groups: list[Group] = groups_of(mentions_in(tokens, ents), lows, syntax)
        distinct: list[Participant] = []
        for g in groups:
            if g.focus is not None:
                continue
            p = g.participant()
            if p.country and all(p.country != q.country for q in distinct):
                distinct.append(p)
        if len(distinct) >= 2:
            state.parties = distinct[-2:]
    advance_date(doc, start, end, state, found)


def advance_date(doc: Doc, start: int, end: int, state: FocusState, found: list[Event]) -> None:
    if not any(e.date for e in found):
        # a bare year ("UU Nomor 30 Tahun 2002", "sejak 2015") names no moment that later sentences could share
        usable = [
            t
            for t in doc.times
            if start <= t.start
            and t.end <= end
            and t.type == "DATE"
            and t.value
            and len(t.value) >= 7
            and t.value[:4].isdigit()
        ]
        usable = [t for t in usable if not after_published(t.value or "", doc.article.published)]
        if usable:
            state.date = usable[-1].value

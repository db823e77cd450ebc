"""What earlier sentences of an article put in focus for the events of the next ones: the parties of the last
reciprocal event or the last two countries named, the article's home country; and the dateline's place
for an event whose parties belong to the dateline's country."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from ..model import Doc, Event, Participant, Place
from .party_groups import Group, agent_mentions, groups_of, mentions_in, subject_parties, without_sources
from .tokens import covered
from .syntax import Syntax
from .triggers import tokenize


@dataclass(slots=True)
class FocusState:
    """What earlier sentences put in focus."""

    parties: list[Participant] = field(default_factory=list)
    home: str | None = None  # the article's main country, for role nouns named without one ("polisi")
    last_actors: dict[str, list[Participant]] = field(default_factory=dict)  # per type, for agentless passives
    named: list[tuple[int, Participant]] = field(default_factory=list)  # (offset, party) of every country-coded name
    subject: list[Participant] = field(default_factory=list)  # the last sentence's subject, for "Mereka …" opening the next


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
    """Parties in focus for the next sentences: the last event's parties (two or more), else the last two parties
    of different countries named in the sentence; and the sentence's subject, for a pronoun opening the next one.
    (No date is carried: an event's date is its sentence's, else the article's news day; see ``events``.)"""
    state.subject = _subject_of(doc, start, end, syntax)
    for e in reversed(found):
        parties = e.actors + e.recipients
        if len(parties) >= 2 and e.symmetric and not e.negated:
            state.parties = parties
            break
    else:
        if state.parties:
            return
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


def _subject_of(doc: Doc, start: int, end: int, syntax: Syntax) -> list[Participant]:
    """The parties the sentence opens with as its subject (names and role nouns: "Massa", "polisi Rotterdam")."""
    if not syntax.pronouns:
        return []
    tokens = tokenize(doc.text, start, end)
    lows = [t.low for t in tokens]
    ents = [e for e in doc.entities if start <= e.start and e.end <= end]
    starts, ends = [t.start for t in tokens], [t.end for t in tokens]
    taken = {i for e in ents for i in covered(starts, ends, e.start, e.end)}
    mentions = sorted(mentions_in(tokens, ents) + agent_mentions(doc.text, tokens, syntax, taken),
                      key=lambda m: (m.first, m.last))  # fmt: skip
    groups = without_sources(groups_of(mentions, lows, syntax), lows, syntax)
    return subject_parties(groups, lows, syntax)

"""Typed records of the knowledge base: an entry (a country, person, organisation, place, group) and an office term."""

from __future__ import annotations

from dataclasses import dataclass, field

# PLOVER sector codes (PLOVER manual, "Sector Codes" table); the knowledge base only uses these.
SECTORS = frozenset(
    "COP GOV JUD LEG MIL PRM PTY REB SPY UAF UNK AGR BUS CRM CVL EDU ELI JRN LAB MED REF OPP PRE REL SOC".split()
)

# Entry types: the entity types of the contract (PER, ORG, GPE, LOC, NORP, EVENT, MISC).
TYPES = frozenset({"PER", "ORG", "GPE", "LOC", "NORP", "EVENT", "MISC"})


@dataclass(slots=True)
class Term:
    """One term in an office: the holder is ``country``/``sector`` from ``start`` until ``end`` (exclusive).

    Dates are ISO ``YYYY-MM-DD`` (a month or year alone is allowed when that is all we know); ``end`` None = ongoing.
    """

    office: str
    country: str | None
    sector: str
    start: str
    end: str | None = None

    def covers(self, date: str) -> bool:
        return _pad(self.start) <= date and (self.end is None or date < _pad(self.end))


@dataclass(slots=True)
class KBEntry:
    """One thing the knowledge base knows.

    ``kb_id`` is stable and readable (``country:RUS``, ``person:vladimir-putin``, ``org:kremlin``, ``igo:sco``,
    ``place:kyiv``, ``norp:RUS``, ``group:wagner``). ``aliases`` maps a language code (``"id"``, ``"en"``, or ``"*"``
    for any language) to the surface forms that name the entry; ``adjectives`` likewise holds the adjectives and
    demonyms of a country ("Russian", "warga Rusia"), which are also the aliases of its ``norp:`` entry.
    ``country``/``sector`` are the actor code outside any term (for a person: before the first term).
    """

    kb_id: str
    name: str
    type: str
    country: str | None = None
    sector: str | None = None
    aliases: dict[str, list[str]] = field(default_factory=dict)
    terms: list[Term] = field(default_factory=list)
    adjectives: dict[str, list[str]] = field(default_factory=dict)
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    after: str | None = None  # a person's sector once every term has ended, when it is not ELI (a rebel leader)
    parent: str | None = None  # kb_id of the body this one belongs to (TNI AD -> TNI), or a place's country
    description: str | None = None
    source: str | None = None  # the data file the entry came from, for review

    def all_aliases(self) -> list[str]:
        seen: dict[str, None] = {}
        for forms in self.aliases.values():
            for form in forms:
                seen.setdefault(form, None)
        return list(seen)


def _pad(date: str) -> str:
    """``2023`` -> ``2023-01-01``, ``2023-06`` -> ``2023-06-01``: partial dates compare as their first day."""
    if len(date) == 4:
        return date + "-01-01"
    if len(date) == 7:
        return date + "-01"
    return date[:10]

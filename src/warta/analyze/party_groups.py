"""Parties of a sentence: entity mentions in token coordinates, merged into groups that each name one party
("Presiden Rusia" + "Vladimir Putin"), anaphors standing for the parties in focus, and the roles an event gives them.

The argument rules (``arguments.py``) and the article-level rules (``article_parties.py``, ``event_focus.py``) work
on these groups."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import cache

from ..model import Entity, Participant
from .syntax import Syntax
from .tokens import covered
from .triggers import Token

PARTY_TYPES = frozenset({"PER", "ORG", "GPE", "NORP"})
_RANK = {
    "PER": 0,
    "ORG": 1,
    "NORP": 2,
    "GPE": 3,
}  # which mention names a merged group ("Presiden Rusia Vladimir Putin")


@dataclass(slots=True)
class Mention:
    """An entity mention in token coordinates."""

    entity: Entity
    first: int
    last: int
    agent: bool = False  # a common noun ("rebels"), not a name


@dataclass(slots=True)
class Group:
    """Adjacent mentions naming one party ("Presiden Rusia" + "Vladimir Putin"), or an anaphor ("Keduanya") standing
    for the parties in focus."""

    mentions: list[Mention]
    focus: list[Participant] | None = None
    span: tuple[int, int] | None = None  # token range of an anaphor
    quoted: bool = False  # a first-person pronoun standing for the quote's speaker (not an earlier sentence's party)

    @property
    def first(self) -> int:
        return self.span[0] if self.span else self.mentions[0].first

    @property
    def last(self) -> int:
        return self.span[1] if self.span else self.mentions[-1].last

    @property
    def named(self) -> bool:
        return self.focus is not None or any(not m.agent for m in self.mentions)

    @property
    def head(self) -> Entity:
        return min(self.mentions, key=lambda m: (_RANK.get(m.entity.type, 9), -m.first)).entity

    @property
    def country(self) -> str | None:
        return next((m.entity.country for m in self.mentions if m.entity.country), None)

    @property
    def sector(self) -> str | None:
        head = self.head
        if head.sector:
            return head.sector
        return next((m.entity.sector for m in self.mentions if m.entity.sector), None)

    def participants(self) -> list[Participant]:
        # copies: the events stage fills a party's country in place, and a focus party is an earlier event's own
        return [replace(p) for p in self.focus] if self.focus is not None else [self.participant()]

    def participant(self) -> Participant:
        e = self.head
        return Participant(
            name=e.name, text=e.text, start=e.start, end=e.end, kb_id=e.kb_id, country=self.country, sector=self.sector
        )


@dataclass(slots=True)
class Roles:
    actors: list[Participant] = field(default_factory=list)
    recipients: list[Participant] = field(default_factory=list)
    symmetric: bool = False
    from_focus: bool = False  # the actors came from an anaphor resolved to earlier sentences


def mentions_in(tokens: list[Token], entities: list[Entity]) -> list[Mention]:
    """Political-actor mentions among ``entities``, mapped to the token indices they cover."""
    out = []
    starts, ends = [t.start for t in tokens], [t.end for t in tokens]
    for e in entities:
        if e.type not in PARTY_TYPES:
            continue
        inside = covered(starts, ends, e.start, e.end)
        if inside:
            out.append(Mention(e, inside[0], inside[-1]))
    out.sort(key=lambda m: (m.first, m.last))
    return out


def agent_mentions(text: str, tokens: list[Token], syntax: Syntax, taken: set[int]) -> list[Mention]:
    """Mentions for common nouns that name an actor by its role ("rebels", "the police", "mahasiswa"), where the
    entity layer found no name: the actor is then coded by sector only (or with the country of an adjacent
    nationality: "Israeli troops")."""
    lows = [t.low for t in tokens]
    out: list[Mention] = []
    longest = max((len(k) for k in syntax.agents), default=0)
    i = 0
    while i < len(lows):
        for n in range(min(longest, len(lows) - i), 0, -1):
            sector = syntax.agents.get(tuple(lows[i : i + n]))
            if sector and not any(k in taken for k in range(i, i + n)):
                t0, t1 = tokens[i], tokens[i + n - 1]
                words = text[t0.start : t1.end]
                e = Entity(
                    text=words, start=t0.start, end=t1.end, type="ORG", name=" ".join(lows[i : i + n]), sector=sector
                )
                out.append(Mention(e, i, i + n - 1, agent=True))
                i += n
                break
        else:
            i += 1
    return out


def groups_of(
    mentions: list[Mention],
    lows: list[str],
    syntax: Syntax,
    focus: list[Participant] | None = None,
    barriers: set[int] | frozenset[int] = frozenset(),
    antecedent: list[Participant] | None = None,
) -> list[Group]:
    """Merge adjacent mentions of one party: a gap of at most 3 tokens with no coordinator or clause break, and no
    conflicting countries ("Presiden Rusia Vladimir Putin" is one party; "Rusia ke Ukraina" is two). Anaphors
    ("Keduanya", "kedua pemimpin") become groups standing for ``focus`` when there is one; a pronoun ("mereka") with
    no party before it in its sentence stands for ``antecedent`` (the subject of the sentence before) when there is
    one. Mentions never merge across a trigger (``barriers``: "Tiongkok mengerahkan pasukan" is an actor, a verb and
    an object)."""
    groups = _merge(mentions, lows, syntax, barriers)
    if not focus and not antecedent and not syntax.pronouns:
        return groups
    taken = {i for g in groups for i in range(g.first, g.last + 1)}
    by_first = _anaphors_by_first(tuple(syntax.anaphors))
    i = 0
    while i < len(lows):
        hit = next((p for p in by_first.get(lows[i], ()) if tuple(lows[i : i + len(p)]) == p), None)
        if hit in syntax.pronouns and syntax.possessive_pronoun(lows, i):
            hit = None  # "anggota keluarga mereka, yang menuntut …": their family sues, not "they"
        if hit and not any(k in taken for k in range(i, i + len(hit))):
            stands_for = list(focus or [])
            if hit in syntax.pronouns:
                # "Warga Palestina … mengatakan bahwa mereka …": a pronoun takes the party named before it in the
                # same sentence when there is one; the pair in focus otherwise
                before = [g for g in groups if g.focus is None and g.last < i and g.named]
                if before:
                    stands_for = before[-1].participants()
                elif antecedent:
                    # "Bennett dan Shaked mencalonkan diri … . Mereka kemudian berusaha …", "Massa … . Mereka
                    # melontarkan tuntutan": a pronoun opening its sentence's parties is the subject before it
                    stands_for = [replace(p) for p in antecedent]
            if stands_for:
                groups.append(Group([], focus=stands_for, span=(i, i + len(hit) - 1)))
            i += len(hit)
        else:
            i += 1
    groups.sort(key=lambda g: g.first)
    return groups


@cache
def _anaphors_by_first(anaphors: tuple[tuple[str, ...], ...]) -> dict[str, list[tuple[str, ...]]]:
    """The anaphors of a language by their first word, each list in the pack's order (the first that matches wins,
    as in a scan of them all): one lookup per token instead of a comparison with every anaphor."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for p in anaphors:
        if p:
            index.setdefault(p[0], []).append(p)
    return index


def without_sources(groups: list[Group], lows: list[str], syntax: Syntax) -> list[Group]:
    """The groups that are not a quoted medium: "Mengutip BBC, Selasa (10/9/2019) dia membakar dirinya" — BBC is
    where the report comes from, not who acted (``syntax.sources``, within 3 tokens before, no comma between)."""
    if not syntax.sources:
        return groups
    out = []
    for g in groups:
        before = lows[max(0, g.first - 3) : g.first]
        k = max((i for i, w in enumerate(before) if w in syntax.sources), default=None)
        if k is not None and not any(w == "," or w in syntax.clause_breaks for w in before[k:]):
            continue
        out.append(g)
    return out


def _merge(mentions: list[Mention], lows: list[str], syntax: Syntax, barriers=frozenset()) -> list[Group]:
    groups: list[Group] = []
    for m in mentions:
        if groups:
            g = groups[-1]
            gap = lows[g.last + 1 : m.first]
            countries = {x for x in (g.country, m.entity.country) if x}
            if (
                m.first > g.last
                and len(gap) <= (0 if m.agent or all(x.agent for x in g.mentions) else 3)
                and not any(k in barriers for k in range(g.last + 1, m.first))
                and not any(w in syntax.coordinators or w in syntax.clause_breaks for w in gap)
                and not any(w in syntax.subordinators or syntax.is_verb(w) for w in gap)  # "AS berselisih sejak Trump"
                and not any(w in syntax.recipient_preps or w in syntax.comitative or w in syntax.locative for w in gap)
                and len(countries) <= 1
            ):
                g.mentions.append(m)
                continue
            if (
                gap == [","]
                and m.entity.type == "PER"
                and m.entity.country is None
                and not m.agent
                and g.country is not None
                and all(x.entity.type != "PER" for x in g.mentions)
                and any(not x.agent for x in g.mentions)
            ):
                # apposition: "Kepala Kebijakan Luar Negeri Uni Eropa, Federica Mogherini" is one party, the person
                # of the office the knowledge base does not know her for
                g.mentions.append(m)
                continue
            if m.first <= g.last:  # nested or overlapping mentions: keep the larger one
                if m.last - m.first > g.last - g.first:
                    groups[-1] = Group([m])
                continue
        groups.append(Group([m]))
    return groups


def coordinated_groups(groups: list[Group], k: int, lows: list[str], syntax: Syntax, step: int) -> list[int]:
    """Indices of the groups coordinated with group ``k`` going left (step -1) or right (+1): "A, B dan C"."""
    found = [k]
    j = k
    while 0 <= j + step < len(groups):
        a, b = (groups[j + step], groups[j]) if step < 0 else (groups[j], groups[j + step])
        gap = lows[a.last + 1 : b.first]
        if not gap or len(gap) > 4 or not any(w in syntax.coordinators for w in gap):
            break
        if any(w in syntax.clause_breaks for w in gap):
            break
        if a.focus is None and all(x.agent for x in a.mentions) and b.named and gap[0] not in syntax.coordinators:
            # "Menteri Lingkungan Hidup dan Kehutanan Siti Nurbaya": words after a role noun before the "dan" make
            # it an office whose name holds the coordinator, the title of the person named after it (no second party)
            break
        j += step
        found.append(j)
    return sorted(found)


def same_party(p: Participant, others: list[Participant]) -> bool:
    """Is ``p`` one of ``others`` (by knowledge-base id, else by name)? "kata Trump …, menyebut …": Trump is not
    his own target."""
    return any((p.kb_id and p.kb_id == q.kb_id) or p.name.lower() == q.name.lower() for q in others)


def subject_parties(groups: list[Group], lows: list[str], syntax: Syntax) -> list[Participant]:
    """The parties a sentence opens with as its subject: the first party, with those coordinated to it, when no verb
    and no preposition comes before it (a fronted phrase before a comma aside: "Pada saat itu, Bennett dan Shaked
    mencalonkan diri …", "Massa yang menggelar aksi …"); empty otherwise ("Sebuah tweet oleh polisi …")."""
    own = [g for g in groups if g.focus is None]
    if not own or not syntax.verb_prefixes:
        return []
    first = own[0]
    before = lows[: first.first]
    if "," in before:  # "Pada saat itu, Bennett dan Shaked …": a fronted time or place phrase
        before = before[len(before) - before[::-1].index(",") :]
    preps = syntax.recipient_preps | syntax.locative | syntax.passive_agent | syntax.comitative
    if any(syntax.is_verb(w) or w in preps for w in before):
        return []
    k = groups.index(first)
    subject = [groups[i] for i in coordinated_groups(groups, k, lows, syntax, +1) if groups[i].focus is None]
    if len(subject) == 1 and not subject[0].mentions[0].agent and subject[0].head.type == "PER":
        return []  # one person is no antecedent of "mereka" ("Jokowi bertemu Modi. Mereka …": the two)
    return [p for g in subject for p in g.participants()]

"""Who did it and to whom: actors and recipients of a trigger, from the entity layer and light syntax around it.

The rules work on tokens and entity mentions only (no parser), with the language's function words from the
``[arguments]`` table of its ``events.toml``:

- active verb: the actor is the nearest political entity before the trigger in its clause (with the entities
  coordinated to it: "Putin dan Modi"); the recipient is the first one after it, not counting places after a
  locative preposition ("di Samarkand") unless the trigger takes a place as its recipient ("mengunjungi Moskow").
- passive (Indonesian di- forms; English be + participle): the subject is the recipient, the agent after
  ``oleh``/``by`` (or, in Indonesian, right after the verb: "diserang Israel") is the actor.
- noun trigger: the actor is its possessor ("serangan Israel", "Russia's invasion"), else the clause subject.
- symmetric triggers (talks, calls, agreements, clashes): the subject and the comitative ("dengan", "with",
  "antara … dan …") are all participants. When they fall into exactly two country sides, the side mentioned first is
  ``actors`` and the other ``recipients`` (the contract's dyad) and the event is marked ``symmetric``; otherwise all
  are actors and there are no recipients, as PLOVER codes reciprocal events.
- "Keduanya", "Kedua pemimpin", "both leaders": the parties in focus (from earlier sentences), given by the caller.
- Clause structure, for packs that mark verbs by a prefix (``syntax.py``; Indonesian meN-): the subject of a verb in
  a relative clause is the noun the clause hangs on ("para pemuda yang marah, yang bentrok"), and the verb after a
  relative clause with its object has the noun the clause hangs on ("Pasukan Rusia yang menyerang Ukraina
  mengecam …"); after another verb
  with an object, that object ("mendorong kapal kedua melepaskan tembakan"); a verb coordinated after an object,
  or in a purpose or manner clause ("menyurati Presiden untuk mengeluhkan", "dengan mengecam"), has the first
  verb's subject; a party after "tentang"/"oleh"/a preposition is not the subject; an unknown person in apposition
  takes the office's country ("Kepala Kebijakan Luar Negeri Uni Eropa, Federica Mogherini"). After the verb, the
  party after "kepada" outranks one inside the object ("membagikan detail mengenai mata-mata India kepada Iran"),
  a list of verbs ends each object, and the owner of a possessed object is the recipient ("penggulingannya").
  An active verb in a restrictive relative clause on a noun that names no party has no coded subject ("20 negara
  yang mengecam …"); "mereka" after a noun is its possessor ("keluarga mereka"), not a party; a party right after a
  citation verb is the medium quoted ("Mengutip Reuters, …"), not a participant; a party is never its own recipient;
  "kami"/"kita" inside a quote stand for the quote's speaker (``article_parties.speaker_groups``).

- From the article around the sentence (``article_parties``, called by ``events``): the counterpart in focus for a
  recipient the sentence leaves out, the last person named for "dia", the speaker of a quote.

Entities of type LOC, EVENT and MISC are never participants; nor is anything inside a quote's speaker tag.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from ..model import Entity, Participant
from .syntax import Syntax, caused, clause_end, clause_start, pronoun_subject
from .tokens import covered
from .triggers import Match, Token

__all__ = ["Syntax", "caused", "pronoun_subject"]  # re-exported: the clause words live in syntax.py

PARTY_TYPES = frozenset({"PER", "ORG", "GPE", "NORP"})
SPEECH_ACTS = frozenset({"THREATEN", "ACCUSE", "REQUEST", "REJECT", "SUPPORT"})
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
) -> list[Group]:
    """Merge adjacent mentions of one party: a gap of at most 3 tokens with no coordinator or clause break, and no
    conflicting countries ("Presiden Rusia Vladimir Putin" is one party; "Rusia ke Ukraina" is two). Anaphors
    ("Keduanya", "kedua pemimpin") become groups standing for ``focus`` when there is one. Mentions never merge
    across a trigger (``barriers``: "Tiongkok mengerahkan pasukan" is an actor, a verb and an object)."""
    groups = _merge(mentions, lows, syntax, barriers)
    if not focus and not syntax.pronouns:
        return groups
    taken = {i for g in groups for i in range(g.first, g.last + 1)}
    i = 0
    while i < len(lows):
        hit = next((p for p in syntax.anaphors if tuple(lows[i : i + len(p)]) == p), None)
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
            if stands_for:
                groups.append(Group([], focus=stands_for, span=(i, i + len(hit) - 1)))
            i += len(hit)
        else:
            i += 1
    groups.sort(key=lambda g: g.first)
    return groups


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


def _coordinated(groups: list[Group], k: int, lows: list[str], syntax: Syntax, step: int) -> list[int]:
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


def _subject(groups: list[Group], lows: list[str], before: int, syntax: Syntax, depth: int = 0) -> list[Group]:
    """The nearest party before token ``before`` in its clause, with the parties coordinated to it. (``depth``: how
    many verbs back the subject of a verb chain has been followed; past ``MAX_CHAIN``, none.)"""
    if depth > MAX_CHAIN:
        return []
    clause = clause_start(lows, before, syntax)
    start = max(clause, before - syntax.max_gap)
    # a long party ("Kepala Kebijakan Luar Negeri Uni Eropa, Federica Mogherini") counts when it ends in reach
    cands = [k for k, g in enumerate(groups) if g.last < before and g.first >= clause and g.last >= start]
    if not cands:
        return []
    k = cands[-1]
    coordinated = _coordinated_verb_subject(groups, lows, k, before, syntax, depth)
    if coordinated is not None:
        return coordinated
    named = [c for c in cands if groups[c].named]
    if not groups[k].named and named:  # a named party outranks a role noun ("operasi militer" is no actor)
        k = named[-1]
    # A party after a preposition modifies the subject ("Perutusan Tetap RI untuk PBB menyayangkan"): the subject
    # is the party named before it in the clause.
    earlier = [c for c in cands if c < k and groups[c].named]
    after_prep = syntax.recipient_preps | syntax.locative | syntax.passive_agent  # ("politisasi isu oleh Vanuatu")
    if earlier and groups[k].first > 0 and lows[groups[k].first - 1] in after_prep:
        k = earlier[-1]
        earlier = [c for c in cands if c < k and groups[c].named]
    if groups[k].first > 0 and lows[groups[k].first - 1] in syntax.topic_preps:
        # "Resolusi tentang UNAMA itu memperpanjang …": what a noun is about is not the subject
        if not earlier:
            return []
        k = earlier[-1]
        earlier = [c for c in cands if c < k and groups[c].named]
    # "Pemberontak Houthi yang didukung Iran mengaku …": the subject is the head before the relative clause.
    heads = [c for c in earlier if any(w in syntax.relative for w in lows[groups[c].last + 1 : groups[k].first])]
    if heads:
        k = heads[-1]
    embedded = _embedded_subject(groups, lows, k, before, syntax, depth)
    if embedded is not None:
        return embedded
    return [groups[i] for i in _coordinated(groups, k, lows, syntax, -1) if groups[i].first >= clause]


# How many verbs back the subject of a verb chain is followed ("menangkap … dan menahan … dan menyita …": each verb
# has the subject of the one before; the Indonesian dev gold's longest chain is 2): unbounded, a run-on sentence of
# hundreds of coordinated verbs recursed past Python's limit, in time cubic in its length.
MAX_CHAIN = 8


def _coordinated_verb_subject(
    groups: list[Group], lows: list[str], k: int, before: int, syntax: Syntax, depth: int = 0
) -> list[Group] | None:
    """A verb coordinated after another verb's object ("Polisi menangkap dua warga dan menahan …", "… melemparkan
    bom molotov ke kantor polisi dan pemerintah pusat, menyerbu …", "memerintahkan pengusiran … dari Amerika Serikat
    (AS) dan membatasi …") has that verb's subject; None when the party ``k`` right before it is not such an
    object."""
    if not syntax.verb_prefixes:
        return None
    between = lows[groups[k].last + 1 : before]
    if between and between[0] in syntax.adjunct_preps:
        # skip a short time or place phrase after the object ("… dalam dua hari terakhir dan mengirim …")
        coordinator = next((i for i, w in enumerate(between) if w in syntax.coordinators), None)
        if coordinator is not None and coordinator <= 5 and not any(
            w in syntax.clause_breaks for w in between[:coordinator]
        ):
            between = between[coordinator:]
    if not any(w in syntax.coordinators for w in between) or not all(
        w in syntax.coordinators or w in syntax.adverbs or w in syntax.auxiliaries for w in between
    ):
        return None
    taken = {i for g in groups for i in range(g.first, g.last + 1)}
    first_verb = next(
        (i for i in range(groups[k].first - 1, -1, -1) if i not in taken and syntax.is_verb(lows[i])), None
    )
    if first_verb is None or any(w in syntax.clause_breaks for w in lows[first_verb:before]):
        return None
    return _subject(groups, lows, first_verb, syntax, depth + 1)


def _embedded_subject(
    groups: list[Group], lows: list[str], k: int, before: int, syntax: Syntax, depth: int = 0
) -> list[Group] | None:
    """When the trigger at ``before`` is not the predicate of the party ``k`` named before it, its subject instead
    (empty: a noun that names no party); None when ``k`` stands.

    - A relative clause: "para pemuda yang marah, yang bentrok dengan polisi" — the subject of "bentrok" is the noun
      the clause hangs on ("para pemuda"), not a party named earlier ("Khan berusaha menenangkan …").
    - Another verb between ``k`` and the trigger with an object of its own: "Tindakan patroli Rusia itu mendorong
      kapal kedua melepaskan tembakan", "menemukan dua kapal Korea Utara menangkap …": the subject of the second
      verb is the first one's object. Verbs in a chain ("berusaha menenangkan", "mengatakan akan menyerang",
      "memutuskan untuk menarik") keep the subject (``auxiliaries`` between them).
    - A purpose clause ("menyurati Presiden untuk mengeluhkan …") has the first verb's subject.
    Only for languages whose pack marks verbs by a prefix (``verb_prefixes``)."""
    if not syntax.verb_prefixes:
        return None
    taken = {i for g in groups for i in range(g.first, g.last + 1)}
    verb = lambda i: i not in taken and syntax.is_verb(lows[i])
    rel = next((i for i in range(before - 1, groups[k].last, -1) if lows[i] in syntax.relative), None)
    if rel is not None and not any(verb(i) for i in range(rel + 1, before)):
        if any(w in syntax.statement_nouns for w in lows[max(0, rel - 3) : rel]):
            return None  # a statement's relative clause is its author's act ("pernyataan yang mengutuk serangan")
        heads = [
            c
            for c, g in enumerate(groups)
            if g.last < rel
            and rel - g.last <= 4
            and not any(verb(i) for i in range(g.last + 1, rel))
            and not any(w in syntax.locative for w in lows[max(0, g.first - 3) : g.first])  # "di Kabul, yang"
        ]
        if heads:
            return [groups[i] for i in _coordinated(groups, heads[-1], lows, syntax, -1)]
        head = rel - 1
        active = not (syntax.passive_prefixes and lows[before].startswith(syntax.passive_prefixes))
        if active and head >= 0 and head not in taken and lows[head].isalpha():
            # "ke 190 negara yang sudah bekerjasama": an active verb (not "pelaku yang ditangkap") in a restrictive relative clause on a noun that
            # names no party has that noun as subject, not a party named before it. (After a comma the clause may
            # hang on a noun further back: "serangan Taliban di Kabul pada 6 September, yang menewaskan …".)
            return []
        # "Hong Kong sedang mengalami protes …, yang awalnya menentang RUU": the clause hangs on the object of a
        # verb, a noun that names no party
        before_rel = [g for g in groups if g.last < rel]
        if before_rel and any(verb(i) for i in range(before_rel[-1].last + 1, rel)):
            return []
        return None
    verbs = [i for i in range(groups[k].last + 1, before) if verb(i)]
    if not verbs:
        # "Mahathir akan menyurati Presiden Joko Widodo untuk mengeluhkan …": a purpose clause after the object of
        # another verb has that verb's subject; after "meminta Y untuk" (object control) it is Y's act.
        v = groups[k].first - 1
        while v >= 0 and lows[v] in syntax.auxiliaries:
            v -= 1
        link = any(lows[i] in syntax.purpose_links for i in range(groups[k].last + 1, before))
        if link and v >= 0 and verb(v) and lows[v] not in syntax.object_control:
            return _subject(groups, lows, v, syntax, depth + 1)
        return None
    opener = lows[groups[k].last + 1 : verbs[0]]
    if (
        opener
        and opener[0] in syntax.relative
        and all(w in syntax.adverbs or w in syntax.auxiliaries for w in opener[1:])
    ):
        # "Pasukan Rusia yang menyerang Ukraina mengecam Jepang": the verbs of a relative clause on the party and
        # their object describe it; the verb after them is its predicate ("koalisi … yang memerangi Houthi mengatakan")
        return None
    gap = lows[verbs[-1] + 1 : before]
    if all(w in syntax.auxiliaries or w in syntax.adverbs or w in syntax.singular for w in gap):
        return None
    if any(w in syntax.coordinators for w in gap):
        # "memperbarui saran perjalanannya ke Indonesia, memperingatkan …", "menangkap dua orang dan menyita …",
        # "menyerbu Dewan Legislatif, memblokir …": verbs coordinated under the subject of the verb before
        end = before - 1
        while end > verbs[-1] and (lows[end] in syntax.adverbs or lows[end] in syntax.auxiliaries):
            if lows[end] in syntax.coordinators:
                return _subject(groups, lows, verbs[-1], syntax, depth + 1)
            end -= 1
        return None
    if any(w in syntax.purpose_links for w in gap) and lows[verbs[-1]] not in syntax.object_control:
        return None  # "menerbitkan red notice untuk menangkap", "menyatakan keinginannya untuk mencaplok"
    inside = [c for c, g in enumerate(groups) if verbs[-1] < g.first and g.last < before]
    if not inside:
        return []
    return [groups[i] for i in _coordinated(groups, inside[-1], lows, syntax, -1) if groups[i].first > verbs[-1]]


def _after(
    groups, lows, after: int, syntax: Syntax, *, locative_ok: bool, only: set[str] | None = None, adjacent: bool = False
) -> list[Group]:
    """The first party after token ``after`` in its clause (with its coordinated parties). ``only``: it must follow
    one of these words; ``adjacent``: it must start within two tokens."""
    end = min(clause_end(lows, after, syntax), after + 1 + syntax.max_gap)
    prep_seen = False
    for i in range(after + 1, end):  # a relative clause ends the search unless a preposition already opened it
        if lows[i] in syntax.recipient_preps or lows[i] in syntax.comitative or lows[i] in syntax.passive_agent:
            prep_seen = True
        elif lows[i] in syntax.relative and not prep_seen:
            end = i
            break
        elif lows[i] in syntax.coordinators and i + 1 < end and syntax.is_verb(lows[i + 1]):
            # "memblokir jalan-jalan ke bandara, menghancurkan …", "menyerukan penggulingannya dan mendukung para
            # pejuang oposisi": the next verb of a list has its own object
            end = i
            break
    for k, g in enumerate(groups):
        if g.first <= after or g.first >= end:
            continue
        before = lows[max(after + 1, g.first - 2) : g.first]
        if adjacent and g.first - after > 3:
            return []
        if (
            not locative_ok
            and any(w in syntax.locative for w in before)
            and not any(w in syntax.recipient_preps - syntax.locative or w in syntax.comitative for w in before)
        ):
            continue
        if only is not None and not any(w in only for w in lows[after + 1 : g.first]):
            continue
        return [groups[i] for i in _coordinated(groups, k, lows, syntax, +1) if groups[i].first < end]
    return []


def _dedupe(parts: list[Participant]) -> list[Participant]:
    seen, out = set(), []
    for p in parts:
        key = (p.kb_id or p.name, p.country)
        if key not in seen:
            seen.add(key)
            out.append(p)
    return out


def _split_sides(parts: list[Participant]) -> tuple[list[Participant], list[Participant]] | None:
    countries = []
    for p in parts:
        if p.country and p.country not in countries:
            countries.append(p.country)
    if len(countries) != 2 or any(p.country is None for p in parts):
        return None
    a = [p for p in parts if p.country == countries[0]]
    b = [p for p in parts if p.country == countries[1]]
    return a, b


def _parts(groups: list[Group]) -> list[Participant]:
    return [p for g in groups for p in g.participants()]


def roles(match: Match, tokens: list[Token], groups: list[Group], syntax: Syntax) -> Roles:
    """Actors and recipients of one trigger match (``groups`` from ``groups_of``, anaphors included)."""
    lows = [t.low for t in tokens]
    entry = match.entry
    out = Roles()
    inside = [g for g in groups if g.first >= match.first and g.last <= match.last]
    last = max([match.last] + [g.last for g in inside])
    if entry.kind == "blame":
        # "Putin memberi tahu Modi mengenai penolakan Ukraina": the speaker accuses the refuser.
        subj = _subject(groups, lows, match.anchor if match.anchor is not None else match.first, syntax)
        obj = [g for g in groups if match.last < g.first <= match.last + 3][:1]
    elif entry.kind == "demand":
        # "Russia said that Sudan must return …": the speaker demands, the one who must is the recipient.
        subj = _subject(groups, lows, match.anchor if match.anchor is not None else match.first, syntax)
        lo = match.scope if match.scope is not None else match.first - 4
        obj = [g for g in groups if lo < g.first and g.last < match.first][-1:]
    elif entry.kind == "noun":
        if syntax.noun_possessor == "after":
            # "serangan Israel", "tuntutan para demonstran"; not past a verb ("Imbauan menindaklanjuti RKUHP")
            subj = [
                g
                for g in groups
                if match.last < g.first <= match.last + 2
                and not any(syntax.is_verb(w) or w in syntax.locative for w in lows[match.last + 1 : g.first])
            ][:1]  # (nor a place: "demonstran di Hong Kong")
        else:  # "Russia's invasion", "the Israeli attack": right before it, no preposition between
            subj = [
                g
                for g in groups
                if match.first - 3 <= g.last < match.first
                and not any(
                    w in syntax.recipient_preps | syntax.locative | syntax.comitative
                    for w in lows[g.last + 1 : match.first]
                )
            ][-1:]
        if not subj:
            subj = inside[:1]  # "Protesters …": the noun names its own actor
        if not subj and syntax.noun_subject:
            subj = _subject(groups, lows, match.first, syntax)
        if not subj:
            # "jaksa melakukan beberapa penggerebekan", "Cho menyatakan permintaan maaf": a light verb right before
            # the noun (a quantifier between) makes the noun its act, done by the verb's subject
            window = range(match.first - 1, max(-1, match.first - 3), -1)
            light = next((k for k in window if lows[k] in syntax.light_verbs), None)
            if light is not None:
                subj = _subject(groups, lows, light, syntax)
        skip_to = max([last] + [g.last for g in subj if g.first > match.last])
        obj = _after(
            groups,
            lows,
            skip_to,
            syntax,
            locative_ok=entry.locative_recipient,
            only=syntax.recipient_preps | syntax.comitative,
        )
    elif match.passive:
        subj = _subject(groups, lows, match.first, syntax)
        agent = _after(groups, lows, last, syntax, locative_ok=True, only=syntax.passive_agent)
        if not agent and syntax.agent_adjacent:
            agent = _after(groups, lows, last, syntax, locative_ok=False, adjacent=True)
        subj, obj = agent, subj
    else:
        subj = _subject(groups, lows, match.first, syntax)
        if entry.symmetric:
            obj = _after(groups, lows, last, syntax, locative_ok=entry.locative_recipient, only=syntax.comitative)
            if not obj:
                obj = _after(groups, lows, last, syntax, locative_ok=entry.locative_recipient, adjacent=True)
        else:
            obj = _after(groups, lows, last, syntax, locative_ok=entry.locative_recipient)
            gap = lows[last + 1 : obj[0].first] if obj else []
            if gap and not any(w in syntax.recipient_preps or w in syntax.comitative for w in gap):
                # "membagikan detail mengenai mata-mata India kepada Pemerintah Iran": a party inside the object
                # is what the act is about; the one after "kepada" is whom it is for
                addressed = _after(
                    groups, lows, last, syntax, locative_ok=entry.locative_recipient, only=syntax.addressee_preps
                )
                obj = addressed or obj
        if (
            not obj
            and entry.type in SPEECH_ACTS
            and any(w in syntax.complementizers for w in lows[last + 1 : last + 3])
        ):
            # "Pyongyang memperingatkan bahwa … kecuali Washington …": who a warning or accusation is about is
            # the first other party of what is said
            own = {p.country for g in subj for p in g.participants() if p.country}
            obj = [g for g in groups if g.first > last + 1 and g.country and g.country not in own and g.named][:1]
    out.from_focus = any(g.focus is not None and not g.quoted for g in subj + obj)
    out.actors = _dedupe(_parts(subj))
    out.recipients = [p for p in _dedupe(_parts(obj)) if not same_party(p, out.actors)]
    return _finish(out, entry.symmetric)


def _finish(out: Roles, symmetric: bool) -> Roles:
    if not symmetric:
        return out
    everyone = _dedupe(out.actors + out.recipients)
    sides = _split_sides(everyone)
    if sides:
        out.actors, out.recipients = sides
        out.symmetric = True
    elif len(everyone) > 1:
        out.actors, out.recipients = everyone, []
        out.symmetric = True
    return out


def same_party(p: Participant, others: list[Participant]) -> bool:
    """Is ``p`` one of ``others`` (by knowledge-base id, else by name)? "kata Trump …, menyebut …": Trump is not
    his own target."""
    return any((p.kb_id and p.kb_id == q.kb_id) or p.name.lower() == q.name.lower() for q in others)

"""What every sentence frame (``frames.py``) reads in its sentence: the ``[frames]`` words of the language, who
speaks (a quote's speaker, the subject of a reporting verb, "kata X", "menurut X"), the other side in focus, and the
trigger matches a frame replaces."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, fields
from typing import Any

from ..model import Doc, Entity, Participant
from .arguments import Syntax, roles
from .party_groups import Group, Roles
from .article_parties import counterpart, named_parties, party_before, person_before, place_counterpart
from .cues import Cues
from .triggers import Entry, Form, Lexicon, Match, PhraseSet, Token, phrase_set

_WORD = re.compile(r"[\w-]+")

CONFIDENCE = 0.6  # a frame is read from a construction, not a dedicated word: as sure as a bare noun trigger


def _starts(lows: list[str], k: int, phrases: PhraseSet) -> bool:
    return any(tuple(lows[k : k + len(p)]) == p for p in phrases.by_first.get(lows[k], ()))


def _participant(e: Entity) -> Participant:
    return Participant(name=e.name, text=e.text, start=e.start, end=e.end, kb_id=e.kb_id, country=e.country,
                       sector=e.sector)  # fmt: skip


def word_fields(cls: type, table: dict[str, Any], skip: set[str] | frozenset[str] = frozenset()) -> dict[str, Any]:
    """The word lists of a pack table for the ``PhraseSet`` and ``set[str]`` fields of the dataclass ``cls`` (a list
    the pack leaves out is empty: the rule that reads it stays silent)."""
    words: dict[str, Any] = {}
    for f in fields(cls):
        if f.name in skip:
            continue
        if f.type == "PhraseSet":
            words[f.name] = phrase_set(table.get(f.name, []))
        elif f.type == "set[str]":
            words[f.name] = {w.lower() for w in table.get(f.name, [])}
    return words


@dataclass(slots=True)
class FrameMatch(Match):
    """A match made by a frame: ``parties`` are read by the frame (a speaker and the party the claim is about),
    which the trigger's own argument rules could not find."""

    frame: str = ""
    parties: Roles | None = None


@dataclass(slots=True)
class Frames:
    """The ``[frames]`` words of one language."""

    speech: PhraseSet  # reporting verbs before a claim: "mengatakan", "menyebut", "said"
    speech_after: PhraseSet  # after the claim, the speaker following: "kata", "ujar"
    according: PhraseSet  # "menurut X, …", "according to X"
    links: set[str]  # open the claim after a reporting verb: "bahwa", "that"
    as_links: set[str]  # "menyebut X sebagai …", "called X …"
    self_refs: set[str]  # the speaker's own side: "kami", "kita", "pihaknya"
    copulas: set[str]  # "adalah", "is": "X adalah seorang wanita yang gila" says it of X
    negation: PhraseSet  # right before a predicate it denies it: "tidak", "bukan"
    allege: PhraseSet  # responsibility and violations: ACCUSE allege
    disapprove: PhraseSet  # damning evaluations: ACCUSE disapprove
    origin: PhraseSet  # "berasal dari", "buatan": where a harm comes from
    harms: PhraseSet  # the harms an origin claim is about ("kabut asap", "senjata")
    deeds: set[str]  # a claim about these ("serangan itu") accuses their author, named or not
    hope: PhraseSet  # "berharap", "ingin", "menginginkan", "hopes"
    hope_links: set[str]  # between the hope and what is hoped: "agar", "supaya", "that"
    exist: PhraseSet  # "ada", "adanya": a wish that something be (provided)
    receive: PhraseSet  # "berharap untuk mendengar": a hope to receive is an ask
    addressees: PhraseSet  # addressees named by role: "pihak lain", "semua pihak"
    acts_after: set[str]  # after a named addressee, it is the one to act: "berharap Australia dapat …"
    need: PhraseSet  # "perlunya", "pentingnya": the need for something, after a reporting verb
    need_for: PhraseSet  # "penting bagi", "perlu bagi": + Y + "untuk" + act
    purpose: set[str]  # "untuk", "to"
    ready: PhraseSet  # "siap", "bersedia", "ready to"
    commit: PhraseSet  # a pledge: "berkomitmen", "berjanji", "pledged"; only a cooperative or a conflict act counts
    cooperative: PhraseSet  # cooperative acts the lexicon has no trigger for: "berdialog", "bekerja sama"
    hostile: PhraseSet  # conflict acts the lexicon has no trigger for: "membalas", "bertempur"
    ready_alone: PhraseSet  # what may follow a bare "siap": "lebih dari", "jika"
    war: PhraseSet  # a sentence about war makes a bare readiness a threat
    door: PhraseSet  # "pintu", "door"
    open: PhraseSet  # "terbuka", "open"
    talks: PhraseSet  # what an open door is for: "pembicaraan", "dialog"
    consequences: PhraseSet  # "akan kehilangan", "akan menyesal"
    future: PhraseSet  # "akan", "will": before a consequence
    reacting: PhraseSet  # "menuai", "mendapat", "drew"
    reactions: PhraseSet  # "kecaman", "reaksi keras", "criticism"
    endorsements: PhraseSet  # "dukungan", "backing": an endorsement drawn is a SUPPORT by whoever gave it
    sources: set[str]  # "dari", "from": before who reacted; "oleh", "by": before an agent
    deed_links: set[str]  # "yang": opens the relative clause after an event noun ("sanksi yang diberlakukan AS")
    deed_aux: set[str]  # "telah", "sudah": between the link and its passive verb
    deed_verbs: PhraseSet  # passive verbs whose agent follows: "diberlakukan", "dilancarkan", "imposed"
    deed_targets: set[str]  # "terhadap", "on": before the party the deed is aimed at
    responsibility: PhraseSet  # a claim of one's own attack: "mengaku bertanggung jawab", "claimed responsibility"
    responsibility_for: set[str]  # "atas", "for": what the responsibility is for (an attack, or no event)
    claimed: PhraseSet  # what one claims responsibility for that is an attack: "serangan", "insiden", "ledakan"
    attacks: PhraseSet  # an attack named before, whose target a claim of responsibility takes: "serangan", "attack"
    attack_to: set[str]  # after the attack word, before its target: "terhadap", "ke", "on"
    attacked: PhraseSet  # passive attack words, after their target: "diserang", "was attacked"
    proposed: PhraseSet  # "digagas", "diusulkan", "was proposed": a meeting proposed by an agent is its REQUEST
    letters: PhraseSet  # "surat": a letter received from someone is that one's remote consultation (CONSULT phone)
    letter_receive: PhraseSet  # "menerima", "received": the receiver is the subject
    letter_received: PhraseSet  # "diterima", "was received by": the receiver follows
    breaks: set[str]  # the claim runs to these (quotes do not end it): the clause breaks of [cues]
    window: int = 6  # tokens between a reporting verb and its link, between the door and "terbuka"

    @classmethod
    def of(cls, data: dict[str, Any], cues: Cues) -> Frames:
        table = data.get("frames", {})
        words = word_fields(cls, table, skip={"breaks"})
        quotes = {'"', "“", "”", "'", "‘", "’", ":"}
        return cls(**words, window=int(table.get("window", 6)), breaks=(cues.breaks - quotes) | {"."})


_FRAMES: dict[str, Frames] = {}


def frames_of(lex: Lexicon, cues: Cues) -> Frames:
    if lex.code not in _FRAMES:
        _FRAMES[lex.code] = Frames.of(lex.data, cues)
    return _FRAMES[lex.code]


# --- the sentence ----------------------------------------------------------------------------------------------


@dataclass(slots=True)
class Reading:
    """One sentence as the frames read it: its tokens, parties and trigger matches (which the frames amend)."""

    doc: Doc
    tokens: list[Token]
    lows: list[str]
    groups: list[Group]
    syntax: Syntax
    words: Frames
    matches: list[Match]
    named: list[tuple[int, Participant]] | None = None

    def at(self, i: int, phrases: PhraseSet) -> int:
        """Length of the phrase of ``phrases`` starting at token ``i`` (0: none)."""
        for p in phrases.by_first.get(self.lows[i], ()) if 0 <= i < len(self.lows) else ():
            if tuple(self.lows[i : i + len(p)]) == p:
                return len(p)
        return 0

    def find(self, phrases: PhraseSet, lo: int, hi: int) -> int | None:
        """First token in [lo, hi) where a phrase of ``phrases`` starts."""
        return next((k for k in range(max(0, lo), min(hi, len(self.lows))) if self.at(k, phrases)), None)

    def named_in(self, i: int) -> bool:
        """Token ``i`` lies in a party named by the entity layer (not a role noun)."""
        return any(g.first <= i <= g.last and g.named for g in self.groups)

    def negated(self, i: int) -> bool:
        return any(self.at(k, self.words.negation) for k in range(max(0, i - 2), i))

    def after_relative(self, i: int) -> bool:
        """Token ``i`` opens a relative clause ("partai yang ingin …"): it describes a noun, it is no act."""
        return i > 0 and self.lows[i - 1] in self.syntax.relative

    def asserted(self, phrases: PhraseSet) -> Iterator[tuple[int, int]]:
        """Each token where a phrase of ``phrases`` starts, with the phrase's length, unless negated or opening a
        relative clause (there it describes a noun)."""
        for i in range(len(self.lows)):
            n = self.at(i, phrases)
            if n and not self.negated(i) and not self.after_relative(i):
                yield i, n

    def clause_bounds(self, i: int) -> tuple[int, int]:
        lo = i
        while lo > 0 and self.lows[lo - 1] not in self.words.breaks:
            lo -= 1
        hi = i
        while hi < len(self.lows) and self.lows[hi] not in self.words.breaks:
            hi += 1
        return lo, hi

    def subject(self, at: int, etype: str = "CONSULT") -> Roles:
        """Who does the verb at token ``at`` and to whom, by the trigger argument rules."""
        verb = Match(Entry(type=etype, mode=None, kind="verb"), at, at, Form("", ""))
        r = roles(verb, self.tokens, self.groups, self.syntax)
        lo = max(0, at - self.syntax.max_gap)
        for p in r.actors:
            # "koalisi pimpinan Saudi yang memerangi Houthi mengatakan": a party inside a relative clause before
            # the verb is that clause's object, not the one who speaks
            k = next((k for k, t in enumerate(self.tokens) if t.start < p.end and t.end > p.start), None)
            rel = (
                next((x for x in range(k - 1, lo - 1, -1) if self.lows[x] in self.syntax.relative), None) if k else None
            )
            if rel is not None and any(self.syntax.is_verb(x) for x in self.lows[rel + 1 : k]):
                # … the one who speaks is the noun the clause describes, when the entity layer named it
                head = [g for g in self.groups if lo <= g.first and g.last < rel and g.named][-1:]
                r.actors = head[0].participants() if head and head[0].last >= rel - 3 else []
                break
        return r

    def quote_speaker(self, i: int) -> Participant | None:
        """The speaker of the quote holding token ``i``, as a mention of the text."""
        t = self.tokens[i]
        q = next((q for q in self.doc.quotes if q.start <= t.start < q.end and q.speaker is not None), None)
        if q is None or q.speaker is None:
            return None
        sp = q.speaker
        mentions = [e for e in self.doc.entities if e.name == sp.name]
        if not mentions:
            return None
        e = min(mentions, key=lambda e: min(abs(e.start - q.end), abs(e.end - q.start)))
        return Participant(name=e.name, text=e.text, start=e.start, end=e.end, kb_id=sp.kb_id or e.kb_id,
                           country=sp.country or e.country, sector=sp.sector or e.sector)  # fmt: skip

    def pronoun(self, lo: int, at: int) -> Participant | None:
        """A singular pronoun before token ``at`` ("Ia menekankan …"): the last person named; a party pronoun
        (``party_pronouns``: "Iraq's government announced that it is prepared to …"): the last party named."""
        near = self.lows[max(lo, at - 3) : at]
        person = any(w in self.syntax.singular for w in near)
        if not person and not any(w in self.syntax.party_pronouns for w in near):
            return None
        if self.named is None:
            self.named = named_parties(self.doc)
        if person:
            return person_before(self.doc, self.named, self.tokens[at].start)
        return party_before(self.doc, self.named, self.tokens[at].start)

    def speaker(self, head: int, lo: int, verb: int | None = None, own: bool = True) -> list[Participant]:
        """Who says (or hopes, or offers) what token ``head`` is part of. With ``own``, the subject of ``head``
        itself first ("China berharap …", "Iran siap …"); then the quote's speaker; the subject of the reporting
        verb ``verb`` (else of one in the clause before ``head``); the party after "kata"/"menurut"."""
        k = head - 1
        while k >= max(0, lo) and self.lows[k] in self.syntax.auxiliaries and self.lows[k] not in self.words.self_refs:
            k -= 1
        if own and k >= 0 and self.lows[k] in self.words.self_refs:
            own = False  # "…, kami siap," kata Pence: the speaker's own side, not a party named earlier
        if own:
            found = self.subject(head).actors
            if found:
                return found
            person = self.pronoun(lo, head)
            if person is not None:
                return [person]
        quoted = self.quote_speaker(head)
        if quoted is not None:
            return [quoted]
        verbs = [verb] if verb is not None else []
        verbs += [k for k in range(head - 1, max(0, lo) - 1, -1) if k != verb and self.at(k, self.words.speech)]
        for v in verbs:  # the nearest reporting verb whose subject is found ("X mengatakan dalam … mengatakan")
            found = self.subject(v).actors
            if found:
                return found
            person = self.pronoun(lo, v)
            if person is not None:
                return [person]
        end = self.clause_bounds(head)[1]
        for k in range(head + 1, min(len(self.lows), end + 3)):
            n = self.at(k, self.words.speech_after)
            if n:
                after = [g for g in self.groups if k + n <= g.first <= k + n + 2]
                return after[0].participants() if after else []
        k = self.find_back(self.words.according, max(0, lo - 8), head)
        if k is not None:
            after = [g for g in self.groups if k < g.first <= k + 3]
            return after[0].participants() if after else []
        return []

    def other_side(self, actors: list[Participant], victims: set[str] | None = None) -> list[Participant]:
        """The counterpart in focus from another country than ``actors``: whom a hope, a need or a readiness the
        sentence addresses to no one named ("berharap pihak lain …", "ingin ada …") is meant for. The events stage
        would also take the actors' own country for REQUEST and THREATEN (often domestic), but these frames speak
        to another party."""
        if self.named is None:
            self.named = named_parties(self.doc)
        other = place_counterpart(self.doc, actors, self.tokens[0].start, self.tokens[-1].end) or counterpart(
            self.named, actors, self.tokens[-1].end, domestic=False
        )
        if other is not None and victims and other.country in victims:
            # "berbahaya terhadap Indonesia": the victim is not the one accused; the next counterpart is
            named = [(at, p) for at, p in self.named if p.country not in victims]
            other = counterpart(named, actors, self.tokens[-1].end, domestic=False)
        return [other] if other is not None else []

    def agent_after(self, last: int, hi: int) -> list[Participant]:
        """The party after "oleh"/"by" following token ``last`` in its clause: who did the misdeed a noun names
        ("penindasan … selama bertahun-tahun oleh India")."""
        for k in range(last + 1, min(hi, len(self.lows))):
            if self.lows[k] in self.syntax.passive_agent:
                after = [g for g in self.groups if k < g.first <= k + 2 and g.named]
                return after[0].participants() if after else []
        return []

    def attack_target(self, not_of: set[str | None]) -> list[Participant]:
        """The party an attack was made on, read from the sentences before this one (nearest first): the first party
        after a word marking the target of an attack word ("serangan pesawat tak berawak ke fasilitas minyak Arab
        Saudi", "the attack on a Saudi oil plant"), or the last one before a passive attack word ("Aramco diserang");
        never of the countries ``not_of`` (the attacker's own) nor after an agent ("disponsori oleh Iran")."""
        here = self.tokens[0].start
        text, w = self.doc.text, self.words
        for sent in sorted((x for x in self.doc.sentences if x.end <= here), key=lambda x: -x.start):
            toks = [(m.start() + sent.start, m.group().lower()) for m in _WORD.finditer(text[sent.start : sent.end])]
            lows = [x for _, x in toks]
            ents = sorted(
                (e for e in self.doc.entities if sent.start <= e.start < sent.end and e.country), key=lambda e: e.start
            )
            for k in range(len(lows)):
                if _starts(lows, k, w.attacked):
                    before = [e for e in ents if e.end <= toks[k][0]]
                    if before and before[-1].country not in not_of:
                        return [_participant(before[-1])]
                    continue
                if not _starts(lows, k, w.attacks):
                    continue
                for j in range(k + 1, min(len(lows), k + 7)):
                    if lows[j] in self.syntax.passive_agent:
                        break
                    if lows[j] in w.attack_to:
                        after = [e for e in ents if e.start > toks[j][0]]
                        near = after and len(_WORD.findall(text[toks[j][0] : after[0].start])) <= 6
                        if near and after[0].country not in not_of:
                            return [_participant(after[0])]
                        break
        return []

    def find_back(self, phrases: PhraseSet, lo: int, hi: int) -> int | None:
        """Last token in [lo, hi) where a phrase of ``phrases`` starts."""
        return next((k for k in range(min(hi, len(self.lows)) - 1, max(0, lo) - 1, -1) if self.at(k, phrases)), None)

    def take(self, first: int, last: int) -> None:
        """The frame's words are its match: triggers overlapping them go."""
        self.matches = [m for m in self.matches if m.last < first or m.first > last]

    def add(self, frame: str, etype: str, mode: str | None, first: int, last: int, parties: Roles) -> None:
        entry = Entry(type=etype, mode=mode, kind="frame", confidence=CONFIDENCE)
        self.take(first, last)
        self.matches.append(FrameMatch(entry, first, last, Form("", ""), frame=frame, parties=parties))


# --- frames read here (used by frames.py) ------------------------------------------------------------------


def and_after(s: Reading, g: Group, hi: int) -> list[Participant]:
    """The parties of ``g`` and of the groups coordinated after it ("dari Malaysia dan Filipina")."""
    out, last = g.participants(), g.last
    for h in s.groups:
        if h.first <= last or h.first >= hi:
            continue
        gap = s.lows[last + 1 : h.first]
        if not gap or len(gap) > 2 or not all(x in s.syntax.coordinators for x in gap):
            break
        out += h.participants()
        last = h.last
    return out


# Words of the noun's object that may stand between an event noun and the relative clause naming its agent.
DEED_OBJECT = 2


def deed_agents(s: Reading) -> None:
    """ "serangkaian sanksi yang diberlakukan Amerika Serikat", "tuduhan yang dilayangkan oleh Pompeo", "sanctions
    imposed by Washington": an event noun whose agent a passive relative clause names is that agent's act (the
    argument rules read only a possessor, "sanksi AS"); to the party after "terhadap"/"on" in the clause, if any."""
    w = s.words
    for m in list(s.matches):
        if isinstance(m, FrameMatch) or m.entry.kind != "noun":
            continue
        k = m.last + 1
        # the noun's own object may come before the relative clause ("sanksi ekonomi yang diberlakukan AS",
        # "pencabutan pembatasan Internet yang telah dilakukan Indonesia")
        link = next((x for x in range(k, min(len(s.lows), k + DEED_OBJECT + 1)) if s.lows[x] in w.deed_links), None)
        if link is not None and all(x.isalpha() and not s.syntax.is_verb(x) for x in s.lows[k:link]):
            k = link
        if k < len(s.lows) and s.lows[k] in w.deed_links:
            k += 1
        while k < len(s.lows) and s.lows[k] in w.deed_aux:
            k += 1
        n = s.at(k, w.deed_verbs)
        if not n:
            continue
        k += n
        if k < len(s.lows) and s.lows[k] in w.sources:
            k += 1
        agent = [g for g in s.groups if g.first == k and g.named][:1]
        if not agent:
            continue
        _, hi = s.clause_bounds(m.first)
        actors = and_after(s, agent[0], hi)
        own = {p.country for p in actors}
        to = next((x for x in range(k, min(hi, k + 10)) if s.lows[x] in w.deed_targets), None)
        target = [g for g in s.groups if to is not None and g.first == to + 1 and g.named and g.country not in own][:1]
        recipients = target[0].participants() if target else []
        s.add("deed agent", m.entry.type, m.entry.mode, m.first, m.last, Roles(actors, recipients))


# Tokens between a meeting noun and the proposal verb after it ("Pertemuan antara Trump dan Rouhani di New York itu
# digagas oleh …": 7).
PROPOSAL_GAP = 8


def proposals(s: Reading) -> None:
    """ "Pertemuan Trump-Rouhani digagas oleh Presiden Prancis Emmanuel Macron", "the summit was proposed by Paris":
    a meeting of others that a third party proposed is that party's REQUEST (meet) to the ones who are to meet
    (gold/README.md; PLOVER REQUEST: "ask for a meeting"); the meeting itself has not happened."""
    w = s.words
    for m in list(s.matches):
        if isinstance(m, FrameMatch) or m.entry.kind != "noun" or m.entry.type != "CONSULT":
            continue
        _, hi = s.clause_bounds(m.first)
        verb = s.find(w.proposed, m.last + 1, min(hi, m.last + 1 + PROPOSAL_GAP))
        if verb is None:
            continue
        end = verb + s.at(verb, w.proposed)
        agent = s.agent_after(end - 1, min(hi, end + 2))
        if not agent:
            continue
        own = {p.country for p in agent}
        meeting = [p for g in s.groups if m.last < g.first and g.last < verb for p in g.participants()]
        meeting = [p for p in meeting if p.country not in own]
        if meeting:
            s.take(m.first, m.last)
            s.add("proposal", "REQUEST", "meet", m.first, m.last, Roles(agent, meeting))


# Tokens between a letter and "dari" + its sender ("menerima \"surat yang sangat indah\" sepanjang tiga halaman dari
# Kim": 9).
LETTER_GAP = 10


def letters(s: Reading) -> None:
    """ "Trump mengatakan dia telah menerima surat … dari Kim", "surat yang diterima Trump dari Kim": a letter between
    leaders is a remote consultation of the sender with the receiver (gold/README.md: letters are CONSULT; PLOVER
    CONSULT phone: "some other remote medium"). The sender must be named after "dari"."""
    w = s.words
    for i in range(len(s.lows)):
        n = s.at(i, w.letters)
        if not n:
            continue
        _, hi = s.clause_bounds(i)
        receiver: list[Participant] = []
        k = i + n
        v = s.at(k + 1, w.letter_received) if k < len(s.lows) and s.lows[k] in s.syntax.relative else 0
        if v:  # "surat yang diterima Trump dari Kim"
            after = [g for g in s.groups if k + 1 + v <= g.first <= k + 2 + v and g.named]
            if not after:
                continue
            receiver, k = after[0].participants(), after[0].last + 1
        else:  # "dia telah menerima surat … dari Kim"
            verb = next((x for x in range(i - 1, max(-1, i - 3), -1) if s.at(x, w.letter_receive)), None)
            if verb is None or s.negated(verb):
                continue
            receiver = s.subject(verb).actors
            if not receiver:
                person = s.pronoun(0, verb)
                receiver = [person] if person is not None else []
            if not receiver:
                continue
        src = next((x for x in range(k, min(hi, k + LETTER_GAP)) if s.lows[x] in w.sources), None)
        sender = [g for g in s.groups if src is not None and src < g.first <= src + 2 and g.named][:1]
        if not sender:
            continue
        senders = sender[0].participants()
        if {p.country for p in senders} & {p.country for p in receiver}:
            continue  # a letter within one country is no diplomatic consultation (gold codes letters between leaders)
        s.add("letter", "CONSULT", "phone", i, i + n - 1, Roles(senders, receiver))

"""Sentence frames: events carried by the shape of a sentence rather than by one trigger word.

The trigger lexicon codes a sentence by its event word ("mengecam", "menyerang"). Many reports carry the event in a
construction whose words are ordinary on their own; this module finds those constructions and adds one match per
frame, with its parties already read (``roles_of``), for the ``events`` stage to finish like any other (negation,
modality, date, place, dedup). The words are the ``[frames]`` table of the language's ``events.toml``; the rules
here are language-neutral; what they read in a sentence (who speaks, the other side) is ``frame_parts``. Frames,
each after the PLOVER manual:

- **Claim → ACCUSE** (allege, disapprove): a speaker (the subject of a reporting verb, the speaker of a quote, the
  party after "kata"/"menurut") attributes to another party a misdeed or a damning quality in a "bahwa"/"that" clause
  or an "X sebagai …" predicate: responsibility for a harm ("bertanggung jawab atas", "berada di balik"), a violation
  ("melanggar", "penindasan"), an evaluation ("berbahaya", "kediktatoran", "kesalahan besar"), or the origin of a
  harm ("kabut … berasal dari Indonesia", "senjata … buatan Iran"). The accused is the clause's subject, else the
  possessor right after the predicate ("kediktatoran China"), else — when the subject is a deed or a work of
  someone ("serangan itu", "lukisan-lukisan itu") — the other side in focus. Not when the predicate is negated
  ("tidak bertanggung jawab"), said of the speaker's own side ("kami", the speaker named again), of another noun
  (a list, a relative clause, the object of another verb), or of a victim ("berbahaya terhadap X"); a trigger that
  already makes the speech an ACCUSE ("menyebut serangan itu sebagai …") only learns whom it is about.
- **Consequence → THREATEN**: a speaker foretells another country a loss ("bahwa AS akan kehilangan lebih banyak",
  "will pay a heavy price"). **Reaction → ACCUSE**: "menuai kecaman keras dari X" is X's disapproval of the subject;
  an endorsement drawn ("mendapat dukungan dari X", "dukungan penuh X") is X's SUPPORT of it.
- **Agent of a deed**: an event noun whose agent a passive relative clause names ("sanksi yang diberlakukan AS
  terhadap Iran", "tuduhan yang dilayangkan oleh Pompeo") is that agent's act (``frame_parts.deed_agents``).
- **Claim of responsibility → ASSAULT**: "X mengaku bertanggung jawab (atas serangan …)" is X's attack on the party
  named after it, else on the target of the attack the article named before.
- **Desire → REQUEST**: what a party hopes or wants others to do or provide: "berharap ada kerja sama", "ingin ada
  pembentukan komite", "berharap untuk mendengar …" (to receive: an ask), "berharap pihak lain …" (an addressee
  named by role), "menginginkan Y …", "penting bagi Y untuk …", "menegaskan perlunya dialog". A hope for one's own
  act ("kami berharap bisa menang") or in a relative clause ("partai yang ingin …") is no event.
- **Pledge → AGREE or THREATEN**: "berkomitmen/berjanji (untuk) + cooperative act" is an AGREE with the act's
  object, + conflict act a THREATEN, + concession a CONCEDE, + "tidak" + conflict act an AGREE (restraint); a pledge of anything else, or to no party named, is
  no agreement.
- **Readiness → AGREE or THREATEN**: "siap/bersedia (untuk) + cooperative act" is an AGREE (an offer, PLOVER
  AGREE); "siap + conflict act" a THREATEN; a bare "siap" in a sentence about war ("kami siap lebih dari siapa
  pun") a THREATEN (violence); "siap + any other act" is that act, by the one who is ready; an open door for talks
  ("pintu kami terbuka") an AGREE.
- **The speaker's own side**: a trigger whose subject is the speaker's self-reference ("bahwa pihaknya akan memulai
  dialog", "“Kami telah menerbitkan DPO,” kata …") is the speaker's act.

Each frame was kept because it raises F1 on the Indonesian dev gold (country level; see the report of branch
ev-frames for the per-frame tp/fp) and reads right on other outlets' news (CLICK-ID, not okezone) by eye.
"""

from __future__ import annotations

from dataclasses import replace

from ..model import Doc, Participant
from . import stance
from .arguments import Syntax, roles
from .article_parties import is_state_name
from .cues import Cues
from .frame_parts import FrameMatch, Frames, Reading, and_after, deed_agents, frames_of, letters, proposals
from .party_groups import Group, Roles
from .triggers import Lexicon, Match, Token

__all__ = ["FrameMatch", "Frames", "apply", "roles_of"]

# Types a readiness frame turns into an offer (AGREE) or a threat (THREATEN); the threat's mode follows PLOVER's
# THREATEN modes.
COOPERATIVE = frozenset({"CONSULT", "COOPERATE", "AID", "SUPPORT", "AGREE", "CONCEDE", "RETREAT"})
HOSTILE_MODE = {"ASSAULT": "violence", "MOBILIZE": "violence", "COERCE": "restrict", "SANCTION": "restrict",
                "THREATEN": None}  # fmt: skip


def roles_of(match: Match) -> Roles | None:
    """The parties a frame read for its match (a fresh copy: the events stage amends them), else None."""
    if isinstance(match, FrameMatch) and match.parties is not None:
        p = match.parties
        return Roles([replace(a) for a in p.actors], [replace(r) for r in p.recipients], p.symmetric, p.from_focus)
    return None


def apply(
    doc: Doc, tokens: list[Token], groups: list[Group], lex: Lexicon, syntax: Syntax, cues: Cues, matches: list[Match]
) -> list[Match]:
    """``matches`` with the frames of the sentence added (the trigger matches a frame covers are dropped)."""
    words = frames_of(lex, cues)
    s = Reading(doc, tokens, [t.low for t in tokens], groups, syntax, words, list(matches))
    _self_reports(s)
    _claims(s)
    _consequences(s)
    _reactions(s)
    deed_agents(s)
    proposals(s)
    letters(s)
    _responsibility(s)
    _hopes(s)
    _needs(s)
    _pledges(s)
    _readiness(s)
    _doors(s)
    stance.apply(s, lex)  # stance.py: whom a stance is about; evaluations; complaints of exclusion
    s.matches.sort(key=lambda m: m.first)
    return s.matches


# --- the speaker's own side ------------------------------------------------------------------------------------


def _self_reports(s: Reading) -> None:
    """ "Carrie Lam mengatakan bahwa pihaknya akan memulai dialog …", "“Kami telah menerbitkan DPO,” kata …": a
    trigger whose subject is the speaker's self-reference ("pihaknya", "kami") is the speaker's act."""
    w = s.words
    for m in list(s.matches):
        if isinstance(m, FrameMatch) or m.passive or m.entry.kind not in ("verb", "noun"):
            continue
        k = m.first - 1
        if m.entry.kind == "noun":  # "kami telah melakukan penangkapan": the light verb's subject
            k = next((x for x in (k, k - 1) if x >= 0 and s.lows[x] in s.syntax.light_verbs), -1) - 1
        k = s.syntax.skip_back(s.lows, k, w.self_refs)
        if k < 0 or s.lows[k] not in w.self_refs:
            continue
        r = roles(m, s.tokens, s.groups, s.syntax)
        if r.actors:
            continue
        speaker = s.speaker(k, 0, own=False)
        if not any(p.sector or p.kb_id or is_state_name(s.doc, p) for p in speaker):
            # "kami" stands for the speaker's side: unknown for a person the knowledge base and the titles do not
            # place ("Koordinator aksi Asip Irama": the protesters' demand, not an act of a known party)
            continue
        if not _own(speaker, r.recipients):
            s.matches.remove(m)
            s.matches.append(FrameMatch(m.entry, m.first, m.last, m.head_form, m.passive, m.anchor, m.scope,
                                        frame="self", parties=Roles(speaker, r.recipients)))  # fmt: skip


# --- claim → ACCUSE ------------------------------------------------------------------------------------------


def _own(speaker: list[Participant], accused: list[Participant]) -> bool:
    """The accused is the speaker again (same entity)."""
    ids = {(p.kb_id or p.name) for p in speaker}
    return any((p.kb_id or p.name) in ids for p in accused)


def _claims(s: Reading) -> None:
    """A misdeed, a damning quality or the origin of a harm that a speaker attributes to another party: ACCUSE."""
    w = s.words
    i, done_until = 0, -1
    while i < len(s.lows):
        mode, n = None, s.at(i, w.allege)
        if n:
            mode = "allege"
        else:
            n = s.at(i, w.disapprove)
            mode = "disapprove" if n else None
        origin = 0 if n else s.at(i, w.origin)
        if not (n or origin) or i <= done_until or s.named_in(i) or s.negated(i):
            i += 1
            continue
        n = n or origin
        lo, hi = s.clause_bounds(i)
        claim = _claim_start(s, lo, i)
        if claim is None:
            i += 1
            continue
        start, verb = claim
        # "menuding Iran sebagai pihak yang merusak", "menyebut serangan itu sebagai kesalahan besar": a trigger
        # already makes the speech an ACCUSE; the frame only tells it whom the speech is about
        told = next((m for m in s.matches if m.entry.type == "ACCUSE" and (verb or start) - 1 <= m.first < i), None)
        if told is not None and told.first != verb:
            i += 1  # "menyatakan bahwa tuduhan bahwa Iran berada di belakang …": the claim is another's accusation
            continue
        if any(x in s.syntax.topic_preps for x in s.lows[max(start, i - 2) : i]):
            i += 1  # "pernyataan Firli soal melanggar kode etik": what a statement is about, not a claim
            continue
        before = _subject_of(s, start, i)
        after = [g for g in s.groups if i + n <= g.first <= i + n + 2 and g.last < hi][:1]
        if after and not origin and any(_prep(s, x) for x in s.lows[i + n : after[0].first]):
            after = []  # "berbahaya terhadap rakyat Palestina": after a preposition is the victim, not the owner
        if after and not origin and (mode == "allege" or s.syntax.noun_possessor != "after"):
            # a possessor follows its noun only in some languages ("kediktatoran China", not "illegal
            # immigrants"); after a misdeed ("bertanggung jawab atas serangan Israel") it names the harm
            after = []
        if origin and s.find(w.harms, start, i) is None:
            i += 1  # "berasal dari Aceh" said of a person is no claim; of haze or a weapon it is
            continue
        if before and not origin and not _predicate(s, before[0].last, i):
            i += 1  # "bahwa Densus 88 menangkap teroris": the word is the object of another verb, not a predicate
            continue
        subject_words = s.lows[start:i]
        accused_groups = (after or before) if origin else (before or after)
        if any(x in w.self_refs for x in subject_words) and not before:
            i += 1  # "kami …", "pihaknya …", "we are responsible for …": the speaker about his own side
            continue
        if not accused_groups and not any(x in w.deeds for x in subject_words):
            i += 1  # an evaluation of nothing anyone did ("situasinya berbahaya")
            continue
        speaker = s.speaker(i, lo, verb, own=False)
        # a deed or a statement of no one named is the other side's ("menyebut serangan itu sebagai …")
        victims = {g.country for g in s.groups if i + n <= g.first < hi and _prep(s, s.lows[g.first - 1])}
        accused = [p for g in accused_groups for p in g.participants()] or s.other_side(speaker, victims - {None})
        if not speaker or _own(speaker, accused):
            i += 1
            continue
        if told is not None:
            s.add("claim", "ACCUSE", told.entry.mode, told.first, told.last, Roles(speaker, accused))
        else:
            s.add("claim", "ACCUSE", "allege" if origin else mode, i, i + n - 1, Roles(speaker, accused))
        done_until = hi  # one claim per clause: "penyiksaan dan pelanggaran lainnya" is one accusation
        i += n


def _consequences(s: Reading) -> None:
    """ "Taliban mengatakan bahwa AS akan kehilangan lebih banyak", "warned that Iran will pay a heavy price": a
    consequence a speaker foretells another country is a warning (PLOVER THREATEN)."""
    w = s.words
    for i in range(1, len(s.lows)):
        n = s.at(i, w.consequences)
        if not n or s.find(w.future, max(0, i - 2), i) is None or s.negated(i):
            continue
        lo, _ = s.clause_bounds(i)
        claim = _claim_start(s, lo, i)
        if claim is None:
            continue
        start, verb = claim
        target = _subject_of(s, start, i)
        speaker = s.speaker(i, lo, verb, own=False)
        sides = {p.country for p in speaker}, {p.country for g in target for p in g.participants()}
        if not target or not all(sides[0] | sides[1]) or sides[0] & sides[1]:
            continue  # a warning to another country, both known: one's own losses are an assessment, not a threat
        if not _predicate(s, target[0].last, i):
            continue
        s.add("consequence", "THREATEN", None, i, i + n - 1, Roles(speaker, target[0].participants()))


def _reactions(s: Reading) -> None:
    """ "Langkah Washington itu menuai kecaman keras dari Havana", "the photo drew criticism from the council": the
    reaction is an ACCUSE (disapprove) by whoever reacted against the subject (or the author of the deed). An
    endorsement drawn the same way ("usaha itu mendapat dukungan kabinet", "rencana itu memperoleh dukungan penuh
    dari Jepang", "the plan received backing from Tokyo") is a SUPPORT by whoever endorsed it (PLOVER SUPPORT:
    "express support for"); the endorser may follow the noun as its possessor ("dukungan kabinet")."""
    w = s.words
    for i in range(1, len(s.lows)):
        n = s.at(i, w.reacting)
        if not n or s.negated(i):
            continue
        r = s.find(w.reactions, i + n, i + n + 3)
        etype, mode, noun = "ACCUSE", "disapprove", w.reactions
        e = s.find(w.endorsements, i + n, i + n + 2)
        if e is not None and (r is None or e < r):
            r, etype, mode, noun = e, "SUPPORT", None, w.endorsements
        if r is None:
            continue
        end = r + s.at(r, noun)
        lo, hi = s.clause_bounds(i)
        src = next((k for k in range(end, min(hi, end + 4)) if s.lows[k] in w.sources), None)
        if src is None and etype == "SUPPORT":
            src = end - 1  # the possessor: "dukungan kabinet dan Perdana Menteri"
            critics = [g for g in s.groups if g.first == end and (g.named or g.country)]
        else:
            critics = [g for g in s.groups if src is not None and src < g.first <= src + 8 and g.first < hi and g.named]
        critics = critics[:1]
        subject = _subject_of(s, lo, i)
        if not critics:
            continue
        recipients = [p for g in subject for p in g.participants()]
        if not recipients and not any(x in w.deeds for x in s.lows[lo:i]):
            continue  # "Ia mendapat kritik dari …" is left to the pronoun rules of the trigger
        critics = and_after(s, critics[0], hi)
        if _own(critics, recipients) and etype == "ACCUSE":
            continue
        s.add("reaction", etype, mode, r, end - 1, Roles(critics, recipients))


def _responsibility(s: Reading) -> None:
    """ "Pemberontak Houthi mengaku bertanggung jawab atas serangan kilang minyak Saudi", "the group claimed
    responsibility for the attack": the claimant's own attack (PLOVER ASSAULT, as the claimant reports it) on the
    party named after the claim, else on the target of the attack the article named before ("serangan pesawat tak
    berawak ke fasilitas minyak Arab Saudi")."""
    w = s.words
    for i in range(len(s.lows)):
        n = s.at(i, w.responsibility)
        if not n or s.negated(i):
            continue
        _, hi = s.clause_bounds(i)
        if (
            i + n < len(s.lows)
            and s.lows[i + n] in w.responsibility_for
            and s.find(w.claimed, i + n, i + n + 4) is None
        ):
            s.take(i, i + n - 1)  # "mengaku bertanggung jawab atas kegagalan program": owning a failure, no attack
            continue
        attackers = _claimant(s, i)
        if not attackers:
            continue
        own = {p.country for p in attackers}
        after = [g for g in s.groups if i + n <= g.first < hi and g.named and g.country not in own]
        target = after[0].participants() if after else s.attack_target(own | {None})
        if not target:
            continue  # no target named anywhere before: left to the trigger's own rules
        s.add("responsibility", "ASSAULT", None, i, i + n - 1, Roles(attackers, target))


def _claimant(s: Reading, i: int) -> list[Participant]:
    """Who claims the attack at token ``i``: the party before a "yang" right before the claim ("Kelompok Houthi,
    yang mengaku …"); else the last party before the first relative clause of the sentence (which describes it:
    "Houthi, kelompok pemberontak asal Yaman yang diperangi koalisi pimpinan Saudi …, mengklaim …"); else the last
    party before the claim."""
    k = s.syntax.skip_back(s.lows, i - 1)
    named = [g for g in s.groups if g.last < i and g.named]
    if k >= 0 and s.lows[k] in s.syntax.relative:
        cut = k
    else:
        cut = next((r for r in range(i) if s.lows[r] in s.syntax.relative and any(g.last < r for g in named)), i)
    before = [g for g in named if g.last < cut]
    return before[-1].participants() if before else []


def _subject_of(s: Reading, start: int, i: int) -> list[Group]:
    """The party the claim is about, named between its start and the predicate at ``i``: the last one, unless it
    only modifies an earlier one ("anggota Misi Permanen Kuba untuk PBB")."""
    # a party right after another verb is its object ("menyinggung umat Buddha dan merusak …"), not the subject
    cands = [
        g
        for g in s.groups
        if start <= g.first
        and g.last < i
        and not any(s.syntax.is_verb(x) and not s.at(k, s.words.speech) for k, x in _before(s, g.first, start))
    ]
    preps = s.syntax.recipient_preps | s.syntax.locative | s.syntax.comitative | s.syntax.topic_preps
    while len(cands) > 1 and s.lows[cands[-1].first - 1] in preps:
        cands.pop()
    return cands[-1:]


def _before(s: Reading, first: int, start: int) -> list[tuple[int, str]]:
    """The two tokens before ``first`` (not before ``start``), with their indices."""
    return [(k, s.lows[k]) for k in range(max(start, first - 2), first)]


def _prep(s: Reading, word: str) -> bool:
    syn = s.syntax
    return word in syn.recipient_preps or word in syn.locative or word in syn.comitative or word in syn.topic_preps


def _predicate(s: Reading, subject_last: int, i: int) -> bool:
    """Is the word at ``i`` the predicate of the subject ending at ``subject_last``: no other verb between (a light
    verb may stand: "telah melakukan penyiksaan"), or an apposition after a comma ("…, suatu pelanggaran")? Not
    when only a comma or "dan" stands between: a list ("para teroris, penjahat, dan …")."""
    between = s.lows[subject_last + 1 : i]
    damning = {k for k in range(subject_last + 1, i) for n in [s.at(k, s.words.disapprove)] if n} | {
        k + d for k in range(subject_last + 1, i) for d in range(s.at(k, s.words.disapprove))
    }
    if between and all(x in s.syntax.coordinators or subject_last + 1 + k in damning for k, x in enumerate(between)):
        return False
    rel = max((k for k, x in enumerate(between) if x in s.syntax.relative), default=None)
    if rel is not None and rel > 0 and not any(x in s.words.copulas for x in between[:rel]):
        return False  # "para teroris, penjahat, dan orang-orang yang berbahaya": said of another noun
    if "," in s.lows[max(subject_last + 1, i - 2) : i]:
        return True
    return not any(s.syntax.is_verb(x) and x not in s.syntax.light_verbs for x in between)


def _claim_start(s: Reading, lo: int, i: int) -> tuple[int, int | None] | None:
    """Where the claim holding token ``i`` begins (after "bahwa"; at the object of "menyebut … sebagai") and the
    reporting verb that opens it (None when a quote or a following "kata X" says who speaks), or None when ``i`` is
    not inside a claim."""
    w = s.words
    for k in range(i - 1, -1, -1):
        word = s.lows[k]
        if word in w.links or word in w.as_links:
            verb = s.find_back(w.speech, max(0, k - w.window), k)
            if verb is not None:
                # "menyebut serangan itu sebagai …": what is called so is the speech verb's object
                return (verb + 1 if word in w.as_links else k + 1), verb
            if word in w.links and s.quote_speaker(k) is not None:
                return k + 1, None  # "“Data jelas menunjukkan bahwa kabut berasal dari Indonesia,” katanya."
        if word in w.breaks:
            break
    if s.quote_speaker(i) is not None:
        return lo, None  # "“Mereka penjahat perang,” kata …"
    k = s.find_back(w.according, 0, lo)
    if k is not None and k < lo:
        return lo, None  # "Menurut X, …"
    hi = s.clause_bounds(i)[1]
    if s.find(w.speech_after, hi, min(len(s.lows), hi + 2)) is not None:
        return lo, None  # "…, kata X" with no quote marks
    return None


# --- desire → REQUEST ------------------------------------------------------------------------------------------


def _hopes(s: Reading) -> None:
    """What a party hopes or wants another to do or provide ("berharap ada kerja sama"): REQUEST."""
    w = s.words
    i = 0
    while i < len(s.lows):
        n = s.at(i, w.hope)
        if not n or s.negated(i) or s.after_relative(i):
            i += 1  # (after "yang": a description of the noun, not an act)
            continue
        j = i + n
        while j < len(s.lows) and s.lows[j] in w.hope_links:
            j += 1
        lo, hi = s.clause_bounds(i)
        addressee: list[Group] | None = None  # None: no request; []: to the counterpart in focus
        k = s.at(j, w.exist)
        if k:
            addressee = []  # "ingin ada pembentukan komite", "berharap ada kerja sama"
        elif j < len(s.lows) and s.lows[j] in w.purpose and s.at(j + 1, w.receive):
            addressee = []  # "berharap untuk mendengar lebih detail": a hope to receive is an ask
        elif s.at(j, w.addressees):
            addressee = []  # "berharap pihak lain juga memikirkan kembali"
        else:
            named = [g for g in s.groups if g.first == j and g.named]
            after = s.lows[named[0].last + 1 : min(hi, named[0].last + 4)] if named else []
            if any(s.syntax.is_verb(x) or x in w.acts_after for x in after):
                addressee = [named[0]]  # "menginginkan Jepang menghentikan …"
        if addressee is None:
            i += n
            continue
        speaker = s.speaker(i, lo)
        recipients = [p for g in addressee for p in g.participants()] or s.other_side(speaker)
        if speaker and not _own(speaker, recipients):
            s.add("hope", "REQUEST", None, i, i + n - 1, Roles(speaker, recipients))
        i += n


def _needs(s: Reading) -> None:
    """ "menegaskan perlunya dialog" (a reporting verb right before), "penting bagi Y untuk …": a REQUEST."""
    w = s.words
    for i in range(len(s.lows)):
        n = s.at(i, w.need_for)
        if n and not s.negated(i):
            lo, _ = s.clause_bounds(i)
            to = [g for g in s.groups if g.first == i + n]
            if to and any(x in w.purpose for x in s.lows[to[0].last + 1 : to[0].last + 5]):
                speaker = s.speaker(i, lo)
                recipients = to[0].participants()
                if speaker and not _own(speaker, recipients):
                    s.add("need", "REQUEST", None, i, i + n - 1, Roles(speaker, recipients))
            continue
        n = s.at(i, w.need)
        if n and s.find_back(w.speech, max(0, i - 3), i) is not None or (n and s.quote_speaker(i) is not None):
            lo, _ = s.clause_bounds(i)
            speaker = s.speaker(i, lo)
            if speaker:
                s.add("need", "REQUEST", None, i, i + n - 1, Roles(speaker, s.other_side(speaker)))


# --- readiness → AGREE / THREATEN --------------------------------------------------------------------------------


def _readiness(s: Reading) -> None:
    """ "siap/bersedia (untuk) + act": an offer (AGREE), a threat (THREATEN), or the act itself by the one ready."""
    w = s.words
    for i in range(len(s.lows)):
        n = s.at(i, w.ready)
        if not n or s.negated(i) or any(m.first <= i <= m.last for m in s.matches if isinstance(m, FrameMatch)):
            continue
        if s.after_relative(i):
            continue  # "partai-partai yang ingin …", "pasukan yang siap …": a description of the noun, not an act
        own = next((m for m in s.matches if m.first == i), None)
        if own is not None and own.last >= i + n:
            continue  # a longer trigger starting here ("siap membantu") already codes it
        j = i + n
        while j < len(s.lows) and (s.lows[j] in w.purpose or s.lows[j] in s.syntax.adverbs):
            j += 1
        lo, hi = s.clause_bounds(i)
        act = next((m for m in s.matches if _head(m) == j and m is not own), None)
        etype, mode, last = _offer_or_threat(s, act, j)
        if etype is None and (j >= len(s.lows) or s.lows[j] in w.breaks or s.lows[j] == "," or s.at(j, w.ready_alone)) and s.find(
            w.war, 0, len(s.lows)
        ) is not None:
            etype, mode, last = "THREATEN", "violence", i + n - 1  # "…, tetapi kami siap lebih dari siapa pun"
        if etype is None and act is not None and not isinstance(act, FrameMatch):
            # "Imran Khan mengatakan siap mengungkapkan penindasan … oleh India": readiness for any other act is
            # that act, by the one who is ready (the trigger's own rules look for a subject past "siap")
            speaker = s.speaker(i, lo)
            if speaker:
                recipients = roles(act, s.tokens, s.groups, s.syntax).recipients or s.agent_after(act.last, hi)
                s.matches.remove(act)
                s.matches.append(FrameMatch(act.entry, act.first, act.last, act.head_form, act.passive,
                                            frame="ready", parties=Roles(speaker, recipients)))  # fmt: skip
            continue
        if etype is None:
            continue
        speaker = s.speaker(i, lo)
        recipients = (s.subject(last).recipients if last > i + n - 1 else []) or s.other_side(speaker)
        if speaker:
            s.add("ready", etype, mode, i, last, Roles(speaker, recipients))


def _offer_or_threat(s: Reading, act: Match | None, j: int) -> tuple[str | None, str | None, int]:
    """What a readied or pledged act at token ``j`` makes of the frame (type, mode, last token): a cooperative act an
    AGREE, a conflict act a THREATEN with the act's PLOVER mode; (None, None, j) when it is neither."""
    w = s.words
    if act is not None and act.entry.type in COOPERATIVE:
        return "AGREE", None, act.last
    if act is not None and act.entry.type in HOSTILE_MODE:
        return "THREATEN", HOSTILE_MODE[act.entry.type], act.last
    if s.at(j, w.cooperative):
        return "AGREE", None, j + s.at(j, w.cooperative) - 1
    if s.at(j, w.hostile):
        return "THREATEN", "violence", j + s.at(j, w.hostile) - 1
    return None, None, j


def _pledges(s: Reading) -> None:
    """ "PBB berkomitmen untuk mendukung warga Palestina", "Iran berjanji akan membalas serangan itu": a pledge of a
    cooperative act is an AGREE with the act's object (PLOVER: a promise to cooperate), of a conflict act a THREATEN;
    a pledge of anything else ("berjanji akan memberantas korupsi", "berjanji bahwa protes tidak akan surut") is no
    agreement: the pledge word's own AGREE trigger goes (the act, if a trigger codes it, stays)."""
    w = s.words
    for i, n in s.asserted(w.commit):
        lo, hi = s.clause_bounds(i)
        j = i + n
        while j < hi and (s.lows[j] in w.purpose or s.lows[j] in s.syntax.adverbs or s.at(j, w.future)):
            j += 1
        restraint = j < len(s.lows) and s.at(j, w.negation) > 0
        if restraint:  # "berjanji untuk tidak menyerang": a promise to refrain from a conflict act is an offer
            j += s.at(j, w.negation)
        act = next((m for m in s.matches if _head(m) == j and m.first > i), None)
        etype, mode, last = None, None, j
        if restraint:
            hostile = (act is not None and act.entry.type in HOSTILE_MODE) or s.at(j, w.hostile)
            if not hostile:
                continue  # a promise not to do anything else: left to the trigger
            etype, last = "AGREE", act.last if act is not None else j + s.at(j, w.hostile) - 1
        elif act is not None and act.entry.type in ("CONCEDE", "RETREAT"):
            etype, last = "CONCEDE", act.last  # PLOVER: a promised concession is a CONCEDE
        else:
            etype, mode, last = _offer_or_threat(s, act, j)
        speaker = s.speaker(i, lo) if etype else []
        if len({p.country for p in speaker}) > 1:
            continue  # "kedua negara berkomitmen …", "PNG dan Indonesia berkomitmen …": a mutual pledge (the trigger's)
        # the party the act is done to, else the other side in focus; a concession is often to one's own people
        # ("pemerintah Hong Kong berjanji untuk menarik RUU"): only to a party named
        recipients = s.subject(last).recipients if speaker else []
        if speaker and not recipients and etype != "CONCEDE":
            recipients = s.other_side(speaker)
        if not recipients or _own(speaker, recipients):
            # a pledge to no other party ("promised to fight corruption") is a policy, not an event between two
            s.matches = [m for m in s.matches if not (m.first == i and m.entry.type == "AGREE")]
            continue
        s.add("pledge", etype, mode, i, last, Roles(speaker, recipients))


def _head(m: Match) -> int:
    """Where a match's words begin in the sentence (a blame frame begins at its speech verb)."""
    return m.anchor if m.anchor is not None and m.anchor < m.first else m.first


def _doors(s: Reading) -> None:
    """ "pintu mereka terbuka" (for talks the sentence names), "membuka pintu bagi dialog": an offer (AGREE)."""
    w = s.words
    for i in range(len(s.lows)):
        n = s.at(i, w.door)
        if not n or s.find(w.talks, 0, len(s.lows)) is None:
            continue
        near = s.find(w.open, max(0, i - 2), i + n + w.window // 2)
        if near is None or s.negated(min(i, near)):
            continue
        lo, _ = s.clause_bounds(i)
        first, last = min(i, near), max(i + n - 1, near + s.at(near, w.open) - 1)
        speaker = s.speaker(first, lo)
        verb = s.find_back(w.speech, lo, first)
        recipients = s.subject(verb).recipients if verb is not None else []
        own = {p.country for p in speaker if p.country}
        if not recipients:
            recipients = next(
                (g.participants() for g in s.groups if g.first > last and g.named and g.country not in own), []
            )
        if speaker:
            s.add("door", "AGREE", None, first, last, Roles(speaker, recipients))

"""Which triggers of a sentence become event candidates, and as what: a trigger that completes or is the object of
another one shapes it instead of standing alone ("setuju untuk melanjutkan", "mengutuk invasi"); two frames beyond
single triggers ("X said that Y must Z" is X's REQUEST, "X pointed to Y's refusal" X's ACCUSE); and PLOVER's coding
of intentions (an announced cooperative act is an AGREE, an announced conflict act a THREATEN, a denied commitment a
REJECT)."""

from __future__ import annotations

from dataclasses import dataclass, field

from . import plover
from .cues import Cues
from .triggers import Entry, Form, Match, Token, find_phrase

INTENT_TO_AGREE = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID"})
THREAT_MODE = {
    "ASSAULT": "violence",
    "MOBILIZE": "violence",
    "COERCE": "restrict",
    "PROTEST": "restrict",
    "SANCTION": "restrict",
}  # what a threatened action threatens (PLOVER THREATEN modes)
PROTEST_TOPICS = frozenset({"REJECT", "REQUEST", "ACCUSE"})  # a verb right after a protest verb says what it is against
COMPLEMENT_MODE = {  # REQUEST/REJECT modes from what is requested or rejected (PLOVER manual, REQUEST modes)
    "CONSULT": "meet", "AGREE": "meet", "RETREAT": "yield", "CONCEDE": "yield",
    "AID": "assist", "COOPERATE": "assist", "SUPPORT": "assist",
}  # fmt: skip


@dataclass(slots=True)
class Found:
    """A trigger that became an event candidate, before dates and dedup."""

    match: Match
    negated: bool = False
    mode: str | None = None
    type: str = ""
    children: list[Found] = field(default_factory=list)  # triggers it absorbed: they stand in when it names no party


def plover_recode(
    etype: str, mode: str | None, negated: bool, modality: str, *, refusal: bool = True
) -> tuple[str, str | None, bool, str]:
    """PLOVER codes intentions by what they announce (manual, AGREE, CONCEDE and THREATEN): a future cooperative
    act is an AGREE, a future retreat a CONCEDE, a future material-conflict act a THREATEN; and a cooperative
    commitment the text denies ("will not accept", "failed to reach agreement") is a REJECT — unless the negation
    only says it has not happened (``refusal`` False: "tidak pernah setuju", "belum memberikan respons positif"),
    which stays a negated event (gold/README.md)."""
    if modality == "future" and not negated:
        if etype in INTENT_TO_AGREE:
            return "AGREE", None, negated, "asserted"  # the commitment itself is asserted
        if etype == "AGREE":  # "akan bersedia untuk bertemu": the willingness is stated now (gold/README.md)
            return etype, mode, negated, "asserted"
        if etype == "RETREAT":
            return "CONCEDE", None, negated, "asserted"
        if etype in THREAT_MODE:
            return "THREATEN", "arrest" if mode == "arrest" else THREAT_MODE[etype], negated, "asserted"
        if etype == "THREATEN":
            return etype, mode, negated, "asserted"  # "akan menerbitkan red notice": the announcement is the threat
    if negated and refusal and (etype in ("AGREE", "CONCEDE") or (modality == "future" and plover.quad(etype) <= 2)):
        # "tidak akan bertemu", "will not withdraw": a refusal, told as a fact
        return "REJECT", "meet" if etype == "CONSULT" else None, False, "asserted"
    return etype, mode, negated, modality


def blame(tokens: list[Token], lows: list[str], cues: Cues, matches: list[Match]) -> list[Match]:
    """A speaker pointing at someone's misdeed ("memberi tahu Modi mengenai penolakan Ukraina") is an ACCUSE by the
    speaker against the misdeed's owner; the noun stops being a trigger of its own."""
    if not cues.blame_speech or not cues.blame_nouns:
        return matches
    out = list(matches)
    for i in range(len(lows)):
        for speech in cues.blame_speech:
            if tuple(lows[i : i + len(speech)]) != speech:
                continue
            after = i + len(speech)
            at = find_phrase(lows, cues.blame_nouns, after, after + cues.blame_window)
            if at is None:
                continue
            noun = next(p for p in cues.blame_nouns.by_first[lows[at]] if tuple(lows[at : at + len(p)]) == p)
            last = at + len(noun) - 1
            out = [m for m in out if m.last < i or m.first > last]  # the speech verb and noun are this trigger
            entry = Entry(type="ACCUSE", mode="disapprove", kind="blame", confidence=0.6)
            out.append(Match(entry, at, last, Form("", ""), anchor=i))
            break
    out.sort(key=lambda m: m.first)
    return out


def demand(lows: list[str], cues: Cues, matches: list[Match]) -> list[Match]:
    """ "X said that Y must Z" (CAMEO's and PLOVER's demand): a REQUEST by the speaker on Y. The trigger is the modal;
    a trigger right after it (Z) is what is demanded: it sets the mode and is not an event of its own."""
    if not cues.demand_modals:
        return matches
    out = list(matches)
    for i in range(len(lows)):
        modal = next(
            (p for p in cues.demand_modals.by_first.get(lows[i], ()) if tuple(lows[i : i + len(p)]) == p), None
        )
        if modal is None:
            continue
        c = next((k for k in range(i - 1, max(-1, i - 9), -1) if lows[k] in cues.complementizers), None)
        if c is None or any(w in cues.breaks for w in lows[c:i]):
            c = _bare_clause(lows, cues, i)  # "Pompeo mengatakan Taliban harus …": the news drops "bahwa"
            speech, bare = c, True
        else:
            speech, bare = find_phrase(lows, cues.reporting, max(0, c - 6), c), False
        if c is None or speech is None:
            continue
        last = i + len(modal) - 1
        if last + 1 < len(lows) and lows[last + 1] in cues.demand_not_acts:
            continue  # "Amerika harus memahami …": an admonition, no act is asked for
        mode = None
        for m in out:
            if last < m.first <= last + 3:
                mode = COMPLEMENT_MODE.get(m.entry.type)
                out.remove(m)
                break
        # told without "bahwa", the one who must has to be a party named in the clause: "… menyatakan prioritas
        # saat ini harus …" asks no one
        # ("kelompok itu harus …" refers back to a party the entity layer does not mark: the one in focus)
        anaphor = bare and _party_anaphor(lows[speech + 1 : i], cues)
        entry = Entry(type="REQUEST", mode=mode, kind="demand", confidence=0.6, requires_recipient=bare and not anaphor)
        out.append(Match(entry, i, last, Form("", ""), anchor=speech, scope=c))
    out.sort(key=lambda m: m.first)
    return out


def _bare_clause(lows: list[str], cues: Cues, modal: int) -> int | None:
    """The speech verb of a demand told without "bahwa": "menegaskan Taliban harus …", "mengatakan kelompok itu
    \"harus …\"". The one who must (one to ``bare_gap`` words, an opening quote allowed) stands between the verb and
    the modal; nothing between them breaks the clause, and a modal right after the verb ("mengatakan harus ada …")
    names no one, so it is left out."""
    if not cues.demand_bare_speech:
        return None
    lo = max(0, modal - cues.demand_bare_gap - 1)
    speech = find_phrase(lows, cues.demand_bare_speech, lo, modal)
    if speech is None:
        return None
    end = speech + next(
        len(p) for p in cues.demand_bare_speech.by_first[lows[speech]] if tuple(lows[speech : speech + len(p)]) == p
    )
    gap = [w for w in lows[end:modal] if w not in QUOTES]
    if not gap or any(w in cues.breaks or w in cues.relative or w == "," or w in cues.complementizers for w in gap):
        return None  # (nor "… berapa banyak air yang perlu dibuang": a relative clause's modal is no demand)
    if speech > 0 and find_phrase(lows, cues.negation, max(0, speech - 2), speech) is not None:
        return None  # "tidak mengatakan …": nothing was said
    return end - 1


def _party_anaphor(gap: list[str], cues: Cues) -> bool:
    """ "kelompok itu", "negara tersebut": a party noun closed by a demonstrative, the party named before."""
    words = [w for w in gap if w not in QUOTES]
    return len(words) == 2 and words[0] in cues.demand_party_anaphors and words[1] in cues.demonstratives


QUOTES = frozenset({'"', "“", "”", "'"})


# At most this many words between an accusation and the act it alleges ("menuding Iran secara ilegal menahan"): the
# accused and an adverb; a longer gap is another clause.
CONTENT_GAP = 6


def governed(
    matches: list[Match], lows: list[str], cues: Cues, coordinators: frozenset[str] | set[str] = frozenset()
) -> list[Found]:
    """Drop triggers that are the complement or object of the trigger before them, letting them shape it instead:
    "setuju untuk melanjutkan" (AGREE), "mengutuk invasi" (ACCUSE), "mendesak agar … mundur" (REQUEST, yield),
    "refused to condemn" (REJECT, and the ACCUSE is kept as negated). A dropped trigger still governs its own
    object ("agreed to lift embargoes": the embargo belongs to the lifting, not to the agreement). The act an
    accusation alleges ("menuding Iran menyerang …") is its content, absorbed the same way; a coordinated verb
    ("menuduh Iran dan menjatuhkan sanksi") is an act of its own."""
    out: list[Found] = []
    previous: Found | None = None
    for m in matches:
        cand = Found(m, mode=m.entry.mode, type=m.entry.type)
        absorbed = False
        if previous is not None:
            g = previous.match
            gap = lows[g.last + 1 : m.first]
            # "setuju untuk melanjutkan", "mengundang para pemimpin Taliban untuk bertemu", "urged X to withdraw":
            # a link word right before the second trigger, the first one close enough, no clause break between.
            linked = (
                len(gap) <= 10
                and any(w in cues.links for w in gap[-2:])
                and not any(w in cues.breaks or w in cues.complementizers for w in gap)
            )
            object_noun = (
                m.entry.kind == "noun" and len(gap) <= 3 and not any(w in cues.breaks or w == "," for w in gap)
            )
            # "berunjuk rasa menolak RKUHP", "berdemo menuntut …": what a protest is against is its topic (PLOVER
            # PROTEST), not a rejection or demand of its own
            protest_topic = g.entry.type == "PROTEST" and not gap and m.entry.type in PROTEST_TOPICS
            alleged = (
                g.entry.content
                and m.entry.type != "ACCUSE"
                and m.entry.kind != "frame"  # a frame's own reading: "menilai tuduhan X tidak berdasar" (stance.py)
                and len(gap) <= CONTENT_GAP
                and not any(w in cues.breaks or w in coordinators or w in cues.relative for w in gap)
            )
            if linked and g.entry.negates_complement and previous in out:
                cand.negated = True
            elif linked and g.entry.medium and previous in out and m.entry.kind == "verb":
                out.remove(previous)  # the letter carries the act: the act is the event
            elif linked or object_noun or protest_topic or alleged:
                absorbed = True
                if not alleged:
                    previous.children.append(cand)  # an alleged act never stands in for an accusation
                if previous in out:
                    if previous.type in ("REQUEST", "REJECT") and previous.mode is None:
                        previous.mode = COMPLEMENT_MODE.get(cand.type)
                    if (
                        previous.type == "AGREE"
                        and linked
                        and m.entry.kind == "verb"
                        and cand.type in ("ASSAULT", "COERCE", "THREATEN")
                    ):
                        previous.type, previous.mode = "THREATEN", None  # a promise of violence is a threat
        if not absorbed:
            out.append(cand)
        previous = cand
    return out

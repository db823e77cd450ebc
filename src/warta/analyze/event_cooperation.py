"""Who a cooperative verbal event is between (used by ``events``): a consultation inside one government is none, the
government a quoted official speaks of is the speaker's, and a directive to cooperate with the one who asks is an
offer (PLOVER AGREE) rather than a request."""

from __future__ import annotations

from ..model import Doc, Participant
from . import frames
from .arguments import roles
from .article_parties import quote_speaker
from .triggers import Token

# A consultation between parties of one government (same country, all GOV: a minister and her prime minister) is
# the government deliberating, not an interaction between political actors (PLOVER codes dyads of actors; dev gold:
# its domestic consultations are all across sectors, police and KPK staff, a governor and students).
INTERNAL_TYPES = frozenset({"CONSULT"})


def internal(parties: list[Participant], doc: Doc) -> bool:
    return (
        len(parties) >= 2
        and len({p.country for p in parties}) == 1
        and parties[0].country is not None
        and all(p.sector == "GOV" for p in parties)
        and not any(_unplaced_name(doc, p) for p in parties)
    )


def _unplaced_name(doc: Doc, p: Participant) -> bool:
    """Is ``p`` a name the entity layer found but could not place in a country ("President Francois Mitterand gave
    a warm welcome to South African leader F.W. de Klerk")? Its country was only guessed from the story (the guest's),
    no evidence that both sides are one government. (A role noun, "para menteri", is no such name.)"""
    return any(e.country is None and e.start <= p.start < e.end for e in doc.entities)


def speakers_country(doc: Doc, p: Participant, home: str | None) -> str | None:
    """The country of the speaker of the quote that holds mention ``p``, if any."""
    quote = next((q for q in doc.quotes if q.start <= p.start and p.end <= q.end and q.speaker is not None), None)
    speaker = quote_speaker(doc, quote, home) if quote is not None else None
    return speaker.country if speaker is not None else None


# What a directive may ask that makes it an offer when it is to be done with the one who asks (PLOVER AGREE:
# offers and invitations; gold/README.md: "Future cooperation is AGREE", offers to sell).
OFFERED = frozenset({"COOPERATE", "AID", "CONSULT"})


def offer(cand, tokens: list[Token], groups, syntax, actors: list[Participant]) -> bool:
    """Is a REQUEST a directive whose complement is a cooperative act of the one asked with the one who asks?"""
    own = {p.country for p in actors if p.country}
    for child in cand.children:
        if child.type not in OFFERED or not own:
            continue
        r = frames.roles_of(child.match) or roles(child.match, tokens, groups, syntax)
        doers = {p.country for p in r.actors if p.country}
        if own & {p.country for p in r.recipients if p.country} and not own & doers:
            return True
    return False

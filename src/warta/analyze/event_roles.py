"""Completing an event's parties from the sentence and the article around it, once the argument rules
(``arguments.roles``, ``frames``) have read them off the trigger's own clause.

In order: the actor of an agentless passive is the article's last actor of that type; a pronoun subject is the last
person ("dia") or party ("it") named; a verb coordinated with an earlier event of the sentence, in a manner clause
("…, tanpa menyalahkan Teheran") or a participle clause ("…, wounding three fighters") shares that event's subject;
the actors an act implies (``implied.py``); then each party's country from what the article tells of it (the party
of its sector named before, the story's protagonist, a quoted official's own government, else the story's country).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..model import Doc, Event
from . import implied
from .arguments import Syntax, pronoun_subject
from .article_parties import described_person, party_before, person_before
from .event_cooperation import speakers_country
from .event_focus import FocusState, role_country
from .party_groups import Roles, same_party
from .triggers import Match, Token

if TYPE_CHECKING:
    from .events import _Lang

# PLOVER: a mobilisation's object is the actor's own forces; its target, if any, is the recipient
OWN_FORCE_TYPES = frozenset({"MOBILIZE"})


def complete_roles(
    r: Roles,
    m: Match,
    etype: str,
    doc: Doc,
    tokens: list[Token],
    lows: list[str],
    lang: _Lang,
    state: FocusState,
    events: list[Event],
    told: dict[str, Event] | None,
) -> bool | None:
    """Fill ``r`` in place. Returns whether a party's country was taken from the story's home country (the caller
    lowers the confidence), or None when the trigger is a word's everyday sense and no event at all."""
    home_filled = False
    if etype in OWN_FORCE_TYPES and m.entry.objects:
        # "Israel mengirim pasukan ke zona penyangga": the force a mobilisation sends is the actor's own (the trigger
        # entry's object), never whom the act is aimed at
        forces = {" ".join(o) for o in m.entry.objects}
        r.recipients = [p for p in r.recipients if p.text.lower() not in forces]
    if m.passive and not r.actors and r.recipients and etype in state.last_actors:
        # "80 warga Korea Utara telah ditahan": the article's last arrest was by the Russian border guards (not
        # when that was the one now acted on: "Putin memenjarakan … Putin dibekukan" is no act of Putin on himself)
        r.actors = [replace(p) for p in state.last_actors[etype] if not same_party(p, r.recipients)]
        r.from_focus = bool(r.actors)
    if not r.actors and not m.passive and m.entry.kind == "verb" and pronoun_subject(lows, m.first, lang.syntax):
        # "dia akan mencaplok …": the last person named before the trigger (this sentence or earlier)
        person = person_before(doc, state.named, tokens[m.first].start)
        if person is not None:
            r.actors = [person]
            r.from_focus = True
    if (
        not r.actors
        and not m.passive
        and m.entry.kind == "verb"
        and lang.syntax.party_pronouns
        and pronoun_subject(lows, m.first, lang.syntax, lang.syntax.party_pronouns)
    ):
        # "Russia said it would withdraw …": the last party named before that is not a person
        party = party_before(doc, state.named, tokens[m.first].start)
        if party is not None:
            r.actors = [party]
            r.from_focus = True
    if not r.actors and not m.passive and m.entry.kind == "verb" and events and m.first > 0:
        # "Keduanya bertemu di DMZ … dan sepakat untuk …": a verb coordinated with an earlier event of the
        # sentence shares its subject
        k = m.first - 1
        while k > 0 and lows[k] in lang.syntax.adverbs:
            k -= 1
        if lows[k] in lang.syntax.coordinators and lows[k].isalpha():  # "dan", "serta"; not a comma list
            prev = events[-1]
            r.actors = [replace(p) for p in prev.actors]
            if prev.symmetric and m.entry.symmetric:
                r.recipients = [replace(p) for p in prev.recipients]
                r.symmetric = True
            r.from_focus = True
    if events and not m.passive and m.entry.kind == "verb" and lang.cues.manner_clause(lows, m.first):
        # "Esper menuding Iran …, tanpa secara langsung menyalahkan Teheran": a manner clause has the subject
        # of the verb it hangs on, never that verb's object
        prev = events[-1]
        r.actors = [replace(p) for p in prev.actors]
        r.recipients = [p for p in r.recipients if p.country not in {a.country for a in prev.actors}]
        r.from_focus = True
    if events and _participle_clause(lows, m, lang.syntax) and events[-1].actors:
        # "Israeli jets struck targets in Lebanon, wounding three fighters": the main clause's subject acts
        r.actors = [replace(p) for p in events[-1].actors]
        r.recipients = [p for p in r.recipients if (p.start, p.end) not in {(q.start, q.end) for q in r.actors}]
    implied.continued(r, m, told)  # "Aksi yang awalnya damai berakhir ricuh": the protest told before
    implied.place_victim(r, m, doc, tokens, lang)  # "Sebuah bom meledak di Kabul": Afghanistan was struck
    if m.entry.implied_actor:
        # "Pria itu ditangkap", "Larangan itu dicabut": the authority the act implies (implied.py)
        implied.fill(r, m, doc, tokens, lang, state.named)
    if implied.civilian_sense(m, r.actors):
        return None  # "ikan ditangkap nelayan": an authority's act told of civilians is the word's everyday sense
    for p in r.actors + r.recipients:
        if p.country is None and p.kb_id is None and p.sector and lang.cues.refers_back_at(doc.text, p.end):
            # "kelompok militan itu": the party of that sector named last before ("Taliban")
            same = [q for at, q in state.named if at < p.start and q.sector == p.sector and q.country]
            if same:
                p.country = same[-1].country
        who = described_person(doc, state.named, p, lang.persons, lang.cues.demonstratives)
        if p.country is None and who is not None:
            p.country = who.country  # "Perempuan berusia 43 tahun itu": the story's protagonist (article_parties)
        if p.country is None and p.kb_id is None and p.sector == "GOV":
            # "'Pemerintah akan … mengirim bantuan ke Indonesia,' tambah Yeo": the government a quoted official
            # speaks of is the speaker's own
            p.country = speakers_country(doc, p, state.home)
        if p.country is None and p.kb_id is None and state.home:
            # a role noun ("polisi", "the army") or a name the knowledge base does not know ("Cho", "PTRI
            # Jenewa"): taken to be of the country the story is about (confidence is lowered below)
            p.country = role_country(doc, state, p)
            home_filled = True
    return home_filled


def _participle_clause(lows: list[str], m, syntax: Syntax) -> bool:
    """Is the verb trigger ``m`` a present participle opening an adjunct clause after a comma ("…, killing 10
    people", "…, accusing Kyiv of …")? Only for packs with ``participle_clause_marks``."""
    if not syntax.participle_clause_marks or m.entry.kind != "verb" or m.passive or m.first == 0:
        return False
    k = m.first - 1
    while k > 0 and lows[k] in syntax.adverbs:
        k -= 1
    gerund = bool(syntax.gerund_suffixes) and lows[m.first].endswith(syntax.gerund_suffixes)
    return gerund and lows[k] in syntax.participle_clause_marks

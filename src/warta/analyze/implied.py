"""Implied agents: who did an act that a passive or a nominalisation leaves without an agent.

Indonesian news tells much of what the authorities do without naming them: "Pria itu ditangkap karena …",
"tersangka diamankan ke Polres", "ia dibebaskan setelah ditahan", "Larangan itu dicabut pada tahun lalu",
"pemanggilan kedua untuk Veronica". PLOVER codes such an act with the party the act itself implies (only the police
arrest, only a court convicts, only a government lifts its ban) and the patient as the recipient. A trigger entry
says which party with ``implied_actor = "COP"`` (``triggers.Entry``); this module builds that party:

- named by the language pack's first role noun of the sector (``[agents]``: "polisi", "pengadilan", "pemerintah"),
  read from the trigger itself (its ``text``/``start``/``end`` are the trigger's), with no country of its own: the
  events stage gives it the country of the last party of that sector named before it, else the article's home
  country (``event_focus.role_country``), as it does for a role noun such as "polisi";
- its recipient, when the sentence names no party as the patient, is the person the passive's subject word stands
  for: a pronoun the last person named ("ia dibebaskan"), a person noun or a suspect's initials a person of the
  story's country ("Pria itu ditangkap", "SI sempat dipenjara"); with no such word no person undergoes the act and
  it is no event ("jalan ditutup", "ikan ditangkap").

An active verb with no subject gets the implied actor too when its object or its phrase says what is done
("keputusan mencabut pembatasan internet"). ``target`` gives the protesters as the recipient of police deployed to
a protest. A predicate whose subject is an event told before ("Aksi yang awalnya damai berakhir ricuh") has that
event's parties (``continued``); a protest that names no target and has no counterpart in focus is aimed at the
protesters' own government (``own_government``). A weapon as subject ("Sebuah bom mobil meledak di Kabul") tells an
attack with no author on the country of the place (``place_victim``); a conflict act coordinated after another of
the same subject that names no one shares its target (``shared_recipients``); an arrest, a sentence or a civilian's
attack in an ordinary criminal case is no political event (``ordinary_crime``, gold/README.md non-political).

The same words done by civilians are the words' everyday sense, not the act: "ikan ditangkap nelayan", "warga
menangkap maling" (an arrest, a detention, a conviction is an authority's act; ``civilian_sense``).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from ..model import Doc, Event, Participant
from .party_groups import Roles
from .article_parties import person_before
from .triggers import Match, PhraseSet, Token, find_phrase, tokenize

# Sectors whose implied acts (arrest, detention, release, prison, indictment) no civilian can do: the same verb with
# a civilian subject is another sense ("nelayan menangkap ikan"). A government's concession is not among them:
# civilians also withdraw a demand or a lawsuit.
COERCIVE_SECTORS = frozenset({"COP", "JUD", "MIL", "SPY"})


def implied_actor(m: Match, text: str, tokens: list[Token], agents: dict[str, list[str]]) -> Participant | None:
    """The party ``m``'s entry implies, read from the trigger (country left to the events stage)."""
    sector = m.entry.implied_actor
    if not sector or not agents.get(sector):
        return None
    start, end = tokens[m.first].start, tokens[m.last].end
    return Participant(name=agents[sector][0], text=text[start:end], start=start, end=end, sector=sector)


def civilian_sense(m: Match, actors: list[Participant]) -> bool:
    """True when an authority's act (``COERCIVE_SECTORS``) is told of civilians only: the word's everyday sense."""
    return m.entry.implied_actor in COERCIVE_SECTORS and bool(actors) and all(p.sector == "CVL" for p in actors)


# Sectors that do what the implied-actor entries name: one of them after an act noun is its author ("penahanan
# Israel", "penangkapan polisi"), anyone else its patient.
AUTHORITIES = frozenset({"GOV", "COP", "JUD", "MIL", "SPY", "LEG"})


def _patients(parts: list[Participant], after: int, doc: Doc) -> bool:
    """Are these parties, named after an act noun, its patients: people or groups, no authority or state?"""
    states = {(e.start, e.end) for e in doc.entities if e.type == "GPE"}
    return all(
        p.start >= after and p.sector not in AUTHORITIES and (p.start, p.end) not in states for p in parts
    )


def _dedupe_parts(parts: list[Participant]) -> list[Participant]:
    out: list[Participant] = []
    for p in parts:
        if all((q.start, q.end) != (p.start, p.end) for q in out):
            out.append(p)
    return out


def _sense_fixed(m: Match) -> bool:
    """Does the matched phrase itself say what the act is done to ("mencabut pembatasan", an object-bound entry)?"""
    return m.last > m.first or bool(m.entry.objects) or bool(m.entry.subjects)


def patient_at(
    tokens: list[Token], first: int, persons: set[str], breaks: set[str], initials: int = 0, window: int = 6
) -> int | None:
    """Where the passive's subject, before the trigger in its clause, is a pronoun, a person noun ("ia", "pria
    itu", "tersangka", "yang bersangkutan") or a suspect's initials ("SI sempat dipenjara": the press names suspects
    by up to ``initials`` capitals), if it is one."""
    for k in range(first - 1, max(-1, first - 1 - window), -1):
        word = tokens[k].text
        if word.lower() in breaks:
            return None
        if word.lower() in persons or (2 <= len(word) <= initials and word.isalpha() and word.isupper()):
            return k
    return None


def fill(r: Roles, m: Match, doc: Doc, tokens: list[Token], lang: Any, named: list[tuple[int, Participant]]) -> None:
    """Give an act of an implied-actor entry that names no actor its implied actor (``r`` is the trigger's
    ``arguments.Roles``, ``lang`` the events stage's language: lexicon, syntax, cues).

    - A passive needs a patient: a party, a pronoun (the last person named: "ia dibebaskan"), a person noun or a
      suspect's initials (a person of the story's country: "Pria itu ditangkap", "SI sempat dipenjara"), unless
      the entry itself says what undergoes it ("Larangan itu dicabut", "dicabutnya status khusus"); with none,
      no person undergoes the act and it is no event ("jalan ditutup", "ikan ditangkap").
    - A noun needs its patient named ("pemanggilan kedua untuk Veronica", "penangkapan Wong": a person after the
      noun is its patient, an authority its author); a bare "penangkapan itu" refers back to an arrest told before.
    - An active verb with no subject needs an object or a phrase that says what is done ("keputusan mencabut
      pembatasan internet").
    - A passive in a relative clause describes someone by an act told elsewhere ("orang yang ditahan"): none.
    - The actor is of the country of the place the sentence says the act happened in ("ditangkap di bandara Hong
      Kong": the Hong Kong police); else its country is left to the events stage (``role_country``)."""
    if not m.entry.implied_actor:
        return
    if m.entry.kind == "noun" and r.actors and _patients(r.actors, tokens[m.last].end, doc):
        r.recipients, r.actors = _dedupe_parts(r.actors + r.recipients), []
    if r.actors or (m.first > 0 and tokens[m.first - 1].low in lang.syntax.relative):
        return
    patient = None
    if not r.recipients:
        if m.entry.kind == "noun":
            return
        patient = _patient(m, doc, tokens, lang, named) if m.passive else None
        if patient is None and not _sense_fixed(m):
            return
        r.recipients = [patient] if patient is not None else []
    actor = implied_actor(m, doc.text, tokens, lang.lex.data.get("agents", {}))
    if actor is None:
        return
    places = [p for p in doc.places if p.start is not None and tokens[m.last].end <= p.start < tokens[-1].end]
    place = lang.cues.pick_place(places, tokens, m.first, lang.syntax.place_preps, set())
    if place is not None and place.country:
        actor.country = place.country
        if patient is not None and patient.country is None:
            patient.country = place.country  # the person arrested there is of that country, as far as the text tells
    r.actors = [actor]


def _patient(
    m: Match, doc: Doc, tokens: list[Token], lang: Any, named: list[tuple[int, Participant]]
) -> Participant | None:
    """The person a passive's subject word stands for, when the sentence names no party as its patient: a pronoun
    is the last person named (as for an active verb's "dia"); a person noun or initials a person of no known
    country. (A person noun with a demonstrative, "Pria berusia 22 tahun itu", is not reliably the last person
    named: on the dev gold that was the spokesman quoted just before as often as the man arrested, okezone-4123.)"""
    syntax = lang.syntax
    table = lang.lex.data.get("implied", {})
    persons = {w.lower() for w in table.get("patients", [])} | syntax.singular
    at = patient_at(tokens, m.first, persons, syntax.clause_breaks, int(table.get("initials", 0)))
    if at is None:
        return None
    tok = tokens[at]
    if tok.low not in persons and any(e.start <= tok.start < e.end for e in doc.entities):
        return None  # capitals the entity layer took are a body's acronym ("KPK", "AS"), no suspect's initials
    person = person_before(doc, named, tokens[m.first].start) if tok.low in syntax.singular else None
    return person or Participant(name=tok.low, text=tok.text, start=tok.start, end=tok.end, sector="CVL")


def target(etype: str, mode: str | None, told: dict[str, Event] | None) -> list[Participant]:
    """Whom an act is aimed at when its sentence names no one and the act implies it: police deployed or security
    tightened, tear gas fired, in an article that told a protest are aimed at the protesters (gold/README.md, part
    2B: police sent to a protest is MOBILIZE police; PROTEST: tear gas is ASSAULT crowd-control)."""
    protest = (told or {}).get("PROTEST")
    if protest is None:
        return []
    if (etype, mode) in (("MOBILIZE", "police"), ("ASSAULT", "crowd-control")):
        # (tear gas and water cannon fired in an article that told a protest hit the protesters)
        return [replace(p) for p in protest.actors]
    return []


def continued(r: Roles, m: Match, told: dict[str, Event] | None) -> None:
    """A predicate whose subject is an event, not a party (``subject_role = "event"``: "Aksi yang awalnya damai
    berakhir ricuh", "Demo itu berujung bentrok"): with no party named, the parties of the last event of its type
    told before in the article (the protesters of that protest and its target)."""
    if m.entry.subject_role != "event" or r.actors:
        return
    earlier = (told or {}).get(m.entry.type)
    if earlier is None or not earlier.actors:
        return
    r.actors = [replace(p) for p in earlier.actors]
    if not r.recipients:
        r.recipients = [replace(p) for p in earlier.recipients]
    r.from_focus = True


def own_government(e: Event, agents: dict[str, list[str]]) -> Participant | None:
    """The government of a protest's actors, for a protest that names no target and has no counterpart in focus
    ("Seorang wanita Iran membakar diri sebagai aksi protes"): a protest with no one else in view is aimed at the
    authorities at home (gold/README.md: 11 of the 14 protests of the dev gold are domestic). Named by the pack's
    first government role noun, read from the trigger."""
    country = next((p.country for p in e.actors if p.country), None)
    if country is None or not agents.get("GOV") or any(p.sector == "GOV" for p in e.actors):
        return None
    t = e.trigger
    return Participant(name=agents["GOV"][0], text=t.text, start=t.start, end=t.end, country=country, sector="GOV")


# Acts whose coordinated series mostly hit one target (a riot's stones and blockades, an expulsion and a travel
# restriction). Not cooperative or verbal acts: "mengakui Yerusalem …, memindahkan kedutaan … dan mengakui
# kedaulatan kita atas Golan" are three acts that dedup would fold into one if they shared a recipient (dev gold).
SHARED_TARGET_TYPES = frozenset({"ASSAULT", "COERCE", "PROTEST", "SANCTION"})


def shared_recipients(
    previous: Event, etype: str, actors: list[Participant], lows: list[str], first: int, syntax: Any
) -> list[Participant]:
    """The recipients of the act before a coordinated verb of the same subject that names no one of its own
    ("… melemparkan bom molotov ke kantor polisi dan pemerintah pusat, menyerbu …, memblokir jalan-jalan ke
    bandara": the blockade is aimed at the same authorities; "memerintahkan pengusiran dua anggota delegasi Kuba …
    dan membatasi perjalanan anggota misi lainnya"). Empty unless a coordinator (adverbs aside) is right before the
    trigger and both acts are material conflict (``SHARED_TARGET_TYPES``) with the same actors."""
    if previous.type not in SHARED_TARGET_TYPES or etype not in SHARED_TARGET_TYPES:
        return []
    if not previous.recipients or previous.symmetric or previous.negated:
        return []
    if {p.name.lower() for p in previous.actors} != {p.name.lower() for p in actors}:
        return []
    k = first - 1
    while k > 0 and (lows[k] in syntax.adverbs or lows[k] in syntax.auxiliaries) and lows[k] not in syntax.coordinators:
        k -= 1
    if k < 0 or lows[k] not in syntax.coordinators:
        return []
    return [replace(p) for p in previous.recipients]


# Sectors whose presence makes an arrest, a sentence or an attack political whatever the crime: a government, an
# army, rebels, the opposition, a legislature, a party, spies, an international body.
POLITICAL_SECTORS = frozenset({"GOV", "MIL", "REB", "OPP", "LEG", "PTY", "SPY", "IGO", "UAF", "INS"})


def ordinary_crime(e: Event, doc: Doc, lang: Any) -> bool:
    """Is ``e`` law enforcement in an ordinary criminal case (gold/README.md, non-political: "a car thief's
    sentence")? An arrest, a seizure, a sentence or an attack (``[nonpolitical] types``) whose sentence or article
    title names an ordinary crime (theft, drugs, a traffic offence: ``ordinary_crime``), with no political context
    (``political_contexts``: terrorism, corruption, protest, human rights …) and no political party among its
    parties (the police and the courts acting on a person are the case itself)."""
    table = lang.lex.data.get("nonpolitical", {})
    if e.type not in table.get("types", ()) or not table.get("ordinary_crime"):
        return False
    if any(p.sector in POLITICAL_SECTORS or p.kb_id for p in e.actors + e.recipients):
        return False
    if e.type == "ASSAULT" and any(p.sector in COERCIVE_SECTORS for p in e.actors):
        return False  # the police shooting a drug dealer is state violence, not the crime
    if set(e.contexts) & set(table.get("political_contexts", ())):
        return False
    crimes = _crimes(lang.lex.code, table)
    lows = [t.low for t in tokenize(doc.text, e.sentence.start, e.sentence.end)]
    title = [t.low for t in tokenize(doc.article.title or "")]
    return find_phrase(lows, crimes, 0, len(lows)) is not None or find_phrase(title, crimes, 0, len(title)) is not None


_CRIMES: dict[str, PhraseSet] = {}


def _crimes(code: str, table: dict[str, Any]) -> PhraseSet:
    if code not in _CRIMES:
        _CRIMES[code] = PhraseSet(tuple(t.low for t in tokenize(p)) for p in table.get("ordinary_crime", []))
    return _CRIMES[code]


def place_victim(r: Roles, m: Match, doc: Doc, tokens: list[Token], lang: Any) -> None:
    """A weapon as the subject (``subject_role = "instrument"``: "Sebuah bom mobil meledak di dekat sebuah rumah
    sakit di Afghanistan") tells an attack whose author the text does not give (gold/README.md: ``actors`` empty,
    like "Aramco diserang"); its target is the country of the place it struck, when the sentence names one after a
    locative preposition."""
    if m.entry.subject_role != "instrument" or r.recipients:
        return
    places = [p for p in doc.places if p.start is not None and tokens[0].start <= p.start < tokens[-1].end]
    place = lang.cues.pick_place(places, tokens, m.first, lang.syntax.place_preps, set())
    if place is None or not place.country or place.start is None or place.end is None:
        return
    r.recipients = [Participant(name=place.name, text=place.text, start=place.start, end=place.end,
                                country=place.country)]  # fmt: skip

"""Who did it and to whom: actors and recipients of a trigger, from the entity layer and light syntax around it.

The rules work on tokens and the sentence's party groups only (``party_groups.py``: entity mentions merged into
the parties they name; no parser), with the language's function words from the ``[arguments]`` table of its
``events.toml``:

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

- From the article around the sentence (``article_parties``, called by ``events`` and ``event_roles``): the
  counterpart in focus for a recipient the sentence leaves out, the last person named for "dia", the speaker of a
  quote.

Entities of type LOC, EVENT and MISC are never participants; nor is anything inside a quote's speaker tag.
"""

from __future__ import annotations

from ..model import Participant
from .party_groups import Group, Roles, coordinated_groups, same_party
from .syntax import Syntax, caused, clause_end, clause_start, pronoun_subject
from .triggers import Match, Token

__all__ = ["Syntax", "caused", "pronoun_subject"]  # re-exported: the clause words live in syntax.py

SPEECH_ACTS = frozenset({"THREATEN", "ACCUSE", "REQUEST", "REJECT", "SUPPORT"})


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
        return _contrast_subject(groups, lows, clause, before, syntax)
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
    after_prep = after_prep | syntax.modifier_preps  # ("Russia's invasion of Ukraine was condemned")
    if earlier and groups[k].first > 0 and lows[groups[k].first - 1] in after_prep:
        k = earlier[-1]
        earlier = [c for c in cands if c < k and groups[c].named]
    elif earlier and any(w in syntax.modifier_preps for w in lows[max(0, groups[k].first - 3) : groups[k].first]):
        k = earlier[-1]  # (a determiner or a number between: "China's detention of two Canadians was criticised")
        earlier = [c for c in cands if c < k and groups[c].named]
    if _in_place(groups[k], lows, syntax):
        # "… berkumpul di depan gedung Konsulat Inggris, mendesak agar …": a place the subject is at, not the subject
        # (a role noun after it is: "massa bertahan di depan gedung KPK, pihak kepolisian pun memperketat …")
        if cands[-1] != k:
            k = cands[-1]
        elif earlier:
            k = earlier[-1]
        elif _qualifies_head(groups[k], lows, clause, syntax):
            # "Rebels in the Ivory Coast blocked …": the head noun the place phrase qualifies, or else the place
            k = next((c for c in cands if c < k), k)
        else:
            return []
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
    return [
        groups[i]
        for i in coordinated_groups(groups, k, lows, syntax, -1)
        if groups[i].first >= clause and (i == k or not _in_place(groups[i], lows, syntax))
    ]


def _in_place(g: Group, lows: list[str], syntax: Syntax) -> bool:
    """Does the party name a place, in a locative phrase ("di depan gedung Konsulat Inggris")?"""
    lead = lows[max(0, g.first - PLACE_HEAD - 1) : g.first]
    at = next((i for i in range(len(lead) - 2, -1, -1) if lead[i] in syntax.locative), None)
    after_prep = syntax.recipient_preps | syntax.locative | syntax.passive_agent | syntax.relative_places
    # (a reporting verb ends the place phrase, short as it is: "The Red Cross operating in Iraq said US and British
    # forces must …": the US is a subject)
    after_prep = after_prep | syntax.source_verbs
    return at is not None and all(w.isalpha() and not syntax.is_verb(w) and w not in after_prep for w in lead[at + 1 :])


def _qualifies_head(g: Group, lows: list[str], clause: int, syntax: Syntax) -> bool:
    """Does the place phrase of party ``g`` qualify the clause's head noun, the subject ("Rebels in the Ivory Coast
    blocked …", "Protesters in Kabul marched …")? Then the subject is that noun, or the place's people when no party
    names it. Only for packs with ``place_qualifies_head``, when the phrase's preposition follows the clause's first
    words (SUBJECT_HEAD, none a function word, a participle or punctuation)."""
    if not syntax.place_qualifies_head:
        return False
    at = next((i for i in range(g.first - 1, clause - 1, -1) if lows[i] in syntax.locative), None)
    if at is None or not 0 < at - clause <= SUBJECT_HEAD:
        return False
    function_words = (
        syntax.recipient_preps | syntax.comitative | syntax.passive_agent | syntax.locative | syntax.coordinators
        | syntax.clause_breaks | syntax.complementizers | syntax.auxiliaries | syntax.adverbs | syntax.subordinators
        | syntax.relative | syntax.topic_preps
    )  # fmt: skip
    # (no participle either: "A report released Tuesday in the Rwandan capital alleged …" is no Rwandan subject)
    return all(w.isalpha() and w not in function_words and not syntax.is_participle(w) for w in lows[clause:at])


# Words of a subject noun phrase before a place phrase that qualifies it ("The armed rebels in …"): a determiner, an
# adjective and the head noun (PLOVER gold: "Rebels in the Ivory Coast on Tuesday blocked transport into Abidjan").
SUBJECT_HEAD = 3

# Words of a place phrase between a locative preposition and a party ("di depan gedung Konsulat Inggris"): the party
# names the place, it is not the subject.
PLACE_HEAD = 3

# How many verbs back the subject of a verb chain is followed ("menangkap … dan menahan … dan menyita …": each verb
# has the subject of the one before; the Indonesian dev gold's longest chain is 2): unbounded, a run-on sentence of
# hundreds of coordinated verbs recursed past Python's limit, in time cubic in its length.
MAX_CHAIN = 8

# Words of an object's own after its party word before a coordinated verb ("pemerintah pusat, menyerbu …", "Dewan
# Legislatif, memblokir …"): two cover a modifier or a name's tail; more is another phrase.
MODIFIER_WORDS = 2


def _contrast_subject(groups: list[Group], lows: list[str], clause: int, before: int, syntax: Syntax) -> list[Group]:
    """"Mereka berusaha bergabung dengan koalisi yang dipimpin oleh Partai Likud tetapi ditolak oleh Netanyahu": a
    verb right after "tetapi" (adverbs between) has the party that opens the clause before (no verb or preposition
    before it), not the last one named there; empty when there is none."""
    if clause < 2 or lows[clause - 1] not in syntax.contrast:
        return []
    if not all(w in syntax.adverbs or w in syntax.auxiliaries for w in lows[clause:before]):
        return []
    prev = clause_start(lows, clause - 1, syntax)
    opening = [k for k, g in enumerate(groups) if prev <= g.first and g.last < clause - 1]
    if not opening:
        return []
    k = opening[0]
    preps = syntax.recipient_preps | syntax.locative | syntax.passive_agent | syntax.comitative
    if any(syntax.is_verb(w) or w in preps for w in lows[prev : groups[k].first]):
        return []
    return [groups[i] for i in coordinated_groups(groups, k, lows, syntax, +1) if groups[i].last < clause - 1]


def _plain_word(w: str, syntax: Syntax) -> bool:
    """A content word: no verb, preposition, conjunction, auxiliary, relative or clause boundary."""
    function_words = (
        syntax.recipient_preps | syntax.comitative | syntax.passive_agent | syntax.locative | syntax.coordinators
        | syntax.clause_breaks | syntax.complementizers | syntax.auxiliaries | syntax.adverbs | syntax.subordinators
        | syntax.relative | syntax.topic_preps
    )  # fmt: skip
    return w.isalpha() and not syntax.is_verb(w) and w not in function_words


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
    # the object's own modifiers after the party word ("ke kantor polisi dan pemerintah pusat, menyerbu …"):
    # up to MODIFIER_WORDS plain words that are no verb, function word or clause boundary
    skip = 0
    while skip < min(MODIFIER_WORDS, len(between)) and _plain_word(between[skip], syntax):
        skip += 1
    if skip and skip < len(between) and between[skip] in syntax.coordinators:
        between = between[skip:]
    if between and between[0] in syntax.adjunct_preps:
        # skip a short time or place phrase after the object ("… dalam dua hari terakhir dan mengirim …")
        coordinator = next((i for i, w in enumerate(between) if w in syntax.coordinators), None)
        if (
            coordinator is not None
            and coordinator <= 5
            and not any(w in syntax.clause_breaks for w in between[:coordinator])
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
            return [groups[i] for i in coordinated_groups(groups, heads[-1], lows, syntax, -1)]
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
    return [groups[i] for i in coordinated_groups(groups, inside[-1], lows, syntax, -1) if groups[i].first > verbs[-1]]


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
        if _source(g, lows, syntax):
            continue  # "The army shelled rebel positions, officials said": who reports is no participant
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
        return [
            groups[i]
            for i in coordinated_groups(groups, k, lows, syntax, +1)
            if groups[i].first < end and (i == k or not _source(groups[i], lows, syntax))
        ]
    return []


def _source(g: Group, lows: list[str], syntax: Syntax) -> bool:
    """Is ``g`` the source of a report tagged on after a comma ("…, officials said", "…, the ministry said")? Only for
    packs with ``source_verbs``."""
    if not syntax.source_verbs or g.last + 1 >= len(lows) or lows[g.last + 1] not in syntax.source_verbs:
        return False
    return "," in lows[max(0, g.first - 3) : g.first]


def _adjunct_noun(groups: list[Group], lows: list[str], first: int, syntax: Syntax) -> tuple[list[Group], list[Group]]:
    """A noun trigger in an adjunct after a verb and its object ("Syrian rebels engaged Turkish troops in a
    firefight", "Police arrested 20 protesters during a rally"): the clause subject is its actor and the object its
    target. ([], []) unless the pack lists ``noun_adjunct_preps`` and the clause has that shape: two parties before
    the noun, words that are no coordinator between them."""
    preps = syntax.noun_adjunct_preps
    if not preps or not any(w in preps for w in lows[max(0, first - 3) : first]):
        return [], []
    clause = clause_start(lows, first, syntax)
    before = [g for g in groups if g.first >= clause and g.last < first]
    if len(before) < 2:
        return [], []
    a, b = before[-2], before[-1]
    gap = lows[a.last + 1 : b.first]
    if not gap or any(w in syntax.coordinators or w in syntax.recipient_preps or w in syntax.comitative for w in gap):
        return [], []
    between = lows[b.last + 1 : first]
    if any(w in syntax.clause_breaks for w in between) or len(between) > 4:
        return [], []
    actors = [groups[i] for i in coordinated_groups(groups, groups.index(a), lows, syntax, -1) if groups[i].first >= clause]
    return actors, [b]


def _participle_agent(groups: list[Group], lows: list[str], after: int, syntax: Syntax) -> list[Group]:
    """The agent of a past participle right after token ``after`` ("the sanctions imposed by Washington", "an attack
    carried out by the Islamic State"): the party within two words after its "by". Only for packs with
    ``participle_agents``."""
    if not syntax.participle_agents:
        return []
    k = after + 1
    if k < len(lows) and lows[k] in syntax.adverbs:
        k += 1
    if k >= len(lows) or not syntax.is_participle(lows[k]):
        return []
    # "by" right after the participle, or after one word (a particle: "carried out by")
    by = next((i for i in (k + 1, k + 2) if i < len(lows) and lows[i] in syntax.passive_agent), None)
    if by is None or (by == k + 2 and not lows[k + 1].isalpha()):
        return []
    return [g for g in groups if by + 1 <= g.first <= by + 3][:1]


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
        agent = _participle_agent(groups, lows, last, syntax)
        if agent:
            subj = agent  # "the sanctions imposed by Washington": the agent, not the clause subject
        elif syntax.noun_possessor == "after":
            # "serangan Israel", "tuntutan para demonstran"; not past a verb ("Imbauan menindaklanjuti RKUHP")
            subj = [
                g
                for g in groups
                if match.last < g.first <= match.last + 2
                and not any(
                    syntax.is_verb(w) or w in syntax.locative or w in syntax.noun_target_preps
                    for w in lows[match.last + 1 : g.first]
                )
            ][:1]  # (nor a place: "demonstran di Hong Kong"; nor whom it is for: "undangan bagi Trump")
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
        if not subj and syntax.noun_modifiers_before:
            # "Georgian demonstrators …": the noun heads a party whose modifiers come before it, its own actor
            subj = [g for g in groups if g.first < match.first <= g.last <= match.last][:1]
        target: list[Group] = []
        if not subj:
            subj, target = _adjunct_noun(groups, lows, match.first, syntax)
        if not subj and (syntax.noun_subject or entry.takes_subject):  # (an instrument: its user, triggers.py)
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
            only=syntax.recipient_preps | syntax.comitative | syntax.noun_object_preps,
        )
        obj = obj or target
    elif match.passive:
        subj = _subject(groups, lows, match.first, syntax)
        marks = set(entry.agent_preps) or syntax.passive_agent  # "received weapons from Germany": from
        agent = _after(groups, lows, last, syntax, locative_ok=True, only=marks)
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
            if obj:
                # "tidak puas atas pertemuan Wong dengan Maas": the one the object names with another ("X dengan
                # Y") shares the act's target with it
                nxt = [g for g in groups if g.first == obj[-1].last + 2 and lows[obj[-1].last + 1] in syntax.comitative]
                obj = obj + nxt[:1]
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

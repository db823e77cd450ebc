"""The function words of a language that the argument rules use (the ``[arguments]`` and ``[cues]`` tables of its
``events.toml``), as sets, with the two word tests built on them: is a word a verb (by its prefix: Indonesian meN-),
and is it a noun with a possessive clitic ("penggulingannya")."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .triggers import cue_phrases


@dataclass(slots=True)
class Syntax:
    """The ``[arguments]`` and ``[cues]`` words of a language, as token tuples."""

    recipient_preps: set[str]
    comitative: set[str]
    passive_agent: set[str]
    locative: set[str]
    coordinators: set[str]
    clause_breaks: set[str]
    complementizers: set[str]
    anaphors: list[tuple[str, ...]]
    pronouns: set[tuple[str, ...]]  # anaphors that may also point back within their sentence ("mereka", "they")
    singular: set[str]  # "ia", "dia": a subject standing for the person in focus
    relative: set[str]
    agents: dict[tuple[str, ...], str]  # common nouns that name an actor ("rebels", "polisi") -> PLOVER sector
    noun_possessor: str
    max_gap: int
    place_preps: set[str]  # "di", "in": what makes a following place the event's location
    noun_subject: bool  # may a bare noun trigger take the clause subject as its actor?
    object_only: bool  # may an active verb with no coded actor stand on its recipient alone?
    agent_adjacent: bool  # the passive's agent may follow the verb without a preposition ("diserang Israel")
    passive_conflict_only: bool  # does an agentless passive stand on its recipient only for material conflict?
    adverbs: set[str]  # "juga", "kemudian": skipped between a coordinator and a coordinated verb
    light_verbs: set[str]  # "melakukan penggerebekan": the verb's subject is the noun's actor
    verb_prefixes: tuple[str, ...] = ()  # "me": a word with this prefix is a verb ("mendorong", "menemukan")
    not_verbs: set[str] = field(default_factory=set)  # words with a verb prefix that are not verbs ("melalui")
    auxiliaries: set[str] = field(default_factory=set)  # "akan", "tidak", "terus": not an object between two verbs
    addressee_preps: set[str] = field(default_factory=set)  # "kepada": the party after it is whom the act is for
    purpose_links: set[str] = field(default_factory=set)  # "untuk": "X menyurati Y untuk mengeluhkan" (X complains)
    object_control: set[str] = field(default_factory=set)  # "meminta Y untuk …": Y is the one to act
    statement_nouns: set[str] = field(default_factory=set)  # "pernyataan yang mengutuk": the author's act
    pronoun_objects: set[str] = field(default_factory=set)  # "terhadapnya", "kepadanya": the person in focus
    protesters: set[str] = field(default_factory=set)  # role nouns of protesters ("demonstran", "pengunjuk rasa")
    subordinators: set[str] = field(default_factory=set)  # "sejak", "saat": never inside one party's name
    topic_preps: set[str] = field(default_factory=set)  # "tentang", "mengenai": what a noun is about
    possessive_suffix: str = ""  # "-nya" on an object noun: "penggulingannya" (its overthrow)
    not_possessed: set[str] = field(default_factory=set)  # words ending so that are not a possessed noun ("lainnya")
    sources: set[str] = field(default_factory=set)  # "melansir", "mengutip": the party after them is a news source
    pronoun_subject_after: set[str] = field(default_factory=set)  # "kata mereka": not a noun the pronoun possesses
    passive_prefixes: tuple[str, ...] = ()  # "di", "ter": a passive verb's subject is its recipient
    first_person: set[str] = field(default_factory=set)  # "kami", "kita": in a quote, the speaker's side
    # a time or place phrase these open may stand between a verb's object and a verb coordinated after it ("…
    # serangan udara terhadap fasilitas Suriah dalam dua hari terakhir dan mengirim pasukan": Israel sends)
    adjunct_preps: set[str] = field(default_factory=set)
    # after a noun trigger these introduce its target, never its possessor ("undangan bagi Trump", "serangan
    # terhadap Israel"); "dari" is not one ("persetujuan dari Erdogan": Erdogan approves)
    noun_target_preps: set[str] = field(default_factory=set)
    # after a locative preposition these make it a relative pronoun ("di mana Amerika Serikat menuduh …"), no place
    relative_places: set[str] = field(default_factory=set)
    # English-type word order, each off unless the pack sets it (the Indonesian pack sets none of these):
    # a party after one of these words modifies the noun before it, not the clause ("Russia's invasion of Ukraine
    # was condemned": the thing condemned is Russia's)
    modifier_preps: set[str] = field(default_factory=set)
    # what a noun trigger is done to follows these ("the detention of two Canadians", "the release of prisoners")
    noun_object_preps: set[str] = field(default_factory=set)
    # a reporting verb after a party and a comma makes that party the source ("…, officials said"), not a party
    # coordinated with the one before it
    source_verbs: set[str] = field(default_factory=set)
    # modifiers come before the head noun ("military aid"): an actor noun inside a longer trigger noun is a modifier
    noun_modifiers_before: bool = False
    # a place phrase right after the clause's first noun qualifies that noun, the subject ("Rebels in the Ivory Coast
    # blocked …"): the place stands for the subject when no party names it (arguments._qualifies_head)
    place_qualifies_head: bool = False
    # a past participle with its agent ("sanctions imposed by Washington") names the agent of the noun before it
    participle_agents: bool = False
    participles: set[str] = field(default_factory=set)
    participle_suffixes: tuple[str, ...] = ()
    # a name fused to these is a modifier, not a party: "Iran-backed militias", "Al-Qaeda-linked rebels", "pro-Russian
    # separatists", "anti-American protesters" (the militias, rebels, protesters are the party)
    affiliation_suffixes: tuple[str, ...] = ()
    # a present participle after one of these opens an adjunct clause whose subject is the main clause's ("Israeli
    # jets struck targets in Lebanon, wounding three fighters": the jets wound)
    participle_clause_marks: set[str] = field(default_factory=set)
    # "it" as a subject stands for the last party named that is not a person ("Russia said it would withdraw")
    party_pronouns: set[str] = field(default_factory=set)
    # a noun trigger after these, following a verb and its object, is the subject's act on the object ("engaged
    # Turkish troops in a firefight")
    noun_adjunct_preps: set[str] = field(default_factory=set)
    gerund_suffixes: tuple[str, ...] = ()
    affiliation_prefixes: tuple[str, ...] = ()
    # "berusaha bergabung … tetapi ditolak oleh Netanyahu": a verb right after one of these, with no subject of its
    # own, has the subject of the clause before
    contrast: set[str] = field(default_factory=set)
    # "membantah", "denied": a refusal that is a denial, aimed at whoever made the accusation
    denials: set[str] = field(default_factory=set)

    @classmethod
    def of(cls, data: dict[str, Any]) -> Syntax:
        args = data.get("arguments", {})
        cues = data.get("cues", {})
        low = lambda key, table=args: {w.lower() for w in table.get(key, [])}
        return cls(
            recipient_preps=low("recipient_preps"),
            comitative=low("comitative"),
            passive_agent=low("passive_agent"),
            locative=low("locative"),
            coordinators=low("coordinators"),
            clause_breaks=low("clause_breaks", cues),
            complementizers=low("complementizers", cues),
            anaphors=cue_phrases({"cues": {"a": args.get("plural_anaphors", []) + args.get("pronouns", [])}}, "a"),
            pronouns={tuple(w.lower().split()) for w in args.get("pronouns", [])},
            singular=low("singular_pronouns"),
            relative=low("relative", cues),
            agents={
                tuple(w.lower().split()): sector for sector, words in data.get("agents", {}).items() for w in words
            },
            noun_possessor=args.get("noun_possessor", "after"),
            max_gap=int(args.get("max_gap", 12)),
            place_preps=low("place_preps"),
            noun_subject=bool(args.get("noun_takes_subject", True)),
            object_only=bool(args.get("events_without_actor", False)),
            agent_adjacent=bool(args.get("passive_agent_adjacent", False)),
            passive_conflict_only=bool(args.get("agentless_passive_conflict_only", False)),
            light_verbs=low("light_verbs"),
            adverbs=low("adverbs"),
            verb_prefixes=tuple(w.lower() for w in args.get("verb_prefixes", [])),
            not_verbs=low("not_verbs"),
            auxiliaries=low("auxiliaries"),
            addressee_preps=low("addressee_preps"),
            purpose_links=low("purpose_links"),
            object_control=low("object_control"),
            statement_nouns=low("statement_nouns"),
            pronoun_objects=low("pronoun_objects"),
            protesters=low("protesters"),
            subordinators=low("subordinators"),
            topic_preps=low("topic_preps"),
            possessive_suffix=str(args.get("possessive_suffix", "")),
            not_possessed=low("not_possessed"),
            sources=low("sources"),
            pronoun_subject_after=low("pronoun_subject_after"),
            first_person=low("first_person"),
            adjunct_preps=low("adjunct_preps"),
            noun_target_preps=low("noun_target_preps"),
            relative_places=low("relative_places"),
            contrast=low("contrast"),
            denials=low("denials"),
            passive_prefixes=tuple(w.lower() for w in data.get("morphology", {}).get("passive_prefixes", [])),
            modifier_preps=low("modifier_preps"),
            noun_object_preps=low("noun_object_preps"),
            source_verbs=low("source_verbs"),
            noun_modifiers_before=bool(args.get("noun_modifiers_before", False)),
            place_qualifies_head=bool(args.get("place_qualifies_head", False)),
            participle_agents=bool(args.get("participle_agents", False)),
            participles={w.lower() for w in data.get("morphology", {}).get("participles", [])},
            affiliation_suffixes=tuple(w.lower() for w in args.get("affiliation_suffixes", [])),
            participle_clause_marks=low("participle_clause_marks"),
            party_pronouns=low("party_pronouns"),
            noun_adjunct_preps=low("noun_adjunct_preps"),
            gerund_suffixes=tuple(w.lower() for w in data.get("morphology", {}).get("gerund_suffixes", [])),
            affiliation_prefixes=tuple(w.lower() for w in args.get("affiliation_prefixes", [])),
            participle_suffixes=tuple(
                w.lower() for w in data.get("morphology", {}).get("participle_suffixes", []) if w
            ),
        )

    def possessed(self, word: str) -> bool:
        """A noun with the possessive clitic whose owner was named before ("penggulingannya", "tindakannya")."""
        return (
            bool(self.possessive_suffix)
            and word.endswith(self.possessive_suffix)
            and len(word) > len(self.possessive_suffix) + 3
            and word.isalpha()
            and not self.is_verb(word)
            and word not in self.not_possessed
            and word not in self.pronoun_objects
        )

    def possessive_pronoun(self, lows: list[str], i: int) -> bool:
        """Is the pronoun at ``i`` the possessor of the noun before it ("anggota keluarga mereka": their family)
        rather than a subject or object? Only for packs with ``pronoun_subject_after``: the word before must be a
        content word — not a verb, preposition, conjunction, auxiliary or reporting tag ("kata mereka")."""
        if not self.pronoun_subject_after or i == 0:
            return False
        w = lows[i - 1]
        function_words = (
            self.recipient_preps | self.comitative | self.passive_agent | self.locative | self.coordinators
            | self.clause_breaks | self.complementizers | self.auxiliaries | self.adverbs | self.subordinators
            | self.relative | self.topic_preps | self.sources | self.pronoun_subject_after
        )  # fmt: skip
        return w.isalpha() and not self.is_verb(w) and w not in function_words

    def affiliated(self, text: str, start: int, end: int) -> bool:
        """Is the name at ``text[start:end]`` fused to an affiliation affix ("Iran-backed", "pro-Russian")?"""
        after = text[end : end + 16].lower()
        before = text[max(0, start - 8) : start].lower()
        return any(after.startswith(s) for s in self.affiliation_suffixes) or any(
            before.endswith(p) for p in self.affiliation_prefixes
        )

    def is_participle(self, word: str) -> bool:
        """A past participle: listed ("held", "taken") or with a participle suffix ("imposed")."""
        return word in self.participles or (
            len(word) >= 5
            and word.isalpha()
            and bool(self.participle_suffixes)
            and word.endswith(self.participle_suffixes)
        )

    def skip_back(self, lows: list[str], k: int, stops: set[str] | frozenset[str] = frozenset()) -> int:
        """From token ``k`` back, the first token that is no auxiliary or adverb ("telah", "juga", "tidak"; the
        Indonesian pack lists "," among the auxiliaries) and not one of ``stops``; -1 when none is left."""
        while k >= 0 and (lows[k] in self.auxiliaries or lows[k] in self.adverbs) and lows[k] not in stops:
            k -= 1
        return k

    def is_verb(self, word: str) -> bool:
        """A verb by its prefix (Indonesian meN-: "mendorong", "menemukan"), short of the listed exceptions."""
        return len(word) >= 5 and word.isalpha() and word.startswith(self.verb_prefixes) and word not in self.not_verbs


def pronoun_subject(lows: list[str], before: int, syntax: Syntax, words: set[str] | None = None) -> bool:
    """Is the subject of the trigger at ``before`` a singular pronoun ("dia akan mencaplok", "dia juga meminta")?
    (``words``: other pronouns to look for, ``syntax.party_pronouns``.)"""
    pronouns = syntax.singular if words is None else words
    clause = clause_start(lows, before, syntax)
    start = max(clause, before - 3)  # auxiliaries between: "dia juga akan …"
    if any(w in pronouns for w in lows[start:before]):
        return True
    # an adverbial phrase between, but no other verb: "Dia juga setengah bercanda menyarankan …"
    far = max(clause, before - PRONOUN_REACH)
    at = next((k for k in range(before - 1, far - 1, -1) if lows[k] in pronouns), None)
    return at is not None and not any(
        syntax.is_verb(w) or not w.isalpha() or (w.startswith(syntax.passive_prefixes) and len(w) > 5)
        for w in lows[at + 1 : before]
    )  # (nor a passive verb: "Ia juga diharapkan untuk bertemu …" tells an expectation, read elsewhere)


# How far back a pronoun subject may stand from its verb when only adverbs stand between (dev gold: "Dia juga
# setengah bercanda menyarankan": 3 words between).
PRONOUN_REACH = 5


def caused(lows: list[str], trigger: int, syntax: Syntax) -> bool:
    """Is the subject of the verb at ``trigger`` a deed or a statement ("Tindakan patroli Rusia itu mendorong kapal
    kedua melepaskan tembakan"): the first word of its clause is such a noun and no verb stands between? Then a
    verb of urging or forcing tells a cause, not a request."""
    start = clause_start(lows, trigger, syntax)
    while start < trigger and not lows[start].isalnum():
        start += 1
    return (
        start < trigger
        and lows[start] in syntax.statement_nouns
        and not any(syntax.is_verb(w) for w in lows[start + 1 : trigger])
    )


def clause_start(lows: list[str], index: int, syntax: Syntax) -> int:
    i = index - 1
    while i >= 0 and lows[i] not in syntax.clause_breaks and lows[i] not in syntax.complementizers:
        i -= 1
    return i + 1


def clause_end(lows: list[str], index: int, syntax: Syntax) -> int:
    i = index + 1
    while i < len(lows) and lows[i] not in syntax.clause_breaks and lows[i] not in syntax.complementizers:
        i += 1
    return i

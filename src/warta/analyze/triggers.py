"""Event triggers: the words that name a PLOVER event, read from a language pack's ``events.toml``.

A trigger entry maps words to a PLOVER type (and, where the words fix it, a mode)::

    [[trigger]]
    type = "ACCUSE"
    mode = "disapprove"
    verbs = ["@kecam", "@kutuk", "melayangkan kritik"]
    nouns = ["kecaman", "kutukan"]

A word written ``@root`` stands for every inflected form of the root that the pack's ``[morphology]`` table
generates (Indonesian: meN-/di-/ter- with -kan/-i/-nya, with nasal assimilation, so ``@kecam`` matches
``mengecam``, ``dikecam``, ``mengecamnya``; English: -s/-ed/-ing with the usual spelling changes). Other words are
matched as written (case-insensitive); a phrase matches consecutive tokens. Generating forms at load time instead of
stemming the text keeps matching a dictionary look-up and avoids stemmer collisions (``bertolak`` "depart" is not
a form of ``tolak`` "reject": ber- forms are only matched where an entry lists them).

Matching is longest-first at each token and never overlaps, so ``menjatuhkan sanksi`` (SANCTION) wins over a
shorter entry that starts at the same word.

Two keys say who the parties are where the words leave them out: ``implied_actor = "COP"`` names the sector of the
party an act implies when no agent is named ("Pria itu ditangkap": the police; ``implied.py``), and
``subject_role`` who the subject is when the form does not say it ("recipient": "SI mendekam di penjara";
"actor": "aparat kepolisian diterjunkan"). A verb listed in full with one of the pack's ``listed_passive_prefixes``
("diamankan") is a passive like a generated di- form.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Any

from .. import lang
from ..errors import ConfigError
from ..model import EVENT_TYPES

# A token is a run of letters/digits possibly joined by hyphens or apostrophes (``unjuk-rasa``, ``didn't``),
# or one punctuation character (clause boundaries and quotation marks matter to the argument rules).
TOKEN = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*|[^\w\s]", re.UNICODE)


@dataclass(frozen=True, slots=True)
class Token:
    text: str  # as in the article
    low: str  # lower-cased, for matching
    start: int
    end: int


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``text[start:end]`` with offsets into ``text``."""
    end = len(text) if end is None else end
    return [Token(m.group(), m.group().lower(), m.start(), m.end()) for m in TOKEN.finditer(text, start, end)]


@dataclass(frozen=True, slots=True)
class Entry:
    """One trigger entry of events.toml, as the event stage uses it."""

    type: str
    mode: str | None
    kind: str  # "verb" or "noun": nouns take their actor from a possessor, verbs from the subject
    symmetric: bool = False  # meetings, talks, agreements: every participant is an actor
    locative_recipient: bool = False  # "visited Moscow", "tiba di Moskow": the place is the recipient
    negates_complement: bool = False  # "refused to condemn", "menolak untuk mengutuk"
    requires_recipient: bool = False  # "membela" is SUPPORT only when someone is defended
    contexts: tuple[str, ...] = ()
    confidence: float | None = None
    objects: tuple[tuple[str, ...], ...] = ()  # the trigger counts only with one of these after it
    object_window: int = 4
    # the trigger counts only after one of these words within `subject_window` tokens: "melempar batu" is a riot when
    # protesters ("massa", "pengunjuk rasa") throw, not when a fisherman does
    subjects: tuple[tuple[str, ...], ...] = ()
    subject_window: int = 12
    # the trigger does not count after one of these words within `subject_window` tokens: "menewaskan 20 orang"
    # told of "serangan itu" or "konflik itu" is the toll of an event named by its noun, no act of its own
    unless_subjects: tuple[tuple[str, ...], ...] = ()
    # a noun that names an instrument, not an act with a possessor ("gas air mata", "meriam air"): its user is the
    # clause subject ("Polisi menanggapinya dengan menembakkan gas air mata"), whatever verb comes between
    takes_subject: bool = False
    with_recipient: str | None = None  # the type when a recipient is named (a missile test aimed at someone: ASSAULT)
    # a medium, not an act of its own when it carries one: "menyurati Jokowi untuk mengeluhkan …" is the complaint
    # (gold/README.md, okezone-1750: the letter is not coded), "menyurati Jokowi" alone is a remote consultation
    medium: bool = False
    # an order whose object is an act noun is that act, done by the one who ordered it: "memerintahkan penangkapan",
    # "ordered the expulsion of" (the order's own type stands when no act noun follows)
    orders: bool = False
    ignore: bool = False  # a look-alike phrase that names no event ("menahan diri"); it blocks shorter triggers
    # the sector of the party the act implies when a passive or a nominalisation names no agent: an arrest, a
    # detention, a release by the police ("COP"), a prison term by the courts ("JUD"), a ban lifted by the
    # government ("GOV"); ``implied.py`` codes it in the country the story is about
    implied_actor: str | None = None
    # who the subject is when the form does not say it: "recipient" for an active verb whose subject undergoes the
    # act ("SI mendekam di penjara", "menerima hukuman percobaan"), "actor" for a passive whose subject is the force
    # sent ("aparat kepolisian diterjunkan ke lokasi": the police deploy), "event" for a predicate whose subject is
    # an event told before ("Aksi itu berakhir ricuh": the protesters of that protest; implied.continued),
    # "instrument" for a weapon as subject ("Sebuah bom mobil meledak di dekat rumah sakit di Kabul": no author is
    # named, the country of the place is the target; implied.place_victim); None: as the form says
    subject_role: str | None = None
    # with subject_role "recipient": the words that mark the actor after the verb, when not the passive agent's
    # ("Ukraine received weapons from Germany": from)
    agent_preps: frozenset[str] = frozenset()
    # what follows is what the party is accused of ("menuding Iran menyerang kilang Saudi", "dituduh memasok
    # senjata"): a trigger in it is the accusation's content, not an event of its own (gold/README.md,
    # embedded-claim; PLOVER codes the allegation as ACCUSE allege)
    content: bool = False


@dataclass(frozen=True, slots=True)
class Form:
    """A generated surface form with the affixes it was built from (the prefix tells a di- passive)."""

    prefix: str
    suffix: str


@dataclass(slots=True)
class Match:
    entry: Entry
    first: int  # token index of the first token
    last: int  # token index of the last token (inclusive)
    head_form: Form
    passive: bool = False
    anchor: int | None = None  # where the subject search starts, when not at the trigger (blame: the speech verb)
    scope: int | None = None  # demand: the complementizer; the recipient is named between it and the modal


@dataclass(slots=True)
class Lexicon:
    """The compiled trigger table of one language pack."""

    code: str
    phrases: dict[str, list[tuple[tuple[str, ...], Entry, Form]]] = field(default_factory=dict)
    data: dict[str, Any] = field(default_factory=dict)
    passive_prefixes: frozenset[str] = frozenset()
    participle_suffixes: frozenset[str] = frozenset()
    participles: frozenset[str] = frozenset()
    passive_auxiliaries: frozenset[str] = frozenset()
    # a participle right before one of these, with no auxiliary, is a passive too: a reduced relative clause or a
    # headline ("the convoy attacked by gunmen", "Ten villagers killed by militants"); not when an -ing form follows,
    # which tells the means ("retaliated by shelling") — English ``[morphology] reduced_passive_agents``
    reduced_passive_agents: frozenset[str] = frozenset()
    gerund_suffixes: tuple[str, ...] = ()
    # words after which a form that is both a verb and a noun ("attack", "sanctions", "appeal") is the noun: a
    # determiner ("the attack"), a possessive ("Russia's attack"; ``possessive_endings``) — English
    noun_determiners: frozenset[str] = frozenset()
    possessive_endings: tuple[str, ...] = ()
    # a one-word participle after these is an adjective, not an act: "met with exiled dissidents", "the release of
    # detained activists" (English ``attributive_after``)
    attributive_after: frozenset[str] = frozenset()

    def add(self, words: tuple[tuple[str, Form], ...], entry: Entry) -> None:
        tokens = tuple(w for w, _ in words)
        self.phrases.setdefault(tokens[0], []).append((tokens, entry, words[0][1]))

    def finalize(self) -> None:
        for options in self.phrases.values():
            # longest first; at equal length an ignore wins, then the entry with more constraints (an object, a
            # subject: it is the narrower, "mendatangi" by protesters before "mendatangi" as a visit)
            options.sort(
                key=lambda item: (-len(item[0]), not item[1].ignore, -bool(item[1].objects) - bool(item[1].subjects))
            )

    def match(self, tokens: list[Token], skip: set[int] | None = None) -> list[Match]:
        """Non-overlapping trigger matches in ``tokens``, longest first at each position; tokens in ``skip``
        (inside a named entity: "Organisasi Kerja Sama Shanghai") never start or continue a trigger."""
        skip = skip or set()
        out: list[Match] = []
        i = 0
        lows = [t.low for t in tokens]
        while i < len(tokens):
            found = None
            if i not in skip:
                noun_slot = i > 0 and (
                    lows[i - 1] in self.noun_determiners
                    or (bool(self.possessive_endings) and lows[i - 1].endswith(self.possessive_endings))
                )
                for words, entry, form in self.phrases.get(lows[i], ()):
                    if noun_slot and entry.kind == "verb":
                        continue  # "the attack carried out by …", "the new sanctions": no verb there
                    if (
                        entry.kind == "verb"
                        and len(words) == 1
                        and i > 0
                        and lows[i - 1] in self.attributive_after
                        and self._participle_word(words[0], form)
                    ):
                        continue  # "with exiled dissidents": an adjective
                    j = i + len(words)
                    # a look-alike phrase may run into a name ("riot police in Dhaka": the entity is "police in
                    # Dhaka"), so that its first word is no trigger of its own
                    inner = range(i, i + 1) if entry.ignore else range(i, j)
                    if tuple(lows[i:j]) != words or any(k in skip for k in inner):
                        continue
                    if entry.objects and not _has_object(lows, j, entry):
                        continue
                    if entry.subjects and not _has_subject(lows, i, entry, entry.subjects):
                        continue
                    if entry.unless_subjects and _has_subject(lows, i, entry, entry.unless_subjects):
                        continue
                    found = Match(entry, i, j - 1, form)
                    break
            if found is None:
                i += 1
                continue
            if not found.entry.ignore:
                found.passive = self._passive(found, lows)
                out.append(found)
            i = found.last + 1
        return _ordered_acts(out, lows)

    def _participle_word(self, word: str, form: Form) -> bool:
        """A participle: listed, generated with a participle suffix, or written out with the longest one ("exiled")."""
        if word in self.participles or (form.suffix and form.suffix in self.participle_suffixes):
            return True
        longest = max(self.participle_suffixes, key=len, default="")
        return bool(longest) and word.endswith(longest) and len(word) > len(longest) + 2

    def _passive(self, m: Match, lows: list[str]) -> bool:
        if m.entry.kind != "verb":
            return False
        if m.entry.subject_role:
            return m.entry.subject_role in ("recipient", "instrument")  # (an instrument's act names no actor)
        if m.head_form.prefix and m.head_form.prefix in self.passive_prefixes:
            return True
        head = lows[m.first]
        participle = head in self.participles or (m.head_form.suffix and m.head_form.suffix in self.participle_suffixes)
        if participle and self.passive_auxiliaries:
            before = lows[max(0, m.first - 3) : m.first]
            if any(w in self.passive_auxiliaries for w in before):
                return True
        if participle and m.last + 1 < len(lows) and lows[m.last + 1] in self.reduced_passive_agents:
            means = m.last + 2 < len(lows) and self.gerund_suffixes and lows[m.last + 2].endswith(self.gerund_suffixes)
            return not means
        return False


# At most this many words between an order and its act noun ("ordered the arrest", "memerintahkan segera
# penangkapan"); a punctuation mark between them ends the construction.
ORDER_GAP = 2


def _ordered_acts(matches: list[Match], lows: list[str]) -> list[Match]:
    """An order followed by an act noun becomes that act as a verb of the orderer (one match over both)."""
    out: list[Match] = []
    k = 0
    while k < len(matches):
        m = matches[k]
        nxt = matches[k + 1] if k + 1 < len(matches) else None
        if (
            m.entry.orders
            and nxt is not None
            and nxt.entry.kind == "noun"
            and 0 <= nxt.first - m.last - 1 <= ORDER_GAP
            and all(w.isalnum() for w in lows[m.last + 1 : nxt.first])
        ):
            act = replace(nxt.entry, kind="verb", symmetric=False)
            out.append(Match(act, m.first, nxt.last, m.head_form, passive=m.passive))
            k += 2
            continue
        out.append(m)
        k += 1
    return out


def _has_object(lows: list[str], after: int, entry: Entry) -> bool:
    window = lows[after : after + entry.object_window + 2]
    return any(
        tuple(window[k : k + len(obj)]) == obj
        for k in range(min(len(window), entry.object_window))
        for obj in entry.objects
    )


def _has_subject(lows: list[str], before: int, entry: Entry, subjects: tuple[tuple[str, ...], ...]) -> bool:
    window = lows[max(0, before - entry.subject_window) : before]
    return any(tuple(window[k : k + len(subj)]) == subj for k in range(len(window)) for subj in subjects)


# --- morphology ----------------------------------------------------------------------------------------------


def _nasal_forms(prefix: str, root: str, nasal: dict[str, list[Any]]) -> set[str]:
    """``meN`` + root with the pack's assimilation table: initial letter -> [nasal, drop-the-letter?].

    Both the dropped and the kept variant are generated for letters that drop, because clusters and loanwords keep
    them (``mengkritik``, ``memprotes``); a form that never occurs in text costs nothing."""
    stem = prefix[:-1]  # "meN" -> "me"
    for key in sorted(nasal, key=len, reverse=True):
        if root.startswith(key):
            sound, drops = nasal[key]
            forms = {stem + sound + root}
            if drops:
                forms.add(stem + sound + root[len(key) :])
            return forms
    return {stem + root}


def _suffixed(base: str, suffix: str, rules: set[str]) -> set[str]:
    if not suffix:
        return {base}
    forms = {base + suffix}
    vowel_initial = suffix[0] in "aeiou"
    if "drop_e" in rules and vowel_initial and base.endswith("e"):
        forms.add(base[:-1] + suffix)
    if "double" in rules and vowel_initial and len(base) >= 3 and base[-1] not in "aeiouwxy" and base[-2] in "aeiou":
        forms.add(base + base[-1] + suffix)
    if "y_to_i" in rules and base.endswith("y") and len(base) > 2 and base[-2] not in "aeiou" and suffix[0] == "e":
        forms.add(base[:-1] + "i" + suffix)
    return forms


def inflect(root: str, morphology: dict[str, Any]) -> list[tuple[str, Form]]:
    """Every form of a verb root the pack's morphology generates, each with the affixes it carries."""
    prefixes = morphology.get("verb_prefixes", [""])
    suffixes = morphology.get("verb_suffixes", [""])
    nasal = morphology.get("nasal", {})
    rules = set(morphology.get("orthography", []))
    out: dict[str, Form] = {}
    half, dash, again = root.partition("-")
    reduplicated = dash and half == again  # "halang-halang": the nasal repeats on the copy ("memukul-mukul")
    for prefix in prefixes:
        bases = _nasal_forms(prefix, root, nasal) if prefix.endswith("N") else {prefix + root}
        if reduplicated and prefix.endswith("N"):
            # the copy keeps the nasal only where it replaced the root's first letter: "memukul-mukul",
            # "menghalang-halangi"
            stem = prefix[:-1]
            for b in _nasal_forms(prefix, half, nasal):
                bases.add(b + "-" + (half if b.endswith(half) else b[len(stem) :]))
        for base in bases:
            for suffix in suffixes:
                for form in _suffixed(base, suffix, rules):
                    out.setdefault(form, Form(prefix, suffix))
    return sorted(out.items())


def _expand_phrase(phrase: str, morphology: dict[str, Any]) -> list[tuple[tuple[str, Form], ...]]:
    """A phrase as lists of token alternatives; ``@root`` words multiply into all their forms."""
    variants: list[list[tuple[str, Form]]] = [[]]
    for word in phrase.lower().split():
        if word.startswith("@"):
            options = inflect(word[1:], morphology)
        else:
            options = [(t.low, Form("", "")) for t in tokenize(word)]
            if len(options) > 1:  # a hyphenated or punctuated word: keep its tokens in sequence
                variants = [v + options for v in variants]
                continue
        variants = [v + [o] for v in variants for o in options]
    return [tuple(v) for v in variants if v]


def _entry(raw: dict[str, Any], kind: str, where: str) -> Entry:
    etype = raw.get("type")
    if etype not in EVENT_TYPES:
        raise ConfigError(f"{where}: unknown PLOVER type {etype!r}; one of {', '.join(EVENT_TYPES)}")
    return Entry(
        type=etype,
        mode=raw.get("mode") or None,
        kind=kind,
        symmetric=bool(raw.get("symmetric", False)),
        locative_recipient=bool(raw.get("locative_recipient", False)),
        negates_complement=bool(raw.get("negates_complement", False)),
        requires_recipient=bool(raw.get("requires_recipient", False)),
        contexts=tuple(raw.get("contexts", ())),
        confidence=raw.get("confidence"),
        objects=tuple(tuple(t.low for t in tokenize(o)) for o in raw.get("objects", ())),
        object_window=int(raw.get("object_window", 4)),
        subjects=tuple(tuple(t.low for t in tokenize(o)) for o in raw.get("subjects", ())),
        subject_window=int(raw.get("subject_window", 12)),
        unless_subjects=tuple(tuple(t.low for t in tokenize(o)) for o in raw.get("unless_subjects", ())),
        takes_subject=bool(raw.get("takes_subject", False)),
        with_recipient=raw.get("with_recipient") or None,
        orders=bool(raw.get("orders", False)),
        medium=bool(raw.get("medium", False)),
        implied_actor=_sector(raw.get("implied_actor"), where),
        subject_role=_subject_role(raw.get("subject_role"), where),
        agent_preps=frozenset(w.lower() for w in raw.get("agent_preps", [])),
        content=bool(raw.get("content", False)),
    )


def _subject_role(value: Any, where: str) -> str | None:
    if value not in (None, "actor", "recipient", "event", "instrument"):
        raise ConfigError(f"{where}: subject_role is one of actor, recipient, event, instrument, not {value!r}")
    return value


def _sector(value: Any, where: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or not value.isupper():
        raise ConfigError(f"{where}: implied_actor must be a PLOVER sector code such as \"COP\", not {value!r}")
    return value


def _listed_passive(words: tuple[tuple[str, Form], ...], prefixes: tuple[str, ...]) -> tuple[tuple[str, Form], ...]:
    """A verb written out in full with a passive prefix ("diamankan", "dicabut") is a passive like the forms
    ``@root`` generates: its head carries the prefix, so that its subject is the recipient."""
    (head, form), rest = words[0], words[1:]
    if form.prefix:
        return words
    prefix = next((p for p in prefixes if head.startswith(p) and len(head) > len(p) + 2), None)
    return ((head, Form(prefix, "")), *rest) if prefix else words


@cache
def lexicon(code: str) -> Lexicon:
    """The compiled trigger lexicon of a language pack (cached per pack)."""
    pack = lang.pack(code)
    data = pack.data("events")
    morphology = data.get("morphology", {})
    lex = Lexicon(
        code=pack.code,
        data=data,
        passive_prefixes=frozenset(morphology.get("passive_prefixes", [])),
        participle_suffixes=frozenset(morphology.get("participle_suffixes", [])),
        participles=frozenset(w.lower() for w in morphology.get("participles", [])),
        passive_auxiliaries=frozenset(w.lower() for w in morphology.get("passive_auxiliaries", [])),
        reduced_passive_agents=frozenset(w.lower() for w in morphology.get("reduced_passive_agents", [])),
        gerund_suffixes=tuple(morphology.get("gerund_suffixes", [])),
        noun_determiners=frozenset(w.lower() for w in morphology.get("noun_determiners", [])),
        possessive_endings=tuple(morphology.get("possessive_endings", [])),
        attributive_after=frozenset(w.lower() for w in morphology.get("attributive_after", [])),
    )
    noun_suffixes = morphology.get("noun_suffixes", [""])
    listed_passive = tuple(morphology.get("listed_passive_prefixes", []))
    for n, raw in enumerate(data.get("trigger", [])):
        where = f"lang/{pack.code}/events.toml trigger #{n + 1}"
        for key, kind in (("verbs", "verb"), ("nouns", "noun")):
            entry = _entry(raw, kind, where)
            if entry.implied_actor and entry.implied_actor not in data.get("agents", {}):
                # the implied party is named by the pack's first role noun of its sector ("polisi", "police")
                raise ConfigError(f"{where}: implied_actor {entry.implied_actor!r} has no role nouns in [agents]")
            for phrase in raw.get(key, []):
                for words in _expand_phrase(phrase, morphology):
                    if kind == "verb":
                        words = _listed_passive(words, listed_passive)
                    lex.add(words, entry)
                    if kind == "noun" and len(words) == 1:  # clitics on nouns: "kecamannya"
                        for suffix in noun_suffixes:
                            if suffix:
                                lex.add(((words[0][0] + suffix, words[0][1]),), entry)
    blocker = Entry(type="", mode=None, kind="ignore", ignore=True)
    for phrase in data.get("ignore", {}).get("phrases", []):
        for words in _expand_phrase(phrase, morphology):
            lex.add(words, blocker)
    lex.finalize()
    return lex


class PhraseSet(list):
    """Token tuples indexed by their first token, so a look-up costs one dict hit per token."""

    def __init__(self, phrases) -> None:
        super().__init__(sorted((p for p in phrases if p), key=len, reverse=True))
        self.by_first: dict[str, list[tuple[str, ...]]] = {}
        for p in self:
            self.by_first.setdefault(p[0], []).append(p)


def phrase_set(words: list[str]) -> PhraseSet:
    """A word list of a language pack as token tuples, longest first."""
    return PhraseSet(tuple(t.low for t in tokenize(p)) for p in words)


def cue_phrases(data: dict[str, Any], key: str) -> PhraseSet:
    """A cue list of events.toml (``negation``, ``future``, …) as token tuples, longest first."""
    return phrase_set(data.get("cues", {}).get(key, []))


def find_phrase(lows: list[str], phrases: PhraseSet, start: int, end: int) -> int | None:
    """Index of the last occurrence of any phrase wholly inside ``lows[start:end]``, else None."""
    best = None
    end = min(end, len(lows))
    by_first = phrases.by_first
    for i in range(max(0, start), end):
        for p in by_first.get(lows[i], ()):
            if i + len(p) <= end and tuple(lows[i : i + len(p)]) == p:
                best = i
                break
    return best

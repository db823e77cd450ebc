"""What the words around a trigger say about it: negation, modality, mode, contexts, and which time and place of
its sentence belong to it. The words are the ``[cues]``, ``[modes]``, ``[mode_defaults]``, ``[contexts]``,
``[demand]`` and ``[blame]`` tables of the language's ``events.toml`` (and a few ``[arguments]`` words); the rules
here are language-neutral. (A clause that sums up a lasting state, told in the perfect with a long span, is
``background.py``'s; ``Cues.background`` is the sentence set back by an opener such as "Sebelumnya".) The day the
article reports on and the ISO date arithmetic are in ``event_dates.py``.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Any

from ..model import Place, TimeExpr
from .event_dates import after_published, first_ending_after, week_month
from .triggers import PhraseSet, Token, find_phrase, phrase_set, tokenize


@dataclass(slots=True)
class Cues:
    negation: PhraseSet
    negation_suffixes: tuple[str, ...]
    future: PhraseSet
    future_after: PhraseSet
    hypothetical: PhraseSet
    hypothetical_after: PhraseSet
    reporting: PhraseSet
    complementizers: set[str]
    links: set[str]
    breaks: set[str]
    window: int
    relative: set[str]
    time_skip: set[str]
    complement_scope: set[str]
    directives: set[str]
    verb_prefixes: tuple[str, ...]
    auxiliaries: set[str]
    noun_negated: PhraseSet
    noun_proposed: PhraseSet
    noun_future: PhraseSet
    demonstratives: set[str]
    not_yet: PhraseSet
    noun_topic_before: PhraseSet
    tally_after: PhraseSet
    coordinated: set[str]
    noun_unrealised_before: PhraseSet
    demand_modals: PhraseSet
    demand_bare_speech: PhraseSet
    demand_bare_gap: int
    demand_not_acts: set[str]
    demand_party_anaphors: set[str]
    blame_speech: PhraseSet
    blame_nouns: PhraseSet
    blame_window: int
    modes: dict[str, dict[str, PhraseSet]]
    mode_window: int
    contexts: dict[str, PhraseSet]
    mode_defaults: dict[str, str] = field(default_factory=dict)
    citation: PhraseSet = field(default_factory=lambda: PhraseSet([]))
    background_words: PhraseSet = field(default_factory=lambda: PhraseSet([]))
    background_openers: PhraseSet = field(default_factory=lambda: PhraseSet([]))
    anonymity: PhraseSet = field(default_factory=lambda: PhraseSet([]))
    weekdays: frozenset[str] = frozenset()
    not_only: PhraseSet = field(default_factory=lambda: PhraseSet([]))
    negation_barriers: frozenset[str] = frozenset()
    report_links: frozenset[str] = frozenset()
    adjacent_negation: frozenset[tuple[str, ...]] = frozenset()
    manner_links: frozenset[str] = frozenset()
    involvement: frozenset[str] = frozenset()
    involvement_links: frozenset[str] = frozenset()
    _ctx_index: dict[str, list[tuple[tuple[str, ...], str]]] | None = None

    @classmethod
    def of(cls, data: dict[str, Any], calendar: dict[str, Any] | None = None) -> Cues:
        """The cues of a pack's ``events.toml`` (``data``); ``calendar`` (its ``calendar.toml``) gives the weekday
        names that dates are re-anchored by."""
        cues = data.get("cues", {})
        modes = data.get("modes", {})
        blame = data.get("blame", {})
        return cls(
            negation=phrase_set(cues.get("negation", [])),
            negation_suffixes=tuple(cues.get("negation_suffixes", [])),
            future=phrase_set(cues.get("future", [])),
            future_after=phrase_set(cues.get("future_after", [])),
            hypothetical=phrase_set(cues.get("hypothetical", [])),
            hypothetical_after=phrase_set(cues.get("hypothetical_after", [])),
            reporting=phrase_set(cues.get("reporting", [])),
            complementizers={w.lower() for w in cues.get("complementizers", [])},
            links={w.lower() for w in cues.get("complement_links", [])},
            breaks={w.lower() for w in cues.get("clause_breaks", [])},
            window=int(cues.get("window", 3)),
            relative={w.lower() for w in cues.get("relative", ["yang", "which", "who", "whose"])},
            time_skip={w.lower() for w in cues.get("time_skip", [])},
            complement_scope={w.lower() for w in cues.get("complement_scope", [])},
            directives={w.lower() for w in cues.get("directives", [])},
            verb_prefixes=tuple(w.lower() for w in data.get("arguments", {}).get("verb_prefixes", [])),
            auxiliaries={w.lower() for w in data.get("arguments", {}).get("auxiliaries", [])},
            noun_negated=phrase_set(cues.get("noun_negated", [])),
            noun_proposed=phrase_set(cues.get("noun_proposed", [])),
            noun_future=phrase_set(cues.get("noun_future", [])),
            demonstratives={w.lower() for w in cues.get("demonstratives", [])},
            not_yet=phrase_set(cues.get("negation_not_yet", [])),
            noun_topic_before=phrase_set(cues.get("noun_topic_before", [])),
            tally_after=phrase_set(cues.get("tally_after", [])),
            coordinated={w.lower() for w in cues.get("coordinated_scope", [])},
            noun_unrealised_before=phrase_set(cues.get("noun_unrealised_before", [])),
            demand_modals=phrase_set(data.get("demand", {}).get("modals", [])),
            demand_bare_speech=phrase_set(data.get("demand", {}).get("bare_speech", [])),
            demand_bare_gap=int(data.get("demand", {}).get("bare_gap", 0)),
            demand_not_acts={w.lower() for w in data.get("demand", {}).get("not_acts", [])},
            demand_party_anaphors={w.lower() for w in data.get("demand", {}).get("party_anaphors", [])},
            blame_speech=phrase_set(blame.get("speech", [])),
            blame_nouns=phrase_set(blame.get("nouns", [])),
            blame_window=int(blame.get("window", 5)),
            modes={
                t: {m: phrase_set(ws) for m, ws in table.items()} for t, table in modes.items() if isinstance(table, dict)
            },
            mode_window=int(modes.get("window", 6)),
            mode_defaults=dict(data.get("mode_defaults", {})),
            contexts={c: phrase_set(ws) for c, ws in data.get("contexts", {}).items()},
            citation=phrase_set(cues.get("citation", []) + cues.get("reporting", [])),
            background_words=phrase_set(cues.get("background", [])),
            background_openers=phrase_set(cues.get("background_openers", [])),
            anonymity=phrase_set(cues.get("anonymity", [])),
            weekdays=frozenset(w.lower() for w in (calendar or {}).get("days", {})),
            not_only=phrase_set(cues.get("negation_not_only", [])),
            negation_barriers=frozenset(w.lower() for w in cues.get("negation_barriers", [])),
            report_links=frozenset(w.lower() for w in cues.get("report_links", [])),
            manner_links=frozenset(w.lower() for w in cues.get("manner_links", [])),
            involvement=frozenset(w.lower() for w in cues.get("involvement", [])),
            involvement_links=frozenset(w.lower() for w in cues.get("involvement_links", [])),
            adjacent_negation=frozenset(tuple(t.low for t in tokenize(w)) for w in cues.get("negation_adjacent", [])),
        )

    # --- clause -------------------------------------------------------------------------------------------

    def clause_start(self, lows: list[str], index: int) -> int:
        i = index - 1
        while i >= 0 and lows[i] not in self.breaks and lows[i] != ",":
            i -= 1
        return i + 1

    # --- negation and modality ------------------------------------------------------------------------------

    def negated(self, lows: list[str], first: int, subject_at: int | None = None) -> bool:
        """A negation word shortly before the trigger, in its clause, and not before the trigger's own subject
        (``subject_at``: "Mahathir tidak tahu alasan Joko Widodo menolak" does not negate the refusal)."""
        start = self._negation_start(lows, first, subject_at)
        if self._negator(lows, self.negation, start, first) is not None:
            return True
        return any(w.endswith(self.negation_suffixes) for w in lows[start:first]) if self.negation_suffixes else False

    def never(self, lows: list[str], first: int, subject_at: int | None = None) -> bool:
        """The negation before the trigger says it has never or not yet happened ("tidak pernah setuju", "belum
        memberikan respons"), which is no refusal."""
        start = self._negation_start(lows, first, subject_at)
        return self._negator(lows, self.not_yet, start, first) is not None

    def _negation_start(self, lows: list[str], first: int, subject_at: int | None) -> int:
        start = max(self.clause_start(lows, first), first - self.window - 1)
        if subject_at is not None and start <= subject_at < first:
            start = subject_at + 1
        return start

    def _negator(self, lows: list[str], phrases: PhraseSet, start: int, first: int) -> int | None:
        """The nearest negation phrase of ``phrases`` before ``first`` whose scope reaches the trigger: none of
        ``negation_barriers`` between them ("Jangan pergi sampai saya meminta Anda": the request is not denied),
        not "not only" ("tidak hanya menghancurkan …, dia juga …" asserts it), and for a preposition-like negator
        (``negation_adjacent``: "tanpa") nothing but auxiliaries between ("tanpa secara langsung menyalahkan")."""
        for k in range(first - 1, start - 1, -1):
            if lows[k] in self.negation_barriers and not (
                k > 0 and (lows[k - 1],) in self.negation.by_first.get(lows[k - 1], ())
            ):
                return None  # ("belum sampai ada warga yang diserang": "not yet to the point", no subordinator)
            for p in phrases.by_first.get(lows[k], ()):
                if k + len(p) <= first and tuple(lows[k : k + len(p)]) == p:
                    if any(tuple(lows[k : k + len(q)]) == q for q in self.not_only.by_first.get(lows[k], ())):
                        break
                    between = lows[k + len(p) : first]
                    if p in self.adjacent_negation and any(
                        w not in self.auxiliaries and (w,) not in self.demand_modals.by_first.get(w, ())
                        for w in between
                    ):
                        break  # "ribuan pemuda tanpa senjata berpawai": "tanpa" negates the noun after it
                    return k
        return None

    def modality(self, lows: list[str], first: int, last: int, in_quote: bool, event_type: str = "") -> str:
        clause = self.clause_start(lows, first)
        if find_phrase(lows, self.hypothetical, clause, first) is not None:
            return "hypothetical"
        # a condition after it ("… jika mereka menerima") makes an act conditional; a threat is uttered all the same
        if event_type != "THREATEN" and find_phrase(lows, self.hypothetical_after, last + 1, len(lows)) is not None:
            return "hypothetical"
        start = max(clause, first - self.window - 1)
        if find_phrase(lows, self.future, start, first) is not None:
            return "future"
        if find_phrase(lows, self.future_after, last + 1, last + 1 + self.mode_window) is not None:
            return "future"
        if first > 0 and lows[first - 1] in self.coordinated and find_phrase(lows, self.future, clause, first) is not None:
            # "Pemerintah akan terus melakukan penyemaian awan dan mengirim bantuan": the auxiliary of the first verb
            # of a coordinated predicate scopes the verbs after it
            return "future"
        governed = self.governed_modality(lows, clause, first)
        if governed is not None:
            return governed
        if in_quote or self.reported(lows, first):
            return "reported"
        return "asserted"

    def background(self, lows: list[str], first: int) -> bool:
        """Is the trigger set back as background: a sentence opening with "Sebelumnya, …" or "Diketahui
        sebelumnya, …", or a clause of its own opened by "setelah"/"sejak" or holding "pernah"? Such a telling
        mostly recalls an earlier event. (A main clause after "Setelah X," is the news, not the background.)"""
        start = first - 1
        while start >= 0 and lows[start] not in (".", ";"):
            start -= 1
        if find_phrase(lows, self.background_openers, start + 1, min(first, start + 4)) is not None:
            return True
        clause = self.clause_start(lows, first)
        return find_phrase(lows, self.background_words, max(0, clause - 1), first) is not None

    def anonymous(self, lows: list[str], last: int) -> bool:
        """A source asking not to be named right after the trigger ("meminta namanya tidak disebutkan",
        "asked not to be named"): journalism's convention, not a political request."""
        return find_phrase(lows, self.anonymity, last + 1, last + 6) is not None

    def tally(self, lows: list[str], last: int) -> bool:
        """A count right after the trigger ("telah bertemu tiga kali sejak Juni") sums up several events told one
        by one elsewhere: a tally, not a dated act (gold/README.md, generic background)."""
        return find_phrase(lows, self.tally_after, last + 1, last + 4) is not None

    def topic(self, lows: list[str], first: int) -> bool:
        """A noun trigger right after a topic or circumstance preposition ("terkait pada dukungan Havana", "di tengah
        aksi massa") names what something is about or amid, not an event the sentence reports."""
        if find_phrase(lows, self.noun_topic_before, max(0, first - 3), first) is not None:
            return True
        # what a named party is involved in: "bukti keterlibatan Iran dalam serangan itu" (a possessor between)
        return (
            first > 0
            and lows[first - 1] in self.involvement_links
            and any(w in self.involvement for w in lows[max(0, first - 6) : first - 1])
        )

    def nominal(self, lows: list[str], last: int, first: int | None = None) -> tuple[bool, str | None]:
        """What the predicate after a noun trigger says of it: (negated, modality or None). "pertemuan … tidak akan
        terjadi" did not happen; "Pertemuan Trump-Rouhani digagas oleh Macron" was only proposed (hypothetical);
        "pertemuan itu dijadwalkan …" is future."""
        end = last + 1
        while end < len(lows) and end <= last + 10 and lows[end] not in self.breaks:
            end += 1
        if find_phrase(lows, self.noun_negated, last + 1, end) is not None:
            return True, None
        if find_phrase(lows, self.noun_proposed, last + 1, end) is not None:
            return False, "hypothetical"
        if first is not None and find_phrase(lows, self.noun_unrealised_before, max(0, first - 2), first) is not None:
            return False, "hypothetical"  # "merencanakan serangan", "ancaman serangan": not (yet) done
        if find_phrase(lows, self.noun_future, last + 1, end) is not None:
            return False, "future"
        return False, None

    def refers_back(self, lows: list[str], last: int) -> bool:
        """A noun trigger with a demonstrative right after it (one modifier between): "serangan tersebut", "aksi
        massa itu", "serangan udara ini" name an event already told."""
        return any(w in self.demonstratives for w in lows[last + 1 : last + 3])

    def refers_back_at(self, text: str, end: int) -> bool:
        """Is the mention ending at ``end`` followed by a demonstrative ("kelompok militan itu")?"""
        nxt = tokenize(text, end, min(len(text), end + 12))
        return bool(nxt) and nxt[0].low in self.demonstratives

    def governed_modality(self, lows: list[str], clause: int, first: int) -> str | None:
        """A trigger in a purpose or complement clause ("untuk", "agar") takes the modality of the verb it completes:
        "akan menyurati Presiden untuk mengeluhkan …" is future; what one suggests, urges or orders ("menyarankan
        AS untuk merespons dengan menyerang …") has not happened: hypothetical (the directive is the event)."""
        link = next((k for k in range(first - 1, clause - 1, -1) if lows[k] in self.complement_scope), None)
        if link is None:
            return None
        head = link + 1
        while head < first and lows[head] in self.auxiliaries:
            head += 1
        if head != first and not lows[head].startswith(self.verb_prefixes):
            return None  # a preposition ("delegasi Kuba untuk PBB"), not a clause
        lo = max(clause, link - self.window - 6)  # the governing verb and its object ("menyurati Presiden Jokowi")
        if any(w in self.directives for w in lows[lo:link]):
            return "hypothetical"
        if find_phrase(lows, self.future, lo, link) is not None:
            return "future"
        return None

    def manner_clause(self, lows: list[str], first: int) -> bool:
        """Is the trigger the verb of a manner clause ("tanpa secara langsung menyalahkan", "sambil mengecam"):
        one of ``manner_links`` before it, only auxiliaries between?"""
        k = first - 1
        while k >= 0 and lows[k] in self.auxiliaries and lows[k] not in self.manner_links:
            k -= 1
        return k >= 0 and lows[k] in self.manner_links

    def report_link(self, lows: list[str], first: int) -> int | None:
        """The "bahwa"/"that" opening the clause the trigger is in, if any (``report_links``)."""
        for i in range(first - 1, -1, -1):
            if lows[i] in self.report_links:
                return i
            if lows[i] in self.breaks:
                return None
        return None

    def reported(self, lows: list[str], first: int) -> bool:
        """The trigger sits in the complement clause of a reporting verb: "X mengatakan bahwa …", "X said that …"."""
        for i in range(first - 1, -1, -1):
            if lows[i] in self.complementizers:
                return find_phrase(lows, self.reporting, max(0, i - 4), i) is not None
            if lows[i] in self.breaks:
                return False
        return False

    # --- mode and contexts ----------------------------------------------------------------------------------

    def mode(self, event_type: str, lows: list[str], first: int, last: int) -> str | None:
        """The mode whose words (``[modes.TYPE]``) stand nearest the trigger within ``mode_window`` tokens (the
        complement of a request counts from its link on); the type's default is ``default_mode``."""
        table = self.modes.get(event_type)
        if not table:
            return None
        lo, hi = max(0, first - self.mode_window), min(len(lows), last + 1 + self.mode_window)
        link = next((k for k in range(last + 1, min(len(lows), hi + 4)) if lows[k] in self.complement_scope), None)
        if link is not None:
            # what is asked, refused or threatened is told in the complement ("meminta pihak-pihak yang bertikai di
            # Yaman untuk berdamai"): its words count from the link on, up to the clause's end
            end = link + 1
            while end < len(lows) and end <= link + self.mode_window and lows[end] not in self.breaks:
                end += 1
            hi = max(hi, end)
        best: tuple[int, str] | None = None
        for mode, phrases in table.items():
            at = find_phrase(lows, phrases, lo, hi)
            if at is not None:
                distance = min(abs(at - first), abs(at - last))
                if best is None or distance < best[0]:
                    best = (distance, mode)
        return best[1] if best else None

    def default_mode(self, event_type: str) -> str | None:
        """The mode of an event none of whose tellings named one (``[mode_defaults]``: a request for something that
        is no meeting, help or concession asks for a change, PLOVER REQUEST "change"). Filled after dedup, so that
        it never keeps two tellings of one request apart."""
        return self.mode_defaults.get(event_type)

    def venue(self, tokens: list[Token], first: int, last: int, place: Place) -> bool:
        """Is ``place`` where the trigger's act took place: in its clause, with no topic word between them ("bertemu
        Maas … di Berlin"; not "bertukar pandangan tentang konflik di Ukraina")?"""
        at = next((i for i, tok in enumerate(tokens) if place.start is not None and tok.end > place.start), None)
        if at is None:
            return False
        lows = [t.low for t in tokens]
        lo, hi = (last + 1, at) if at > last else (at + 1, first)
        if any(w in self.breaks for w in lows[lo:hi]):
            return False
        return find_phrase(lows, self.noun_topic_before, lo, hi) is None

    @staticmethod
    def venue_mode(parties: list[set[str]], venue: str | None) -> str | None:
        """A meeting's mode from where it was held (PLOVER CONSULT): in the country of one side and not of another,
        a visit ("Wong bertemu Maas … di Berlin"); in the country of no side, hosted by a third party ("pertemuan
        Trump dan Kim di Vietnam"). ``parties`` are the country sets of the sides (actors, recipients; each party of
        a symmetric event a side of its own); None without a venue or with fewer than two countries."""
        if not venue:
            return None
        countries = [c for c in parties if c]
        if len(set().union(*countries)) < 2 if countries else True:
            return None
        home = [venue in c for c in countries]
        if any(home) and not all(home):
            return "visit"
        return None if any(home) else "third-party"

    def contexts_in(self, lows: list[str]) -> list[str]:
        """The contexts whose keywords occur in ``lows``, in the order of the pack's table (one pass over tokens)."""
        index = self._context_index()
        found: set[str] = set()
        for i, w in enumerate(lows):
            for phrase, context in index.get(w, ()):
                if context not in found and tuple(lows[i : i + len(phrase)]) == phrase:
                    found.add(context)
        return [c for c in self.contexts if c in found]

    def _context_index(self) -> dict[str, list[tuple[tuple[str, ...], str]]]:
        index = getattr(self, "_ctx_index", None)
        if index is None:
            index = {}
            for context, phrases in self.contexts.items():
                for phrase in phrases:
                    index.setdefault(phrase[0], []).append((phrase, context))
            self._ctx_index = index
        return index

    def contexts_of_text(self, text: str | None) -> list[str]:
        return self.contexts_in([t.low for t in tokenize(text)]) if text else []

    # --- time and place -------------------------------------------------------------------------------------

    def pick_time(
        self,
        times: list[TimeExpr],
        tokens: list[Token],
        first: int,
        last: int,
        published: str | None,
        modality: str,
        intent: bool = False,
        announced: bool = False,
    ) -> TimeExpr | None:
        """The time expression of the sentence that dates this trigger, its value as the event's date
        (``event_value``): the nearest usable one, skipping those in a relative clause after it ("KTT … yang
        diselenggarakan … pada 4 Juli") and, for a trigger in a relative clause, those before the clause, after "sejak"/"since", and — for an event told as past — those after the
        publication date or in a clause that looks forward (``planned``); for an ``intent`` (what is agreed, asked or refused has not happened) those in its
        purpose or complement clause (``in_complement``); for an act ``announced`` (a future act PLOVER codes as the
        commitment: AGREE, THREATEN) those after it, which say when the act is to happen. A citation stamp ("kata X, mengutip Reuters, Rabu (11/9/2019)") dates the statement
        only when the sentence names no other time: "Melansir BBC, Selasa (17/9/2019), X mencukur rambutnya … pada
        Senin (16/9)" happened on Monday."""
        lows = [t.low for t in tokens]
        rel = first - 1
        while rel >= 0 and lows[rel] in self.auxiliaries:
            rel -= 1
        rel = rel if rel >= 0 and lows[rel] in self.relative else -1  # "… yang disepakati": a relative clause
        best: tuple[tuple[bool, int], TimeExpr] | None = None
        ends = [tok.end for tok in tokens]
        for t in times:
            if t.type not in ("DATE", "TIME") or not t.value or not t.value[:4].isdigit():
                continue
            at = first_ending_after(ends, t.start)
            if at is None:
                continue
            if at > last and any(w in self.relative for w in lows[last + 1 : at]):
                continue
            if at < rel:
                continue  # "… pada akhir September … tempat yang disepakati": the time is the head clause's
            if any(w in self.time_skip for w in lows[max(0, at - 2) : at]):
                continue
            if intent and at > last and self.in_complement(lows, first, at):
                # "bersedia untuk berunding … pada akhir September": the date of what is offered (from the first
                # word: a frame's trigger spans its complement, "bersedia untuk berunding")
                continue
            if modality in ("asserted", "reported") and not announced and self.planned(lows, at):
                continue  # "… akan dimakamkan pada Minggu": the day of a plan, not of what was done
            if announced and at > last:
                continue  # "akan melakukan diskusi … pada akhir September": when the announced act is to happen
            value = self.event_value(t, published, modality)
            if value is None:
                continue
            distance = at - last if at > last else first - at
            rank = (self.stamp(lows, at), distance)
            if best is None or rank < best[0]:
                best = (rank, replace(t, value=value))
        return best[1] if best else None

    def in_complement(self, lows: list[str], last: int, at: int) -> bool:
        """Does a purpose or complement clause ("untuk", "agar") open between the trigger ending at ``last`` and
        the time at ``at``? The time then dates the act it introduces ("menginginkan negaranya untuk berhenti … untuk
        menghindari terulangnya bencana pada 2011"), not the trigger."""
        return any(w in self.complement_scope for w in lows[last + 1 : at])

    def planned(self, lows: list[str], at: int) -> bool:
        """Is the time at ``at`` in a clause that looks forward ("akan disemayamkan … pada Minggu malam")?"""
        clause = self.clause_start(lows, at)
        return find_phrase(lows, self.future, clause, at) is not None

    def stamp(self, lows: list[str], at: int) -> bool:
        """Is the time at token ``at`` a citation stamp: right after a comma that closes a reporting or citing
        phrase ("katanya kepada wartawan, Kamis (12/9/2019)", "Melansir BBC, Selasa (17/9/2019)")? It dates the
        telling, not what is told."""
        if at < 2 or lows[at - 1] != ",":
            return False
        lo = at - 2
        while lo > 0 and at - lo < 12 and lows[lo - 1] not in self.breaks:
            lo -= 1
        return find_phrase(lows, self.citation, lo, at - 1) is not None

    def event_value(self, t: TimeExpr, published: str | None, modality: str) -> str | None:
        """The date a time expression gives an event told as ``modality``, or None when it cannot date it. News
        tells the past: for an asserted or reported event a bare weekday the time layer put after publication is
        the one before it ("Akan tetapi, pada Rabu …" in a Thursday's paper), a month without a year after
        publication is last year's ("pada Februari" in September), and anything else after publication is not its
        date. A week ("pekan lalu") dates it to the month (gold/README.md, "pekan ini")."""
        value = t.value or ""
        past = modality in ("asserted", "reported")
        if past and after_published(value, published):
            value = self._past(t, value, published or "") or ""
            if not value:
                return None
        return week_month(value)

    def _past(self, t: TimeExpr, value: str, published: str) -> str | None:
        words = {w.low for w in tokenize(t.text)}
        if any(ch.isdigit() for ch in t.text):
            return None  # a written date or year is what the text says
        try:
            if len(value) >= 10 and words & self.weekdays:
                day = date.fromisoformat(value[:10])
                ahead = (day - date.fromisoformat(published[:10])).days
                back = day - timedelta(days=7 * -(-ahead // 7))  # the same weekday, on or before publication
                return back.isoformat() + value[10:]
            if len(value) == 7:
                return f"{int(value[:4]) - 1:04d}{value[4:]}"
        except ValueError:
            return None
        return None

    def pick_place(
        self, places: list[Place], tokens: list[Token], first: int, locative: set[str], parties: set[tuple[int, int]]
    ) -> Place | None:
        """The place of the sentence written after a locative preposition ("di Samarkand", "in Kabul"), nearest to
        the trigger; a place that is itself a participant is not where the event happened."""
        lows = [t.low for t in tokens]
        best: tuple[int, Place] | None = None
        ends = [tok.end for tok in tokens]
        for p in places:
            if p.start is None or p.end is None or (p.start, p.end) in parties:
                continue
            at = first_ending_after(ends, p.start)
            if at is None or not any(w in locative for w in lows[max(0, at - 2) : at]):
                continue
            distance = abs(at - first)
            if distance > 8:  # farther away it is mostly where something else happened (seed page)
                continue
            if best is None or distance < best[0]:
                best = (distance, p)
        return best[1] if best else None

"""The ``entities`` stage: recognise names, link them to the knowledge base, and code them as actors.

Four sources of mentions, in order of trust (a more trusted span wins where two overlap):

1. title + name patterns from the language pack ("Presiden Rusia Vladimir Putin" -> PER, RUS, GOV);
2. the knowledge base's aliases, matched with an Aho–Corasick automaton (Kremlin, SCO, Rusia, warga Rusia);
3. the CRF tagger, for languages that ship one (Indonesian), which finds the names nobody listed;
4. capitalised sequences with a head word or an attribution cue ("Partai X", "kata X", "X said").

Then within-article coreference (``coref``) gives later "Putin" the first full mention's code, and a bare office
("Presiden Rusia") its holder. Country and sector of a linked person come from the knowledge base's terms at the
article's date (GOV in office, ELI after).
"""

from __future__ import annotations

import bisect
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from .. import lang
from ..model import Doc, Entity
from ..registry import stage
from .affiliations import (
    AFFILIATION_TYPES,
    NOBODY,
    TYPE_RANK,
    affiliation_lead,
    appositive_offices,
    best,
    body_before,
    body_inside,
    country_after,
    described_nationality,
    foreign_home_body,
    is_place,
    known_place,
    leaders,
    owner_before,
    place_country,
    qualify,
    rank_before,
    ranked,
    role_of_country,
)
from .coref import CAPS, CRF, KB, ORG_WITH_COUNTRY, TITLE, Mention, resolve
from .gazetteer import Gazetteer, Match
from .ner_crf import CrfTagger, bio_spans
from .titles import Affiliation, TitleRules
from .tokens import Token, tokenize

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Cues:
    """Name cues of a language pack (``entities.toml``)."""

    org_heads: dict[str, str]
    org_tails: frozenset[str]
    loc_heads: frozenset[str]
    loc_tails: frozenset[str]
    person_cues: frozenset[str]
    not_names: frozenset[str]
    connectors: frozenset[str]
    caps_default: str | None
    has_crf: bool
    document_heads: frozenset[str] = frozenset()
    home_heads: tuple[tuple[str, ...], ...] = ()
    misc_tails: frozenset[str] = frozenset()  # "Olympic Games", "Paris Agreement": a name that is no party
    tail_sectors: dict[str, str] = field(default_factory=dict)  # "... Ministry" GOV, "... Command" MIL
    roles: dict[str, Any] = field(default_factory=dict)  # "dissidents from Egypt" (see affiliations.role_of_country)
    seat_hyphen: bool = False  # "a Madrid-style attack": a capital as a place (see _seat_as_place)

    @classmethod
    def of(cls, code: str) -> Cues:
        data = lang.pack(code).data("entities")
        return cls(
            org_heads=dict(data.get("org_heads", {})),
            org_tails=frozenset(data.get("org_tails", [])),
            loc_heads=frozenset(data.get("loc_heads", [])),
            loc_tails=frozenset(data.get("loc_tails", [])),
            person_cues=frozenset(data.get("person_cues", [])),
            not_names=frozenset(data.get("not_names", [])),
            connectors=frozenset(data.get("name_connectors", [])),
            caps_default=data.get("caps_default") or None,
            has_crf=bool(data.get("crf_model")),
            document_heads=frozenset(data.get("document_heads", [])),
            home_heads=tuple(tuple(h.split()) for h in data.get("home_heads", [])),
            misc_tails=frozenset(data.get("misc_tails", [])),
            tail_sectors=dict(data.get("org_tail_sectors", {})),
            roles=dict(data.get("roles", {})),
            seat_hyphen=bool(data.get("seat_hyphen", False)),
        )


@dataclass(slots=True)
class _Resources:
    code: str
    rules: TitleRules
    cues: Cues
    gazetteer: Gazetteer
    crf: CrfTagger | None


@stage("entities", version="1", requires=("article", "sentences"), provides=("entities",))
class Entities:
    """Named entities with knowledge-base links and actor codes (see the module docstring)."""

    def __init__(self, *, crf: bool = True, model: str | None = None, caps_fallback: bool = True):
        self.crf = crf
        self.model = model
        self.caps_fallback = caps_fallback
        self.kb: Any = None  # the knowledge base; loaded on first call (tests may set a small one)
        self._res: dict[str, _Resources] = {}

    def __getstate__(self) -> dict[str, Any]:
        return {"crf": self.crf, "model": self.model, "caps_fallback": self.caps_fallback, "kb": None, "_res": {}}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)

    # --- resources -----------------------------------------------------------------------------------------------

    def knowledge_base(self) -> Any:
        if self.kb is None:
            from ..kb import knowledge_base

            self.kb = knowledge_base()
        return self.kb

    def resources(self, language: str | None) -> _Resources:
        code = lang.pack(language).code
        if code not in self._res:
            kb = self.knowledge_base()
            gaz = Gazetteer(kb.aliases(code))
            cues = Cues.of(code)
            tagger = None
            if self.crf and cues.has_crf:
                data = lang.pack(code).data("entities")
                tagger = CrfTagger(self.model or None, code=code) if self.model else _packaged_tagger(data, code)
                if tagger is not None and not tagger.available:
                    log.warning("no CRF model for %r at %s; names come from rules only", code, tagger.model_path)
                    tagger = None
            self._res[code] = _Resources(code, TitleRules.of(code), cues, gaz, tagger)
        return self._res[code]

    # --- the stage -----------------------------------------------------------------------------------------------

    def __call__(self, doc: Doc) -> Doc:
        doc.entities = self.recognise(doc.text, doc.sentences, doc.article.language, doc.article.published)
        return doc

    def recognise(self, text: str, sentences: Sequence[Any], language: str | None,
                  published: str | None = None) -> list[Entity]:  # fmt: skip
        if not text.strip():
            return []
        res = self.resources(language)
        kb = self.knowledge_base()
        # Sorted by start so each sentence takes only its own matches (bisect): a long page stays linear.
        kb_matches = sorted(res.gazetteer.find(text), key=lambda m: m.start)
        match_starts = [m.start for m in kb_matches]
        spans = [(s.start, s.end) for s in sentences] or _paragraphs(text)
        mentions: list[Mention] = []
        bare: list[Mention] = []
        qualified: dict[str, Mention] = {}  # generic name -> its earlier mention with a country (see qualify)
        for start, end in spans:
            tokens = tokenize(text, start, end)
            if tokens:
                inside = kb_matches[bisect.bisect_left(match_starts, start) : bisect.bisect_left(match_starts, end)]
                found, offices = self._sentence(text, tokens, inside, res, kb, published, qualified)
                mentions += found
                bare += offices
        chosen = _resolve_overlaps(mentions)
        leaders(text, chosen, res.rules.leads)
        appositive_offices(text, chosen, bare, res.rules.apposition_links)
        body_before(text, chosen, res.rules)
        described_nationality(text, chosen, res.rules.description_openers, res.rules.description_stops)
        chosen = resolve(text, chosen, bare, res.cues.not_names | res.rules.title_words, res.rules.unheld_offices)
        return [m.entity() for m in sorted(chosen, key=lambda m: (m.start, m.end))]

    def _sentence(self, text: str, tokens: list[Token], kb_matches: list[Match], res: _Resources, kb: Any,
                  published: str | None, qualified: dict[str, Mention] | None = None,
                  ) -> tuple[list[Mention], list[Mention]]:  # fmt: skip
        lo, hi = tokens[0].start, tokens[-1].end
        start_index = {t.start: i for i, t in enumerate(tokens)}
        end_index = {t.end: i for i, t in enumerate(tokens)}
        low = [t.text.lower() for t in tokens]
        out: list[Mention] = []

        # 2. knowledge-base aliases
        kb_at: dict[int, tuple[int, Mention]] = {}
        qualified = {} if qualified is None else qualified
        for m in kb_matches:
            if m.start < lo or m.end > hi:
                continue
            mention = _kb_mention(text, m, kb, published)
            if mention is None:
                continue
            mention = qualify(mention, kb, res.code, qualified)
            i, j = start_index.get(m.start), end_index.get(m.end)
            if res.cues.seat_hyphen and _seat_as_place(text, mention):
                mention.type, mention.sector = "LOC", None
            out.append(mention)
            if i is not None and j is not None:
                kb_at[i] = (j + 1, mention)
        if res.rules.country_before:
            for i, (j, mention) in list(kb_at.items()):
                owned = owner_before(text, low, kb_at, i, mention)
                if owned is not None:
                    out.append(owned[1])
                    kb_at[owned[0]] = (j, owned[1])
        if res.cues.roles:
            out += role_of_country(text, tokens, low, kb_at, res.cues.roles)
        for i, (j, mention) in list(kb_at.items()):
            merged = foreign_home_body(text, mention, kb_at.get(j), res.rules.home)
            if merged is not None:
                out.append(merged)
                kb_at[i] = (kb_at[j][0], merged)
                qualify(merged, kb, res.code, qualified)

        # 3. the CRF
        crf_at: dict[int, tuple[int, Mention]] = {}
        crf_people: list[tuple[int, int]] = []
        stop: set[int] = set()  # tokens of a place or organisation, where a title's name cannot run
        if res.crf is not None:
            tags = res.crf.tag([t.text for t in tokens])
            for i, j, label in bio_spans(tags):
                if i == 0 and j == 1 and res.crf.casing_of(tokens[0].text) in "lL":
                    continue  # a capitalised common word opening the sentence ("Molekul yang keluar ...")
                if label == "PER" and all(low[k] in res.rules.title_words for k in range(i, j)):
                    continue  # an office alone ("Hakim menyebut ...", "JPU") is not a name
                mention = self._tagged(text, tokens, low, i, j, label, res, kb, kb_matches, published)
                if mention is not None and mention.type == "ORG":
                    mention = qualify(mention, kb, res.code, qualified)
                if mention is not None:
                    out.append(mention)
                    if mention.type == "ORG" and mention.kb_id is None:
                        rank_before(mention, low, i, res.rules)  # "AKBP Dony Eka Putra" tagged ORG: a person
                    if mention.type == "PER":
                        # from where the person starts ("Korsel Cho Kuk" tagged whole is "Cho Kuk" of Korsel)
                        crf_people.append((start_index.get(mention.start, i), j))
                        rank_before(mention, low, start_index.get(mention.start, i), res.rules)
                    elif not res.rules.titles.longest(low, i):  # "PM India Narendra Modi" tagged ORG is a title
                        stop.update(range(i, j))
                    if mention.type == "ORG":
                        crf_at[i] = (j, mention)

        # 1. titles (they need the affiliations found above)
        def affiliation_at(i: int) -> Affiliation | None:
            # the longest name starting there: "Angkatan Udara Pasukan Garda Revolusi Islam" (tagged, Iran's) over
            # the "Angkatan Udara" the knowledge base knows (Indonesia's)
            found = [table[i] for table in (kb_at, crf_at) if i in table and table[i][1].type in AFFILIATION_TYPES]
            if not found:
                # "Gubernur Virginia Ralph Northam": a place the office is named after gives its country
                for n in (3, 2, 1):
                    if i + n <= len(tokens) and (c := place_country(text[tokens[i].start : tokens[i + n - 1].end])):
                        return (i, i + n, c, None, None)
                return None
            j, m = max(found, key=lambda jm: jm[0])
            return (i, j, m.country, m.sector if m.type == "ORG" else None, m.kb_id)

        def ending_at(k: int) -> tuple[int, Mention] | None:
            for table in (kb_at, crf_at):
                for s, (j, m) in table.items():
                    if j == k + 1 and m.type in AFFILIATION_TYPES:
                        return s, m
            return None

        def affiliation_ending_at(i: int) -> Affiliation | None:
            k = i - 1
            # "Rwanda's information minister", "the Rwandan information minister", "Iraq's national security
            # adviser": up to two lower-case portfolio words between the country and the title
            p, words = k, 0
            while words < 2 and p > 0 and tokens[p].text.isalpha() and tokens[p].text.islower() \
                    and low[p] not in res.cues.not_names:  # fmt: skip
                p, words = p - 1, words + 1
                if low[p] in ("'s", "’s") or ending_at(p) is not None:
                    k = p
                    break
            if k >= 0 and low[k] in ("'s", "’s"):
                k -= 1
            found = ending_at(k)
            if found is None:
                return None
            s, m = found
            if m.country == "IGO" and s >= 2 and low[s - 1] in ("'s", "’s"):
                # "Russia's UN ambassador": the possessor's envoy to the body, not the body's
                owner = ending_at(s - 2)
                if owner is not None and owner[1].type in ("GPE", "NORP") and owner[1].country:
                    return (owner[0], s, owner[1].country, None, owner[1].kb_id)
            return (s, k + 1, m.country, m.sector if m.type == "ORG" else None, m.kb_id)

        for i, (j, m) in kb_at.items():
            if m.type != "PER":
                stop.update(range(i, j))
        offices: list[Mention] = []
        for tm in res.rules.find(tokens, affiliation_at, affiliation_ending_at, stop):
            first, last = tm.name_start, tm.name_end
            tagged = []
            if res.crf is not None:
                if first is not None and last is not None:
                    tagged = [(i, j) for i, j in crf_people if i < last and first < j]
                if not tagged:
                    # "Presiden Rusia, Vladimir Putin", "Menteri Lingkungan Hidup dan Kehutanan (LHK) Siti Nurbaya":
                    # the person the tagger found past a comma or a minister's portfolio
                    tagged = [(i, j) for i, j in crf_people if tm.window_start <= i < tm.window_end]
                    if tagged:
                        first, last = tagged[0]
            if first is None:
                if tm.country or tokens[tm.title_start].text[:1].isupper():
                    end_tok = max(tm.phrase_end, tm.title_end) - 1
                    s, e = tokens[tm.title_start].start, tokens[end_tok].end
                    offices.append(Mention(s, e, text[s:e], "PER", TITLE, None, None, tm.country, tm.sector,
                                           office=tm.office.office))  # fmt: skip
                continue
            assert last is not None
            if res.crf is not None:
                # With a tagger, the title codes the person the tagger found; a name it did not see must look
                # like one (each word mostly capitalised in running text: not "Menteri Perumahan Rakyat").
                if tagged:
                    first, last = max(first, tagged[0][0]), tagged[0][1]
                elif (
                    last - first < 2  # one unknown word after a title: "Kepala Imigrasi", "Ketua Komite"
                    or any(res.crf.casing_of(tokens[k].text) in "lL" for k in range(first, last))
                    or is_place(text, tokens[first].start, tokens[last - 1].end)  # "Gubernur DKI Jakarta"
                    or low[first] in res.cues.loc_heads  # "para Pemimpin Kepulauan Pasifik"
                    or known_place(text[tokens[first].start : tokens[last - 1].end])
                ):
                    continue
            s, e = tokens[first].start, tokens[last - 1].end
            person = _person(text, s, e, tm.country, tm.sector, tm.office.office, kb, published, res.code)
            person.home = tm.office.home if not tm.country else None
            out.append(person)

        # 4. capitalised sequences with a cue (and, for a language without a tagger, a default type)
        if self.caps_fallback:
            out += _capitalised(text, tokens, low, res, kb, published, with_default=res.crf is None)
        return out, offices

    def _tagged(self, text: str, tokens: list[Token], low: list[str], i: int, j: int, label: str, res: _Resources,
                kb: Any, kb_matches: list[Match], published: str | None = None) -> Mention | None:  # fmt: skip
        s, e = tokens[i].start, tokens[j - 1].end
        surface = text[s:e]
        if low[i] in res.cues.document_heads and j - i > 1:
            return Mention(s, e, surface, "MISC", CRF, None, None, None, None)  # a law or a treaty: not a party
        for entry in ranked(kb.lookup(surface, res.code)):
            country, sector = kb.code_at(entry.kb_id, published)
            kind = entry.type if entry.type in TYPE_RANK else label
            return Mention(s, e, surface, kind, CRF, entry.name, entry.kb_id, country, sector)
        if label == "PER" and (hon := res.rules.honorific_at(low, i)) is not None and hon[0] < j:
            rest = tokens[hon[0]].start
            if any(m.start == rest and m.end == e and (best(kb, m.keys) or NOBODY).type == "PER" for m in kb_matches):
                return None  # "Irjen Firli Bahuri": a rank before a name the knowledge base knows
            # "Brigadir Renita", "AKBP Dony Eka Putra": the rank is not part of the name (IDNER-2k leaves it out);
            # it gives the sector, and a rank only the home country's police use gives the country too
            person = Mention(rest, e, text[rest:e], "PER", CRF, None, None, None, hon[1])
            rank = " ".join(low[i : hon[0]]).rstrip(" .")
            person.country = res.rules.home if rank in res.rules.home_ranks else None
            return person
        inside = [m for m in kb_matches if s <= m.start and m.end <= e]
        covered = [any(m.start <= tokens[k].start and tokens[k].end <= m.end for m in inside) for k in range(i, j)]
        if len(inside) >= 2 and not all(covered) and all(
            c or low[k] in _LIST_WORDS for k, c in zip(range(i, j), covered, strict=True)
        ):
            return None  # "Pakistan dan India", "Iran, Rusia dan Turki": a list of known names, not one name
        if label == "PER" and (low[i] in res.cues.loc_heads or known_place(surface)):
            # "para Pemimpin Kepulauan Pasifik", "di Jenewa", "Lembah Yordan": a place the tagger took for a person
            return Mention(s, e, surface, "LOC", CRF, None, None, None, None)
        if label == "PER" and j - i >= 3:
            lead = affiliation_lead(kb, kb_matches, tokens, i, j, published)
            if lead is not None:
                lead.text = text[lead.start : lead.end]
                return lead
        country = sector = None
        name = kb_id = None
        priority = CRF
        if label == "ORG":
            sector = res.cues.org_heads.get(low[i]) or None
        if label == "PER" and any(s <= m.start and m.end <= e and (m.start, m.end) != (s, e)
                                  and (best(kb, m.keys) or NOBODY).type == "PER" for m in kb_matches):  # fmt: skip
            priority = ORG_WITH_COUNTRY  # "Ani Yudhoyono" is not the "Yudhoyono" the knowledge base knows
        if label in ("ORG", "LOC"):
            for m in kb_matches:
                if not (s <= m.start and m.end <= e):
                    continue
                entry = best(kb, m.keys)
                if entry is None:
                    continue
                if (m.start, m.end) == (s, e):
                    if label == "LOC" and entry.type == "ORG" and low[i] in res.cues.loc_heads:
                        # "di Gedung DPR": a building named after the body in it is a place (with its code)
                        country, sector = kb.code_at(entry.kb_id, None)
                        name, kb_id, priority = entry.name, entry.kb_id, ORG_WITH_COUNTRY
                    break
                if entry.type in ("GPE", "NORP", "LOC"):
                    # "Kementerian Luar Negeri Rusia", "Afrika Bersatu", "Jakarta Pusat": the longer name wins,
                    # and an organisation takes the country named inside it
                    priority = ORG_WITH_COUNTRY
                    if label == "ORG" and entry.type != "LOC" and entry.country and country is None:
                        country = entry.country
                elif entry.type == "ORG" and m.start == s:
                    # "Partai Persatuan Pembangunan (PPP)", "Kejaksaan Tinggi Sulawesi Selatan": the longer name
                    # keeps the code of the body it starts with, and its link when only an acronym is added
                    country, sector = kb.code_at(entry.kb_id, published)
                    tail = _ACRONYM_TAIL.fullmatch(text[m.end : e])
                    if tail and any(x.kb_id != entry.kb_id for x in kb.lookup(tail.group(1), res.code)):
                        return None  # "perutusan tetap RI untuk PBB (PTRI)": the bracket names another body
                    if tail:
                        name, kb_id = entry.name, entry.kb_id
                        priority = ORG_WITH_COUNTRY
                        break
                    inner = country_after(kb, kb_matches, m.end, e) or body_inside(kb, kb_matches, low, tokens, m, e)
                    if inner is not None and inner != country:
                        # "Kementerian Luar Negeri Kuba": a generic name with a country after it is that
                        # country's body, whatever country the generic name alone stands for
                        country, priority = inner, ORG_WITH_COUNTRY
                        break
                    priority = ORG_WITH_COUNTRY
                    break
        mention = Mention(s, e, surface, label, priority, name, kb_id, country, sector)
        if (
            label == "ORG"
            and country is None
            and kb_id is None
            and any(tuple(low[i : i + len(h)]) == h and j - i > len(h) for h in res.cues.home_heads)
        ):
            mention.home = res.rules.home  # "Kementerian Pertanian" (see entities.toml, home_heads)
        return mention


_LIST_WORDS = frozenset({"dan", "serta", "atau", "and", "or", ",", "&", "/"})


_ACRONYM_TAIL = re.compile(r"\s*\(\s*([A-Z][\w.-]{0,11})\s*\)")


def _packaged_tagger(data: dict[str, Any], code: str) -> CrfTagger | None:
    from .ner_crf import packaged_model

    name = data.get("crf_model")
    if not name:
        return None
    return CrfTagger(str(packaged_model().with_name(name)), code=code)


def _paragraphs(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for part in text.split("\n"):
        if part.strip():
            out.append((pos, pos + len(part)))
        pos += len(part) + 1
    return out


def _kb_mention(text: str, m: Match, kb: Any, published: str | None) -> Mention | None:
    entry = best(kb, m.keys)
    if entry is None:
        return None
    country, sector = kb.code_at(entry.kb_id, published)
    kind = entry.type if entry.type in TYPE_RANK else "MISC"
    return Mention(m.start, m.end, text[m.start : m.end], kind, KB, entry.name, entry.kb_id, country, sector)


def _person(text: str, s: int, e: int, country: str | None, sector: str | None, office: str | None, kb: Any,
            published: str | None, code: str) -> Mention:  # fmt: skip
    """A name introduced by a title; the knowledge base's code wins when it knows the person's terms."""
    surface = text[s:e]
    for entry in kb.lookup(surface, code):
        if entry.type == "PER":
            kb_country, kb_sector = kb.code_at(entry.kb_id, published)
            if entry.terms or not (country or sector):
                country, sector = kb_country or country, kb_sector or sector
            else:
                country, sector = country or kb_country, sector or kb_sector
            return Mention(s, e, surface, "PER", TITLE, entry.name, entry.kb_id, country, sector, office=office)
    return Mention(s, e, surface, "PER", TITLE, None, None, country, sector, office=office)


def _capitalised(text: str, tokens: list[Token], low: list[str], res: _Resources, kb: Any, published: str | None,
                 *, with_default: bool) -> list[Mention]:  # fmt: skip
    """Runs of capitalised words typed by a head word, an attribution cue, or (without a tagger) a default."""
    cues = res.cues
    out: list[Mention] = []
    i, n = 0, len(tokens)
    while i < n:
        if not _is_cap(tokens[i].text) or low[i] in cues.not_names or res.rules.titles.longest(low, i):
            i += 1
            continue
        j = i + 1
        while j < n:
            if _is_cap(tokens[j].text) and low[j] not in cues.not_names and not res.rules.titles.longest(low, j):
                j += 1
            elif low[j] in cues.connectors and j + 1 < n and _is_cap(tokens[j + 1].text):
                if with_default and low[j] in _LIST_WORDS and known_place(text[tokens[i].start : tokens[j - 1].end]):
                    break  # "the Golan Heights and South Carolina": a list of places, not one name
                j += 1
            else:
                break
        while j > i + 1 and low[j - 1] in cues.connectors:
            j -= 1
        s, e = tokens[i].start, tokens[j - 1].end
        kind: str | None = None
        sector = None
        country = None
        # With a tagger, the head-word rules are off: it covers organisations and places, and the rules only
        # added noise (IDNER-2k dev, micro-F1 0.770 with them, 0.775 without).
        if with_default and known_place(text[s:e]):
            # "the Gaza Strip", "Golan Heights", "South Carolina", "West Bank": a known place is no person (nor
            # a bank); it keeps its country for the places stage and for anyone reading the entity
            kind, country = "LOC", place_country(text[s:e])
        elif with_default and j - i > 1 and low[j - 1] in cues.misc_tails:
            kind = "MISC"  # "the Olympic Games", "the Paris Agreement": an event or a document, no party
        elif with_default and j - i > 1 and (low[i] in cues.org_heads or low[j - 1] in cues.org_tails):
            kind, sector = "ORG", cues.org_heads.get(low[i]) or cues.tail_sectors.get(low[j - 1]) or None
            country = _owner(text, tokens, i, j, kb, res.code)  # "U.S. Central Command", "Russian Defence Ministry"
        elif with_default and j - i > 1 and (low[i] in cues.loc_heads or low[j - 1] in cues.loc_tails):
            kind = "LOC"
        elif i > 0 and low[i - 1] in cues.person_cues and j - i <= 3:
            kind = "PER"
        elif j < n and low[j] in cues.person_cues and j - i <= 3 and 1 < j - i:
            kind = "PER"
        elif with_default:
            if j - i == 1 and tokens[i].text.isupper() and len(tokens[i].text) >= 2:
                kind = "ORG"  # an unknown acronym (NHS, BBC) is most often an organisation
            elif 1 < j - i <= 3:  # "Keir Starmer", "Tony Blair's feud ..." (function words never open a run)
                kind = cues.caps_default
        if kind is not None:
            surface = text[s:e]
            entry = next(iter(ranked(kb.lookup(surface, res.code))), None)
            if entry is not None:
                country, sec = kb.code_at(entry.kb_id, published)
                out.append(Mention(s, e, surface, entry.type, CAPS, entry.name, entry.kb_id, country, sec))
            else:
                # a known place ranks with the knowledge base's names, so the longer wins
                # ("the West Bank" over the region "the West"), and so does an event or document name ("the Paris
                # Agreement" over "Paris"); an organisation named with its country outranks the country's name
                rank = KB if kind == "LOC" and country or kind == "MISC" else CAPS
                if kind == "ORG" and country:
                    rank = ORG_WITH_COUNTRY
                out.append(Mention(s, e, surface, kind, rank, None, None, country, sector))
        i = j
    return out


def _seat_as_place(text: str, m: Mention) -> bool:
    """A capital joined by a hyphen to a word names the place, not its government ("a Madrid-style attack", "a
    Moscow-based bank"). After a locative preposition ("a ceremony in Rome") it is the place too, but the events
    stage still reads "a protest in Beijing" as aimed at China's government through the capital's code (PETR-2:
    turning "in <capital>" into a place lost two correct protest triples for one wrong actor), so that stays."""
    if m.type != "GPE" or not (m.kb_id or "").startswith("place:") or m.sector != "GOV":
        return False
    return text[m.end : m.end + 1] == "-" and text[m.end + 1 : m.end + 2].isalpha()


def _owner(text: str, tokens: list[Token], i: int, j: int, kb: Any, code: str) -> str | None:
    """The country of a country name or demonym of up to three words opening the run ``i``..``j`` (with at least
    one word after it): "U.S. Central Command" -> USA, "South Korean Defence Ministry" -> KOR."""
    for n in (3, 2, 1):
        if i + n < j:
            words = text[tokens[i].start : tokens[i + n - 1].end]
            for entry in kb.lookup(words, code):
                if entry.type in ("GPE", "NORP") and entry.country and entry.country != "IGO":
                    return entry.country
    return None


def _is_cap(word: str) -> bool:
    return word[:1].isupper()


def _resolve_overlaps(mentions: list[Mention]) -> list[Mention]:
    """Keep the most trusted of overlapping spans (then the longest, then the first)."""
    ranked = sorted(mentions, key=lambda m: (-m.priority, -(m.end - m.start), m.start))
    # The kept spans never overlap, so ordered by start they are ordered by end too: a new span only has to be
    # checked against its two neighbours (bisect), which keeps a long page from going quadratic.
    starts: list[int] = []
    by_start: list[Mention] = []
    taken: list[Mention] = []  # in rank order, as the coreference step expects
    for m in ranked:
        k = bisect.bisect_left(starts, m.start)
        if k > 0 and by_start[k - 1].end > m.start:
            continue
        if k < len(by_start) and by_start[k].start < m.end:
            continue
        starts.insert(k, m.start)
        by_start.insert(k, m)
        taken.append(m)
    return taken


__all__ = ["Cues", "Entities", "Mention"]

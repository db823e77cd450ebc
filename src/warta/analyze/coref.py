"""Within-article coreference of names: descriptions early in an article teach the rest of it.

* A later ``Putin`` or ``Modi`` (a surname or given name of a full name mentioned in the article) takes that full
  mention's name, knowledge-base id, country and sector, and is found even where no tagger saw it.
* An acronym in brackets after an organisation ("Komisi Pemberantasan Korupsi (KPK)") names it thereafter.
* A bare office ("Presiden Rusia" with no name after it) refers to the person the article named with that office
  and country; without a country, only when one person in the article held that office.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from ..model import Entity

# Trust of each source when spans overlap (higher wins); the entities stage ranks its candidates with these.
# A tagged organisation with a country inside it ("Kementerian Luar Negeri Rusia") outranks the country's alias.
COREF, CAPS, CRF, KB, ORG_WITH_COUNTRY, TITLE = 0, 1, 2, 3, 4, 5


@dataclass(slots=True)
class Mention:
    """A candidate entity while the stage works; ``office`` and ``priority`` do not reach the output."""

    start: int
    end: int
    text: str
    type: str
    priority: int
    name: str | None
    kb_id: str | None
    country: str | None
    sector: str | None
    office: str | None = None
    home: str | None = None  # the country a title implies when the text names none (``titles.Office.home``)

    def entity(self) -> Entity:
        return Entity(self.text, self.start, self.end, self.type, self.name or self.text,  # type: ignore[arg-type]
                      self.kb_id, self.country, self.sector)  # fmt: skip

    def inherit(self, other: Mention) -> None:
        self.name, self.kb_id = other.name or other.text, other.kb_id
        self.country, self.sector = other.country, other.sector
        self.office = self.office or other.office


_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _parts(name: str, stop: frozenset[str]) -> list[str]:
    return [w for w in _WORD.findall(name) if len(w) > 2 and w[:1].isupper() and w.lower() not in stop]


def resolve(text: str, mentions: list[Mention], offices: Iterable[Mention], stop: frozenset[str],
            unheld_offices: bool = False) -> list[Mention]:  # fmt: skip
    """Mentions with coreference applied, plus the mentions it found (name parts, acronyms, bare offices; with
    ``unheld_offices``, also an office with its country whose holder the article never names)."""
    mentions = sorted(mentions, key=lambda m: m.start)
    persons = [m for m in mentions if m.type == "PER" and len(_parts(m.text, stop)) >= 2]

    # name part -> the full mentions it may stand for (one per distinct person)
    by_part: dict[str, list[Mention]] = {}
    for full in persons:
        ident = full.kb_id or full.name or full.text
        for part in _parts(full.text, stop):
            slot = by_part.setdefault(part, [])
            if all((m.kb_id or m.name or m.text) != ident for m in slot):
                slot.append(full)
            elif full.kb_id or full.country:  # a better-coded mention of the same person
                slot[:] = [full if (m.kb_id or m.name or m.text) == ident and not m.country else m for m in slot]

    def antecedent(part: str, at: int) -> Mention | None:
        cands = by_part.get(part, [])
        if len({m.kb_id or m.name or m.text for m in cands}) != 1:
            return None  # unknown, or two people share it: leave it alone
        return cands[0]

    # a full name after a title that names no country: the country of the same person coded elsewhere in the article,
    # else the one the title implies ("Menteri Lingkungan Hidup dan Kehutanan (LHK) Siti Nurbaya" is Indonesian),
    # only in an article that names a party of that country at all (a story only about Malaysia's "Menteri Hukum
    # Liew Vui Keong" is no Indonesian's: dev gold okezone-1435)
    named = {m.country for m in mentions if m.country and not m.home}
    for m in mentions:
        if m.home not in named:
            m.home = None
    for m in mentions:
        if m.home and m.country is None and m.type != "PER":
            m.country = m.home  # "Kementerian Pertanian": an unqualified home-country body
        elif (m.home or m.office) and m.type == "PER" and m.country is None and len(_parts(m.text, stop)) >= 2:
            mine = set(_parts(m.text, stop))
            same = {o.kb_id or o.name or o.text: o for o in persons
                    if o is not m and o.country and o.home is None and mine <= set(_parts(o.text, stop))}  # fmt: skip
            if len(same) == 1:
                m.inherit(next(iter(same.values())))
            elif m.home:
                m.country = m.home

    # a repeated full name takes the code of its best-coded mention ("Narendra Modi" after "PM India Narendra Modi")
    best: dict[str, Mention] = {}
    for m in mentions:
        if m.type == "PER" and (m.kb_id or m.country or m.sector):
            prev = best.get(m.text)
            if prev is None or (m.kb_id and not prev.kb_id):
                best[m.text] = m
    for m in mentions:
        if m.type == "PER" and m.kb_id is None and m.text in best and best[m.text] is not m:
            if not (m.country or m.sector):
                m.inherit(best[m.text])

    # a short mention already found takes its full mention's code (and is a person, whatever a tagger said); so
    # does a surname after a title that names no country ("PM Morrison" after "Perdana Menteri Australia Scott
    # Morrison", "Menlu Zarif")
    for m in mentions:
        short = m.priority <= CRF or m.priority == TITLE and m.country is None
        if m.kb_id is None and short and len(_parts(m.text, stop)) == 1 and " " not in m.text:
            if m.type != "PER" and _parts(m.text, stop)[0] not in by_part:
                continue
            full = antecedent(_parts(m.text, stop)[0], m.start)
            if full is not None and full is not m and (full.country or m.priority != TITLE):
                m.type = "PER"
                office = m.office
                m.inherit(full)
                m.office = office or m.office

    # what is left of a title's implied country: "Menteri Lingkungan Hidup dan Kehutanan Siti Nurbaya" is Indonesian
    for m in mentions:
        if m.home and m.country is None:
            m.country = m.home

    added: list[Mention] = []
    taken = _Spans(mentions)  # ``mentions`` stays as it is until the bare offices below
    # name parts nobody tagged
    for part in by_part:
        full = antecedent(part, 0)
        if full is None:
            continue
        for s, e in _occurrences(text, part):
            if not taken.overlaps(s, e) and not _overlaps(s, e, added):
                m = Mention(s, e, part, "PER", COREF, None, None, None, None)
                m.inherit(full)
                added.append(m)

    # acronyms in brackets after an organisation
    for org in [m for m in mentions if m.type in ("ORG", "GPE", "MISC")]:  # MISC: "RUU ... (RKUHP)"
        hit = re.match(r"\s*\(([A-Z][A-Z0-9-]{1,9})\)", text[org.end : org.end + 14])
        if not hit:  # "Partai Persatuan Pembangunan (PPP)" tagged as one name
            hit = re.search(r"\(([A-Z][A-Z0-9-]{1,9})\)$", org.text)
        if not hit:
            continue
        acronym = hit.group(1)
        if org.type == "GPE" and acronym[0] != org.text[:1].upper():
            continue  # "Komite Mahasiswa Untuk Keadilan Indonesia (KMKI)": the country ends a longer name
        for s, e in _occurrences(text, acronym):
            same = taken.at.get((s, e), [])
            for m in same:
                # the article's own definition wins over the knowledge base's reading of the acronym when they
                # disagree on the country ("Kepolisian Australia (AFP)" is not the French news agency)
                # (an organisation the knowledge base knows keeps its own acronyms: "PBB (PTRI)" defines nothing)
                redefined = m.priority == KB and org.kb_id is None and org.country and m.country != org.country
                if m.kb_id is None and m.priority < KB or redefined:
                    m.type = org.type
                    m.inherit(org)
            if not same and not taken.overlaps(s, e) and not _overlaps(s, e, added):
                m = Mention(s, e, acronym, org.type, COREF, None, None, None, None)
                m.inherit(org)
                added.append(m)

    # bare offices: "Presiden Rusia" -> the president of Russia named in the article
    holders = [m for m in mentions if m.type == "PER" and m.office]
    for office in offices:
        # the office's own country word ("Rusia" in "Presiden Rusia") gives way to the office mention
        inside = [m for m in mentions if office.start <= m.start and m.end <= office.end and m.type != "PER"]
        others = [m for m in mentions if m not in inside]
        if _overlaps(office.start, office.end, others) or _overlaps(office.start, office.end, added):
            continue
        same = [h for h in holders if h.office == office.office and (office.country is None or h.country == office.country)]
        people = {h.kb_id or h.name or h.text for h in same}
        if len(people) == 1:
            office.inherit(same[0])
            office.type = "PER"
            added.append(office)
            mentions = [m for m in mentions if m not in inside]
        elif unheld_offices and not people and office.country and office.sector:
            # "Rwanda's information minister said", "Russia's UN ambassador": an office with its country and no
            # holder named in the article is still that country's party, with the title's sector (the pack's
            # ``pattern.unheld_offices``: on for English; off for Indonesian, where it made "dia" resolve to a bare
            # "Raja Malaysia" the dev gold does not code, okezone-4427)
            added.append(office)
            mentions = [m for m in mentions if m not in inside]

    return mentions + added


def _occurrences(text: str, word: str) -> Iterator[tuple[int, int]]:
    r"""The spans of ``word`` standing alone in ``text``, as ``re.finditer(r"(?<![\w-])word(?![\w-])")`` gives them
    (``\w``: ``str.isalnum()`` or "_"), found by ``str.find``: a regex tried at every position of the article, once
    per name part and acronym, made a long page's coreference quadratic in its length."""
    if not word:
        return
    n, i = len(word), text.find(word)
    while i >= 0:
        before = text[i - 1] if i > 0 else ""
        after = text[i + n] if i + n < len(text) else ""
        if not (before and (before.isalnum() or before in "_-")) and not (after and (after.isalnum() or after in "_-")):
            yield i, i + n
            i = text.find(word, i + n)
        else:
            i = text.find(word, i + 1)


class _Spans:
    """The spans of mentions sorted by start, for the two questions the coreference asks of every occurrence of a
    name part or an acronym: which mentions have exactly this span, and does any overlap it? Answered by a dictionary
    and a binary search instead of a scan of the article's mentions each time (a long page has hundreds of each)."""

    def __init__(self, mentions: list[Mention]) -> None:
        self.starts = [m.start for m in mentions]  # sorted: the caller's list is in start order
        self.reach: list[int] = []  # the furthest end among the mentions up to each index
        for m in mentions:
            self.reach.append(max(m.end, self.reach[-1]) if self.reach else m.end)
        self.at: dict[tuple[int, int], list[Mention]] = {}
        for m in mentions:
            self.at.setdefault((m.start, m.end), []).append(m)

    def overlaps(self, s: int, e: int) -> bool:
        """``_overlaps(s, e, mentions)``: some mention starts before ``e`` and ends after ``s``."""
        k = bisect_left(self.starts, e)
        return k > 0 and self.reach[k - 1] > s


def _overlaps(s: int, e: int, mentions: Iterable[Mention]) -> bool:
    return any(s < m.end and m.start < e for m in mentions)

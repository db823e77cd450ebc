"""Title + name patterns: "Presiden Rusia Vladimir Putin", "PM Modi", "Kapolri Jenderal Listyo Sigit",
"U.S. Secretary of State Antony Blinken", "India's Prime Minister Narendra Modi".

The title gives the sector (and the office), a country or organisation next to it gives the country, for people the
knowledge base has never heard of. A title with no name after it ("Presiden Rusia menilai ...") is kept as a bare
office mention, which coreference resolves to the office holder named earlier in the article.
The words live in the language pack (``titles.toml``); this module only knows the shapes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache

from .. import lang
from .tokens import Token

# An affiliation next to a title: (first token, last token exclusive, country, sector, kb_id) or None.
Affiliation = tuple[int, int, str | None, str | None, str | None]
AffiliationAt = Callable[[int], Affiliation | None]
AffiliationEndingAt = Callable[[int], Affiliation | None]

MAX_NAME_TOKENS = 4  # "Susilo Bambang Yudhoyono", "Mohammed bin Salman Al Saud" (with a connector)
# Longest portfolio between a minister's title and the name: "Energi , Ilmu Pengetahuan , Teknologi , Lingkungan dan
# Perubahan Iklim (Mestecc) Malaysia" is 14 tokens (the longest cabinet portfolio names in the dev gold's papers).
PORTFOLIO_TOKENS = 16


@dataclass(frozen=True, slots=True)
class Office:
    office: str
    sector: str | None
    country: str | None
    # The country of a holder the text names without one ("Menteri Lingkungan Hidup Siti Nurbaya" in an Indonesian
    # paper): weaker than ``country`` (the office's own) and than the article's coreference (see ``coref``).
    home: str | None = None
    # The title may be followed by a portfolio before the name ("Menteri Energi, Teknologi dan Lingkungan (Mestecc)
    # Malaysia Yeo Bee Yin"): the name is then the person a tagger finds within ``PORTFOLIO_TOKENS``.
    portfolio: bool = False
    # A title that qualifies the title after it ("shadow education secretary"): the pair is one office, with this
    # one's sector and country ("shadow" -> OPP, GBR) over the second's.
    modifier: bool = False


@dataclass(slots=True)
class TitleMatch:
    """A title (tokens ``title_start``..``title_end``) with its affiliation and the name it introduces, if any."""

    title_start: int
    title_end: int
    office: Office
    country: str | None
    sector: str | None
    affiliation_kb_id: str | None
    name_start: int | None  # token index of the name, None for a bare office mention
    name_end: int | None
    former: bool = False
    phrase_end: int = 0  # last token (exclusive) of title + affiliation, for a bare office mention
    # Tokens ``name_start``..``window_end`` where a tagged person may stand instead of ``name_start``: after a comma
    # ("Presiden Rusia, Vladimir Putin") or a portfolio ("Menteri Lingkungan Hidup dan Kehutanan (LHK) Siti Nurbaya")
    window_start: int = 0
    window_end: int = 0


class _Trie:
    """Multi-word keys matched token by token, lower-cased, longest first."""

    def __init__(self) -> None:
        self.root: dict = {}

    def add(self, words: Sequence[str], value: object) -> None:
        node = self.root
        for w in words:
            node = node.setdefault(w, {})
        node[None] = value

    def longest(self, tokens: Sequence[str], i: int) -> tuple[int, object] | None:
        node, best = self.root, None
        j = i
        while j < len(tokens) and tokens[j] in node:
            node = node[tokens[j]]
            j += 1
            if None in node:
                best = (j, node[None])
        return best


def _split(key: str) -> list[str]:
    from .tokens import tokenize

    return [t.text.lower() for t in tokenize(key)]


@dataclass
class TitleRules:
    titles: _Trie
    honorifics: _Trie
    former: frozenset[str]
    fillers: frozenset[str]
    not_names: frozenset[str]
    connectors: frozenset[str]
    country_after: bool
    country_before: bool
    country_connectors: frozenset[str]
    title_words: frozenset[str]
    leads: tuple[str, ...] = ()
    home: str | None = None  # the pack's home country (``pattern.home_country``)
    home_ranks: frozenset[str] = frozenset()  # ranks only the home country's forces use ("Irjen", "AKBP")
    host_connectors: frozenset[str] = frozenset()  # "untuk" in "Dubes RI untuk Rusia": the host, not the holder's
    unheld_offices: bool = False  # a bare office with a country and no named holder is a party (see coref.resolve)
    apposition_links: tuple[str, ...] = ()  # "in" of "The US commander in Iraq, General X" (affiliations)
    portfolios: frozenset[str] = frozenset()  # "energy" of "Secretary of Energy Jane Doe" (see _portfolio)
    portfolio_links: frozenset[str] = frozenset()
    # "Kulbhushan Jadhav, seorang mantan perwira angkatan laut India": the words that open a description in
    # apposition, and those that end it before a country can belong to it ("seorang tahanan di penjara Iran")
    description_openers: tuple[str, ...] = ()
    description_stops: frozenset[str] = frozenset()

    @classmethod
    @cache
    def of(cls, code: str) -> TitleRules:
        pack = lang.pack(code)
        data = pack.data("titles")
        cues = pack.data("entities")
        titles, honorifics = _Trie(), _Trie()
        words: set[str] = set()
        pattern = data.get("pattern", {})
        home = pattern.get("home_country") or None
        for key, value in data.get("titles", {}).items():
            parts = _split(key)
            words.update(parts)
            office = Office(value.get("office", key), value.get("sector") or None, value.get("country"),
                            home if value.get("home") else None, bool(value.get("portfolio")),
                            bool(value.get("modifier")))  # fmt: skip
            titles.add(parts, office)
        for key, sector in data.get("honorifics", {}).items():
            honorifics.add(_split(key), sector or None)
        return cls(
            titles=titles,
            honorifics=honorifics,
            former=frozenset(pattern.get("former", [])),
            fillers=frozenset(pattern.get("fillers", [])),
            not_names=frozenset(cues.get("not_names", [])),
            # a person's name after a title joins fewer words than any name ("President Bush and Nicolas Sarkozy"
            # is two people; "Bosnia and Herzegovina" is one place)
            connectors=frozenset(pattern.get("person_connectors", cues.get("name_connectors", []))),
            country_after=bool(pattern.get("country_after_title", True)),
            country_before=bool(pattern.get("country_before_title", False)),
            country_connectors=frozenset(pattern.get("country_connectors", [])),
            title_words=frozenset(words),
            leads=tuple(sorted(pattern.get("leads", []), key=len, reverse=True)),
            home=home,
            home_ranks=frozenset(pattern.get("home_ranks", [])),
            host_connectors=frozenset(pattern.get("host_connectors", [])),
            unheld_offices=bool(pattern.get("unheld_offices", False)),
            apposition_links=tuple(pattern.get("apposition_links", [])),
            portfolios=frozenset(w.lower() for w in pattern.get("portfolios", [])),
            portfolio_links=frozenset(pattern.get("portfolio_links", [])),
            description_openers=tuple(sorted(pattern.get("description_openers", []), key=len, reverse=True)),
            description_stops=frozenset(pattern.get("description_stops", [])),
        )

    def honorific_at(self, low: Sequence[str], i: int) -> tuple[int, str | None] | None:
        hit = self.honorifics.longest(low, i)
        if hit is None:
            return None
        end, sector = hit
        if end < len(low) and low[end] == ".":  # "Dr." tokenised as "Dr" "."
            end += 1
        return end, sector  # type: ignore[return-value]

    def name_at(self, tokens: Sequence[Token], low: Sequence[str], i: int, stop: set[int]) -> int:
        """End (exclusive) of a capitalised name starting at token ``i``; ``i`` when there is none."""
        j = i
        while j < len(tokens) and j - i < MAX_NAME_TOKENS and j not in stop:
            word = tokens[j].text
            if _capitalised(word) and low[j] not in self.not_names and low[j] not in self.title_words or j > i and low[j] in self.connectors and j + 1 < len(tokens) and _capitalised(tokens[j + 1].text):
                j += 1
            else:
                break
        while j > i and low[j - 1] in self.connectors:
            j -= 1
        return j

    def find(
        self,
        tokens: Sequence[Token],
        affiliation_at: AffiliationAt,
        affiliation_ending_at: AffiliationEndingAt,
        stop: set[int] = frozenset(),  # type: ignore[assignment]
    ) -> list[TitleMatch]:
        """Title patterns in one sentence. ``affiliation_at(i)`` gives a country/organisation mention starting at
        token ``i`` (from the knowledge base), ``affiliation_ending_at(i)`` one ending just before token ``i``;
        ``stop`` are token indexes a name may not run into (they start another known entity)."""
        low = [t.text.lower() for t in tokens]
        out: list[TitleMatch] = []
        i = 0
        while i < len(tokens):
            hit = self.titles.longest(low, i)
            if hit is None:
                i += 1
                continue
            title_end, office = hit
            assert isinstance(office, Office)
            if office.modifier and (then := self.titles.longest(low, title_end)) is not None:
                second = then[1]
                assert isinstance(second, Office)
                title_end = then[0]
                office = Office(second.office, office.sector or second.sector, office.country or second.country,
                                second.home, second.portfolio)  # fmt: skip
            former = i > 0 and low[i - 1] in self.former
            country, sector, kb_id = office.country, office.sector, None
            j = title_end
            if j < len(tokens) and _bracketed_acronym(tokens[j].text):
                j += 1  # "Perdana Menteri (PM) Israel Benjamin Netanyahu"
            j = self._portfolio(low, j)  # "Secretary of Energy", "Minister of Foreign Affairs and Trade"
            if self.country_before:
                aff = affiliation_ending_at(i)
                if aff is not None:
                    country, sector, kb_id = _merge(country, sector, aff)
            if self.country_after or self.country_connectors:
                k = j + 1 if (j < len(tokens) and low[j] in self.country_connectors) else j
                if k == j and not self.country_after:
                    aff = None
                else:
                    aff = affiliation_at(k)
                if aff is not None:
                    country, sector, kb_id = _merge(country, sector, aff)
                    j = aff[1]
                    if j + 1 < len(tokens) and low[j] in self.host_connectors:
                        host = affiliation_at(j + 1)  # "Dubes Malaysia untuk Indonesia Zainal Abidin Bakar"
                        if host is not None:
                            j = host[1]
            phrase_end = j
            while j < len(tokens) and low[j] in self.fillers:
                j += 1
            while (hon := self.honorific_at(low, j)) is not None:
                j, rank = hon
                sector = sector or rank
            name_end = self.name_at(tokens, low, j, set(stop))
            window_start, window_end = j, j + 1
            if office.portfolio or j == phrase_end and name_end <= j + 1:
                window_end, found = self._window(tokens, low, j, affiliation_at, office.portfolio)
                if found is not None and country == office.country:
                    country, sector, kb_id = _merge(country, sector, found)
            if former:
                sector = "ELI"
            if name_end > j:
                out.append(TitleMatch(i, title_end, office, country, sector, kb_id, j, name_end, former, phrase_end,
                                      window_start, window_end))  # fmt: skip
                i = name_end
            else:
                out.append(TitleMatch(i, title_end, office, country, sector, kb_id, None, None, former, phrase_end,
                                      window_start, window_end))  # fmt: skip
                i = max(phrase_end, i + 1)
        return out

    def _portfolio(self, low: Sequence[str], j: int) -> int:
        """Past a portfolio after the title ("of Energy", "for Foreign Affairs and Trade": the pack's
        ``portfolio_links`` and ``portfolios`` words), where the country or the name follows; ``j`` when none."""
        if not self.portfolios or j >= len(low) or low[j] not in self.portfolio_links:
            return j
        k, last = j + 1, None
        if k + 1 < len(low) and low[k] == "the" and low[k + 1] in self.portfolios:
            k += 1  # "Secretary of the Treasury"; never "the" alone ("chairman of the Bar Council")
        while k < len(low) and (low[k] in self.portfolios or last is not None and low[k] in ("and", "&")):
            if low[k] in self.portfolios:
                last = k + 1
            k += 1
        return last if last is not None else j

    def _window(self, tokens: Sequence[Token], low: Sequence[str], j: int, affiliation_at: AffiliationAt,
                portfolio: bool) -> tuple[int, Affiliation | None]:  # fmt: skip
        """Where a tagged name may start after a title: past one comma ("Presiden Rusia, Vladimir Putin"), and for
        a minister past the portfolio (capitalised words, "dan", commas, a bracketed acronym); the country named
        in that portfolio ("Menteri Lingkungan Malaysia, Yeo Bee Yin"), if any."""
        found: Affiliation | None = None
        k = j
        limit = min(len(tokens), j + (PORTFOLIO_TOKENS if portfolio else 1))
        while k < limit:
            word = tokens[k].text
            if word == ",":
                k += 1
                if not portfolio:
                    break
                continue
            if not portfolio:
                break
            aff = affiliation_at(k)
            if aff is not None and aff[2]:
                found = aff
                k = max(k + 1, aff[1])
                continue
            if k > j and self.titles.longest(low, k):
                break  # another title starts: "Menteri Menteri Lingkungan ...", "kata Menteri, Presiden ..."
            if _capitalised(word) or _bracketed_acronym(word) or low[k] in self.connectors and k > j:
                k += 1
                continue
            break
        return k + 1, found


def _merge(country: str | None, sector: str | None, aff: Affiliation) -> tuple[str | None, str | None, str | None]:
    """The affiliation's country wins over the one the office implies; its sector fills a title without one."""
    _, _, aff_country, aff_sector, kb_id = aff
    return aff_country or country, sector or aff_sector, kb_id


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def _bracketed_acronym(word: str) -> bool:
    """"(PM)", "(LHK)", "(Mestecc)": a short name in brackets (the tokenizer keeps it one token)."""
    return len(word) > 2 and word[0] == "(" and word[-1] == ")" and word[1:2].isupper() and " " not in word

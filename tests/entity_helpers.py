"""Helpers for the entity and quote tests: a tiny knowledge base and a Doc built from plain text."""

from __future__ import annotations

import re

from warta.kb.records import KBEntry, Term
from warta.model import Article, Doc, Sentence

_BOUNDARY = re.compile(r"[.!?]+[\"”]?(?=\s)|\n")
_NOT_END = re.compile(r"(?:\b[A-Z]\.)+$|\b(?:Mr|Mrs|Ms|Dr|St|Jl|Prof)\.$")


def sentences_of(text: str) -> list[Sentence]:
    """A crude splitter (the real one is the ``sentences`` stage): enough for these tests."""
    out, start = [], 0
    for m in _BOUNDARY.finditer(text):
        if _NOT_END.search(text, 0, m.end()) and m.group() != "\n":
            continue
        if text[start : m.end()].strip():
            out.append(Sentence(start, m.end()))
        start = m.end()
    if text[start:].strip():
        out.append(Sentence(start, len(text)))
    return out


def make_doc(text: str, language: str = "id", published: str | None = "2023-07-01") -> Doc:
    article = Article(id="t", text=text, language=language, published=published)
    return Doc(article=article, sentences=sentences_of(text))


class TinyKB:
    """The knowledge-base API the entities stage uses, over a handful of entries."""

    def __init__(self, entries: list[KBEntry]):
        self.entries = {e.kb_id: e for e in entries}

    def get(self, kb_id):
        return self.entries.get(kb_id)

    def lookup(self, surface, lang=None):
        return [e for e in self.entries.values()
                if any(surface == a for forms in e.aliases.values() for a in forms)]  # fmt: skip

    def aliases(self, lang=None):
        for e in self.entries.values():
            for code, forms in e.aliases.items():
                if lang is None or code in ("*", lang):
                    for form in forms:
                        yield form, e.kb_id, None

    def code_at(self, kb_id, date=None):
        e = self.entries.get(kb_id)
        if e is None:
            return None, None
        day = (date or "9999")[:10]
        for t in e.terms:
            if t.covers(day):
                return t.country, t.sector
        if any(t.end and t.end <= day for t in e.terms):
            return e.terms[-1].country, "ELI"
        return e.country, e.sector


def tiny_kb() -> TinyKB:
    return TinyKB([
        KBEntry("country:RUS", "Russia", "GPE", "RUS", aliases={"id": ["Rusia"], "en": ["Russia"]}),
        KBEntry("norp:RUS", "Russian", "NORP", "RUS", aliases={"en": ["Russian"], "id": ["warga Rusia"]}),
        KBEntry("country:IND", "India", "GPE", "IND", aliases={"*": ["India"]}),
        KBEntry("country:IDN", "Indonesia", "GPE", "IDN", aliases={"*": ["Indonesia"], "id": ["RI"]}),
        KBEntry("country:USA", "United States", "GPE", "USA",
                aliases={"id": ["Amerika Serikat", "AS"], "en": ["United States", "U.S.", "US"]}),
        KBEntry("country:GBR", "United Kingdom", "GPE", "GBR", aliases={"en": ["UK", "Britain"]}),
        KBEntry("org:kremlin", "Kremlin", "ORG", "RUS", "GOV", aliases={"*": ["Kremlin"]}),
        KBEntry("igo:sco", "Shanghai Cooperation Organisation", "ORG", "IGO", "GOV",
                aliases={"*": ["SCO"], "id": ["Organisasi Kerja Sama Shanghai"]}),
        KBEntry("person:susilo-bambang-yudhoyono", "Susilo Bambang Yudhoyono", "PER", "IDN", None,
                aliases={"*": ["Susilo Bambang Yudhoyono", "SBY", "Yudhoyono"]}),
        KBEntry("person:joko-widodo", "Joko Widodo", "PER", "IDN", None, aliases={"*": ["Joko Widodo", "Jokowi"]},
                terms=[Term("president", "IDN", "GOV", "2014-10-20", "2024-10-20")]),
    ])  # fmt: skip

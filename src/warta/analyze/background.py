"""What a sentence tells as background rather than as an event (gold/README.md, traps "generic-background"): a
state or a tally that has lasted, told in the perfect or the progressive with a long span of time — "Hampir empat
bulan Hong Kong telah dilanda protes", "Wanita di Iran telah dilarang masuk ke stadion sejak tahun 1981", "Konflik
… yang bermula sejak 2015 itu telah menewaskan puluhan ribu korban jiwa". Such a clause sums up what happened over
months or years; the dated acts inside it are told elsewhere, one by one, and are coded there.

A dated historical act is not background: "Deklarasi … ditandatangani pada 1984", "menggulingkan mereka pada 2001"
(no perfect, a point in time) stay events. Nor is a short span: "telah ditahan selama tiga hari" is the news.

The words are the ``[background]`` table of the language's ``events.toml``; the rules are language-neutral.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .triggers import PhraseSet, find_phrase, phrase_set


@dataclass(frozen=True, slots=True)
class Background:
    perfect: PhraseSet  # "telah", "sudah", "sedang": the clause tells a state that has lasted up to now
    since: frozenset[str]  # "sejak": since a time ...
    since_long: PhraseSet  # ... long ago ("sejak lama", "sejak dulu") without a year
    spans: PhraseSet  # "selama", "hampir", "lebih dari": for a span of ...
    units: frozenset[str]  # ... weeks, months or years (not days or hours: "ditahan selama tiga hari" is news)
    long_spans: PhraseSet  # "berbulan-bulan", "bertahun-tahun": a long span in one word
    breaks: frozenset[str]
    openers: frozenset[str] = frozenset()  # "yang", "saat": a span after these belongs to another verb
    records: frozenset[str] = frozenset()  # "terbesar sejak 2014", "pertama sejak 2015": a record, not a span
    habitual: PhraseSet = field(default_factory=lambda: PhraseSet([]))  # "sering", "kerap": a habit, not an act
    auxiliaries: frozenset[str] = frozenset()  # what may stand between a habitual adverb and its verb
    span_reach: int = 3  # tokens between "selama"/"sejak" and its unit or year ("selama lebih dari tiga bulan")

    @classmethod
    def of(cls, data: dict[str, Any]) -> Background:
        raw = data.get("background", {})
        cues = data.get("cues", {})
        return cls(
            perfect=phrase_set(raw.get("perfect", [])),
            since=frozenset(w.lower() for w in raw.get("since", [])),
            since_long=phrase_set(raw.get("since_long", [])),
            spans=phrase_set(raw.get("spans", [])),
            units=frozenset(w.lower() for w in raw.get("units", [])),
            long_spans=phrase_set(raw.get("long_spans", [])),
            breaks=frozenset(w.lower() for w in cues.get("clause_breaks", [])) | {","},
            openers=frozenset(w.lower() for w in raw.get("openers", [])),
            records=frozenset(w.lower() for w in raw.get("records", [])),
            habitual=phrase_set(raw.get("habitual", [])),
            auxiliaries=frozenset(w.lower() for w in data.get("arguments", {}).get("auxiliaries", [])),
        )

    def clause(self, lows: list[str], first: int, last: int) -> tuple[int, int]:
        """The trigger's clause: from the last break (or comma) before it to the first one after it."""
        lo = first - 1
        while lo >= 0 and lows[lo] not in self.breaks:
            lo -= 1
        hi = last + 1
        while hi < len(lows) and lows[hi] not in self.breaks:
            hi += 1
        return lo + 1, hi

    def durative(self, lows: list[str], first: int, last: int, published_year: int | None) -> bool:
        """Is the trigger told as a state or a tally over a long span: a perfect or progressive auxiliary before it
        in its clause, and in the same clause a span of weeks, months or years ("selama tiga bulan", "hampir empat
        bulan", "berbulan-bulan") or a start before the year of publication ("sejak 2015", "sejak tahun 1981",
        "sejak lama")?"""
        lo, hi = self.clause(lows, first, last)
        if find_phrase(lows, self.perfect, lo, first) is None:
            return False
        # a span after the trigger with a relative or time clause opening between them is that clause's ("telah
        # melakukan penyiksaan saat menangani protes yang berlangsung lebih dari tiga bulan"); before the trigger
        # it may sit on the subject ("Konflik … yang bermula sejak 2015 itu telah menewaskan …": a toll)
        own = next((k for k in range(last + 1, hi) if lows[k] in self.openers), hi)
        return any(self._span_at(lows, i, own, published_year) for i in range(lo, own))

    def habit(self, lows: list[str], first: int) -> bool:
        """Is the trigger told as a habit: a habitual adverb right before it, only auxiliaries between ("Pihak
        berwenang sering mencegah wanita memasuki stadion", "kerap menggelar unjuk rasa", "selalu mendukung")?"""
        k = first - 1
        while k >= 0 and lows[k] in self.auxiliaries and first - k <= 3:
            k -= 1
        for j in range(max(0, k - 1), k + 1):  # a one- or two-word adverb ending at k
            for p in self.habitual.by_first.get(lows[j], ()):
                if j + len(p) == k + 1 and tuple(lows[j : k + 1]) == p:
                    return True
        return False

    def _span_at(self, lows: list[str], i: int, hi: int, published_year: int | None) -> bool:
        """Does a long span or an old start begin at token ``i`` (and end before ``hi``)?"""
        for phrases in (self.long_spans, self.since_long):
            if any(tuple(lows[i : i + len(p)]) == p and i + len(p) <= hi for p in phrases.by_first.get(lows[i], ())):
                return True
        reach = lows[i + 1 : min(hi, i + 1 + self.span_reach)]
        if lows[i] in self.since and published_year is not None:
            if any(w in self.records for w in lows[max(0, i - 3) : i]):
                return False  # "serangan terbesar sejak 2014": the act is dated, "sejak" measures the record
            if any(w.isdigit() and len(w) == 4 and int(w) < published_year for w in reach):
                return True
        if self.spans.by_first.get(lows[i]) and any(
            tuple(lows[i : i + len(p)]) == p for p in self.spans.by_first[lows[i]]
        ):
            return any(w in self.units for w in lows[i + 1 : min(hi, i + 2 + self.span_reach)])
        return False


def published_year(published: str | None) -> int | None:
    head = (published or "")[:4]
    return int(head) if head.isdigit() else None

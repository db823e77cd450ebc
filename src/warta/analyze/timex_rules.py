"""Recognising time expressions: patterns built from a language pack's ``calendar.toml``, matched sentence by sentence.

Each pattern yields a ``Mention`` whose ``Parts`` hold what the words fix (a day, a month, a weekday, a shift such as
"lalu", a count and a unit, a clock time, a zone...). Overlapping candidates keep the longest; then neighbours that fix
different parts are merged into one expression: "Jumat" + "30 Juni 2023", "Sabtu" + "pekan kemarin", "Februari" +
"tahun lalu", "Minggu (28/12/2014)" + "pukul 06.18 WIB". Resolving the parts into a value is ``times.resolve``.
Nothing here branches on the language: every word comes from the pack.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields, replace
from functools import cache
from typing import Any

from .. import lang

# Word edges; a hyphen joins words, so "sehari-hari" (daily) holds neither "sehari" nor "hari itu", but a range of
# numbers does not ("1-3 Juli 2023", "2-3 menit").
_B = r"(?<![\w])(?<![^\W\d]-)"  # a word starts here
_E = r"(?![\w]|-[^\W\d])"  # a word ends here
# What may stand between two parts merged into one expression: spaces; a comma only after a weekday ("Jumat, 30 Juni"),
# as IndoTimex splits "Sabtu 20 April 1997, pukul 08.00 WIB" into a date and a time.
_GAP = re.compile(r"\s*")
_WEEKDAY_GAP = re.compile(r"\s*,?\s*")


@dataclass(slots=True)
class Parts:
    """What an expression's words fix; unset parts are None."""

    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None  # Monday = 1
    shift: int | None = None  # -1 last/lalu, 0 this/ini, +1 next/depan
    period: str | None = None  # D, W, M, Y: "pekan lalu" is period W with shift -1
    deictic: int | None = None  # day offset: kemarin -1
    count: float | None = None  # "tiga hari": count 3, unit D
    vague_count: bool | None = None  # "beberapa hari"
    unit: str | None = None
    direction: str | None = None  # ago / before / later / ahead / duration
    hour: int | None = None
    minute: int | None = None
    zone: str | None = None  # "+07:00"
    pod: str | None = None  # part of day: MO, AF, EV, NI
    pod_ref: int | str | None = None  # "ini" 0, "itu" "focus", "tadi" 0
    ref: str | None = None  # "focus" (hari itu) or "vague" (saat ini)
    decade: bool | None = None
    needs_partner: bool | None = None  # "sore", "Februari" alone: kept only when merged ("Selasa sore")

    def merge(self, other: Parts) -> Parts | None:
        """The union of two compatible parts; None when both fix the same thing."""
        out = {}
        for f in fields(self):
            a, b = getattr(self, f.name), getattr(other, f.name)
            if a is not None and b is not None and f.name != "needs_partner":
                return None
            out[f.name] = a if a is not None else b
        out["needs_partner"] = True if self.needs_partner and other.needs_partner else None  # "Februari sore"
        return Parts(**out)


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    parts: Parts
    sentence: int = 0  # index of the sentence it was found in
    rule: int = 0  # index of the rule that found it (earlier rules are more specific)


def _alt(words: Any) -> str:
    forms = sorted({w for w in words if w}, key=len, reverse=True)
    if not forms:
        return r"(?!x)x"
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in forms) + ")"


def _full_names(table: dict[str, int]) -> dict[str, int]:
    """Drop abbreviations (a key that starts another key of the same value): "mar" of "maret"."""
    return {k: v for k, v in table.items() if not any(o != k and o.startswith(k) and table[o] == v for o in table)}


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.strip().lower())


@dataclass
class Lexicon:
    """A pack's calendar words and the patterns built from them."""

    months: dict[str, int]
    days: dict[str, int]
    t: dict[str, Any]
    rules: list[tuple[str, re.Pattern[str]]] = field(default_factory=list)

    @classmethod
    def of(cls, code: str | None) -> Lexicon:
        data = lang.pack(code).data("calendar")
        lex = cls(dict(data.get("months", {})), dict(data.get("days", {})), dict(data.get("times", {})))
        lex._build()
        return lex

    def get(self, key: str, default: Any = None) -> Any:
        value = self.t.get(key)
        return default if value is None else value

    def _build(self) -> None:
        t = self.get
        full_months = _full_names(self.months)
        # An abbreviation may take a period ("Jan. 5"); a full name may not, or "on 24 June." would swallow the stop.
        month_all = "(?:" + "|".join(
            re.escape(k) + ("" if k in full_months else r"\.?") for k in sorted(self.months, key=len, reverse=True)
        ) + ")"
        month_full = _alt(full_months)
        day_full = _alt(_full_names(self.days))
        sa, sb = _alt(t("shift_after", {})), _alt(t("shift_before", {}))
        numwords = _alt([*t("numbers", {}), *t("teens", []), *t("multipliers", {})])
        num = rf"(?:\d+(?:[.,]\d+)?|{numwords}(?:[\s-]+{numwords})*)"
        units = _alt(t("units", {}))
        one = re.escape(t("one_prefix", "")) if t("one_prefix") else None
        dword = _alt([t("date_word", "")])
        yword = _alt([t("year_word", "")])
        mword = _alt([t("month_word", "")])
        zones = _alt(t("zones", {}))
        pod = _alt(t("parts_of_day", {}))
        podref = _alt(t("part_of_day_refs", {}))
        hour_cues = _alt(t("hour_cues", []))
        hyphen_mods = _alt(t("hyphen_modifiers", []))
        count_head = rf"(?:(?P<n>{num})\s+|(?P<vc>{_alt(t('vague_counts', []))})\s+"
        count_head += rf"|(?P<one>{one})(?=(?:{units}){_E}))" if one else ")"
        shift_tail = rf"(?:\s+(?P<sa>{sa}){_E})?"
        shift_head = rf"(?:(?P<sb>{sb})\s+)?"
        year = r"(?:1[5-9]\d\d|20\d\d|21\d\d)"
        orders = t("written_orders", ["dmy"])
        rules = []
        if "dmy" in orders:
            rules.append(("date", rf"{_B}(?:(?P<dw>{dword})\s+)?(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?P<m>{month_all})"
                                  rf"(?:,?\s+(?P<y>{year}))?(?![\w]){shift_tail}"))
        if "mdy" in orders:
            rules.append(("date", rf"{_B}{shift_head}(?P<m>{month_all})\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?(?![\d:.]\d)"
                                  rf"(?:,?\s+(?P<y>{year}))?{_E}"))
        rules += [
            ("numeric", r"(?<![\w/.,])(?P<open>\()?(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)(?:/(?P<c>\d{4}|\d{2}))?"
                        r"(?(open)\)|(?![\w/]))"),
            ("month", rf"{_B}{shift_head}(?:(?P<mw>{mword})\s+|(?P<hm>{hyphen_mods})-)?(?P<m>{month_full}){_E}(?:\s+(?P<y>{year}){_E})?"
                      rf"{shift_tail}"),
            ("weekday", rf"{_B}{shift_head}(?P<wd>{day_full}){_E}{shift_tail}"),
            ("period", rf"{_B}{shift_head}(?P<p>{_alt(t('periods', {}))}){_E}{shift_tail}"),
            ("deictic", rf"{_B}(?P<x>{_alt(t('deictic', {}))}){_E}"),
            ("focus", rf"{_B}(?P<x>{_alt(t('focus', []))}){_E}"),
            ("vague", rf"{_B}(?P<x>{_alt(t('vague', []))}){_E}"),
            ("vague_duration", rf"{_B}(?P<x>{_alt(t('vague_durations', []))}){_E}"),
            ("set", rf"{_B}(?P<set>{_alt(t('set_words', []))})\s+(?:(?P<n>{num})\s+)?(?P<u>{units}){_E}"),
            ("count", rf"{_B}(?:(?P<cb>{_alt(t('count_before', {}))})\s+)?{count_head}(?P<u>{units}){_E}"
                      rf"(?:\s+(?P<ca>{_alt(t('count_after', {}))}){_E})?"),
            ("time", rf"{_B}(?:(?P<cue>{hour_cues})\s+)?(?P<h>[01]?\d|2[0-3])(?:(?P<sep>[.:])(?P<mi>[0-5]\d))?(?!\d)"
                     rf"(?:\s*(?P<ampm>[ap]\.m\.|[ap]m{_E})|\s*(?P<zone>{zones}){_E})?(?:\s+(?P<pod>{pod}){_E})?"),
            ("year", rf"(?:(?<![\w.,/$€£-])(?:(?P<yw>{yword})\s+)?|{_B}(?P<hm>{hyphen_mods})-)(?P<y>{year})(?![\w%]|[.,]\d){shift_tail}"),
            ("decade", rf"{_B}(?:(?P<yw>{yword})\s+)?(?:\d0-an|\d{{3}}0-?an|\d{{3}}0s|'\d0s){_E}"),
            ("day_of_month", rf"{_B}(?P<dw>{dword})\s+(?P<d>[0-3]?\d){_E}{shift_tail}"),
            ("pod", rf"{_B}(?:(?P<pre>{podref})\s+)?(?P<pod>{pod}){_E}(?:\s+(?P<post>{podref}){_E})?"),
        ]
        if not t("date_word"):
            rules = [r for r in rules if r[0] != "day_of_month"]
        self.rules = [(name, re.compile(p, re.IGNORECASE)) for name, p in rules]
        self.modifier = re.compile(rf"{_B}{_alt(t('modifiers', []))}\s+$", re.IGNORECASE)
        self.future = re.compile(rf"{_B}{_alt(t('future_cues', []))}{_E}", re.IGNORECASE)
        self.prev_word = re.compile(r"([\w'-]+)[\s(]*$")

    # -- turning a match into parts -------------------------------------------------------------------------------

    def number(self, text: str) -> float | None:
        text = _norm(text)
        if re.fullmatch(r"\d+", text):
            return float(text)
        if re.fullmatch(r"\d+[.,]\d+", text):
            whole, frac = re.split(r"[.,]", text)
            return float(whole + frac) if len(frac) == 3 and "." in text else float(f"{whole}.{frac}")
        numbers, mults, teens = self.get("numbers", {}), self.get("multipliers", {}), set(self.get("teens", []))
        total, current = 0.0, 0.0
        for word in re.split(r"[\s-]+", text):
            if word in teens:
                current += 10
            elif word in mults and not (word in numbers and current == 0):
                current = max(current, 1) * mults[word]
                if mults[word] >= 1000:
                    total, current = total + current, 0.0
            elif word in numbers:
                current += numbers[word]
            else:
                return None
        return total + current

    def shift(self, match: re.Match[str]) -> int | None:
        for group, table in (("sa", "shift_after"), ("sb", "shift_before")):
            word = match.groupdict().get(group)
            if word:
                return self.get(table, {}).get(_norm(word))
        return None

    def parts(self, name: str, m: re.Match[str], sentence: str) -> Parts | None:
        """The parts a match fixes, or None when the match is not a time expression after all."""
        g = m.groupdict()
        before = sentence[: m.start()]
        prev = self.prev_word.search(before)
        prev_word = prev.group(1).lower() if prev else ""
        if name == "date":
            if not _capitalised(g["m"]):
                return None
            if not 1 <= int(g["d"]) <= 31:
                return None
            return Parts(year=_int(g["y"]), month=self.months[_norm(g["m"]).rstrip(".")], day=int(g["d"]),
                         shift=self.shift(m))
        if name == "numeric":
            a, b, c = int(g["a"]), int(g["b"]), g["c"]
            if not (g["open"] or c):
                return None  # "24/7", "50/50": a bare pair is not a date
            day, month = (a, b) if self.get("numeric_order", "dmy") == "dmy" else (b, a)
            year = (2000 + int(c) if len(c) == 2 else int(c)) if c else None
            if not (1 <= day <= 31 and 1 <= month <= 12):
                return None
            return Parts(year=year, month=month, day=day)
        if name == "month":
            if not _capitalised(g["m"]):
                return None
            parts = Parts(year=_int(g["y"]), month=self.months[_norm(g["m"])], shift=self.shift(m))
            cued = g.get("mw") or g.get("hm") or prev_word in self.get("month_cues", [])
            if parts.year is None and parts.shift is None and not cued:
                parts.needs_partner = True  # "Theresa May": a month alone needs a cue or a partner ("tahun lalu")
            return parts
        if name == "weekday":
            if not _capitalised(g["wd"]):
                return None
            return Parts(weekday=self.days[_norm(g["wd"])], shift=self.shift(m))
        if name == "period":
            shift = self.shift(m)
            word = g["p"]
            # "Minggu lalu" in mid-sentence is last Sunday, not last week: weekdays are capitalised, periods not.
            if shift is None or (word[:1].isupper() and before.strip() and _norm(word) in self.days):
                return None
            return Parts(period=self.get("periods", {})[_norm(word)], shift=shift)
        if name == "deictic":
            return Parts(deictic=self.get("deictic", {})[_norm(g["x"])])
        if name == "focus":
            return Parts(ref="focus")
        if name == "vague":
            return Parts(ref="vague")
        if name == "vague_duration":
            return Parts(vague_count=True, unit="?", direction="duration")
        if name == "set":
            count = self.number(g["n"]) if g["n"] else 1.0
            unit = self.get("units", {})[_norm(g["u"])]
            return None if count is None else Parts(count=count, unit=unit, direction="set")
        if name == "count":
            unit = self.get("units", {})[_norm(g["u"])]
            after = self.get("count_after", {}).get(_norm(g["ca"] or ""))
            before_word = self.get("count_before", {}).get(_norm(g["cb"] or ""))
            if g["n"]:
                count = self.number(g["n"])
                if count is None:
                    return None
            else:
                count = None if g["vc"] else 1.0
            if unit[:-1].isdigit():  # "fortnight" = 2W
                count, unit = (count or 0) * int(unit[:-1]), unit[-1]
            return Parts(count=count, vague_count=True if g["vc"] else None, unit=unit,
                         direction=after or before_word or "duration")
        if name == "time":
            cue = g["cue"] or (prev_word if prev_word in self.get("time_cues", []) else None)
            if not (g["ampm"] or g["zone"] or (cue and (g["mi"] or g["cue"]))):
                return None
            hour = int(g["h"])
            pod = self.get("parts_of_day", {}).get(_norm(g["pod"] or ""))
            if g["ampm"]:
                if hour > 12 or hour == 0:
                    return None
                hour = hour % 12 + (12 if g["ampm"].lower().startswith("p") else 0)
            elif pod:
                hour = _pod_hour(hour, pod)
            zone = self.get("zones", {}).get((g["zone"] or "").upper()) if g["zone"] else None
            return Parts(hour=hour, minute=int(g["mi"] or 0), zone=zone, pod=pod)
        if name == "year":
            after = sentence[m.end():m.end() + 2]
            cued = g["yw"] or g["hm"] or g["sa"] or prev_word in self.get("year_cues", []) or not after.strip()
            if not cued and not re.match(r"\s*[.,;:)\"”’]", after):
                return None  # "2000 orang": a number before a noun is a count, not a year
            return Parts(year=int(g["y"]), shift=self.shift(m))
        if name == "decade":
            return Parts(decade=True)
        if name == "day_of_month":
            return Parts(day=int(g["d"]), shift=self.shift(m))
        if name == "pod":
            pod = self.get("parts_of_day", {})[_norm(g["pod"])]
            refs = self.get("part_of_day_refs", {})
            ref_word = g["pre"] or g["post"]
            if ref_word:
                return Parts(pod=pod, pod_ref=refs.get(_norm(ref_word)))
            return Parts(pod=pod, needs_partner=True)
        return None

    def looks_forward(self, text: str, start: int, window: int = 40) -> bool:
        """A future cue in the ``window`` characters before ``start`` ("akan bertemu pada Senin")."""
        return bool(self.future.search(text, max(0, start - window), start))


def _int(value: str | None) -> int | None:
    return int(value) if value else None


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def _pod_hour(hour: int, pod: str) -> int:
    """"pukul 7 malam" is 19:00, "pukul 2 siang" 14:00, "pukul 1 dini hari" 01:00."""
    if hour >= 12:
        return hour
    if pod == "AF" and hour <= 6:
        return hour + 12
    if pod == "EV" or (pod == "NI" and hour >= 6):
        return hour + 12
    return hour


@cache
def lexicon(code: str | None) -> Lexicon:
    return Lexicon.of(lang.pack(code).code)


def find(lex: Lexicon, text: str, start: int, end: int, sentence_index: int = 0) -> list[Mention]:
    """Time expressions in ``text[start:end]`` (one sentence), as merged mentions with absolute offsets."""
    sentence = text[start:end]
    candidates: list[Mention] = []
    for order, (name, pattern) in enumerate(lex.rules):
        for m in pattern.finditer(sentence):
            if m.end() == m.start():
                continue
            parts = lex.parts(name, m, sentence)
            if parts is not None:
                candidates.append(Mention(m.start(), m.end(), parts, rule=order))
    # Longest first, then the earlier rule: rules are listed from the most to the least specific.
    candidates.sort(key=lambda c: (-(c.end - c.start), c.rule, c.start))
    taken: list[Mention] = []
    for c in candidates:
        if all(c.end <= t.start or c.start >= t.end for t in taken):
            taken.append(c)
    taken.sort(key=lambda c: c.start)
    merged: list[Mention] = []
    for c in taken:
        gap = _WEEKDAY_GAP if merged and _only_weekday(merged[-1].parts) else _GAP
        if merged and gap.fullmatch(sentence, merged[-1].end, c.start):
            union = merged[-1].parts.merge(c.parts)
            if union is not None and _mergeable(merged[-1].parts, c.parts):
                merged[-1] = Mention(merged[-1].start, c.end, union)
                continue
        merged.append(c)
    out = []
    for m in merged:
        if m.parts.needs_partner:
            continue
        mod = lex.modifier.search(sentence, 0, m.start)
        first = mod.start() if mod else m.start
        out.append(Mention(start + first, start + m.end, m.parts, sentence_index))
    return out


def _only_weekday(p: Parts) -> bool:
    return p.weekday is not None and all(
        getattr(p, f.name) is None for f in fields(p) if f.name not in ("weekday", "shift")
    )


def _names_a_day(p: Parts) -> bool:
    return p.day is not None or p.weekday is not None or p.deictic is not None or p.hour is not None or p.period == "D"


def _mergeable(left: Parts, right: Parts) -> bool:
    """Counts (durations, "dua hari lalu"), vague and focus words stand alone; a clock time joins a date on either
    side; a date takes a weekday, a week or year reference, a day offset or a part of day."""
    for p in (left, right):
        if p.unit is not None or p.ref is not None or p.decade:
            return False
    for pod, other in ((left, right), (right, left)):
        if pod.pod is not None and pod.hour is None and not _names_a_day(other):
            return False  # "sore" joins "Selasa" or "kemarin", not "Juni"
    if left.year is not None and left.month is None and right.year is None and right.month is None:
        return right.hour is not None  # "2014, pukul ..." is rare; "2014 Senin" is two expressions
    return True


def with_parts(m: Mention, **changes: Any) -> Mention:
    return replace(m, parts=replace(m.parts, **changes))

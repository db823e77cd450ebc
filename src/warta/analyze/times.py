"""Time expressions: ``TimeExpr(text, start, end, type, value)`` with ISO 8601 values resolved against publication.

Recognition is ``timex_rules`` (patterns from the language pack); this module resolves each expression's parts in
reading order, keeping a *focus date*: the publication date at first, then the last day the text named, so "hari
itu" / "that day", a bare "pukul 06.14" and "sebulan kemudian" land on the day being told about. A mention of the
publication day itself does not move the focus: it is usually when something was said ("kata X, Senin (29/12)"),
not the day the story is about (one more right value on IndoTimex, none lost).

Values are ISO 8601 as far as the text fixes them: ``2023-06-30``, ``2023-06``, ``2023``, ``2023-W25`` (a week),
``2023-06-30T14:00+07:00`` (a zone when the text gives one), ``P3D`` / ``PT2H`` (durations), and None when the words
do not fix a time ("saat ini", "beberapa hari", or a relative expression when the publication date is unknown).
dateparser is not used: measured on these words it misses most Indonesian relative forms (DEPENDENCIES.md), and the
absolute forms are a few patterns we own anyway.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime, timedelta

from ..model import Doc, Sentence, TimeExpr
from ..registry import stage
from .timex_rules import Lexicon, Mention, Parts, find, lexicon

_DURATION_UNITS = {"D": "D", "W": "W", "M": "M", "Y": "Y", "DE": "Y", "CE": "Y", "H": "H", "MIN": "M", "S": "S"}
_DURATION_SCALE = {"DE": 10, "CE": 100}


def anchor_date(published: str | None) -> date | None:
    """The local calendar date of publication (the zone as written), or None."""
    if not published:
        return None
    try:
        return datetime.fromisoformat(published.strip().replace("Z", "+00:00")).date()
    except ValueError:
        pass
    loose = re.match(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)", published)  # "2014-12-5" (an IndoTimex DCT)
    try:
        return date(int(loose.group(1)), int(loose.group(2)), int(loose.group(3))) if loose else None
    except ValueError:
        return None


def extract(
    text: str,
    published: str | None = None,
    language: str | None = None,
    sentences: list[Sentence] | None = None,
    *,
    track_focus: bool = True,
    future_window: int = 40,
) -> list[TimeExpr]:
    """Time expressions in ``text``; ``sentences`` (spans) bound the matching, the whole text is one sentence if None.
    With ``track_focus`` off, "hari itu" and bare clock times refer to the publication date."""
    lex = lexicon(language)
    spans = sentences if sentences else [Sentence(0, len(text))]
    anchor = anchor_date(published)
    focus = anchor
    out: list[TimeExpr] = []
    for index, span in enumerate(spans):
        for mention in find(lex, text, span.start, span.end, index):
            future = lex.looks_forward(text, mention.start, future_window)
            kind, value = resolve(mention.parts, anchor, focus, future=future)
            out.append(TimeExpr(text[mention.start:mention.end], mention.start, mention.end, kind, value))
            if track_focus and kind in ("DATE", "TIME") and value and len(value) >= 10 and value[4] == "-" and value[7] == "-":
                named = date.fromisoformat(value[:10])
                if named != anchor:
                    focus = named
    return out


def resolve(p: Parts, anchor: date | None, focus: date | None, *, future: bool = False) -> tuple[str, str | None]:
    """(type, value) of an expression's parts; the value is None when it falls outside the calendar (year 1-9999)."""
    try:
        kind, value = _resolve(p, anchor, focus, future)
        if value and value[:1].isdigit() and not 1 <= int(value.split("-")[0]) <= 9999:
            raise OverflowError(value)  # "tahun depan" after 9999
        return kind, value
    except (OverflowError, ValueError):
        kind = "DURATION" if p.unit is not None else "TIME" if p.hour is not None or p.pod is not None else "DATE"
        return ("SET" if p.direction == "set" else kind), None


def _resolve(p: Parts, anchor: date | None, focus: date | None, future: bool) -> tuple[str, str | None]:
    if p.ref == "vague" or p.decade:
        return "DATE", None
    if p.ref == "focus":
        return "DATE", _iso(focus)
    if p.direction == "set":
        kind, value = _count(Parts(count=p.count, unit=p.unit), anchor, focus)
        return "SET", value
    if p.unit is not None:
        return _count(p, anchor, focus)
    kind = "TIME" if p.hour is not None or p.pod is not None else "DATE"
    day, value = _date(p, anchor, focus, future)
    if p.hour is not None:
        if day is None:
            return kind, None
        return kind, f"{day.isoformat()}T{p.hour:02d}:{p.minute or 0:02d}{p.zone or ''}"
    return kind, value


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def _week(d: date) -> str:
    year, week, _ = d.isocalendar()
    return f"{year}-W{week:02d}"


def _date(p: Parts, anchor: date | None, focus: date | None, future: bool) -> tuple[date | None, str | None]:
    """The day the parts name (when they name one) and the value as far as they fix it."""
    year_shift = p.shift if p.period == "Y" else None
    if p.month is not None or (p.day is not None and p.weekday is None) or (p.year is not None and p.period is None):
        year = p.year
        if year is None and year_shift is not None and anchor:
            year = anchor.year + year_shift
        if p.month is None and p.day is None:
            return None, f"{year:04d}" if year is not None else None
        if p.month is None:  # "tanggal 24": the nearest such day of a month
            return _day_of_month(p.day, anchor, p.shift)
        if year is None:
            if anchor is None:
                return None, None
            year = _infer_year(p.month, p.day or 1, anchor, p.shift if p.period is None else None)
        if p.day is None:
            return None, f"{year:04d}-{p.month:02d}"
        try:
            d = date(year, p.month, p.day)
        except ValueError:
            return None, None
        return d, d.isoformat()
    if p.weekday is not None:
        if anchor is None:
            return None, None
        d = _weekday(p, anchor, future)
        return d, d.isoformat()
    if p.deictic is not None:
        if anchor is None:
            return None, None
        d = anchor + timedelta(days=p.deictic)
        return d, d.isoformat()
    if p.period is not None:
        if anchor is None:
            return None, None
        return _period(p.period, p.shift or 0, anchor)
    if p.pod is not None or p.hour is not None:  # "siang ini", "malam itu", a bare clock time: the day in focus
        base = focus if p.pod_ref == "focus" or p.pod_ref is None else anchor
        if base is not None and isinstance(p.pod_ref, int):
            base = base + timedelta(days=p.pod_ref)
        return base, _iso(base)
    return None, None


def _infer_year(month: int, day: int, anchor: date, shift: int | None) -> int:
    """A date written without its year: the occurrence nearest publication, or the one before/after it when the text
    says "lalu"/"mendatang"."""
    options = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            options.append(date(year, month, min(day, calendar.monthrange(year, month)[1])))
        except ValueError:
            continue
    if shift is not None and shift < 0:
        past = [d for d in options if d <= anchor]
        return max(past).year if past else anchor.year
    if shift is not None and shift > 0:
        ahead = [d for d in options if d >= anchor]
        return min(ahead).year if ahead else anchor.year
    return min(options, key=lambda d: (abs((d - anchor).days), d > anchor)).year


def _day_of_month(day: int, anchor: date | None, shift: int | None) -> tuple[date | None, str | None]:
    if anchor is None or not 1 <= day <= 31:
        return None, None
    options = []
    for months_back in (-1, 0, 1):
        y, m = _add_months(anchor.year, anchor.month, months_back)
        if day <= calendar.monthrange(y, m)[1]:
            options.append(date(y, m, day))
    if shift is not None and shift > 0:
        chosen = min((d for d in options if d >= anchor), default=None)
    else:  # past-tense news: the latest such day on or before publication
        chosen = max((d for d in options if d <= anchor), default=None)
    return chosen, _iso(chosen)


def _add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _weekday(p: Parts, anchor: date, future: bool) -> date:
    """A weekday: in the week a period names ("Sabtu pekan kemarin"); before or after publication for "lalu" /
    "depan"; in the week of publication for "ini"; else the latest on or before publication (news is told in the
    past), or the next on or after it when the sentence looks forward ("akan ... Senin")."""
    target = p.weekday or 1
    if p.period == "W":
        monday = anchor - timedelta(days=anchor.isoweekday() - 1) + timedelta(weeks=p.shift or 0)
        return monday + timedelta(days=target - 1)
    back = (anchor.isoweekday() - target) % 7
    ahead = (target - anchor.isoweekday()) % 7
    if p.shift == 0:
        return anchor - timedelta(days=anchor.isoweekday() - target)
    if p.shift is not None and p.shift < 0:
        return anchor - timedelta(days=back or 7)
    if p.shift is not None and p.shift > 0:
        return anchor + timedelta(days=ahead or 7)
    if future:
        return anchor + timedelta(days=ahead)
    return anchor - timedelta(days=back)


def _period(period: str, shift: int, anchor: date) -> tuple[date | None, str | None]:
    if period == "D":
        d = anchor + timedelta(days=shift)
        return d, d.isoformat()
    if period == "W":
        return None, _week(anchor + timedelta(weeks=shift))
    if period == "M":
        y, m = _add_months(anchor.year, anchor.month, shift)
        return None, f"{y:04d}-{m:02d}"
    if period == "Y":
        return None, f"{anchor.year + shift:04d}"
    return None, None


def _shifted(base: date, count: int, unit: str) -> tuple[date | None, str | None]:
    if unit == "D":
        d = base + timedelta(days=count)
        return d, d.isoformat()
    if unit == "W":
        d = base + timedelta(weeks=count)
        return d, d.isoformat()
    if unit in ("M", "Y", "DE", "CE"):
        months = count * {"M": 1, "Y": 12, "DE": 120, "CE": 1200}[unit]
        y, m = _add_months(base.year, base.month, months)
        if not 1 <= y <= 9999:
            return None, None
        d = date(y, m, min(base.day, calendar.monthrange(y, m)[1]))
        return d, d.isoformat()
    return None, None


def _count(p: Parts, anchor: date | None, focus: date | None) -> tuple[str, str | None]:
    """"tiga hari" (a duration), "dua hari yang lalu" (from publication), "sebulan kemudian" (from the focus)."""
    unit = p.unit or "?"
    if p.direction in ("ago", "before", "later"):
        base = anchor if p.direction == "ago" else focus
        if p.count is None or base is None or unit not in ("D", "W", "M", "Y", "DE", "CE") or p.count != int(p.count):
            return "DATE", None
        sign = 1 if p.direction == "later" else -1
        d, iso = _shifted(base, sign * int(p.count), unit)
        if d is None:
            return "DATE", None
        if p.direction == "ago":  # as far as the count fixes it: "dua pekan lalu" is a week, "tahun" a year
            iso = {"D": d.isoformat(), "W": _week(d), "M": f"{d.year:04d}-{d.month:02d}"}.get(unit, f"{d.year:04d}")
        return "DATE", iso
    if p.count is None or unit not in _DURATION_UNITS:
        return "DURATION", None
    amount = p.count * _DURATION_SCALE.get(unit, 1)
    number = str(int(amount)) if amount == int(amount) else f"{amount:g}"
    designator = _DURATION_UNITS[unit]
    return "DURATION", f"PT{number}{designator}" if unit in ("H", "MIN", "S") else f"P{number}{designator}"


@stage("times", version="0.1", requires=("article", "sentences"), provides=("times",))
def times(doc: Doc, *, track_focus: bool = True, future_window: int = 40) -> Doc:
    """Find and resolve the time expressions of ``doc.article.text`` against ``doc.article.published``."""
    a = doc.article
    doc.times = extract(a.text, a.published, a.language, doc.sentences, track_focus=track_focus,
                        future_window=future_window)
    return doc


__all__ = ["Lexicon", "Mention", "anchor_date", "extract", "resolve", "times"]

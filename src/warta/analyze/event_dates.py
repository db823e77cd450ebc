"""The day an article reports on and the ISO date arithmetic of event dates (split out of ``cues.py``, whose
``Cues.pick_time`` and ``Cues.event_value`` use it): ``news_date``, ``after_published``, ``week_month``."""

from __future__ import annotations

import re
from bisect import bisect_right
from datetime import date
from typing import TYPE_CHECKING

from ..model import Doc
from .triggers import tokenize

if TYPE_CHECKING:
    from .cues import Cues


def first_ending_after(ends: list[int], offset: int) -> int | None:
    """The index of the first token that ends after ``offset`` (None: none does), by binary search over the token
    ends (increasing: tokens do not overlap). A scan of the sentence per time or place, for every trigger, made a
    run-on "sentence" of 4,800 tokens cost ~18 s (bench/worst_cases.py)."""
    at = bisect_right(ends, offset)
    return at if at < len(ends) else None


_ISO_DAY = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")
_ISO_WEEK = re.compile(r"(\d{4})-W(\d{2})")


def after_published(value: str, published: str | None) -> bool:
    """Whether a (possibly partial) ISO date lies after the publication day."""
    m = _ISO_DAY.match(value or "")
    if not published or not m or not _ISO_DAY.match(published):
        return False
    date = m.group()
    return date > published[: len(date)]


def week_month(value: str) -> str:
    """An ISO week ("2019-W37") as the month holding its Thursday ("2019-09"); any other value unchanged."""
    m = _ISO_WEEK.fullmatch(value or "")
    if not m:
        return value
    try:
        thursday = date.fromisocalendar(int(m.group(1)), int(m.group(2)), 4)
    except ValueError:
        return value
    return f"{thursday.year:04d}-{thursday.month:02d}"


def news_date(doc: Doc, cues: Cues | None = None) -> str | None:
    """The day the article reports on: the earliest full day (a date or a time of day) it names in the week up to
    publication (the lead's "pada Senin" told later; a later one is mostly the day a source was quoted, "melansir
    …, Selasa (17/9/2019)"). Citation stamps (``Cues.stamp``) date a telling and count only when the article names
    no other day; bare weekdays are re-anchored before publication (``Cues.event_value``). An undated event of a
    news report is taken to be of that day (the Indonesian dev gold dates such lead events so); None when the
    article names no such day."""
    published = (doc.article.published or "")[:10]
    if len(published) != 10:
        return None
    told: list[str] = []
    stamps: list[str] = []
    words: dict[int, tuple[list[int], list[str]]] = {}  # sentence start -> its token ends and lower-cased words
    for t in doc.times:
        if t.type not in ("DATE", "TIME") or not t.value or len(t.value) < 10 or not t.value[:4].isdigit():
            continue
        value = cues.event_value(t, published, "asserted") if cues else t.value
        if not value or len(value) < 10 or after_published(value, published):
            continue
        if _days_between(value[:10], published) > 7:
            continue
        stamp = False
        if cues is not None:
            sentence = next((s for s in doc.sentences or [] if s.start <= t.start < s.end), None)
            if sentence is not None:
                if sentence.start not in words:  # each sentence tokenized once, not once per time it holds
                    tokens = tokenize(doc.text, sentence.start, sentence.end)
                    words[sentence.start] = ([tok.end for tok in tokens], [tok.low for tok in tokens])
                ends, lows = words[sentence.start]
                at = first_ending_after(ends, t.start)
                if at is not None and cues.planned(lows, at):
                    continue  # the day of a plan ("akan dimakamkan pada Minggu") is no day the news reports on
                stamp = at is not None and cues.stamp(lows, at)
        (stamps if stamp else told).append(value[:10])
    days = told or stamps
    return min(days) if days else None


def _days_between(a: str, b: str) -> int:
    try:
        return (date.fromisoformat(b) - date.fromisoformat(a)).days
    except ValueError:
        return 1 << 30

"""Publication dates: visible dates in bylines ("Kamis, 14 Mar 2024 10:15 WIB", "01 Juli 2023 09:46",
"March 14, 2024 10:15 AM EDT") and metadata values ("2023-07-01T09:46:00+07:00", "2023-07-01 09:46"), normalised to
ISO 8601 with the zone offset when it is known.

Zones: a zone written after the time (WIB, WITA, WIT, GMT, EDT, "GMT+7", "+0700") wins; else the default zone of the
outlet's language (a month name only Indonesian uses) or of its country-code domain (.id -> WIB); else no offset.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from urllib.parse import urlsplit

from .boilerplate import Markers, markers


@dataclass(frozen=True, slots=True)
class FoundDate:
    iso: str  # "2023-07-01T09:46:00+07:00", "2023-07-01T09:46:00" or "2023-07-01"
    start: int  # span of the date in the searched text
    end: int
    has_time: bool
    zoned: bool


_OFFSET = r"(?:(?:gmt|utc)\s*)?[+-]\s?\d{1,2}(?::?\d{2})?"


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    m = markers()
    month = "|".join(sorted((re.escape(k) for k in m.months), key=len, reverse=True))
    day = "|".join(sorted((re.escape(k) for k in m.days), key=len, reverse=True))
    zone = "|".join(sorted((re.escape(k) for k in m.zones), key=len, reverse=True))
    # Between the date and the time: a comma, "pukul", "at", "|", "-" (any short non-digit run).
    gap = r"[^\d\n]{0,14}?"
    time = (
        rf"(?:{gap}(?P<h>\d{{1,2}})[:.](?P<mi>\d{{2}})(?!\d)(?:[:.](?P<s>\d{{2}})(?!\d))?\s*(?P<ap>[ap]\.?\s?m\.?)?"
        rf"(?:\s*\(?(?P<zone>\b(?:{zone})\b|{_OFFSET})\)?)?)?"
    )
    lead = rf"(?:\b(?:{day})\b\.?,?\s*)?"
    dmy = re.compile(rf"{lead}\b(?P<d>\d{{1,2}})\s*(?P<mon>\b(?:{month})\b)\.?,?\s*(?P<y>\d{{4}})\b{time}", re.I)
    mdy = re.compile(
        rf"{lead}\b(?P<mon>(?:{month}))\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})\b{time}", re.I
    )
    num = re.compile(
        rf"{lead}\b(?:(?P<y1>\d{{4}})-(?P<m1>\d{{1,2}})-(?P<d1>\d{{1,2}})|(?P<d2>\d{{1,2}})[/.-](?P<m2>\d{{1,2}})[/.-]"
        rf"(?P<y2>\d{{4}}))\b{time}",
        re.I,
    )
    return dmy, mdy, num


def _offset(zone: str | None, m: Markers) -> str | None:
    if not zone:
        return None
    z = zone.lower().replace(" ", "")
    if z in m.zones:
        return m.zones[z]
    match = re.fullmatch(r"(?:gmt|utc)?([+-])(\d{1,2}):?(\d{2})?", z)
    if not match or int(match.group(2)) > 14:
        return None
    return f"{match.group(1)}{int(match.group(2)):02d}:{match.group(3) or '00'}"


def tld_zone(url: str | None, m: Markers | None = None) -> str | None:
    """The default zone of an outlet's country-code domain (".id" -> "+07:00"), if a pack names it."""
    m = m or markers()
    if not url:
        return None
    try:
        host = urlsplit(url if "//" in url else "//" + url).hostname or ""
    except ValueError:
        return None
    return m.tld_zone.get(host.rsplit(".", 1)[-1].lower()) if "." in host else None


def find_date(text: str, *, default_zone: str | None = None, m: Markers | None = None) -> FoundDate | None:
    """The first plausible visible date in ``text`` (a byline or a header line), with its time and zone if written."""
    m = m or markers()
    best: tuple[int, FoundDate] | None = None
    for kind, pattern in zip(("dmy", "mdy", "num"), _patterns(), strict=True):
        for match in pattern.finditer(text):
            found = _build(match, kind, default_zone, m)
            if found and (best is None or found.start < best[0]):
                best = (found.start, found)
                break
    return best[1] if best else None


def _build(match: re.Match[str], kind: str, default_zone: str | None, m: Markers) -> FoundDate | None:
    g = match.groupdict()
    try:
        if kind == "num":
            if g.get("y1"):
                y, mo, d = int(g["y1"]), int(g["m1"]), int(g["d1"])
            else:  # day first: the order of Indonesian and most non-US outlets; US month-first only when forced
                y, d, mo = int(g["y2"]), int(g["d2"]), int(g["m2"])
                if mo > 12 >= d:
                    d, mo = mo, d
            month_name = None
        else:
            month_name = g["mon"].lower()
            y, mo, d = int(g["y"]), m.months[month_name], int(g["d"])
        day = date(y, mo, d)
    except (ValueError, KeyError):
        return None
    if not 1990 <= y <= 2100:
        return None
    if g.get("h") is None:
        return FoundDate(day.isoformat(), match.start(), match.end("y") if "y" in g and g.get("y") else match.end(),
                         False, False)  # fmt: skip
    hour, minute, second = int(g["h"]), int(g["mi"]), int(g["s"] or 0)
    ap = (g.get("ap") or "").replace(".", "").replace(" ", "").lower()
    if ap == "pm" and hour < 12:
        hour += 12
    elif ap == "am" and hour == 12:
        hour = 0
    if hour > 23 or minute > 59 or second > 59:
        return FoundDate(day.isoformat(), match.start(), match.start("h"), False, False)
    stamp = datetime(y, mo, d, hour, minute, second).isoformat()
    offset = _offset(g.get("zone"), m)
    zoned = offset is not None
    if offset is None:
        offset = (m.month_zone.get(month_name) if month_name else None) or default_zone
    return FoundDate(stamp + (offset or ""), match.start(), match.end(), True, zoned)


_ISO = re.compile(
    r"^\s*(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:[.,]\d+)?\s*"
    r"(Z|[+-]\d{2}:?\d{2}|[+-]\d{2}|[A-Za-z]{2,5})?)?"
)


def normalize(value: str | None, *, default_zone: str | None = None, m: Markers | None = None) -> str | None:
    """A metadata date string -> ISO 8601 (``YYYY-MM-DDTHH:MM:SS+HH:MM`` or ``YYYY-MM-DD``); None if unreadable."""
    if not value or not isinstance(value, str):
        return None
    m = m or markers()
    match = _ISO.match(value)
    if not match:
        found = find_date(value, default_zone=default_zone, m=m)
        return found.iso if found else None
    y, mo, d, h, mi, s, zone = match.groups()
    try:
        day = date(int(y), int(mo), int(d))
    except ValueError:
        return None
    if not 1990 <= day.year <= 2100:
        return None
    if h is None:
        return day.isoformat()
    try:
        stamp = datetime(day.year, day.month, day.day, int(h), int(mi), int(s or 0))
    except ValueError:
        return day.isoformat()
    if zone in ("Z", "z"):
        offset: str | None = "+00:00"
    elif zone and zone[0] in "+-":
        digits = zone[1:].replace(":", "")
        offset = f"{zone[0]}{digits[:2]}:{digits[2:4] or '00'}"
        if int(digits[:2]) > 14:
            offset = None
    else:
        offset = _offset(zone, m) if zone else None
    if offset is None:
        offset = default_zone
    return stamp.isoformat() + (offset or "")

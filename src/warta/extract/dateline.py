"""Datelines: the place (and outlet) opening a story's first paragraph, e.g. "JAKARTA, KOMPAS.com -",
"Jakarta (ANTARA) -", "Moskow:", "WASHINGTON (Reuters) -", "NEW YORK, July 5 (Reuters) -", "Liputan6.com, Jakarta -".

Only the text is found here (``Dateline(text)``); the places stage resolves it to a place later. The dateline is
stripped from the body, and an outlet-only lead ("KOMPAS.com -") is stripped without giving a dateline.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .boilerplate import Markers, bare, markers

_UP = "A-ZÀ-ÖØ-Þ"
_WORD = rf"[{_UP}][\w'’.-]*"
_PLACE = rf"{_WORD}(?:\s+(?:{_WORD}|de|del|di|al|el|am|an|sur|on|upon)){{0,3}}"
_DASH = r"(?:-{1,2}|–|—|‒)"
# "PLACE[, extra][ (AGENCY)] -" ; extra is an outlet or a date ("KOMPAS.com", "July 5", "CNN Indonesia").
_DASHED = re.compile(
    rf"^\s*(?P<place>{_PLACE})\s*(?:,\s*(?P<extra>[^\n,:–—()]{{1,40}}?))?\s*(?:\((?P<agency>[^()\n]{{1,40}})\))?"
    rf"\s*{_DASH}\s+(?=[\"“‘'{_UP}0-9])"
)
# "Moskow: Presiden ..." : a short place and a colon, the story starting with a capital or a quote.
_COLON = re.compile(rf"^\s*(?P<place>{_WORD}(?:\s+{_WORD}){{0,2}})\s*:\s+(?=[\"“‘'{_UP}])")
_OUTLETISH = re.compile(r"\.(?:com|co|id|net|org|news|tv)\b|\d", re.I)


@dataclass(frozen=True, slots=True)
class Lead:
    dateline: str | None  # the place text as written ("Moskow", "JAKARTA")
    rest: str  # the paragraph without the dateline


def _place_ok(place: str, m: Markers) -> bool:
    key = bare(place)
    if not key or key in m.not_places or key.split()[0] in m.not_places:
        return False
    if key in m.months or key in m.days:
        return False
    return len(place) <= 40


def split_lead(paragraph: str, *, outlets: tuple[str, ...] = (), m: Markers | None = None) -> Lead:
    """Split the dateline off a story's first paragraph. The rest must still be a real sentence (20+ characters)."""
    m = m or markers()
    match = _DASHED.match(paragraph)
    if match:
        rest = paragraph[match.end() :]
        place, extra, agency = match.group("place"), match.group("extra"), match.group("agency")
        if len(rest) >= 20:
            if _OUTLETISH.search(place) or _is_outlet(place, outlets):
                # "Liputan6.com, Jakarta -" / "KOMPAS.com -": the outlet comes first.
                if extra and not _OUTLETISH.search(extra) and _place_ok(extra, m) and extra[0].isupper():
                    return Lead(extra.strip(), rest)
                if not extra and not agency:
                    return Lead(None, rest)
            elif _place_ok(place, m) and (extra or agency or place.isupper() or len(place.split()) <= 2):
                return Lead(place.strip(), rest)
    match = _COLON.match(paragraph)
    if match:
        rest = paragraph[match.end() :]
        place = match.group("place")
        if len(rest) >= 20 and _place_ok(place, m) and not _OUTLETISH.search(place) and len(rest.split()) >= 5:
            return Lead(place.strip(), rest)
    return Lead(None, paragraph)


def _is_outlet(text: str, outlets: tuple[str, ...]) -> bool:
    key = bare(text)
    return any(key and (key == bare(o) or key == bare(o).split(".")[0]) for o in outlets if o)

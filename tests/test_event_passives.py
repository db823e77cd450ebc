"""Agentless passives and nominalisations of the authorities' acts (arrest, release, prison, charges, summons,
deployments, lifted bans): the implied actor (``analyze/implied.py``, ``implied_actor`` in events.toml), the patient
as recipient, and the everyday senses of the same words that are no event. Run through the whole pipeline on
sentences written for these tests."""

from __future__ import annotations

import pytest

import warta
from warta.analyze.triggers import lexicon
from warta.errors import ConfigError


@pytest.fixture(scope="module")
def process():
    def run(text: str):
        return warta.process(text, published="2019-09-12", lang="id")

    return run


def _events(doc, etype):
    return [e for e in doc.events if e.type == etype and not e.negated]


def _one(doc, etype):
    found = _events(doc, etype)
    assert found, [(e.type, e.trigger.text) for e in doc.events]
    return found[-1]


def _countries(parts):
    return [p.country for p in parts]


# --- arrest (COERCE arrest, implied police) -------------------------------------------------------------------


def test_an_agentless_arrest_is_by_the_police_of_the_story_and_the_man_is_its_recipient(process):
    doc = process(
        "Polisi Malaysia menggerebek sebuah rumah di Johor Bahru pada Senin malam. "
        "Pria itu ditangkap karena diduga menyimpan senjata api ilegal."
    )
    arrest = [e for e in _events(doc, "COERCE") if e.trigger.text == "ditangkap"]
    assert arrest, [(e.type, e.trigger.text) for e in doc.events]
    assert [(p.country, p.sector) for p in arrest[0].actors] == [("MYS", "COP")]
    assert _countries(arrest[0].recipients) == ["MYS"]
    assert arrest[0].mode == "arrest"


def test_the_place_of_an_agentless_arrest_names_whose_police_made_it(process):
    doc = process(
        "Menteri Luar Negeri Jerman Heiko Maas menerima aktivis itu di Berlin pekan lalu. "
        "Tersangka diamankan di bandara Hong Kong pada Minggu malam setibanya dari Taipei."
    )
    arrest = _one(doc, "COERCE")
    assert _countries(arrest.actors) == ["HKG"]
    assert _countries(arrest.recipients) == ["HKG"]


@pytest.mark.parametrize(
    "text",
    [
        "Ikan-ikan itu ditangkap nelayan di perairan Natuna pada Senin pagi kemarin.",
        "Para nelayan menangkap ikan di perairan Natuna sejak Senin pagi kemarin.",
        "Persebaya ditahan imbang Arema dalam laga Liga 1 di Surabaya pada Sabtu malam.",
        "Jalan menuju kantor gubernur ditutup karena banjir sejak Senin pagi kemarin.",
    ],
)
def test_catching_fish_a_draw_and_a_road_closed_by_floods_are_no_arrest(process, text):
    doc = process(text)
    assert not _events(doc, "COERCE"), [(e.type, e.trigger.text) for e in doc.events]


def test_implied_actor_must_name_a_sector_with_role_nouns():
    lex = lexicon("id")
    arrest = [entry for words, entry, _ in lex.phrases["ditangkap"] if not entry.ignore]
    assert {entry.implied_actor for entry in arrest} == {"COP"}
    from warta.analyze import triggers

    with pytest.raises(ConfigError):
        triggers._sector("polisi", "test")

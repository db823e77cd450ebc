"""The countries the events layer gives parties the text names without one (``event_focus.role_country``), run
through the whole pipeline on sentences written for these tests."""

from __future__ import annotations

import pytest

import warta


@pytest.fixture(scope="module")
def process():
    def run(text: str):
        return warta.process(text, published="2019-09-12", lang="id")

    return run


def _of(doc, etype):
    found = [e for e in doc.events if e.type == etype and not e.negated]
    assert found, [(e.type, e.trigger.text) for e in doc.events]
    return found[0]


def test_rebel_role_noun_takes_the_last_named_rebels_not_the_home_country(process):
    doc = process(
        "Presiden Amerika Serikat (AS) Donald Trump membatalkan pembicaraan dengan Taliban pekan lalu. "
        "Pejabat AS mengatakan Washington kecewa dengan sikap itu. "
        "Pada Kamis, kelompok militan itu menyerang sebuah pangkalan militer AS di Kabul."
    )
    attack = _of(doc, "ASSAULT")
    assert [p.country for p in attack.actors] == ["AFG"]
    assert [p.country for p in attack.recipients] == ["USA"]


def test_government_noun_stays_with_the_home_country(process):
    doc = process(
        "Polisi Hong Kong menangkap puluhan pengunjuk rasa pada Minggu. Menteri Luar Negeri Jerman Heiko Maas "
        "bertemu aktivis Hong Kong di Berlin. Pemerintah Hong Kong menuding para demonstran merusak stasiun. "
        "Pemerintah menolak tuntutan para pengunjuk rasa."
    )
    reject = _of(doc, "REJECT")
    assert {p.country for p in reject.actors} == {"HKG"}


def test_indonesian_minister_without_country_in_a_foreign_story(process):
    doc = process(
        "Perdana Menteri (PM) Malaysia Mahathir Mohamad mengeluhkan kabut asap dari Indonesia. Malaysia menutup "
        "sekolah di Sarawak. Namun Menteri Lingkungan Hidup dan Kehutanan (LHK) Siti Nurbaya membantah laporan "
        "Malaysia soal asap itu."
    )
    reject = _of(doc, "REJECT")
    assert "IDN" in {p.country for p in reject.actors}
    assert "MYS" not in {p.country for p in reject.actors if p.text == "Siti Nurbaya"}

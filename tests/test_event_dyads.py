"""Who an event's parties are, in sentences where the country pair is easy to get wrong: a person the knowledge base
lacks described in apposition, ... (each rule on a sentence written for it)."""

from __future__ import annotations

import pytest
from entity_helpers import make_doc as plain_doc

from warta.analyze.entities import Entities
from warta.kb import knowledge_base


@pytest.fixture(scope="module")
def real():
    s = Entities()
    s.kb = knowledge_base()
    return s


def country_of(doc, text):
    hits = [e for e in doc.entities if e.text == text]
    assert hits, f"{text!r} not in {[(e.text, e.country) for e in doc.entities]}"
    return hits[0].country


# --- a description in apposition gives an unknown person the country it names --------------------------------------


def test_a_description_in_apposition_names_the_persons_country(real):
    text = (
        "Pengadilan Bangladesh menghukum Rahul Verma, seorang mantan perwira angkatan darat India, "
        "atas tuduhan spionase. Verma membantah tuduhan itu."
    )
    doc = real(plain_doc(text))
    assert country_of(doc, "Rahul Verma") == "IND"


def test_a_place_or_relative_clause_in_the_description_is_not_the_nationality(real):
    text = "Polisi memeriksa Anwar Hidayat, seorang tahanan di penjara Malaysia, pada Senin."
    doc = real(plain_doc(text))
    assert country_of(doc, "Anwar Hidayat") != "MYS"
    text = "Hakim memanggil Budi Santoso, seorang wartawan yang meliput protes di Hong Kong, pada Selasa."
    doc = real(plain_doc(text))
    assert country_of(doc, "Budi Santoso") != "HKG"


# --- pronouns and clauses with no subject of their own -------------------------------------------------------------

import re  # noqa: E402

from test_events import asserted, countries, make_doc, run  # noqa: E402  (the events tests' hand-built Docs)

from warta.analyze.events import extract  # noqa: E402
from warta.model import Entity  # noqa: E402


def test_a_pronoun_opening_a_sentence_is_the_subject_of_the_sentence_before():
    text = "Israel menyerang Gaza. Pada Selasa, Hamas mengecam serangan itu. Mereka kemudian menolak tawaran Turki."
    reject = next(e for e in asserted(run(text, "id")) if e.type == "REJECT")
    assert countries(reject.actors) == ["PSE"] and countries(reject.recipients) == ["TUR"]
    # a subject after a preposition is no subject: the pronoun keeps the parties in focus
    text = "Israel menyerang Gaza. Menurut laporan dari Hamas, serangan itu keras. Mereka menolak tawaran Turki."
    reject = next(e for e in asserted(run(text, "id")) if e.type == "REJECT")
    assert countries(reject.actors) == ["ISR", "PSE"]


def test_a_passive_after_tetapi_has_the_subject_of_the_clause_before():
    text = "Hamas berusaha bergabung dengan perundingan yang dipimpin oleh Turki tetapi ditolak oleh Israel."
    reject = next(e for e in asserted(run(text, "id")) if e.type == "REJECT")
    assert countries(reject.actors) == ["ISR"] and countries(reject.recipients) == ["PSE"]


def test_a_refusal_with_no_named_target_may_be_domestic():
    # the counterpart of a domestic-prone type may be another party of the actor's own country
    text = (
        "KPK menyelidiki kasus itu. Polri memeriksa saksi. Indonesia dan Malaysia bertemu. "
        "Pegawai KPK menolak rencana pemindahan kantor itu."
    )
    reject = next(e for e in asserted(run(text, "id")) if e.type == "REJECT")
    assert countries(reject.actors) == ["IDN"] and countries(reject.recipients) == ["IDN"]


def test_a_party_named_with_the_object_shares_the_target():
    # "pertemuan X dengan Y": China is displeased with both sides of the meeting
    accuse = next(e for e in asserted(run("Tiongkok mengecam pertemuan Jepang dengan Filipina di Manila.", "id"))
                  if e.type == "ACCUSE")  # fmt: skip
    assert countries(accuse.actors) == ["CHN"] and countries(accuse.recipients) == ["JPN", "PHL"]
    # an instrument after "dengan" is no party
    accuse = next(e for e in asserted(run("Tiongkok mengecam Jepang dengan keras.", "id")) if e.type == "ACCUSE")
    assert countries(accuse.recipients) == ["JPN"]


def test_a_denial_with_no_named_target_is_aimed_at_its_accuser():
    text = (
        "Israel diserang pada Minggu. Iran membantah terlibat dalam serangan itu. Israel berduka dan Israel marah. "
        "Amerika Serikat menuding Iran sebagai dalang serangan itu."
    )
    reject = next(e for e in asserted(run(text, "id")) if e.type == "REJECT")
    assert countries(reject.actors) == ["IRN"] and countries(reject.recipients) == ["USA"]
    # a refusal that is no denial keeps the counterpart in focus
    text = (
        "Israel diserang pada Minggu. Israel berduka dan Israel marah. "
        "Amerika Serikat menuding Iran sebagai dalang serangan itu. Iran menolak rencana perdamaian itu."
    )
    reject = next(e for e in asserted(run(text, "id")) if e.type == "REJECT")
    assert countries(reject.recipients) == ["ISR"]
    # with no accusation told, the counterpart in focus stays
    text = "Israel diserang pada Minggu. Iran membantah terlibat dalam serangan itu. Israel berduka."
    reject = next(e for e in asserted(run(text, "id")) if e.type == "REJECT")
    assert countries(reject.recipients) == ["ISR"]


def test_an_arrest_with_no_named_target_is_no_arrest_of_an_international_body():
    text = (
        "PBB mengecam kekerasan itu. PBB meminta dialog. PBB prihatin. Australia memberlakukan jam malam. "
        "Polisi telah menangkap lima anggota kelompok tersebut."
    )
    doc = make_doc(text, "id")
    doc.entities += [Entity("PBB", m.start(), m.end(), "ORG", "PBB", None, "IGO", "GOV")
                     for m in re.finditer("PBB", text)]  # fmt: skip
    doc.entities.sort(key=lambda e: e.start)
    doc.events = extract(doc)
    arrest = next(e for e in asserted(doc) if e.type == "COERCE" and e.mode == "arrest")
    assert countries(arrest.actors) == ["AUS"] and countries(arrest.recipients) == ["AUS"]


def test_a_description_naming_another_side_gives_no_nationality(real):
    text = "Reporter mewawancarai Ahmad Yasin, salah satu korban serangan Israel, di rumah sakit."
    doc = real(plain_doc(text))
    assert country_of(doc, "Ahmad Yasin") != "ISR"
    text = "Pengadilan menghukum Daniel Kim, seorang warga negara Korea Selatan, atas tuduhan penipuan."
    doc = real(plain_doc(text))
    assert country_of(doc, "Daniel Kim") == "KOR"

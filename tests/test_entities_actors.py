"""Actor codes the entity layer gives parties the text names without a knowledge-base entry: title shapes of
Indonesian news (acronym in brackets, comma, a minister's portfolio), the country a title implies, and generic
bodies named after their qualified mention."""

from __future__ import annotations

import pytest
from entity_helpers import make_doc, tiny_kb

from warta.analyze.entities import Entities
from warta.kb import knowledge_base


@pytest.fixture(scope="module")
def stage():
    s = Entities()
    s.kb = tiny_kb()
    return s


@pytest.fixture(scope="module")
def real():
    s = Entities()
    s.kb = knowledge_base()
    return s


def coded(doc, text):
    hits = [e for e in doc.entities if e.text == text]
    assert hits, f"{text!r} not in {[(e.text, e.country) for e in doc.entities]}"
    return [(e.country, e.sector) for e in hits]


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # an acronym in brackets between the title and the country
        ("Perdana Menteri (PM) India Rahul Sharma menolak tuduhan itu.", "Rahul Sharma", ("IND", "GOV")),
        # a comma between the title (with its country) and the name
        ("Menteri Pertahanan Rusia, Andrei Volkov mengatakan latihan itu rutin.", "Andrei Volkov", ("RUS", "GOV")),
        # a minister's portfolio (with commas, "dan", an acronym) and then the country
        ("Menteri Energi, Sains dan Lingkungan (MESL) India Anjali Rao menyatakan keprihatinan.", "Anjali Rao",
         ("IND", "GOV")),
        # a minister named without a country in an Indonesian paper is Indonesian
        # (in an article that names Indonesia)
        ("Namun Menteri Lingkungan Hidup dan Kehutanan (LHK) Siti Rahmawati membantah asap itu berasal dari Indonesia.",
         "Siti Rahmawati", ("IDN", "GOV")),
        ("Sikap Indonesia disampaikan Duta Besar Bambang Hartono di New York.", "Bambang Hartono", ("IDN", "GOV")),
    ],
)
def test_title_shapes_code_unknown_people(stage, text, name, expected):
    assert coded(stage(make_doc(text)), name)[0] == expected


def test_the_title_is_not_left_as_a_bare_office(stage):
    doc = stage(make_doc("Perdana Menteri (PM) India Rahul Sharma tiba di Jakarta."))
    assert not [e for e in doc.entities if "Menteri" in e.text]


def test_implied_country_yields_to_the_article(stage):
    text = ("Menteri Luar Negeri Rusia Igor Petrov tiba di Jakarta pada Senin. "
            "Dalam pertemuan itu Menlu Igor Petrov menyampaikan pesan Moskow. "
            "Menlu Petrov juga bertemu Perdana Menteri Rusia Dmitri Sokolov sehari sebelumnya, dan PM Sokolov "
            "memuji kerja sama itu.")  # fmt: skip
    doc = stage(make_doc(text))
    assert all(c == ("RUS", "GOV") for c in coded(doc, "Igor Petrov"))
    assert coded(doc, "Petrov") == [("RUS", "GOV")]
    assert coded(doc, "Sokolov") == [("RUS", "GOV")]


def test_generic_body_takes_the_country_it_was_named_with(real):
    text = ("Departemen Luar Negeri AS menuduh kedua diplomat itu melakukan operasi pengaruh. "
            "Departemen Luar Negeri hari ini memberi tahu misi Kuba soal keputusan itu. "
            "Kementerian Luar Negeri Kuba menolak tindakan tersebut.")  # fmt: skip
    doc = real(make_doc(text, published="2019-09-20"))
    assert [c for c, _ in coded(doc, "Departemen Luar Negeri")] == ["USA"]
    assert coded(doc, "Kementerian Luar Negeri Kuba")[0][0] == "CUB"


def test_indonesian_missions_and_relative_government_nouns(real):
    text = ("Menyitir laman perutusan tetap RI untuk PBB (PTRI), Indonesia menanggapi pernyataan itu. "
            "PTRI Jenewa menyambut baik pengakuan tersebut.")  # fmt: skip
    doc = real(make_doc(text, published="2019-09-20"))
    assert {e.country for e in doc.entities if e.text == "PTRI"} == {"IDN"}
    kb = knowledge_base()
    # "pemerintah pusat" is the central government of whatever country the story is about
    assert not [e for e in kb.lookup("pemerintah pusat", "id") if e.country == "IDN"]
    assert {e.country for e in kb.lookup("Amnesty International", "id")} == {None}


def test_a_name_opening_with_a_known_body_is_its_member(real):
    doc = real(make_doc("Hal itu disampaikan kepala tim negosiator Taliban Sher Mohammad Abbas Stanikzai kemarin. "
                        "Stanikzai menolak berkomentar.", published="2019-09-20"))  # fmt: skip
    assert coded(doc, "Taliban")[0][0] == "AFG"
    assert coded(doc, "Sher Mohammad Abbas Stanikzai") == [("AFG", "REB")]
    assert coded(doc, "Stanikzai") == [("AFG", "REB")]


def test_a_rank_before_a_known_name_keeps_the_link(real):
    doc = real(make_doc("Pelanggaran itu dilakukan oleh Irjen Firli Bahuri saat bertugas.", published="2019-09-13"))
    assert [e.kb_id for e in doc.entities if e.text == "Firli Bahuri"] == ["person:firli-bahuri"]


def test_country_inside_a_body_and_acronyms_the_article_defines(real):
    text = ("Seorang juru bicara Departemen Luar Negeri Australia dan Perdagangan menyebut kasus itu wewenang "
            "Kepolisian Australia (AFP). Pertanyaan soal kasus itu dijawab juru bicara AFP. "
            "Ratusan mahasiswa dari Komite Mahasiswa untuk Keadilan Indonesia (KMKI) mendatangi Mabes Polri. "
            "KMKI menuntut penangkapan.")  # fmt: skip
    doc = real(make_doc(text, published="2019-09-18"))
    assert coded(doc, "Departemen Luar Negeri Australia dan Perdagangan")[0][0] == "AUS"
    assert all(c == "AUS" for c, _ in coded(doc, "AFP"))
    # a country name that ends a longer name does not lend its code to that name's acronym
    assert all(e.type != "GPE" for e in doc.entities if e.text == "KMKI")


def test_title_country_tagged_into_a_known_name(real):
    doc = real(make_doc("Protes itu menyoal dugaan korupsi Menteri Kehakiman Korsel Cho Kuk dan keluarganya. "
                        "Para pemprotes ingin Cho mundur.", published="2019-09-17"))  # fmt: skip
    assert [e.kb_id for e in doc.entities if e.text == "Cho Kuk"] == ["person:cho-kuk"]
    assert coded(doc, "Cho") == [("KOR", "GOV")]
    assert not [e for e in doc.entities if e.text.startswith("Korsel ")]


def test_laws_and_treaties_are_documents_not_parties(real):
    text = ("Ribuan mahasiswa menolak Rancangan Undang-Undang Pertanahan (RUUP) di depan gedung parlemen. "
            "RUUP dinilai merugikan petani.")  # fmt: skip
    doc = real(make_doc(text, published="2019-09-24"))
    docs = [e for e in doc.entities if "RUUP" in e.text]
    assert docs and all(e.type == "MISC" and e.country is None for e in docs)


def test_missions_abroad_are_their_government(real):
    text = ("Ratusan mahasiswa berunjuk rasa di depan Kedutaan Besar Australia di Jakarta. Dua anggota delegasi Kuba "
            "untuk PBB diusir, dan Kedubes AS menolak berkomentar.")  # fmt: skip
    doc = real(make_doc(text, published="2019-09-20"))
    assert coded(doc, "Kedutaan Besar Australia") == [("AUS", "GOV")]
    assert coded(doc, "delegasi Kuba") == [("CUB", "GOV")]
    assert coded(doc, "Kedubes AS") == [("USA", "GOV")]


def test_a_known_place_is_not_a_person(real):
    doc = real(make_doc("Malaysia mengirimkan masker ke Negara Bagian Sarawak dan menutup sekolah.", published="2019-09-12"))
    assert not [e for e in doc.entities if e.type == "PER"]
    assert [e.type for e in doc.entities if e.text == "Sarawak"] in ([], ["LOC"])
    doc = real(make_doc("Pernyataan itu disampaikan para Pemimpin Kepulauan Pasifik di Tuvalu.", published="2019-09-12"))
    assert not [e for e in doc.entities if e.type == "PER"]


def test_a_list_of_known_names_is_not_one_name(real):
    doc = real(make_doc("Khan mengatakan pasukan Pakistan dan India saling berhadapan di perbatasan.", published="2019-09-13"))
    assert {e.text: e.country for e in doc.entities if e.type == "GPE"} == {"Pakistan": "PAK", "India": "IND"}


@pytest.mark.parametrize(
    ("alias", "country", "sector"),
    [
        ("UNAMA", "IGO", "GOV"), ("UNIFIL", "IGO", "MIL"),  # UN missions are the UN's, not their host's
        ("Aramco", "SAU", "BUS"), ("Petronas", "MYS", "BUS"),  # state oil companies
        ("KNPB", "IDN", "OPP"),  # Papuan pro-independence organisations
        ("Amnesty International", None, "SOC"),  # an international NGO has no country
    ],
)
def test_kb_classes_of_parties(alias, country, sector):
    hits = knowledge_base().lookup(alias, "id")
    assert hits and (hits[0].country, hits[0].sector) == (country, sector)


def test_police_rank_and_home_country_bodies(real):
    text = ("Kasus itu ditangani AKBP Dony Eka Putra di Jakarta. Pemerintah Indonesia melalui Kementerian Pertanian "
            "membantah laporan itu, sedangkan "
            "Kementerian Pertahanan Rusia menolak berkomentar. Kementerian Pertahanan kemudian membantah tuduhan itu.")  # fmt: skip
    doc = real(make_doc(text, published="2019-09-20"))
    assert coded(doc, "Dony Eka Putra") == [("IDN", "COP")]  # a rank only Polri uses; the rank is not the name
    assert coded(doc, "Kementerian Pertanian")[0][0] == "IDN"
    assert coded(doc, "Kementerian Pertahanan")[0][0] == "RUS"  # named with its country earlier


def test_a_general_abroad_is_not_made_indonesian(real):
    doc = real(make_doc("Juru bicara militer Pakistan Mayjen Asif Ghafoor membantah laporan itu.", published="2019-09-20"))
    assert all(e.country != "IDN" for e in doc.entities)


def test_an_office_in_apposition_codes_the_person(stage):
    doc = stage(make_doc("Hal itu disampaikan Mohammad Alimov, Menteri Luar Negeri Rusia, kepada wartawan. "
                         "Alimov menolak tuduhan itu."))  # fmt: skip
    assert coded(doc, "Mohammad Alimov") == [("RUS", "GOV")]
    assert coded(doc, "Alimov") == [("RUS", "GOV")]


def test_heads_of_bodies_and_spokespeople(real):
    text = ("Komandan Angkatan Udara Pasukan Garda Revolusi Islam, Brigadir Jenderal Amir Ali Hajizadeh, memperingatkan "
            "Washington. Karo Penmas Div Humas Mabes Polri, Brigjen Budi Santoso mengatakan pelaku ditangkap. Pelaku "
            "adalah Ketua Komite Nasional Papua Barat (KNPB) Mimika, Yonas Wenda. Hal itu dikatakan penasihat "
            "Pemerintah Rusia Pavel Orlov. Menurut Reuters, John Carter mengatakan hal itu.")  # fmt: skip
    doc = real(make_doc(text, published="2019-09-20"))
    assert coded(doc, "Angkatan Udara Pasukan Garda Revolusi Islam")[0][0] == "IRN"  # the branch of a known body
    assert coded(doc, "Amir Ali Hajizadeh")[0][0] == "IRN"  # past the body, a comma and a rank
    assert coded(doc, "Budi Santoso")[0][0] == "IDN"  # a body, a comma, a rank, the name
    assert coded(doc, "Yonas Wenda")[0][0] == "IDN"  # past an acronym and a place
    assert coded(doc, "Pavel Orlov")[0][0] == "RUS"
    assert coded(doc, "John Carter")[0][0] is None  # a cited news agency is not the speaker's body


def test_an_ambassador_keeps_his_country_not_the_host(stage):
    doc = stage(make_doc("Duta besar India untuk Indonesia Rajesh Kumar Sharma telah bertemu pejabat senior Indonesia."))
    assert coded(doc, "Rajesh Kumar Sharma")[0] == ("IND", "GOV")


def test_a_title_implies_the_home_country_only_where_the_article_names_it(stage):
    doc = stage(make_doc("Pengguna narkoba di Rusia tidak akan dipenjara. Menteri Hukum Pavel Sidorov menjelaskan, usaha "
                         "itu mendapat dukungan kabinet Rusia."))  # fmt: skip
    assert all(c != "IDN" for c, _ in coded(doc, "Pavel Sidorov"))


def test_an_office_named_after_a_place_takes_its_country(stage):
    doc = stage(make_doc("Gubernur Virginia Ralph Northam mengakui kesalahannya. Wali Kota London Sadiq Khan mengecam "
                         "hal itu, dan Gubernur Jawa Timur Bambang Sutrisno membantah."))  # fmt: skip
    assert coded(doc, "Ralph Northam")[0] == ("USA", "GOV")
    assert coded(doc, "Sadiq Khan")[0] == ("GBR", "GOV")
    assert coded(doc, "Bambang Sutrisno")[0] == ("IDN", "GOV")


def test_a_bare_home_body_before_another_country_is_that_countrys(real):
    doc = real(make_doc("Kementerian luar negeri Korea Selatan telah meminta Jepang menjelaskan keputusan itu.",
                        published="2019-09-20"))  # fmt: skip
    assert coded(doc, "Kementerian luar negeri Korea Selatan") == [("KOR", "GOV")]

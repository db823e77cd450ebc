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


# --- release (RETREAT release, implied police) -----------------------------------------------------------------


def test_a_detainee_freed_without_an_agent_is_released_by_the_authorities(process):
    doc = process(
        "Polisi Thailand menahan aktivis mahasiswa itu di Bangkok pekan lalu. "
        "Ia dibebaskan dengan jaminan pada Selasa setelah ditahan selama empat hari."
    )
    release = _one(doc, "RETREAT")
    assert release.mode == "release"
    assert [(p.country, p.sector) for p in release.actors] == [("THA", "COP")]
    assert _countries(release.recipients) == ["THA"]


@pytest.mark.parametrize(
    "text",
    [
        "Harga tiket masuk museum dibebaskan selama libur sekolah di Yogyakarta pekan depan.",
        "Warga miskin dibebaskan dari biaya berobat di puskesmas mulai bulan depan.",
        "Pemerintah daerah mempercepat pembebasan lahan untuk jalan tol di Jawa Tengah.",
    ],
)
def test_free_tickets_exemptions_and_land_clearing_are_no_release(process, text):
    doc = process(text)
    assert not _events(doc, "RETREAT"), [(e.type, e.trigger.text) for e in doc.events]


# --- prison and convictions (SANCTION convict, implied courts) --------------------------------------------------


def test_a_prison_term_told_of_the_convict_is_the_courts_sanction_on_him(process):
    doc = process(
        "Kepolisian Filipina menangkap seorang pemimpin kelompok separatis di Mindanao. "
        "AB sempat dipenjara pada 2015 dengan kasus makar."
    )
    prison = _one(doc, "SANCTION")
    assert prison.mode == "convict"
    assert [(p.country, p.sector) for p in prison.actors] == [("PHL", "JUD")]
    assert _countries(prison.recipients) == ["PHL"]


def test_a_sentence_received_makes_its_subject_the_recipient(process):
    doc = process("Mantan Perdana Menteri Malaysia Najib Razak menerima hukuman 12 tahun penjara di Kuala Lumpur.")
    sentence = _one(doc, "SANCTION")
    assert _countries(sentence.actors) == ["MYS"]
    assert [p.text for p in sentence.recipients] == ["Najib Razak"]


def test_a_sentence_told_of_nobody_is_no_event(process):
    doc = process("Aturan baru itu mengatur hukuman penjara bagi pelanggar lalu lintas di Jakarta mulai tahun depan.")
    assert not _events(doc, "SANCTION"), [(e.type, e.trigger.text) for e in doc.events]


# --- charges and investigations (ACCUSE allege / investigate) ---------------------------------------------------


def test_an_agentless_indictment_is_the_judiciarys_charge(process):
    doc = process(
        "Kejaksaan Korea Selatan menggeledah kantor kementerian di Seoul. "
        "Istri menteri itu telah didakwa karena diduga memalsukan dokumen."
    )
    charge = [e for e in _events(doc, "ACCUSE") if e.trigger.text == "didakwa"]
    assert charge, [(e.type, e.trigger.text) for e in doc.events]
    assert [(p.country, p.sector) for p in charge[0].actors] == [("KOR", "JUD")]
    assert charge[0].mode == "allege"


def test_an_accused_party_named_with_no_accuser_is_accused_by_the_story_s_authorities(process):
    doc = process(
        "Pemerintah Australia menggelar rapat keamanan di Canberra. "
        "China dituding menjadi dalang serangan siber terhadap parlemen Australia."
    )
    accuse = [e for e in _events(doc, "ACCUSE") if e.trigger.text == "dituding"]
    assert accuse, [(e.type, e.trigger.text) for e in doc.events]
    assert _countries(accuse[0].actors) == ["AUS"]
    assert _countries(accuse[0].recipients) == ["CHN"]


def test_a_suspect_questioned_is_investigated_by_the_police_but_evidence_examined_is_no_event(process):
    doc = process(
        "Polisi Indonesia menangkap pemimpin kelompok itu di Jayapura. "
        "Saat ini pelaku sedang didalami perannya dalam kerusuhan di Wamena."
    )
    probe = [e for e in _events(doc, "ACCUSE") if e.mode == "investigate"]
    assert probe and _countries(probe[0].actors) == ["IDN"]
    doc = process("Kendaraan yang terbakar itu diperiksa di laboratorium forensik di Jakarta pada Senin pagi.")
    assert not _events(doc, "ACCUSE"), [(e.type, e.trigger.text) for e in doc.events]


# --- summons (REQUEST, implied police) --------------------------------------------------------------------------


def test_a_second_summons_to_a_named_person_is_the_polices_request(process):
    doc = process(
        "Polda Jawa Timur menetapkan aktivis itu sebagai tersangka pekan lalu. "
        "Hari ini adalah batas akhir pemanggilan kedua untuk Veronica Koman."
    )
    summons = [e for e in _events(doc, "REQUEST") if "pemanggilan" in e.trigger.text]
    assert summons, [(e.type, e.trigger.text) for e in doc.events]
    assert [(p.country, p.sector) for p in summons[0].actors] == [("IDN", "COP")]


def test_a_nickname_is_no_summons(process):
    doc = process("Pemuda yang akrab dipanggil Ucok itu membuka warung kopi di Medan sejak tahun lalu.")
    assert not _events(doc, "REQUEST"), [(e.type, e.trigger.text) for e in doc.events]


# --- lifted bans (CONCEDE, implied government) ------------------------------------------------------------------


def test_a_ban_lifted_without_an_agent_is_the_governments_concession(process):
    doc = process(
        "Perempuan di Arab Saudi dilarang mengemudi selama puluhan tahun. "
        "Larangan itu dicabut pada tahun lalu oleh kerajaan karena tekanan internasional."
    )
    lifted = _one(doc, "CONCEDE")
    assert _countries(lifted.actors) == ["SAU"]


def test_a_road_reopened_or_a_post_deleted_is_no_concession(process):
    doc = process("Unggahan itu dihapus pada Senin setelah ramai dibicarakan warganet di Jakarta.")
    assert not _events(doc, "CONCEDE"), [(e.type, e.trigger.text) for e in doc.events]


# --- deployments (MOBILIZE police) ------------------------------------------------------------------------------


def test_police_sent_to_a_protest_mobilise_against_the_protesters(process):
    doc = process(
        "Ribuan mahasiswa berunjuk rasa di depan gedung DPR di Jakarta pada Selasa. "
        "Ratusan aparat kepolisian diterjunkan ke lokasi untuk mengamankan aksi. "
        "Polisi juga memperketat pengamanan di sekitar gedung itu."
    )
    sent = _events(doc, "MOBILIZE")
    assert sent, [(e.type, e.trigger.text) for e in doc.events]
    assert all(e.mode == "police" for e in sent)
    assert {p.country for p in sent[0].actors} == {"IDN"}
    assert {p.sector for p in sent[0].recipients} == {"CVL"}


def test_firefighters_sent_to_a_forest_fire_and_a_parcel_sent_are_no_mobilisation(process):
    doc = process("Ratusan petugas pemadam kebakaran dikerahkan ke lokasi kebakaran hutan di Riau pada Senin.")
    assert not _events(doc, "MOBILIZE"), [(e.type, e.trigger.text) for e in doc.events]
    doc = process("Paket bantuan itu dikirim ke Palu melalui jalur laut pada Senin pagi kemarin.")
    assert not _events(doc, "MOBILIZE"), [(e.type, e.trigger.text) for e in doc.events]


def test_a_decision_to_lift_internet_restrictions_with_no_one_named_is_the_governments(process):
    doc = process(
        "Situasi di Papua berangsur kondusif, kata Menteri Koordinator Politik, Hukum, dan Keamanan Indonesia. "
        "Hal ini tercermin dari keputusan mencabut pembatasan internet di Papua mulai Rabu."
    )
    lifted = _one(doc, "CONCEDE")
    assert [(p.country, p.sector) for p in lifted.actors] == [("IDN", "GOV")]


def test_an_active_arrest_verb_with_neither_subject_nor_object_is_no_event(process):
    doc = process("Operasi itu berhasil menangkap dalam waktu kurang dari dua jam di Surabaya pada Senin pagi.")
    assert not _events(doc, "COERCE"), [(e.type, e.trigger.text) for e in doc.events]


# --- English counterparts -----------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def process_en():
    def run(text: str):
        return warta.process(text, published="2019-09-12", lang="en")

    return run


def test_english_agentless_arrest_release_and_indictment_take_the_implied_authority(process_en):
    doc = process_en(
        "Russian police raided the offices of an opposition newspaper in Moscow. "
        "The man was arrested in Moscow on Monday after the raid."
    )
    arrest = [e for e in _events(doc, "COERCE") if e.mode == "arrest"]
    assert arrest and [(p.country, p.sector) for p in arrest[0].actors] == [("RUS", "COP")]
    doc = process_en(
        "Egyptian police detained dozens of protesters in Cairo last week. "
        "The activist was freed in Cairo on Friday after ten days in custody."
    )
    release = _one(doc, "RETREAT")
    assert _countries(release.actors) == ["EGY"]
    doc = process_en(
        "The prosecutors opened a case against the former minister. "
        "She was indicted in Seoul on Tuesday on bribery charges."
    )
    charge = _one(doc, "ACCUSE")
    assert [(p.country, p.sector) for p in charge.actors] == [("KOR", "JUD")]


def test_english_caught_fish_and_a_released_report_take_no_implied_authority(process_en):
    doc = process_en("The fish were caught in the North Sea and sold in Hull on Monday morning.")
    assert not _events(doc, "COERCE")
    doc = process_en("A new report was released by the institute in Geneva on Monday morning.")
    assert all(not e.actors or e.actors[0].text != "released" for e in doc.events)


def test_caught_in_a_sting_and_granted_a_suspended_detention_make_the_subject_the_recipient(process):
    doc = process("Seorang bupati di Jawa Timur terjaring operasi tangkap tangan KPK pada Selasa malam.")
    arrest = _one(doc, "COERCE")
    assert [p.text for p in arrest.actors] == ["KPK"]
    assert [p.text for p in arrest.recipients] == ["bupati"]
    doc = process("Aktivis itu mendapat penangguhan penahanan dari Polda Metro Jaya pada Jumat sore kemarin.")
    release = _one(doc, "RETREAT")
    assert [p.sector for p in release.recipients] == ["CVL"]
    assert [p.country for p in release.actors] == ["IDN"]


def test_a_revoked_special_status_is_the_governments_restriction():
    from warta.analyze.triggers import lexicon, tokenize

    matches = lexicon("id").match(tokenize("sejak dicabutnya status khusus Kashmir oleh New Delhi"))
    assert [(m.entry.type, m.entry.mode, m.entry.implied_actor) for m in matches] == [("COERCE", "restrict", "GOV")]


def test_a_medical_check_is_no_questioning_but_questioning_about_a_case_is(process):
    doc = process("Ia diperiksa di rumah sakit setempat setelah mengeluh sakit dada pada Senin malam.")
    assert not _events(doc, "ACCUSE"), [(e.type, e.trigger.text) for e in doc.events]
    doc = process(
        "KPK menahan Bupati Kudus di Jakarta pada Sabtu. "
        "Ia diperiksa sebagai tersangka dalam kasus suap jual beli jabatan."
    )
    probe = [e for e in _events(doc, "ACCUSE") if e.mode == "investigate"]
    assert probe and _countries(probe[0].actors) == ["IDN"]


def test_a_central_bank_holding_its_rate_is_no_detention(process):
    doc = process("Bank Indonesia kembali menahan suku bunga acuan di level 4,75 persen pada Rabu di Jakarta.")
    assert not _events(doc, "COERCE"), [(e.type, e.trigger.text) for e in doc.events]
    doc = process("Ketua The Fed menjelaskan penahanan suku bunga ini dilakukan untuk mengendalikan inflasi AS.")
    assert not _events(doc, "COERCE"), [(e.type, e.trigger.text) for e in doc.events]


def test_a_named_patient_of_a_passive_is_the_recipient(process):
    doc = process(
        "Polisi Hong Kong menangkap aktivis Joshua Wong pada Jumat pagi. "
        "Wong dibebaskan dengan jaminan pada Jumat malam setelah diperiksa selama sepuluh jam."
    )
    release = _one(doc, "RETREAT")
    assert [p.text for p in release.recipients] == ["Wong"]
    assert [(p.country, p.sector) for p in release.actors] == [("HKG", "COP")]


def test_english_curfew_lifted_with_no_one_named_is_the_governments_concession(process_en):
    doc = process_en(
        "Authorities in Kashmir imposed a curfew in Srinagar after the protests last month. "
        "The curfew was lifted in Srinagar on Monday after three weeks."
    )
    lifted = _one(doc, "CONCEDE")
    assert [(p.country, p.sector) for p in lifted.actors] == [("IND", "GOV")]
    doc = process_en("The heavy wooden box was lifted onto the truck in Leeds on Monday morning.")
    assert not _events(doc, "CONCEDE")

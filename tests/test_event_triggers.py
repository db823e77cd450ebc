"""Trigger families and constructions of the language packs (lang/*/events.toml) and the matcher (triggers.py):
each test is a realistic sentence written for the test, checked at the lexicon level (which type/mode the words
name) and, where the parties matter, through the whole event stage."""

from __future__ import annotations

import pytest
from test_events import asserted, countries, run

from warta.analyze.triggers import inflect, lexicon, tokenize
from warta.lang import pack


def found(text: str, lang: str = "id") -> list[tuple[str, str | None, str]]:
    """(type, mode, trigger words) of every trigger the pack's lexicon finds in ``text``."""
    toks = tokenize(text)
    return [
        (m.entry.type, m.entry.mode, " ".join(t.text for t in toks[m.first : m.last + 1]))
        for m in lexicon(lang).match(toks)
    ]


def types(text: str, lang: str = "id") -> set[str]:
    return {t for t, _, _ in found(text, lang)}


# --- matcher ---------------------------------------------------------------------------------------------------


def test_reduplicated_roots_take_the_nasal_on_both_halves_where_the_letter_drops():
    morphology = pack("id").data("events")["morphology"]
    halang = {f for f, _ in inflect("halang-halang", morphology)}
    assert {"menghalang-halangi", "dihalang-halangi"} <= halang
    pukul = {f for f, _ in inflect("pukul-pukul", morphology)}
    assert {"memukul-mukul", "dipukul-pukul"} <= pukul


def test_a_subject_constraint_keeps_a_protest_act_to_protesters():
    assert ("PROTEST", "riot", "melempar") in found("Massa yang kecewa sempat melempar batu ke arah gedung DPRD.")
    assert "PROTEST" not in types("Seorang nelayan melempar batu ke laut untuk mengusir burung.")


# --- SANCTION ----------------------------------------------------------------------------------------------------


def test_prison_terms_are_sentences_and_leaving_a_treaty_is_a_withdrawal():
    assert ("SANCTION", "convict", "mendekam di penjara") in found(
        "Aktivis itu harus mendekam di penjara selama dua tahun."
    )
    assert ("SANCTION", "convict", "dipenjara") in found("Mantan bupati itu dipenjara pada 2015 karena korupsi.")
    assert ("SANCTION", "withdraw", "menarik keluar") in found(
        "Presiden menarik keluar negaranya dari perjanjian iklim Paris."
    )
    assert "SANCTION" not in types("Menteri itu mundur dari jabatannya pekan lalu.")


def test_an_ordered_expulsion_is_the_expulsion_not_a_request():
    doc = run("Amerika Serikat memerintahkan pengusiran dua diplomat Rusia pada Kamis.", "id")
    e = [x for x in asserted(doc) if x.type == "SANCTION"]
    assert e and e[0].mode == "expel" and countries(e[0].actors) == ["USA"]
    assert not [x for x in asserted(doc) if x.type == "REQUEST"]


def test_an_order_of_an_act_noun_is_the_act_and_an_order_to_a_party_a_request():
    assert found("Presiden memerintahkan penangkapan tiga jenderal.") == [
        ("COERCE", "arrest", "memerintahkan penangkapan")
    ]
    assert found("Mahkamah memerintahkan Pakistan untuk menunda eksekusi.") == [("REQUEST", None, "memerintahkan")]
    # a clause break between them: the noun is no object of the order
    assert [t for t, _, _ in found("Presiden memerintahkan, penangkapan itu sah.")] == ["REQUEST", "COERCE"]


# --- REJECT -----------------------------------------------------------------------------------------------------


def test_brushing_aside_is_a_rejection_and_not_ready_to_meet_refuses_a_meeting():
    assert ("REJECT", None, "menepis") in found("Juru bicara kementerian menepis tuduhan bahwa Jakarta menutupi data.")
    assert ("REJECT", "meet", "belum siap") in found("Dia belum siap untuk bertemu pemimpin oposisi bulan ini.")
    assert "REJECT" not in types("Kota itu belum siap menghadapi musim hujan.")


# --- PROTEST ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        ("Ribuan buruh berpawai menuju kantor gubernur.", "demo"),
        ("Ketua partai oposisi itu mencukur habis rambutnya di depan istana.", "demo"),
        ("Para pengunjuk rasa melemparkan bom molotov ke kantor polisi.", "riot"),
        ("Para demonstran memblokir jalan-jalan menuju bandara.", "obstruct"),
    ],
)
def test_protest_acts(text, mode):
    assert ("PROTEST", mode) in {(t, m) for t, m, _ in found(text)}


def test_a_road_blocked_by_police_is_a_cordon_not_a_protest():
    assert ("COERCE", "restrict") in {(t, m) for t, m, _ in found("Polisi memblokir jalan menuju gedung parlemen.")}
    assert "PROTEST" not in types("Polisi memblokir jalan menuju gedung parlemen.")
    assert not found("Longsor menutup sebagian jalan provinsi.")


def test_tear_gas_released_by_police_is_crowd_control():
    doc = run("Polri melepaskan gas air mata ke arah massa.", "id")
    assert [(e.type, e.mode) for e in asserted(doc)] == [("ASSAULT", "crowd-control")]


# --- ACCUSE -----------------------------------------------------------------------------------------------------


def test_naming_a_suspect_is_a_charge_by_the_police():
    doc = run("Polri telah menetapkan seorang aktivis Australia sebagai tersangka penghasutan.", "id")
    e = [x for x in asserted(doc) if x.type == "ACCUSE"]
    assert e and e[0].mode == "allege" and countries(e[0].actors) == ["IDN"]
    assert "ACCUSE" not in types("Pemerintah menetapkan aturan baru soal impor beras.")


def test_a_right_of_reply_and_name_calling_are_disapproval():
    assert ("ACCUSE", "disapprove") in {
        (t, m) for t, m, _ in found("Delegasi Indonesia menyampaikan hak jawabnya di Sidang Dewan HAM.")
    }
    doc = run('Presiden Turki menyebut Israel sebagai "negara teroris" dalam pidatonya.', "id")
    assert [(e.type, e.mode) for e in asserted(doc)] == [("ACCUSE", "disapprove")]
    assert "ACCUSE" not in types("Presiden menyebut Jepang sebagai mitra strategis utama.")


def test_police_deepening_a_suspects_role_is_an_investigation():
    assert ("ACCUSE", "investigate", "mendalami") in found("Penyidik mendalami peran kedua pelaku dalam kerusuhan itu.")
    assert not found("Para santri mendalami ilmu agama di pesantren.")


# --- SUPPORT, CONSULT ---------------------------------------------------------------------------------------------


def test_appreciation_and_approval_are_support():
    assert ("SUPPORT", None, "sangat hargai") in found("Negara anggota sangat hargai upaya mediasi Indonesia.")
    assert ("SUPPORT", None, "dengan persetujuan") in found("Resolusi itu disahkan dengan persetujuan dari Rusia.")


def test_talks_named_with_a_light_verb_are_consultations():
    doc = run("Polri melakukan negosiasi dengan perwakilan mahasiswa sebelum aksi dimulai.", "id")
    assert [e.type for e in asserted(doc)] == ["CONSULT"]
    assert ("CONSULT", None, "memulai sesi dialog") in found("Gubernur akan memulai sesi dialog dengan warga.")


def test_briefing_a_named_party_is_a_consultation_only_with_the_party():
    doc = run("Indonesia telah menjelaskan secara langsung perkembangan di Papua kepada Australia.", "id")
    e = [x for x in asserted(doc) if x.type == "CONSULT"]
    assert e and countries(e[0].actors) == ["IDN"] and countries(e[0].recipients) == ["AUS"]


# --- COERCE -----------------------------------------------------------------------------------------------------


def test_obstruction_revoked_autonomy_and_hacking_are_coercion():
    assert ("COERCE", "restrict", "dihalang-halangi") in found("Para pemuda dihalang-halangi polisi di perbatasan.")
    assert ("COERCE", "restrict", "mencabut") in found("India mencabut status otonomi Kashmir pada Agustus.")
    assert ("COERCE", "cyber", "serangan siber") in found("Sebuah serangan siber menargetkan parlemen Australia.")
    assert "COERCE" not in types("Dua pencuri membobol etalase toko perhiasan.")


def test_urging_needs_what_is_urged_and_a_cause_is_no_request():
    assert ("REQUEST", None, "mendorong") in found(
        "Indonesia mendorong Myanmar untuk menghentikan kekerasan di Rakhine."
    )
    assert "REQUEST" not in types("Penurunan suku bunga mendorong pertumbuhan ekonomi nasional.")


def test_exposing_abuses_blames_their_author():
    doc = run("Pakistan siap mengungkapkan penindasan oleh India di Kashmir.", "id")
    e = [x for x in asserted(doc) if x.type == "ACCUSE"]
    assert e and countries(e[0].actors) == ["PAK"] and countries(e[0].recipients) == ["IND"]


def test_destroying_abstract_things_is_no_attack_but_annexation_and_firm_action_are_coercion():
    assert not found("Rencana itu akan menghancurkan peluang perdamaian di kawasan.")
    assert ("COERCE", "seize", "memperluas kedaulatan") in found(
        "Perdana menteri berjanji memperluas kedaulatan Israel atas Lembah Yordan."
    )
    doc = run("Polri akan mengambil tindakan tegas terhadap perusuh.", "id")
    assert [e.type for e in asserted(doc)] == ["THREATEN"]


def test_a_letter_to_a_leader_is_a_remote_consultation():
    doc = run("Jokowi mengirim surat kepada Narendra Modi soal perdagangan minyak sawit.", "id")
    e = [x for x in asserted(doc) if x.type == "CONSULT"]
    assert e and e[0].mode == "phone" and countries(e[0].recipients) == ["IND"]
    assert not found("Warga mengirim surat ke redaksi.")


def test_protesters_descending_on_an_office_demonstrate():
    assert ("PROTEST", "demo", "mendatangi") in found("Ratusan mahasiswa mendatangi gedung DPR pada Senin siang.")
    assert "PROTEST" not in types("Menteri Sosial mendatangi lokasi banjir di Bekasi.")


# --- English counterparts ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "etype", "mode"),
    [
        ("Protesters threw petrol bombs at the police station.", "PROTEST", "riot"),
        ("Two opposition lawmakers shaved their heads outside parliament.", "PROTEST", "demo"),
        ("The government ordered the expulsion of two Cuban diplomats.", "SANCTION", "expel"),
        ("The ministry brushed aside the concerns raised by Malaysia.", "REJECT", None),
        ("He said he was not ready to meet the North Korean leader.", "REJECT", "meet"),
        ("India revoked the special status of Kashmir in August.", "COERCE", "restrict"),
        ("Police named him as a suspect in the bombing.", "ACCUSE", "allege"),
        ("Indonesia exercised its right of reply at the council.", "ACCUSE", "disapprove"),
    ],
)
def test_english_counterparts(text, etype, mode):
    assert (etype, mode) in {(t, m) for t, m, _ in found(text, "en")}


def test_english_stones_thrown_by_others_are_no_protest_and_petrol_bombs_no_air_raid():
    assert "PROTEST" not in types("A farmer threw stones at the crows.", "en")
    assert "ASSAULT" not in types("Protesters threw petrol bombs at the police station.", "en")
    doc = run("Putin wrote to Modi last week.", "en")
    assert [(e.type, e.mode) for e in asserted(doc)] == [("CONSULT", "phone")]


def test_penalties_and_endangerment_are_no_threats_but_a_threat_by_a_party_is():
    assert "THREATEN" not in types("Pelaku terancam hukuman penjara lima tahun.")
    assert "THREATEN" not in types("Pasal itu mengatur ancaman pidana bagi pelaku.")
    assert "THREATEN" not in types("Pernyataan itu mengancam kelangsungan proses perdamaian.")
    assert ("THREATEN", None, "mengancam") in found("Korea Utara mengancam akan menyerang kapal perang Amerika.")


def test_water_bombing_is_no_attack_and_drones_sent_at_a_target_are():
    assert "ASSAULT" not in types("Helikopter melakukan pemboman air di lahan gambut yang terbakar.")
    assert ("ASSAULT", "drone", "mengirimkan") in found(
        "Kelompok itu mengirimkan sepuluh pesawat tanpa awak untuk menghantam kilang minyak."
    )


def test_ter_forms_are_accidental_passives_or_no_act_at_all():
    assert not found("Terdakwa kasus korupsi itu hadir di persidangan.")
    assert [w for _, _, w in found("Polisi membubarkan diskusi organisasi terlarang itu.")] == ["membubarkan"]
    assert "ACCUSE" not in types("Kalimat tersebut dinilai sebagai kebohongan.")
    toks = tokenize("Dua anggota kelompok bersenjata tertangkap di perbatasan.")
    (m,) = [m for m in lexicon("id").match(toks) if m.entry.type == "COERCE"]
    assert m.passive  # the one caught is the recipient, not the actor


@pytest.mark.parametrize(
    ("text", "etype", "mode"),
    [
        ("Penandatanganan perjanjian Rusia dan India berlangsung di Moskow.", "SUPPORT", None),
        ("Pembatalan pertemuan Rusia dan Ukraina diumumkan Kremlin.", "REJECT", "meet"),
        ("Pemanggilan duta besar Australia oleh Indonesia terjadi pekan lalu.", "ACCUSE", "disapprove"),
        ("Pelucutan senjata milisi Suriah dimulai bulan ini.", "RETREAT", "disarm"),
        ("Pemboikotan produk Israel meluas di Malaysia.", "PROTEST", "boycott"),
    ],
)
def test_pen_an_nominalisations_of_trigger_verbs(text, etype, mode):
    assert (etype, mode) in {(t, m) for t, m, _ in found(text)}


def test_a_cancelled_tax_is_no_cancelled_meeting():
    assert "REJECT" not in types("Pembatalan pajak impor diumumkan menteri keuangan.")


def test_a_mention_is_no_name_calling():
    assert "ACCUSE" not in types("Pasal 281 menyebutkan tiga kategori pelanggaran terhadap pengadilan.")


@pytest.mark.parametrize(
    ("text", "etype", "mode"),
    [
        ("Thousands of farmers blocked roads into the capital on Monday.", "PROTEST", "obstruct"),
        ("The teachers' union called off a two-week strike after the pay deal.", "CONCEDE", None),
        ("The government refused to meet the demands of the kidnappers.", "CONCEDE", None),
        ("The two sides failed to reach agreement on the border.", "AGREE", None),
        ("The army extended the night-time curfew in the capital.", "COERCE", "curfew"),
        ("Both countries upgraded their diplomatic ties to embassy level.", "SUPPORT", None),
        ("Militias were accused of ethnic cleansing in the province.", "ASSAULT", None),
    ],
)
def test_english_families_from_the_plover_categories(text, etype, mode):
    assert (etype, mode) in {(t, m) for t, m, _ in found(text, "en")}


def test_english_blocking_a_resolution_stays_a_rejection():
    assert ("REJECT", None, "blocked") in found("Russia blocked the resolution at the Security Council.", "en")


def test_indonesian_counterparts_called_off_strike_extended_curfew():
    assert ("CONCEDE", None, "membatalkan") in found("Serikat buruh membatalkan aksi mogok setelah perundingan.")
    assert ("COERCE", "curfew", "memperpanjang jam malam") in found("Polisi memperpanjang jam malam di Wamena.")
    assert "CONCEDE" not in types("Pemerintah membatalkan proyek jalan tol.")


def test_denials_vows_hosting_thanks_and_rebukes():
    assert ("REJECT", None, "menyangkal") in found("Kementerian menyangkal keterlibatan aparat dalam insiden itu.")
    doc = run("Israel bersumpah akan mencaplok Lembah Yordan.", "id")
    assert [e.type for e in asserted(doc)] == ["THREATEN"]
    doc = run("Jokowi menerima kunjungan Narendra Modi di Istana Bogor.", "id")
    e = [x for x in asserted(doc) if x.type == "CONSULT"]
    assert e and {"IDN", "IND"} <= set(countries(e[0].actors) + countries(e[0].recipients))
    assert ("SUPPORT", None, "berterima kasih kepada") in found("Palestina berterima kasih kepada Indonesia.")
    assert ("ACCUSE", "disapprove", "menegur") in found("Kementerian menegur keras duta besar itu.")


def test_travel_advice_to_ones_own_citizens_is_no_threat():
    assert "THREATEN" not in types("Jepang memperingatkan warganya agar menghindari kawasan perbatasan.")
    assert "THREATEN" not in types("Japan warned its citizens to avoid the border area.", "en")
    assert "THREATEN" in types("Jepang memperingatkan Korea Utara agar menghentikan uji coba rudal.")


def test_an_official_descending_on_a_consulate_visits_and_protesters_demonstrate():
    assert found("Wakapolda mendatangi konsulat Australia di Surabaya.") == [("CONSULT", "visit", "mendatangi")]
    assert found("Ratusan mahasiswa mendatangi konsulat Australia di Surabaya.") == [("PROTEST", "demo", "mendatangi")]


def test_a_protest_that_ends_in_a_scuffle_is_a_riot():
    assert ("PROTEST", "riot", "berakhir ricuh") in found("Aksi mahasiswa di depan DPRD berakhir ricuh.")


def test_wanted_lists_and_warrants_are_threats_of_arrest_even_when_announced():
    assert ("THREATEN", "arrest", "menerbitkan") in found("Polri telah menerbitkan DPO bagi tersangka itu.")
    doc = run("Polri akan menerbitkan red notice untuk aktivis itu.", "id")
    assert [(e.type, e.mode, e.modality) for e in asserted(doc)] == [("THREATEN", "arrest", "asserted")]


def test_summons_tracking_lifting_and_summoning_an_embassy_official():
    assert ("REQUEST", None, "melayangkan surat panggilan") in found(
        "Polisi melayangkan surat panggilan kepada aktivis."
    )
    assert ("ACCUSE", "investigate", "melacak") in found("Polisi terus melacak keberadaan tersangka.")
    assert ("CONCEDE", None, "dicabut") in found("Larangan itu dicabut pada tahun lalu.")
    assert ("ACCUSE", "disapprove", "memanggil") in found(
        "Korea Selatan memanggil seorang pejabat senior kedutaan Jepang."
    )


def test_police_reports_pleas_wishes_self_immolation_and_neutralising_a_suspect():
    assert ("ACCUSE", "allege", "melaporkan") in found("Kelompok itu melaporkan seorang seniman ke polisi.")
    assert "ACCUSE" not in types("Kantor berita Reuters melaporkan bahwa ledakan terdengar di kota itu.")
    assert ("REJECT", None, "menyatakan dirinya tidak bersalah") in found(
        "Putri itu menyatakan dirinya tidak bersalah."
    )
    assert ("REQUEST", None, "menginginkan") in found("Menteri menginginkan negaranya untuk berhenti memakai nuklir.")
    assert [t for t, _, _ in found("Seorang penggemar membakar diri di depan gedung pengadilan.")] == ["PROTEST"]
    assert ("ASSAULT", "firearms", "melumpuhkan") in found("Satgas berhasil melumpuhkan dua anggota KKB.")
    assert "ASSAULT" not in types("Banjir melumpuhkan perekonomian kota itu.")


@pytest.mark.parametrize(
    ("text", "etype", "mode"),
    [
        ("Interpol issued a red notice for the fugitive businessman.", "THREATEN", "arrest"),
        ("The former minister pleaded not guilty to all charges.", "REJECT", None),
        ("A fan set herself on fire outside the court.", "PROTEST", "demo"),
        ("The group filed a police report against the artist.", "ACCUSE", "allege"),
    ],
)
def test_english_counterparts_of_warrants_pleas_self_immolation_and_police_reports(text, etype, mode):
    assert (etype, mode) in {(t, m) for t, m, _ in found(text, "en")}


def test_an_ordinary_arrest_warrant_is_no_threat():
    assert "THREATEN" not in types("A court has issued arrest warrants for two men.", "en")
    assert "THREATEN" not in types("Pengadilan menerbitkan surat perintah penangkapan bagi dua pria.")


def test_breaking_a_resolution_is_a_rejection_a_red_light_is_not():
    assert ("REJECT", None, "melanggar") in found("Korea Utara melanggar resolusi Dewan Keamanan PBB.")
    assert not found("Pengendara itu melanggar lampu merah.")

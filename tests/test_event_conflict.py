"""Verbal conflict events (ASSAULT, COERCE, PROTEST, SANCTION, THREATEN, MOBILIZE) of the Indonesian pack: the word
families of lang/id/events.toml, the constraints that keep them to political acts, and the implied parties of
implied.py. Every sentence is written for the test (none is copied from a corpus)."""

from __future__ import annotations

from test_event_triggers import found, types
from test_events import asserted, countries, run


def _of(doc, etype):
    return [e for e in asserted(doc) if e.type == etype and e.modality in ("asserted", "reported")]


# --- PROTEST -----------------------------------------------------------------------------------------------------


def test_a_protest_that_turns_violent_takes_the_protesters_of_the_protest_told_before():
    doc = run(
        "Ratusan mahasiswa Universitas Riau menggelar unjuk rasa di depan kantor DPRD Riau, Senin (23/9/2019).\n\n"
        "Aksi yang semula berjalan tertib itu kemudian berakhir ricuh ketika massa memaksa masuk.",
        "id",
    )
    riots = [e for e in _of(doc, "PROTEST") if e.mode == "riot"]
    demos = [e for e in _of(doc, "PROTEST") if e.mode == "demo"]
    assert riots and demos
    assert [p.name for p in riots[0].actors] == [p.name for p in demos[0].actors] == ["mahasiswa"]


def test_a_riot_predicate_with_no_protest_told_before_is_no_event():
    doc = run("Pertandingan sepak bola di stadion itu berakhir ricuh setelah wasit memberi kartu merah.", "id")
    assert not _of(doc, "PROTEST")


def test_the_protesters_nouns_are_actors_not_a_protest_of_their_own():
    assert "PROTEST" not in types("Kemarahan para demonstran tampaknya belum juga mereda.")
    doc = run("Ribuan demonstran di Jakarta melakukan unjuk rasa menolak kenaikan harga bahan bakar.", "id")
    assert len(_of(doc, "PROTEST")) == 1


def test_protesters_filling_or_gathering_before_an_office_demonstrate():
    assert ("PROTEST", "demo", "memadati") in found("Ribuan buruh memadati halaman gedung DPR sejak pagi.")
    assert "PROTEST" not in types("Ribuan penonton memadati stadion untuk menyaksikan final.")


def test_a_protest_with_no_one_else_in_view_is_aimed_at_the_protesters_own_government():
    doc = run("Seorang perempuan Iran membakar diri sebagai aksi protes pada Senin malam.", "id")
    protests = _of(doc, "PROTEST")
    assert protests and countries(protests[0].recipients) == ["IRN"]
    assert protests[0].recipients[0].sector == "GOV"
    # a target in view stays the target
    doc = run("Seorang perempuan Iran membakar diri sebagai aksi protes di depan gedung pengadilan di Teheran.", "id")
    assert [p.sector for p in _of(doc, "PROTEST")[0].recipients] == ["JUD"]


# --- COERCE ------------------------------------------------------------------------------------------------------


def test_shoving_between_students_and_police_is_a_restriction():
    assert ("COERCE", "restrict", "saling dorong") in found(
        "Mahasiswa dan aparat kepolisian sempat saling dorong di depan gerbang kampus."
    )
    assert ("COERCE", "restrict", "Aksi dorong-dorongan") in found(
        "Aksi dorong-dorongan antara polisi dan massa tidak berlangsung lama."
    )


# --- ASSAULT -----------------------------------------------------------------------------------------------------


def test_the_toll_of_an_attack_named_by_its_noun_is_no_second_attack():
    doc = run(
        "Serangan kelompok Taliban di Kabul pada Kamis, yang menewaskan dua tentara Amerika Serikat, dikecam NATO.",
        "id",
    )
    assert not [e for e in _of(doc, "ASSAULT") if e.trigger.text == "menewaskan"]


def test_a_wars_cumulative_toll_is_no_attack_but_an_attackers_killing_is():
    assert "ASSAULT" not in types("Perang saudara di Suriah itu telah menewaskan ratusan ribu orang sejak 2011.")
    assert "ASSAULT" not in types("Kecelakaan bus di jalur Puncak itu menewaskan tujuh penumpang.")
    assert ("ASSAULT", None, "menewaskan") in found("Militan Al-Shabaab menewaskan empat polisi di Mogadishu.")


# --- MOBILIZE and SANCTION ---------------------------------------------------------------------------------------


def test_a_military_preparing_a_response_mobilises():
    assert ("MOBILIZE", "troops", "menyiapkan") in found(
        "Militer Korea Selatan tengah menyiapkan respons atas peluncuran rudal tersebut."
    )
    assert "MOBILIZE" not in types("Kementerian Luar Negeri sedang menyiapkan tanggapan tertulis atas nota itu.")


def test_a_military_court_is_a_court():
    doc = run("Pengadilan militer Pakistan menjatuhkan hukuman mati terhadap dua tersangka pada Selasa.", "id")
    sanctions = _of(doc, "SANCTION")
    assert sanctions and sanctions[0].actors[0].sector == "JUD"


# --- a series of acts of one subject -----------------------------------------------------------------------------


def test_a_series_of_protest_acts_keeps_the_protesters_as_subject_past_an_objects_modifier():
    doc = run(
        "Para pengunjuk rasa di Hong Kong melemparkan batu ke kantor polisi dan gedung pemerintah daerah, menyerbu "
        "gedung parlemen, memblokir jalan raya menuju bandara.",
        "id",
    )
    assert not _of(doc, "ASSAULT")  # the storming is the protesters' riot, not an attack by the police
    acts = _of(doc, "PROTEST")
    assert {e.mode for e in acts} == {"riot", "obstruct"}
    assert all([p.name for p in e.actors] == ["para pengunjuk rasa"] for e in acts)
    blockade = next(e for e in acts if e.mode == "obstruct")
    assert blockade.recipients  # aimed at those the acts before it hit


def test_a_coordinated_restriction_acts_on_the_party_the_expulsion_before_it_named():
    doc = run(
        "Pemerintah Amerika Serikat pada Jumat mengusir dua diplomat Kuba dan membatasi perjalanan anggota misi "
        "lainnya di New York.",
        "id",
    )
    expel, restrict = _of(doc, "SANCTION")[0], _of(doc, "COERCE")[0]
    assert restrict.mode == "restrict"
    assert [p.text for p in restrict.recipients] == [p.text for p in expel.recipients] != []


# --- ordinary crime is not political -----------------------------------------------------------------------------


def test_a_car_thiefs_sentence_and_a_drug_arrest_are_ordinary_crime():
    doc = run("Pencuri mobil itu dijatuhi vonis tujuh tahun penjara oleh pengadilan di Perth pada Selasa.", "id")
    assert not _of(doc, "SANCTION")
    doc = run("Polisi Medan menangkap dua pengedar narkoba di sebuah rumah kos pada Minggu malam.", "id")
    assert not _of(doc, "COERCE")


def test_political_cases_and_state_violence_stay_events():
    doc = run("Pengadilan Jayapura menjatuhkan vonis lima tahun penjara kepada aktivis itu atas tuduhan makar.", "id")
    assert _of(doc, "SANCTION")
    doc = run("Polisi Filipina menembak mati seorang bandar narkoba dalam operasi di Manila.", "id")
    assert _of(doc, "ASSAULT")
    doc = run("Polisi menangkap dua terduga teroris yang menyimpan narkoba di Bekasi.", "id")
    assert _of(doc, "COERCE")


# --- THREATEN: warnings ------------------------------------------------------------------------------------------


def test_a_warning_is_a_threat_when_it_foretells_a_consequence():
    assert ("THREATEN", None, "memperingatkan") in found(
        "Korea Utara memperingatkan Amerika Serikat bahwa perundingan bisa berakhir jika latihan militer berlanjut."
    )
    assert ("THREATEN", None, "memperingatkan") in found("Beijing memperingatkan Taipei agar tidak melewati batas.")


def test_a_warning_of_what_another_did_is_a_criticism_and_of_a_natural_danger_no_event():
    doc = run(
        "Turki dan Iran memperingatkan bahwa serangan udara Amerika Serikat di Suriah telah menghancurkan "
        "ribuan rumah warga sipil.",
        "id",
    )
    accusations = _of(doc, "ACCUSE")
    assert not _of(doc, "THREATEN")
    assert accusations and accusations[0].mode == "disapprove" and "USA" in countries(accusations[0].recipients)
    assert ("ACCUSE", "disapprove", "memperingatkan") in found(
        "Amerika Serikat memperingatkan Korea Utara atas uji coba rudal terbarunya."
    )
    assert not types("Badan meteorologi memperingatkan warga pesisir tentang gelombang tinggi pekan ini.") & {
        "THREATEN",
        "ACCUSE",
    }


# --- ASSAULT crowd-control ---------------------------------------------------------------------------------------


def test_tear_gas_is_the_act_of_the_force_that_fires_it_at_the_protesters():
    doc = run(
        "Ribuan mahasiswa menggelar unjuk rasa di depan gedung DPR di Jakarta, Indonesia.\n\n"
        "Polisi menanggapinya dengan menyemburkan gas air mata dan meriam air ke arah kerumunan.",
        "id",
    )
    control = [e for e in _of(doc, "ASSAULT") if e.mode == "crowd-control"]
    assert control and control[0].actors[0].sector == "COP"
    assert [p.name for p in control[0].recipients] == ["mahasiswa"]


def test_protesters_hit_by_tear_gas_did_not_fire_it():
    doc = run("Puluhan mahasiswa di Jakarta terkena gas air mata saat berada di depan gedung DPR.", "id")
    assert not [e for e in _of(doc, "ASSAULT") if any(p.sector == "CVL" for p in e.actors)]


def test_a_bomb_going_off_is_an_attack_on_the_country_of_the_place_with_no_author():
    doc = run(
        "Sebuah bom mobil meledak di dekat pasar di Pakistan, menewaskan sedikitnya 12 orang.",
        "id",
        places=("Pakistan",),
    )
    attacks = _of(doc, "ASSAULT")
    assert len(attacks) == 1  # the toll is the same attack
    assert attacks[0].mode == "explosives" and attacks[0].actors == []
    assert countries(attacks[0].recipients) == ["PAK"]
    assert "ASSAULT" not in types("Sebuah tabung gas meledak di rumah makan di Bandung pada Minggu pagi.")


def test_being_at_war_since_a_time_is_a_state_and_fighting_is_an_act():
    assert "ASSAULT" not in types("Koalisi itu dibentuk pada 2015 dan sejak itu berperang dengan kelompok Houthi.")
    assert "ASSAULT" not in types("Kedua negara itu secara teknis masih berperang.")
    assert ("ASSAULT", None, "bertempur") in found("Pasukan pemerintah bertempur dengan pemberontak di Marawi.")


def test_attackers_ramming_a_vehicle_into_a_crowd_attack_and_a_driver_crashing_does_not():
    assert ("ASSAULT", None, "menabrakkan") in found("Seorang teroris menabrakkan truk ke kerumunan di Nice, Prancis.")
    assert "ASSAULT" not in types("Sopir itu menabrakkan mobilnya ke pohon karena mengantuk.")


# --- word families with their object constraints -----------------------------------------------------------------


def test_removing_an_official_from_office_is_an_expulsion_and_taking_off_a_cloth_is_not():
    assert ("SANCTION", "expel", "mencopot") in found("Kapolri mencopot Kapolres Mimika dari jabatannya pada Senin.")
    assert ("SANCTION", "expel", "dicopot") in found("Direktur itu dicopot dari jabatannya setelah skandal suap.")
    assert "SANCTION" not in types("Massa mencopot kain hitam yang menutupi logo lembaga itu.")


def test_massacres_barrages_and_captivity_are_attacks_and_praise_is_not():
    assert ("ASSAULT", None, "membantai") in found("Milisi itu membantai puluhan warga desa di Ituri.")
    assert ("ASSAULT", "heavy-weapons", "menghujani") in found("Pasukan itu menghujani kota Idlib dengan roket.")
    assert "ASSAULT" not in types("Para pendukung menghujani sang juara dengan pujian.")
    assert ("ASSAULT", "abduct", "disekap") in found("Dua jurnalis disekap kelompok bersenjata selama sepekan.")


def test_taking_a_town_sealing_an_office_and_driving_back_a_crowd_are_coercion():
    assert ("COERCE", "seize", "merebut") in found("Pemberontak Houthi merebut kota Hodeidah pada Sabtu.")
    assert "COERCE" not in types("Tim itu merebut gelar juara untuk ketiga kalinya.")
    assert ("COERCE", "seize", "menyegel") in found("Penyidik KPK menyegel ruang kerja bupati itu.")
    assert ("COERCE", "restrict", "menghalau") in found("Aparat menghalau massa yang hendak masuk ke gedung DPR.")


def test_fielding_personnel_mobilises_and_lowering_prices_does_not():
    assert ("MOBILIZE", None, "menurunkan") in found("Polda Metro Jaya menurunkan 2.000 personel untuk mengamankan aksi.")
    assert "MOBILIZE" not in types("Pemerintah menurunkan harga bahan bakar minyak mulai pekan depan.")


def test_states_and_figures_of_conflict_roots_and_acquittals_are_no_events():
    assert not types("Ratusan warga terserang demam berdarah sejak awal bulan.")
    assert not types("Pembahasan RUU itu tersandera kepentingan politik.")
    assert not types("Warga di bantaran sungai terkepung banjir sejak Jumat.")
    assert "SANCTION" not in types("Aktivis itu divonis bebas oleh majelis hakim pada Kamis.")
    assert ("SANCTION", "convict", "divonis") in found("Aktivis itu divonis dua tahun penjara oleh majelis hakim.")


def test_a_riot_of_a_protest_not_told_before_is_by_unnamed_protesters():
    doc = run("Unjuk rasa menolak revisi undang-undang itu berujung ricuh pada Selasa sore.", "id")
    riots = [e for e in _of(doc, "PROTEST") if e.mode == "riot"]
    assert riots and [p.sector for p in riots[0].actors] == ["CVL"]


def test_unidentified_attackers_are_a_party():
    doc = run("Sekelompok orang tak dikenal menyerang pos polisi di perbatasan Indonesia pada Rabu malam.", "id")
    attacks = _of(doc, "ASSAULT")
    assert attacks and [p.sector for p in attacks[0].actors] == ["UAF"]


def test_the_instrument_decides_a_dispersal_and_an_attack_mode():
    assert ("ASSAULT", "crowd-control", "membubarkan paksa") in found(
        "Polisi membubarkan paksa massa dengan gas air mata pada Minggu malam."
    )
    assert ("COERCE", "restrict", "membubarkan") in found("Polisi membubarkan massa yang berkumpul di depan gedung.")
    doc = run("Aparat menyerang demonstran dengan pentungan di Hong Kong.", "id")
    assert [e.mode for e in _of(doc, "ASSAULT")] == ["beat"]


def test_a_standing_prohibition_is_no_ban_and_a_ban_by_someone_is():
    assert "COERCE" not in types("Pengunjung dilarang membawa senjata tajam ke dalam stadion.")
    assert "COERCE" not in types("Perempuan di negara itu telah dilarang menonton pertandingan sejak 1981.")
    assert ("COERCE", "restrict", "dilarang") in found("Wartawan asing dilarang masuk ke Kashmir oleh pemerintah India.")
    assert ("COERCE", "restrict", "melarang") in found("Pemerintah India melarang wartawan asing masuk ke Kashmir.")


def test_an_occupied_territory_named_by_its_epithet_is_no_seizure():
    assert "COERCE" not in types("Ribuan pemukim tinggal di Tepi Barat yang diduduki Israel.")
    assert "COERCE" not in types("Krimea yang dianeksasi Rusia pada 2014 tetap disengketakan.")
    assert ("COERCE", "seize", "diduduki") in found("Kota itu diduduki pasukan pemberontak pada Senin.")


def test_the_force_a_mobilisation_sends_is_the_actors_own_not_its_recipient():
    doc = run(
        "Kementerian Luar Negeri RI mengimbau warga negara Indonesia menjauhi wilayah perbatasan.\n\n"
        "Sementara itu, Israel mengirim pasukan ke zona penyangga di Dataran Tinggi Golan pada Selasa.",
        "id",
    )
    (sent,) = _of(doc, "MOBILIZE")
    assert countries(sent.actors) == ["ISR"]
    assert all(p.text.lower() != "pasukan" for p in sent.recipients)

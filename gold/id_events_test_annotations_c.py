"""Hand annotations, held-out TEST gold part C: 13 further okezone articles of id-news-clickid. Ours; see README.md.

Same format, rules and helpers as id_events_annotations.py. Annotated blind (one annotator, from the text, the PLOVER
manual and the written rules only; warta not run, its source, lexicons and the other test parts not read). For
testing only, never for tuning.
"""

from __future__ import annotations

from id_events_annotations import A, E, T

ARTICLES = [
    # International desk (international.jsonl).
    A("okezone-870", [], [
        T("metaphor", "COERCE", "menangkap pemandangan", "menangkap pemandangan yang tidak biasa",
          "a video 'capturing' a sight"),
        T("non-political", "REJECT", "menolak gagasan",
          "Profesor Wang Chunfang dari Universitas Pertanian Huazhong menolak gagasan",
          "a scientist dismissing a theory about an animal"),
        T("non-political", "ACCUSE", "mempertanyakan", "membuat beberapa warganet mempertanyakan",
          "internet users doubting a video"),
    ], note="No event: a viral video of a 'monster' in the Yangtze."),
    A("okezone-4355", [], [
        T("non-political", "ASSAULT", "menghantam", "Badai Dorian menghantam Bahama awal bulan ini",
          "a hurricane"),
        T("non-political", "CONCEDE", "meralat", "Layanan darurat di Bahama meralat jumlah korban hilang",
          "a corrected casualty count"),
        T("no-event-statement", "REJECT", "bersikap transparan",
          "pemerintah bersikap transparan soal informasi mengenai korban hilang",
          "a prime minister describing his government's conduct, no counterpart or accusation named"),
        T("no-event-statement", "CONCEDE", "mengakui", "Komisaris polisi Anthony Ferguson mengakui pencarian",
          "an official admitting the search is slow, no concession to anyone"),
        T("non-political", "MOBILIZE", "dievakuasi", "Lebih dari 5.000 orang telah dievakuasi dari dua pulau itu",
          "disaster evacuation"),
    ], note="No political event: the aftermath of hurricane Dorian."),
    A("okezone-756", [], [
        T("non-political", "ACCUSE", "masih diselidiki", "Penyebab KRl tergelincir masih diselidiki",
          "an accident inquiry, no one accused"),
        T("no-event-statement", "REJECT", "tidak akan mengesampingkan",
          "Kami tidak akan mengesampingkan kemungkinan apa pun", "an official declining to speculate"),
        T("non-political", "COERCE", "telah ditangguhkan", "layanan kereta api antara dua stasiun",
          "train service suspended after an accident"),
        T("non-political", "ASSAULT", "menabrak", "lokomotif MTR tergelincir dan menabrak kereta lain",
          "an earlier accident in testing"),
    ], note="No event: a train derailment in Hong Kong."),
    A("okezone-3608", [
        E("REQUEST", "MEX/NGO:Sebuah organisasi lokal yang mencari orang hilang", "MEX/GOV:pemerintah",
          "telah meminta", "organisasi lokal yang mencari orang hilang telah meminta pemerintah",
          mode="assist"),
    ], [
        T("non-political", "ACCUSE", "mengidentifikasi", "Pihak berwenang Meksiko mengidentifikasi 44 mayat",
          "forensic identification of victims, no one investigated or accused"),
        T("non-political", "ACCUSE", "mengeluh", "penduduk setempat mulai mengeluh mengenai bau busuk",
          "residents complaining of a smell"),
        T("generic-background", "ASSAULT", "geng narkoba paling kejam",
          "Jalisco adalah pusat dari salah satu geng narkoba paling kejam", "a standing description, no act"),
        T("no-event-statement", "ACCUSE", "kewalahan", "Mereka mengatakan departemen forensik lokal kewalahan",
          "the reason given for the request, part of the same statement (2A: one statement, one event)"),
    ], note="The killings behind the bodies have no actor in the text; only the searchers' request is coded."),
    A("okezone-2892", [
        E("COERCE", "GBR/MIL:Inggris", "USA/:New York City", "merebut", "Ketika Inggris merebut New York City",
          mode="seize"),
        E("COERCE", "GBR/MIL:", "USA/MIL:suami Anna", "dipenjara",
          "militan kolonial Amerika selama Perang Revolusi Amerika Serikat, dipenjara", mode="arrest"),
        E("COERCE", "GBR/MIL:Para perwira Inggris", "USA/CVL:Anna", "pindah ke rumahnya",
          "Para perwira Inggris pun pindah ke rumahnya", mode="seize",
          also=["Anna yang bersama tidak punya pilihan membiarkan prajurit Inggris tinggal di rumahnya"]),
    ], [
        T("generic-background", "COERCE", "memegang kendali", "ketika Inggris masih memegang kendali di New York",
          "a standing state of control"),
        T("generic-background", "ASSAULT", "Perang Revolusi pecah", "ketika Perang Revolusi pecah",
          "a war named as background"),
        T("generic-background", "COERCE", "memaksa", "para perwira militer Inggris memaksa keluarga-keluarga di AS",
          "a general practice of the time"),
        T("generic-background", "ACCUSE", "memata-matai", "sebuah sistem untuk memata-matai orang Inggris di New York",
          "a spy network described; espionage has no PLOVER type and no dated act"),
        T("generic-background", "COOPERATE", "memberikan informasi",
          "dia memberikan informasi berharga hanya dengan menjemur pakaiannya", "habitual spying, no dated act"),
    ], note="A history feature (American Revolutionary War, CIA website). The three acts told in their own clauses "
            "with an actor are coded as historical events; the text gives no year for them (date null). The "
            "colonists are coded USA."),
    A("okezone-2207", [
        E("ACCUSE", "TON/GOV:", "TON/OPP:Pohiva", "didakwa menghasut",
          "Dia didakwa menghasut setelah kerusuhan pro-demokrasi di ibu kota Nuku'alofa", mode="allege"),
    ], [
        T("generic-background", "PROTEST", "kerusuhan pro-demokrasi",
          "setelah kerusuhan pro-demokrasi di ibu kota Nuku'alofa pada 2006",
          "a riot named as the occasion of the charge, no actor in its own clause"),
        T("no-event-statement", "SUPPORT", "Sangat sedih", "Sangat sedih mendengar meninggalnya Perdana Menteri Tonga",
          "condolences (test part B: traps)"),
        T("no-event-statement", "COERCE", "ditangguhkan", "Parlemen telah ditangguhkan tanpa batas waktu",
          "parliament adjourned in mourning, no actor acting on another"),
        T("non-political", "COERCE", "dievakuasi", "Para ahli medis memutuskan dia harus dievakuasi",
          "a medical evacuation"),
        T("generic-background", "REQUEST", "menyerukan", "menyerukan para pemimpin dunia untuk membantu negara-negara",
          "a habitual call, no dated act"),
        T("generic-background", "ACCUSE", "mengangkat isu kekhawatiran",
          "Pohiva juga mengangkat isu kekhawatiran tentang meningkatnya utang China", "a habitual concern, no dated act"),
        T("generic-background", "PROTEST", "perjuagan melawan monarki",
          "karier politik Pohiva terus diwarnai dengan perjuagan melawan monarki", "a career summarised"),
    ], note="An obituary. The sedition charge is dated only relative to the 2006 riot ('setelah'), so its date is "
            "left null."),
    A("okezone-4629", [], [
        T("non-political", "ASSAULT", "diperkosa", "ia telah diperkosa", "a rape: ordinary crime"),
        T("non-political", "COERCE", "menangkap tersangka", "Dengan cepat, polisi menangkap tersangka",
          "an arrest in an ordinary criminal case"),
        T("non-political", "RETREAT", "dilepaskan", "Namun ia kemudian dilepaskan karena tak cukup bukti",
          "a suspect released in an ordinary criminal case"),
        T("non-political", "COERCE", "ditangkap lagi", "Aung Gyi ditangkap lagi 3 Juli",
          "a re-arrest in an ordinary criminal case"),
        T("no-event-statement", "ACCUSE", "kecurigaan", "ada kecurigaan terkait ketidakmampuan kepolisian",
          "public suspicion, no actor"),
        T("no-event-statement", "ACCUSE", "Publik ragu", "Publik ragu bahwa ia bersalah",
          "public doubt, no actor"),
        T("non-political", "COERCE", "tertutup bagi wartawan", "Sidang kali ini tertutup bagi wartawan",
          "a closed hearing to protect a child witness"),
        T("non-political", "ACCUSE", "menunjuk", "Victoria kembali menunjuk kedua anak ini sebagai pelakunya",
          "a witness identifying suspects in a criminal trial"),
    ], note="No political event: an ordinary criminal case (the rape of a toddler in Nay Pyi Taw) and its trial, "
            "as okezone-2564 of the dev gold."),
    A("okezone-2268", [], [
        T("non-political", "COERCE", "membentuk barisan keamanan", "Polisi bertindak cepat dan membentuk barisan keamanan",
          "police securing a street against an escaped animal"),
        T("non-political", "ASSAULT", "membiusnya", "dokter hewan kepolisian membiusnya dengan aman",
          "an animal tranquillised"),
        T("non-political", "ACCUSE", "mengklaim", "Mereka dengan cueknya mengklaim pemilik panther itu",
          "residents' gossip about the owner"),
    ], note="No event: a panther on the roofs of Armentieres."),
    A("okezone-492", [], [
        T("non-political", "ACCUSE", "protokol khusus", "protokol khusus untuk kasus-kasus seperti itu tidak diikuti",
          "a church's internal reproach of its priest, no political actor"),
        T("non-political", "REQUEST", "telah meminta", "Gereja telah meminta lukisan itu untuk diperiksa",
          "a church examining a reported miracle"),
        T("non-political", "SANCTION", "sidang kebangkrutan", "akan menjalani sidang kebangkrutan pekan ini",
          "a parish's bankruptcy hearing"),
        T("no-event-statement", "PROTEST", "berkumpul", "dengan banyak jemaat gereja kemudian berkumpul di sana",
          "worshippers gathering, not a protest"),
    ], note="No political event: a 'weeping' icon in a Chicago church."),
    # National desk (nasional.jsonl).
    A("okezone-691", [
        E("COERCE", "IDN/GOV:Penyidik Komisi Pemberantasan Korupsi (KPK)",
          "IDN/GOV:tiga kantor dinas di Kepulauan Riau (Kepri)", "operasi penggeledahan",
          "Penyidik Komisi Pemberantasan Korupsi (KPK) melakukan operasi penggeledahan di tiga kantor dinas",
          mode="seize", date="2019-09-17",
          also=["KPK melakukan penggeledahan di tiga lokasi hari ini di Tanjung Pinang",
                "Operasi penindakan itu terkait kasus dugaan izin prinsip",
                "penyidik mengamankan sejumlah barang bukti berupa dokumen",
                "Dari tiga lokasi itu diamankan sejumlah dokumen terkait anggaran"]),
        E("ACCUSE", "IDN/GOV:KPK", "IDN/GOV:Nurdin Basirun (NBA)", "menetapkan",
          "KPK menetapkan Nurdin Basirun (NBA) sebagai tersangka kasus dugaan suap", mode="allege",
          also=["Dia juga ditetapkan sebagai tersangka penerima sejumlah gratifikasi",
                "Nurdin Basirun diduga menerima suap sebesar 11.000 Dolar Singapura",
                "untuk melengkapi berkas penyidikan tersangka Gubernur Kepri Nurdin Basirun"]),
        E("ACCUSE", "IDN/GOV:KPK", "IDN/GOV:Edy Sofyan (EDS);IDN/GOV:Budi Hartono (BUH);IDN/BUS:Abu Bakar (ABK)",
          "menetapkan tiga tersangka", "Selain Nurdin Basirun, KPK juga menetapkan tiga tersangka lainnya",
          mode="allege", also=["Ketiganya ditetapkan tersangka terkait kasus dugaan suap izin proyek reklamasi"]),
    ], [
        T("embedded-claim", "AID", "diberikan", "Uang tersebut diberikan secara bertahap dari pengusaha Abu Bakar",
          "the bribe is the content of the KPK's allegation"),
    ], note="The search and the documents seized in it are one COERCE seize (one operation). The KPK is IDN/GOV as "
            "in the dev gold. The suspect designations are earlier and undated in the text."),
    A("okezone-3248", [
        E("CONSULT", "IDN/GOV:Jokowi", "IDN/LEG:Dewan Perwakilan Rakyat (DPR) RI", "belum diterima",
          "surat presiden (Surpres) dari Jokowi mengenai revisi Undang-Undang Nomor 30", mode="phone",
          date="2019-09-11", neg=True, also=["Yang untuk revisi UU KPK belum sampai"]),
        E("CONSULT", "IDN/GOV:", "IDN/LEG:Bamsoet", "surpres yang diterimanya",
          "kemarin Bamsoet mengungkapkan kalau surpres yang diterimanya hanya soal revisi", mode="phone"),
    ], [
        T("generic-background", "COOPERATE", "dikerjakan oleh dua pihak",
          "Undang-Undang dibuat dan dikerjakan oleh dua pihak", "how laws are made"),
        T("undecided", "AGREE", "akan ditentukan", "hal tersebut akan ditentukan oleh kedua belah pihak itu",
          "nothing decided"),
        T("undecided", "MOBILIZE", "nanti diutus", "Yang bisa jawab pihak DPR dan dari pemerintah, nanti diutus",
          "someone may be sent to answer later"),
    ], note="The president's letters (Surpres) to the DPR on bills are coded as written letters (CONSULT, mode "
            "phone as the dev gold codes letters): the one on the KPK law is negated (not received, says the "
            "speaker), the one on the MD3 and P3 laws asserted, undated."),
    A("okezone-4107", [
        E("REQUEST", "IDN/COP:Penyidik Direktorat Reserse Kriminal Umum (Ditreskrimum) Polda Metro Jaya",
          "IDN/REL:Ahmad Sobri Lubis", "akan memanggil",
          "Polda Metro Jaya akan memanggil Ketua Umum Front Pembela Islam (FPI)",
          also=["itu kan baru panggilan perdana sebagai saksi"]),
        E("ACCUSE", "IDN/COP:penyidik Keamanan Negara (Kamneg) Polda Metro Jaya", "", "akan diperiksa",
          "Sobri akan diperiksa terkait kasus makar oleh penyidik Keamanan Negara", mode="investigate",
          date="2019-09-11", modality="future",
          also=["besok ada agenda pemeriksaan terhadap yang bersangkutan",
                "Sobri akan diperiksa terkait pelapor yang bernama Supriyanto"]),
        E("ACCUSE", "IDN/CVL:Supriyanto", "", "laporan",
          "Kasus itu pun terdaftar dalam laporan bernomor LP/B/0391/IV/2019/Bareskrim tanggal 19 April 2019",
          mode="allege", date="2019-04-19"),
        E("REJECT", "IDN/REL:Sobri", "IDN/COP:penyidik Direktorat Reserse Kriminal Umum (Ditreskrimum) Polda Metro Jaya",
          "tak bisa menghadiri", "memastikan Sobri tak bisa menghadiri pemeriksaan",
          also=["Beliau sekarang masih di Aceh, kegiatan safari dakwah"]),
        E("REQUEST", "IDN/REL:Sugito", "IDN/COP:pihak kepolisian", "meminta",
          "Sugito meminta pihak kepolisian untuk menjadwalkan ulang pemanggilan kliennya", modality="future",
          also=["Betul-betul (akan minta penjadwalan ulang)"]),
    ], [
        T("no-event-statement", "COOPERATE", "pelimpahan", "itu pelimpahan dari Bareskrim ke Polda Metro Jaya",
          "a case file handed from one police unit to another"),
        T("undecided", "REQUEST", "pemanggilan kedua", "Kalau nanti pemanggilan kedua",
          "a possible second summons"),
    ], note="The summons is coded asserted and undated (the lawyer speaks of it as already issued); the questioning "
            "it calls him to, Wednesday 11/9, is a future ACCUSE investigate with no named target (he is a "
            "witness). The lawyer's request to reschedule has not been made yet (future). FPI is IDN/REL."),
    A("okezone-1471", [
        E("REQUEST", "IDN/LEG:Nasir Djamil", "IDN/GOV:", "mengusulkan",
          "Nasir Djamil mengusulkan agar dewan pengawas KPK dipilih lansung oleh DPR", mode="change",
          date="2019-09-16", also=["idealnya menurut saya memang itu dilakukan seleksinya oleh DPR"]),
        E("SUPPORT", "IDN/LEG:DPR", "IDN/GOV:pemerintah", "tidak keberatan",
          "DPR secara prinsip tidak keberatan dengan daftar inventaris masalah (DIM)",
          also=["itu DPR setuju kecuali Dewan Pengawas"]),
        E("REJECT", "IDN/LEG:DPR", "IDN/GOV:pemerintah", "belum sepakat",
          "Namun DPR belum sepakat tentang pemilihan anggota dewan pengawas",
          also=["DPR tidak mau pemilihan anggota dewan pengawas diserahkan semuanya ke pemerintah"]),
    ], [
        T("undecided", "REQUEST", "meminta bantuan", "bisa meminta bantuan dari ahli-ahli lain",
          "a possible procedure under the proposal"),
        T("metaphor", "ASSAULT", "menembak", "untuk kemudian 'menembak' memojokan di luar pemerintahan",
          "'shooting' political rivals, a figure of speech inside a fear"),
        T("generic-background", "REQUEST", "diajukan pemerintah", "(DIM) yang diajukan pemerintah dalam revisi UU KPK",
          "the government's earlier submission, named as the object of the DPR's stance"),
    ], note="Arsul Sani's report of the DPR's stance (approve the government's list of issues except the "
            "supervisory board) is coded as the DPR's SUPPORT and REJECT; his statement carries no date of its own."),
]

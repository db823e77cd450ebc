"""Hand annotations (PLOVER events and traps) of okezone articles in id-news-clickid. Ours; see README.md.

Participants are written "CCC/SEC:mention" (country ISO alpha-3 or IGO; PLOVER sector; the mention as it appears in
the article, or empty when the text names no one), several separated by ";".
"""

from __future__ import annotations


def parts(spec: str) -> list[dict]:
    out = []
    for item in filter(None, (s.strip() for s in spec.split(";"))):
        code, _, text = item.partition(":")
        country, _, sector = code.partition("/")
        out.append({"country": country or None, "sector": sector or None, "text": text or None})
    return out


def E(type_: str, actors: str, recipients: str, trigger: str, evidence: str, *, mode: str | None = None,
      date: str | None = None, neg: bool = False, modality: str = "asserted", also: list[str] | None = None) -> dict:
    out = {"type": type_, "mode": mode, "actors": parts(actors), "recipients": parts(recipients), "date": date,
           "negated": neg, "modality": modality, "trigger": trigger, "evidence": evidence}
    if also:
        out["also_evidence"] = also  # other sentences of the article that report this same event
    return out


def T(kind: str, looks_like: str, trigger: str, evidence: str, why: str) -> dict:
    return {"kind": kind, "looks_like": looks_like, "trigger": trigger, "evidence": evidence, "why": why}


def A(id_: str, events: list[dict], traps: list[dict] | None = None, note: str | None = None) -> dict:
    out = {"id": id_, "events": events, "traps": traps or []}
    if note:
        out["note"] = note
    return out


ARTICLES = [
    A("okezone-95", [
        E("AGREE", "AFG/REB:Taliban", "USA/GOV:Amerika Serikat", "pintu mereka terbuka",
          "Taliban mengatakan kepada Amerika Serikat (AS) bahwa “pintu mereka terbuka”"),
        E("REJECT", "USA/GOV:Trump", "AFG/REB:Taliban", "membatalkan pembicaraan",
          "membuat Trump membatalkan pembicaraan", mode="meet"),
        E("AGREE", "USA/GOV:Trump", "AFG/REB:Taliban;AFG/GOV:Ashraf Ghani", "mengundang",
          "Trump bahkan telah mengundang para pemimpin senior Taliban"),
        E("ASSAULT", "AFG/REB:Taliban", "USA/MIL:tentara AS", "serangan",
          "serangan Taliban di Ibu Kota Afghanistan Kabul pada 6 September", date="2019-09-06"),
        E("ACCUSE", "USA/GOV:Mike Pompeo", "AFG/REB:Taliban", "mengutuk",
          "mengeluarkan pernyataan yang mengutuk serangan Taliban baru-baru ini", mode="disapprove",
          date="2019-09-17"),
        E("REQUEST", "USA/GOV:Mike Pompeo", "AFG/REB:Taliban", "harus mulai menunjukkan",
          "harus mulai menunjukkan komitmen tulus terhadap perdamaian", mode="change", date="2019-09-17"),
        E("REJECT", "AFG/REB:Stanikzai", "USA/GOV:Amerika", "menepis",
          "Stanikzai menepis kekhawatiran Amerika"),
        E("ACCUSE", "AFG/REB:Stanikzai", "USA/GOV:AS", "membunuh",
          "Mereka (AS) membunuh ribuan Taliban menurut mereka", mode="allege"),
        E("REQUEST", "AFG/REB:Taliban", "USA/GOV:", "berharap",
          "kami berharap pihak lain juga memikirkan kembali keputusan mereka", mode="meet"),
        E("REJECT", "AFG/REB:Taliban", "AFG/GOV:pemerintah Afghanistan", "menolak",
          "Mereka menolak untuk mengadakan pembicaraan langsung dengan pemerintah Afghanistan", mode="meet"),
        E("COERCE", "USA/MIL:pasukan pimpinan AS", "AFG/REB:Taliban", "menggulingkan",
          "sejak saat pasukan pimpinan AS menggulingkan mereka pada 2001", date="2001"),
    ], [
        T("generic-background", "ASSAULT", "konflik", "mengakhiri konflik yang telah berlangsung selama 18 tahun",
          "a conflict named as background, no actor doing a dated act"),
        T("embedded-claim", "RETREAT", "gencatan senjata", "karena tidak ada gencatan senjata dari kedua belah pihak",
          "absence of a ceasefire stated as an argument inside a quote, not an event"),
    ]),
    A("okezone-142", [
        E("THREATEN", "IDN/COP:Kepolisian Indonesia", "IDN/CVL:Veronica Koman", "akan menerbitkan red notice",
          "Kepolisian Indonesia akan menerbitkan red notice untuk menangkap Veronica Koman", mode="arrest"),
        E("ACCUSE", "IDN/COP:Polda Jatim", "IDN/CVL:Veronica Koman", "menetapkan",
          "Polda Jatim telah menetapkan Veronica Koman sebagai tersangka", mode="allege"),
        E("ACCUSE", "IDN/CVL:Veronica Koman", "IDN/GOV:pemerintah", "mengatakan bahwa ada",
          "Veronica Koman dalam sebuah pernyataan mengatakan bahwa ada", mode="allege"),
    ], [
        T("no-event-statement", "REJECT", "harus dikembalikan",
          "harus dikembalikan ke pihak berwenang Indonesia", "a referral of press questions, not a refusal"),
        T("embedded-claim", "COERCE", "intimidasi", "termasuk intimidasi polisi terhadap keluarganya di Jakarta",
          "content of Koman's accusation; coded as the ACCUSE, not as a police action"),
        T("metaphor", "ASSAULT", "perang propaganda", "mengobarkan perang propaganda",
          "'propaganda war' is a figure of speech"),
        T("undecided", "SANCTION", "hukuman enam tahun penjara",
          "bisa menghadapi hukuman enam tahun penjara", "a possible sentence, no conviction"),
    ]),
    A("okezone-174", [
        E("COERCE", "RUS/COP:Penjaga perbatasan Rusia", "PRK/CVL:", "menahan",
          "Penjaga perbatasan Rusia telah menahan dua kapal", mode="seize"),
        E("ASSAULT", "PRK/CVL:kapal kedua", "RUS/COP:patroli perbatasan Rusia", "melepaskan tembakan",
          "mendorong kapal kedua melepaskan tembakan", mode="firearms"),
        E("COERCE", "RUS/COP:", "PRK/CVL:warga Korea Utara", "ditahan",
          "lebih dari 80 warga Korea Utara telah ditahan", mode="arrest"),
        E("ACCUSE", "RUS/GOV:Kementerian Luar Negeri Rusia", "PRK/GOV:Korea Utara", "memanggil",
          "telah memanggil perwakilan diplomatik Korea Utara di Moskow", mode="disapprove"),
        E("ACCUSE", "RUS/GOV:Moskow", "PRK/GOV:Korea Utara", "menuduh",
          "Pada Juli, Moskow menuduh Korea Utara secara ilegal menahan", mode="allege", date="2019-07"),
        E("COERCE", "PRK/GOV:Pyongyang", "RUS/CVL:", "ditahan",
          "Pyongyang mengatakan para kru telah ditahan", mode="arrest", date="2019-07"),
    ], [], note="The first sentence says 'kapal Korea Selatan'; the rest of the article and the title say North "
                "Korea, so the recipient is coded PRK."),
    A("okezone-199", [
        E("ACCUSE", "USA/GOV:Amerika Serikat", "IRN/GOV:Iran", "mengklaim",
          "Amerika Serikat mengklaim serangan yang melumpuhkan fasilitas minyak Arab Saudi", mode="allege"),
        E("ACCUSE", "SAU/MIL:Kementerian Pertahanan Saudi", "IRN/GOV:Iran", "menunjukkan bukti keterlibatan Iran",
          "akan menunjukkan bukti keterlibatan Iran dalam serangan Aramco", mode="allege", modality="future"),
        E("REJECT", "IRN/GOV:Iran", "USA/GOV:", "membantah", "Iran membantah terlibat dalam serangan itu"),
        E("ASSAULT", "YEM/REB:Houthi", "SAU/BUS:kilang minyak Saudi", "mengaku bertanggung jawab",
          "kelompok Houthi, mengaku bertanggung jawab", mode="drone", modality="reported"),
        E("ACCUSE", "USA/GOV:Donald Trump", "IRN/GOV:Iran", "menuding",
          "Presiden AS Donald Trump pada Senin juga menuding Iran", mode="allege", date="2019-09-16"),
        E("ASSAULT", "", "SAU/BUS:Aramco", "diserang", "Aramco diserang pada Minggu (15/9)", date="2019-09-15"),
    ], [
        T("generic-background", "ASSAULT", "perang saudara", "Sekutu Iran dalam perang saudara Yaman",
          "a war named as background"),
    ]),
    A("okezone-292", [
        E("REQUEST", "DEU/GOV:Jerman;FRA/GOV:Perancis;GBR/GOV:Inggris;IGO/GOV:Federica Mogherini", "IRN/GOV:Iran",
          "perlunya upaya-upaya diplomatik", "perlunya upaya-upaya diplomatik ke arah peredaan ketegangan",
          mode="meet", date="2019-09-13"),
        E("ACCUSE", "DEU/GOV:Jerman;FRA/GOV:Perancis;GBR/GOV:Inggris;IGO/GOV:Federica Mogherini", "IRN/GOV:Iran",
          "keprihatinan mendalam", "mengemukakan “keprihatinan mendalam” mengenai aksi-aksi terbaru Iran",
          mode="disapprove", date="2019-09-13"),
        E("ACCUSE", "IGO/GOV:badan pengawasan nuklir PBB", "IRN/GOV:Iran", "mengukuhkan",
          "badan pengawasan nuklir PBB mengukuhkan bahwa Iran sedang bersiap-siap", mode="investigate"),
        E("SANCTION", "USA/GOV:Donald Trump", "IRN/GOV:", "menarik keluar",
          "Donald Trump menarik keluar Amerika Serikat dari perjanjian itu tahun lalu", mode="withdraw",
          date="2018"),
        E("SANCTION", "USA/GOV:Amerika Serikat", "IRN/GOV:", "sanksi",
          "serangkaian sanksi yang diberlakukan Amerika Serikat sejak Mei 2018", date="2018-05"),
        E("SANCTION", "IRN/GOV:Iran", "", "tidak lagi menerapkan",
          "keputusan Iran untuk tidak lagi menerapkan beberapa keputusan penting", mode="withdraw"),
    ]),
    A("okezone-315", [
        E("SUPPORT", "IGO/GOV:Dewan Kemanan PBB", "AFG/GOV:", "memperpanjang",
          "Dewan Kemanan PBB memperpanjang misi perdamaiannya di Afghanistan", date="2019-09-17"),
        E("SUPPORT", "IDN/GOV:Indonesia;DEU/GOV:Jerman", "AFG/GOV:", "diprakarsai",
          "Resolusi diprakarsai oleh Indonesia bekerja sama dengan Jerman"),
        E("CONSULT", "IDN/REL:;AFG/REL:", "", "Konferensi Trilateral Ulama",
          "Konferensi Trilateral Ulama RI-Afghanistan di Bogor, Mei 2018", mode="multilateral", date="2018-05"),
        E("SUPPORT", "IGO/GOV:Semua negara anggota DK PBB", "IDN/GOV:Indonesia", "sangat hargai",
          "Semua negara anggota DK PBB sangat hargai upaya fasilitasi bersama Indonesia"),
    ], [
        T("averted", "THREATEN", "ancaman veto", "ancaman veto dari Anggota Tetap DK PBB berhasil dihindari",
          "the veto threat was avoided: no threat is reported as made"),
        T("generic-background", "CONSULT", "Pemilu Presiden", "Pemilu Presiden yang akan digelar pada 28 September 2019",
          "a scheduled election is not an interaction between actors"),
    ]),
    A("okezone-461", [
        E("ACCUSE", "PAK/GOV:Imran Khan", "IND/GOV:India", "mengungkapkan penindasan",
          "siap mengungkapkan penindasan dan pelanggaran hak asasi manusia (HAM)", mode="allege",
          date="2019-09-13"),
        E("COERCE", "IND/GOV:India", "IND/GOV:", "dicabutnya status khusus",
          "sejak dicabutnya status khusus kawasan yang disengketakan", mode="restrict", date="2019-08-05"),
        E("REQUEST", "PAK/GOV:Khan", "PAK/CVL:para hadirin", "meminta",
          "Khan juga meminta para hadirin agar menahan diri", mode="change", date="2019-09-13",
          also=["Jangan pergi sampai saya meminta Anda"]),
        E("COERCE", "PAK/COP:polisi", "PAK/CVL:para pemuda", "dihalang-halangi",
          "karena dihalang-halangi ketika hendak berpawai menuju perbatasan", mode="restrict"),
        E("PROTEST", "PAK/CVL:ribuan pemuda", "IND/GOV:", "memprotes",
          "ribuan pemuda tanpa senjata berpawai menuju perbatasan untuk memprotes pengepungan", mode="demo"),
    ], [
        T("no-event-statement", "PROTEST", "rapat", "Sekitar 20 ribu orang ambil bagian dalam rapat tersebut",
          "attendance of the prime minister's own rally, not a protest against a recipient"),
    ]),
    A("okezone-614", [
        E("ACCUSE", "IDN/GOV:Perutusan Tetap RI", "IGO/GOV:lima pakar hak asasi manusia", "menyayangkan",
          "menyayangkan pernyataan lima pakar hak asasi manusia (HAM)", mode="disapprove",
          also=["memandang pernyataan bersama para pakar itu “tidak berimbang"]),
        E("REQUEST", "IGO/GOV:Lima pakar HAM PBB", "IDN/GOV:pemerintah Indonesia", "meminta",
          "Lima pakar HAM PBB meminta pemerintah Indonesia untuk melindungi hak-hak", mode="change",
          date="2019-09-16"),
        E("SUPPORT", "IDN/GOV:PTRI Jenewa", "IGO/GOV:", "menyambut baik",
          "PTRI Jenewa menyambut baik adanya pengakuan dari 5 (lima) Pelapor Khusus"),
        E("CONSULT", "IDN/GOV:PTRI Jenewa", "IGO/GOV:Kantor Divisi Prosedur Khusus HAM", "menjelaskan secara langsung",
          "PTRI Jenewa telah menjelaskan secara langsung mengenai berbagai perkembangan penanganan"),
        E("CONCEDE", "IDN/GOV:Indonesia", "IDN/CVL:", "pencabutan pembatasan Internet",
          "kebijakan pencabutan pembatasan Internet yang telah dilakukan Indonesia"),
        E("ACCUSE", "IDN/GOV:PTRI Jenewa", "", "sangat disesalkan",
          "insiden terbatas tindak rasisme yang terjadi di Malang dan Surabaya sangat disesalkan",
          mode="disapprove"),
    ], [
        T("no-event-statement", "COERCE", "tidak ditujukan",
          "Upaya penegakan hukum yang tengah berlangsung tidak ditujukan kepada status Veronica Koman",
          "a statement about the aim of a prosecution, not an act"),
    ]),
    A("okezone-680", [
        E("PROTEST", "KOR/OPP:Hwang Kyo-ahn", "KOR/GOV:pemerintah", "mencukur habis rambutnya",
          "Hwang Kyo-ahn mencukur habis rambutnya di depan pendukung dan wartawan", date="2019-09-16",
          also=["Pemimpin oposisi Korea Selatan telah mencukur rambutnya sebagai bentuk protes"]),
        E("PROTEST", "KOR/LEG:dua anggota parlemen perempuan Korsel", "KOR/GOV:", "mencukur rambut",
          "dua anggota parlemen perempuan Korsel juga mencukur rambut mereka"),
        E("ACCUSE", "KOR/JUD:", "KOR/CVL:Istrinya", "didakwa", "telah didakwa karena diduga membuat materi",
          mode="allege"),
        E("COERCE", "KOR/JUD:jaksa", "KOR/CVL:keluarga Cho", "penggerebekan",
          "jaksa melakukan beberapa penggerebekan yang terkait dengan keluarga Cho", mode="seize"),
        E("CONCEDE", "KOR/GOV:Cho", "KOR/CVL:generasi muda", "permintaan maaf",
          "Cho menyatakan permintaan maaf kepada generasi muda"),
    ], [
        T("protest-topic", "REQUEST", "ingin Cho mengundurkan diri",
          "Para pemprotes ingin Cho mengundurkan diri atau dipecat", "the demand of a protest is not coded apart"),
    ]),
    A("okezone-763", [
        E("REJECT", "USA/GOV:Trump", "PRK/GOV:Korea Utara", "belum siap",
          "kondisinya belum siap bagi dirinya untuk melakukan kunjungan ke Korea Utara", mode="meet",
          also=["Tapi, tidak, saya pikir itu belum siap untuk itu."]),
        E("AGREE", "USA/GOV:Trump", "PRK/GOV:", "tidak mengesampingkan kemungkinan",
          "tidak mengesampingkan kemungkinan akan melakukan kunjungan di kemudian hari",
          also=["Saya akan melakukannya... pada suatu waktu di masa mendatang"]),
        E("AGREE", "PRK/GOV:Kim Jong-un", "USA/GOV:Trump", "mengundang",
          "Kim Jong-un telah mengundang Trump untuk mengunjungi Pyongyang", modality="reported", date="2019-08",
          also=["menyampaikan undangan bagi Trump untuk mengunjungi Pyongyang"]),
        E("CONSULT", "USA/GOV:;PRK/GOV:", "", "yang kedua di Vietnam",
          "yang kedua di Vietnam pada Februari berujung pada kegagalan", mode="third-party", date="2019-02"),
        E("CONSULT", "USA/GOV:;PRK/GOV:", "", "bertemu untuk ketiga kalinya",
          "Mereka bertemu untuk ketiga kalinya pada 30 Juni di Zona Demiliterisasi", date="2019-06-30"),
        E("AGREE", "USA/GOV:;PRK/GOV:", "", "sepakat untuk memulai kembali pembicaraan",
          "sepakat untuk memulai kembali pembicaraan tingkat kerja", date="2019-06-30"),
    ], [
        T("no-event-statement", "REJECT", "menolak berkomentar", "menolak berkomentar mengenai undangan",
          "declining to comment is not rejecting the invitation"),
        T("generic-background", "CONSULT", "telah bertemu tiga kali",
          "Trump dan Kim telah bertemu tiga kali sejak Juni tahun lalu", "a summary count of meetings coded one by one"),
        T("generic-background", "REQUEST", "tuntutan AS untuk denuklirisasi",
          "tuntutan AS untuk denuklirisasi Korea Utara", "standing positions named as background"),
        T("undecided", "AGREE", "akan senang datang", "saya yakin dia akan senang datang ke Amerika Serikat juga",
          "a guess about another leader's wishes"),
    ]),
    A("okezone-789", [
        E("ACCUSE", "USA/GOV:Donald Trump", "IRN/GOV:Iran", "menduga",
          "Donald Trump menduga bahwa Iran dalang serangan", mode="allege",
          also=["Jelas terlihat seperti itu pada saat ini"]),
        E("THREATEN", "USA/GOV:Trump", "", "kami siap lebih dari siapa pun",
          "tetapi kami siap lebih dari siapa pun", mode="violence"),
        E("AGREE", "USA/GOV:Amerika Serikat", "SAU/GOV:Arab Saudi;ARE/GOV:Uni Emirat Arab", "akan berbicara",
          "Amerika Serikat akan berbicara dengan Arab Saudi, Uni Emirat Arab"),
        E("CONSULT", "USA/GOV:", "FRA/GOV:Prancis;DEU/GOV:Jerman", "berbicara",
          "Kami juga berbicara dengan Eropa"),
        E("MOBILIZE", "USA/MIL:militer AS", "", "mempersiapkan tanggapan",
          "militer AS sedang mempersiapkan tanggapan terhadap serangan", mode="troops"),
        E("ACCUSE", "USA/GOV:Esper", "IRN/GOV:Iran", "menuding",
          "Esper menuding Iran sebagai pihak yang merusak tatanan internasional", mode="disapprove"),
        E("ACCUSE", "USA/GOV:Esper", "IRN/GOV:Teheran", "menyalahkan",
          "tanpa secara langsung menyalahkan Teheran atas serangan kilang Saudi", mode="allege", neg=True),
        E("ASSAULT", "YEM/REB:Pemberontak Houthi", "SAU/BUS:kilang minyak Saudi", "mengaku bertanggung jawab",
          "Pemberontak Houthi yang didukung Iran di Yaman mengaku bertanggung jawab", modality="reported"),
        E("ACCUSE", "SAU/MIL:koalisi pimpinan Saudi", "IRN/GOV:", "buatan Iran",
          "senjata yang menyerang kilang adalah buatan Iran", mode="allege"),
    ], [
        T("no-event-statement", "ASSAULT", "menghindari perang", "Trump memastikan bahwa AS sangat menghindari perang",
          "a stated wish to avoid war, no act"),
        T("embedded-claim", "ASSAULT", "Iran melakukan serangan",
          "menunggu bukti yang memastikan bahwa Iran melakukan serangan", "the suspected attack inside an accusation"),
    ]),
    A("okezone-839", [
        E("COERCE", "PAK/GOV:Otoritas Pakistan", "IND/SPY:dua mata-mata India", "menangkap",
          "Otoritas Pakistan pada Senin mengklaim telah menangkap dua mata-mata India", mode="arrest"),
        E("ACCUSE", "PAK/GOV:", "IND/SPY:", "dituduh",
          "dituduh terlibat dalam aktivitas terorisme di Provinsi Balochistan", mode="allege"),
        E("COOPERATE", "PAK/GOV:Pakistan", "IRN/GOV:Pemerintah Iran;AFG/GOV:Afghanistan", "membagikan detail",
          "Pakistan telah membagikan detail mengenai identitas kedua mata-mata India"),
        E("COERCE", "PAK/GOV:Islamabad", "IND/MIL:Kulbhushan Jadhav", "menangkap",
          "Islamabad menangkap Kulbhushan Jadhav", mode="arrest"),
        E("ACCUSE", "PAK/GOV:Pakistan", "IND/MIL:Jadhav", "mempertahankan bahwa",
          "Pakistan sejak itu mempertahankan bahwa Jadhav terlibat", mode="allege"),
        E("SANCTION", "PAK/MIL:pengadilan militer", "IND/MIL:", "menjatuhkan hukuman mati",
          "pengadilan militer menjatuhkan hukuman mati terhadapnya pada 2017", mode="convict", date="2017"),
        E("REQUEST", "IGO/JUD:Pengadilan Internasional", "PAK/GOV:Pakistan", "memerintahkan",
          "telah memerintahkan Pakistan untuk menunda eksekusi", mode="change"),
    ]),
]

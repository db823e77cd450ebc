"""Development gold, part 2A: hand annotations (PLOVER events and traps) of 13 further okezone articles of
id-news-clickid/international.jsonl, by the rules of gold/README.md (same helpers and participant syntax as
id_events_annotations.py). Build: python gold/make_id_events.py --annotations id_events_annotations_2a ...
"""

from __future__ import annotations

from id_events_annotations import A, E, T

ARTICLES = [
    A("okezone-1435", [
        E("CONCEDE", "MYS/GOV:Menteri Hukum Liew Vui Keong", "MYS/CVL:Pengguna narkoba", "tidak akan masuk penjara",
          "Pengguna narkoba di Malaysia tidak akan masuk penjara", date=None,
          also=["Pengguna narkoba tidak perlu dipenjarakan, mereka memerlukan perawatan medis",
                "meski tidak lagi menghukum pengguna narkoba"]),
        E("SUPPORT", "MYS/GOV:kabinet;MYS/GOV:Mahathir Mohammad", "MYS/GOV:Liew Vui Keong", "mendapat dukungan",
          "usaha itu mendapat dukungan kabinet dan Perdana Menteri (PM) Malaysia"),
    ], [
        T("no-event-statement", "SANCTION", "bisa dijatuhi hukuman mati", "pelakunya bisa dijatuhi hukuman mati",
          "the penalty the law provides, no sentence passed"),
        T("no-event-statement", "RETREAT", "dibebaskan dari hukuman",
          "bukan berarti pengedar narkoba akan dibebaskan dari hukuman", "a qualification of the policy, no act"),
        T("non-political", "COERCE", "tidak mau menangkap", "Polisi sudah tidak mau menangkap dia lagi",
          "police habits with one drug user, ordinary law enforcement"),
        T("non-political", "SANCTION", "pernah dipenjara", "Yatie sendiri pernah dipenjara dua kali",
          "an interviewee's past drug convictions"),
    ], note="A decided decriminalisation of drug use (users to treatment, not prison) is coded CONCEDE: the "
            "government easing its coercion of a group; the drug users are the recipient."),
    A("okezone-1677", [
        E("PROTEST", "AUS/CVL:Ribuan pelajar", "AUS/GOV:", "turun ke jalan-jalan",
          "Ribuan pelajar turun ke jalan-jalan Australia dan negara-negara Asia-Pasifik", mode="demo",
          date="2019-09-20", also=["para pemrotes di Sydney bergerak ke ruang terbuka seluas 34 hektare",
                                   "Kerumunan serupa dilaporkan di Brisbane dan ibukota negara bagian lainnya"]),
        E("PROTEST", "SWE/CVL:Thunberg", "", "akan mempelopori sebuah demonstrasi",
          "akan mempelopori sebuah demonstrasi di markas besar PBB", mode="demo", modality="future",
          also=["direncanakan akan berlangsung di sekitar 150 negara"]),
        E("REQUEST", "AUS/GOV:Menteri Keuangan Australia Mathias Cormann", "AUS/CVL:siswa", "harus tetap berada di kelas",
          "mengatakan kepada parlemen pada hari Kamis bahwa siswa harus tetap", mode="change",
          date="2019-09-19"),
    ], [
        T("protest-topic", "REQUEST", "menuntut para pemimpin dunia",
          "memulai aksi menuntut para pemimpin dunia berkumpul", "the demand of the protest"),
        T("protest-topic", "ASSAULT", "melawannya", "Kami berusaha untuk melawannya",
          "a protest placard, figurative 'fight'"),
        T("protest-topic", "REQUEST", "Saya ingin melihat mereka",
          "Saya ingin melihat mereka di parlemen mereka melakukan pekerjaan", "a protester's demand to politicians"),
        T("no-event-statement", "SUPPORT", "mencatat", "Thunberg mencatat \"kerumunan besar\" di Sydney",
          "a tweet remarking on crowd size"),
        T("undecided", "CONSULT", "menyatukan para pemimpin dunia",
          "KTT AS menyatukan para pemimpin dunia untuk membahas strategi", "an upcoming summit described, no act"),
    ]),
    A("okezone-1866", [
        E("ACCUSE", "THA/REL:Kelompok garis keras Budha", "THA/CVL:seorang seniman wanita", "melaporkan",
          "Kelompok garis keras Budha di Thailand melaporkan seorang seniman wanita ke polisi", mode="allege",
          date="2019-09-11", also=["telah mengajukan laporan polisi terhadap seniman tersebut dan empat lainnya",
                                   "Laporan itu diajukan setelah keempat lukisan"]),
        E("REQUEST", "THA/REL:Kelompok itu", "THA/COP:", "menginginkan",
          "Kelompok itu menginginkan kelima orang tersebut dituntut", mode="change",
          also=["Kelompok itu juga ingin lukisan tersebut dihancurkan"]),
        E("ACCUSE", "THA/REL:Charoon Wonnakasinanone", "THA/CVL:", "memalukan dan menyinggung",
          "Lukisan-lukisan itu memalukan dan menyinggung umat Buddha", mode="disapprove", date="2019-09-12"),
        E("CONCEDE", "THA/CVL:seniman pelukisnya", "THA/REL:biksu kepala Provinsi Nakhon Ratchasima",
          "meminta maaf", "harus secara terbuka meminta maaf kepada biksu kepala"),
        E("REJECT", "THA/REL:Otoritas resmi Budha Thailand", "THA/REL:", "menentang",
          "Otoritas resmi Budha Thailand menentang tuntutan kriminal terhadap seniman", mode="change"),
    ], [
        T("no-event-statement", "THREATEN", "ancaman penjara",
          "dengan ancaman penjara maksimal tujuh tahun", "the penalty a law provides"),
        T("no-event-statement", "ACCUSE", "polisi harus menyelidiki",
          "Di bawah hukum Thailand, polisi harus menyelidiki pengaduan", "a legal procedure described, no investigation reported"),
        T("non-political", "COERCE", "diturunkan", "Lukisan-lukisan itu telah diturunkan dari pameran",
          "paintings taken down from a mall exhibition, no authority named"),
    ], note="The group's two wishes (prosecution of the five, destruction of the paintings) are one REQUEST: the "
            "demands that go with its police complaint."),
    A("okezone-1892", [], [
        T("non-political", "ASSAULT", "penembakan", "dalam insiden penembakan di dekat Gedung Putih",
          "a criminal shooting with no political actor"),
        T("non-political", "COERCE", "menangkap tersangka",
          "Polisi belum mengonfirmasi apakah mereka telah menangkap tersangka", "ordinary criminal policing, not confirmed"),
        T("non-political", "AID", "dirawat", "semua korban telah dirawat di rumah sakit", "medical care of victims"),
    ], note="No political event: a criminal shooting in Washington."),
    A("okezone-2269", [
        E("REQUEST", "JPN/GOV:Shinjiro Koizumi", "JPN/GOV:negaranya", "menginginkan",
          "Shinjiro Koizumi, menginginkan negaranya untuk berhenti menggunakan tenaga nuklir", mode="change",
          date="2019-09-12", also=["Saya ingin kita akan menghancurkan reaktor nuklir, bukan mempertahankannya"]),
    ], [
        T("generic-background", "SUPPORT", "mendukung kembalinya tenaga nuklir",
          "yang mendukung kembalinya tenaga nuklir di bawah aturan keselamatan baru", "a party's standing policy"),
        T("no-event-statement", "SUPPORT", "ditunjuk", "sehari usai ditunjuk oleh Perdana Menteri Shinzo Abe",
          "a cabinet appointment inside one government, not an interaction"),
        T("generic-background", "ACCUSE", "diawasi", "Regulator nuklir Jepang diawasi oleh kementerian",
          "an institutional arrangement, not an investigation"),
        T("non-political", "COERCE", "memaksa 160.000 orang melarikan diri",
          "memuntahkan radiasi yang memaksa 160.000 orang melarikan diri", "a disaster's effect, no actor"),
    ]),
    A("okezone-2406", [
        E("ACCUSE", "ZWE/CVL:keluarga Mugabe", "ZWE/GOV:pihak berwenang", "sangat prihatin",
          "keluarga Mugabe mengatakan sangat prihatin dengan cara pihak berwenang", mode="disapprove",
          also=["mereka terkejut tidak diajak berkonsultasi oleh pemerintah",
                "pemerintah Zimbabwe berusaha memaksa kami untuk menerima program pemakaman"]),
        E("REJECT", "ZWE/CVL:Leo Mugabe", "ZWE/GOV:", "tidak ada National Hero Acre",
          "tidak ada National Hero Acre (monumen nasional untuk pahlawan pembebasan)", date="2019-09-12",
          also=["jenazahnya akan ditampilkan di kampung halamannya di Kutama pada Minggu malam"]),
    ], [
        T("generic-background", "REJECT", "tidak sepakat",
          "Keluarga Mugabe dan Pemerintah Zimbabwe tidak sepakat", "a standing disagreement summarised"),
        T("no-event-statement", "SUPPORT", "menyatakan Mugabe sebagai pahlawan nasional",
          "telah menyatakan Mugabe sebagai pahlawan nasional setelah kematiannya",
          "an honour for the dead, like a eulogy (test-gold part B: eulogies are traps)"),
        T("embedded-claim", "CONSULT", "tanpa berkonsultasi",
          "tanpa berkonsultasi dengan keluarga dekatnya", "the family's grievance, coded as the ACCUSE"),
        T("embedded-claim", "COERCE", "berusaha memaksa",
          "pemerintah Zimbabwe berusaha memaksa kami", "the content of the family's complaint"),
        T("non-political", "ASSAULT", "meninggal dunia", "meninggal dunia pekan lalu saat menjalani perawatan medis",
          "a natural death"),
    ], note="The family's statement (shock at not being consulted, concern, 'trying to force us') is one ACCUSE "
            "disapprove; its refusal of the Heroes Acre burial is a REJECT of the government's plan."),
    A("okezone-3403", [
        E("ASSAULT", "AFG/REB:Kelompok Taliban",
          "AFG/SPY:Direktorat Keamanan Nasional (NDS);AFG/CVL:rumah sakit", "bom mobil meledak",
          "Sebuah bom mobil meledak dekat sebuah rumah sakit di Afghanistan", mode="explosives",
          also=["Kelompok Taliban mengatakan serangan itu menyasar gedung departemen intelijen",
                "para kombatan Taliban menargetkan pangkalan pelatihan badan keamanan negara itu"]),
        E("ASSAULT", "", "AFG/GOV:Presiden Ashraf Ghani;AFG/CVL:", "dua serangan terpisah",
          "setidaknya 48 orang tewas di ibukota Afghanistan Kabul dalam dua serangan terpisah", date="2019-09-18"),
    ], [
        T("non-political", "AID", "dievakuasi", "95 orang yang terluka telah dievakuasi dari lokasi ledakan",
          "evacuation of the wounded"),
        T("non-political", "AID", "tim penyelamat", "ketika tim penyelamat dan orang-orang masih mencari mayat",
          "rescue work"),
    ], note="The car bomb is asserted by the article; its authorship rests on the Taliban's own statement and an "
            "Afghan official's, which agree, so it is one ASSAULT coded asserted with both sentences as "
            "also_evidence (no separate ACCUSE for the official's attribution). The two Kabul attacks of Wednesday "
            "are one sentence, one event, with no author given."),
    A("okezone-3653", [
        E("CONCEDE", "ZWE/CVL:Leo Mugabe", "ZWE/GOV:pihak pemerintah", "akhirnya akan dimakamkan",
          "Robert Mugabe akhirnya akan dimakamkan di taman makam nasional", date="2019-09-12",
          also=["Kemudian jenazah Mugabe akan dimakamkan di monumen National Heroes Acre di Harare",
                "Leo Mugabe mengatakan kepada BBC bahwa akan ada upacara"]),
        E("REJECT", "ZWE/CVL:Mereka", "ZWE/GOV:", "tidak ada pemakaman di National Heroes Acre",
          "dan tidak ada pemakaman di National Heroes Acre"),
        E("ACCUSE", "ZWE/CVL:pihak keluarga", "ZWE/GOV:pemerintah", "kaget tidak dilibatkan",
          "pihak keluarga kaget tidak dilibatkan dalam rencana pemakaman", mode="disapprove"),
    ], [
        T("generic-background", "ACCUSE", "pertengkaran", "setelah terjadi pertengkaran dengan pihak pemerintah",
          "the quarrel summarised; its acts are coded one by one"),
        T("non-political", "ASSAULT", "meninggal", "meninggal dalam usia 95 tahun minggu lalu",
          "a natural death"),
    ], note="The family giving in to the state burial is CONCEDE (announced by Leo Mugabe on 'Jumat (12/09)': the "
            "text's date is kept). The earlier refusal and complaint are retold and coded undated."),
]

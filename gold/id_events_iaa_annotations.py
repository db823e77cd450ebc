"""Second, independent annotation (annotator B) of 12 okezone articles of the dev gold, for inter-annotator agreement.

Written blind to the first annotator's coding of these articles and to the system's output, by the rules of
gold/README.md. Same syntax as id_events_annotations.py; compare with gold/agreement.py.

    python gold/make_id_events.py --data /work/shared/data --annotations id_events_iaa_annotations --out /tmp/iaa.jsonl
"""

from __future__ import annotations

from id_events_annotations import A, E, T

ARTICLES = [
    A("okezone-2564", [], [
        T("non-political", "SANCTION", "dijatuhi vonis", "Pelaku telah dijatuhi vonis 7,5 tahun penjara",
          "an ordinary car thief's sentence"),
        T("non-political", "ASSAULT", "ditabrak", "ketika ditabrak dari belakang oleh terpidana Matthew David Molloy",
          "a road crash caused by a car thief"),
        T("non-political", "ACCUSE", "menyebut", "Jaksa penuntut umum menyebut bahwa Molloy",
          "a prosecutor's case in an ordinary criminal trial"),
        T("non-political", "RETREAT", "dibebaskan", "belum lama dibebaskan dari penjara",
          "an ordinary prisoner's release"),
    ], note="ordinary criminal case: no political event"),

    A("okezone-3540", [
        E("REJECT", "IRN/GOV:Iran", "USA/GOV:Amerika Serikat", "menolak tuduhan",
          "Iran telah menolak tuduhan Amerika Serikat (AS) terkait serangan drone",
          also=["Iran berada di belakang serangan drone terhadap fasilitas minyak Saudi"]),
        E("ACCUSE", "IRN/GOV:Seyyed Abbas Mousavi", "USA/GOV:Washington", "menodai citra",
          "para pejabat di Washington menuduh Iran untuk menodai citra", mode="allege",
          also=["condong ke 'kebohongan maksimum'"]),
        E("ACCUSE", "USA/GOV:Mike Pompeo", "IRN/GOV:Iran", "menyalahkan",
          "Menteri Luar Negeri AS Mike Pompeo, menyalahkan Iran atas serangan tersebut", mode="allege"),
        E("ASSAULT", "YEM/REB:Kelompok Houthi", "SAU/BUS:fasilitas minyak Saudi", "menghantam",
          "mengirimkan 10 pesawat tanpa awak untuk menghantam fasilitas minyak Saudi pada Sabtu", mode="drone",
          date="2019-09-14", modality="reported",
          also=["serangan drone terhadap dua fasilitas pengolahan minyak Arab Saudi"]),
        E("REQUEST", "USA/LEG:Lindsey Graham", "USA/GOV:AS", "menyarankan",
          "Senator Lindsey Graham bahkan menyarankan AS untuk merespons dengan menyerang"),
        E("THREATEN", "IRN/MIL:komandan senior Garda Revolusi Iran", "USA/GOV:Washington", "memperingatkan",
          "memperingatkan Washington bahwa Teheran siap untuk berperang", mode="violence",
          also=["memperingatkan bahwa Teheran sepenuhnya siap untuk membalas jika diserang",
                "berada dalam jangkauan rudal kami"]),
    ], [
        T("generic-background", "COERCE", "tekanan maksimum", "Amerika mengadopsi kebijakan 'tekanan maksimum'",
          "a standing policy named inside Mousavi's accusation"),
        T("embedded-claim", "ASSAULT", "tindakan di masa depan", "dalam persiapan untuk \"tindakan di masa depan\"",
          "the alleged US aim inside Iran's accusation"),
        T("generic-background", "ASSAULT", "kebakaran", "Serangan-serangan itu menyebabkan kebakaran besar",
          "consequence of the attack already coded"),
    ]),

    A("okezone-3565", [
        E("PROTEST", "HKG/CVL:demonstran", "GBR/GOV:Konsulat Inggris", "unjuk rasa",
          "Ribuan demonstran di Hong Kong pada Minggu melakukan unjuk rasa", mode="demo", date="2019-09-15",
          also=["salah satu plakat dalam protes di luar Konsulat Inggris"]),
        E("SUPPORT", "CHN/GOV:;GBR/GOV:", "", "ditandatangani",
          "Deklarasi Bersama Sino-Inggris, yang ditandatangani pada 1984", date="1984"),
    ], [
        T("protest-topic", "REQUEST", "mendesak", "mendesak agar bekas negara penjajahnya itu memastikan China",
          "demand of the protest"),
        T("non-political", "COERCE", "tutup", "tutup untuk mengantisipasi terjadinya kekerasan dan kerusuhan",
          "shops closing"),
        T("generic-background", "PROTEST", "diguncang demonstrasi",
          "Hong Kong telah diguncang demonstrasi selama lebih dari tiga bulan", "three months of protest summarised"),
        T("generic-background", "RETREAT", "kembali ke China", "setelah kembali ke China pada 1997",
          "content of the declaration, not an act told here"),
        T("protest-topic", "REQUEST", "menyerahkan petisi", "Para demonstran menyerahkan petisi",
          "the petition is the protest's demand"),
        T("protest-topic", "REQUEST", "menuntut", "untuk menuntut Inggris melindungi hak-hak warga negara kami",
          "a protester's demand"),
        T("generic-background", "PROTEST", "dipicu", "Demonstrasi di Hong Kong dipicu oleh rancangan undang-undang",
          "cause of the protest movement"),
    ]),

    A("okezone-3880", [
        E("AGREE", "PRK/GOV:Korea Utara", "USA/GOV:Amerika Serikat", "bersedia",
          "pihaknya bersedia untuk memulai kembali pembicaraan nuklir dengan Amerika Serikat", mode="meet",
          date="2019-09-09",
          also=["Pyongyang bersedia untuk melakukan diskusi komprehensif dengan AS pada akhir September"]),
        E("THREATEN", "PRK/GOV:Pyongyang", "USA/GOV:Washington", "memperingatkan",
          "Pyongyang memperingatkan bahwa perundingan antara kedua belah pihak bisa berakhir", mode="relations",
          date="2019-09-09"),
        E("MOBILIZE", "PRK/MIL:Pyongyang", "", "meluncurkan", "Pyongyang meluncurkan dua proyektil, diduga rudal",
          mode="weapons", modality="reported"),
        E("CONSULT", "PRK/GOV:Kim Jong-un;USA/GOV:Donald Trump", "", "melakukan pertemuan",
          "Kim Jong-un melakukan pertemuan dengan Presiden AS Donald Trump pada 30 Juni", date="2019-06-30"),
        E("SUPPORT", "USA/GOV:Trump", "PRK/GOV:Korea Utara", "menarik",
          "Trump menyebut tawaran tersebut “menarik”"),
    ], [
        T("generic-background", "MOBILIZE", "uji coba rudal",
          "serangkaian uji coba rudal jarak pendek yang dilakukan Korea Utara", "a series summarised"),
        T("generic-background", "CONSULT", "pertemuan puncak", "sejak pertemuan puncak yang gagal di Hanoi",
          "a past summit named as background in a noun phrase"),
        T("generic-background", "REQUEST", "mengajukannya", "meskipun AS telah berulangkali mengajukannya",
          "a tally of repeated requests"),
        T("undecided", "CONSULT", "Kami akan melihat", "Kami akan melihat apa yang terjadi",
          "nothing decided"),
    ]),
]

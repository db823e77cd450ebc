"""Indonesian stories in Antara-like and Tempo-like pages. Written for warta; not real articles."""

from model import Story


def P(text: str) -> list[str]:
    return [p.strip().replace("\n", " ") for p in text.strip().split("\n\n")]


STORIES = [
    Story(
        slug="ktt-asean-labuan-bajo-desak-junta-myanmar",
        portal="antara", lang="id",
        published="2023-05-11T18:45:00+07:00",
        url="https://www.antaranews.com/berita/3533871/ktt-asean-di-labuan-bajo-desak-junta-myanmar-hentikan-kekerasan",
        title="KTT ASEAN di Labuan Bajo Desak Junta Myanmar Hentikan Kekerasan",
        authors=["Aria Cindyara"], editor="Fardah Assegaf", dateline="Labuan Bajo",
        caption=("Presiden Joko Widodo memimpin sesi pleno KTT ke-42 ASEAN di Labuan Bajo, Nusa Tenggara Timur, "
                 "Kamis (11/5/2023)", "ANTARA FOTO/Pool/Hafidz Mubarak A/nym"),
        related=["Jokowi Sebut ASEAN Tidak Boleh Jadi Proksi Kekuatan Mana pun"],
        tags=["ktt asean", "myanmar", "labuan bajo", "konsensus lima poin"],
        paras=P("""
Para pemimpin ASEAN mendesak junta militer Myanmar segera menghentikan kekerasan dan membuka dialog dengan semua pihak, dalam pernyataan yang dibacakan pada penutupan KTT ke-42 ASEAN di Labuan Bajo, Nusa Tenggara Timur, Kamis.

Presiden Joko Widodo selaku ketua ASEAN 2023 mengatakan para pemimpin sepakat bahwa Konsensus Lima Poin tetap menjadi rujukan utama penyelesaian krisis di Myanmar.

"Kita tidak boleh membiarkan rakyat Myanmar terus menjadi korban. Penghentian kekerasan adalah syarat pertama," kata Jokowi dalam konferensi pers di Hotel Meruorah.

Jokowi juga mengecam serangan terhadap konvoi bantuan kemanusiaan yang membawa staf Pusat Koordinasi Bantuan Kemanusiaan ASEAN (AHA Centre) di Negara Bagian Shan pada Minggu (7/5). Konvoi tersebut diserang oleh kelompok bersenjata yang belum diketahui identitasnya.

Menteri Luar Negeri Retno Marsudi menyebut Indonesia telah melakukan puluhan kali pertemuan dengan berbagai pemangku kepentingan di Myanmar, termasuk pemerintah persatuan nasional (NUG) dan kelompok etnis bersenjata.

"Pendekatan kita adalah keterlibatan yang senyap. Hasilnya memang belum terlihat, tetapi kita tidak akan berhenti," ujar Retno.

Sesuai keputusan sebelumnya, junta Myanmar kembali tidak diundang mengirim perwakilan politik ke KTT. ASEAN hanya menerima perwakilan nonpolitik dari Myanmar.

KTT juga menyepakati deklarasi mengenai perlindungan pekerja migran yang menjadi korban perdagangan orang akibat penyalahgunaan teknologi.
"""),
        entities=["ASEAN|IGO", "Myanmar|MMR", "Joko Widodo|IDN", "Retno Marsudi|IDN", "AHA Centre|IGO"],
        events=["REQUEST IGO>MMR mode=yield", "AGREE IGO>", "ACCUSE IDN> mode=disapprove", "ASSAULT >IGO",
                "CONSULT IDN>MMR", "SANCTION IGO>MMR mode=expel"],
        speakers=["Joko Widodo", "Retno Marsudi"],
    ),
    Story(
        slug="indonesia-kirim-tim-sar-bantuan-gempa-turki",
        portal="antara", lang="id",
        published="2023-02-08T13:20:00+07:00",
        url="https://www.antaranews.com/berita/3386532/indonesia-kirim-tim-sar-dan-bantuan-untuk-korban-gempa-turki",
        title="Indonesia Kirim Tim SAR dan Bantuan untuk Korban Gempa Turki",
        authors=["Yashinta Difa Pramudyani"], editor="Atman Ahdiat", dateline="Jakarta",
        caption=("Personel Basarnas dan tim medis bersiap diberangkatkan ke Turki di Bandara Soekarno-Hatta, Tangerang, "
                 "Rabu (8/2/2023)", "ANTARA FOTO/Muhammad Iqbal/rwa"),
        related=["Dubes RI di Ankara Pastikan Data WNI Terdampak Gempa", "Gempa Magnitudo 7,8 Guncang Turki Selatan"],
        tags=["gempa turki", "basarnas", "bantuan kemanusiaan"],
        paras=P("""
Pemerintah Indonesia memberangkatkan tim pencarian dan pertolongan (SAR) serta bantuan kemanusiaan untuk korban gempa bermagnitudo 7,8 yang mengguncang Turki selatan dan Suriah utara pada Senin (6/2).

Tim yang terdiri atas 140 personel Basarnas, TNI, Polri, dan tenaga medis itu diberangkatkan dari Bandara Soekarno-Hatta, Tangerang, Rabu, menggunakan pesawat carter. Mereka membawa peralatan evakuasi, tenda, obat-obatan, dan logistik.

"Ini adalah bentuk solidaritas Indonesia kepada rakyat Turki yang sedang berduka. Tim kita akan bekerja di bawah koordinasi otoritas penanggulangan bencana Turki," kata Menteri Koordinator Bidang Pembangunan Manusia dan Kebudayaan Muhadjir Effendy saat melepas tim.

Menurut Muhadjir, pemerintah juga menyiapkan bantuan dana sebesar satu juta dolar AS untuk Turki dan Suriah yang akan disalurkan melalui lembaga kemanusiaan internasional.

Duta Besar Turki untuk Indonesia Talip Kucukcan menyampaikan terima kasih atas bantuan tersebut. Ia mengatakan pemerintah Turki telah menerima tawaran bantuan dari lebih dari 70 negara.

"Kami sangat menghargai kecepatan Indonesia. Persaudaraan kedua bangsa terbukti di saat yang sulit," ungkap Kucukcan.

KBRI Ankara melaporkan sedikitnya dua warga negara Indonesia meninggal dunia akibat gempa, sementara ratusan lainnya telah dievakuasi ke tempat penampungan sementara.

Tim SAR Indonesia dijadwalkan bertugas selama dua pekan di Provinsi Hatay, salah satu wilayah yang paling parah terdampak.
"""),
        entities=["Basarnas|IDN", "Muhadjir Effendy|IDN", "Talip Kucukcan|TUR", "Turki|TUR", "Suriah|SYR",
                  "KBRI Ankara|IDN", "Hatay|TUR"],
        events=["AID IDN>TUR", "AGREE IDN>TUR", "AGREE IDN>SYR", "SUPPORT TUR>IDN"],
        speakers=["Muhadjir Effendy", "Talip Kucukcan"],
    ),
    Story(
        slug="jokowi-albanese-sydney-kerja-sama-baterai",
        portal="antara", lang="id",
        published="2023-07-04T16:30:00+07:00",
        url="https://www.antaranews.com/berita/3622005/jokowi-dan-albanese-sepakati-kerja-sama-ekosistem-kendaraan-listrik",
        title="Jokowi dan Albanese Sepakati Kerja Sama Ekosistem Kendaraan Listrik",
        authors=["Agus Salim"], editor="Budi Suyanto", dateline="Sydney",
        caption=("Presiden Joko Widodo dan Perdana Menteri Australia Anthony Albanese berjalan bersama di Admiralty "
                 "House, Sydney, Selasa (4/7/2023)", "ANTARA/HO-Biro Pers Sekretariat Presiden"),
        related=["Jokowi Tiba di Sydney untuk Kunjungan Kenegaraan ke Australia"],
        tags=["jokowi", "anthony albanese", "indonesia-australia", "kendaraan listrik"],
        paras=P("""
Presiden Joko Widodo dan Perdana Menteri Australia Anthony Albanese menyepakati kerja sama pengembangan ekosistem kendaraan listrik dalam pertemuan tahunan pemimpin kedua negara di Admiralty House, Sydney, Selasa.

Kerja sama tersebut memadukan cadangan nikel Indonesia dengan litium Australia untuk membangun rantai pasok baterai kendaraan listrik di kawasan.

"Indonesia punya nikel, Australia punya litium. Kalau digabungkan, kita bisa menjadi pemain penting dalam rantai pasok dunia," kata Jokowi dalam pernyataan pers bersama.

Albanese menyampaikan bahwa Australia akan mempermudah pengurusan visa bisnis bagi warga negara Indonesia mulai tahun depan. Ia juga mengumumkan dukungan pendanaan sebesar 50 juta dolar Australia untuk program transisi energi di Indonesia.

"Indonesia adalah tetangga terdekat dan salah satu mitra terpenting kami. Masa depan kedua negara saling terikat," ujar Albanese.

Jokowi juga meminta Australia mempercepat pembukaan akses pasar bagi produk pertanian dan perikanan Indonesia. Menurut dia, neraca perdagangan kedua negara masih belum seimbang.

Kedua pemimpin turut membahas situasi di Myanmar dan Laut China Selatan. Mereka sepakat mendorong penyelesaian sengketa secara damai berdasarkan hukum internasional.

Sebelum bertemu Albanese, Jokowi menghadiri forum bisnis Indonesia-Australia yang diikuti sekitar 200 pengusaha kedua negara.
"""),
        entities=["Joko Widodo|IDN", "Anthony Albanese|AUS", "Australia|AUS", "Indonesia|IDN", "Myanmar|MMR"],
        events=["AGREE IDN>AUS", "CONSULT IDN>AUS mode=visit", "CONCEDE AUS>IDN", "AGREE AUS>IDN",
                "REQUEST IDN>AUS mode=assist"],
        speakers=["Joko Widodo", "Anthony Albanese"],
    ),
    Story(
        slug="as-jatuhkan-sanksi-baru-terhadap-rusia-navalny",
        portal="tempo", lang="id",
        published="2024-02-24T08:30:00+07:00",
        url="https://www.tempo.co/internasional/as-jatuhkan-500-sanksi-baru-terhadap-rusia-setelah-kematian-navalny-1838271",
        title="AS Jatuhkan 500 Sanksi Baru terhadap Rusia setelah Kematian Navalny",
        authors=["Ida Rosdalina"], editor="Sita Planasari", dateline="Jakarta",
        caption=("Presiden AS Joe Biden berbicara di Gedung Putih, Washington.", "REUTERS/Kevin Lamarque"),
        related=["Kremlin Bantah Terlibat dalam Kematian Navalny", "Uni Eropa Siapkan Paket Sanksi ke-13 untuk Rusia"],
        tags=["sanksi", "rusia", "amerika serikat", "navalny"],
        paras=P("""
Pemerintah Amerika Serikat menjatuhkan lebih dari 500 sanksi baru terhadap Rusia pada Jumat, 23 Februari 2024, menjelang peringatan dua tahun invasi Rusia ke Ukraina dan sepekan setelah kematian tokoh oposisi Alexei Navalny di penjara.

Sanksi tersebut menyasar perusahaan-perusahaan yang memasok komponen untuk industri pertahanan Rusia, lembaga keuangan, serta pejabat yang dianggap bertanggung jawab atas penahanan Navalny.

"Jika Putin tidak membayar harga atas kematian dan kehancuran yang ia sebabkan, ia akan terus melanjutkannya," kata Presiden AS Joe Biden dalam pernyataan tertulis.

Departemen Keuangan AS menyebut sanksi juga mencakup puluhan entitas di negara ketiga, termasuk di China dan Uni Emirat Arab, yang dituduh membantu Rusia menghindari pembatasan ekspor.

Kementerian Luar Negeri Rusia mengecam langkah tersebut. Juru bicara Kementerian Luar Negeri Rusia Maria Zakharova menuding Washington berusaha mencampuri urusan dalam negeri Rusia.

"Sanksi ini tidak akan mengubah apa pun. Rusia akan memberikan respons yang setimpal," tutur Zakharova, seperti dikutip kantor berita TASS.

Sebelumnya, Uni Eropa juga menyetujui paket sanksi ke-13 terhadap Rusia yang menargetkan hampir 200 individu dan entitas.

Kremlin membantah tuduhan negara-negara Barat bahwa pemerintah Rusia bertanggung jawab atas kematian Navalny di sebuah koloni penjara di kawasan Arktik.
"""),
        entities=["Amerika Serikat|USA", "Rusia|RUS", "Alexei Navalny|RUS", "Joe Biden|USA", "Maria Zakharova|RUS",
                  "Uni Eropa|IGO", "Kremlin|RUS", "Ukraina|UKR"],
        events=["SANCTION USA>RUS", "SANCTION USA>CHN", "ACCUSE USA>CHN mode=allege",
                "ACCUSE RUS>USA mode=disapprove", "THREATEN RUS>USA", "SANCTION IGO>RUS", "REJECT RUS>"],
        speakers=["Joe Biden", "Maria Zakharova"],
    ),
    Story(
        slug="korea-utara-luncurkan-rudal-balistik-antarbenua",
        portal="tempo", lang="id",
        published="2023-07-12T17:05:00+07:00",
        url="https://www.tempo.co/internasional/korea-utara-luncurkan-rudal-balistik-antarbenua-korea-selatan-dan-jepang-protes-1747015",
        title="Korea Utara Luncurkan Rudal Balistik Antarbenua, Korea Selatan dan Jepang Protes",
        authors=["Daniel Ahmad Fajri"], editor="Yudono Yanuar", dateline="Jakarta",
        caption=("Warga menonton siaran berita tentang peluncuran rudal Korea Utara di stasiun kereta Seoul.",
                 "TEMPO/Reuters"),
        related=["Kim Yo Jong Ancam Tembak Jatuh Pesawat Pengintai AS"],
        tags=["korea utara", "rudal", "korea selatan", "jepang"],
        paras=P("""
Korea Utara meluncurkan rudal balistik antarbenua (ICBM) ke perairan lepas pantai timurnya pada Rabu pagi, 12 Juli 2023. Peluncuran itu terjadi dua hari setelah Pyongyang menuduh pesawat pengintai Amerika Serikat melanggar wilayah udaranya.

Kepala Staf Gabungan Korea Selatan menyatakan rudal itu diluncurkan dari kawasan Pyongyang sekitar pukul 10.00 waktu setempat dan terbang sekitar 1.000 kilometer sebelum jatuh di Laut Jepang.

Presiden Korea Selatan Yoon Suk Yeol, yang sedang berada di Lithuania untuk menghadiri KTT NATO, segera menggelar rapat darurat Dewan Keamanan Nasional. Yoon menyebut peluncuran itu sebagai provokasi serius yang melanggar resolusi Dewan Keamanan PBB.

"Korea Utara akan membayar harga atas tindakan ilegalnya," kata Yoon, sebagaimana dikutip kantor berita Yonhap.

Pemerintah Jepang menyampaikan protes keras kepada Korea Utara melalui saluran diplomatik di Beijing. Perdana Menteri Jepang Fumio Kishida mengatakan Tokyo akan berkoordinasi erat dengan Washington dan Seoul.

Sehari sebelumnya, adik pemimpin Korea Utara Kim Jong Un, Kim Yo Jong, mengancam akan menembak jatuh pesawat pengintai AS yang dianggap memasuki zona ekonomi eksklusif Korea Utara.

Amerika Serikat, Korea Selatan, dan Jepang kemudian menggelar latihan pertahanan rudal bersama di perairan timur Semenanjung Korea.

Dewan Keamanan PBB dijadwalkan menggelar rapat membahas peluncuran tersebut pekan depan atas permintaan Amerika Serikat dan sekutunya.
"""),
        entities=["Korea Utara|PRK", "Korea Selatan|KOR", "Yoon Suk Yeol|KOR", "Fumio Kishida|JPN",
                  "Kim Yo Jong|PRK", "Kim Jong Un|PRK", "Amerika Serikat|USA", "Jepang|JPN"],
        events=["MOBILIZE PRK> mode=weapons", "ACCUSE PRK>USA mode=allege", "ACCUSE KOR>PRK mode=disapprove",
                "THREATEN KOR>PRK", "ACCUSE JPN>PRK mode=disapprove", "THREATEN PRK>USA mode=violence",
                "COOPERATE USA>KOR", "AGREE IGO>"],
        speakers=["Yoon Suk Yeol"],
    ),
]

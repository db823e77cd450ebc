"""Indonesian stories delivered as scraped plain text. Written for warta; not real articles."""

from model import Story


def P(text: str) -> list[str]:
    return [p.strip().replace("\n", " ") for p in text.strip().split("\n\n")]


STORIES = [
    Story(
        slug="xi-jinping-kunjungi-moskow-bertemu-putin",
        portal="medcom_txt", lang="id", code="FJR",
        published="2023-03-21T07:55:00+07:00",
        url="https://www.medcom.id/internasional/dunia/ybDq5M3k-xi-jinping-dan-putin-sepakat-perluas-kerja-sama-energi",
        title="Xi Jinping dan Putin Sepakat Perluas Kerja Sama Energi",
        authors=["Fajar Nugraha"], dateline="Moskow",
        caption=("Presiden Tiongkok Xi Jinping (kiri) dan Presiden Rusia Vladimir Putin bersulang dalam jamuan "
                 "kenegaraan di Kremlin, Moskow, 21 Maret 2023.", "Pavel Byrkin / SPUTNIK / AFP"),
        related=["AS Sebut Usulan Damai Tiongkok Hanya Menguntungkan Rusia"],
        tags=["xi jinping", "putin", "rusia", "tiongkok"],
        paras=P("""
Presiden Tiongkok Xi Jinping dan Presiden Rusia Vladimir Putin menandatangani pernyataan bersama untuk memperdalam kemitraan strategis kedua negara di Kremlin pada Selasa, 21 Maret 2023. Keduanya sepakat memperluas kerja sama energi, termasuk rencana pembangunan jalur pipa gas Power of Siberia 2.

Kunjungan kenegaraan Xi ke Moskow selama tiga hari ini merupakan lawatan luar negeri pertamanya sejak terpilih kembali untuk masa jabatan ketiga pada awal bulan ini.

"Rusia dan Tiongkok memiliki pandangan yang sama tentang tatanan dunia yang multipolar. Hubungan kita telah mencapai titik tertinggi dalam sejarah," kata Putin dalam konferensi pers bersama.

Xi menyatakan Tiongkok akan tetap berpegang pada posisi yang objektif dan tidak memihak dalam konflik di Ukraina. Ia kembali menawarkan rencana perdamaian 12 poin yang diumumkan Beijing bulan lalu.

Putin mengatakan banyak poin dalam rencana perdamaian Tiongkok dapat dijadikan dasar penyelesaian konflik, tetapi menuding Barat dan Kyiv belum siap untuk berunding.

Amerika Serikat menanggapi kunjungan tersebut dengan skeptis. Juru bicara Gedung Putih John Kirby menyebut gencatan senjata yang diusulkan Beijing hanya akan mengukuhkan penguasaan Rusia atas wilayah Ukraina yang direbutnya.

Sementara itu, Presiden Ukraina Volodymyr Zelensky mengundang Xi untuk berdialog. "Kami mengusulkan kepada Tiongkok untuk menjadi mitra dalam formula perdamaian kami," ujar Zelensky.

Xi dijadwalkan kembali ke Beijing pada Rabu besok setelah melakukan pertemuan dengan Perdana Menteri Rusia Mikhail Mishustin.
"""),
        entities=["Xi Jinping|CHN", "Vladimir Putin|RUS", "Tiongkok|CHN", "Rusia|RUS", "John Kirby|USA",
                  "Volodymyr Zelensky|UKR", "Mikhail Mishustin|RUS", "Kremlin|RUS"],
        events=["SUPPORT CHN>RUS", "CONSULT CHN>RUS mode=visit", "AGREE RUS>CHN", "AGREE CHN>",
                "ACCUSE RUS>UKR mode=allege", "ACCUSE USA>CHN mode=disapprove", "REQUEST UKR>CHN mode=meet"],
        speakers=["Vladimir Putin", "Volodymyr Zelensky"],
    ),
    Story(
        slug="warga-aceh-tolak-kedatangan-pengungsi-rohingya",
        portal="kompas_txt", lang="id", section="Regional",
        published="2023-12-08T13:10:00+07:00",
        url="https://regional.kompas.com/read/2023/12/08/131000178/warga-tolak-kedatangan-pengungsi-rohingya-di-aceh",
        title="Warga Tolak Kedatangan Pengungsi Rohingya, Pemerintah Minta Bantuan UNHCR",
        authors=["Daspriani Y Zamzami"], editor="Reni Susanti", dateline="BANDA ACEH",
        caption=("Pengungsi Rohingya beristirahat di tempat penampungan sementara di Banda Aceh, Aceh, Jumat "
                 "(8/12/2023).", "KOMPAS.com/MASRIADI SAMBO"),
        related=["Kapal Kayu Bawa Ratusan Pengungsi Rohingya Kembali Mendarat di Pidie"],
        tags=["rohingya", "aceh", "unhcr", "pengungsi"],
        paras=P("""
Ratusan warga di pesisir Kabupaten Pidie, Aceh, menolak kedatangan kapal yang membawa sekitar 180 pengungsi Rohingya, Jumat (8/12/2023). Warga berkumpul di bibir pantai dan meminta agar para pengungsi tidak diturunkan di desa mereka.

Kapal kayu itu merupakan rombongan keenam yang mendarat di Aceh dalam tiga pekan terakhir. Sejak pertengahan November, lebih dari 1.500 pengungsi Rohingya tiba di berbagai wilayah pesisir Aceh.

"Kami bukan tidak mau menolong, tapi tempat penampungan di sini sudah tidak mampu. Pemerintah pusat harus turun tangan," kata seorang tokoh masyarakat Pidie, Tgk Marzuki.

Pemerintah Indonesia meminta Badan PBB untuk Urusan Pengungsi (UNHCR) dan Organisasi Internasional untuk Migrasi (IOM) menambah bantuan bagi para pengungsi. Indonesia bukan negara pihak Konvensi Pengungsi 1951.

Menko Polhukam Mahfud MD menyebut pemerintah akan menampung sementara para pengungsi atas dasar kemanusiaan sambil berkoordinasi dengan negara-negara lain untuk penempatan permanen.

UNHCR mengonfirmasi telah mengirim staf tambahan ke Aceh. Perwakilan UNHCR di Indonesia, Ann Maymann, mendesak masyarakat setempat untuk tidak mengusir pengungsi yang sebagian besar adalah perempuan dan anak-anak.

"Mereka melarikan diri dari kekerasan dan kondisi yang sangat buruk di kamp-kamp di Bangladesh," tutur Maymann.

Polisi Aceh menyatakan tengah menyelidiki dugaan penyelundupan manusia di balik gelombang kedatangan kapal-kapal tersebut.
"""),
        entities=["Rohingya|MMR", "Pidie|IDN", "UNHCR|IGO", "IOM|IGO", "Mahfud MD|IDN", "Ann Maymann|IGO",
                  "Bangladesh|BGD", "Aceh|IDN"],
        events=["PROTEST IDN>MMR mode=obstruct", "REQUEST IDN>IGO mode=assist", "AGREE IDN>MMR", "AID IGO>MMR",
                "REQUEST IGO>IDN mode=change", "ACCUSE IDN> mode=investigate"],
        speakers=["Tgk Marzuki", "Ann Maymann"],
    ),
    Story(
        slug="retno-bertemu-lavrov-di-sela-pertemuan-menlu-asean",
        portal="detik_txt", lang="id", code="aik/fjp",
        published="2023-07-13T18:02:00+07:00",
        url="https://news.detik.com/internasional/d-6821135/retno-bertemu-lavrov-di-jakarta-minta-perang-ukraina-dihentikan",
        title="Retno Bertemu Lavrov di Jakarta, Minta Perang Ukraina Dihentikan",
        authors=["Matius Alfons"], dateline="Jakarta",
        caption=("Menlu Retno Marsudi bertemu Menlu Rusia Sergey Lavrov di Jakarta", "Rifkianto Nugroho/detikcom"),
        related=["Menlu AS Blinken Tiba di Jakarta untuk Pertemuan ASEAN"],
        tags=["retno marsudi", "sergey lavrov", "asean", "ukraina"],
        paras=P("""
Menteri Luar Negeri RI Retno Marsudi bertemu Menteri Luar Negeri Rusia Sergey Lavrov di sela rangkaian Pertemuan Menteri Luar Negeri ASEAN di Jakarta, Kamis (13/7/2023). Dalam pertemuan itu Retno menyampaikan harapan Indonesia agar perang di Ukraina segera dihentikan.

Retno mengatakan dampak perang telah dirasakan negara-negara berkembang, terutama melalui kenaikan harga pangan dan pupuk.

"Saya sampaikan kembali pentingnya menghormati kedaulatan dan integritas wilayah sebuah negara. Perang harus segera dihentikan," kata Retno kepada wartawan seusai pertemuan.

Retno juga meminta Rusia memperpanjang Prakarsa Biji-bijian Laut Hitam yang akan berakhir pada Senin (17/7). Menurut Retno, kelangsungan ekspor gandum Ukraina penting bagi ketahanan pangan dunia.

Lavrov tidak memberikan keterangan kepada wartawan seusai pertemuan. Namun, dalam pernyataan yang dirilis Kementerian Luar Negeri Rusia, Moskow menyebut perpanjangan kesepakatan biji-bijian tidak mungkin dilakukan selama tuntutan Rusia terkait ekspor pupuk dan akses perbankan tidak dipenuhi.

Pada hari yang sama, Lavrov juga bertemu Menteri Luar Negeri China Wang Yi. Keduanya menyatakan menentang apa yang mereka sebut upaya Barat untuk memperluas pengaruh NATO ke kawasan Asia-Pasifik.

Kehadiran Lavrov di Jakarta bersamaan dengan kehadiran Menteri Luar Negeri AS Antony Blinken. Kedua diplomat itu tidak dijadwalkan melakukan pertemuan bilateral.

Pertemuan para menteri luar negeri ASEAN dan mitra wicaranya akan ditutup dengan Forum Regional ASEAN pada Jumat besok.
"""),
        entities=["Retno Marsudi|IDN", "Sergey Lavrov|RUS", "Rusia|RUS", "Ukraina|UKR", "Wang Yi|CHN",
                  "NATO|IGO", "Antony Blinken|USA", "ASEAN|IGO"],
        events=["CONSULT IDN>RUS mode=multilateral", "REQUEST IDN>RUS mode=yield", "REJECT RUS>",
                "CONSULT RUS>CHN mode=multilateral", "ACCUSE RUS>IGO mode=disapprove", "AGREE RUS>USA neg"],
        speakers=["Retno Marsudi"],
    ),
    Story(
        slug="rusia-tuding-ukraina-serang-kremlin-dengan-drone",
        portal="okezone_txt", lang="id", code="rhs",
        published="2023-05-04T07:15:00+07:00",
        url="https://news.okezone.com/read/2023/05/04/18/2808457/rusia-tuding-ukraina-coba-bunuh-putin-lewat-serangan-drone",
        title="Rusia Tuding Ukraina Coba Bunuh Putin lewat Serangan Drone ke Kremlin",
        authors=["Susi Susanti"], dateline="MOSKOW",
        caption=("Asap terlihat di atas kubah Istana Senat Kremlin, Moskow, Rusia", "Reuters"),
        related=["Zelensky Bantah Ukraina Serang Moskow"],
        tags=["rusia", "ukraina", "kremlin", "drone"],
        paras=P("""
Rusia menuduh Ukraina mencoba membunuh Presiden Vladimir Putin dengan menyerang Kremlin menggunakan dua pesawat nirawak (drone) pada Rabu (3/5/2023) dini hari. Kremlin menyebut kedua drone itu berhasil dilumpuhkan oleh sistem pertahanan elektronik sebelum mencapai sasaran.

Video yang beredar di media sosial memperlihatkan sebuah benda meledak di atas kubah Istana Senat di kompleks Kremlin. Menurut Kremlin, tidak ada korban jiwa maupun kerusakan berarti akibat insiden tersebut.

"Kami menganggap tindakan ini sebagai serangan teroris terencana dan upaya pembunuhan terhadap presiden," demikian pernyataan Kremlin yang dikutip kantor berita RIA Novosti.

Juru bicara Kremlin Dmitry Peskov mengatakan Putin tidak berada di Kremlin saat kejadian dan tetap bekerja seperti biasa di kediamannya di Novo-Ogaryovo.

Rusia belum menutup kemungkinan melakukan pembalasan. Wakil Ketua Dewan Keamanan Rusia Dmitry Medvedev bahkan menyerukan agar Presiden Ukraina Volodymyr Zelensky "dilenyapkan secara fisik".

Ukraina membantah terlibat dalam serangan tersebut. "Kami tidak menyerang Putin atau Moskow. Kami berperang di wilayah kami sendiri," kata Zelensky saat berkunjung ke Helsinki, Finlandia.

Penasihat Kepala Staf Kepresidenan Ukraina Mykhailo Podolyak menuding Rusia merekayasa insiden tersebut untuk membenarkan serangan besar-besaran terhadap Ukraina.

Beberapa jam setelah insiden, Rusia melancarkan gelombang serangan rudal dan drone ke Kyiv dan Odesa. Pemerintah kota Kyiv menyebut sebagian besar drone berhasil ditembak jatuh.
"""),
        entities=["Rusia|RUS", "Ukraina|UKR", "Vladimir Putin|RUS", "Kremlin|RUS", "Dmitry Peskov|RUS",
                  "Dmitry Medvedev|RUS", "Volodymyr Zelensky|UKR", "Mykhailo Podolyak|UKR", "Kyiv|UKR"],
        events=["ACCUSE RUS>UKR mode=allege", "ASSAULT UKR>RUS mode=drone reported", "THREATEN RUS>UKR",
                "THREATEN RUS>UKR mode=violence", "REJECT UKR>RUS", "ACCUSE UKR>RUS mode=allege", "ASSAULT RUS>UKR"],
        speakers=["Kremlin", "Volodymyr Zelensky"],
    ),
    Story(
        slug="uni-eropa-sanksi-iran-usai-serangan-ke-israel",
        portal="cnnindonesia_txt", lang="id", code="rds/rds",
        published="2024-04-23T06:30:00+07:00",
        url="https://www.cnnindonesia.com/internasional/20240423062210-134-1089331/uni-eropa-sepakat-perluas-sanksi-terhadap-iran",
        title="Uni Eropa Sepakat Perluas Sanksi terhadap Iran Usai Serangan ke Israel",
        authors=["Tim Redaksi"], dateline="Jakarta",
        caption=("bendera Uni Eropa di depan gedung Komisi Eropa di Brussels.", "AFP/KENZO TRIBOUILLARD"),
        related=["Indonesia Minta Iran dan Israel Menahan Diri"],
        tags=["uni eropa", "iran", "israel", "sanksi"],
        paras=P("""
Para menteri luar negeri Uni Eropa sepakat memperluas sanksi terhadap Iran setelah Teheran meluncurkan ratusan drone dan rudal ke Israel pada pertengahan bulan ini. Kesepakatan itu dicapai dalam pertemuan di Luksemburg, Senin (22/4).

Kepala Kebijakan Luar Negeri Uni Eropa Josep Borrell mengatakan sanksi akan diperluas untuk mencakup produksi drone dan rudal Iran serta pengirimannya kepada kelompok-kelompok sekutu Teheran di kawasan.

"Ini adalah sinyal yang jelas. Kami akan menjatuhkan sanksi tambahan kepada pihak yang memasok drone dan rudal," kata Borrell kepada wartawan.

Iran menyerang Israel secara langsung untuk pertama kalinya pada 13 April sebagai balasan atas serangan terhadap kompleks kedutaannya di Damaskus, Suriah, yang menewaskan sejumlah komandan Garda Revolusi. Sebagian besar drone dan rudal itu dicegat oleh Israel dan sekutunya.

Kementerian Luar Negeri Iran mengecam keputusan Uni Eropa. Juru bicaranya, Nasser Kanaani, menyebut sanksi itu sebagai tindakan yang tidak konstruktif dan berstandar ganda.

Pemerintah Indonesia sebelumnya meminta Iran dan Israel untuk menahan diri. "Kami mendesak semua pihak untuk menahan diri dan mencegah eskalasi yang lebih luas di kawasan," ujar juru bicara Kemlu RI Lalu Muhammad Iqbal.

Amerika Serikat dan Inggris juga telah mengumumkan sanksi baru terhadap program drone Iran pekan lalu.

Uni Eropa dijadwalkan membahas rincian daftar individu dan perusahaan yang akan dikenai sanksi dalam beberapa pekan ke depan.
"""),
        entities=["Uni Eropa|IGO", "Iran|IRN", "Israel|ISR", "Josep Borrell|IGO", "Nasser Kanaani|IRN",
                  "Lalu Muhammad Iqbal|IDN", "Damaskus|SYR", "Garda Revolusi|IRN"],
        events=["SANCTION IGO>IRN future", "ASSAULT IRN>ISR mode=drone", "ACCUSE IRN>IGO mode=disapprove",
                "REQUEST IDN>IRN mode=yield", "REQUEST IDN>ISR mode=yield", "SANCTION USA>IRN", "SANCTION GBR>IRN",
                "ASSAULT >IRN"],
        speakers=["Josep Borrell", "Lalu Muhammad Iqbal"],
    ),
    Story(
        slug="jokowi-biden-tingkatkan-hubungan-kemitraan-strategis-komprehensif",
        portal="antara_txt", lang="id",
        published="2023-11-14T06:45:00+07:00",
        url="https://www.antaranews.com/berita/3822451/jokowi-dan-biden-tingkatkan-hubungan-ke-kemitraan-strategis-komprehensif",
        title="Jokowi dan Biden Tingkatkan Hubungan ke Kemitraan Strategis Komprehensif",
        authors=["Mecca Yumna"], editor="Fardah Assegaf", dateline="Washington",
        caption=("Presiden Joko Widodo dan Presiden AS Joe Biden di Ruang Oval, Gedung Putih, Washington DC",
                 "ANTARA/HO-Biro Pers Sekretariat Presiden/Laily Rachev"),
        related=["Jokowi Minta Biden Dorong Gencatan Senjata di Gaza"],
        tags=["jokowi", "joe biden", "indonesia-as", "gaza"],
        paras=P("""
Presiden Joko Widodo dan Presiden Amerika Serikat Joe Biden sepakat meningkatkan hubungan kedua negara menjadi Kemitraan Strategis Komprehensif dalam pertemuan di Ruang Oval, Gedung Putih, Washington DC, Senin (13/11) waktu setempat.

Peningkatan status hubungan itu mencakup kerja sama di bidang pertahanan, energi bersih, mineral kritis, dan pendidikan.

"Kemitraan ini harus membawa manfaat nyata bagi rakyat kedua negara dan bagi perdamaian di kawasan," kata Jokowi dalam pernyataan kepada media seusai pertemuan.

Dalam pertemuan itu, Jokowi meminta Amerika Serikat berbuat lebih banyak untuk menghentikan kekejaman di Gaza. Menurut Jokowi, gencatan senjata merupakan keharusan demi kemanusiaan.

Biden menyampaikan apresiasi atas kepemimpinan Indonesia di ASEAN dan G20. Ia menyebut Indonesia sebagai demokrasi yang kuat dan mitra penting Amerika Serikat di Indo-Pasifik.

"Hari ini kita memulai era baru hubungan Amerika Serikat dan Indonesia," ujar Biden.

Kedua pemimpin juga membahas kerja sama pengembangan rantai pasok mineral kritis, termasuk nikel. Namun, keduanya belum menandatangani perjanjian perdagangan mineral kritis yang diharapkan Indonesia.

Setelah dari Washington, Jokowi dijadwalkan menghadiri KTT APEC di San Francisco.
"""),
        entities=["Joko Widodo|IDN", "Joe Biden|USA", "Amerika Serikat|USA", "Gaza|PSE", "ASEAN|IGO"],
        events=["SUPPORT IDN>USA", "CONSULT IDN>USA mode=visit", "REQUEST IDN>USA mode=change", "SUPPORT USA>IDN",
                "SUPPORT IDN>USA neg"],
        speakers=["Joko Widodo", "Joe Biden"],
    ),
]

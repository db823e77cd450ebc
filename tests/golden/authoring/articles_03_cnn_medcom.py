"""Indonesian stories in CNN Indonesia-like and Medcom-like pages. Written for warta; not real articles."""

from model import Story


def P(text: str) -> list[str]:
    return [p.strip().replace("\n", " ") for p in text.strip().split("\n\n")]


STORIES = [
    Story(
        slug="israel-serang-rafah-indonesia-kecam",
        portal="cnnindonesia", lang="id", code="blq/bac", section="Timur Tengah",
        published="2024-05-28T11:40:00+07:00",
        url="https://www.cnnindonesia.com/internasional/20240528113512-120-1102771/israel-gempur-rafah-ri-kecam-serangan-ke-kamp-pengungsi",
        title="Israel Gempur Rafah, RI Kecam Serangan ke Kamp Pengungsi",
        authors=["Bimo Aryanto"], dateline="Jakarta",
        caption=("Warga Palestina memeriksa tenda yang hangus terbakar setelah serangan udara Israel di Rafah, Gaza "
                 "selatan.", "AFP/EYAD BABA"),
        related=["Mahkamah Internasional Perintahkan Israel Hentikan Operasi di Rafah",
                 "Mesir Tolak Koordinasi dengan Israel soal Perlintasan Rafah"],
        tags=["israel", "rafah", "gaza", "palestina"],
        paras=P("""
Pemerintah Indonesia mengecam keras serangan udara Israel terhadap kamp pengungsi di Rafah, Gaza selatan, yang menewaskan sedikitnya 45 orang pada Minggu (26/5) malam. Sebagian besar korban adalah perempuan dan anak-anak yang berlindung di tenda-tenda pengungsian.

Kementerian Luar Negeri RI dalam pernyataan yang diunggah di media sosial pada Senin (27/5) menyebut serangan tersebut sebagai pelanggaran nyata terhadap hukum humaniter internasional.

"Indonesia mengutuk keras serangan Israel terhadap kamp pengungsi di Rafah. Serangan ini terjadi hanya dua hari setelah Mahkamah Internasional memerintahkan Israel menghentikan operasi militernya di Rafah," tulis Kemlu RI.

Militer Israel mengklaim serangan itu menyasar dua komandan senior Hamas. Perdana Menteri Israel Benjamin Netanyahu menyebut jatuhnya korban sipil sebagai "kecelakaan tragis" dan menyatakan akan menyelidikinya.

Mahkamah Internasional (ICJ) pada Jumat pekan lalu memerintahkan Israel segera menghentikan serangan militer di Rafah atas gugatan yang diajukan Afrika Selatan. Israel menolak putusan tersebut dan menyatakan operasinya sesuai dengan hukum internasional.

Mesir, yang berbatasan langsung dengan Rafah, juga mengecam serangan itu. Kairo menolak berkoordinasi dengan Israel soal pengelolaan perlintasan Rafah selama pasukan Israel masih menguasai sisi Palestina.

Di New York, Dewan Keamanan PBB menggelar rapat darurat atas permintaan Aljazair untuk membahas serangan tersebut.

Indonesia kembali meminta negara-negara anggota Dewan Keamanan PBB untuk mengambil langkah konkret agar Israel mematuhi putusan Mahkamah Internasional.
"""),
        entities=["Israel|ISR", "Rafah|PSE", "Benjamin Netanyahu|ISR", "Hamas|PSE", "Mahkamah Internasional|IGO",
                  "Afrika Selatan|ZAF", "Mesir|EGY", "Aljazair|DZA"],
        events=["ACCUSE IDN>ISR mode=disapprove", "ASSAULT ISR>PSE mode=aerial", "REQUEST IGO>ISR mode=yield",
                "REJECT ISR>IGO", "ACCUSE EGY>ISR mode=disapprove", "REJECT EGY>ISR mode=assist",
                "CONSULT IGO> mode=multilateral", "REQUEST DZA>IGO mode=meet", "REQUEST IDN>IGO",
                "ACCUSE ZAF>ISR mode=allege"],
        speakers=["Kemlu RI"],
    ),
    Story(
        slug="kapal-penjaga-pantai-china-hadang-filipina-second-thomas",
        portal="cnnindonesia", lang="id", code="dna/dna", section="Asia",
        published="2024-06-18T19:15:00+07:00",
        url="https://www.cnnindonesia.com/internasional/20240618190233-106-1111562/kapal-china-hadang-kapal-filipina-di-laut-china-selatan",
        title="Kapal China Hadang Kapal Filipina di Laut China Selatan, Manila Protes",
        authors=["Rahmi Safitri"], dateline="Jakarta",
        caption=("Kapal penjaga pantai China berlayar di dekat beting Second Thomas di Laut China Selatan.",
                 "REUTERS/Adrian Portugal"),
        related=["AS Tegaskan Komitmen Pertahanan kepada Filipina"],
        tags=["laut china selatan", "filipina", "china", "second thomas shoal"],
        paras=P("""
Filipina menuduh kapal penjaga pantai China menabrak dan menaiki perahu-perahu Angkatan Laut Filipina yang sedang mengirim pasokan ke beting Second Thomas di Laut China Selatan, Senin (17/6). Seorang pelaut Filipina dilaporkan kehilangan ibu jari dalam insiden itu.

Militer Filipina menyebut personel penjaga pantai China bersenjatakan pisau dan kapak menyita senjata api yang disimpan di perahu karet Filipina, lalu merusak peralatan navigasi.

"Ini adalah tindakan agresif dan ilegal. Kami tidak akan mundur dari wilayah kami sendiri," kata Kepala Staf Angkatan Bersenjata Filipina Jenderal Romeo Brawner kepada wartawan, Rabu.

Kementerian Luar Negeri Filipina memanggil diplomat China di Manila untuk menyampaikan protes resmi.

China membantah tuduhan tersebut. Juru bicara Kementerian Luar Negeri China Lin Jian mengatakan penjaga pantai China bertindak secara profesional dan menahan diri untuk menghentikan kapal-kapal Filipina yang memasuki perairan Ren'ai Jiao tanpa izin.

"Filipina harus segera menghentikan pelanggaran dan provokasinya," ujar Lin Jian dalam jumpa pers di Beijing.

Amerika Serikat menyatakan dukungan kepada Filipina. Departemen Luar Negeri AS mengingatkan bahwa perjanjian pertahanan bersama 1951 berlaku untuk serangan bersenjata terhadap kapal-kapal Filipina di mana pun di Laut China Selatan.

Manila sejauh ini belum memutuskan apakah insiden tersebut akan dikategorikan sebagai serangan bersenjata yang dapat memicu perjanjian pertahanan dengan Amerika Serikat.
"""),
        entities=["Filipina|PHL", "China|CHN", "Romeo Brawner|PHL", "Lin Jian|CHN", "Amerika Serikat|USA",
                  "Second Thomas|PHL"],
        events=["ACCUSE PHL>CHN mode=allege", "ASSAULT CHN>PHL mode=primitive", "COERCE CHN>PHL mode=seize",
                "ACCUSE PHL>CHN mode=disapprove", "REJECT CHN>PHL", "REQUEST CHN>PHL mode=change", "SUPPORT USA>PHL",
                "REJECT PHL>CHN"],
        speakers=["Romeo Brawner", "Lin Jian"],
    ),
    Story(
        slug="india-china-sepakat-patroli-perbatasan-ladakh",
        portal="medcom", lang="id", code="FJR",
        published="2024-10-22T08:12:00+07:00",
        url="https://www.medcom.id/internasional/asia/Obz1Gv8N-india-dan-china-capai-kesepakatan-patroli-di-perbatasan-himalaya",
        title="India dan China Capai Kesepakatan Patroli di Perbatasan Himalaya",
        authors=["Fajar Nugraha"], dateline="New Delhi",
        caption=("Truk militer India melintas di jalan pegunungan menuju wilayah Ladakh.", "Tauseef Mustafa / AFP"),
        related=["Modi dan Xi Jinping Dijadwalkan Bertemu di Sela KTT BRICS"],
        tags=["india", "china", "ladakh", "perbatasan"],
        paras=P("""
India dan China mencapai kesepakatan mengenai pengaturan patroli di sepanjang Garis Kontrol Aktual (LAC) di wilayah Ladakh. Kesepakatan itu diumumkan oleh Sekretaris Luar Negeri India Vikram Misri pada Senin, 21 Oktober 2024, menjelang KTT BRICS di Kazan, Rusia.

Menurut Misri, perundingan yang berlangsung selama beberapa pekan terakhir menghasilkan kesepahaman untuk memulihkan patroli di titik-titik yang menjadi sengketa sejak bentrokan di Lembah Galwan pada 2020.

"Kesepakatan ini akan mengarah pada pelepasan pasukan dan penyelesaian masalah yang muncul pada 2020," kata Misri kepada wartawan di New Delhi.

Bentrokan di Lembah Galwan pada Juni 2020 menewaskan sedikitnya 20 tentara India dan empat tentara China. Sejak itu kedua negara menempatkan puluhan ribu pasukan di sepanjang perbatasan pegunungan tersebut.

Kementerian Luar Negeri China mengonfirmasi bahwa kedua pihak telah mencapai "solusi" atas isu-isu terkait perbatasan. Juru bicara Kemlu China Lin Jian menyebut Beijing akan bekerja sama dengan New Delhi untuk melaksanakan kesepakatan tersebut.

Menurut laporan media India, pasukan kedua negara akan mulai menarik diri dari dua titik gesekan di Depsang dan Demchok dalam beberapa hari.

Perdana Menteri India Narendra Modi dan Presiden China Xi Jinping dijadwalkan bertemu di sela KTT BRICS. Pertemuan bilateral resmi terakhir kedua pemimpin berlangsung lima tahun lalu.

Meski demikian, para analis di New Delhi mengingatkan bahwa rasa saling tidak percaya antara kedua negara belum sepenuhnya hilang.
"""),
        entities=["India|IND", "China|CHN", "Vikram Misri|IND", "Lin Jian|CHN", "Narendra Modi|IND",
                  "Xi Jinping|CHN", "Ladakh|IND", "Kazan|RUS"],
        events=["AGREE IND>CHN", "CONCEDE IND>CHN", "AGREE CHN>IND", "ASSAULT CHN>IND"],
        speakers=["Vikram Misri"],
    ),
    Story(
        slug="korsel-tangguhkan-perjanjian-militer-balon-sampah-korut",
        portal="medcom", lang="id", code="REN",
        published="2024-06-04T14:27:00+07:00",
        url="https://www.medcom.id/internasional/asia/8koWq0Rb-korsel-tangguhkan-perjanjian-militer-2018-usai-balon-sampah-korut",
        title="Korsel Tangguhkan Perjanjian Militer 2018 Usai Balon Sampah Korut",
        authors=["Marcheilla Ariesta"], dateline="Seoul",
        caption=("Tentara Korea Selatan memeriksa balon berisi sampah yang dikirim dari Korea Utara di Incheon.",
                 "Yonhap / AFP"),
        related=["Korut Kirim Ratusan Balon Berisi Sampah ke Korsel", "Seoul Ancam Nyalakan Lagi Pengeras Suara Propaganda"],
        tags=["korea selatan", "korea utara", "balon sampah"],
        paras=P("""
Pemerintah Korea Selatan menangguhkan sepenuhnya perjanjian militer antar-Korea yang ditandatangani pada 2018. Keputusan itu diambil dalam rapat kabinet pada Selasa, 4 Juni 2024, sebagai tanggapan atas pengiriman ratusan balon berisi sampah dari Korea Utara.

Sejak pekan lalu, Korea Utara menerbangkan lebih dari 1.000 balon yang membawa kantong berisi puntung rokok, kertas bekas, dan kotoran ke wilayah Korea Selatan. Sebagian balon jatuh di kawasan permukiman di Seoul dan Provinsi Gyeonggi.

"Penangguhan ini memungkinkan militer kita mengambil langkah yang cepat dan memadai untuk menanggapi provokasi Korea Utara," kata Perdana Menteri Korea Selatan Han Duck-soo dalam rapat kabinet.

Dengan penangguhan itu, militer Korea Selatan dapat kembali menggelar latihan tembak di dekat garis demarkasi dan menyalakan pengeras suara propaganda di perbatasan.

Pyongyang menyebut balon-balon tersebut sebagai balasan atas selebaran anti-Korea Utara yang dikirim aktivis dari Korea Selatan. Wakil Menteri Pertahanan Korea Utara Kim Kang Il mengancam akan mengirim lebih banyak balon jika selebaran terus berdatangan.

Korea Utara sempat mengumumkan penghentian pengiriman balon pada Minggu malam. Namun Seoul menilai pengumuman itu tidak dapat dipegang.

"Kami tidak akan menoleransi provokasi dalam bentuk apa pun," ujar juru bicara Kementerian Unifikasi Korea Selatan Kim In-ae.

Perjanjian militer 2018 ditandatangani oleh Presiden Moon Jae-in dan pemimpin Korea Utara Kim Jong Un untuk mengurangi ketegangan di perbatasan.
"""),
        entities=["Korea Selatan|KOR", "Korea Utara|PRK", "Han Duck-soo|KOR", "Kim Kang Il|PRK", "Kim In-ae|KOR",
                  "Moon Jae-in|KOR", "Kim Jong Un|PRK"],
        events=["SANCTION KOR>PRK mode=withdraw", "COERCE PRK>KOR", "ACCUSE PRK>KOR mode=allege", "THREATEN PRK>KOR",
                "CONCEDE PRK>KOR", "THREATEN KOR>PRK"],
        speakers=["Han Duck-soo", "Kim In-ae"],
    ),
]

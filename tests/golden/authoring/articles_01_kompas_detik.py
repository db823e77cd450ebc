"""Indonesian stories in Kompas-like and Detik-like pages. Written for warta; not real articles."""

from model import Story


def P(text: str) -> list[str]:
    return [p.strip().replace("\n", " ") for p in text.strip().split("\n\n")]


STORIES = [
    Story(
        slug="retno-kamikawa-tokyo-kerja-sama-maritim",
        portal="kompas", lang="id", section="Global",
        published="2024-03-12T19:30:00+07:00",
        url="https://www.kompas.com/global/read/2024/03/12/19300071/retno-dan-kamikawa-sepakat-perkuat-kerja-sama-maritim",
        title="Retno dan Kamikawa Sepakat Perkuat Kerja Sama Maritim Indonesia-Jepang",
        authors=["Nadia Kusumawardani"], editor="Bayu Hendrawan", dateline="TOKYO",
        caption=("Menteri Luar Negeri RI Retno Marsudi (kiri) berjabat tangan dengan Menteri Luar Negeri Jepang Yoko "
                 "Kamikawa sebelum pertemuan bilateral di Tokyo, Selasa (12/3/2024).", "KOMPAS.com/ARDIAN SETYO"),
        related=["Jepang Umumkan Paket Bantuan Baru untuk Pengungsi Palestina",
                 "Indonesia dan Jepang Rayakan 66 Tahun Hubungan Diplomatik"],
        tags=["retno marsudi", "yoko kamikawa", "indonesia-jepang", "gaza"],
        paras=P("""
Menteri Luar Negeri RI Retno Marsudi bertemu Menteri Luar Negeri Jepang Yoko Kamikawa di Tokyo, Selasa (12/3/2024). Dalam pertemuan bilateral itu kedua menteri sepakat memperkuat kerja sama maritim, termasuk patroli keamanan laut dan pembangunan pelabuhan perikanan di pulau-pulau terluar Indonesia.

Pertemuan berlangsung sekitar satu jam di Iikura Guest House. Menurut keterangan Kementerian Luar Negeri, kedua pihak juga membahas persiapan dialog "2+2" antara menteri luar negeri dan menteri pertahanan kedua negara yang dijadwalkan berlangsung tahun ini.

"Jepang adalah mitra strategis yang sangat penting bagi Indonesia. Kami sepakat agar kerja sama maritim tidak berhenti di atas kertas, tetapi segera dirasakan oleh nelayan kita," kata Retno kepada wartawan seusai pertemuan.

Kamikawa menyampaikan bahwa Jepang akan memberikan hibah kapal patroli tambahan kepada Badan Keamanan Laut (Bakamla) RI. Menurut dia, hibah tersebut merupakan kelanjutan dari proyek yang disepakati kedua negara pada akhir tahun lalu.

"Kami ingin membantu Indonesia menjaga keamanan jalur laut yang juga penting bagi perekonomian Jepang," ujar Kamikawa.

Selain isu bilateral, Retno meminta Jepang ikut mendorong gencatan senjata segera di Gaza. Ia menegaskan bahwa Israel harus menghentikan serangan terhadap warga sipil dan membuka akses bantuan kemanusiaan tanpa hambatan.

"Situasi di Gaza tidak bisa ditoleransi lagi. Kami meminta semua negara sahabat, termasuk Jepang, menggunakan pengaruhnya agar serangan dihentikan," tutur Retno.

Kamikawa mengatakan Jepang akan menambah bantuan bagi pengungsi Palestina melalui badan PBB dalam beberapa pekan mendatang. Namun, ia tidak merinci besaran dana yang akan dikucurkan.

Retno dijadwalkan melanjutkan kunjungan ke Osaka, Rabu (13/3/2024), untuk bertemu kalangan pengusaha Jepang yang berinvestasi di sektor kendaraan listrik di Indonesia.
"""),
        entities=["Retno Marsudi|IDN", "Yoko Kamikawa|JPN", "Bakamla|IDN", "Israel|ISR", "Gaza|PSE"],
        events=["CONSULT IDN>JPN mode=visit", "AGREE IDN>JPN", "AGREE JPN>IDN", "REQUEST IDN>JPN mode=yield",
                "REQUEST IDN>ISR mode=yield", "AGREE JPN>PSE"],
        speakers=["Retno Marsudi", "Yoko Kamikawa"],
    ),
    Story(
        slug="ribuan-buruh-demo-dpr-tolak-perppu-cipta-kerja",
        portal="kompas", lang="id", section="Nasional",
        published="2023-01-14T16:05:00+07:00",
        url="https://nasional.kompas.com/read/2023/01/14/16050011/ribuan-buruh-berunjuk-rasa-di-depan-dpr-tolak-perppu-cipta-kerja",
        title="Ribuan Buruh Berunjuk Rasa di Depan DPR, Tolak Perppu Cipta Kerja",
        authors=["Rizky Pratama Siregar"], editor="Sandra Wulandari", dateline="JAKARTA",
        caption=("Massa buruh dari sejumlah serikat pekerja berunjuk rasa di depan Gedung DPR/MPR, Senayan, Jakarta, "
                 "Sabtu (14/1/2023).", "KOMPAS.com/DIMAS RAHADIAN"),
        related=["Polisi Alihkan Arus Lalu Lintas di Sekitar Senayan Selama Aksi Buruh",
                 "Apa Isi Perppu Cipta Kerja? Ini Poin-poin yang Dipersoalkan Buruh",
                 "Partai Buruh Ancam Mogok Nasional jika Tuntutan Diabaikan"],
        tags=["demo buruh", "perppu cipta kerja", "dpr"],
        paras=P("""
Ribuan buruh dari berbagai serikat pekerja berunjuk rasa di depan Gedung DPR/MPR, Senayan, Jakarta, Sabtu (14/1/2023). Mereka menuntut DPR menolak Peraturan Pemerintah Pengganti Undang-Undang (Perppu) Nomor 2 Tahun 2022 tentang Cipta Kerja yang diterbitkan Presiden Joko Widodo pada akhir Desember lalu.

Massa mulai berdatangan sejak pukul 09.00 WIB dengan membawa spanduk dan bendera serikat. Sebagian dari mereka datang dari Bekasi, Karawang, dan Tangerang menggunakan sepeda motor.

Presiden Partai Buruh Said Iqbal menilai penerbitan perppu tersebut mengabaikan putusan Mahkamah Konstitusi yang meminta pembentuk undang-undang memperbaiki UU Cipta Kerja dengan melibatkan partisipasi publik.

"Kami menolak perppu ini karena aturan soal upah minimum dan pesangon justru merugikan buruh. DPR harus mendengar suara kami," kata Said Iqbal di atas mobil komando.

Polda Metro Jaya mengerahkan sekitar 2.000 personel gabungan untuk mengamankan jalannya aksi. Kapolres Metro Jakarta Pusat Komarudin mengatakan tidak ada penangkapan hingga sore hari dan aksi berlangsung tertib.

"Kami kawal dengan humanis. Tidak ada penyekatan terhadap massa yang datang dari luar kota," ujar Komarudin.

Sekitar pukul 13.00 WIB, perwakilan buruh diterima oleh sejumlah anggota Komisi IX DPR di ruang rapat. Anggota Komisi IX DPR, Rahmad Handoyo, berjanji akan menyampaikan aspirasi tersebut kepada pimpinan DPR.

Namun, perwakilan buruh menyatakan belum puas. Mereka mengancam akan menggelar mogok nasional apabila DPR tetap mengesahkan perppu menjadi undang-undang dalam masa sidang mendatang.

Massa membubarkan diri secara tertib menjelang pukul 16.00 WIB setelah membacakan pernyataan sikap di depan gerbang utama DPR.
"""),
        entities=["Said Iqbal|IDN", "Partai Buruh|IDN", "Joko Widodo|IDN", "DPR|IDN", "Polda Metro Jaya|IDN",
                  "Komarudin|IDN", "Rahmad Handoyo|IDN"],
        events=["PROTEST IDN>IDN mode=demo", "MOBILIZE IDN> mode=police", "COERCE IDN>IDN mode=arrest neg",
                "CONSULT IDN>IDN", "THREATEN IDN>IDN mode=restrict"],
        speakers=["Said Iqbal", "Komarudin"],
    ),
    Story(
        slug="jokowi-anwar-teken-perjanjian-batas-laut",
        portal="kompas", lang="id", section="Nasional",
        published="2023-06-08T20:10:00+07:00",
        url="https://nasional.kompas.com/read/2023/06/08/20100031/jokowi-dan-anwar-ibrahim-teken-perjanjian-batas-laut-laut-sulawesi",
        title="Jokowi dan Anwar Ibrahim Teken Perjanjian Batas Laut di Laut Sulawesi",
        authors=["Yohana Febrianti"], editor="Irfan Maulana", dateline="JAKARTA",
        caption=("Presiden Joko Widodo dan Perdana Menteri Malaysia Anwar Ibrahim menyaksikan penukaran dokumen "
                 "perjanjian di Istana Merdeka, Jakarta, Kamis (8/6/2023).", "KOMPAS.com/FIKA NURUL ULYA"),
        related=["Anwar Ibrahim Disambut Upacara Kenegaraan di Istana Merdeka"],
        tags=["jokowi", "anwar ibrahim", "indonesia-malaysia", "perbatasan"],
        paras=P("""
Presiden Joko Widodo dan Perdana Menteri Malaysia Anwar Ibrahim menyaksikan penandatanganan perjanjian garis batas laut teritorial kedua negara di segmen Laut Sulawesi di Istana Merdeka, Jakarta, Kamis (8/6/2023). Perjanjian itu menyelesaikan perundingan yang berlangsung hampir dua dekade.

Selain perjanjian batas laut, kedua pemimpin juga menyepakati nota kesepahaman tentang perlindungan pekerja migran Indonesia di Malaysia, terutama yang bekerja di sektor perkebunan di Sabah.

"Penyelesaian batas laut ini adalah bukti bahwa dua negara serumpun dapat menyelesaikan persoalan dengan perundingan, bukan dengan ketegangan," kata Jokowi dalam pernyataan pers bersama.

Anwar menyampaikan terima kasih atas sambutan pemerintah Indonesia. Ia menegaskan Malaysia berkomitmen memperbaiki perlakuan terhadap pekerja migran yang tidak memiliki dokumen lengkap.

"Kami tidak akan menutup mata terhadap nasib pekerja Indonesia. Mereka ikut membangun ekonomi Malaysia," ujar Anwar.

Kedua pemimpin juga membahas rencana kerja sama untuk melawan kampanye negatif Uni Eropa terhadap minyak kelapa sawit. Indonesia dan Malaysia, sebagai produsen terbesar dunia, menilai aturan antideforestasi Uni Eropa bersifat diskriminatif.

Menurut Menteri Luar Negeri Retno Marsudi, perundingan batas laut di segmen lain, termasuk Laut Natuna Utara, akan dilanjutkan tahun depan. Ia menyebut tim teknis kedua negara sudah bertemu lima kali sejak awal tahun.

Anwar dijadwalkan bertolak ke Bandung, Jumat (9/6/2023), untuk menghadiri forum bisnis sebelum kembali ke Kuala Lumpur.
"""),
        entities=["Joko Widodo|IDN", "Anwar Ibrahim|MYS", "Retno Marsudi|IDN", "Uni Eropa|IGO", "Sabah|MYS"],
        events=["SUPPORT IDN>MYS", "CONSULT MYS>IDN mode=visit", "AGREE MYS>IDN", "AGREE IDN>MYS",
                "ACCUSE IDN>IGO mode=disapprove"],
        speakers=["Joko Widodo", "Anwar Ibrahim"],
    ),
    Story(
        slug="indonesia-kirim-bantuan-kemanusiaan-gaza-el-arish",
        portal="detik", lang="id", code="rdp/imk",
        published="2023-11-04T10:15:00+07:00",
        url="https://news.detik.com/internasional/d-7017211/indonesia-kirim-51-ton-bantuan-kemanusiaan-untuk-gaza",
        title="Indonesia Kirim 51 Ton Bantuan Kemanusiaan untuk Warga Gaza",
        authors=["Rolando Fransiscus"], dateline="Jakarta",
        caption=("Pesawat TNI AU yang membawa bantuan kemanusiaan untuk Gaza bersiap lepas landas dari Lanud Halim "
                 "Perdanakusuma", "Rolando Fransiscus/detikcom"),
        related=["Menlu Retno Kecam Serangan Israel ke Rumah Sakit di Gaza",
                 "Begini Rute Pengiriman Bantuan RI ke Gaza lewat Mesir"],
        tags=["gaza", "palestina", "bantuan kemanusiaan", "israel"],
        paras=P("""
Pemerintah Indonesia mengirim 51,5 ton bantuan kemanusiaan untuk warga Gaza, Palestina, Sabtu (4/11/2023). Bantuan berupa obat-obatan, makanan siap saji, selimut, dan perlengkapan medis itu diterbangkan dengan tiga pesawat TNI AU dari Pangkalan Udara Halim Perdanakusuma menuju Bandara El Arish, Mesir.

Presiden Joko Widodo melepas langsung keberangkatan pesawat pengangkut bantuan tersebut. Jokowi mengatakan bantuan ini merupakan wujud solidaritas rakyat Indonesia kepada rakyat Palestina.

"Hari ini kita kirimkan bantuan tahap pertama. Saya sudah perintahkan agar pengiriman berikutnya segera disiapkan," kata Jokowi kepada wartawan di Halim.

Jokowi juga mengecam serangan Israel yang menghantam rumah sakit dan kamp pengungsi di Gaza dalam beberapa hari terakhir. Menurut dia, serangan terhadap fasilitas sipil merupakan pelanggaran nyata terhadap hukum humaniter internasional.

Dari El Arish, bantuan akan diserahkan kepada Bulan Sabit Merah Mesir untuk kemudian disalurkan ke Gaza melalui perlintasan Rafah. Menteri Luar Negeri Retno Marsudi menyebut pemerintah Mesir telah membantu kelancaran izin pendaratan pesawat-pesawat TNI AU.

"Kami berterima kasih kepada pemerintah Mesir atas kerja sama yang sangat baik," ujar Retno.

Sementara itu, militer Israel kembali melancarkan serangan udara ke Gaza utara pada Jumat malam. Kementerian Kesehatan Gaza menyebut puluhan orang tewas dalam serangan tersebut.

Retno menegaskan Indonesia akan terus mendesak Dewan Keamanan PBB agar segera mengeluarkan resolusi gencatan senjata kemanusiaan.
"""),
        entities=["Joko Widodo|IDN", "Retno Marsudi|IDN", "TNI AU|IDN", "Israel|ISR", "Gaza|PSE", "Mesir|EGY",
                  "Bulan Sabit Merah Mesir|EGY"],
        events=["AID IDN>PSE", "ACCUSE IDN>ISR mode=disapprove", "ASSAULT ISR>PSE mode=aerial", "COOPERATE EGY>IDN",
                "REQUEST IDN>IGO mode=yield future"],
        speakers=["Joko Widodo", "Retno Marsudi"],
    ),
    Story(
        slug="aksi-bela-palestina-kedubes-as-jakarta",
        portal="detik", lang="id", code="mea/dhn",
        published="2023-10-20T15:42:00+07:00",
        url="https://news.detik.com/berita/d-6993587/massa-aksi-bela-palestina-geruduk-kedubes-as-di-jakarta",
        title="Massa Aksi Bela Palestina Geruduk Kedubes AS di Jakarta",
        authors=["Mulia Budi Santoso"], dateline="Jakarta",
        caption=("Massa aksi bela Palestina berkumpul di depan Kedutaan Besar Amerika Serikat, Jalan Medan Merdeka "
                 "Selatan", "Ari Saputra/detikcom"),
        related=["Polisi Tutup Jalan Medan Merdeka Selatan Selama Aksi Bela Palestina"],
        tags=["aksi bela palestina", "kedubes as", "gaza"],
        paras=P("""
Ribuan orang yang tergabung dalam Aliansi Rakyat Bela Palestina berunjuk rasa di depan Kedutaan Besar Amerika Serikat di Jalan Medan Merdeka Selatan, Jakarta Pusat, Jumat (20/10/2023). Mereka memprotes dukungan Amerika Serikat kepada Israel dalam perang di Gaza.

Massa mulai bergerak dari Masjid Istiqlal seusai salat Jumat sambil membawa bendera Palestina dan poster bertuliskan kecaman terhadap serangan Israel.

"Amerika Serikat harus berhenti mengirim senjata kepada Israel. Setiap bom yang jatuh di Gaza juga tanggung jawab Washington," kata koordinator aksi, Ahmad Fauzan, dalam orasinya.

Kapolres Metro Jakarta Pusat mengerahkan 1.800 personel gabungan dari Polri, TNI, dan Pemprov DKI untuk mengamankan aksi. Kawat berduri dipasang di depan pagar kedutaan.

Menurut polisi, aksi berlangsung damai meski sempat terjadi aksi saling dorong antara sebagian peserta dan petugas di dekat pagar kedutaan. Tidak ada peserta aksi yang ditangkap.

"Kami imbau massa tetap tertib. Silakan sampaikan aspirasi, tapi jangan merusak fasilitas umum," ujar Kapolres Metro Jakarta Pusat Susatyo Purnomo Condro di lokasi.

Perwakilan massa sempat meminta bertemu dengan Duta Besar AS Sung Y Kim untuk menyerahkan petisi. Namun, pihak kedutaan hanya menerima petisi tersebut melalui staf bagian politik.

Kedutaan Besar AS dalam keterangan tertulisnya menyatakan menghormati hak warga Indonesia untuk menyampaikan pendapat secara damai.
"""),
        entities=["Aliansi Rakyat Bela Palestina|IDN", "Amerika Serikat|USA", "Israel|ISR", "Ahmad Fauzan|IDN",
                  "Susatyo Purnomo Condro|IDN", "Sung Y Kim|USA"],
        events=["PROTEST IDN>USA mode=demo", "MOBILIZE IDN> mode=police", "REQUEST IDN>USA mode=meet",
                "COERCE IDN>IDN mode=arrest neg"],
        speakers=["Ahmad Fauzan", "Susatyo Purnomo Condro"],
    ),
    Story(
        slug="prabowo-xi-jinping-beijing-kerja-sama",
        portal="detik", lang="id", code="fca/gbr",
        published="2024-11-09T21:20:00+07:00",
        url="https://news.detik.com/internasional/d-7630025/prabowo-bertemu-xi-jinping-di-beijing-ini-yang-dibahas",
        title="Prabowo Bertemu Xi Jinping di Beijing, Ini yang Dibahas",
        authors=["Kanavino Ahmad Rizqo"], dateline="Jakarta",
        caption=("Presiden Prabowo Subianto disambut Presiden China Xi Jinping di Balai Agung Rakyat, Beijing",
                 "Dok. Biro Pers Sekretariat Presiden"),
        related=["Prabowo Tiba di Beijing, Kunjungan Luar Negeri Perdana sebagai Presiden",
                 "Usai dari China, Prabowo Lanjutkan Lawatan ke Amerika Serikat"],
        tags=["prabowo subianto", "xi jinping", "indonesia-china", "laut china selatan"],
        paras=P("""
Presiden Prabowo Subianto bertemu Presiden China Xi Jinping di Balai Agung Rakyat, Beijing, Sabtu (9/11/2024). Ini merupakan kunjungan luar negeri pertama Prabowo sejak dilantik sebagai presiden pada bulan lalu.

Dalam pertemuan itu kedua kepala negara menyepakati pernyataan bersama yang mencakup kerja sama ketahanan pangan, energi terbarukan, dan program makan bergizi gratis. China juga berkomitmen memperluas investasi di sektor hilirisasi nikel.

"Kami sepakat untuk terus memperdalam kemitraan strategis komprehensif. China adalah mitra dagang terbesar Indonesia," kata Prabowo dalam keterangan pers seusai pertemuan.

Xi Jinping menyambut baik kunjungan tersebut dan menyebut hubungan kedua negara berada pada tingkat terbaik dalam sejarah. Xi juga mengundang Indonesia untuk terlibat lebih jauh dalam kerja sama kawasan.

Pernyataan bersama itu turut memuat kesepakatan pengembangan bersama di wilayah dengan klaim tumpang tindih. Sejumlah pengamat hubungan internasional mempertanyakan klausul tersebut karena dinilai dapat ditafsirkan sebagai pengakuan atas klaim China di Laut China Selatan.

Menanggapi hal itu, Kementerian Luar Negeri RI menegaskan posisi Indonesia tidak berubah. "Indonesia tidak akan mengakui klaim sembilan garis putus karena tidak memiliki dasar hukum internasional," ujar juru bicara Kemlu, Rolliansyah Soemirat.

Kedua negara juga menandatangani sejumlah nota kesepahaman di bidang perikanan, pariwisata, dan kesehatan senilai lebih dari 10 miliar dolar AS.

Dari Beijing, Prabowo dijadwalkan melanjutkan lawatan ke Washington untuk bertemu Presiden Amerika Serikat Joe Biden.
"""),
        entities=["Prabowo Subianto|IDN", "Xi Jinping|CHN", "China|CHN", "Rolliansyah Soemirat|IDN",
                  "Joe Biden|USA"],
        events=["CONSULT IDN>CHN mode=visit", "AGREE IDN>CHN", "AGREE CHN>IDN", "REJECT IDN>CHN", "SUPPORT IDN>CHN",
                "AGREE IDN>USA"],
        speakers=["Prabowo Subianto", "Rolliansyah Soemirat"],
    ),
]

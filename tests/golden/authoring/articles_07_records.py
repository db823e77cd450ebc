"""Stories delivered as JSON Lines input records (url, source, published and language given). Written for warta."""

from model import Story


def P(text: str) -> list[str]:
    return [p.strip().replace("\n", " ") for p in text.strip().split("\n\n")]


STORIES = [
    Story(
        slug="kkp-tangkap-kapal-ikan-vietnam-di-laut-natuna-utara",
        portal="tribun", lang="id", editor="Hasanudin Aco",
        published="2023-08-16T11:25:00+07:00",
        url="https://www.tribunnews.com/nasional/2023/08/16/kkp-tangkap-dua-kapal-ikan-berbendera-vietnam-di-laut-natuna-utara",
        title="KKP Tangkap Dua Kapal Ikan Berbendera Vietnam di Laut Natuna Utara",
        authors=["Larasati Dyah Utami"], dateline="NATUNA",
        related=["Bakamla Usir Kapal Penjaga Pantai China dari Perairan Natuna"],
        paras=P("""
Kapal pengawas perikanan Kementerian Kelautan dan Perikanan (KKP) menangkap dua kapal ikan berbendera Vietnam yang diduga mencuri ikan di Laut Natuna Utara, Senin (14/8/2023). Sebanyak 23 anak buah kapal berkewarganegaraan Vietnam ikut diamankan.

Kedua kapal itu kedapatan menggunakan alat tangkap pukat harimau di zona ekonomi eksklusif Indonesia, sekitar 90 mil laut dari Pulau Natuna Besar.

"Kami tidak akan memberi toleransi kepada kapal asing yang mencuri ikan di perairan kita. Proses hukum akan berjalan," kata Direktur Jenderal Pengawasan Sumber Daya Kelautan dan Perikanan KKP Adin Nurawaluddin.

Menurut Adin, kapal pengawas sempat mengejar kedua kapal itu selama hampir dua jam karena awak kapal menolak berhenti saat diperintahkan.

Kedutaan Besar Vietnam di Jakarta meminta pemerintah Indonesia memberikan akses kekonsuleran kepada para nelayan yang ditahan dan memperlakukan mereka secara manusiawi.

Indonesia dan Vietnam sebenarnya telah menyepakati batas zona ekonomi eksklusif pada Desember tahun lalu setelah perundingan selama 12 tahun. Namun, perjanjian tersebut belum diratifikasi oleh kedua negara.

Kedua kapal beserta awaknya kini dibawa ke Pangkalan PSDKP Batam untuk menjalani proses hukum lebih lanjut.
"""),
        entities=["KKP|IDN", "Vietnam|VNM", "Adin Nurawaluddin|IDN", "Natuna|IDN", "Kedutaan Besar Vietnam|VNM"],
        events=["COERCE IDN>VNM mode=seize", "COERCE IDN>VNM mode=arrest", "THREATEN IDN>VNM mode=arrest",
                "REJECT VNM>IDN", "REQUEST VNM>IDN mode=assist", "SUPPORT IDN>VNM"],
        speakers=["Adin Nurawaluddin"],
    ),
    Story(
        slug="mahasiswa-demo-tolak-revisi-uu-pilkada-dpr-batalkan",
        portal="okezone_rec", lang="id", code="rhs",
        published="2024-08-23T06:10:00+07:00",
        url="https://nasional.okezone.com/read/2024/08/23/337/3050412/dpr-batalkan-pengesahan-revisi-uu-pilkada-usai-demo-besar",
        title="DPR Batalkan Pengesahan Revisi UU Pilkada Usai Demo Besar Mahasiswa",
        authors=["Achmad Al Fiqri"], dateline="JAKARTA",
        caption=("Mahasiswa berunjuk rasa di depan Gedung DPR, Senayan, Jakarta", "Okezone/Arif Julianto"),
        related=["Puan Maharani Tegaskan DPR Ikuti Putusan MK soal Pilkada"],
        paras=P("""
DPR membatalkan rencana pengesahan revisi Undang-Undang Pemilihan Kepala Daerah (Pilkada) setelah ribuan mahasiswa dan elemen masyarakat berunjuk rasa di depan Gedung DPR, Senayan, Jakarta, Kamis (22/8/2024). Rapat paripurna yang dijadwalkan pagi hari ditunda karena tidak memenuhi kuorum.

Wakil Ketua DPR Sufmi Dasco Ahmad menyatakan revisi UU Pilkada tidak akan disahkan dan pendaftaran calon kepala daerah akan mengikuti putusan Mahkamah Konstitusi.

"Dengan tidak jadinya disahkan revisi UU Pilkada, yang berlaku pada saat pendaftaran adalah hasil keputusan judicial review MK," kata Dasco kepada wartawan di Kompleks Parlemen.

Massa aksi menuding DPR berupaya menganulir putusan MK yang mengubah ambang batas pencalonan kepala daerah. Mereka membawa poster bergambar lambang Garuda berlatar biru bertuliskan "Peringatan Darurat".

Aksi sempat memanas ketika sebagian massa merobohkan pagar di sisi belakang gedung DPR. Polisi kemudian menembakkan gas air mata untuk membubarkan massa menjelang malam.

Polda Metro Jaya menyebut sedikitnya 300 orang diamankan dalam aksi tersebut. Sejumlah lembaga bantuan hukum meminta polisi segera membebaskan mahasiswa yang ditangkap.

Aksi serupa juga digelar di Bandung, Yogyakarta, Semarang, Makassar, dan sejumlah kota lain. Mahasiswa mengancam akan kembali turun ke jalan apabila DPR mencoba membahas ulang revisi tersebut.
"""),
        entities=["DPR|IDN", "Sufmi Dasco Ahmad|IDN", "Mahkamah Konstitusi|IDN", "Polda Metro Jaya|IDN"],
        events=["PROTEST IDN>IDN mode=demo", "CONCEDE IDN>IDN", "ASSAULT IDN>IDN mode=crowd-control",
                "COERCE IDN>IDN mode=arrest", "REQUEST IDN>IDN mode=yield", "THREATEN IDN>IDN"],
        speakers=["Sufmi Dasco Ahmad"],
    ),
    Story(
        slug="asean-summit-vientiane-myanmar-south-china-sea",
        portal="straitstimes_txt", lang="en",
        published="2024-10-10T20:40:00+08:00",
        url="https://www.straitstimes.com/asia/se-asia/asean-leaders-urge-myanmar-junta-to-end-violence-at-vientiane-summit",
        title="ASEAN leaders urge Myanmar junta to end violence at Vientiane summit",
        authors=["Nirmal Ghosh"], dateline="VIENTIANE",
        caption=("ASEAN leaders pose for a group photo at the opening of the summit in Vientiane on Oct 9.",
                 "AFP"),
        related=["Marcos says China's actions in South China Sea remain a threat"],
        tags=["ASEAN", "Myanmar", "South China Sea"],
        paras=P("""
South-east Asian leaders on Oct 10 called on Myanmar's military government to immediately stop attacks on civilians and to allow humanitarian aid to reach people displaced by the civil war, as they wrapped up their annual summit in the Laotian capital.

In a statement, the leaders of the Association of South-east Asian Nations said they "strongly condemned" acts of violence against civilians and public facilities and urged all parties to take concrete action to halt the fighting.

Myanmar sent a senior foreign ministry official, Aung Kyaw Moe, to the summit, the first time in three years that the junta was represented at such a meeting. Its generals remain barred from the bloc's top-level gatherings.

"We cannot let the situation in Myanmar define ASEAN. But we also cannot look away," Malaysian Prime Minister Anwar Ibrahim told reporters. Malaysia takes over the ASEAN chairmanship in 2025.

Tensions over the South China Sea also surfaced. Philippine President Ferdinand Marcos Jr accused China of harassment and intimidation, saying Chinese vessels had rammed and fired water cannon at Philippine ships.

Chinese Premier Li Qiang, who attended a meeting with ASEAN leaders on Oct 10, said countries outside the region should not interfere in the disputes, in a veiled reference to the United States.

ASEAN and China agreed to speed up negotiations on a code of conduct for the South China Sea, although diplomats said there was little sign of a breakthrough.
"""),
        entities=["ASEAN|IGO", "Myanmar|MMR", "Aung Kyaw Moe|MMR", "Anwar Ibrahim|MYS", "Ferdinand Marcos Jr|PHL",
                  "Li Qiang|CHN", "China|CHN", "Philippines|PHL"],
        events=["REQUEST IGO>MMR mode=yield", "ACCUSE IGO>MMR mode=disapprove", "CONSULT MMR>IGO mode=multilateral",
                "SANCTION IGO>MMR mode=expel", "ACCUSE PHL>CHN mode=allege", "ASSAULT CHN>PHL mode=crowd-control",
                "REQUEST CHN>USA mode=change", "AGREE IGO>CHN"],
        speakers=["Anwar Ibrahim"],
    ),
    Story(
        slug="north-korea-blows-up-inter-korean-roads-drone-accusation",
        portal="cna", lang="en", code="fh",
        published="2024-10-15T14:05:00+08:00",
        url="https://www.channelnewsasia.com/asia/north-korea-blows-up-roads-rail-links-south-korea-border-4678211",
        title="North Korea blows up roads linking it to South Korea after drone accusations",
        authors=["Kim Soo-jin"], dateline="SEOUL",
        caption=("A view of the explosion of inter-Korean roads on the northern side of the border", "South Korean Defence Ministry/Handout via Reuters"),
        related=["North Korea says it found drone debris in Pyongyang"],
        paras=P("""
North Korea blew up sections of road and rail links connecting it to South Korea on Tuesday (Oct 15), South Korea's military said, days after Pyongyang accused Seoul of flying drones over its capital.

South Korea's Joint Chiefs of Staff said the explosions destroyed parts of the Gyeongui and Donghae roads just north of the military demarcation line. South Korean troops fired warning shots across the border in response but no damage was reported on the southern side.

"North Korea's action is a serious violation of the armistice agreement and we will respond strongly to any further provocation," the Joint Chiefs said in a statement.

Last week, North Korea's foreign ministry accused South Korea of sending drones that dropped anti-North Korean leaflets over Pyongyang and warned that it would retaliate if it happened again. Kim Yo Jong, the powerful sister of leader Kim Jong Un, said Seoul would "pay a dear price".

South Korea's defence ministry initially denied sending any drones, and later said it could not confirm the claim.

North Korea has also declared that it will permanently cut off its southern border and fortify the frontier, calling South Korea a "hostile state".

China's foreign ministry urged both sides to exercise restraint and avoid further escalation on the peninsula.
"""),
        entities=["North Korea|PRK", "South Korea|KOR", "Kim Yo Jong|PRK", "Kim Jong Un|PRK", "Pyongyang|PRK",
                  "China|CHN"],
        events=["SANCTION PRK>KOR mode=discontinue", "THREATEN KOR>PRK", "ACCUSE PRK>KOR mode=allege",
                "THREATEN PRK>KOR", "REJECT KOR>PRK", "REQUEST CHN>KOR mode=yield"],
        speakers=["Kim Yo Jong"],
    ),
]

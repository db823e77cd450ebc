"""A December 2024 story, so the timeline reaches the end of 2024. Written for warta; not a real article."""

from model import Story


def P(text: str) -> list[str]:
    return [p.strip().replace("\n", " ") for p in text.strip().split("\n\n")]


STORIES = [
    Story(
        slug="ri-evakuasi-wni-dari-suriah-usai-assad-jatuh",
        portal="kompas", lang="id", section="Global",
        published="2024-12-10T09:45:00+07:00",
        url="https://www.kompas.com/global/read/2024/12/10/094500170/ri-evakuasi-wni-dari-suriah-usai-rezim-assad-tumbang",
        title="RI Evakuasi WNI dari Suriah Usai Rezim Assad Tumbang",
        authors=["Aditya Nugraha Putra"], editor="Bayu Hendrawan", dateline="JAKARTA",
        caption=("Warga Suriah merayakan jatuhnya pemerintahan Bashar al-Assad di Lapangan Umayyah, Damaskus, Senin "
                 "(9/12/2024).", "AFP/OMAR HAJ KADOUR"),
        related=["Assad Dikabarkan Tiba di Moskow, Rusia Berikan Suaka"],
        tags=["suriah", "bashar al-assad", "evakuasi wni", "israel"],
        paras=P("""
Pemerintah Indonesia mulai mengevakuasi warga negara Indonesia (WNI) dari Suriah menyusul jatuhnya pemerintahan Presiden Bashar al-Assad, Minggu (8/12/2024). Rombongan pertama berisi 37 WNI diberangkatkan lewat jalur darat dari Damaskus menuju Beirut, Lebanon, pada Selasa (10/12/2024) pagi.

Kelompok pemberontak yang dipimpin Hayat Tahrir al-Sham (HTS) merebut Damaskus setelah serangan kilat yang dimulai dari Idlib kurang dari dua pekan sebelumnya. Assad dilaporkan melarikan diri ke Moskow, tempat pemerintah Rusia memberinya suaka atas dasar kemanusiaan.

"Keselamatan WNI adalah prioritas. KBRI Damaskus tetap dibuka dan terus memantau situasi," kata Direktur Pelindungan WNI Kementerian Luar Negeri Judha Nugraha di Jakarta, kemarin.

Menurut Judha, terdapat sekitar 1.100 WNI di Suriah, sebagian besar pekerja migran dan mahasiswa. Pemerintah Lebanon telah memberikan izin melintas bagi rombongan WNI tersebut.

Sementara itu, Israel melancarkan ratusan serangan udara terhadap fasilitas militer Suriah dalam dua hari terakhir dan mengirim pasukan ke zona penyangga di Dataran Tinggi Golan.

Kementerian Luar Negeri RI meminta semua pihak menghormati kedaulatan dan integritas wilayah Suriah. "Indonesia mengecam pendudukan Israel atas wilayah zona penyangga di Golan," tulis Kemlu dalam pernyataan resminya.

Pemimpin HTS Ahmed al-Sharaa menyatakan kelompoknya tidak akan menyerang warga sipil maupun kantor perwakilan asing di Damaskus.

Indonesia belum memutuskan apakah akan menjalin komunikasi resmi dengan pemerintahan transisi Suriah.
"""),
        entities=["Bashar al-Assad|SYR", "Hayat Tahrir al-Sham|SYR", "Rusia|RUS", "Judha Nugraha|IDN",
                  "Lebanon|LBN", "Israel|ISR", "Ahmed al-Sharaa|SYR", "Damaskus|SYR", "Golan|SYR"],
        events=["ASSAULT SYR>SYR", "AID RUS>SYR", "COOPERATE LBN>IDN", "ASSAULT ISR>SYR mode=aerial",
                "MOBILIZE ISR>SYR mode=troops", "REQUEST IDN>ISR mode=change", "ACCUSE IDN>ISR mode=disapprove",
                "CONCEDE SYR>"],
        speakers=["Judha Nugraha", "Kemlu RI"],
    ),
]

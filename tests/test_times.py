from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import warta
from warta import registry
from warta.analyze.sentences import split
from warta.analyze.times import anchor_date, extract
from warta.model import Article, Doc

SEED_PUBLISHED = "2023-07-01T09:46:00+07:00"  # a Saturday


def found(text: str, published: str | None = SEED_PUBLISHED, language: str = "id") -> list[tuple[str, str, str | None]]:
    return [(t.text, t.type, t.value) for t in extract(text, published, language, split(text, language))]


def seed_doc(seed_page: str) -> Doc:
    """The seed article's body as extraction should leave it: paragraphs from the dateline to the editor's tail."""
    body = seed_page[seed_page.index("Moskow:") : seed_page.index("Cek Berita")]
    paragraphs = [line.strip() for line in body.splitlines() if line.strip() and not line.startswith("Baca juga")]
    return Doc(Article(id="seed", text="\n\n".join(paragraphs), language="id", published=SEED_PUBLISHED))


def test_seed_page(seed_page):
    doc = seed_doc(seed_page)
    doc = registry.get("sentences").build({})(doc)
    doc = registry.get("times").build({})(doc)
    values = {t.text.replace("\xa0", " "): t.value for t in doc.times}
    assert values["Jumat, 30 Juni 2023"] == "2023-06-30"
    assert values["4 Juli mendatang"] == "2023-07-04"
    assert values["Februari tahun lalu"] == "2022-02"
    assert values["pekan lalu"] == "2023-W25"
    assert values["Sabtu pekan kemarin"] == "2023-06-24"
    assert values["dua dekade"] == "P20Y"
    assert [v for k, v in values.items() if "24 Juni" in k] == ["2023-06-24"]
    for t in doc.times:
        assert doc.text[t.start : t.end] == t.text


def test_seed_page_through_the_pipeline(seed_page):
    from warta.pipeline import Pipeline

    pipe = Pipeline(["extract", "language", "sentences", "times"])
    doc = warta.process(seed_page, published=SEED_PUBLISHED, source="medcom.id", pipeline=pipe)
    assert doc.article.language == "id"
    values = {t.text.replace("\xa0", " "): t.value for t in doc.times}
    assert values["Jumat, 30 Juni 2023"] == "2023-06-30"
    assert values["Februari tahun lalu"] == "2022-02"
    assert values["Sabtu pekan kemarin"] == "2023-06-24"
    assert [v for k, v in values.items() if "24 Juni" in k] == ["2023-06-24"]
    assert [v for k, v in values.items() if "4 Juli" in k] == ["2023-07-04"]


ID_CASES = [
    # absolute dates
    ("Rapat digelar pada Jumat, 30 Juni 2023.", [("Jumat, 30 Juni 2023", "DATE", "2023-06-30")]),
    ("Ia tiba di Jakarta, Jumat (30/6).", [("Jumat (30/6)", "DATE", "2023-06-30")]),
    ("Laporan itu terbit 30/6/2023 di situs resmi.", [("30/6/2023", "DATE", "2023-06-30")]),
    ("Pemilu digelar pada 2024 dan sejak tahun 2019 ia menjabat.", [("2024", "DATE", "2024"), ("tahun 2019", "DATE", "2019")]),
    ("Sebanyak 2000 orang hadir.", []),
    ("Harga naik 2.023 rupiah dan skor 24/7 tetap.", []),
    ("Rapat pada 17 Agustus 1945 bersejarah.", [("17 Agustus 1945", "DATE", "1945-08-17")]),
    ("Pada 1 Januari lalu ia pergi.", [("1 Januari lalu", "DATE", "2023-01-01")]),
    ("Sejak Maret 2020 ia bekerja.", [("Maret 2020", "DATE", "2020-03")]),
    ("Harga naik sejak Februari.", [("Februari", "DATE", "2023-02")]),
    ("Ia bertemu Juni, rekannya.", []),
    # clock times and zones
    ("Ledakan terjadi pukul 14.00 WIB.", [("pukul 14.00 WIB", "TIME", "2023-07-01T14:00+07:00")]),
    ("Pesawat mendarat pukul 06.12 WITA.", [("pukul 06.12 WITA", "TIME", "2023-07-01T06:12+08:00")]),
    ("Jumat, 30 Juni 2023 pukul 14.00 WIB, rapat dimulai.", [("Jumat, 30 Juni 2023 pukul 14.00 WIB", "TIME", "2023-06-30T14:00+07:00")]),
    ("Acara dimulai pukul 7 malam.", [("pukul 7 malam", "TIME", "2023-07-01T19:00")]),
    ("Skor akhir 10.00 poin.", []),
    # relative to publication
    ("Ia tiba kemarin.", [("kemarin", "DATE", "2023-06-30")]),
    ("Hari ini ia pergi dan besok kembali.", [("Hari ini", "DATE", "2023-07-01"), ("besok", "DATE", "2023-07-02")]),
    ("Hal itu terjadi pekan lalu.", [("pekan lalu", "DATE", "2023-W25")]),
    ("Hal itu terjadi minggu lalu.", [("minggu lalu", "DATE", "2023-W25")]),
    ("Hasilnya diumumkan bulan depan.", [("bulan depan", "DATE", "2023-08")]),
    ("Inflasi tahun lalu tinggi, tahun ini rendah.", [("tahun lalu", "DATE", "2022"), ("tahun ini", "DATE", "2023")]),
    ("Ia pergi dua hari yang lalu.", [("dua hari yang lalu", "DATE", "2023-06-29")]),
    ("Ia pergi tiga tahun lalu.", [("tiga tahun lalu", "DATE", "2020")]),
    ("Peristiwa itu terjadi Sabtu pekan kemarin.", [("Sabtu pekan kemarin", "DATE", "2023-06-24")]),
    ("KTT digelar pada 4 Juli mendatang.", [("4 Juli mendatang", "DATE", "2023-07-04")]),
    ("Perang dimulai Februari tahun lalu.", [("Februari tahun lalu", "DATE", "2022-02")]),
    ("Pada tanggal 24 Juni, ia pergi.", [("tanggal 24 Juni", "DATE", "2023-06-24")]),
    ("Rapat Jumat lalu berlangsung lama.", [("Jumat lalu", "DATE", "2023-06-30")]),
    ("Rapat digelar Senin depan.", [("Senin depan", "DATE", "2023-07-03")]),
    # bare weekdays: past-tense news looks back, a future cue looks ahead
    ("Ia berbicara pada Senin.", [("Senin", "DATE", "2023-06-26")]),
    ("Ia berbicara Sabtu.", [("Sabtu", "DATE", "2023-07-01")]),
    ("Presiden akan berkunjung pada Senin.", [("Senin", "DATE", "2023-07-03")]),
    # durations and sets
    ("Ia ditahan selama tiga hari.", [("tiga hari", "DURATION", "P3D")]),
    ("Ia ditahan dua pekan.", [("dua pekan", "DURATION", "P2W")]),
    ("Perjalanan memakan waktu 48 jam.", [("48 jam", "DURATION", "PT48H")]),
    ("Ia tinggal setahun di sana.", [("setahun", "DURATION", "P1Y")]),
    ("Ia bekerja dua puluh lima tahun.", [("dua puluh lima tahun", "DURATION", "P25Y")]),
    ("Hujan turun tiga hari ke depan.", [("tiga hari ke depan", "DURATION", "P3D")]),
    ("Ia sempat menunggu beberapa hari.", [("beberapa hari", "DURATION", None)]),
    ("Festival digelar setiap tahun.", [("setiap tahun", "SET", "P1Y")]),
    ("Kebutuhan sehari-hari naik.", []),
    ("Ia memanggil Juni sore itu.", [("sore itu", "TIME", "2023-07-01")]),
    ("Hujan turun kemarin sore dan Selasa malam.", [("kemarin sore", "TIME", "2023-06-30"), ("Selasa malam", "TIME", "2023-06-27")]),
    ("Pameran digelar 1-3 Juli 2023 dan berlangsung 2-3 jam.", [("3 Juli 2023", "DATE", "2023-07-03"), ("3 jam", "DURATION", "PT3H")]),
    # the date in focus
    ("Pesawat hilang Minggu (28/12/2014). Pada hari itu cuaca buruk.", [("Minggu (28/12/2014)", "DATE", "2014-12-28"), ("hari itu", "DATE", "2014-12-28")]),
    ("Rapat digelar 11 Februari 2014. Sebulan kemudian ia mundur.", [("11 Februari 2014", "DATE", "2014-02-11"), ("Sebulan kemudian", "DATE", "2014-03-11")]),
    ("Ia tiba 5 Mei 2023. Pesawat mendarat pukul 10.15.", [("5 Mei 2023", "DATE", "2023-05-05"), ("pukul 10.15", "TIME", "2023-05-05T10:15")]),
    # naming the publication day (when it was said) keeps the day the story is about in focus
    ("Pesawat hilang Jumat (30/6). Hal itu dikatakan Sabtu (1/7). Kontak hilang pukul 06.12.", [("Jumat (30/6)", "DATE", "2023-06-30"), ("Sabtu (1/7)", "DATE", "2023-07-01"), ("pukul 06.12", "TIME", "2023-06-30T06:12")]),
    # vague references have no value
    ("Saat ini situasi tenang.", [("Saat ini", "DATE", None)]),
]


@pytest.mark.parametrize("text, expected", ID_CASES)
def test_indonesian(text, expected):
    assert found(text) == expected


EN_CASES = [
    ("The summit was held on Friday, June 30, 2023.", [("Friday, June 30, 2023", "DATE", "2023-06-30")]),
    ("It opened on 30 June 2023 in Delhi.", [("30 June 2023", "DATE", "2023-06-30")]),
    ("Talks resume on June 30.", [("June 30", "DATE", "2023-06-30")]),
    ("He spoke yesterday.", [("yesterday", "DATE", "2023-06-30")]),
    ("The vote is next month.", [("next month", "DATE", "2023-08")]),
    ("They met last Tuesday.", [("last Tuesday", "DATE", "2023-06-27")]),
    ("They met on Tuesday.", [("Tuesday", "DATE", "2023-06-27")]),
    ("The minister will travel on Tuesday.", [("Tuesday", "DATE", "2023-07-04")]),
    ("It happened three days ago.", [("three days ago", "DATE", "2023-06-28")]),
    ("The blast came at 2 p.m.", [("2 p.m.", "TIME", "2023-07-01T14:00")]),
    ("Polls close at 22:00 GMT.", [("22:00 GMT", "TIME", "2023-07-01T22:00+00:00")]),
    ("Prime Minister Theresa May spoke.", []),
    ("The talks lasted for three hours.", [("for three hours", "DURATION", "PT3H")]),
    ("Sales fell in May 2019 and again in 2020.", [("May 2019", "DATE", "2019-05"), ("2020", "DATE", "2020")]),
    ("Rebels seized the city on 24 June. That day the Kremlin was silent.", [("24 June", "DATE", "2023-06-24"), ("That day", "DATE", "2023-06-24")]),
    ("Prices peaked in mid-June and again in mid-2022.", [("mid-June", "DATE", "2023-06"), ("mid-2022", "DATE", "2022")]),
    ("Talks on 12/25/2022 failed; the deal of Jan. 5 held.", [("12/25/2022", "DATE", "2022-12-25"), ("Jan. 5", "DATE", "2023-01-05")]),
    ("A week later he quit. Sales rose earlier this month.", [("A week later", "DATE", "2023-07-08"), ("this month", "DATE", "2023-07")]),
    ("They met on Sunday morning and will meet again tomorrow night.", [("Sunday morning", "TIME", "2023-06-25"), ("tomorrow night", "TIME", "2023-07-02")]),
    ("He was born June 5th, 1970, and retired in the 1990s.", [("June 5th, 1970", "DATE", "1970-06-05"), ("1990s", "DATE", None)]),
    ("Elections are held every four years.", [("every four years", "SET", "P4Y")]),
]


@pytest.mark.parametrize("text, expected", EN_CASES)
def test_english(text, expected):
    assert found(text, language="en") == expected


def test_without_publication_date_only_absolute_values_resolve():
    assert found("Rapat 30 Juni 2023 dan kemarin, lalu Senin, pekan lalu.", published=None) == [
        ("30 Juni 2023", "DATE", "2023-06-30"),
        ("kemarin", "DATE", None),
        ("Senin, pekan lalu", "DATE", None),  # Monday of last week
    ]


def test_anchor_date_reads_iso_forms():
    assert str(anchor_date("2023-07-01T09:46:00+07:00")) == "2023-07-01"
    assert str(anchor_date("2023-07-01")) == "2023-07-01"
    assert str(anchor_date("2023-07-01T23:30:00Z")) == "2023-07-01"
    assert str(anchor_date("2014-12-5")) == "2014-12-05"
    assert anchor_date("yesterday") is None and anchor_date(None) is None and anchor_date("2014-02-30") is None


def test_stage_without_focus_tracking_uses_publication_date():
    doc = Doc(Article(id="x", text="Pesawat hilang 28 Desember 2014. Hari itu hujan.", language="id", published="2014-12-30"))
    doc = registry.get("sentences").build({})(doc)
    on = registry.get("times").build({})(doc).times
    assert [t.value for t in on] == ["2014-12-28", "2014-12-28"]
    off = registry.get("times").build({"track_focus": False})(doc).times
    assert [t.value for t in off] == ["2014-12-28", "2014-12-30"]


_ISO = re.compile(
    r"\d{4}(?:-\d{2}(?:-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:\d{2})?)?)?)?"  # date, partial date, datetime
    r"|\d{4}-W\d{2}"  # ISO week
    r"|P(?:\d+(?:\.\d+)?[YMWD])+|PT(?:\d+(?:\.\d+)?[HMS])+"  # duration
)


def _valid(value: str | None) -> bool:
    if value is None:
        return True
    if not _ISO.fullmatch(value):
        return False
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}.*", value):
        from datetime import date

        date.fromisoformat(value[:10])  # raises on 2023-02-31
    if re.fullmatch(r"\d{4}-\d{2}", value):
        return 1 <= int(value[5:]) <= 12
    if "-W" in value:
        return 1 <= int(value[6:]) <= 53
    return True


words = st.sampled_from(
    "Senin Jumat Minggu minggu pekan lalu kemarin besok hari ini itu tahun bulan depan mendatang tanggal pukul WIB "
    "Juni Februari 30 24 4 2023 1999 (30/6) 31/2/2023 14.00 06.12 dua tiga se setiap beberapa yang ke kemudian "
    "June May last next Tuesday ago at p.m. GMT for three days yesterday that day , . ( ) 0 99 2.000".split()
)


@settings(max_examples=150, deadline=None)
@given(st.lists(words, max_size=25), st.sampled_from(["id", "en"]),
       st.sampled_from([SEED_PUBLISHED, "2014-12-29", None, "2000-02-29", "9999-12-31"]))
def test_values_are_iso_and_spans_exact(tokens, language, published):
    text = " ".join(tokens)
    times = extract(text, published, language, split(text, language))
    last = -1
    for t in times:
        assert text[t.start : t.end] == t.text
        assert t.start >= last
        last = t.end
        assert t.type in ("DATE", "TIME", "DURATION", "SET")
        assert _valid(t.value), t


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=300), st.sampled_from(["id", "en", None]))
def test_never_raises_on_any_text(text, language):
    for t in extract(text, SEED_PUBLISHED, language):
        assert text[t.start : t.end] == t.text
        assert _valid(t.value)

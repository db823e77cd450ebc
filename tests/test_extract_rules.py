"""The line rules of the extract stage on the strings news pages print: datelines, bylines, dates and zones,
boilerplate and tail markers, caption credits."""

from __future__ import annotations

import pytest

from warta.extract.boilerplate import credit_of, is_drop, is_tail, strip_editor_code
from warta.extract.byline import authors_from_meta, parse_byline
from warta.extract.dateline import split_lead
from warta.extract.dates import find_date, normalize, tld_zone


@pytest.mark.parametrize(
    ("paragraph", "dateline", "rest"),
    [
        ("JAKARTA, KOMPAS.com - Pemerintah mempercepat pembangunan tanggul.", "JAKARTA", "Pemerintah mempercepat"),
        ("Jakarta (ANTARA) - Badan Meteorologi memperingatkan potensi cuaca.", "Jakarta", "Badan Meteorologi"),
        ("Moskow: Presiden Rusia Vladimir Putin dan Perdana Menteri India bertelepon.", "Moskow", "Presiden Rusia"),
        ("WASHINGTON (Reuters) - U.S. lawmakers on Thursday agreed on a bill.", "WASHINGTON", "U.S. lawmakers"),
        ("NEW YORK, July 5 (Reuters) - Stocks rose on Wednesday after the data.", "NEW YORK", "Stocks rose"),
        ("Liputan6.com, Jakarta - Presiden Joko Widodo meresmikan jalan tol baru.", "Jakarta", "Presiden Joko"),
        ("TEMPO.CO, Jakarta - Korea Utara meluncurkan rudal balistik antarbenua.", "Jakarta", "Korea Utara"),
        ("Jakarta, CNN Indonesia -- Para menteri luar negeri Uni Eropa sepakat.", "Jakarta", "Para menteri"),
        ("BANGKOK (AP) — Myanmar's military government acknowledged an airstrike.", "BANGKOK", "Myanmar's military"),
        ("KOMPAS.com - Harga beras kembali naik di sejumlah pasar tradisional.", None, "Harga beras"),
    ],
)
def test_datelines(paragraph, dateline, rest):
    lead = split_lead(paragraph)
    assert lead.dateline == dateline
    assert lead.rest.startswith(rest)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Presiden Joko Widodo mengatakan pemerintah akan menambah anggaran.",
        "Elon Musk - who bought the company last year - said on Monday it would cut jobs.",
        "Update: The ministry later corrected the figure to 1.2 million.",
        "Baca juga: Banjir Rendam Ratusan Rumah di Pekalongan",
    ],
)
def test_no_dateline(paragraph):
    assert split_lead(paragraph).dateline is None


@pytest.mark.parametrize(
    ("line", "authors", "iso"),
    [
        ("Willy Haryono • 01 Juli 2023 09:46", ["Willy Haryono"], "2023-07-01T09:46:00+07:00"),
        ("Penulis: Rina Ayu Lestari | Editor: Bagus Santoso", ["Rina Ayu Lestari"], None),
        ("Reporter: Dewi Kartika Sari | Editor: Budi Hartono", ["Dewi Kartika Sari"], None),
        ("Penulis Daspriani Y Zamzami | Editor Reni Susanti", ["Daspriani Y Zamzami"], None),
        ("By Jane Doe and Richard Roe", ["Jane Doe", "Richard Roe"], None),
        ("Susi Susanti, Jurnalis · Kamis 04 Mei 2023 07:15 WIB", ["Susi Susanti"], "2023-05-04T07:15:00+07:00"),
        ("Kompas.com - 12/03/2024, 19:30 WIB", [], "2024-03-12T19:30:00+07:00"),
        ("Kamis, 14 Mar 2024 10:15 WITA", [], "2024-03-14T10:15:00+08:00"),
        ("March 14, 2024 11:42 AM EDT", [], "2024-03-14T11:42:00-04:00"),
    ],
)
def test_bylines(line, authors, iso):
    byline = parse_byline(line)
    assert byline is not None
    assert byline.authors == authors
    assert (byline.date.iso if byline.date else None) == iso


@pytest.mark.parametrize(
    "line",
    [
        "Presiden Rusia Vladimir Putin dan Perdana Menteri India Narendra Modi mengadakan pembicaraan pada Jumat, "
        "30 Juni 2023.",
        "In response to being kicked out, Harry is said to have responded with eight words: \"Don't you want to see\"",
        "Frankfurt, 23. Oktober 2024",
        "Petugas mengevakuasi warga di Medan, Sumatera Utara, Jumat (5/1/2024). (ANTARA FOTO/Fransisco Carolio)",
    ],
)
def test_not_bylines(line):
    byline = parse_byline(line)
    assert byline is None or not byline.authors


def test_outlets_and_cms_accounts_are_not_authors():
    assert authors_from_meta(["detikNews"], outlets=("detiknews",)) == []
    assert authors_from_meta(["kompas.com"]) == []
    assert authors_from_meta(["Redaksi"]) == []
    assert authors_from_meta(["hessenschau.de, Frankfurt, Germany"]) == []
    assert authors_from_meta(["By Jane Doe"]) == ["Jane Doe"]
    assert authors_from_meta(["Reuters"]) == ["Reuters"]  # a wire agency is not the page's outlet


def test_zones():
    assert find_date("Rabu, 5 Juli 2023 | 14.30 WIT").iso == "2023-07-05T14:30:00+09:00"
    assert find_date("01 Juli 2023 09:46").iso.endswith("+07:00")  # an Indonesian month: an Indonesian outlet
    assert find_date("01 April 2023 09:46").iso == "2023-04-01T09:46:00"  # shared spelling: zone unknown
    assert tld_zone("https://www.medcom.id/x") == "+07:00"
    assert tld_zone("https://www.reuters.com/x") is None
    assert normalize("2023-07-01 09:46", default_zone="+07:00") == "2023-07-01T09:46:00+07:00"
    assert normalize("2024-03-14T15:42:00Z") == "2024-03-14T15:42:00+00:00"
    assert find_date("Sebanyak 10.000 orang hadir pada 1 Juli 2023 10.000 kali").iso == "2023-07-01"


@pytest.mark.parametrize(
    "line",
    ["Baca juga: PM Modi Sebut Hubungan India dengan Rusia Istimewa", "Baca Juga", "ADVERTISEMENT",
     "SCROLL TO CONTINUE WITH CONTENT", "Simak juga Video 'Detik-detik Api Melalap Gudang':", "(WIL)", "(rzy/ant)",
     "Advertisement", "Sign up here.", "Halaman 2 dari 3", "[Gambas:Video CNN]", "Share :",
     "Associated Press writer Andi Jatmiko in Jakarta contributed to this report."],
)  # fmt: skip
def test_drop_lines(line):
    assert is_drop(line)


@pytest.mark.parametrize(
    "line",
    ["TERKAIT", "BERITA LAINNYA", "Berita Terkait", "Tags:", "FOLLOW US", "Copyright 2008 - 2024 PT. Kompas",
     "Ikuti media sosial medcom.id dan dapatkan berbagai keuntungan", "© 2024 Reuters. All rights reserved",
     "Artikel ini telah tayang di Kompas.com dengan judul", "Related", "Reporting by Jane Doe; Editing by Sam Smith"],
)  # fmt: skip
def test_tail_lines(line):
    assert is_tail(line)


@pytest.mark.parametrize(
    "line",
    ["Presiden Joko Widodo mengatakan pemerintah akan menambah anggaran.", "Related to this, the minister said more.",
     "Tagihan listrik naik", "Copyrighted works were at the heart of the case, the judge said."],
)  # fmt: skip
def test_story_lines_stay(line):
    assert not is_drop(line) and not is_tail(line)


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Putin berjabat tangan dengan Modi. (Alexandr Demyanchuk / SPUTNIK / AFP)", "Alexandr Demyanchuk / SPUTNIK / AFP"),
        ("Warga melintasi genangan air, Rabu (13/3/2024). ANTARA FOTO/Aprillio Akbar/rwa.", "ANTARA FOTO/Aprillio Akbar/rwa"),
        ("Prabowo disambut Xi Jinping (Foto: Dok. Biro Pers Sekretariat Presiden)", "Dok. Biro Pers Sekretariat Presiden"),
        ("A fighter jet takes off from a carrier [US Central Command via AP]", "US Central Command via AP"),
        ("ASEAN leaders pose for a group photo in Vientiane on Oct 9. PHOTO: AFP", "AFP"),
    ],
)  # fmt: skip
def test_credits(line, credit):
    split = credit_of(line)
    assert split is not None and split[1] == credit
    assert credit not in split[0]


def test_no_credit_in_story_parentheses():
    assert credit_of("Kata juru bicara Kementerian Luar Negeri, Jumat (30/6).") is None
    assert credit_of("Organisasi Kerja Sama Shanghai (SCO)") is None


def test_editor_code_closing_the_story():
    assert strip_editor_code("dimediasi Presiden Belarusia Alexander Lukashenko. (WIL)").endswith("Lukashenko.")
    assert strip_editor_code("Kerugian ditaksir mencapai miliaran rupiah. (rzy/ant)").endswith("rupiah.")
    assert strip_editor_code("kata pejabat dari Amerika Serikat (AS)") == "kata pejabat dari Amerika Serikat (AS)"


def test_indonesian_page_without_zone_is_wib():
    from warta.extract import extract_page
    from warta.model import Page

    html = (
        "<html lang='id'><head><meta property='article:published_time' content='2024-02-14 08:30:00'>"
        "<title>Pemilu Berjalan Lancar di Seluruh Provinsi</title></head><body><article>"
        "<h1>Pemilu Berjalan Lancar di Seluruh Provinsi</h1>"
        + "<p>Komisi Pemilihan Umum menyatakan pemungutan suara berjalan lancar di seluruh provinsi hari ini.</p>" * 4
        + "</article></body></html>"
    )
    a = extract_page(Page(html, "html", url="https://www.example.com/pemilu"))
    assert a.language == "id"
    assert a.published == "2024-02-14T08:30:00+07:00"
    b = extract_page(Page(html.replace("lang='id'", "lang='en'"), "html", url="https://www.example.com/pemilu"))
    assert b.published == "2024-02-14T08:30:00"  # English outlets keep no single zone


def test_a_related_link_whose_title_was_lost_keeps_the_story_text_after_it():
    from warta.extract.body import clean

    paras = [
        "Jakarta - Menteri Luar Negeri bertemu duta besar Malaysia pada Senin untuk membahas kabut asap.",
        "Baca juga:,,Baca juga:,,Pemerintah membantah tudingan bahwa asap berasal dari Sumatera.",
        "Baca juga:,,",
        "Baca juga: Jokowi Tinjau Kebakaran Hutan di Riau",
        "Pertemuan itu berlangsung selama dua jam di Jakarta.",
    ]
    body = clean(paras).paragraphs
    assert "Pemerintah membantah tudingan bahwa asap berasal dari Sumatera." in body
    assert not any("Baca juga" in p or "Jokowi Tinjau" in p for p in body)


def test_without_label_prefixes_no_line_is_an_emptied_link():
    from dataclasses import replace

    from warta.extract.boilerplate import after_empty_link, markers

    bare = replace(markers(), drop_prefixes=("iklan",))  # no "label:" prefix at all
    assert after_empty_link(", dan Iran membantah tudingan itu.", bare) is None
    assert after_empty_link("Baca juga:,,Iran membantah.") == "Iran membantah."

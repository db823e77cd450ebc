"""The seed page (plain-text mode): every field the design asks of it."""

from __future__ import annotations

import pytest

from warta.model import Page
from warta.pipeline import Pipeline


@pytest.fixture(scope="module")
def seed_article(seed_page):
    doc = Pipeline(["extract"])(Page(seed_page, "text", origin="seed"))
    return doc.article


def test_seed_metadata(seed_article):
    a = seed_article
    assert a.title == "Putin dan Modi Sepakat Tingkatkan Hubungan Strategis Bilateral Rusia-India"
    assert a.authors == ["Willy Haryono"]
    assert a.published == "2023-07-01T09:46:00+07:00"
    assert a.dateline is not None and a.dateline.text == "Moskow" and a.dateline.place is None


def test_seed_caption_once(seed_article):
    assert len(seed_article.captions) == 1
    cap = seed_article.captions[0]
    assert cap.credit == "Alexandr Demyanchuk / SPUTNIK / AFP"
    assert "berjabat tangan" in cap.text and "Samarkand" in cap.text
    assert "(Alexandr" not in cap.text


def test_seed_body_bounds(seed_article):
    text = seed_article.text
    assert text.startswith("Presiden Rusia Vladimir Putin dan Perdana Menteri India Narendra Modi mengadakan")
    assert text.endswith("dimediasi Presiden Belarusia Alexander Lukashenko.")
    for unwanted in ("berjabat tangan", "Willy Haryono", "01 Juli 2023 09:46", "Baca juga", "PM Modi Sebut Hubungan",
                     "(WIL)", "Google News", "Cek Berita", "TERKAIT", "BERITA LAINNYA", "FOLLOW US", "Ikuti media",
                     "Moskow: ", "Putin dan Modi Sepakat"):
        assert unwanted not in text, unwanted
    for wanted in ("Percakapan telepon antara kedua pemimpin", "tutur Kremlin.", "Moskow juga mengatakan",
                   "Rostov-on-Don"):
        assert wanted in text, wanted


def test_seed_paragraphs(seed_article):
    paragraphs = seed_article.text.split("\n\n")
    assert len(paragraphs) == 12
    assert all(p == p.strip() and p and "\n" not in p for p in paragraphs)


def test_seed_given_fields_are_truth(seed_page):
    page = Page(seed_page, "text", title="Given title", published="2023-07-02", source="medcom.id",
                url="https://www.medcom.id/x", language="id")
    a = Pipeline(["extract"])(page).article
    assert (a.title, a.published, a.source, a.url, a.language) == (
        "Given title", "2023-07-02", "medcom.id", "https://www.medcom.id/x", "id")
    assert a.authors == ["Willy Haryono"]

"""Fixtures and builders shared by the store, query and export tests.

``store`` is parametrised over SQLite (a file in tmp_path) and PostgreSQL. PostgreSQL runs when
``WARTA_TEST_POSTGRES=postgresql://…`` is set (``.ci/postgres.sh`` starts a throwaway server and prints that URL);
otherwise its tests skip with the reason, or fail under ``WARTA_REQUIRE_POSTGRES=1`` so CI never skips silently.
Each PostgreSQL test starts from an empty ``public`` schema.
"""

from __future__ import annotations

import os

import pytest

from warta.model import (
    Actor, Article, Caption, Dateline, Doc, Entity, Event, Participant, Place, Quote, Sentence, Span, TimeExpr, Trigger,
)  # fmt: skip
from warta.store import open_store

PG_URL = os.environ.get("WARTA_TEST_POSTGRES")
ENGINES = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]


def pg_reset(url: str) -> None:
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("DROP SCHEMA IF EXISTS public CASCADE")
        conn.execute("CREATE SCHEMA public")


def need_pg() -> str:
    if not PG_URL:
        if os.environ.get("WARTA_REQUIRE_POSTGRES") == "1":
            pytest.fail("WARTA_REQUIRE_POSTGRES=1 but WARTA_TEST_POSTGRES is not set")
        pytest.skip("needs PostgreSQL: set WARTA_TEST_POSTGRES=postgresql://… (.ci/postgres.sh starts one)")
    return PG_URL


def db_url(engine: str, tmp_path) -> str:
    if engine == "sqlite":
        return str(tmp_path / "warta.db")
    url = need_pg()
    pg_reset(url)
    return url


@pytest.fixture(params=ENGINES)
def store_url(request, tmp_path) -> str:
    return db_url(request.param, tmp_path)


@pytest.fixture
def store(store_url):
    with open_store(store_url) as opened:
        yield opened


# --- builders ---------------------------------------------------------------------------------------------------

def span_of(text: str, needle: str, after: int = 0) -> tuple[int, int]:
    start = text.index(needle, after)
    return start, start + len(needle)


def participant(text: str, needle: str, name: str, kb_id: str, country: str, sector: str = "GOV") -> Participant:
    start, end = span_of(text, needle)
    return Participant(name=name, text=needle, start=start, end=end, kb_id=kb_id, country=country, sector=sector)


SEED_TEXT = (
    "Presiden Rusia Vladimir Putin dan Perdana Menteri India Narendra Modi mengadakan pembicaraan melalui telepon "
    "pada Jumat, 30 Juni 2023.\n\n"
    "\"Kedua pemimpin menegaskan kembali komitmen bersama untuk memperkuat kemitraan strategis,\" kata layanan pers "
    "Kremlin.\n\n"
    "India sejauh ini tidak mengutuk invasi Rusia ke Ukraina.\n\n"
    "Kelompok tentara bayaran Wagner sempat menguasai kota Rostov-on-Don."
)


def seed_doc(article_id: str = "seed", *, published: str = "2023-07-01T09:46:00+07:00", source: str = "medcom.id",
             language: str = "id", title: str = "Putin dan Modi Sepakat Tingkatkan Hubungan Strategis",
             event_date: str | None = "2023-06-30", versions: dict | None = None) -> Doc:  # fmt: skip
    """The seed article by hand, with every layer (events CONSULT RUS->IND, a negated ACCUSE IND->RUS)."""
    t = SEED_TEXT
    putin = participant(t, "Vladimir Putin", "Vladimir Putin", "Q7747", "RUS")
    modi = participant(t, "Narendra Modi", "Narendra Modi", "Q1058", "IND")
    india = participant(t, "India sejauh", "India", "Q668", "IND")
    india.text, india.end = "India", india.start + 5
    rusia = participant(t, "Rusia ke", "Russia", "Q159", "RUS")
    rusia.text, rusia.end = "Rusia", rusia.start + 5
    s1 = Span(0, t.index("\n\n"))
    s3 = Span(*span_of(t, "India sejauh ini tidak mengutuk invasi Rusia ke Ukraina."))
    qs, qe = span_of(t, "Kedua pemimpin menegaskan kembali komitmen bersama untuk memperkuat kemitraan strategis,")
    tel = span_of(t, "pembicaraan melalui telepon")
    kutuk = span_of(t, "mengutuk")
    date = span_of(t, "Jumat, 30 Juni 2023")
    rostov = span_of(t, "Rostov-on-Don")
    article = Article(
        id=article_id, text=t, url=f"https://www.medcom.id/{article_id}", source=source, language=language,
        title=title, authors=["Willy Haryono"], published=published,
        dateline=Dateline("Moskow", Place("Moscow", "RUS", 55.75222, 37.61556, 524901)),
        captions=[Caption("Presiden Rusia Vladimir Putin (kanan) berjabat tangan dengan PM India Narendra Modi.",
                          "Alexandr Demyanchuk / SPUTNIK / AFP")],
    )  # fmt: skip
    return Doc(
        article=article,
        sentences=[Sentence(s1.start, s1.end), Sentence(s3.start, s3.end)],
        entities=[
            Entity("Vladimir Putin", putin.start, putin.end, "PER", "Vladimir Putin", "Q7747", "RUS", "GOV"),
            Entity("Narendra Modi", modi.start, modi.end, "PER", "Narendra Modi", "Q1058", "IND", "GOV"),
            Entity("Kremlin", *span_of(t, "Kremlin"), "ORG", "Kremlin", "Q1", "RUS", "GOV"),
        ],
        times=[TimeExpr("Jumat, 30 Juni 2023", *date, "DATE", "2023-06-30")],
        places=[Place("Rostov-on-Don", "RUS", 47.23135, 39.72328, 501175, "Rostov-on-Don", *rostov)],
        quotes=[Quote(t[qs:qe], qs, qe, "kata", Actor("Kremlin", "Q1", "RUS", "GOV"))],
        events=[
            Event(f"{article_id}-e1", "CONSULT", s1, Trigger("pembicaraan melalui telepon", *tel), mode="phone",
                  contexts=["diplomatic"], actors=[putin], recipients=[modi], date=event_date, confidence=0.9,
                  score=1.0, quad=1, cameo="040", evidence=[s1]),
            Event(f"{article_id}-e2", "ACCUSE", s3, Trigger("mengutuk", *kutuk), actors=[india], recipients=[rusia],
                  negated=True, confidence=0.7, score=-2.0, quad=3, cameo="112"),
        ],  # fmt: skip
        versions={"extract": "extract@1", "events": "events@1"} if versions is None else versions,
    )


def simple_event(eid: str, text: str, etype: str, actor: tuple, recipient: tuple, *, date=None, quad=None,
                 score=None, negated=False) -> Event:  # fmt: skip
    """An event over the whole text; actor/recipient are (name, kb_id, country) mentioned as their name."""
    def part(who):
        name, kb_id, country = who
        start = text.index(name)
        return Participant(name, name, start, start + len(name), kb_id, country, "GOV")

    return Event(eid, etype, Span(0, len(text)), Trigger(text[:1], 0, 1), actors=[part(actor)],
                 recipients=[part(recipient)] if recipient else [], date=date, quad=quad, score=score,
                 negated=negated)  # fmt: skip

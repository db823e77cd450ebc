"""The store on SQLite and PostgreSQL: round trip, idempotency, replacement, transactions, queries."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from sqlalchemy import text as sql

from store_fixtures import ENGINES, db_url, seed_doc, simple_event, store, store_url  # noqa: F401
from warta.errors import InputError, StoreError
from warta.model import Article, Doc, Entity
from warta.pipeline import Rejection
from warta.store import SCHEMA_VERSION, normalise, open_store
from warta.store import migrations
from warta.store.engine import database_url, make_engine
from warta.store.fulltext import FullText


def test_round_trip_of_every_layer(store):
    doc = seed_doc()
    assert store.write(doc) is True
    assert store.has("seed") and not store.has("other")
    assert store.article("seed") == doc.to_dict()
    assert store.doc("seed").to_dict() == doc.to_dict()
    assert store.article("missing") is None


def test_same_doc_twice_is_one_article(store):
    assert store.write(seed_doc()) is True
    assert store.write(seed_doc()) is False
    counts = store.stats()["counts"]
    assert counts["articles"] == 1 and counts["events"] == 2 and counts["participants"] == 4


def test_newer_pipeline_replaces_every_layer(store):
    store.write(seed_doc())
    newer = seed_doc(versions={"extract": "extract@1", "events": "events@2"})
    newer.entities = newer.entities[:1]
    newer.events = newer.events[:1]
    newer.quotes = []
    assert store.write(newer) is True
    assert store.article("seed") == newer.to_dict()
    counts = store.stats()["counts"]
    assert (counts["articles"], counts["entities"], counts["events"], counts["quotes"]) == (1, 1, 1, 0)
    assert counts["participants"] == 2
    # the replaced quote is gone from full-text search too
    assert [h["kind"] for h in store.search("memperkuat kemitraan")] == ["article"]


def test_failed_write_leaves_what_was_there(store, monkeypatch):
    store.write(seed_doc("first"))
    store.write(seed_doc("second"))
    changed = seed_doc("second", title="Judul baru")
    changed.entities = []

    def broken(*args, **kwargs):  # fails after the article and its layers were inserted
        raise RuntimeError("disk full")

    monkeypatch.setattr(store.fulltext, "index", broken)
    with pytest.raises(RuntimeError):
        store.write(changed)
    with pytest.raises(RuntimeError):
        store.write(seed_doc("third"))
    monkeypatch.undo()
    assert store.article("first") == seed_doc("first").to_dict()
    assert store.article("second") == seed_doc("second").to_dict()
    assert not store.has("third")
    assert store.stats()["counts"]["entities"] == 6
    assert {h["article_id"] for h in store.search("Rostov")} == {"first", "second"}


def test_write_many_counts_only_changes(store):
    docs = [seed_doc(f"a{i}") for i in range(5)]
    assert store.write_many(docs) == 5
    assert store.write_many(docs + [seed_doc("a5")]) == 1


def test_article_without_id_is_refused(store):
    with pytest.raises(StoreError):
        store.write(Doc(article=Article(id="", text="x")))


HOSTILE = [
    "'; DROP TABLE articles; --", 'foo" OR', '"', "*", "NEAR(a b)", "title:x", "a AND OR NOT", "-", "^x", "(",
    "\\", "%_", "\x00nul", "\ud800", "ünïcödé ✓ 😀", "{\"json\": [1]}", "':memory:'", "\n\t ", "",
]  # fmt: skip


def test_hostile_strings_everywhere(store):
    for i, bad in enumerate(HOSTILE):
        doc = seed_doc(f"h{i}{bad}", title=bad, source=bad)
        doc.article.authors = [bad]
        doc.entities.append(Entity(bad, 0, len(bad), "MISC", bad, bad, bad, bad))
        doc.versions = {bad: bad}
        assert store.write(doc)
        assert store.article(doc.article.id) == normalise(doc.to_dict())
    for bad in HOSTILE:
        store.search(bad)
        store.articles(q=bad, source=bad, lang=bad)
        store.events(q=bad, actor=bad, recipient=bad, type=bad)
        store.relations(bad, bad)
    assert store.stats()["counts"]["articles"] == len(HOSTILE)
    # both words must match; "OR" is just a word here, found in the two titles that hold it
    hits = {h["article_id"] for h in store.search('kemitraan" OR') if h["kind"] == "article"}
    assert hits == {'h1foo" OR', "h6a AND OR NOT"}


def test_normalise_keeps_offsets():
    data = {"text": "a\x00b\ud800c", "score": float("nan"), "lat": float("inf"), "n": [1.5, True, None]}
    out = normalise(data)
    assert out == {"text": "a\ufffdb\ufffdc", "score": None, "lat": None, "n": [1.5, True, None]}
    assert len(out["text"]) == len(data["text"])


# --- queries ----------------------------------------------------------------------------------------------------

def _corpus(store):
    store.write(seed_doc("jun", published="2023-06-02T10:00:00+07:00", event_date="2023-06-01"))
    store.write(seed_doc("jul", published="2023-07-01T09:46:00+07:00", event_date=None))
    en = seed_doc("en", published="2023-08-15", source="bbc.co.uk", language="en", title="Refugees flee",
                  event_date="2023-08-14")  # fmt: skip
    en.article.text = en.article.text.replace("Wagner", "refugees")
    store.write(en)
    t = "China mengecam Amerika Serikat."
    store.write(Doc(
        article=Article(id="cn", text=t, source="okezone.com", language="id", published="2023-06-20", title="Kecam"),
        events=[simple_event("cn-e1", t, "ACCUSE", ("China", "Q148", "CHN"), ("Amerika Serikat", "Q30", "USA"),
                             date="2023-06-19", quad=3, score=-4.0)],
    ))  # fmt: skip


def test_articles_filters_and_order(store):
    _corpus(store)
    items, total = store.articles()
    assert total == 4 and [a["id"] for a in items] == ["en", "jul", "cn", "jun"]  # newest first
    assert "entities" not in items[0] and items[0]["text"]
    assert store.articles(source="bbc.co.uk")[1] == 1
    assert store.articles(lang="id")[1] == 3
    assert {a["id"] for a in store.articles(since="2023-06-15", until="2023-07")[0]} == {"cn", "jul"}
    assert store.articles(until="2023-06")[1] == 2
    assert [a["id"] for a in store.articles(limit=2, offset=1)[0]] == ["jul", "cn"]
    assert store.articles(q="refugees")[1] == 1
    assert store.articles(q="Wagner", lang="id")[1] == 2
    assert store.articles(q="?!")[1] == 0
    with pytest.raises(InputError):
        store.articles(since="last week")


def test_events_filters(store):
    _corpus(store)
    items, total = store.events()
    assert total == 4  # three CONSULTs and one ACCUSE; the negated ACCUSEs are not counted
    assert all(not e["negated"] for e in items)
    assert store.events(include_negated=True)[1] == 7
    consult = store.events(actor="RUS", recipient="IND")[0]
    assert len(consult) == 3 and {e["article_id"] for e in consult} == {"jun", "jul", "en"}
    assert consult[0]["actors"][0]["kb_id"] == "Q7747"
    assert store.events(actor="IND", recipient="RUS")[1] == 0
    assert store.events(actor="IND", recipient="RUS", include_negated=True)[1] == 3
    assert store.events(actor="Q148")[0][0]["id"] == "cn-e1"
    assert store.events(type="accuse")[1] == 1
    # an event without its own date takes the article's
    assert [e["article_id"] for e in store.events(since="2023-07", until="2023-07-31")[0]] == ["jul"]
    assert store.events(source="bbc.co.uk")[1] == 1 and store.events(lang="en")[1] == 1
    assert store.events(q="refugees")[1] == 1


def test_relations_both_directions_by_month_and_week(store):
    _corpus(store)
    t = "Narendra Modi mengunjungi Vladimir Putin."
    store.write(Doc(
        article=Article(id="visit", text=t, published="2023-08-20", language="id"),
        events=[simple_event("v1", t, "CONSULT", ("Narendra Modi", "Q1058", "IND"), ("Vladimir Putin", "Q7747", "RUS"),
                             date="2023-08-20", quad=1, score=1.0)],
    ))  # fmt: skip
    months = store.relations("RUS", "IND", by="month")
    assert [m["period"] for m in months] == ["2023-06", "2023-07", "2023-08"]
    assert [m["events"] for m in months] == [1, 1, 2]
    assert months[2]["by_quad"] == {"1": 2, "2": 0, "3": 0, "4": 0} and months[2]["score"] == 2.0
    assert store.relations("IND", "RUS") == months
    assert store.relations("Q1058", "Q7747") == months
    assert store.relations("RUS", "IND", since="2023-07", until="2023-07") == [months[1]]
    weeks = store.relations("RUS", "IND", by="week")
    assert weeks[0]["period"] == "2023-W22" and weeks[-1]["period"] == "2023-W33"
    assert sum(w["events"] for w in weeks) == 4 and len(weeks) == 12  # quiet weeks are there, as zeros
    assert store.relations("CHN", "USA") == [{"period": "2023-06", "events": 1,
                                              "by_quad": {"1": 0, "2": 0, "3": 1, "4": 0}, "score": -4.0}]
    assert store.relations("CHN", "RUS") == []
    with pytest.raises(InputError):
        store.relations("RUS", "IND", by="day")


def test_search_ranks_articles_and_quotes(store):
    _corpus(store)
    hits = store.search("kemitraan strategis")
    kinds = {(h["kind"], h["article_id"]) for h in hits}
    assert ("quote", "jun") in kinds and ("article", "jun") in kinds
    quote = next(h for h in hits if h["kind"] == "quote")
    assert quote["speaker"]["name"] == "Kremlin" and "kemitraan" in quote["text"]
    assert all("[" in h["snippet"] for h in hits)
    assert [h["score"] for h in hits] == sorted((h["score"] for h in hits), reverse=True)
    title_hit = store.search("Kecam")
    assert title_hit[0]["article_id"] == "cn"
    assert len(store.search("kemitraan", limit=2)) == 2
    assert store.search("") == [] and store.search("   ") == []


def test_a_nul_in_a_full_text_term_never_reaches_the_engine(store):
    # parse_query drops NUL, but FullText is also called with Terms built elsewhere: on SQLite one NUL ended the
    # FTS5 string early ("unterminated string"), on PostgreSQL NUL cannot be sent at all.
    from warta.store.fulltext import Term

    _corpus(store)
    terms = [Term("kemitraan\x00"), Term("strat\x00egis"), Term("\ud800kemitraan", prefix=True)]
    with store.engine.connect() as conn:
        langs = [None, "id"]
        hits = store.fulltext.search(conn, terms[:1], langs, 10, ("[", "]"))
        assert {h.article_id for h in hits} >= {"jun"}
        store.fulltext.search(conn, terms, langs, 10, ("[", "]"))  # no error; what it matches is the engine's call
        conn.execute(store.fulltext.matches(terms, languages=langs)).all()


# --- runs, schema, opening --------------------------------------------------------------------------------------

def test_runs_and_rejects(store):
    run = store.start_run({"extract": "extract@1"}, {"extract": {"timeout": 10}, "path": Path("/x")})
    store.write(seed_doc(), run_id=run)
    store.add_rejects(run, [Rejection("page.html:3", "extract", "empty", "no text", None, "https://x")])
    store.finish_run(run, stored=1, rejected=1)
    (row,) = store.runs()
    assert row["id"] == run and row["stored"] == 1 and row["rejected"] == 1 and row["finished"]
    assert row["pipeline"] == {"extract": "extract@1"} and row["config"]["path"] == "/x"
    assert store.rejects(run)[0]["reason"] == "empty"
    with pytest.raises(StoreError):
        store.finish_run(run + 100, 0, 0)


@pytest.mark.parametrize("engine", ENGINES)
def test_upgrade_from_schema_1(engine, tmp_path):
    url = db_url(engine, tmp_path)
    eng = make_engine(database_url(url))
    assert migrations.migrate(eng, FullText(eng.dialect.name), target=1) == 1
    with eng.connect() as conn:
        assert not conn.dialect.has_table(conn, "rejects")
    eng.dispose()
    with open_store(url) as store:
        assert store.schema_version == SCHEMA_VERSION
        store.write(seed_doc())
        store.add_rejects(None, [Rejection("x", "extract", "empty", "")])
        assert store.article("seed") == seed_doc().to_dict()
    with open_store(url) as again:  # reopening does not migrate twice
        with again.engine.connect() as conn:
            assert conn.execute(sql("SELECT COUNT(*) FROM schema_version")).scalar_one() == SCHEMA_VERSION


def test_newer_schema_is_refused(tmp_path):
    path = tmp_path / "w.db"
    with open_store(path) as store, store.engine.begin() as conn:
        conn.execute(sql("INSERT INTO schema_version (version, applied) VALUES (99, 'future')"))
    with pytest.raises(StoreError, match="newer"):
        open_store(path)


def test_a_database_that_cannot_take_a_write_is_a_store_error_and_keeps_its_data(tmp_path, monkeypatch):
    # a read-only file behaves the same way; root ignores file modes, so the test opens the file read-only instead
    path = tmp_path / "ro.db"
    with open_store(path) as store:
        store.write(seed_doc())
    monkeypatch.chdir(tmp_path)
    with open_store("sqlite:///file:ro.db?mode=ro&uri=true") as store:
        for write in (lambda: store.start_run({}, {}), lambda: store.write(dataclasses.replace(seed_doc(), events=[])),
                      lambda: store.delete("seed")):  # fmt: skip
            with pytest.raises(StoreError, match="cannot write to the database.*readonly"):
                write()
        assert store.article("seed") == normalise(seed_doc().to_dict())


def test_opening_errors(tmp_path):
    with pytest.raises(StoreError, match="no database"):
        open_store(tmp_path / "missing.db", create=False)
    assert not (tmp_path / "missing.db").exists()
    with pytest.raises(StoreError):
        open_store("mysql://u@h/db")
    with pytest.raises(StoreError):
        open_store(tmp_path / "no" / "such" / "dir" / "w.db")


def test_sqlite_is_wal_and_accepts_urls(tmp_path):
    with open_store(f"sqlite:///{tmp_path / 'w.db'}") as store, store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    with open_store(":memory:") as mem:
        mem.write(seed_doc())
        assert mem.has("seed")


def test_killed_run_keeps_what_it_reported(tmp_path):
    """A writer killed mid-run: every article it reported as stored is there, and the database opens cleanly."""
    db = tmp_path / "w.db"
    script = textwrap.dedent(f"""
        import sys
        sys.path[:0] = {[str(Path(__file__).parent), *sys.path[:0]]!r}
        from store_fixtures import seed_doc
        from warta.store import open_store
        store = open_store({str(db)!r})
        for i in range(100000):
            store.write(seed_doc(f"k{{i}}"))
            print(f"k{{i}}", flush=True)
    """)
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True,
                            env={**__import__("os").environ, "PYTHONPATH": ":".join(sys.path)})  # fmt: skip
    reported = [proc.stdout.readline().strip() for _ in range(20)]
    proc.kill()
    proc.wait()
    with open_store(db) as store:
        assert all(store.has(aid) for aid in reported)
        assert store.article(reported[-1]) == seed_doc(reported[-1]).to_dict()
        assert store.write(seed_doc(reported[0])) is False  # a rerun skips what is done


def test_dataclass_fields_all_stored():
    """Every field of the model's layer records is a column the store writes (a new field must be stored too)."""
    from warta.model import Event, Participant, Place, Quote, TimeExpr

    from warta.store import schema

    assert {f.name for f in dataclasses.fields(Entity)} <= set(schema.entities.c.keys())
    assert {f.name for f in dataclasses.fields(TimeExpr)} <= set(schema.times.c.keys())
    assert {f.name for f in dataclasses.fields(Place)} <= set(schema.places.c.keys())
    assert {f.name for f in dataclasses.fields(Participant)} <= set(schema.participants.c.keys())
    assert {f.name for f in dataclasses.fields(Quote)} <= set(schema.quotes.c.keys())
    flat = {"sentence", "trigger", "actors", "recipients", "evidence"}
    assert {f.name for f in dataclasses.fields(Event)} - flat <= set(schema.events.c.keys())


def test_symmetric_events_match_both_ways(store):
    t = "Vladimir Putin dan Narendra Modi bertelepon."
    call = simple_event("call", t, "CONSULT", ("Vladimir Putin", "Q7747", "RUS"), ("Narendra Modi", "Q1058", "IND"),
                        date="2023-06-30", quad=1, score=1.0)  # fmt: skip
    call.symmetric = True
    store.write(Doc(article=Article(id="call", text=t, published="2023-06-30"), events=[call]))
    assert store.article("call")["events"][0]["symmetric"] is True
    assert store.events(actor="IND", recipient="RUS")[1] == 1
    assert store.events(actor="IND")[1] == 1 and store.events(recipient="RUS")[1] == 1
    assert store.events(actor="RUS", recipient="RUS")[1] == 0
    call.symmetric = False
    store.write(Doc(article=Article(id="call", text=t, published="2023-06-30"), events=[call]))
    assert store.events(actor="IND", recipient="RUS")[1] == 0 and store.events(actor="RUS", recipient="IND")[1] == 1


@pytest.mark.parametrize("engine", ENGINES)
def test_upgrade_adds_a_column_to_an_old_database(engine, tmp_path):
    """A database from before schema v3 (events without ``symmetric``) gets the column, and its events read back."""
    url = db_url(engine, tmp_path)
    with open_store(url) as store:
        store.write(seed_doc())
        with store.engine.begin() as conn:  # make it what warta wrote at v2
            conn.execute(sql('ALTER TABLE events DROP COLUMN "symmetric"'))
            conn.execute(sql("DELETE FROM schema_version WHERE version > 2"))
    with open_store(url) as store:
        assert store.schema_version == SCHEMA_VERSION
        assert store.article("seed") == seed_doc().to_dict()
        assert store.write(seed_doc()) is False


def test_iter_articles_reads_in_batches_as_article_does(store):
    docs = [seed_doc(f"b{i}") for i in range(7)]
    docs[3].events = []
    store.write_many(docs)
    got = list(store.iter_articles(batch=3))
    assert [a["id"] for a in got] == sorted(d.article.id for d in docs)
    assert got == [store.article(a["id"]) for a in got]
    assert [a["id"] for a in store.iter_articles(["b2", "missing", "b0"], batch=2)] == ["b2", "b0"]


@pytest.mark.slow  # two fresh interpreters writing 20 articles each: about 10 s
@pytest.mark.parametrize("engine", ENGINES)
def test_two_writer_processes_share_a_database(engine, tmp_path):
    """Writers queue (SQLite: BEGIN IMMEDIATE and the busy timeout; PostgreSQL: a lock per article id) instead of
    failing with "database is locked" or a duplicate key when both write the same article."""
    db = db_url(engine, tmp_path)
    open_store(db).close()
    script = textwrap.dedent(f"""
        import sys
        sys.path[:0] = {[str(Path(__file__).parent)]!r}
        from store_fixtures import seed_doc
        from warta.store import open_store
        with open_store({str(db)!r}) as store:
            for i in range(10):
                store.write(seed_doc(f"{{sys.argv[1]}}{{i}}"))
                store.write(seed_doc("shared", title=f"{{sys.argv[1]}}{{i}}"))
    """)
    env = {**__import__("os").environ, "PYTHONPATH": ":".join(sys.path)}
    procs = [subprocess.Popen([sys.executable, "-c", script, name], env=env, stderr=subprocess.PIPE, text=True)
             for name in ("p", "q")]  # fmt: skip
    errors = [proc.communicate(timeout=120)[1] for proc in procs]
    assert [proc.returncode for proc in procs] == [0, 0], errors
    with open_store(db) as store:
        assert store.stats()["counts"]["articles"] == 21
        assert store.stats()["counts"]["entities"] == 21 * 3  # the shared article was replaced, never doubled

"""Exports: Parquet read back by duckdb, pandas and polars equals the database; CSV likewise; PLOVER JSON Lines
validate against the schema written from the PLOVER manual; GDELT tables have the codebook's columns."""

from __future__ import annotations

import csv
import io
import json
import math

import pytest
from click.testing import CliRunner
from sqlalchemy import select

from store_fixtures import seed_doc, simple_event, store, store_url  # noqa: F401
from warta.cli import main
from warta.export import gdelt, plover, tables
from warta.model import Article, Doc, Place, Span
from warta.store import open_store


def _fill(store) -> None:
    jun = seed_doc("jun", published="2023-06-02T10:00:00+07:00", event_date="2023-06")
    quote_paragraph = jun.article.text.index('"Kedua')
    jun.events[0].evidence.append(Span(quote_paragraph, jun.article.text.index("\n\n", quote_paragraph)))
    store.write(jun)
    hostile = seed_doc("odd\t\"id\"", title='tab\there "quoted", new\nline', source="x,y")
    hostile.events[0].place = Place("Moskow", "RUS", 55.75, 37.62, 524901, None, None, None)
    store.write(hostile)
    t = "China mengecam Amerika Serikat dan Jepang."
    ev = simple_event("e1", t, "ACCUSE", ("China", "Q148", "CHN"), ("Amerika Serikat", "Q30", "USA"),
                      date=None, quad=3, score=-4.0)  # fmt: skip
    ev.recipients.append(simple_event("x", t, "ACCUSE", ("Jepang", "Q17", "JPN"), None).actors[0])
    store.write(Doc(article=Article(id="cn", text=t, published="2023-06-20", title="Kecam"), events=[ev]))


def _db_rows(store, name):
    out = []
    for batch in tables.rows(store, name):
        out.extend(batch)
    return out


def _same(a, b) -> bool:
    if isinstance(a, float) and isinstance(b, float):
        return math.isclose(a, b) or (math.isnan(a) and math.isnan(b))
    if a is None or (isinstance(a, float) and math.isnan(a)):
        return b is None or (isinstance(b, float) and math.isnan(b))
    return a == b


def test_parquet_reads_back_in_duckdb_pandas_polars(store, tmp_path):
    duckdb = pytest.importorskip("duckdb")
    pd = pytest.importorskip("pandas")
    _fill(store)
    counts = tables.write_parquet(store, tmp_path)
    assert counts["articles"] == 3 and counts["participants"] == 11
    con = duckdb.connect()
    for name in tables.TABLES:
        expected = _db_rows(store, name)
        path = str(tmp_path / f"{name}.parquet")
        cur = con.execute(f"SELECT * FROM read_parquet('{path}')")  # a test path, not user input
        cols = [d[0] for d in cur.description]
        assert cols == tables.columns(name)
        from_duck = [dict(zip(cols, r, strict=True)) for r in cur.fetchall()]
        from_pandas = pd.read_parquet(path).to_dict("records")
        assert len(from_duck) == len(from_pandas) == len(expected) == counts[name]
        for want, duck, panda in zip(expected, from_duck, from_pandas, strict=True):
            for col in cols:
                got_p = panda[col].tolist() if hasattr(panda[col], "tolist") else panda[col]
                assert _same(want[col], duck[col]), (name, col, want[col], duck[col])
                assert _same(want[col], got_p) or (want[col] is None and got_p is None), (name, col)
    authors = con.execute(f"SELECT authors FROM read_parquet('{tmp_path / 'articles.parquet'}') ORDER BY id").fetchall()
    assert authors[0][0] is None or isinstance(authors[0][0], list)
    try:
        import polars as pl
    except ImportError:
        return
    frame = pl.read_parquet(tmp_path / "events.parquet")
    assert frame.height == counts["events"] and frame["contexts"].dtype == pl.List(pl.String)


def test_csv_tables_match_the_database(store, tmp_path):
    _fill(store)
    tables.write_csv(store, tmp_path)
    for name in tables.TABLES:
        with open(tmp_path / f"{name}.csv", encoding="utf-8", newline="") as handle:
            got = list(csv.DictReader(handle))
        want = _db_rows(store, name)
        assert len(got) == len(want)
        for g, w in zip(got, want, strict=True):
            assert list(g) == tables.columns(name)
            for col, value in w.items():
                cell = tables._cell(value)
                assert g[col] == ("" if cell is None else str(cell)), (name, col)
    arts = list(csv.DictReader(open(tmp_path / "articles.csv", encoding="utf-8", newline="")))
    assert any(a["title"] == 'tab\there "quoted", new\nline' for a in arts)


def test_plover_records_validate_against_the_manual_schema(store, tmp_path):
    jsonschema = pytest.importorskip("jsonschema")
    _fill(store)
    out = io.StringIO()
    n = plover.write(store, out)
    lines = [json.loads(x) for x in out.getvalue().splitlines()]
    assert n == len(lines) == 3  # the CONSULTs of two seed articles and the Chinese ACCUSE; negated ones left out
    validator = jsonschema.Draft202012Validator(plover.schema())
    for record in lines:
        validator.validate(record)
    by_id = {r["id"]: r for r in lines}
    jun = by_id["jun-jun-e1"]
    assert (jun["date"], jun["date_precision"]) == ("2023-06-01", "month")
    assert jun["actor"][0] == {"code": "RUS", "sector": "GOV", "entity_text": "Vladimir Putin",
                               "identifier_id": "Q7747", "identifier_text": "Vladimir Putin"}  # fmt: skip
    assert jun["event"] == ["CONSULT"] and jun["mode"] == ["phone"] and jun["quad_code"] == 1
    assert jun["text"].startswith("Presiden Rusia") and jun["text_info"]["sequence"] == 1
    cn = by_id["cn-e1"]
    assert (cn["date"], cn["date_precision"]) == ("2023-06-20", "publication")
    assert [r["code"] for r in cn["recipient"]] == ["USA", "JPN"]
    with_negated = io.StringIO()
    plover.write(store, with_negated, include_negated=True, with_text=False)
    records = [json.loads(x) for x in with_negated.getvalue().splitlines()]
    assert len(records) == 5 and sum(not r["has_event"] for r in records) == 2
    assert all("text" not in r for r in records)
    for record in records:
        validator.validate(record)
    bad = dict(jun, date="2023-06")  # the schema does catch a wrong record
    assert not validator.is_valid(bad)
    assert not validator.is_valid(dict(jun, event=["FIGHT"]))


def test_gdelt_tables(store, tmp_path):
    _fill(store)
    counts = gdelt.write(store, tmp_path)
    events = list(csv.DictReader(open(tmp_path / "events.tsv", encoding="utf-8", newline=""), delimiter="\t"))
    mentions = list(csv.DictReader(open(tmp_path / "mentions.tsv", encoding="utf-8", newline=""), delimiter="\t"))
    assert list(events[0]) == gdelt.EVENT_COLUMNS and len(gdelt.EVENT_COLUMNS) == 61
    assert list(mentions[0]) == gdelt.MENTION_COLUMNS and len(gdelt.MENTION_COLUMNS) == 16
    # two CONSULT dyads, and the ACCUSE against two recipients as two dyads
    assert counts == {"events": 4, "mentions": 5} and len(events) == 4
    accuse = [e for e in events if e["Actor1CountryCode"] == "CHN"]
    assert sorted(e["Actor2CountryCode"] for e in accuse) == ["JPN", "USA"]
    assert len({e["GLOBALEVENTID"] for e in events}) == 4
    odd = next(e for e in events if e["SOURCEURL"].endswith('odd\t"id"'.replace("\t", " ")) or "odd" in e["SOURCEURL"])
    assert odd["ActionGeo_FullName"] == "Moskow" and odd["ActionGeo_Type"] == "4"
    jun = next(e for e in events if e["SOURCEURL"].endswith("/jun"))
    assert (jun["SQLDATE"], jun["EventCode"], jun["EventRootCode"], jun["QuadClass"], jun["GoldsteinScale"]) == \
        ("20230601", "040", "04", "1", "1.0")  # fmt: skip
    assert jun["Actor1Code"] == "RUSGOV" and jun["IsRootEvent"] == "1" and jun["NumMentions"] == "2"
    jun_mentions = [m for m in mentions if m["GLOBALEVENTID"] == jun["GLOBALEVENTID"]]
    assert len(jun_mentions) == 2 and jun_mentions[0]["MentionTimeDate"] == "20230602030000"
    assert jun_mentions[0]["ActionCharOffset"] == str(seed_doc().events[0].trigger.start)
    text = seed_doc().article.text
    start = int(jun_mentions[0]["Actor1CharOffset"])
    assert text[start : start + len("Vladimir Putin")] == "Vladimir Putin"
    # stable ids: the same database exports the same GLOBALEVENTIDs
    gdelt.write(store, tmp_path / "again")
    again = list(csv.DictReader(open(tmp_path / "again" / "events.tsv", encoding="utf-8", newline=""), delimiter="\t"))
    assert [e["GLOBALEVENTID"] for e in again] == [e["GLOBALEVENTID"] for e in events]


def test_export_command(tmp_path):
    db = tmp_path / "w.db"
    with open_store(db) as store:
        _fill(store)
    runner = CliRunner()
    for fmt, out in (("plover", "p/events.jsonl"), ("gdelt", "g"), ("csv", "c"), ("parquet", "q")):
        result = runner.invoke(main, ["export", "--format", fmt, "--db", str(db), "--out", str(tmp_path / out)])
        assert result.exit_code == 0, result.output
        assert f"as {fmt}" in result.stderr
    assert len((tmp_path / "p/events.jsonl").read_text("utf-8").splitlines()) == 3
    assert sorted(p.name for p in (tmp_path / "q").iterdir()) == sorted(f"{t}.parquet" for t in tables.TABLES)
    stdout = runner.invoke(main, ["export", "--format", "plover", "--db", str(db), "--out", "-"])
    assert len(stdout.stdout.splitlines()) == 3
    missing = runner.invoke(main, ["export", "--format", "csv", "--db", str(tmp_path / "none.db"), "--out", "x"])
    assert missing.exit_code == 1 and "no database" in missing.stderr
    onto_file = runner.invoke(main, ["export", "--format", "csv", "--db", str(db), "--out", str(tmp_path / "p/events.jsonl")])
    assert onto_file.exit_code == 1 and "is a file" in onto_file.stderr
    for fmt in ("gdelt", "csv", "parquet"):  # a folder that cannot be made: one line, no traceback
        result = runner.invoke(main, ["export", "--format", fmt, "--db", str(db), "--out",
                                      str(tmp_path / "p/events.jsonl/sub")])  # fmt: skip
        assert result.exit_code == 1 and "cannot create the --out folder" in result.stderr, result.output
        assert result.stderr.strip().count("\n") == 0
    helptext = runner.invoke(main, ["export", "--help"]).stdout.rstrip().splitlines()
    assert helptext[-2].strip() == "Example:" and helptext[-1].strip().startswith("warta export")


def test_empty_database_exports_empty_tables(tmp_path):
    with open_store(tmp_path / "e.db") as store:
        assert set(tables.write_parquet(store, tmp_path / "q").values()) == {0}
        import pyarrow.parquet as pq

        assert pq.read_table(tmp_path / "q" / "events.parquet").num_rows == 0
        assert gdelt.write(store, tmp_path / "g") == {"events": 0, "mentions": 0}
        assert plover.write(store, io.StringIO()) == 0


def test_db_rows_are_ordered_by_key(store):
    _fill(store)
    ids = [r["id"] for r in _db_rows(store, "articles")]
    with store.engine.connect() as conn:
        from warta.store import schema

        assert ids == [r[0] for r in conn.execute(select(schema.articles.c.id).order_by(schema.articles.c.id))]

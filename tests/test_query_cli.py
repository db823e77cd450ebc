"""``warta articles | events | search | relations | show | stats`` through click's CliRunner."""

from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner

from store_fixtures import seed_doc, simple_event
from warta.cli import main
from warta.commands.query import table
from warta.model import Article, Doc
from warta.store import open_store


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    path = str(tmp_path_factory.mktemp("cli") / "warta.db")
    with open_store(path) as store:
        store.write(seed_doc("jun", published="2023-06-02T10:00:00+07:00", event_date="2023-06-01"))
        store.write(seed_doc("jul", published="2023-07-01T09:46:00+07:00", event_date="2023-06-30",
                             title="Putin dan Modi " + "sangat " * 30 + "panjang"))  # fmt: skip
        t = "China mengecam Amerika Serikat."
        store.write(Doc(
            article=Article(id="cn", text=t, source="okezone.com", language="id", published="2023-06-20", title="Kecam"),
            events=[simple_event("cn-e1", t, "ACCUSE", ("China", "Q148", "CHN"), ("Amerika Serikat", "Q30", "USA"),
                                 date="2023-06-19", quad=3, score=-4.0)],
        ))  # fmt: skip
    return path


def run(*args: str):
    result = CliRunner().invoke(main, list(args))
    return result


def test_articles_table_csv_json_jsonl(db):
    out = run("articles", "--db", db)
    assert out.exit_code == 0, out.output
    lines = out.stdout.splitlines()
    assert lines[0].split() == ["id", "published", "source", "lang", "title"]
    assert [line.split()[0] for line in lines[1:]] == ["jul", "cn", "jun"]
    assert "…" in lines[1] and "panjang" not in lines[1]  # a long title is cut in the table
    assert lines[1].index("medcom.id") == lines[0].index("source")  # aligned columns
    rows = list(csv.DictReader(io.StringIO(run("articles", "--db", db, "--csv").stdout)))
    assert [r["id"] for r in rows] == ["jul", "cn", "jun"] and rows[0]["title"].endswith("panjang")
    doc = json.loads(run("articles", "--db", db, "--json", "--limit", "1").stdout)
    assert doc["total"] == 3 and len(doc["items"]) == 1 and doc["items"][0]["id"] == "jul"
    jsonl = [json.loads(x) for x in run("articles", "--db", db, "--jsonl", "--source", "okezone.com").stdout.splitlines()]
    assert [a["id"] for a in jsonl] == ["cn"]
    assert [a["id"] for a in json.loads(run("articles", "--db", db, "--json", "--q", "Kecam").stdout)["items"]] == ["cn"]


def test_events_filters(db):
    out = run("events", "--db", db, "--actor", "RUS", "--recipient", "IND")
    assert out.exit_code == 0, out.output
    body = out.stdout.splitlines()
    assert len(body) == 3 and "CONSULT" in body[1] and "Vladimir Putin (RUS)" in body[1]
    items = json.loads(run("events", "--db", db, "--json", "--type", "ACCUSE").stdout)["items"]
    assert [e["id"] for e in items] == ["cn-e1"]
    negated = json.loads(run("events", "--db", db, "--json", "--include-negated", "--actor", "IND").stdout)
    assert negated["total"] == 2 and all(e["negated"] for e in negated["items"])
    rows = list(csv.DictReader(io.StringIO(run("events", "--db", db, "--csv", "--since", "2023-06-15").stdout)))
    assert {r["article_id"] for r in rows} == {"jul", "cn"}
    assert rows[0]["actor_country"] and "recipient_kb_id" in rows[0]


def test_search_and_hostile_queries(db):
    hits = json.loads(run("search", "kemitraan strategis", "--db", db, "--json").stdout)["items"]
    assert {h["kind"] for h in hits} == {"article", "quote"}
    for bad in ['foo" OR', '"', "NEAR(", "*", "-", "'; DROP TABLE articles; --"]:
        out = run("search", bad, "--db", db)
        assert out.exit_code == 0, (bad, out.output)
    assert run("articles", "--db", db, "--json").exit_code == 0  # still there


def test_relations(db):
    out = run("relations", "RUS", "IND", "--db", db)
    assert out.exit_code == 0, out.output
    assert out.stdout.splitlines()[1].split() == ["2023-06", "2", "2", "0", "0", "0", "2"]
    weeks = json.loads(run("relations", "IND", "RUS", "--by", "week", "--db", db, "--json").stdout)["items"]
    assert [w["period"] for w in weeks] == ["2023-W22", "2023-W23", "2023-W24", "2023-W25", "2023-W26"]
    assert run("relations", "RUS", "IND", "--by", "day", "--db", db).exit_code == 2


def test_show_and_stats(db):
    data = json.loads(run("show", "jun", "--db", db).stdout)
    assert data == seed_doc("jun", published="2023-06-02T10:00:00+07:00", event_date="2023-06-01").to_dict()
    missing = run("show", "nope", "--db", db)
    assert missing.exit_code == 1 and "no article" in missing.stderr
    stats = json.loads(run("stats", "--db", db).stdout)
    assert stats["counts"]["articles"] == 3 and stats["languages"] == {"id": 3}


def test_missing_database_is_one_line_and_not_created(tmp_path):
    path = tmp_path / "absent.db"
    for command in (["articles"], ["events"], ["search", "x"], ["relations", "A", "B"], ["stats"]):
        out = run(*command, "--db", str(path))
        assert out.exit_code == 1
        assert out.stderr.count("\n") == 1 and out.stderr.startswith("warta: error: no database")
    assert not path.exists()


def test_bad_date_is_a_user_error(db):
    out = run("events", "--db", db, "--since", "yesterday")
    assert out.exit_code == 1 and "since must be a date" in out.stderr


def test_every_query_command_ends_its_help_with_an_example():
    for name in ("articles", "events", "search", "relations", "show", "stats"):
        out = run(name, "--help")
        assert out.exit_code == 0
        tail = out.stdout.rstrip().splitlines()
        assert tail[-2].strip() == "Example:" and tail[-1].strip().startswith(f"warta {name}")


def test_table_fits_a_terminal():
    text = table([["a" * 40, "b" * 40, "c"]], ["one", "two", "three"], width=50)
    assert all(len(line) <= 50 for line in text.splitlines())
    assert "…" in text

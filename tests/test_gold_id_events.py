"""gold/id-events-dev.jsonl and gold/id-events-test.jsonl: well-formed, PLOVER-valid, disjoint, and every snippet
locates its sentence in the shared text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from warta.model import EVENT_TYPES

GOLD = Path(__file__).resolve().parents[1] / "gold" / "id-events-dev.jsonl"
TEST_GOLD = GOLD.with_name("id-events-test.jsonl")
DEV = [json.loads(line) for line in GOLD.read_text("utf-8").splitlines()]
TEST = [json.loads(line) for line in TEST_GOLD.read_text("utf-8").splitlines()]
ARTICLES = DEV + TEST
SECTORS = {"GOV", "MIL", "REB", "OPP", "COP", "JUD", "LEG", "PTY", "SPY", "UAF", "CVL", "BUS", "MED", "JRN", "REL",
           "ELI", "NGO"}


@pytest.mark.parametrize("articles", [DEV, TEST], ids=["dev", "test"])
def test_size_and_shape(articles: list[dict]) -> None:
    assert len(articles) >= 30
    assert len({a["id"] for a in articles}) == len(articles)
    assert all(a["source"] == "okezone.com" for a in articles)
    events = [e for a in articles for e in a["events"]]
    assert len(events) >= 150 and any(e["negated"] for e in events)
    assert {"future", "hypothetical", "reported"} <= {e["modality"] for e in events}
    assert sum(len(a["traps"]) for a in articles) >= 30
    assert any(not a["events"] for a in articles)  # articles with nothing to find


def test_the_test_gold_shares_no_article_with_the_development_gold() -> None:
    assert not {a["id"] for a in DEV} & {a["id"] for a in TEST}


@pytest.mark.parametrize("article", ARTICLES, ids=[a["id"] for a in ARTICLES])
def test_article_annotations_are_valid(article: dict) -> None:
    for e in article["events"]:
        assert e["type"] in EVENT_TYPES
        assert e["modality"] in {"asserted", "future", "hypothetical", "reported"}
        assert isinstance(e["negated"], bool)
        assert len(e["evidence"].split()) <= 14
        for p in e["actors"] + e["recipients"]:
            assert p["country"] is None or len(p["country"]) == 3
            assert p["sector"] is None or p["sector"] in SECTORS
        assert e["actors"] or e["type"] in {"ASSAULT", "COERCE"}, "only a passive attack may lack its actor"
        if e["date"]:
            assert e["date"][:4].isdigit()


def test_snippets_locate_sentences_in_shared_text(shared_data: Path) -> None:
    records = {}
    for name in ("international.jsonl", "nasional.jsonl"):
        with (shared_data / "id-news-clickid" / name).open(encoding="utf-8") as fh:
            for line in fh:
                rec = json.loads(line)
                records[rec["id"]] = rec["content"]
    for article in ARTICLES:
        assert records[article["id"]], article["id"]
        content = records[article["id"]]
        for item in article["events"] + article["traps"]:
            for snippet in [item["evidence"], *item.get("also_evidence", [])]:
                assert snippet in content, f"{article['id']}: {snippet!r}"
            at = content.find(item["evidence"])
            assert item["trigger"] in content[max(0, at - 200): at + len(item["evidence"]) + 200]

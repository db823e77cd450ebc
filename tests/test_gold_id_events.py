"""gold/id-events-dev.jsonl: well-formed, PLOVER-valid, and every snippet locates its sentence in the shared text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from warta.model import EVENT_TYPES

GOLD = Path(__file__).resolve().parents[1] / "gold" / "id-events-dev.jsonl"
ARTICLES = [json.loads(line) for line in GOLD.read_text("utf-8").splitlines()]
SECTORS = {"GOV", "MIL", "REB", "OPP", "COP", "JUD", "LEG", "PTY", "SPY", "UAF", "CVL", "BUS", "MED", "JRN", "REL",
           "ELI", "NGO"}


def test_size_and_shape() -> None:
    assert len(ARTICLES) >= 30
    assert len({a["id"] for a in ARTICLES}) == len(ARTICLES)
    assert all(a["source"] == "okezone.com" for a in ARTICLES)
    events = [e for a in ARTICLES for e in a["events"]]
    assert len(events) >= 150 and any(e["negated"] for e in events)
    assert {"future", "hypothetical", "reported"} <= {e["modality"] for e in events}
    assert sum(len(a["traps"]) for a in ARTICLES) >= 30
    assert any(not a["events"] for a in ARTICLES)  # articles with nothing to find


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

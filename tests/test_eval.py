"""``warta eval`` and warta.evaluate: the gold format, the scoring rules, and the command line."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from warta import evaluate
from warta.errors import InputError

sys.path.insert(0, str(Path(__file__).parent))
from test_events import make_doc

from warta.analyze.events import extract

SEED_LIKE = (
    "Israel menyerang Gaza pada Senin. India tidak mengutuk Israel. Tiongkok mengecam Amerika Serikat. "
    "Jokowi bertemu Modi."
)


def gold_line(**overrides) -> str:
    record = {
        "article_id": "t-1",
        "text": SEED_LIKE,
        "published": "2023-07-01",
        "events": [
            {
                "type": "ASSAULT",
                "actor": {"country": "ISR", "sector": "MIL"},
                "recipient": {"country": "PSE"},
                "date": "2023-06-26",
                "trigger": "menyerang",
                "evidence": "Israel menyerang Gaza",
            },
            {
                "type": "ACCUSE",
                "actor": {"country": "IND"},
                "recipient": {"country": "ISR"},
                "negated": True,
                "trigger": "tidak mengutuk",
            },
            {
                "type": "ACCUSE",
                "actor": {"country": "USA"},
                "recipient": {"country": "CHN"},
                "trigger": "mengecam",
            },  # the dyad is the wrong way round on purpose
            {"type": "CONSULT", "actors": [{"country": "IND"}, {"country": "IDN"}], "symmetric": True},
        ],
    }
    record.update(overrides)
    return json.dumps(record)


def fake_run(record):
    times = {"Senin": "2023-06-26"} if "Senin" in record["text"] else {}
    doc = make_doc(record["text"], "id", times=times, published=record.get("published"))
    doc.events = extract(doc)
    return doc


def test_parse_gold_accepts_single_and_list_parties_and_codes():
    g = evaluate.parse_gold(gold_line())
    assert g.article_id == "t-1" and len(g.events) == 4
    assert [p.country for p in g.events[3].actors] == ["IND", "IDN"] and g.events[3].symmetric
    assert not g.events[1].positive and g.events[0].positive
    g = evaluate.parse_gold(json.dumps({"id": "x", "events": [{"type": "accuse", "actor": "RUSGOV"}]}))
    assert (g.events[0].type, g.events[0].actors[0].country, g.events[0].actors[0].sector) == ("ACCUSE", "RUS", "GOV")


@pytest.mark.parametrize(
    "line", ["{not json", json.dumps({"events": []}), json.dumps({"article_id": "a", "events": [{"type": "HUG"}]})]
)
def test_parse_gold_rejects_bad_lines_with_a_clear_error(line):
    with pytest.raises(InputError):
        evaluate.parse_gold(line)


def test_scoring_counts_matches_dyads_dates_and_traps(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text(gold_line() + "\n", "utf-8")
    report = evaluate.evaluate_file(path, run=fake_run)
    s = report.summary()
    # ASSAULT and CONSULT match at country level; the reversed ACCUSE matches only at type level.
    assert (s["events"]["tp"], s["events"]["fp"], s["events"]["fn"]) == (2, 1, 1)
    assert s["events_type_level"]["recall"] == 1.0
    assert s["dyad_accuracy"] == pytest.approx(2 / 3)
    assert s["date_accuracy"] == 1.0
    assert (s["traps"], s["traps_coded_as_events"]) == (1, 0)
    assert s["per_type"]["ACCUSE"]["recall"] == 0.0 and s["per_type"]["ASSAULT"]["f1"] == 1.0
    text = evaluate.format_report(report)
    assert "country level" in text and "ASSAULT" in text


def test_a_trap_coded_as_an_event_is_counted(tmp_path):
    line = gold_line(
        text="India mengutuk Israel.", events=[{"type": "ACCUSE", "actor": {"country": "IND"}, "negated": True}]
    )
    report = evaluate.evaluate(iter([evaluate.parse_gold(line)]), run=fake_run)
    assert report.summary()["traps_coded_as_events"] == 1


def test_an_event_matched_to_a_gold_positive_is_no_trap_hit(tmp_path):
    # the negated accusation and the asserted one share type and actor; the coded event is the asserted one
    line = gold_line(
        text="India mengutuk Israel. India tidak mengecam Pakistan.",
        events=[
            {"type": "ACCUSE", "actor": {"country": "IND"}, "recipient": {"country": "ISR"}},
            {"type": "ACCUSE", "actor": {"country": "IND"}, "negated": True},
        ],
    )
    report = evaluate.evaluate(iter([evaluate.parse_gold(line)]), run=fake_run)
    assert report.summary()["events"]["tp"] == 1
    assert report.summary()["traps_coded_as_events"] == 0


def test_article_text_is_read_from_the_shared_corpus_by_id(tmp_path):
    corpus = tmp_path / "id-news-clickid"
    corpus.mkdir()
    (corpus / "international.jsonl").write_text(
        json.dumps(
            {
                "id": "okezone-1",
                "date": "2019-09-16",
                "source": "okezone.com",
                "title": "t",
                "content": "a.,b",
                "paragraphs_heuristic": ["Israel menyerang Gaza.", "Hamas mengecam Israel."],
            }
        )
        + "\n"
    )
    gold = evaluate.parse_gold(json.dumps({"article_id": "okezone-1", "events": []}))
    record = evaluate.article_input(gold, evaluate.Corpus(tmp_path))
    assert record["text"] == "Israel menyerang Gaza.\n\nHamas mengecam Israel." and record["published"] == "2019-09-16"
    with pytest.raises(InputError):
        evaluate.article_input(
            evaluate.parse_gold(json.dumps({"article_id": "nope", "events": []})), evaluate.Corpus(tmp_path)
        )


def test_eval_command_runs_the_pipeline_and_prints_json(tmp_path):
    from warta.cli import main

    path = tmp_path / "gold.jsonl"
    path.write_text(
        gold_line(text="Militer Israel menyerang Gaza pada Senin, 26 Juni 2023. Hamas mengecam serangan itu.") + "\n",
        "utf-8",
    )
    result = CliRunner().invoke(main, ["eval", str(path), "--json"])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.output.strip().splitlines()[-1])
    assert summary["articles"] == 1 and summary["errors"] == 0 and "per_type" in summary


def test_eval_command_missing_gold_is_a_one_line_error(tmp_path):
    from warta.cli import main

    result = CliRunner().invoke(main, ["eval", str(tmp_path / "missing.jsonl")])
    assert result.exit_code == 1 and "gold file not found" in result.output


def test_trap_sentences_and_retellings(tmp_path):
    text = (
        "Israel menyerang Gaza. Israel menyerang Gaza lagi dengan roket. Iran dan Israel berselisih. "
        "Hamas mengecam Israel dalam perang propaganda."
    )
    line = json.dumps(
        {
            "id": "t",
            "text": text,
            "events": [
                {
                    "type": "ASSAULT",
                    "actors": [{"country": "ISR"}],
                    "recipients": [{"country": "PSE"}],
                    "evidence": "Israel menyerang Gaza.",
                    "also_evidence": ["Gaza lagi dengan roket"],
                }
            ],
            "traps": [
                {"evidence": "Iran dan Israel berselisih", "looks_like": "ACCUSE", "kind": "generic-background"},
                {"evidence": "Hamas mengecam Israel", "looks_like": "ACCUSE", "kind": "made-up"},
            ],
        }
    )

    def two_tellings(record):
        doc = fake_run(record)
        doc.events = extract(doc, dedup=False)  # as if dedup had missed the retelling
        return doc

    s = evaluate.evaluate(iter([evaluate.parse_gold(line)]), run=two_tellings).summary()
    assert (s["events"]["tp"], s["events"]["fp"], s["duplicates_not_counted"]) == (1, 1, 1)
    assert s["trap_sentences"] == 2 and s["trap_sentences_coded_by_kind"] == {"made-up": 1}


def test_mode_negations_seen_and_precision_by_confidence(tmp_path):
    line = gold_line(
        text="Israel menyerang Gaza pada Senin. India tidak mengutuk Israel. Tiongkok mengecam Amerika Serikat.",
        events=[
            {"type": "ASSAULT", "actor": {"country": "ISR"}, "recipient": {"country": "PSE"}, "mode": "aerial"},
            {"type": "ACCUSE", "actor": {"country": "IND"}, "recipient": {"country": "ISR"}, "negated": True},
            {"type": "ACCUSE", "actor": {"country": "CHN"}, "recipient": {"country": "USA"}, "negated": True},
        ],
    )
    s = evaluate.evaluate(iter([evaluate.parse_gold(line)]), run=fake_run).summary()
    # "menyerang" says nothing of an air strike: the mode is scored wrong, not skipped
    assert (s["mode_accuracy"], s["negations"]) == (0.0, 2)
    # India's "tidak mengutuk" is seen as negated; China's asserted "mengecam" is not a seen negation
    assert s["negations_seen"] == 1
    bins = s["precision_by_confidence"]
    assert sum(b["predicted"] for b in bins.values()) == 2  # the ASSAULT (a match) and China's ACCUSE (not)
    assert sorted(b["precision"] for b in bins.values()) in ([0.0, 1.0], [0.5])
    assert "negations seen 1/2" in evaluate.format_report(evaluate.evaluate(iter([evaluate.parse_gold(line)]),
                                                                             run=fake_run))


def test_matching_pairs_as_many_events_as_the_dyads_allow():
    from warta.model import Participant, Span, Trigger

    def pred(actors, recipients):
        parts = [[Participant(name=c, text=c, start=0, end=1, country=c) for c in side] for side in (actors, recipients)]
        return evaluate.Event(id="e", type="ACCUSE", sentence=Span(0, 1), trigger=Trigger("x", 0, 1),
                              actors=parts[0], recipients=parts[1])  # fmt: skip

    gold = [
        evaluate.GoldEvent("ACCUSE", [evaluate.GoldParty("USA")], []),  # any recipient will do
        evaluate.GoldEvent("ACCUSE", [evaluate.GoldParty("USA")], [evaluate.GoldParty("IRN")]),
    ]
    preds = [pred(["USA"], ["IRN"]), pred(["USA"], ["SAU"])]
    # in order, the first gold event would take the only USA->IRN prediction and leave the second unmatched
    assert len(evaluate._match(gold, preds, need_dyad=True)) == 2

"""The event coder on our Indonesian golds (needs ../shared/data): figures may only go up.

The floors sit a little under the figures measured when they were last raised (bench/RESULTS.md, "Events"), so a
change that loses events or codes wrong dyads fails here before it reaches a benchmark run."""

from __future__ import annotations

from pathlib import Path

import pytest

from warta import evaluate

GOLD = Path(__file__).resolve().parents[1] / "gold"

# (gold file, country-level precision floor, recall floor); measured with `warta eval <gold> --data ../shared/data`
FLOORS = [
    ("id-events-dev.jsonl", 0.86, 0.73),
    ("id-events-test.jsonl", 0.59, 0.44),
]


@pytest.mark.parametrize(("name", "p_floor", "r_floor"), FLOORS, ids=[f[0] for f in FLOORS])
def test_country_level_precision_and_recall_stay_above_their_floor(
    shared_data: Path, name: str, p_floor: float, r_floor: float
) -> None:
    report = evaluate.evaluate_file(GOLD / name, data=shared_data)
    s = report.summary()
    assert s["errors"] == 0, report.errors[:3]
    assert s["events"]["precision"] >= p_floor, evaluate.format_report(report)
    assert s["events"]["recall"] >= r_floor, evaluate.format_report(report)
    # negated events the gold marks must not be coded as things that happened
    assert s["traps_coded_as_events"] <= max(2, s["traps"] // 4)

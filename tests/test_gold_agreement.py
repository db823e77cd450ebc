"""gold/agreement.py: agreement between two annotators' gold files, by warta eval's matching rule (no shared data)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
import agreement


def ev(type_, actors, recipients=(), evidence="", **kw):
    return {"type": type_, "actors": [{"country": c} for c in actors],
            "recipients": [{"country": c} for c in recipients], "evidence": evidence, **kw}  # fmt: skip


A_LINE = json.dumps(
    {
        "id": "t-1",
        "events": [
            ev("ACCUSE", ["IRN"], ["USA"], "Iran menuduh Amerika Serikat berbohong"),
            ev("CONSULT", ["USA", "PRK"], [], "Trump bertemu Kim Jong-un di Panmunjom", symmetric=True),
            ev("PROTEST", ["HKG"], ["GBR"], "Ribuan demonstran berunjuk rasa di depan konsulat"),
            ev("THREATEN", ["IRN"], ["USA"], "Iran siap membalas jika diserang", modality="future"),
            ev("SANCTION", ["USA"], ["IRN"], "AS menjatuhkan sanksi baru kepada Iran"),
        ],
        "traps": [{"kind": "metaphor", "looks_like": "ASSAULT", "evidence": "perang propaganda antara kedua negara"}],
    }
)
B_LINE = json.dumps(
    {
        "id": "t-1",
        "events": [
            ev("ACCUSE", ["IRN"], ["USA"], "Iran menuduh Amerika Serikat berbohong"),
            ev("CONSULT", ["PRK"], ["USA"], "Trump bertemu Kim Jong-un di Panmunjom"),  # one way of a symmetric event
            ev("ASSAULT", ["IRN"], ["USA"], "perang propaganda antara kedua negara"),  # A's trap
            ev("SANCTION", ["USA"], ["CHN"], "AS menjatuhkan sanksi baru kepada Iran"),  # dyad differs
            ev("REJECT", ["IRN"], ["USA"], "Iran menolak tuduhan itu", negated=True),  # not a positive
        ],
        "traps": [],
    }
)


@pytest.fixture()
def result():
    a = {"t-1": agreement.parse_gold(A_LINE)}
    b = {"t-1": agreement.parse_gold(B_LINE)}
    return agreement.compare(a, b)


def test_country_and_type_level_scores(result) -> None:
    r = result.b_vs_a
    # A has 4 positives (the future THREATEN is not one), B 4 (the negated REJECT is not one): ACCUSE and CONSULT
    # agree at country level; SANCTION agrees on type only.
    assert (r.country.tp, r.country.fp, r.country.fn) == (2, 2, 2)
    assert (r.type_level.tp, r.type_level.fp, r.type_level.fn) == (3, 1, 1)
    assert r.country.prf()[0] == pytest.approx(0.5)
    assert (r.dyad_ok, r.dyad_total) == (2, 3)
    # by symmetry, A against B has the same counts with precision and recall swapped
    s = result.a_vs_b
    assert (s.country.tp, s.country.fp, s.country.fn) == (2, 2, 2)
    assert result.counts_a == {"ACCUSE": 1, "CONSULT": 1, "PROTEST": 1, "SANCTION": 1}
    assert r.per_type["PROTEST"].fn == 1 and r.per_type["ASSAULT"].fp == 1


def test_disagreements_are_categorised(result) -> None:
    cats = sorted(d.category for d in result.disagreements)
    assert cats == ["dyad", "missed_by_b", "trap_a"]
    text = agreement.format_agreement(result)
    assert "B against A, country level: P 0.500  R 0.500" in text
    assert "perang propaganda" in text


def test_command_line(tmp_path: Path, capsys) -> None:
    (tmp_path / "a.jsonl").write_text(A_LINE + "\n" + json.dumps({"id": "t-2", "events": []}) + "\n", "utf-8")
    (tmp_path / "b.jsonl").write_text(B_LINE + "\n", "utf-8")
    agreement.main([str(tmp_path / "a.jsonl"), str(tmp_path / "b.jsonl")])
    out = capsys.readouterr().out
    assert out.startswith("articles 1;")  # only the article both files hold
    with pytest.raises(SystemExit):
        agreement.main([str(tmp_path / "a.jsonl"), str(tmp_path / "b.jsonl"), "--ids", "t-2"])

"""IndoTimex (25 Kompas articles, TIMEX3 gold): floors a little under what bench/times.py measured (strict F1 0.947,
relaxed F1 0.958, value accuracy 0.934); they only move up."""

from __future__ import annotations

import pytest

from warta.analyze.sentences import split
from warta.analyze.times import extract
from warta.analyze.timex_eval import Score, comparable, read_timeml, score


@pytest.mark.shared
def test_indotimex_floors(shared_data):
    files = sorted((shared_data / "id-timex-indotimex" / "Kompas_test_gold").glob("*.tml"))
    assert len(files) == 25
    total = Score()
    for path in files:
        doc = read_timeml(path)
        total.add(score(doc.timexes, extract(doc.text, doc.dct, "id", split(doc.text, "id")), doc.name))
    assert total.gold == 193
    assert total.strict_f1 >= 0.92
    assert total.relaxed_f1 >= 0.94
    assert total.value_accuracy >= 0.91


def test_read_timeml_strips_nested_tags(tmp_path):
    path = tmp_path / "a.tml"
    path.write_text(
        '<TimeML><DCT><TIMEX3 tid="t0" type="TIME" value="2014-12-29">Senin</TIMEX3></DCT><TITLE>Judul</TITLE>'
        '<TEXT>Pesawat hilang <TIMEX3 tid="t1" type="TIME" value="2014-12-28T06:18">'
        '<TIMEX3 tid="t2" type="DATE" value="2014-12-28">Minggu (28/12/2014)</TIMEX3> pukul 06.18</TIMEX3> &amp; '
        '<TIMEX3 tid="t3" type="DATE" value="PRESENT_REF">kini</TIMEX3> dicari.</TEXT></TimeML>',
        "utf-8",
    )
    doc = read_timeml(path)
    assert doc.dct == "2014-12-29"
    assert doc.text == "Pesawat hilang Minggu (28/12/2014) pukul 06.18 & kini dicari."
    assert [(t.text, t.value) for t in doc.timexes] == [
        ("Minggu (28/12/2014) pukul 06.18", "2014-12-28T06:18"),
        ("Minggu (28/12/2014)", "2014-12-28"),
        ("kini", "PRESENT_REF"),
    ]
    found = extract(doc.text, doc.dct, "id", split(doc.text, "id"))
    s = score(doc.timexes, found)
    assert (s.gold, s.system, s.strict) == (3, 2, 2)
    assert s.value_accuracy == 1.0


def test_comparable_maps_timex3_values_iso_cannot_state():
    assert comparable("PRESENT_REF") is None and comparable("PXM") is None and comparable("2014-WI") is None
    assert comparable("2014-12-28TMO") == "2014-12-28"
    assert comparable("2014-12-31T06") == "2014-12-31T06:00"
    assert comparable("2023-06-30T14:00+07:00") == "2023-06-30T14:00"
    assert comparable("2023-W25") == "2023-W25"

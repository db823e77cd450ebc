"""The Python contract (CONTRACT.md, "Python", "Input records", "Output"): ``warta.process`` and ``warta.process_many``
on realistic pages from the demo corpus, and the article/event JSON checked field by field against the contract.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import datetime
from typing import Any, Union

import pytest

import warta
from warta.demo import corpus_path
from warta.model import Doc
from warta.pipeline import Pipeline, Rejection

# Realistic pages: Indonesian and English, HTML and scraped text, with quotes, places, datelines and events.
PAGES = (
    "medcom/india-china-sepakat-patroli-perbatasan-ladakh.html",
    "medcom/xi-jinping-kunjungi-moskow-bertemu-putin.txt",
    "bbc/kim-jong-un-meets-putin-vostochny-cosmodrome.html",
)
RECORDS = [json.loads(line) for line in (corpus_path() / "records.jsonl").read_text("utf-8").splitlines()
           if line.strip()]

def opt(t: Any) -> Any:
    return Union[t, None]  # noqa: UP007 - a runtime type for isinstance checks


# The contract's fields (CONTRACT.md "Output"), name -> type. A dict value is a nested object with its own fields;
# a one-element list is "a list of that". Added fields are allowed (the contract is extended only by adding).
PLACE = {"text": opt(str), "start": opt(int), "end": opt(int), "name": str, "country": opt(str),
         "lat": opt(float), "lon": opt(float), "geonameid": opt(int)}
ACTOR = {"name": str, "kb_id": opt(str), "country": opt(str), "sector": opt(str)}
PARTICIPANT = {**ACTOR, "text": str, "start": int, "end": int}
EVENT = {
    "id": str, "type": str, "mode": opt(str), "contexts": [str], "actors": [PARTICIPANT], "recipients": [PARTICIPANT],
    "date": opt(str), "place": (PLACE, None), "negated": bool, "modality": str,
    "sentence": {"start": int, "end": int}, "trigger": {"text": str, "start": int, "end": int},
    "confidence": float, "score": opt(float),
}
ARTICLE = {
    "id": str, "url": opt(str), "source": opt(str), "language": opt(str), "title": opt(str), "authors": [str],
    "published": opt(str), "dateline": ({"text": str, "place": (PLACE, None)}, None), "text": str,
    "captions": [{"text": str, "credit": opt(str)}],
    "entities": [{"text": str, "start": int, "end": int, "type": str, "name": str, "kb_id": opt(str),
                  "country": opt(str), "sector": opt(str)}],
    "times": [{"text": str, "start": int, "end": int, "type": str, "value": opt(str)}],
    "places": [PLACE],
    "quotes": [{"text": str, "start": int, "end": int, "verb": opt(str), "speaker": (ACTOR, None)}],
    "events": [EVENT],
}


def shape_errors(value: Any, spec: Any, path: str, seen: set[str]) -> list[str]:
    """Where ``value`` departs from ``spec``; ``seen`` collects the paths of non-empty lists and non-null objects,
    so a test can tell a checked structure from one that was only ever empty."""
    if isinstance(spec, tuple):  # an object or null
        if value is None:
            return []
        return shape_errors(value, spec[0], path, seen)
    if isinstance(spec, dict):
        if not isinstance(value, dict):
            return [f"{path}: {type(value).__name__}, want an object"]
        seen.add(path)
        out = [f"{path}.{k}: missing" for k in spec if k not in value]
        for k, sub in spec.items():
            if k in value:
                out += shape_errors(value[k], sub, f"{path}.{k}", seen)
        return out
    if isinstance(spec, list):
        if not isinstance(value, list):
            return [f"{path}: {type(value).__name__}, want a list"]
        if value:
            seen.add(path + "[]")
        return [e for i, item in enumerate(value) for e in shape_errors(item, spec[0], f"{path}[{i}]", seen)]
    # JSON has one number type: an integral float is fine where a float is due, a bool is never a number.
    allowed = spec.__args__ if hasattr(spec, "__args__") else (spec,)
    if isinstance(value, bool) and bool not in allowed:
        return [f"{path}: bool {value!r}, want {spec}"]
    if float in allowed and isinstance(value, int) and not isinstance(value, bool):
        return []
    if not isinstance(value, allowed):
        return [f"{path}: {type(value).__name__} {value!r:.60}, want {spec}"]
    return []


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return warta.api.default_pipeline()


@pytest.fixture(scope="module")
def docs(pipe: Pipeline) -> list[Doc]:
    """Three pages through ``warta.process`` and every demo JSONL record through ``warta.process_many``."""
    out = [warta.process((corpus_path() / p).read_text("utf-8")) for p in PAGES]
    out += list(warta.process_many(RECORDS))
    return out


def test_output_json_has_every_contract_field_with_its_type(docs: list[Doc]) -> None:
    seen: set[str] = set()
    problems = []
    for doc in docs:
        data = json.loads(json.dumps(doc.to_dict()))  # what a JSON Lines reader gets
        problems += shape_errors(data, ARTICLE, doc.article.id, seen)
    assert not problems, "\n".join(problems[:20])
    # The check was not vacuous: every list and nested object of the contract occurred filled at least once.
    kinds = {p.split(".", 1)[1] for p in seen if "." in p}
    kinds = {re.sub(r"\[\d+\]", "", k) for k in kinds}  # "quotes[3].speaker" -> "quotes.speaker"
    for want in ("captions[]", "entities[]", "times[]", "places[]", "quotes[]", "quotes.speaker", "events[]",
                 "events.actors[]", "events.recipients[]", "events.contexts[]", "events.place", "dateline",
                 "dateline.place", "events.trigger", "authors[]"):
        assert want in kinds, f"no page filled {want}; the type check of it never ran"


def test_shape_checker_catches_a_missing_or_mistyped_field(docs: list[Doc]) -> None:
    data = docs[0].to_dict()
    del data["title"]
    data["authors"] = "Willy Haryono"
    errors = shape_errors(data, ARTICLE, "a", set())
    assert "a.title: missing" in errors and any(e.startswith("a.authors: str") for e in errors)


def test_process_one_page(docs: list[Doc]) -> None:
    doc = docs[0]
    assert isinstance(doc, warta.Doc) and doc.article.text and doc.article.language == "id"
    assert set(doc.versions) == set(warta.api.default_pipeline().names)
    again = warta.process((corpus_path() / PAGES[0]).read_text("utf-8"))
    assert again.to_dict() == doc.to_dict()  # same input -> same output, same id


def test_process_takes_its_hints_for_a_page_that_lacks_them() -> None:
    text = (corpus_path() / PAGES[1]).read_text("utf-8")
    doc = warta.process(text, url="https://www.medcom.id/x", source="medcom.id", lang="id")
    assert doc.article.url == "https://www.medcom.id/x"
    assert doc.article.source == "medcom.id" and doc.article.language == "id"
    assert doc.article.id != warta.process(text).article.id  # the url is part of a page's identity


def test_process_rejects_an_unusable_page_with_a_reason() -> None:
    with pytest.raises(warta.Rejected) as err:
        warta.process("   ")
    assert err.value.reason and err.value.stage


def test_process_many_streams() -> None:
    """The first Doc comes out after one record went in: the stream never holds the corpus."""
    taken = 0

    def endless() -> Iterator[dict[str, Any]]:
        nonlocal taken
        while True:
            for record in RECORDS:
                taken += 1
                yield record

    stream = warta.process_many(endless())
    first = next(stream)
    assert taken == 1 and first.page is not None and first.page.id == RECORDS[0]["id"]
    ids = [r["id"] for r in RECORDS]
    assert [next(stream).page.id for _ in ids] == ids[1:] + ids[:1]  # type: ignore[union-attr]
    # a record's id is the article's identity: the same record again is the same article
    assert next(stream).article.id == next(warta.process_many([RECORDS[1]])).article.id


def test_process_many_passes_bad_records_to_on_reject_and_goes_on() -> None:
    good = RECORDS[1]
    bad: list[Any] = [
        "not an object",
        {"id": "neither"},
        {"id": "both", "html": "<p>x</p>", "text": "x"},
        {"id": "typed", "text": 42},
        {"id": "short", "text": "Terlalu pendek."},
    ]
    rejected: list[Rejection] = []
    out = list(warta.process_many([bad[0], good, *bad[1:], good], on_reject=rejected.append))
    assert [d.page.id for d in out] == [good["id"], good["id"]]  # type: ignore[union-attr]
    assert len(rejected) == len(bad) and all(isinstance(r, Rejection) for r in rejected)
    assert [r.reason for r in rejected[:4]] == ["bad-record"] * 4
    assert rejected[4].stage == "extract" and rejected[4].reason  # a stage's rejection, with the stage named
    assert all(r.detail for r in rejected)
    assert list(warta.process_many([bad[1]])) == []  # without on_reject a bad record is still no crash


def test_a_record_states_the_truth_and_hints_only_fill_gaps() -> None:
    record = dict(RECORDS[0])  # an HTML record whose page prints its own title and time
    record.update(title="Judul dari Rekaman", published="2023-08-16T11:25:00+07:00", source="tribunnews.com")
    hints = {"published": "1999-01-01", "source": "hint.example", "language": "en", "url": "https://hint.example/"}
    doc = next(warta.process_many([record], hints=hints))
    art = doc.article
    assert art.title == "Judul dari Rekaman"
    assert art.published == "2023-08-16T11:25:00+07:00"
    assert (art.source, art.language, art.url) == ("tribunnews.com", "id", record["url"])
    bare = {k: v for k, v in record.items() if k not in ("source", "url", "published")}
    filled = next(warta.process_many([bare], hints=hints)).article
    assert (filled.source, filled.url, filled.language) == ("hint.example", "https://hint.example/", "id")
    assert filled.published and filled.published.startswith("1999-01-01")


def test_process_many_accepts_pages(pipe: Pipeline) -> None:
    page = warta.Page((corpus_path() / PAGES[2]).read_text("utf-8"), "html", source="bbc.co.uk")
    (doc,) = warta.process_many([page], pipeline=pipe)
    assert doc.article.source == "bbc.co.uk" and doc.article.language == "en" and doc.events


@pytest.mark.parametrize("published", ["kemarin sore", "12/09/2019 10:00"])
def test_a_published_that_is_not_iso_8601_is_rejected_or_dropped(published: str) -> None:
    text = (corpus_path() / PAGES[1]).read_text("utf-8")
    try:
        doc = warta.process(text, published=published)
    except warta.Rejected:
        return
    value = doc.article.published
    assert value is None or datetime.fromisoformat(value.replace("Z", "+00:00"))

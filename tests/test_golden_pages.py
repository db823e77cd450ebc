"""Golden pages: the extract stage on every page of the demo corpus, checked against what its writer planted.

Each page of ``src/warta/demo/corpus`` was written in the shape of a real portal family with its boilerplate, and
``tests/golden/expected.json`` records, per page, the title, authors, publication time, dateline, captions, story
sentences that must survive (first, middle and last paragraph) and every boilerplate line that must not.
Expectations are never weakened to fit the extractor: a page it does not yet get right is listed in
``KNOWN_FAILURES`` with the reason, and runs as a strict xfail, so fixing it turns the run red until the entry goes.
"""

from __future__ import annotations

import html
import json
import re
import unicodedata
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

import warta
from warta.demo import corpus_path
from warta.model import Doc
from warta.pipeline import Pipeline

EXPECTED = json.loads((Path(__file__).parent / "golden" / "expected.json").read_text("utf-8"))["articles"]

# page key -> why the current extractor fails it, written by tests/golden/authoring/failures.py from a run against
# the `extract` branch. Each is a strict xfail: when the extractor is fixed the run turns red until the entry goes.
KNOWN_FAILURES: dict[str, str] = json.loads((Path(__file__).parent / "golden" / "known_failures.json").read_text("utf-8"))


def key(entry: dict[str, Any]) -> str:
    return entry["file"] + (f"#{entry['record']}" if entry.get("record") else "")


def norm(text: str) -> str:
    """Compare text as a reader would: NFC, HTML entities resolved, runs of whitespace as one space."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", html.unescape(text))).strip()


@pytest.fixture(scope="module")
def extract_only() -> Pipeline:
    return Pipeline(["extract"])


def load_input(entry: dict[str, Any]) -> dict[str, Any] | str:
    path = corpus_path() / entry["file"]
    if entry.get("record"):
        for line in path.read_text("utf-8").splitlines():
            rec = json.loads(line)
            if rec["id"] == entry["record"]:
                return rec
        raise AssertionError(f"record {entry['record']} not in {path}")
    return path.read_text("utf-8")


def run(pipe: Pipeline, entry: dict[str, Any]) -> Doc:
    source = load_input(entry)
    if isinstance(source, dict):
        docs = list(warta.process_many([source], pipeline=pipe))
        assert len(docs) == 1, f"record {entry['record']} was rejected"
        return docs[0]
    return warta.process(source, pipeline=pipe)


def instant(value: str | None) -> datetime | None:
    if not value:
        return None
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


def dateline_matches(got: str | None, want: str) -> bool:
    """'JAKARTA' and 'Jakarta' are the same dateline; AP's 'JAKARTA, Indonesia' names the same place."""
    if got is None:
        return False
    got_n, want_n = norm(got).casefold(), want.casefold()
    return got_n == want_n or got_n.split(",")[0].strip() == want_n


def params() -> list[Any]:
    out = []
    for entry in EXPECTED:
        marks = []
        if key(entry) in KNOWN_FAILURES:
            marks.append(pytest.mark.xfail(strict=True, reason=KNOWN_FAILURES[key(entry)]))
        out.append(pytest.param(entry, id=key(entry), marks=marks))
    return out


@pytest.mark.parametrize("entry", params())
def test_golden_page(entry: dict[str, Any], extract_only: Pipeline) -> None:
    doc = run(extract_only, entry)
    art = doc.article
    body = norm(art.text)
    problems: list[str] = []

    if norm(art.title or "") != norm(entry["title"]):
        problems.append(f"title {art.title!r} != {entry['title']!r}")
    if [norm(a) for a in art.authors] != [norm(a) for a in entry["authors"]]:
        problems.append(f"authors {art.authors!r} != {entry['authors']!r}")
    got_time, want_time = instant(art.published), instant(entry["published"])
    if got_time is None or got_time.tzinfo is None:
        problems.append(f"published {art.published!r}: want {entry['published']} with its zone offset")
    elif got_time != want_time or got_time.utcoffset() != want_time.utcoffset():
        problems.append(f"published {art.published!r} != {entry['published']!r}")
    if "dateline" in entry:
        got_dl = art.dateline.text if art.dateline else None
        if entry["dateline"] is None:
            if got_dl is not None:
                problems.append(f"dateline {got_dl!r}: the page prints none")
        elif not dateline_matches(got_dl, entry["dateline"]):
            problems.append(f"dateline {got_dl!r} != {entry['dateline']!r}")
    for want in entry["captions"]:
        head = norm(want["text"])[:50].casefold()
        found = [c for c in art.captions if head in norm(c.text).casefold()]
        if not found:
            problems.append(f"caption missing: {want['text'][:60]!r}")
        elif not any(norm(c.credit or "") == norm(want["credit"]) for c in found):
            problems.append(f"caption credit {[c.credit for c in found]!r} != {want['credit']!r}")
    for snippet in entry["must"]:
        if norm(snippet) not in body:
            problems.append(f"body lacks: {snippet[:70]!r}")
    for snippet in entry["must_not"]:
        if norm(snippet) in body:
            problems.append(f"body keeps boilerplate: {snippet[:70]!r}")
    assert not problems, f"{key(entry)}:\n  " + "\n  ".join(problems)


@pytest.mark.parametrize("entry", [pytest.param(e, id=key(e)) for e in EXPECTED])
def test_expectations_are_in_the_page(entry: dict[str, Any]) -> None:
    """The golden file and the page agree: every must snippet, the title and each caption are in the page source."""
    source = load_input(entry)
    page = source if isinstance(source, str) else (source.get("html") or source.get("text") or "")
    if entry["file"].endswith(".html") or (isinstance(source, dict) and source.get("html")):
        import lxml.html

        page = lxml.html.fromstring(page).text_content()  # markup splits "<b>Jakarta</b> - " from the page's view
    raw = norm(page)
    for snippet in [entry["title"], *entry["must"], *(c["text"] for c in entry["captions"])]:
        assert norm(snippet) in raw, f"{key(entry)}: {snippet[:60]!r} is not in the page"
    planted = [s for s in entry["must_not"] if norm(s) in raw]
    assert len(planted) == len(entry["must_not"]), "a must_not snippet was never planted in the page"


def test_known_failures_name_real_pages() -> None:
    assert set(KNOWN_FAILURES) <= {key(e) for e in EXPECTED}

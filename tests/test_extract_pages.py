"""Saved pages (written for these tests, shaped like Kompas, Detik, Antara, Reuters and a scraped text): each
``tests/pages/<name>.toml`` lists the fields expected of ``<name>.html``/``<name>.txt`` and text that must / must not
be in the body."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from warta.model import Page
from warta.pipeline import Pipeline

PAGES = Path(__file__).parent / "pages"
CASES = sorted(PAGES.glob("*.toml"))


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline(["extract"])


def _load(case: Path):
    spec = tomllib.loads(case.read_text("utf-8"))
    kind = spec.get("kind", "html")
    content = case.with_suffix(".txt" if kind == "text" else ".html").read_text("utf-8")
    return spec, Page(content, kind, url=spec.get("url"), origin=case.name)


@pytest.mark.parametrize("case", CASES, ids=[c.stem for c in CASES])
def test_saved_page(case, pipeline):
    spec, page = _load(case)
    a = pipeline(page).article
    assert a.title == spec["title"]
    assert a.authors == spec["authors"]
    assert a.published == spec["published"]
    assert (a.dateline.text if a.dateline else None) == spec.get("dateline")
    for key in ("source", "language"):
        if key in spec:
            assert getattr(a, key) == spec[key], key
    credits = [c.credit for c in a.captions]
    for credit in spec.get("caption_credits", []):
        assert credit in credits
    texts = [c.text for c in a.captions]
    assert len(texts) == len(set(texts)), "a caption is stored twice"
    assert a.text.startswith(spec["starts"])
    for snippet in spec.get("must", []):
        assert snippet in a.text, snippet
    for snippet in spec.get("must_not", []):
        assert snippet not in a.text, snippet
    assert "\n\n\n" not in a.text and a.text == a.text.strip()
    for caption in a.captions:  # captions live in `captions`, never in the body
        if len(caption.text) > 20:
            assert caption.text not in a.text


def test_cases_exist():
    assert len(CASES) >= 5

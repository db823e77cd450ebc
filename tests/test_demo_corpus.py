"""The bundled demo corpus: big enough, both languages, every shape, marked as written for warta, nothing copied."""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from pathlib import Path

import pytest

from warta.demo import corpus_path, iter_corpus_files

MARK = "warta-demo: written for warta, not a real article"
EXPECTED = json.loads((Path(__file__).parent / "golden" / "expected.json").read_text("utf-8"))["articles"]


def pages() -> list[tuple[str, str]]:
    """(name, page content) for every article: one per file, one per JSONL record."""
    out = []
    for path in iter_corpus_files():
        if path.suffix == ".jsonl":
            for line in path.read_text("utf-8").splitlines():
                rec = json.loads(line)
                out.append((f"{path.name}#{rec['id']}", rec.get("html") or rec.get("text")))
        else:
            out.append((str(path.relative_to(corpus_path())), path.read_text("utf-8")))
    return out


def test_corpus_size_and_languages() -> None:
    assert len(pages()) >= 36
    langs = Counter(e["language"] for e in EXPECTED)
    assert set(langs) == {"id", "en"}
    assert 0.5 <= langs["id"] / sum(langs.values()) <= 0.7  # roughly 60% Indonesian


def test_every_page_has_an_expectation_and_back() -> None:
    names = {n for n, _ in pages()}
    keys = {e["file"] + (f"#{e['record']}" if e.get("record") else "") for e in EXPECTED}
    assert names == keys


def test_shapes() -> None:
    files = [p for p in iter_corpus_files()]
    assert sum(p.suffix == ".txt" for p in files) >= 6, "at least six scraped plain-text pages"
    assert sum(p.suffix == ".html" for p in files) >= 20
    records = [json.loads(x) for x in (corpus_path() / "records.jsonl").read_text("utf-8").splitlines()]
    assert len(records) >= 3
    for rec in records:
        assert {"id", "url", "source", "published", "language"} <= rec.keys()
        assert ("html" in rec) != ("text" in rec)


def test_dates_span_two_years() -> None:
    months = {e["published"][:7] for e in EXPECTED}
    assert min(months) <= "2023-02" and max(months) >= "2024-11"
    assert len({m[:4] for m in months}) == 2 and len(months) >= 20


@pytest.mark.parametrize("name,content", pages())
def test_marked_as_written_for_warta(name: str, content: str) -> None:
    assert MARK in content, name


def test_nothing_copied_from_shared(shared_data: Path) -> None:
    """No corpus file (or record payload) is byte-identical to a file under ../shared."""
    ours = {hashlib.sha256(p.read_bytes()).hexdigest(): p.name for p in iter_corpus_files()}
    ours.update({hashlib.sha256(c.encode()).hexdigest(): n for n, c in pages()})
    sizes = {len(p.read_bytes()) for p in iter_corpus_files()} | {len(c.encode()) for _, c in pages()}
    for path in shared_data.parent.rglob("*"):
        if path.is_file() and path.stat().st_size in sizes:
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
            assert digest not in ours, f"{ours[digest]} is a copy of {path}"


def test_seed_text_not_reused(seed_page: str) -> None:
    """The seed page is the model of the scraped-text shape; none of its story lines appear in ours (its portal
    boilerplate, such as the medcom.id footer, is the shape itself and may)."""
    lines = seed_page.splitlines()
    start = next(i for i, line in enumerate(lines) if "\u2022" in line)
    end = next(i for i, line in enumerate(lines) if line.startswith("Cek Berita"))
    seed_lines = [line.strip() for line in lines[start + 1 : end] if len(line.strip()) > 40]
    assert len(seed_lines) >= 10
    for name, content in pages():
        for line in seed_lines:
            assert line not in content, f"{name} repeats a line of the seed page"

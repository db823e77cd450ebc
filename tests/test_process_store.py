from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from warta.cli import main
from warta.commands.process import RejectsFile, store_all
from warta.config import load
from warta.ingest.files import expand, iter_pages
from warta.run import execute
from warta.store import open_store

BODY = (
    "Menteri Luar Negeri RI Retno Marsudi bertemu Menteri Luar Negeri Jepang Yoko Kamikawa di Tokyo, Selasa. "
    "Keduanya sepakat memperkuat kerja sama maritim dan perdagangan kedua negara.\n\n"
    "Pertemuan itu membahas pula situasi di Laut China Selatan dan rencana latihan bersama tahun depan."
)


def _pages(tmp_path, n):
    folder = tmp_path / "in"
    folder.mkdir(exist_ok=True)
    with (folder / "records.jsonl").open("w") as fh:
        for i in range(n):
            fh.write(json.dumps({"id": f"doc-{i}", "text": BODY.replace("Selasa", f"Selasa ke-{i}"),
                                 "published": "2024-03-12T10:00:00+07:00", "language": "id"}) + "\n")
    return folder


def test_the_same_pages_twice_give_one_article_each(tmp_path):
    folder, db = _pages(tmp_path, 3), str(tmp_path / "w.db")
    first = CliRunner().invoke(main, ["process", str(folder), "--db", db])
    assert first.exit_code == 0, first.output
    assert "3 stored" in first.stderr
    again = CliRunner().invoke(main, ["process", str(folder), "--db", db])
    assert again.exit_code == 0 and "0 stored, 3 unchanged" in again.stderr
    store = open_store(db)
    try:
        assert store.stats()["counts"]["articles"] == 3
        assert store.stats()["counts"]["runs"] == 2
        doc = store.article(store.articles(limit=1)[0][0]["id"])
        assert doc["entities"] and doc["text"].startswith("Menteri Luar Negeri RI")
    finally:
        store.close()


def test_an_interrupted_run_keeps_what_it_stored_and_resumes(tmp_path):
    folder, db = _pages(tmp_path, 6), str(tmp_path / "w.db")
    cfg = load()

    def dies_after(results, n):
        for i, result in enumerate(results):
            if i == n:
                raise KeyboardInterrupt
            yield result

    results = execute(iter_pages(expand([str(folder)])), cfg)
    with pytest.raises(KeyboardInterrupt):
        store_all(dies_after(results, 4), db, cfg, rejects=RejectsFile(None))
    store = open_store(db)
    assert store.stats()["counts"]["articles"] == 4
    store.close()
    summary = store_all(execute(iter_pages(expand([str(folder)])), cfg), db, cfg, rejects=RejectsFile(None))
    assert (summary.stored, summary.unchanged) == (2, 4)

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from warta.cli import main
from warta.config import load
from warta.ingest.files import expand, iter_pages
from warta.run import execute

ARTICLE = (
    "<html><head><title>Menlu RI bertemu Menlu Jepang</title></head><body><article>"
    "<h1>Menlu RI bertemu Menlu Jepang</h1>"
    "<p>Menteri Luar Negeri RI bertemu dengan Menteri Luar Negeri Jepang di Tokyo pada Selasa untuk membahas "
    "kerja sama maritim dan perdagangan kedua negara yang terus berkembang.</p>"
    "<p>Kedua menteri sepakat memperkuat kerja sama di bidang energi dan keamanan kawasan Indo-Pasifik.</p>"
    "</article></body></html>"
)


def _corpus(tmp_path, n=6):
    folder = tmp_path / "pages"
    folder.mkdir()
    for i in range(n):
        (folder / f"p{i}.html").write_text(ARTICLE.replace("Tokyo", f"Tokyo {i}"))
    (folder / "empty.txt").write_text("   \n")
    (folder / "records.jsonl").write_text('{"id": "r1", "text": "Satu kalimat berita yang cukup panjang untuk dianggap sebagai artikel berita."}\n{broken\n')
    return folder


def test_out_jsonl_counts_rejects_and_never_stops(tmp_path):
    folder = _corpus(tmp_path)
    rejects = tmp_path / "rejects.jsonl"
    result = CliRunner().invoke(main, ["process", str(folder), "--out", "-", "--rejects", str(rejects)])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert len(lines) == 7  # six pages and one good record
    assert all(doc["text"] for doc in lines)
    reasons = [json.loads(line)["reason"] for line in rejects.read_text().splitlines()]
    assert sorted(reasons) == ["bad-json", "empty"], reasons
    assert "2 rejected" in result.stderr


def test_user_errors_exit_1_with_one_line(tmp_path):
    result = CliRunner().invoke(main, ["process", str(tmp_path / "missing.html"), "--out", "-"])
    assert result.exit_code == 1
    assert result.stderr.strip().count("\n") == 0 and "no such file" in result.stderr
    result = CliRunner().invoke(main, ["process", str(tmp_path), "--out", "-", "--set", "nonsense"])
    assert result.exit_code == 1 and "section.key=value" in result.stderr


def test_usage_error_exits_2():
    assert CliRunner().invoke(main, ["process"]).exit_code == 2


def test_url_hint_needs_a_single_input(tmp_path):
    folder = _corpus(tmp_path)
    result = CliRunner().invoke(main, ["process", str(folder), "--url", "https://x.test/a", "--out", "-"])
    assert result.exit_code == 1 and "--url" in result.stderr


def _ids(results):
    return [(type(r).__name__, getattr(getattr(r, "article", None), "id", None) or getattr(r, "reason", None)) for r in results]


def _light_config():
    # The executors are under test, not the stages: a short pipeline keeps worker start-up cheap.
    return load(overrides=['pipeline.stages=["extract", "language", "sentences", "times"]'])


def test_pool_gives_the_same_output_in_the_same_order(tmp_path):
    folder = _corpus(tmp_path)
    cfg = _light_config()
    files = expand([str(folder)])
    local = list(execute(iter_pages(files), cfg, engine="local"))
    pool = list(execute(iter_pages(files), cfg, engine="pool", workers=2))
    assert _ids(local) == _ids(pool)
    assert [r.to_dict() for r in local if hasattr(r, "to_dict") and hasattr(r, "article")] == [
        r.to_dict() for r in pool if hasattr(r, "to_dict") and hasattr(r, "article")
    ]


@pytest.mark.slow
def test_dask_gives_the_same_output(tmp_path):
    pytest.importorskip("dask.distributed")
    folder = _corpus(tmp_path, n=3)
    cfg = _light_config()
    files = expand([str(folder)])
    local = list(execute(iter_pages(files), cfg, engine="local"))
    dask = list(execute(iter_pages(files), cfg, engine="dask", workers=1))
    assert _ids(local) == _ids(dask)


def test_a_published_hint_that_is_not_iso_is_a_user_error(tmp_path):
    folder = _corpus(tmp_path)
    result = CliRunner().invoke(main, ["process", str(folder), "--published", "kemarin", "--out", "-"])
    assert result.exit_code == 1 and "--published" in result.stderr and "ISO 8601" in result.stderr


def test_a_worker_that_cannot_start_ends_the_run_with_one_error(tmp_path):
    from warta.errors import ExecutorError

    folder = _corpus(tmp_path, n=2)
    cfg = _light_config()
    cfg["extract"] = {"no_such_option": 1}  # every worker fails to build its pipeline
    with pytest.raises(ExecutorError, match="worker process died"):
        list(execute(iter_pages(expand([str(folder)])), cfg, engine="pool", workers=2))

@pytest.mark.parametrize("option", ["--out", "--rejects"])
def test_an_output_that_cannot_be_a_file_is_a_one_line_error_before_any_work(tmp_path, option):
    page = tmp_path / "p.html"
    page.write_text(ARTICLE)
    for bad in (tmp_path, tmp_path / "missing" / "x.jsonl"):
        args = ["process", str(page), "--out", "-", "--rejects", str(tmp_path / "r.jsonl")]
        args[args.index(option) + 1] = str(bad)
        result = CliRunner().invoke(main, args)
        assert result.exit_code == 1, result.output
        assert result.stderr.startswith("warta: error:") and result.stderr.strip().count("\n") == 0, result.stderr
        assert option in result.stderr
        assert "Traceback" not in result.output and not result.stdout


def test_an_output_that_is_also_an_input_is_refused_and_left_alone(tmp_path):
    records = tmp_path / "records.jsonl"
    records.write_text('{"id": "r1", "html": ' + json.dumps(ARTICLE) + "}\n")
    before = records.read_text()
    for option in ("--out", "--rejects"):
        args = ["process", str(tmp_path), "--out", str(tmp_path / "o.txt.out"), "--rejects", str(tmp_path / "r.out")]
        args[args.index(option) + 1] = str(records)
        result = CliRunner().invoke(main, args)
        assert result.exit_code == 1 and "also an input" in result.stderr, result.output
        assert records.read_text() == before

def test_a_text_far_longer_than_any_article_is_rejected_not_stalled(tmp_path):
    page = tmp_path / "dump.txt"
    page.write_text("Kata Presiden Joko Widodo di Jakarta. " * 3000)  # 114,000 characters
    rejects = tmp_path / "rejects.jsonl"
    result = CliRunner().invoke(main, ["process", str(page), "--out", "-", "--rejects", str(rejects)])
    assert result.exit_code == 0 and not result.stdout.strip()
    assert json.loads(rejects.read_text())["reason"] == "too-long"

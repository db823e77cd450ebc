"""``warta serve``: the command line around the app (``--get`` answers one request in-process; no server starts)."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from test_serve_samples import fill

from warta.cli import main


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return fill(str(tmp_path_factory.mktemp("cli") / "warta.db"))


def test_get_prints_the_json_answer(db):
    result = CliRunner().invoke(main, ["serve", "--db", db, "--get", "/api/events?actor=USA&recipient=IRN"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["total"] == 1 and data["items"][0]["type"] == "SANCTION"


def test_get_of_an_error_prints_the_error_shape_and_exits_1(db):
    result = CliRunner().invoke(main, ["serve", "--db", db, "--get", "/api/articles/nope"])
    assert result.exit_code == 1
    assert json.loads(result.stdout) == {"ok": False, "error": "no article with id 'nope'", "status": 404}


def test_missing_database_is_one_line_and_exit_1(tmp_path):
    result = CliRunner().invoke(main, ["serve", "--db", str(tmp_path / "none.db"), "--get", "/api/stats"])
    assert result.exit_code == 1
    assert result.stderr.startswith("warta: error: no database at") and result.stderr.count("\n") == 1
    assert not (tmp_path / "none.db").exists()  # serving never creates a database


def test_get_needs_a_path(db):
    result = CliRunner().invoke(main, ["serve", "--db", db, "--get", "api/stats"])
    assert result.exit_code == 1 and "starting with '/'" in result.stderr


def test_help_has_an_example():
    result = CliRunner().invoke(main, ["serve", "--help"])
    assert result.exit_code == 0 and "warta serve --db warta.db --get" in result.output

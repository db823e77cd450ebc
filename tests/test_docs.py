"""The documentation is tested like code: every command has help that ends with an example, and the README
documents every command."""

from __future__ import annotations

from pathlib import Path

import click
import pytest

from warta.cli import main

README = (Path(__file__).resolve().parents[1] / "README.md").read_text("utf-8")


def _commands(group: click.Group, prefix: str = "warta"):
    for name, cmd in sorted(group.commands.items()):
        path = f"{prefix} {name}"
        yield path, cmd
        if isinstance(cmd, click.Group):
            yield from _commands(cmd, path)


COMMANDS = list(_commands(main))


@pytest.mark.parametrize("path,cmd", COMMANDS, ids=[p for p, _ in COMMANDS])
def test_every_command_has_help_with_an_example(path, cmd):
    assert cmd.help and cmd.help.strip(), f"{path} has no help"
    # The example sits at the end of the help text or in the epilog click prints after the options.
    assert "example" in ((cmd.epilog or "") + cmd.help).lower(), f"{path}: help should end with an example"


@pytest.mark.parametrize("path,cmd", COMMANDS, ids=[p for p, _ in COMMANDS])
def test_every_command_is_in_the_readme(path, cmd):
    assert f"`{path}" in README, f"README.md does not document `{path}`"


def test_readme_opens_with_the_two_setup_commands():
    first_block = README.split("```", 2)[1]
    assert "scripts/demo.sh" in first_block and "scripts/test.sh" in first_block

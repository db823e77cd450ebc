"""The ``warta`` command line: a thin layer over the library. Data goes to stdout, logs and progress to stderr.

Commands live in ``warta.commands.<name>``; each module adds its commands to ``main``.
"""

from __future__ import annotations

import importlib
import sys

import click

from . import __version__
from .errors import WartaError

# Modules that add commands to the group (each owns its verbs).
COMMAND_MODULES = ["process", "demo", "query", "export", "serve", "eval", "train"]


class _Group(click.Group):
    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except WartaError as err:  # expected failures: one line, exit 1, no traceback
            click.echo(f"warta: error: {err}", err=True)
            sys.exit(1)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="warta")
def main() -> None:
    """warta: raw news pages -> clean articles -> who did what to whom, when, where, and what was said.

    \b
    Example:
      warta process ./pages --db warta.db
    """


for _name in COMMAND_MODULES:
    importlib.import_module(f"warta.commands.{_name}")

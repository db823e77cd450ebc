"""``warta export``: a database as PLOVER JSON Lines, GDELT-style tables, CSV or Parquet."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from ..cli import main
from ..errors import InputError
from ..export import FORMATS
from ..store import open_store


@main.command(epilog="\b\nExample:\n  warta export --format parquet --db warta.db --out tables/")
@click.option("--format", "fmt", type=click.Choice(FORMATS), required=True,
              help="plover: one PLOVER event per line (a file, or - for stdout); gdelt: events.tsv + mentions.tsv; "
                   "csv / parquet: one file per table (articles, sentences, entities, times, places, quotes, events, "
                   "participants, evidence).")  # fmt: skip
@click.option("--out", "out", required=True, metavar="DIR_OR_FILE", help="A folder (gdelt, csv, parquet) or a file.")
@click.option("--db", default="warta.db", show_default=True, envvar="WARTA_DB",
              help="Database: a SQLite file or a postgresql:// URL (env WARTA_DB).")  # fmt: skip
@click.option("--include-negated", is_flag=True, help="plover: also events the text says did not happen "
                                                        "(has_event false).")  # fmt: skip
@click.option("--no-text", is_flag=True, help="plover: leave the sentence text out of the records.")
def export(fmt, out, db, include_negated, no_text) -> None:
    """Export a database for other tools: PLOVER, GDELT 2.0-style, CSV or Parquet (pandas, polars, duckdb)."""
    from ..export import gdelt, plover, tables

    with open_store(db, create=False) as store:
        if fmt == "plover":
            if out == "-":
                n = plover.write(store, sys.stdout, include_negated=include_negated, with_text=not no_text)
            else:
                path = Path(out)
                if path.is_dir():
                    raise InputError(f"--out {out} is a folder; the PLOVER export is one file (or - for stdout)")
                try:
                    path.parent.mkdir(parents=True, exist_ok=True)
                    with open(path, "w", encoding="utf-8") as handle:
                        n = plover.write(store, handle, include_negated=include_negated, with_text=not no_text)
                except OSError as err:
                    raise InputError(f"cannot write {out}: {err.strerror}") from None
            counts = {"events": n}
        elif fmt == "gdelt":
            counts = gdelt.write(store, out)
        elif fmt == "csv":
            counts = tables.write_csv(store, out)
        else:
            counts = tables.write_parquet(store, out)
    click.echo(f"exported {', '.join(f'{v} {k}' for k, v in counts.items())} as {fmt} to {out}", err=True)

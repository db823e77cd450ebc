"""``warta eval``: score the pipeline against gold files (the library is ``warta.evaluate``)."""

from __future__ import annotations

import json
from pathlib import Path

import click

from ..cli import main


@main.command("eval")
@click.argument("gold", type=click.Path(path_type=Path))
@click.option(
    "--data",
    type=click.Path(path_type=Path),
    default=None,
    help="The shared data folder holding the corpora the gold refers to by id "
    "(default: ../shared/data beside the current directory).",
)
@click.option("--limit", type=int, default=None, help="Score only the first N gold articles.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as one JSON object on stdout.")
@click.option("--errors", "show_errors", is_flag=True, help="Also list every missed, extra and trap event on stderr.")
def eval_command(gold: Path, data: Path | None, limit: int | None, as_json: bool, show_errors: bool) -> None:
    """Run the pipeline on the articles of GOLD (JSON Lines, see docs/eval-format.md) and score its events
    (and entities, times and quotes where the gold has them): per-type precision/recall/F1 at country level,
    dyad and date accuracy, and traps (negated or hypothetical events) coded as events.

    \b
    Example:
      warta eval gold/id-events-dev.jsonl --data ../shared/data
    """
    from ..evaluate import evaluate_file, format_report

    if data is None:
        guess = Path.cwd().parent / "shared" / "data"
        data = guess if guess.is_dir() else None
    report = evaluate_file(gold, data=data, limit=limit)
    if as_json:
        click.echo(json.dumps(report.summary(), ensure_ascii=False))
    else:
        click.echo(format_report(report))
    if show_errors:
        for line in report.errors + report.misses:
            click.echo(line, err=True)

"""``warta train``: train the small statistical models that ship inside the package."""

from __future__ import annotations

from pathlib import Path

import click

from ..cli import main
from ..errors import InputError


@main.group()
def train() -> None:
    """Train a model that ships in warta/models (from the project's shared data; nothing is downloaded).

    \b
    Example:
      warta train ner --data ../shared/data
    """


@train.command("ner")
@click.option("--data", type=click.Path(path_type=Path), default=None,
              help="The shared data folder holding id-ner-idner2k/ (default: ../shared/data beside the checkout).")
@click.option("--out", type=click.Path(path_type=Path), default=None,
              help="Where to write ner-id.crfsuite and ner-id.casing.tsv (default: the package's models folder).")
@click.option("--no-dev", is_flag=True, help="Train on the train split only and score dev (for tuning).")
@click.option("--c1", type=float, default=0.05, show_default=True, help="L1 regularisation.")
@click.option("--c2", type=float, default=0.05, show_default=True, help="L2 regularisation.")
@click.option("--clusters", is_flag=True,
              help="Add word-cluster features (needs numpy and scipy; no gain on dev, so the shipped model has none).")
def train_ner_command(data: Path | None, out: Path | None, no_dev: bool, c1: float, c2: float,
                      clusters: bool) -> None:  # fmt: skip
    """Train the Indonesian CRF name tagger on IDNER-2k (train + dev) and print its test-split scores.

    \b
    Example:
      warta train ner --data ../shared/data
    """
    from ..analyze.ner_crf import packaged_model
    from ..analyze.ner_train import default_data, train_ner

    try:
        train_ner(data or default_data(), out or packaged_model().parent, with_dev=not no_dev, c1=c1, c2=c2,
                  clusters=clusters, log=lambda msg: click.echo(msg, err=True))  # fmt: skip
    except FileNotFoundError as err:
        raise InputError(str(err)) from None

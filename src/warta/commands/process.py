"""``warta process``: read pages, run the pipeline, store them (or write JSON Lines)."""

from __future__ import annotations

import json
import logging
import sys
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

import click

from .. import config as configuration
from ..cli import main
from ..errors import InputError, Rejected
from ..ingest.files import Hints, expand, iter_pages
from ..ingest.records import check_published
from ..model import Doc
from ..pipeline import Pipeline, Rejection
from ..run import ENGINES, execute

log = logging.getLogger("warta")

PROGRESS_FROM = 5  # show a progress bar for more than a handful of inputs


@dataclass
class Summary:
    pages: int = 0
    stored: int = 0
    unchanged: int = 0
    written: int = 0
    rejected: Counter = field(default_factory=Counter)
    seconds: float = 0.0

    def line(self, target: str) -> str:
        parts = [f"{self.pages} page{'s' if self.pages != 1 else ''}"]
        if self.written:
            parts.append(f"{self.written} written to {target}")
        if self.stored or self.unchanged:
            parts.append(f"{self.stored} stored, {self.unchanged} unchanged in {target}")
        rejected = sum(self.rejected.values())
        if rejected:
            why = ", ".join(f"{reason} {n}" for reason, n in self.rejected.most_common())
            parts.append(f"{rejected} rejected ({why})")
        rate = self.pages / self.seconds if self.seconds > 0 else 0.0
        return f"warta: {'; '.join(parts)} in {self.seconds:.1f} s ({rate:.1f} pages/s)"


def load_config(config_file: str | None, overrides: tuple[str, ...]) -> dict[str, Any]:
    return configuration.load(config_file, overrides)


def run_pipeline(
    inputs: list[str],
    cfg: dict[str, Any],
    *,
    hints: Hints = Hints(),
    engine: str | None = None,
    workers: int = 1,
    scheduler: str | None = None,
    progress: bool | None = None,
    stdin: IO[bytes] | None = None,
    outputs: tuple[str | None, ...] = (),
) -> Iterator[Doc | Rejection]:
    """``outputs``: files this run will write; naming one of the inputs is refused (it would be truncated or
    appended to while it is read)."""
    files = expand(inputs)
    try:
        check_published(hints.published)
    except Rejected as err:
        raise InputError(f"--published: {err.detail}") from None
    if hints.url and len(files) > 1:
        raise InputError("--url names one page: give it with a single file or standard input")
    read = {Path(f).resolve() for f in files if f != "-"}
    for out in outputs:
        if out and out != "-" and Path(out).resolve() in read:
            raise InputError(f"{out} is also an input: write the output to another file")
    Pipeline(config=cfg)  # build once here so a bad configuration fails before any work starts
    results = execute(iter_pages(files, hints, stdin=stdin), cfg, engine=engine, workers=workers, scheduler=scheduler)
    show = progress if progress is not None else len(files) > PROGRESS_FROM or any(f.endswith((".jsonl", ".warc", ".gz")) for f in files)
    if show:
        from tqdm import tqdm

        results = tqdm(results, desc="warta", unit="page", file=sys.stderr, disable=None, leave=False)
    return results


class RejectsFile:
    """Appends rejected pages, one JSON object per line, with the time of the run; opened only when needed."""

    def __init__(self, path: str | None):
        if path is not None:
            _check_writable(path, "--rejects")
        self.path = path
        self.handle: IO[str] | None = None
        self.stamp = time.strftime("%Y-%m-%dT%H:%M:%S%z")

    def write(self, rejection: Rejection) -> None:
        log.info("rejected %s: %s (%s)", rejection.origin, rejection.reason, rejection.detail)
        if self.path is None:
            return
        if self.handle is None:
            try:
                self.handle = open(self.path, "a", encoding="utf-8")
            except OSError as err:
                raise InputError(f"cannot write the rejects file {self.path}: {err.strerror}") from None
        self.handle.write(json.dumps({"run": self.stamp, **rejection.to_dict()}, ensure_ascii=False) + "\n")
        self.handle.flush()

    def close(self) -> None:
        if self.handle is not None:
            self.handle.close()


def _check_writable(path: str, option: str) -> None:
    """Fail before any work (not at the first page that needs the file) when ``path`` cannot be a file."""
    target = Path(path)
    if target.is_dir():
        raise InputError(f"{option} {path} is a folder: give a file name")
    if not target.parent.is_dir():
        raise InputError(f"{option} {path}: no such folder {target.parent}")


def consume(
    results: Iterator[Doc | Rejection],
    *,
    store: Any = None,
    out: IO[str] | None = None,
    rejects: RejectsFile,
    summary: Summary | None = None,
) -> Summary:
    """Send every result where it goes; a stored article is committed before the next one is read.

    ``summary`` is updated as results arrive, so a caller keeps the counts of a run that is interrupted."""
    summary = summary if summary is not None else Summary()
    start = time.perf_counter()
    for result in results:
        summary.pages += 1
        if isinstance(result, Rejection):
            summary.rejected[result.reason] += 1
            rejects.write(result)
            continue
        if out is not None:
            out.write(json.dumps(result.to_dict(), ensure_ascii=False) + "\n")
            summary.written += 1
        if store is not None:
            if store.write(result):
                summary.stored += 1
            else:
                summary.unchanged += 1
    summary.seconds = time.perf_counter() - start
    return summary


def store_all(results: Iterator[Doc | Rejection], db: str, cfg: dict[str, Any], *, rejects: RejectsFile) -> Summary:
    """Store every article as it comes (each committed on its own) and record the run with its counts."""
    from ..store import open_store

    store = open_store(db)
    try:
        run_id = store.start_run(Pipeline(config=cfg).versions(), cfg)
        summary = Summary()
        try:
            consume(results, store=store, rejects=rejects, summary=summary)
        finally:  # an interrupted run still records what it stored
            store.finish_run(run_id, stored=summary.stored, rejected=sum(summary.rejected.values()))
        return summary
    finally:
        store.close()


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--db", default="warta.db", show_default=True, help="Database: a SQLite file or postgresql://… URL.")
@click.option("--out", "out_path", default=None, help="Write article JSON Lines to FILE (or - for stdout) instead of the database.")
@click.option("--url", default=None, help="URL of the page (one file or stdin only).")
@click.option("--published", default=None, help="Publication date or date-time (ISO 8601) for inputs that lack it.")
@click.option("--source", default=None, help="Outlet name (e.g. medcom.id) for inputs that lack it.")
@click.option("--lang", default=None, help="Language code (id, en) for inputs that lack it.")
@click.option("--rejects", default="warta-rejects.jsonl", show_default=True, help="Where rejected pages are appended, with their reason.")
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 256), help="Local worker processes.")
@click.option("--engine", type=click.Choice(ENGINES), default=None, help="Executor (default: local for 1 worker, pool for more, dask with --scheduler).")
@click.option("--scheduler", default=None, help="Address of an existing Dask scheduler to run on.")
@click.option("--config", "config_file", default=None, type=click.Path(dir_okay=False), help="A TOML configuration file.")
@click.option("--set", "overrides", multiple=True, metavar="KEY=VALUE", help="Override one configuration value, e.g. extract.timeout=5.")
@click.option("--progress/--no-progress", default=None, help="Show a progress bar on stderr (default: for more than a handful of pages).")
def process(inputs, db, out_path, url, published, source, lang, rejects, workers, engine, scheduler, config_file, overrides, progress):
    """Read pages and run the whole pipeline.

    INPUT is a file (.html/.htm, .txt, .jsonl, .warc/.warc.gz), a folder (read recursively) or - for standard input.
    Without --out the articles are stored in the database and a summary goes to stderr.

    \b
    Examples:
      warta process pages/ --db news.db
      warta process page.html --url https://example.com/a --out -
      cat records.jsonl | warta process - --out articles.jsonl
    """
    cfg = load_config(config_file, overrides)
    hints = Hints(url=url, published=published, source=source, language=lang)
    if out_path not in (None, "-"):
        _check_writable(out_path, "--out")
    sink = RejectsFile(rejects)
    results = run_pipeline(list(inputs), cfg, hints=hints, engine=engine, workers=workers, scheduler=scheduler,
                           progress=progress, outputs=(out_path, rejects))  # fmt: skip
    try:
        if out_path is not None:
            if out_path == "-":
                summary = consume(results, out=sys.stdout, rejects=sink)
                target = "stdout"
            else:
                try:
                    with open(out_path, "w", encoding="utf-8") as fh:
                        summary = consume(results, out=fh, rejects=sink)
                except OSError as err:  # cannot open, or a full disk: stored nothing, so nothing is lost
                    raise InputError(f"cannot write --out {out_path}: {err.strerror}") from None
                target = out_path
        else:
            summary = store_all(results, db, cfg, rejects=sink)
            target = db
    finally:
        sink.close()
    click.echo(summary.line(target), err=True)
    if summary.rejected and rejects:
        click.echo(f"warta: rejected pages and reasons appended to {Path(rejects)}", err=True)

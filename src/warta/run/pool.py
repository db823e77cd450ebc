"""A local process pool: each worker builds the pipeline once, pages stream through in order."""

from __future__ import annotations

import multiprocessing as mp
from collections.abc import Iterable, Iterator
from typing import Any

from ..model import Doc, Page
from ..pipeline import Pipeline, Rejection
from .local import guarded

_PIPELINE: Pipeline | None = None


def _init(config: dict[str, Any]) -> None:
    global _PIPELINE
    _PIPELINE = Pipeline(config=config)


def _work(item: Page | Rejection) -> Doc | Rejection:
    if isinstance(item, Rejection):
        return item
    assert _PIPELINE is not None
    return guarded(_PIPELINE, item)


def run_pool(items: Iterable[Page | Rejection], config: dict[str, Any], *, workers: int) -> Iterator[Doc | Rejection]:
    # "spawn" keeps workers free of the parent's threads and open database handles; the cost (~0.5 s per worker)
    # is paid once per run. imap keeps input order and streams (it does not hold the corpus).
    ctx = mp.get_context("spawn")
    with ctx.Pool(workers, initializer=_init, initargs=(config,), maxtasksperchild=2000) as pool:
        yield from pool.imap(_work, items, chunksize=4)

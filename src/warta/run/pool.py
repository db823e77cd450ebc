"""A local process pool: each worker builds the pipeline once, pages stream through in order.

``concurrent.futures.ProcessPoolExecutor`` rather than ``multiprocessing.Pool``: when a worker dies (a crash in a C
extension, or a pipeline that cannot be built in the worker) the executor fails with an error instead of restarting
workers forever, and the run stops with one line — everything stored before it is kept, and a rerun resumes.
"""

from __future__ import annotations

import multiprocessing as mp
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from ..errors import ExecutorError
from ..model import Doc, Page
from ..pipeline import Pipeline, Rejection
from .local import guarded
from .stream import ordered_batches

_PIPELINE: Pipeline | None = None

# Pages per task: a page takes ~30-45 ms of CPU in the whole pipeline (bench/pipeline.py), so 8 pages amortise the
# ~1 ms cost of shipping a task while keeping two cores evenly busy.
BATCH = 8


def _init(config: dict[str, Any]) -> None:
    global _PIPELINE
    _PIPELINE = Pipeline(config=config)


def _work(batch: list[Page | Rejection]) -> list[Doc | Rejection]:
    assert _PIPELINE is not None
    return [item if isinstance(item, Rejection) else guarded(_PIPELINE, item) for item in batch]


def run_pool(items: Iterable[Page | Rejection], config: dict[str, Any], *, workers: int) -> Iterator[Doc | Rejection]:
    # "spawn" keeps workers free of the parent's threads and open database handles; the start-up cost (about 4 s of
    # CPU per worker for the models and indexes, bench/pipeline.py) is paid once per run.
    ctx = mp.get_context("spawn")
    with ProcessPoolExecutor(workers, mp_context=ctx, initializer=_init, initargs=(config,)) as pool:
        try:
            yield from ordered_batches(items, lambda chunk: pool.submit(_work, chunk), batch=BATCH, window=2 * workers)
        except BrokenProcessPool as err:
            raise ExecutorError(
                f"a worker process died ({err}); what was stored so far is kept and a rerun resumes"
            ) from None

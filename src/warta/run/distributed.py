"""Dask execution: a LocalCluster on this machine, or an existing cluster by scheduler address.

Pages are sent in batches with a bounded number in flight, so a corpus streams through without being held in
memory; results come back in input order.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from ..errors import ConfigError
from ..model import Doc, Page
from ..pipeline import Pipeline, Rejection
from .local import guarded
from .stream import ordered_batches

BATCH = 16  # pages per task: enough to amortise scheduling (~1 ms/task), small enough to balance 2-core machines


def _run_batch(config: dict[str, Any], batch: list[Page | Rejection]) -> list[Doc | Rejection]:
    pipeline = _cached_pipeline(config)
    return [item if isinstance(item, Rejection) else guarded(pipeline, item) for item in batch]


_CACHE: dict[int, Pipeline] = {}


def _cached_pipeline(config: dict[str, Any]) -> Pipeline:
    key = hash(repr(sorted(config.items(), key=lambda kv: kv[0])))
    if key not in _CACHE:
        _CACHE[key] = Pipeline(config=config)
    return _CACHE[key]


def run_dask(
    items: Iterable[Page | Rejection], config: dict[str, Any], *, workers: int, scheduler: str | None
) -> Iterator[Doc | Rejection]:
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        raise ConfigError("the dask engine needs the 'dask' extra: pip install 'warta[dask]'") from None
    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        # Bind the dashboard to loopback on a free port: Dask's default binds every interface.
        cluster = LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address="127.0.0.1:0",
            host="127.0.0.1",
        )  # fmt: skip
        client = Client(cluster)
    try:
        window = max(2, 2 * len(client.scheduler_info().get("workers", {})))
        yield from ordered_batches(
            items, lambda chunk: client.submit(_run_batch, config, chunk, pure=False), batch=BATCH, window=window
        )
    finally:
        client.close()
        if cluster is not None:
            cluster.close()

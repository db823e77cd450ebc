"""Executors: the pipeline is a pure function of a page, so where it runs is swappable.

``local`` runs in this process; ``pool`` in local worker processes (the default for more than one worker);
``dask`` on a Dask cluster (a LocalCluster, or an existing one by ``scheduler`` address). All three yield results
in input order, so the output does not depend on the executor.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from ..errors import ConfigError
from ..model import Doc, Page
from ..pipeline import Rejection
from .local import run_local

ENGINES = ("local", "pool", "dask")

Result = Doc | Rejection


def execute(
    items: Iterable[Page | Rejection],
    config: dict[str, Any],
    *,
    engine: str | None = None,
    workers: int = 1,
    scheduler: str | None = None,
) -> Iterator[Result]:
    """Run the configured pipeline over a stream of Pages; Rejections from reading pass straight through."""
    if engine is None:
        engine = "dask" if scheduler else ("pool" if workers > 1 else "local")
    if engine not in ENGINES:
        raise ConfigError(f"unknown engine {engine!r}; choose one of {', '.join(ENGINES)}")
    if engine == "local":
        return run_local(items, config)
    if engine == "pool":
        from .pool import run_pool

        return run_pool(items, config, workers=max(1, workers))
    from .distributed import run_dask

    return run_dask(items, config, workers=max(1, workers), scheduler=scheduler)

"""Streaming a corpus through a pool of workers in input order, with a bounded number of batches in flight."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from typing import Any, Protocol, TypeVar

T = TypeVar("T")
R = TypeVar("R")


class _Future(Protocol[R]):  # concurrent.futures.Future and dask's Future both have this
    def result(self) -> R: ...


def ordered_batches(
    items: Iterable[T], submit: Callable[[list[T]], _Future[list[R]]], *, batch: int, window: int
) -> Iterator[R]:
    """Submit ``items`` in batches, keep at most ``window`` batches in flight, yield results in input order.

    The corpus is never held in memory: a batch is read from ``items`` only when a slot frees up."""
    stream = iter(items)
    pending: deque[Any] = deque()
    while True:
        while len(pending) < window:
            chunk = list(islice(stream, batch))
            if not chunk:
                break
            pending.append(submit(chunk))
        if not pending:
            return
        yield from pending.popleft().result()

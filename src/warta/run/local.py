"""In-process execution, and the per-page guard every executor uses."""

from __future__ import annotations

import logging
import traceback
from collections.abc import Iterable, Iterator
from typing import Any

from ..model import Doc, Page
from ..pipeline import Pipeline, Rejection, run_one

log = logging.getLogger("warta.run")


def guarded(pipeline: Pipeline, page: Page) -> Doc | Rejection:
    """Run one page; a rejection is data, and so is a bug hit by one page: a batch never dies of one page.

    The bug is logged with its traceback and the page goes to the rejects file with reason ``error``.
    """
    try:
        return run_one(pipeline, page)
    except Exception as err:  # noqa: BLE001 - deliberately broad: one page must not end a corpus run
        log.warning("error on %s: %s\n%s", page.origin, err, traceback.format_exc())
        return Rejection(page.origin, None, "error", f"{type(err).__name__}: {err}"[:500], page.id, page.url)


def run_local(items: Iterable[Page | Rejection], config: dict[str, Any]) -> Iterator[Doc | Rejection]:
    pipeline = Pipeline(config=config)
    for item in items:
        yield item if isinstance(item, Rejection) else guarded(pipeline, item)

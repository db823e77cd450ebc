"""The library's front door: ``process`` for one page, ``process_many`` for a stream of input records."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from .ingest.records import page_from_record, page_from_string
from .model import Doc, Page
from .errors import Rejected
from .pipeline import Pipeline, Rejection, run_one

log = logging.getLogger("warta")

_DEFAULT: Pipeline | None = None


def default_pipeline() -> Pipeline:
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Pipeline()
    return _DEFAULT


def process(
    html_or_text: str | bytes,
    url: str | None = None,
    published: str | None = None,
    source: str | None = None,
    lang: str | None = None,
    *,
    pipeline: Pipeline | None = None,
) -> Doc:
    """Run the whole pipeline on one page (HTML or already-scraped text). Raises ``Rejected`` for an unusable page."""
    page = page_from_string(html_or_text, url=url, published=published, source=source, language=lang)
    return (pipeline or default_pipeline())(page)


def process_many(
    records: Iterable[dict[str, Any] | Page],
    *,
    pipeline: Pipeline | None = None,
    on_reject: Callable[[Rejection], None] | None = None,
    hints: dict[str, str | None] | None = None,
) -> Iterator[Doc]:
    """Stream Docs for input records (dicts as in CONTRACT.md, or Pages). Rejected pages are logged and passed to
    ``on_reject``; they never stop the stream. Records are read lazily, so a corpus is never held in memory.

    ``hints`` (``url``, ``published``, ``source``, ``language``) fill what a dict record lacks, as the command line's
    hints do; a field the record states always wins."""
    pipe = pipeline or default_pipeline()
    for i, record in enumerate(records):
        try:
            page = record if isinstance(record, Page) else page_from_record(record, origin=f"record {i}", hints=hints)
        except Rejected as err:
            result: Doc | Rejection = Rejection(err.origin, "ingest", err.reason, err.detail)
        else:
            result = run_one(pipe, page)
        if isinstance(result, Rejection):
            log.info("rejected %s: %s (%s)", result.origin, result.reason, result.detail)
            if on_reject is not None:
                on_reject(result)
        else:
            yield result

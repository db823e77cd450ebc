"""The database's tables as files: CSV (one file per table) or Parquet (pyarrow), read straight back by pandas,
polars and duckdb.

A table is exported as the store keeps it (one row per record, ``(article_id, idx)`` keys, the same column names),
streamed in batches so a corpus never has to fit in memory. Column types: text -> string, integers -> int64,
floats -> float64, booleans -> bool; ``articles.authors`` and ``events.contexts`` are lists of strings in Parquet;
the other JSON columns (dateline, captions, pipeline, quote speaker, event place) are JSON text. In CSV, lists are
JSON text too and a missing value is an empty cell.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import JSON, BigInteger, Boolean, Float, Integer, Table, select

from ..errors import InputError
from ..store import Store
from ..store import schema as s

TABLES: dict[str, Table] = {
    "articles": s.articles, "sentences": s.sentences, "entities": s.entities, "times": s.times, "places": s.places,
    "quotes": s.quotes, "events": s.events, "participants": s.participants, "evidence": s.evidence,
}  # fmt: skip
# Store-internal bookkeeping that means nothing outside the database.
SKIP = {("articles", "doc_hash")}
LIST_COLUMNS = {("articles", "authors"), ("events", "contexts")}
BATCH = 5_000


def columns(name: str) -> list[str]:
    return [c.name for c in TABLES[name].columns if (name, c.name) not in SKIP]


def rows(store: Store, name: str) -> Iterator[list[dict[str, Any]]]:
    """Batches of a table's rows, in primary-key order, with JSON columns as the export writes them."""
    table = TABLES[name]
    cols = [table.c[c] for c in columns(name)]
    json_cols = {c.name for c in cols if isinstance(c.type, JSON)}
    with store.engine.connect() as conn:
        result = conn.execution_options(stream_results=True, yield_per=BATCH).execute(
            select(*cols).order_by(*table.primary_key.columns)
        )
        for part in result.mappings().partitions(BATCH):
            batch = []
            for m in part:
                row = dict(m)
                for c in json_cols:
                    if (name, c) not in LIST_COLUMNS and row[c] is not None:
                        row[c] = json.dumps(row[c], ensure_ascii=False)
                batch.append(row)
            yield batch


def arrow_schema(name: str):
    import pyarrow as pa

    fields = []
    for c in columns(name):
        col = TABLES[name].c[c]
        if (name, c) in LIST_COLUMNS:
            kind = pa.list_(pa.string())
        elif isinstance(col.type, Boolean):
            kind = pa.bool_()
        elif isinstance(col.type, Integer | BigInteger):
            kind = pa.int64()
        elif isinstance(col.type, Float):
            kind = pa.float64()
        else:
            kind = pa.string()
        fields.append(pa.field(c, kind, nullable=not (col.primary_key or col.nullable is False)))
    return pa.schema(fields)


def out_folder(out: str | Path, writes: str = "one file per table") -> Path:
    """The ``--out`` folder of an export that ``writes`` several files, created when absent."""
    path = Path(out)
    if path.exists() and not path.is_dir():
        raise InputError(f"--out {path} is a file; this format writes {writes} into a folder")
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise InputError(f"cannot create the --out folder {path}: {err.strerror}") from None
    return path


def write_parquet(store: Store, out: str | Path, tables: list[str] | None = None) -> dict[str, int]:
    """``<out>/<table>.parquet`` for every table; returns rows written per table."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    folder = out_folder(out)
    counts = {}
    for name in tables or list(TABLES):
        schema = arrow_schema(name)
        n = 0
        with pq.ParquetWriter(folder / f"{name}.parquet", schema, compression="zstd") as writer:
            for batch in rows(store, name):
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                n += len(batch)
            if n == 0:
                writer.write_table(schema.empty_table())
        counts[name] = n
    return counts


def write_csv(store: Store, out: str | Path, tables: list[str] | None = None) -> dict[str, int]:
    """``<out>/<table>.csv`` (UTF-8, header row) for every table; returns rows written per table."""
    folder = out_folder(out)
    counts = {}
    for name in tables or list(TABLES):
        n = 0
        with open(folder / f"{name}.csv", "w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=columns(name))
            writer.writeheader()
            for batch in rows(store, name):
                for row in batch:
                    writer.writerow({k: _cell(v) for k, v in row.items()})
                n += len(batch)
        counts[name] = n
    return counts


def _cell(value: Any) -> Any:
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, bool):
        return "true" if value else "false"
    return value

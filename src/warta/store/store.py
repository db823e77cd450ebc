"""The store: Docs in, article JSON and query answers out, on SQLite or PostgreSQL through the same code.

Writes are idempotent and transactional: an article's id is stable (``Page.fingerprint``), writing the same Doc
twice is a no-op (its normalised JSON hashes the same), and writing a changed Doc (a newer pipeline, a fixed page)
replaces the article and every analysis layer in one transaction. A write that fails rolls back and leaves what was
there before, so a killed run loses nothing it reported as stored; ``has(id)`` lets a rerun skip finished articles.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Self

from sqlalchemy import Connection, delete, func, insert, select, text, update
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError

from .. import __version__
from ..errors import StoreError
from ..model import Doc
from ..pipeline import Rejection
from . import queries
from . import rows as r
from . import schema as s
from .engine import database_url, make_engine, sqlite_path, writing
from .fulltext import FullText
from .migrations import migrate

_INSERT_ORDER = ("sentences", "entities", "times", "places", "quotes", "events", "participants", "evidence")


def open_store(target: str | Path = "warta.db", *, create: bool = True) -> Store:
    """Open (and create or migrate) a database: a file path, ``sqlite:///path`` or ``postgresql://user@host/db``.

    With ``create=False`` a missing SQLite file is an error instead of a new empty database (for read-only commands).
    """
    url = database_url(target)
    path = sqlite_path(url)
    if path and not create and not os.path.exists(path):
        raise StoreError(f"no database at {path} (run `warta process ... --db {path}` first)")
    if path and not os.path.isdir(os.path.dirname(path) or "."):
        raise StoreError(f"cannot create a database in {os.path.dirname(path)}: no such folder")
    return Store(url)


class Store:
    def __init__(self, url: str):
        self.url = url
        self.engine = make_engine(url)
        self.dialect = self.engine.dialect.name
        self.fulltext = FullText(self.dialect)
        try:
            self.schema_version = migrate(self.engine, self.fulltext)
            with self.engine.connect() as conn:
                self.fulltext.load(conn)
        except (OperationalError, DBAPIError) as err:
            self.engine.dispose()
            raise StoreError(f"cannot open the database {self.engine.url.render_as_string()}: {_first_line(err)}") from None

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.engine.dispose()

    # --- writing ------------------------------------------------------------------------------------------------
    def write(self, doc: Doc, *, run_id: int | None = None) -> bool:
        """Store one Doc in one transaction. True if stored or replaced, False if identical already there."""
        data, digest = r.normalised_and_hash(doc.to_dict())
        if not data.get("id"):
            raise StoreError("cannot store an article without an id")
        for attempt in (1, 2):
            try:
                with writing(self.engine) as conn:
                    return self._write(conn, data, digest, run_id)
            except IntegrityError:
                # PostgreSQL: another process inserted the same new article between our check and insert.
                if attempt == 2:
                    raise
        return False  # unreachable

    def write_many(self, docs: Iterable[Doc], *, run_id: int | None = None) -> int:
        """Store Docs one transaction each; returns how many were stored or replaced."""
        return sum(self.write(doc, run_id=run_id) for doc in docs)

    def _write(self, conn: Connection, data: dict[str, Any], digest: str, run_id: int | None) -> bool:
        aid = data["id"]
        if self.dialect == "postgresql":  # writers of the same article queue here (SQLite: BEGIN IMMEDIATE does it)
            conn.execute(text("SELECT pg_advisory_xact_lock(hashtextextended(:id, 0))"), {"id": aid})
        old = conn.execute(select(s.articles.c.doc_hash).where(s.articles.c.id == aid)).first()
        if old is not None and old[0] == digest:
            return False
        if old is not None:
            self._delete(conn, aid)
        conn.execute(insert(s.articles), r.article_row(data, digest, run_id, _now()))
        layers = r.layer_rows(data)
        for name in _INSERT_ORDER:
            if layers[name]:
                conn.execute(insert(s.metadata.tables[name]), layers[name])
        entries = [("article", None, data.get("title"), data.get("text"))]
        entries += [("quote", q["idx"], q["speaker_name"], q["text"]) for q in layers["quotes"]]
        self.fulltext.index(conn, aid, data.get("language"), entries)
        return True

    def _delete(self, conn: Connection, article_id: str) -> None:
        for table in s.LAYER_TABLES:
            conn.execute(delete(table).where(table.c.article_id == article_id))
        self.fulltext.delete(conn, article_id)
        conn.execute(delete(s.articles).where(s.articles.c.id == article_id))

    def delete(self, article_id: str) -> bool:
        """Remove an article and its layers; True if it was there."""
        article_id = r.normalise(article_id)
        with writing(self.engine) as conn:
            there = conn.execute(select(s.articles.c.id).where(s.articles.c.id == article_id)).first() is not None
            self._delete(conn, article_id)
        return there

    def has(self, article_id: str) -> bool:
        article_id = r.normalise(article_id)
        with self.engine.connect() as conn:
            return conn.execute(select(s.articles.c.id).where(s.articles.c.id == article_id)).first() is not None

    # --- runs ---------------------------------------------------------------------------------------------------
    def start_run(self, pipeline_versions: dict[str, str], config: dict[str, Any]) -> int:
        row = {"started": _now(), "warta_version": __version__,
               "pipeline": r.normalise(dict(pipeline_versions)), "config": r.normalise(_jsonable(config))}  # fmt: skip
        with writing(self.engine) as conn:
            return conn.execute(insert(s.runs).returning(s.runs.c.id), row).scalar_one()

    def finish_run(self, run_id: int, stored: int, rejected: int) -> None:
        with writing(self.engine) as conn:
            done = conn.execute(
                update(s.runs).where(s.runs.c.id == run_id).values(finished=_now(), stored=stored, rejected=rejected)
            )
            if done.rowcount == 0:
                raise StoreError(f"no run {run_id} in this database")

    def add_rejects(self, run_id: int | None, rejections: Iterable[Rejection]) -> int:
        """Record rejected pages of a run (origin, stage, reason, detail); returns how many."""
        rows = [{"run_id": run_id, "origin": x.origin, "stage": x.stage, "reason": x.reason, "detail": x.detail,
                 "article_id": x.id, "url": x.url} for x in rejections]  # fmt: skip
        if rows:
            with writing(self.engine) as conn:
                conn.execute(insert(s.rejects), r.normalise(rows))
        return len(rows)

    def runs(self) -> list[dict[str, Any]]:
        with self.engine.connect() as conn:
            return [dict(row._mapping) for row in conn.execute(select(s.runs).order_by(s.runs.c.id))]

    def rejects(self, run_id: int | None = None) -> list[dict[str, Any]]:
        query = select(s.rejects).order_by(s.rejects.c.id)
        if run_id is not None:
            query = query.where(s.rejects.c.run_id == run_id)
        with self.engine.connect() as conn:
            return [dict(row._mapping) for row in conn.execute(query)]

    # --- reading ------------------------------------------------------------------------------------------------
    def article(self, article_id: str) -> dict[str, Any] | None:
        """The full article JSON (``Doc.to_dict()`` shape, normalised), or None."""
        with self.engine.connect() as conn:
            return queries.article(conn, r.normalise(article_id))

    def iter_articles(self, ids: list[str] | None = None, batch: int = 200):
        """Full article JSONs for ``ids`` (default: every article, by id), read ``batch`` articles at a time."""
        if ids is None:
            with self.engine.connect() as conn:
                ids = [row[0] for row in conn.execute(select(s.articles.c.id).order_by(s.articles.c.id))]
        for i in range(0, len(ids), batch):
            chunk = [r.normalise(x) for x in ids[i : i + batch]]
            with self.engine.connect() as conn:
                found = queries.full_articles(conn, chunk)
            yield from (found[x] for x in chunk if x in found)

    def doc(self, article_id: str) -> Doc | None:
        data = self.article(article_id)
        return Doc.from_dict(data) if data is not None else None

    def articles(self, q=None, source=None, lang=None, since=None, until=None, limit=50, offset=0):
        """(ARTICLE without analysis layers, total). With ``q``, best matches first; else newest first."""
        q, source, lang = r.normalise([q, source, lang])
        with self.engine.connect() as conn:
            return queries.articles(conn, self.fulltext, q=q, source=source, lang=lang, since=since, until=until,
                                    limit=limit, offset=offset)  # fmt: skip

    def events(self, actor=None, recipient=None, type=None, since=None, until=None, q=None, source=None, lang=None,
               limit=50, offset=0, include_negated=False):  # fmt: skip
        """(EVENT + "article_id", total), newest first. ``actor``/``recipient``: a country code or a kb id."""
        actor, recipient, type, q, source, lang = r.normalise([actor, recipient, type, q, source, lang])
        with self.engine.connect() as conn:
            return queries.events(conn, self.fulltext, actor=actor, recipient=recipient, type=type, since=since,
                                  until=until, q=q, source=source, lang=lang, limit=limit, offset=offset,
                                  include_negated=include_negated)  # fmt: skip

    def relations(self, a, b, by="month", since=None, until=None):
        """Events between ``a`` and ``b`` (either direction) per period: counts by quad class and summed score."""
        a, b = r.normalise([a, b])
        with self.engine.connect() as conn:
            return queries.relations(conn, a, b, by=by, since=since, until=until)

    def search(self, q, limit=20, marks=("[", "]")):
        """Articles and quotes matching ``q``, best first."""
        with self.engine.connect() as conn:
            return queries.search(conn, self.fulltext, q, limit=limit, marks=marks)

    def stats(self) -> dict[str, Any]:
        with self.engine.connect() as conn:
            counts = {name: conn.execute(select(func.count()).select_from(s.metadata.tables[name])).scalar_one()
                      for name in ("articles", *_INSERT_ORDER, "runs", "rejects")}  # fmt: skip
            langs = conn.execute(select(s.articles.c.language, func.count()).group_by(s.articles.c.language))
            sources = conn.execute(select(s.articles.c.source, func.count()).group_by(s.articles.c.source))
            first, last = conn.execute(select(func.min(s.articles.c.day), func.max(s.articles.c.day))).one()
        return {
            **counts,  # also flat ("articles": n, ...) for callers that read one count
            "engine": self.dialect,
            "schema_version": self.schema_version,
            "counts": counts,
            "languages": dict(sorted(((k, v) for k, v in langs), key=lambda kv: (-kv[1], str(kv[0])))),
            "sources": dict(sorted(((k, v) for k, v in sources), key=lambda kv: (-kv[1], str(kv[0])))),
            "dates": {"first": first, "last": last},
        }


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _first_line(err: Exception) -> str:
    return str(getattr(err, "orig", err) or err).strip().splitlines()[0]


def _jsonable(value: Any) -> Any:
    """Configuration as JSON (tuples become lists, anything else that is not JSON becomes its string)."""
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set):
        return [_jsonable(v) for v in value]
    if value is None or isinstance(value, bool | int | float | str):
        return value
    return str(value)

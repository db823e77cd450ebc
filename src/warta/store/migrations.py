"""Schema versions and the ordered migrations between them.

``schema_version`` holds one row per applied version. ``migrate`` runs, in one transaction each, every migration
above the database's version, so a database written by an older warta is upgraded when it is opened, and one
written by a newer warta is refused (its schema may mean things this version does not know).

A migration is a function of a connection and the ``FullText`` helper; it may only move forward.
Add a migration by appending to ``MIGRATIONS`` — never edit one that has shipped.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from sqlalchemy import Connection, Engine, inspect, select

from ..errors import StoreError
from . import schema as s
from .engine import writing
from .fulltext import FullText


def _v1_initial(conn: Connection, fulltext: FullText) -> None:
    """Articles, their analysis layers, runs, and the full-text index."""
    tables = [s.runs, s.articles, s.sentences, s.entities, s.times, s.places, s.quotes, s.events, s.participants,
              s.evidence]  # fmt: skip
    s.metadata.create_all(conn, tables=tables)
    fulltext.create(conn)


def _v2_rejects(conn: Connection, fulltext: FullText) -> None:
    """Rejected pages of a run, with their reason, so a run's report can be read back from the database."""
    s.metadata.create_all(conn, tables=[s.rejects])


def _v3_event_symmetric(conn: Connection, fulltext: FullText) -> None:
    """Events say whether they are reciprocal (``Event.symmetric``: the dyad holds both ways)."""
    _add_column(conn, s.events, "symmetric")


def _add_column(conn: Connection, table, name: str) -> None:
    """ALTER TABLE ADD COLUMN as the current schema defines it, unless it is there (a database created after the
    column was added got it from ``create_all`` in v1)."""
    if name in {c["name"] for c in inspect(conn).get_columns(table.name)}:
        return
    column = table.c[name]
    quote = conn.dialect.identifier_preparer.quote  # "symmetric" is reserved in PostgreSQL
    ddl = f"ALTER TABLE {quote(table.name)} ADD COLUMN {quote(name)} {column.type.compile(conn.dialect)}"
    if column.server_default is not None:
        default = column.server_default.arg
        ddl += f" DEFAULT {default.compile(dialect=conn.dialect) if hasattr(default, 'compile') else default}"
    if not column.nullable:
        ddl += " NOT NULL"
    conn.exec_driver_sql(ddl)


MIGRATIONS: list[tuple[int, Callable[[Connection, FullText], None]]] = [
    (1, _v1_initial),
    (2, _v2_rejects),
    (3, _v3_event_symmetric),
]
LATEST = MIGRATIONS[-1][0]


def current_version(conn: Connection) -> int:
    if not inspect(conn).has_table("schema_version"):
        return 0
    return conn.execute(select(s.schema_version.c.version).order_by(s.schema_version.c.version.desc())).scalar() or 0


def migrate(engine: Engine, fulltext: FullText, target: int = LATEST) -> int:
    """Bring the schema to ``target`` (the newest by default); returns the version the database is at."""
    with writing(engine, doing="open") as conn:
        s.metadata.create_all(conn, tables=[s.schema_version])
        version = current_version(conn)
    if version > LATEST:
        raise StoreError(
            f"the database has schema version {version}, newer than this warta understands ({LATEST}); "
            "upgrade warta to open it"
        )
    for number, step in MIGRATIONS:
        if version < number <= target:
            with writing(engine, doing="open") as conn:
                # Re-check inside the transaction: another process may have migrated meanwhile.
                if current_version(conn) >= number:
                    continue
                step(conn, fulltext)
                conn.execute(s.schema_version.insert().values(version=number, applied=_now()))
            version = number
    return version


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")

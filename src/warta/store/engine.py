"""Opening a database: a path or URL -> a configured SQLAlchemy engine.

SQLite runs in WAL mode (readers never block the writer, so the dashboard can read while a run writes) with
``synchronous=NORMAL``: a committed transaction survives the process being killed, which is the promise a run makes
("nothing reported as stored is lost"). Write transactions start with ``BEGIN IMMEDIATE`` so two writers queue on
the busy timeout instead of failing when both try to upgrade a read lock.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, OperationalError
from sqlalchemy.pool import StaticPool

from ..errors import StoreError

BUSY_TIMEOUT_MS = 30_000


def database_url(target: str | Path) -> str:
    """``warta.db`` | ``sqlite:///path`` | ``postgresql://…`` -> a SQLAlchemy URL with the driver warta uses."""
    raw = str(target)
    for prefix in ("postgresql://", "postgres://", "postgresql+psycopg://"):
        if raw.startswith(prefix):
            return "postgresql+psycopg://" + raw[len(prefix):]
    if raw.startswith("sqlite:"):
        return raw
    if "://" in raw:
        raise StoreError(f"unsupported database URL {raw.split('://')[0]}://…; use a file path, sqlite:/// or postgresql://")
    return "sqlite:///" + (raw if raw == ":memory:" else str(Path(raw).expanduser().resolve()))


def sqlite_path(url: str) -> str | None:
    """The file of a SQLite URL (None for other engines and for in-memory databases)."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return parsed.database


def make_engine(url: str) -> Engine:
    try:
        parsed = make_url(url)
    except ArgumentError as err:
        raise StoreError(f"cannot read the database URL: {err}") from None
    if parsed.get_backend_name() == "sqlite":
        memory = parsed.database in (None, "", ":memory:")
        engine = create_engine(
            parsed,
            connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000},
            poolclass=StaticPool if memory else None,
        )
        _configure_sqlite(engine, memory)
        return engine
    if parsed.get_backend_name() == "postgresql":
        try:
            import psycopg  # noqa: F401
        except ImportError:
            raise StoreError("PostgreSQL needs psycopg: pip install 'warta[postgres]'") from None
        return create_engine(parsed, pool_pre_ping=True)
    raise StoreError(f"unsupported database engine {parsed.get_backend_name()!r}; use SQLite or PostgreSQL")


def _configure_sqlite(engine: Engine, memory: bool) -> None:
    @event.listens_for(engine, "connect")
    def _connect(dbapi_conn, _record) -> None:
        # Let SQLAlchemy's "begin" event below emit BEGIN itself (pysqlite's own transaction handling would not).
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        if not memory:
            cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cur.close()

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get("warta_write") else "BEGIN")


@contextmanager
def writing(engine: Engine, *, doing: str = "write to") -> Iterator[Connection]:
    """One write transaction: committed when the block ends, rolled back if it raises.

    A database that cannot take the write (a read-only file, a full disk, a lock held past the busy timeout, a lost
    server) is a ``StoreError``: one line for the command line, not a traceback."""
    try:
        with engine.connect() as conn:
            conn.execution_options(warta_write=True)
            with conn.begin():
                yield conn
    except OperationalError as err:
        reason = str(err.orig or err).strip().splitlines()[0]
        raise StoreError(f"cannot {doing} the database {engine.url.render_as_string()}: {reason}") from None

"""Storage: Docs into SQLite (default) or PostgreSQL, and the queries the CLI, API and dashboard answer from.

    from warta.store import open_store
    with open_store("warta.db") as store:          # creates or migrates the schema
        store.write(doc)                           # idempotent; True if stored or replaced
        store.events(actor="RUS", recipient="IND")
"""

from .fulltext import parse_query
from .migrations import LATEST as SCHEMA_VERSION
from .rows import normalise
from .store import Store, open_store

__all__ = ["SCHEMA_VERSION", "Store", "normalise", "open_store", "parse_query"]

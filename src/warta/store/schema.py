"""The relational schema, the same for SQLite and PostgreSQL (SQLAlchemy Core).

An article row holds what ``Article`` holds (authors, dateline and captions as JSON); each analysis layer is a side
table keyed by ``(article_id, idx)`` where ``idx`` is the position in the Doc's list, so an article reads back in
its original order. Events keep their actors and recipients in ``participants`` (``role`` = actor | recipient) and
their extra evidence sentences in ``evidence``. Full-text search lives beside these tables in ``search_index``,
whose definition depends on the engine (see ``fulltext.py``).

Columns named ``start``/``end`` are quoted by SQLAlchemy where the engine reserves the word.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    Float,
    ForeignKeyConstraint,
    Index,
    Integer,
    MetaData,
    Table,
    Text,
    false,
)

metadata = MetaData()

# JSON kept as its text on both engines (not JSONB: JSONB rewrites numbers, so 1.98e+16 would read back as an
# int, and the store promises an exact round trip); nothing queries inside these columns. None is SQL NULL.
Json = JSON(none_as_null=True)


def _layer_fk(table: str) -> ForeignKeyConstraint:
    return ForeignKeyConstraint(["article_id"], ["articles.id"], name=f"fk_{table}_article", ondelete="CASCADE")


schema_version = Table(
    "schema_version",
    metadata,
    Column("version", Integer, primary_key=True),
    Column("applied", Text, nullable=False),  # ISO 8601 UTC
)

runs = Table(
    "runs",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("started", Text, nullable=False),
    Column("finished", Text),
    Column("warta_version", Text),
    Column("pipeline", Json),  # stage name -> "name@version"
    Column("config", Json),
    Column("stored", Integer),
    Column("rejected", Integer),
)

articles = Table(
    "articles",
    metadata,
    Column("id", Text, primary_key=True),
    Column("url", Text),
    Column("source", Text),
    Column("language", Text),
    Column("title", Text),
    Column("authors", Json),
    Column("published", Text),  # as given: ISO 8601 with the zone offset when known
    Column("day", Text),  # YYYY-MM-DD (or shorter) prefix of `published`, for date filters
    Column("dateline", Json),
    Column("captions", Json),
    Column("text", Text, nullable=False),
    Column("pipeline", Json),  # Doc.versions
    Column("doc_hash", Text, nullable=False),  # sha256 of the normalised article JSON: an identical rewrite is a no-op
    Column("run_id", Integer),
    Column("stored_at", Text, nullable=False),
    Index("ix_articles_day", "day"),
    Index("ix_articles_source", "source"),
    Index("ix_articles_language", "language"),
)

sentences = Table(
    "sentences",
    metadata,
    Column("article_id", Text, primary_key=True),
    Column("idx", Integer, primary_key=True),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    _layer_fk("sentences"),
)

entities = Table(
    "entities",
    metadata,
    Column("article_id", Text, primary_key=True),
    Column("idx", Integer, primary_key=True),
    Column("text", Text, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("type", Text, nullable=False),
    Column("name", Text, nullable=False),
    Column("kb_id", Text),
    Column("country", Text),
    Column("sector", Text),
    _layer_fk("entities"),
    Index("ix_entities_kb_id", "kb_id"),
    Index("ix_entities_country", "country"),
)

times = Table(
    "times",
    metadata,
    Column("article_id", Text, primary_key=True),
    Column("idx", Integer, primary_key=True),
    Column("text", Text, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("type", Text, nullable=False),
    Column("value", Text),
    _layer_fk("times"),
)

places = Table(
    "places",
    metadata,
    Column("article_id", Text, primary_key=True),
    Column("idx", Integer, primary_key=True),
    Column("name", Text, nullable=False),
    Column("country", Text),
    Column("lat", Float),
    Column("lon", Float),
    Column("geonameid", BigInteger),
    Column("text", Text),
    Column("start", Integer),
    Column("end", Integer),
    _layer_fk("places"),
    Index("ix_places_country", "country"),
)

quotes = Table(
    "quotes",
    metadata,
    Column("article_id", Text, primary_key=True),
    Column("idx", Integer, primary_key=True),
    Column("text", Text, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("verb", Text),
    Column("speaker", Json),  # the whole Actor, exactly as given
    Column("speaker_name", Text),  # copies for filtering ("every statement by the Kremlin")
    Column("speaker_kb_id", Text),
    Column("speaker_country", Text),
    _layer_fk("quotes"),
    Index("ix_quotes_speaker_kb_id", "speaker_kb_id"),
    Index("ix_quotes_speaker_country", "speaker_country"),
)

events = Table(
    "events",
    metadata,
    Column("article_id", Text, primary_key=True),
    Column("idx", Integer, primary_key=True),
    Column("id", Text, nullable=False),
    Column("type", Text, nullable=False),
    Column("mode", Text),
    Column("contexts", Json),
    Column("date", Text),
    Column("day", Text),  # the event's date, else the article's: what date filters and relations use
    Column("place", Json),
    Column("negated", Boolean, nullable=False),
    Column("modality", Text, nullable=False),
    Column("sentence_start", Integer, nullable=False),
    Column("sentence_end", Integer, nullable=False),
    Column("trigger_text", Text, nullable=False),
    Column("trigger_start", Integer, nullable=False),
    Column("trigger_end", Integer, nullable=False),
    Column("confidence", Float),
    Column("score", Float),
    Column("quad", Integer),
    Column("cameo", Text),
    Column("symmetric", Boolean, nullable=False, server_default=false()),  # schema v3
    _layer_fk("events"),
    Index("ix_events_id", "id"),
    Index("ix_events_type", "type"),
    Index("ix_events_day", "day"),
)

participants = Table(
    "participants",
    metadata,
    Column("article_id", Text, primary_key=True),
    Column("event_idx", Integer, primary_key=True),
    Column("role", Text, primary_key=True),  # "actor" | "recipient"
    Column("idx", Integer, primary_key=True),
    Column("name", Text, nullable=False),
    Column("text", Text, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("kb_id", Text),
    Column("country", Text),
    Column("sector", Text),
    ForeignKeyConstraint(
        ["article_id", "event_idx"], ["events.article_id", "events.idx"], name="fk_participants_event",
        ondelete="CASCADE",
    ),
    Index("ix_participants_country", "country", "role"),
    Index("ix_participants_kb_id", "kb_id", "role"),
)

evidence = Table(
    "evidence",
    metadata,
    Column("article_id", Text, primary_key=True),
    Column("event_idx", Integer, primary_key=True),
    Column("idx", Integer, primary_key=True),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    ForeignKeyConstraint(
        ["article_id", "event_idx"], ["events.article_id", "events.idx"], name="fk_evidence_event",
        ondelete="CASCADE",
    ),
)

rejects = Table(
    "rejects",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("run_id", Integer),
    Column("origin", Text),
    Column("stage", Text),
    Column("reason", Text, nullable=False),
    Column("detail", Text),
    Column("article_id", Text),
    Column("url", Text),
    Index("ix_rejects_run_id", "run_id"),
)

# Children before parents: the order to delete an article's layers in.
LAYER_TABLES = (participants, evidence, events, quotes, places, times, entities, sentences)

"""Full-text search, the one part of the store that differs by engine.

SQLite: an FTS5 table ``search_fts(title, body)`` (unicode61 tokenizer, diacritics folded) whose rowid is the id of
a row of ``search_docs`` (kind, article_id, ref), so an article's entries are found by index when it is replaced;
ranked with bm25 (title weighted 2:1 over body).
PostgreSQL: ``search_docs`` carries a ``tsvector`` (GIN-indexed) built with the text-search configuration of the
article's language (``indonesian`` for ``id``, ``english`` for ``en``, ``simple`` when the server has none);
a query is parsed with every configuration in use, OR-ed, and ranked with ``ts_rank_cd``.

One entry per article (title, body) and one per quote (speaker name as its title, the quote as its body).
User queries never reach either engine's query language raw: ``parse_query`` keeps words and "quoted phrases"
(and a trailing ``*`` for a prefix on SQLite) and each is re-quoted, so ``foo" OR`` is two plain words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from sqlalchemy import Connection, TextClause, text

from .rows import BAD_CHARS  # NUL ends an FTS5 string early; neither engine takes surrogates

# PostgreSQL refuses to build a tsvector over 1 MB; bodies are indexed up to this many characters (the stored
# text is never cut). 100,000 characters is about 15,000 words, longer than any news article in id-news-clickid.
PG_INDEXED_CHARS = 100_000

_TOKEN = re.compile(r'"([^"]*)"|(\S+)')
_WORD = re.compile(r"\w")


@dataclass(frozen=True, slots=True)
class Term:
    text: str
    prefix: bool = False


def parse_query(q: str | None) -> list[Term]:
    """Words and quoted phrases of a user query; operators and stray punctuation lose their meaning."""
    terms: list[Term] = []
    for phrase, word in _TOKEN.findall(BAD_CHARS.sub(" ", q or "")):
        raw = phrase if phrase else word
        prefix = bool(word) and word.endswith("*") and len(word) > 1
        raw = raw.replace('"', " ").strip().rstrip("*") if not phrase else raw.replace('"', " ").strip()
        if _WORD.search(raw):
            terms.append(Term(raw, prefix))
    return terms


def _clean(term: Term) -> str:
    """A term's text safe inside a quoted string: ``parse_query`` already drops NUL and surrogates, but a caller
    may build Terms itself, and one NUL would end the FTS5 string early ("unterminated string")."""
    return BAD_CHARS.sub(" ", term.text).replace('"', " ")


def fts5_query(terms: list[Term]) -> str:
    """An FTS5 MATCH expression: every term a quoted string (implicit AND)."""
    return " ".join('"' + _clean(t) + '"' + ("*" if t.prefix else "") for t in terms)


def websearch_query(terms: list[Term]) -> str:
    """A ``websearch_to_tsquery`` input: every term a quoted phrase (implicit AND)."""
    return " ".join('"' + _clean(t) + '"' for t in terms)


class FullText:
    """Engine-specific DDL, indexing and matching behind one small interface."""

    def __init__(self, dialect: str):
        self.dialect = dialect
        self.pg_configs: set[str] = {"simple"}

    # --- schema -------------------------------------------------------------------------------------------------
    def create(self, conn: Connection) -> None:
        if self.dialect == "sqlite":
            conn.exec_driver_sql(
                "CREATE TABLE search_docs (id INTEGER PRIMARY KEY, kind TEXT NOT NULL, "
                "article_id TEXT NOT NULL, ref INTEGER)"
            )
            conn.exec_driver_sql(
                "CREATE VIRTUAL TABLE search_fts USING fts5(title, body, "
                "tokenize = 'unicode61 remove_diacritics 2')"
            )
        else:
            conn.exec_driver_sql(
                "CREATE TABLE search_docs (id BIGSERIAL PRIMARY KEY, kind TEXT NOT NULL, "
                "article_id TEXT NOT NULL, ref INTEGER, cfg REGCONFIG NOT NULL, tsv TSVECTOR NOT NULL)"
            )
            conn.exec_driver_sql("CREATE INDEX ix_search_docs_tsv ON search_docs USING GIN (tsv)")
        conn.exec_driver_sql("CREATE INDEX ix_search_docs_article ON search_docs (article_id)")

    def load(self, conn: Connection) -> None:
        if self.dialect == "postgresql":
            self.pg_configs = {r[0] for r in conn.execute(text("SELECT cfgname FROM pg_ts_config"))}

    # --- writing ------------------------------------------------------------------------------------------------
    def delete(self, conn: Connection, article_id: str) -> None:
        if self.dialect == "sqlite":
            conn.execute(
                text("DELETE FROM search_fts WHERE rowid IN (SELECT id FROM search_docs WHERE article_id = :a)"),
                {"a": article_id},
            )
        conn.execute(text("DELETE FROM search_docs WHERE article_id = :a"), {"a": article_id})

    def index(self, conn: Connection, article_id: str, language: str | None, entries: list[tuple]) -> None:
        """``entries``: (kind, ref, title, body) tuples for one article."""
        if self.dialect == "sqlite":
            for kind, ref, title, body in entries:
                row = conn.execute(
                    text("INSERT INTO search_docs (kind, article_id, ref) VALUES (:k, :a, :r) RETURNING id"),
                    {"k": kind, "a": article_id, "r": ref},
                ).scalar_one()
                conn.execute(
                    text("INSERT INTO search_fts (rowid, title, body) VALUES (:id, :t, :b)"),
                    {"id": row, "t": title or "", "b": body or ""},
                )
            return
        cfg = self.pg_config(language)
        if entries:
            conn.execute(
                text(
                    "INSERT INTO search_docs (kind, article_id, ref, cfg, tsv) VALUES (:k, :a, :r, "
                    "CAST(:cfg AS regconfig), setweight(to_tsvector(CAST(:cfg AS regconfig), :t), 'A') || "
                    "setweight(to_tsvector(CAST(:cfg AS regconfig), :b), 'B'))"
                ),
                [
                    {"k": k, "a": article_id, "r": r, "cfg": cfg, "t": t or "", "b": (b or "")[:PG_INDEXED_CHARS]}
                    for k, r, t, b in entries
                ],
            )

    def pg_config(self, language: str | None) -> str:
        name = _english_language_name(language)
        return name if name in self.pg_configs else "simple"

    # --- matching -----------------------------------------------------------------------------------------------
    def matches(self, terms: list[Term], kind: str | None = "article", languages: list[str | None] = ()) -> TextClause:
        """A SELECT of (article_id, ref, rank) for entries matching ``terms``; higher rank is better."""
        where_kind = " AND d.kind = :kind" if kind else ""
        params: dict = {"kind": kind} if kind else {}
        if self.dialect == "sqlite":
            sql = (
                "SELECT d.article_id AS article_id, d.ref AS ref, d.kind AS kind, "
                "-bm25(search_fts, 2.0, 1.0) AS rank FROM search_fts JOIN search_docs d ON d.id = search_fts.rowid "
                f"WHERE search_fts MATCH :fts{where_kind}"
            )
            params["fts"] = fts5_query(terms)
        else:
            sql = (
                "SELECT d.article_id AS article_id, d.ref AS ref, d.kind AS kind, "
                f"ts_rank_cd(d.tsv, {self._pg_tsquery(languages, params)}) AS rank "
                f"FROM search_docs d WHERE d.tsv @@ {self._pg_tsquery(languages, params)}{where_kind}"
            )
            params["ws"] = websearch_query(terms)
        return text(sql).bindparams(**params)

    def _pg_tsquery(self, languages, params: dict) -> str:
        configs = sorted({"simple"} | {self.pg_config(lang) for lang in languages})
        parts = []
        for i, cfg in enumerate(configs):
            params[f"cfg{i}"] = cfg
            parts.append(f"websearch_to_tsquery(CAST(:cfg{i} AS regconfig), :ws)")
        return "(" + " || ".join(parts) + ")"

    def search(self, conn: Connection, terms: list[Term], languages, limit: int, marks: tuple[str, str]) -> list:
        """Rows (kind, article_id, ref, rank, snippet) of the best entries, best first."""
        if self.dialect == "sqlite":
            sql = (
                "SELECT d.kind, d.article_id, d.ref, -bm25(search_fts, 2.0, 1.0) AS rank, "
                "snippet(search_fts, 1, :mark_a, :mark_b, '…', 16) AS snippet "
                "FROM search_fts JOIN search_docs d ON d.id = search_fts.rowid "
                "WHERE search_fts MATCH :fts ORDER BY rank DESC, d.id LIMIT :n"
            )
            params = {"fts": fts5_query(terms), "mark_a": marks[0], "mark_b": marks[1], "n": limit}
            return list(conn.execute(text(sql), params))
        params = {"ws": websearch_query(terms), "n": limit, "chars": PG_INDEXED_CHARS}
        tsq = self._pg_tsquery(languages, params)
        # ts_headline's options are a string of its own mini-language: strip its separators from the marks.
        a, b = (re.sub(r"[,=\s\"]", "", m) or "*" for m in marks)
        params["opts"] = f'StartSel="{a}", StopSel="{b}", MaxWords=24, MinWords=8, FragmentDelimiter=" … "'
        sql = (
            f"WITH m AS (SELECT d.id, d.kind, d.article_id, d.ref, d.cfg, ts_rank_cd(d.tsv, {tsq}) AS rank "
            f"FROM search_docs d WHERE d.tsv @@ {tsq} ORDER BY rank DESC, d.id LIMIT :n) "
            "SELECT m.kind, m.article_id, m.ref, m.rank, "
            f"ts_headline(m.cfg, COALESCE(q.text, LEFT(a.text, :chars)), {tsq}, :opts) AS snippet "
            "FROM m JOIN articles a ON a.id = m.article_id "
            "LEFT JOIN quotes q ON m.kind = 'quote' AND q.article_id = m.article_id AND q.idx = m.ref "
            "ORDER BY m.rank DESC, m.id"
        )
        return list(conn.execute(text(sql), params))


@lru_cache(maxsize=256)
def _english_language_name(code: str | None) -> str | None:
    """``id`` -> ``indonesian``: PostgreSQL names its text-search configurations after the language in English."""
    if not code:
        return None
    try:
        from babel import Locale

        return Locale.parse(code.replace("-", "_")).english_name.lower()
    except Exception:  # noqa: BLE001  (babel's UnknownLocaleError and friends: an unknown language is 'simple')
        return None

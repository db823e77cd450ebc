"""Query commands over a database: ``warta articles``, ``events``, ``search``, ``relations``, ``show``, ``stats``.

Each prints a table on a terminal (aligned, long cells cut), or ``--csv``, ``--json`` (one document: the REST API's
``{"items": [...], "total": n}``) or ``--jsonl`` (one item per line). A missing database is a one-line error: these
commands never create one.
"""

from __future__ import annotations

import csv
import json
import shutil
import sys
from collections.abc import Callable, Sequence
from typing import Any

import click

from ..cli import main
from ..store import Store, open_store

CELL_MAX = 48  # widest a table cell gets before it is cut with "…" (CSV and JSON are never cut)


def _open(db: str) -> Store:
    return open_store(db, create=False)


def db_option(fn: Callable) -> Callable:
    return click.option("--db", default="warta.db", show_default=True, envvar="WARTA_DB",
                        help="Database: a SQLite file or a postgresql:// URL (env WARTA_DB).")(fn)  # fmt: skip


def format_options(fn: Callable) -> Callable:
    fn = click.option("--jsonl", "fmt", flag_value="jsonl", help="One JSON object per line.")(fn)
    fn = click.option("--json", "fmt", flag_value="json", help='One JSON document {"items": [...], "total": n}.')(fn)
    fn = click.option("--csv", "fmt", flag_value="csv", help="CSV with a header row.")(fn)
    return fn


def page_options(fn: Callable) -> Callable:
    fn = click.option("--offset", default=0, show_default=True, type=click.IntRange(min=0), help="Skip this many.")(fn)
    fn = click.option("--limit", default=20, show_default=True, type=click.IntRange(min=0), help="At most this many.")(fn)
    return fn


def date_options(fn: Callable) -> Callable:
    fn = click.option("--until", metavar="DATE", help="On or before (2023-06-30, 2023-06 or 2023; inclusive).")(fn)
    fn = click.option("--since", metavar="DATE", help="On or after (2023-06-30, 2023-06 or 2023).")(fn)
    return fn


# --- output -----------------------------------------------------------------------------------------------------

Column = tuple[str, Callable[[dict[str, Any]], Any]]


def emit(items: list[dict[str, Any]], total: int | None, columns: Sequence[Column], fmt: str | None,
         flat: Callable[[dict[str, Any]], dict[str, Any]] | None = None) -> None:  # fmt: skip
    """Write ``items`` in the chosen format; ``columns`` make the table, ``flat`` the CSV row (default: columns)."""
    out = click.get_text_stream("stdout")
    if fmt == "json":
        doc: dict[str, Any] = {"items": items}
        if total is not None:
            doc["total"] = total
        out.write(json.dumps(doc, ensure_ascii=False) + "\n")
    elif fmt == "jsonl":
        for item in items:
            out.write(json.dumps(item, ensure_ascii=False) + "\n")
    elif fmt == "csv":
        rows = [flat(i) if flat else {name: _plain(get(i)) for name, get in columns} for i in items]
        header = list(rows[0]) if rows else [name for name, _ in columns]
        writer = csv.DictWriter(out, fieldnames=header, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    else:
        out.write(table([[_plain(get(i)) for _, get in columns] for i in items], [n for n, _ in columns],
                        width=shutil.get_terminal_size((160, 24)).columns if out.isatty() else None))  # fmt: skip
        if total is not None:
            click.echo(f"{len(items)} of {total}", err=True)


def table(rows: list[list[str]], header: list[str], width: int | None = None) -> str:
    """Aligned columns; a cell longer than CELL_MAX is cut with "…", and on a terminal the widest columns shrink
    until a line fits ``width``."""
    cells = [[_cut(c, CELL_MAX) for c in row] for row in rows]
    widths = [max([len(h)] + [len(r[i]) for r in cells]) for i, h in enumerate(header)]
    if width:
        while sum(widths) + 2 * (len(widths) - 1) > width and max(widths) > 8:
            widths[widths.index(max(widths))] -= 1
    lines = ["  ".join(_cut(h, w).ljust(w) for h, w in zip(header, widths, strict=True)).rstrip()]
    lines += ["  ".join(_cut(c, w).ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in cells]
    return "\n".join(lines) + "\n"


def _cut(value: str, width: int) -> str:
    return value if len(value) <= width else value[: max(width - 1, 0)] + "…"


def _plain(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, list | tuple):
        return ";".join(_plain(v) for v in value)
    return " ".join(str(value).split())  # one line per row: newlines and tabs become spaces


def _who(parts: list[dict[str, Any]]) -> str:
    return ";".join(f"{p.get('name')}" + (f" ({p['country']})" if p.get("country") else "") for p in parts)


def _example(command: str) -> str:
    """Help ends with an example (click prints the epilog after the options)."""
    return f"\b\nExample:\n  {command}"


# --- commands ---------------------------------------------------------------------------------------------------

ARTICLE_COLUMNS: list[Column] = [
    ("id", lambda a: a["id"]), ("published", lambda a: a["published"]), ("source", lambda a: a["source"]),
    ("lang", lambda a: a["language"]), ("title", lambda a: a["title"]),
]  # fmt: skip


def _article_row(a: dict[str, Any]) -> dict[str, Any]:
    return {"id": a["id"], "published": a["published"], "source": a["source"], "language": a["language"],
            "title": a["title"], "url": a["url"], "authors": _plain(a["authors"]),
            "dateline": (a.get("dateline") or {}).get("text"), "text": a["text"]}  # fmt: skip


@main.command(epilog=_example('warta articles --source medcom.id --since 2023-06 --q "Modi"'))
@click.option("--q", "q", metavar="TEXT", help="Full-text query over titles and bodies (words, \"a phrase\", pre*).")
@click.option("--source", help="Only this source (e.g. medcom.id).")
@click.option("--lang", help="Only this language (e.g. id, en).")
@date_options
@page_options
@format_options
@db_option
def articles(q, source, lang, since, until, limit, offset, fmt, db) -> None:
    """List stored articles, newest first (best match first with --q).
    """
    with _open(db) as store:
        items, total = store.articles(q=q, source=source, lang=lang, since=since, until=until, limit=limit,
                                      offset=offset)  # fmt: skip
    emit(items, total, ARTICLE_COLUMNS, fmt, _article_row)


EVENT_COLUMNS: list[Column] = [
    ("date", lambda e: e["date"]), ("type", lambda e: e["type"]), ("mode", lambda e: e["mode"]),
    ("actor", lambda e: _who(e["actors"])), ("recipient", lambda e: _who(e["recipients"])),
    ("quad", lambda e: e["quad"]), ("score", lambda e: e["score"]),
    ("trigger", lambda e: ("NOT " if e["negated"] else "") + e["trigger"]["text"]),
    ("article", lambda e: e["article_id"]),
]  # fmt: skip


def _event_row(e: dict[str, Any]) -> dict[str, Any]:
    row = {"article_id": e["article_id"], "id": e["id"], "date": e["date"], "type": e["type"], "mode": e["mode"],
           "contexts": _plain(e["contexts"])}  # fmt: skip
    for role in ("actors", "recipients"):
        for key in ("name", "country", "sector", "kb_id"):
            row[f"{role[:-1]}_{key}"] = ";".join(_plain(p.get(key)) for p in e[role])
    row.update(negated=e["negated"], modality=e["modality"], quad=e["quad"], score=e["score"], cameo=e["cameo"],
               confidence=e["confidence"], trigger=e["trigger"]["text"],
               place=(e.get("place") or {}).get("name"))  # fmt: skip
    return row


@main.command(epilog=_example('warta events --actor RUS --recipient IND --since 2023-06 --type CONSULT'))
@click.option("--actor", metavar="WHO", help="Actor: a country code (RUS) or a knowledge-base id.")
@click.option("--recipient", metavar="WHO", help="Recipient: a country code (IND) or a knowledge-base id.")
@click.option("--type", "etype", metavar="TYPE", help="PLOVER event type (CONSULT, ACCUSE, ...).")
@click.option("--source", help="Only events from articles of this source.")
@click.option("--lang", help="Only events from articles in this language.")
@click.option("--q", "q", metavar="TEXT", help="Only events in articles matching this full-text query.")
@click.option("--include-negated", is_flag=True, help="Also list events the text says did not happen.")
@date_options
@page_options
@format_options
@db_option
def events(actor, recipient, etype, source, lang, q, include_negated, since, until, limit, offset, fmt, db) -> None:
    """List events (who did what to whom), newest first.
    """
    with _open(db) as store:
        items, total = store.events(actor=actor, recipient=recipient, type=etype, since=since, until=until, q=q,
                                    source=source, lang=lang, limit=limit, offset=offset,
                                    include_negated=include_negated)  # fmt: skip
    emit(items, total, EVENT_COLUMNS, fmt, _event_row)


SEARCH_COLUMNS: list[Column] = [
    ("kind", lambda h: h["kind"]), ("score", lambda h: float(f"{h['score']:.3g}")), ("article", lambda h: h["article_id"]),
    ("title", lambda h: h["title"]), ("snippet", lambda h: h["snippet"]),
]  # fmt: skip


def _search_row(h: dict[str, Any]) -> dict[str, Any]:
    return {"kind": h["kind"], "score": h["score"], "article_id": h["article_id"], "title": h["title"],
            "published": h["published"], "source": h["source"], "snippet": h["snippet"],
            "speaker": (h.get("speaker") or {}).get("name"), "quote": h.get("text")}  # fmt: skip


@main.command(epilog=_example("warta search 'Kremlin \"kemitraan strategis\"'"))
@click.argument("text")
@click.option("--limit", default=20, show_default=True, type=click.IntRange(min=0), help="At most this many.")
@format_options
@db_option
def search(text, limit, fmt, db) -> None:
    """Full-text search over articles and quotes, best first (matches marked [like this]).

    Words must all match; "a phrase" matches in order; a trailing * matches a prefix (SQLite).
    """
    with _open(db) as store:
        items = store.search(text, limit=limit)
    emit(items, None, SEARCH_COLUMNS, fmt, _search_row)


RELATION_COLUMNS: list[Column] = [
    ("period", lambda r: r["period"]), ("events", lambda r: r["events"]),
    ("verbal_coop", lambda r: r["by_quad"]["1"]), ("material_coop", lambda r: r["by_quad"]["2"]),
    ("verbal_conflict", lambda r: r["by_quad"]["3"]), ("material_conflict", lambda r: r["by_quad"]["4"]),
    ("score", lambda r: r["score"]),
]  # fmt: skip


@main.command(epilog=_example('warta relations RUS IND --by month --since 2023'))
@click.argument("a")
@click.argument("b")
@click.option("--by", type=click.Choice(["month", "week"]), default="month", show_default=True, help="Period.")
@date_options
@format_options
@db_option
def relations(a, b, by, since, until, fmt, db) -> None:
    """Events between A and B (either direction) per period: counts by PLOVER quad class and the summed score.

    A and B are country codes or knowledge-base ids. Quad classes: 1 verbal cooperation, 2 material cooperation,
    3 verbal conflict, 4 material conflict. Negated events are not counted.
    """
    with _open(db) as store:
        items = store.relations(a, b, by=by, since=since, until=until)
    emit(items, None, RELATION_COLUMNS, fmt)


@main.command(epilog=_example('warta show 3f1c0e9a4b2d7c15 --db warta.db'))
@click.argument("article_id")
@db_option
def show(article_id, db) -> None:
    """Print one stored article with all its layers (the article JSON).
    """
    with _open(db) as store:
        data = store.article(article_id)
    if data is None:
        click.echo(f"warta: error: no article {article_id!r} in {db}", err=True)
        sys.exit(1)
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))


@main.command(epilog=_example('warta stats --db warta.db'))
@db_option
def stats(db) -> None:
    """Counts per table, languages, sources and the date range of a database (JSON).
    """
    with _open(db) as store:
        click.echo(json.dumps(store.stats(), ensure_ascii=False, indent=2))

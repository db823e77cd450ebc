"""``warta demo``: the bundled demo corpus -> a database -> a summary on the terminal -> the dashboard."""

from __future__ import annotations

from collections import Counter

import click

from ..cli import main
from .process import RejectsFile, load_config, run_pipeline, store_all


def summarize(store, limit: int = 8) -> str:
    """A readable account of what the database holds: articles, who appears most, which events."""
    counts = store.stats().get("counts", {})
    lines = [f"{counts.get('articles', 0)} articles, {counts.get('entities', 0)} entity mentions, "
             f"{counts.get('places', 0)} places, {counts.get('quotes', 0)} quotes, {counts.get('events', 0)} events"]
    items, _ = store.articles(limit=limit)
    if items:
        lines.append("")
        lines.append("Latest articles:")
        for a in items:
            lines.append(f"  {(a.get('published') or '')[:10]:10}  {a.get('language') or '??'}  {a.get('title') or '(untitled)'}"[:110])
    events, total = store.events(limit=500)
    if events:
        types = Counter(e["type"] for e in events)
        lines.append("")
        lines.append("Events by type: " + ", ".join(f"{t} {n}" for t, n in types.most_common()))
        lines.append("Examples:")
        for e in events[:limit]:
            actors = "+".join(p.get("country") or p.get("name") or "?" for p in e.get("actors", [])) or "?"
            recips = "+".join(p.get("country") or p.get("name") or "?" for p in e.get("recipients", [])) or "-"
            lines.append(f"  {e.get('date') or '?':10}  {e['type']:9}  {actors} -> {recips}   «{e['trigger']['text']}»")
    return "\n".join(lines)


@main.command()
@click.option("--db", default="warta.db", show_default=True, help="Database to fill (created when absent).")
@click.option("--no-serve", is_flag=True, help="Stop after processing and the summary.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535))
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64))
def demo(db, no_serve, port, workers):
    """Process the demo corpus that ships with warta into a database and serve the dashboard. Works offline.

    Writes are idempotent: running it again over the same database stores nothing twice.

    \b
    Example:
      warta demo --db demo.db --no-serve
    """
    from ..demo import corpus_path
    from ..store import open_store

    cfg = load_config(None, ())
    results = run_pipeline([str(corpus_path())], cfg, workers=workers, progress=True)
    summary = store_all(results, db, cfg, rejects=RejectsFile(None))
    click.echo(summary.line(db), err=True)
    store = open_store(db)
    try:
        click.echo(summarize(store))
    finally:
        store.close()
    if not no_serve:
        from .serve import serve_app

        serve_app(db, host="127.0.0.1", port=port)

"""Store benchmark: write, no-op rewrite, replace, queries and Parquet export on SQLite (and PostgreSQL with
--postgres URL), on real articles run through the pipeline.

    python bench/store.py --data /work/shared/data --pages 40 --n 2000 [--postgres postgresql://…]

The pipeline runs once on --pages records of id-news-clickid (international); the resulting Docs are then copied
under new ids up to --n articles, so the store sees realistic layer sizes without the pipeline dominating the run.
Where a Doc has no events yet, two are made from its first entities (an AGREE and a negated ACCUSE), so event
tables and queries carry weight too. Prints one table; speeds are also given as a ratio to SQLite's write rate.
"""

from __future__ import annotations

import argparse
import copy
import io
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

import warta  # noqa: E402
from warta.export import plover, tables  # noqa: E402
from warta.model import Doc, Event, Participant, Span, Trigger  # noqa: E402
from warta.store import open_store  # noqa: E402


def real_docs(data: Path, pages: int) -> list[Doc]:
    records = []
    with open(data / "id-news-clickid" / "international.jsonl", encoding="utf-8") as handle:
        for line in handle:
            r = json.loads(line)
            if r.get("content"):
                records.append({"id": r["id"], "url": r["url"], "text": r["content"], "title": r["title"],
                                "published": r["date"], "source": r["source"], "language": "id"})  # fmt: skip
            if len(records) >= pages:
                break
    return list(warta.process_many(records))


def with_events(doc: Doc) -> Doc:
    if doc.events or len(doc.entities) < 2 or not doc.sentences:
        return doc
    a, b = doc.entities[0], doc.entities[1]
    sent = doc.sentences[0]

    def part(e):
        return Participant(e.name, e.text, e.start, e.end, e.kb_id, e.country or "IDN", e.sector)

    trig = Trigger(doc.text[a.start : a.end], a.start, a.end)
    doc.events = [
        Event("b1", "AGREE", Span(sent.start, sent.end), trig, actors=[part(a)], recipients=[part(b)], quad=1, score=3.0),
        Event("b2", "ACCUSE", Span(sent.start, sent.end), trig, actors=[part(b)], recipients=[part(a)], quad=3,
              score=-2.0, negated=True),
    ]  # fmt: skip
    return doc


def copies(base: list[Doc], n: int) -> list[Doc]:
    out = []
    for i in range(n):
        doc = copy.deepcopy(base[i % len(base)])
        doc.article.id = f"{doc.article.id}-{i}"
        out.append(doc)
    return out


CPU: dict[str, float] = {}


def timed(fn) -> tuple[float, object]:
    """Wall seconds (and the process's CPU seconds in CPU["last"]: on a shared machine wall time mostly measures
    the neighbours, CPU time what the store itself spends; a database server's own CPU is not in it)."""
    t0, c0 = time.perf_counter(), time.process_time()
    result = fn()
    CPU["last"] = time.process_time() - c0
    return time.perf_counter() - t0, result


def rate(n: int, secs: float, unit: str = "articles") -> str:
    return f"{n / secs:,.0f} {unit}/s wall; {1000 * CPU['last'] / max(n, 1):.2f} ms CPU per {unit[:-1]}"


def run(url: str, docs: list[Doc], words: list[str], label: str) -> list[tuple[str, str, str]]:
    rows = []
    with open_store(url) as store:
        secs, stored = timed(lambda: store.write_many(docs))
        rows.append((label, "write (one transaction per article)", rate(len(docs), secs)))
        secs, same = timed(lambda: store.write_many(docs))
        assert same == 0
        rows.append((label, "rewrite identical (no-op)", rate(len(docs), secs)))
        newer = docs[: max(1, len(docs) // 4)]
        for d in newer:
            d.versions = {**d.versions, "bench": "bench@2"}
        secs, _ = timed(lambda: store.write_many(newer))
        rows.append((label, "replace (newer pipeline)", rate(len(newer), secs)))

        def per_call(fn, k):
            times = []
            for i in range(k):
                t0 = time.perf_counter()
                fn(i)
                times.append(time.perf_counter() - t0)
            return f"{1000 * statistics.median(times):.1f} ms median"

        rows.append((label, "search (2 words)", per_call(lambda i: store.search(f"{words[i % len(words)]} "
                                                                                  f"{words[(i * 7) % len(words)]}"), 50)))
        rows.append((label, "articles(q=word), first page", per_call(lambda i: store.articles(q=words[i % len(words)]), 50)))
        rows.append((label, "events(actor=IDN), first page", per_call(lambda i: store.events(actor="IDN"), 20)))
        rows.append((label, "relations(IDN, USA, by=week)", per_call(lambda i: store.relations("IDN", "USA", by="week"), 20)))
        ids = [d.article.id for d in docs]
        rows.append((label, "article(id) with all layers", per_call(lambda i: store.article(ids[i * 13 % len(ids)]), 100)))
        with tempfile.TemporaryDirectory() as tmp:
            secs, counts = timed(lambda: tables.write_parquet(store, tmp))
            rows.append((label, "export parquet (all tables)", rate(counts["articles"], secs)))
        secs, n = timed(lambda: plover.write(store, io.StringIO()))
        rows.append((label, "export PLOVER JSONL", rate(n, secs, "events")))
        secs, found = timed(lambda: sum(1 for _ in store.iter_articles()))
        rows.append((label, "read every article, all layers (iter_articles)", rate(found, secs)))
        stats = store.stats()["counts"]
        rows.append((label, "rows", ", ".join(f"{k} {v}" for k, v in stats.items() if v)))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path(__file__).resolve().parents[1].parent / "shared" / "data")
    parser.add_argument("--pages", type=int, default=40, help="pages run through the pipeline")
    parser.add_argument("--n", "--limit", dest="n", type=int, default=1000, help="articles written")
    parser.add_argument("--postgres", help="also run against this PostgreSQL URL (its public schema is emptied)")
    args = parser.parse_args()

    t0 = time.perf_counter()
    base = [with_events(d) for d in real_docs(args.data, args.pages)]
    pipeline_secs = time.perf_counter() - t0
    print(f"pipeline: {len(base)} docs in {pipeline_secs:.1f} s", file=sys.stderr)
    words = sorted({w for d in base for w in (d.article.title or "").split() if w.isalpha() and len(w) > 4})[:200]
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        rows += run(str(Path(tmp) / "bench.db"), copies(base, args.n), words, "sqlite")
    if args.postgres:
        import psycopg

        with psycopg.connect(args.postgres, autocommit=True) as conn:
            conn.execute("DROP SCHEMA IF EXISTS public CASCADE")
            conn.execute("CREATE SCHEMA public")
        rows += run(args.postgres, copies(base, args.n), words, "postgresql")
    rows.append(("pipeline", f"the default pipeline on {len(base)} pages, for scale", f"{len(base) / pipeline_secs:,.1f} pages/s wall"))
    width = max(len(r[1]) for r in rows)
    print(f"{'engine':<11} {'what':<{width}}  result")
    for engine, what, result in rows:
        print(f"{engine:<11} {what:<{width}}  {result}")


if __name__ == "__main__":
    main()

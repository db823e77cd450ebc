"""Speed and memory of the whole warta pipeline, as ratios against reference runs made in the same process and run:
``trafilatura.extract`` alone on the same HTML pages, and warta's own ``extract`` stage alone.

Corpora: (a) the demo corpus that ships with warta (HTML pages, scraped-text pages and JSONL records; the trafilatura
reference runs on its HTML pages only, and the whole pipeline's ratio to it is taken over those same pages);
(b) id-news-clickid's okezone.com records (Indonesian; okezone text keeps its hyperlinked words, see its SOURCES.md);
(c) en-news-bbc-politics (English). (b) and (c) are plain text, so each article is wrapped in one minimal HTML page
(title, one <p> per paragraph) and both tools read the same HTML; metadata (url, title, date, source) is given as a
record states it.

Phases run one after another in this process, each twice over the pages (the cold pass pays the lazy model/KB
loads, reported as "load" = cold - warm; rates are the warm pass's): trafilatura, warta extract, the whole pipeline
with a timer around each stage's callable (per-stage shares of the warm pass); then,
with ``--workers N`` (N <= 2), the whole pipeline again on the pool engine (wall time including worker start-up).
Peak RSS is ``resource.getrusage`` max RSS after each phase (it only grows: read each figure as "by the end of").

    python bench/pipeline.py --data /work/shared/data [--limit 100] [--workers 2] [--corpus demo,okezone,bbc]
"""

from __future__ import annotations

import argparse
import html
import json
import resource
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from warta.demo import corpus_path  # noqa: E402
from warta.ingest.files import expand, iter_pages  # noqa: E402
from warta.model import Doc, Page  # noqa: E402
from warta.pipeline import Pipeline, Rejection, run_one  # noqa: E402


def rss_mb(who: int = resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # Linux reports KiB


def wrap_html(title: str, paragraphs: list[str]) -> str:
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in paragraphs if p.strip())
    t = html.escape(title)
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{t}</title></head>"
            f"<body><article><h1>{t}</h1>\n{body}\n</article></body></html>")


def demo_pages(limit: int) -> list[Page]:
    pages = [p for p in iter_pages(expand([str(corpus_path())])) if isinstance(p, Page)]
    return pages[:limit]


def okezone_pages(root: Path, limit: int) -> list[Page]:
    out: list[Page] = []
    for name in ("international.jsonl", "nasional.jsonl"):
        with open(root / "id-news-clickid" / name, encoding="utf-8") as f:
            for line in f:
                r = json.loads(line)
                if r.get("source") != "okezone.com":
                    continue
                out.append(Page(wrap_html(r["title"], r["paragraphs_heuristic"]), "html", url=r.get("url"),
                                id=r["id"], title=r["title"], published=r.get("date"), source="okezone.com",
                                origin=f"{name}:{r['id']}"))
                if len(out) >= limit:
                    return out
    return out


def bbc_pages(root: Path, limit: int) -> list[Page]:
    out = []
    for path in sorted((root / "en-news-bbc-politics" / "politics").glob("*.txt"))[:limit]:
        title, _, rest = path.read_text("utf-8", "replace").strip().partition("\n")
        paras = [p.strip() for p in rest.split("\n\n") if p.strip()]
        out.append(Page(wrap_html(title.strip(), paras), "html", id=path.stem, title=title.strip(),
                        source="bbc.co.uk", origin=str(path)))
    return out


@dataclass
class Timed:
    """A stage's callable with a stopwatch around it (per-stage share of the whole pipeline's time)."""

    run: Callable[[Doc], Doc]
    seconds: float = 0.0

    def __call__(self, doc: Doc) -> Doc:
        t0 = time.perf_counter()
        try:
            return self.run(doc)
        finally:
            self.seconds += time.perf_counter() - t0


@dataclass
class Phase:
    name: str
    pages: int = 0
    seconds: float = 0.0
    load: float = 0.0
    rss: float = 0.0
    per_page: list[float] = field(default_factory=list)
    sentences: int = 0
    rejected: int = 0


def timed_loop(name: str, pages: list[Page], fn: Callable[[Page], Any], on_result=None, after_cold=None) -> Phase:
    """Two passes over the pages: the cold one pays the lazy loads (models, KB, automata, each language pack on its
    first page of that language); the rate is the warm pass's, and "load" is cold minus warm."""
    ph = Phase(name)
    t0 = time.perf_counter()
    for page in pages:
        fn(page)
    cold = time.perf_counter() - t0
    if after_cold is not None:
        after_cold()
    for page in pages:
        t = time.perf_counter()
        result = fn(page)
        dt = time.perf_counter() - t
        ph.per_page.append(dt)
        ph.seconds += dt
        ph.pages += 1
        if on_result is not None:
            on_result(ph, result)
    ph.load = max(0.0, cold - ph.seconds)
    ph.rss = rss_mb()
    return ph


def count(ph: Phase, result: Doc | Rejection) -> None:
    if isinstance(result, Rejection):
        ph.rejected += 1
    else:
        ph.sentences += len(result.sentences)


def bench_corpus(label: str, pages: list[Page], workers: int) -> dict[str, Any]:
    import trafilatura

    html_idx = [i for i, p in enumerate(pages) if p.kind == "html"]
    html_pages = [pages[i] for i in html_idx]
    traf = timed_loop("trafilatura", html_pages, lambda p: trafilatura.extract(p.content)) if html_pages else None

    extract = Pipeline(["extract"])
    ext = timed_loop("warta extract", pages, lambda p: run_one(extract, p), count)

    whole = Pipeline()
    timers = [Timed(r) for r in whole._runners]
    whole._runners = timers  # type: ignore[assignment]

    def reset() -> None:  # the cold pass is not part of the stage shares
        for t in timers:
            t.seconds = 0.0

    full = timed_loop("warta whole", pages, lambda p: run_one(whole, p), count, after_cold=reset)
    stage_s = {info.name: t.seconds for info, t in zip(whole.infos, timers, strict=True)}

    pool = None
    if workers > 1:
        from warta.run import execute

        pool = Phase(f"whole, pool x{workers}")
        t0 = time.perf_counter()
        for result in execute(iter(pages), whole.config, engine="pool", workers=workers):
            pool.pages += 1
            count(pool, result)
        pool.seconds = time.perf_counter() - t0
        pool.rss = rss_mb(resource.RUSAGE_CHILDREN)
    full_html = sum(full.per_page[i] for i in html_idx)
    ext_html = sum(ext.per_page[i] for i in html_idx)
    return {"label": label, "pages": len(pages), "html": len(html_pages), "traf": traf, "ext": ext, "full": full,
            "pool": pool, "stages": stage_s, "full_html": full_html, "ext_html": ext_html}


def report(r: dict[str, Any]) -> None:
    traf, ext, full, pool = r["traf"], r["ext"], r["full"], r["pool"]
    print(f"\n### {r['label']}: {r['pages']} pages ({r['html']} HTML), {full.sentences} sentences, "
          f"{full.rejected} rejected\n")
    print("| run | pages/s | sentences/s | load s | peak RSS MB | time / trafilatura (HTML pages) | time / extract |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    traf_s = traf.seconds if traf else None

    def ratio(x: float | None, y: float | None) -> str:
        return f"{x / y:.1f}x" if x is not None and y else "–"

    if traf:
        print(f"| trafilatura.extract | {traf.pages / traf.seconds:.1f} | – | {traf.load:.2f} | {traf.rss:.0f} "
              f"| 1.0x | – |")
    print(f"| warta extract | {ext.pages / ext.seconds:.1f} | – | {ext.load:.2f} | {ext.rss:.0f} "
          f"| {ratio(r['ext_html'], traf_s)} | 1.0x |")
    print(f"| warta whole pipeline | {full.pages / full.seconds:.1f} | {full.sentences / full.seconds:.0f} "
          f"| {full.load:.2f} | {full.rss:.0f} | {ratio(r['full_html'], traf_s)} | {ratio(full.seconds, ext.seconds)} |")
    if pool:
        print(f"| {pool.name} (wall, incl. start-up) | {pool.pages / pool.seconds:.1f} "
              f"| {pool.sentences / pool.seconds:.0f} | – | {pool.rss:.0f} (largest worker) | – "
              f"| {ratio(pool.seconds, ext.seconds)} |")
    total = sum(r["stages"].values())
    print("\n| stage | share of whole-pipeline time | ms/page |")
    print("| --- | ---: | ---: |")
    for name, s in sorted(r["stages"].items(), key=lambda kv: -kv[1]):
        print(f"| {name} | {100 * s / total:.1f}% | {1000 * s / max(1, r['pages']):.1f} |")
    slowest = sorted(zip(full.per_page, range(len(full.per_page))), reverse=True)[:3]
    print("\nslowest pages (s): " + ", ".join(f"#{i} {s:.2f}" for s, i in slowest))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=str(Path(__file__).resolve().parents[2] / "shared" / "data"))
    ap.add_argument("--limit", type=int, default=100, help="pages per corpus")
    ap.add_argument("--workers", type=int, default=1, help="also run the pool engine with N workers (max 2)")
    ap.add_argument("--corpus", default="demo,okezone,bbc", help="comma-separated: demo, okezone, bbc")
    args = ap.parse_args()
    if not 1 <= args.workers <= 2:
        ap.error("--workers must be 1 or 2 (the machine is shared)")
    root = Path(args.data)
    loaders = {"demo": lambda: demo_pages(args.limit), "okezone": lambda: okezone_pages(root, args.limit),
               "bbc": lambda: bbc_pages(root, args.limit)}
    names = {"demo": "demo corpus", "okezone": "id-news-clickid okezone (id)", "bbc": "en-news-bbc-politics (en)"}
    print(f"peak RSS before loading anything: {rss_mb():.0f} MB")
    by_stage: dict[str, float] = defaultdict(float)
    for key in args.corpus.split(","):
        pages = loaders[key]()
        if not pages:
            print(f"{key}: no pages found under {root}", file=sys.stderr)
            continue
        r = bench_corpus(names[key], pages, args.workers)
        report(r)
        for k, v in r["stages"].items():
            by_stage[k] += v
        sys.stdout.flush()
    if by_stage:
        name, s = max(by_stage.items(), key=lambda kv: kv[1])
        print(f"\nslowest stage over all corpora: {name} ({100 * s / sum(by_stage.values()):.0f}% of stage time)")


if __name__ == "__main__":
    main()

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
Each corpus runs in its own process (started one after another). Peak RSS is ``resource.getrusage`` max RSS after
each phase (it only grows: read each figure as "by the end of"); for the pool, the largest worker's VmHWM. CPU
ms/page is this process's CPU time (all workers' for the pool): steadier than wall time on a shared machine.

    python bench/pipeline.py --data /work/shared/data [--limit 100] [--workers 2] [--corpus demo,okezone,bbc]
"""

from __future__ import annotations

import argparse
import html
import json
import resource
import subprocess
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
    cpu: float = 0.0  # CPU seconds of the warm pass (the machine is shared: CPU time is the steadier figure)
    first: float = 0.0  # pool only: seconds to the first result (worker start-up and model loads)
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
    c0 = time.process_time()
    for page in pages:
        t = time.perf_counter()
        result = fn(page)
        dt = time.perf_counter() - t
        ph.per_page.append(dt)
        ph.seconds += dt
        ph.pages += 1
        if on_result is not None:
            on_result(ph, result)
    ph.cpu = time.process_time() - c0
    ph.load = max(0.0, cold - ph.seconds)
    ph.rss = rss_mb()
    return ph


def worker_hwm_mb() -> float:
    """The largest peak RSS (VmHWM) among this process's live children: the pool's workers. getrusage's
    RUSAGE_CHILDREN is no use here: a spawned worker is forked before it execs, so it reports the parent's size."""
    import multiprocessing as mp

    best = 0.0
    for child in mp.active_children():
        try:
            for line in Path(f"/proc/{child.pid}/status").read_text().splitlines():
                if line.startswith("VmHWM:"):
                    best = max(best, int(line.split()[1]) / 1024)
        except OSError:
            pass
    return best


def run_pool_phase(pages: list[Page], config: dict[str, Any], workers: int) -> Phase:
    from warta.run import execute

    ph = Phase(f"whole, pool x{workers}")
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    for result in execute(iter(pages), config, engine="pool", workers=workers):
        if ph.pages == 0:
            ph.first = time.perf_counter() - t0
        ph.pages += 1
        count(ph, result)
        if ph.pages % 10 == 0 or ph.pages == len(pages) - 1:
            ph.rss = max(ph.rss, worker_hwm_mb())
    ph.seconds = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)  # the workers have been reaped: their CPU is counted
    ph.cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
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
        pool = run_pool_phase(pages, whole.config, workers)
    full_html = sum(full.per_page[i] for i in html_idx)
    ext_html = sum(ext.per_page[i] for i in html_idx)
    return {"label": label, "pages": len(pages), "html": len(html_pages), "traf": traf, "ext": ext, "full": full,
            "pool": pool, "stages": stage_s, "origins": [p.origin or p.id for p in pages], "full_html": full_html, "ext_html": ext_html}


def report(r: dict[str, Any]) -> None:
    traf, ext, full, pool = r["traf"], r["ext"], r["full"], r["pool"]
    print(f"\n### {r['label']}: {r['pages']} pages ({r['html']} HTML), {full.sentences} sentences, "
          f"{full.rejected} rejected\n")
    print("| run | pages/s | sentences/s | CPU ms/page | load s | peak RSS MB | time / trafilatura (HTML pages) "
          "| time / extract |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    traf_s = traf.seconds if traf else None

    def ratio(x: float | None, y: float | None) -> str:
        return f"{x / y:.1f}x" if x is not None and y else "–"

    def cpu(ph: Phase) -> str:
        return f"{1000 * ph.cpu / max(1, ph.pages):.0f}"

    if traf:
        print(f"| trafilatura.extract | {traf.pages / traf.seconds:.1f} | – | {cpu(traf)} | {traf.load:.2f} "
              f"| {traf.rss:.0f} | 1.0x | – |")
    print(f"| warta extract | {ext.pages / ext.seconds:.1f} | – | {cpu(ext)} | {ext.load:.2f} | {ext.rss:.0f} "
          f"| {ratio(r['ext_html'], traf_s)} | 1.0x |")
    print(f"| warta whole pipeline | {full.pages / full.seconds:.1f} | {full.sentences / full.seconds:.0f} "
          f"| {cpu(full)} | {full.load:.2f} | {full.rss:.0f} | {ratio(r['full_html'], traf_s)} "
          f"| {ratio(full.seconds, ext.seconds)} |")
    if pool:
        print(f"| {pool.name} (wall incl. start-up; CPU of all workers) | {pool.pages / pool.seconds:.1f} "
              f"| {pool.sentences / pool.seconds:.0f} | {cpu(pool)} | {pool.first:.2f} (first result) "
              f"| {pool.rss:.0f} (largest worker) | – | {ratio(pool.seconds, ext.seconds)} |")
    total = sum(r["stages"].values())
    print("\n| stage | share of whole-pipeline time | ms/page |")
    print("| --- | ---: | ---: |")
    for name, s in sorted(r["stages"].items(), key=lambda kv: -kv[1]):
        print(f"| {name} | {100 * s / total:.1f}% | {1000 * s / max(1, r['pages']):.1f} |")
    slowest = sorted(zip(full.per_page, r["origins"], strict=True), reverse=True)[:3]
    print("\nslowest pages (s): " + ", ".join(f"{Path(o or '?').name} {s:.2f}" for s, o in slowest))
    print("STAGES " + json.dumps(r["stages"]))


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
    keys = args.corpus.split(",")
    if len(keys) > 1:
        # One process per corpus, one after another: peak RSS only grows within a process, and a fresh process
        # pays each corpus's own model loads.
        by_stage: dict[str, float] = defaultdict(float)
        for key in keys:
            cmd = [sys.executable, __file__, "--data", args.data, "--limit", str(args.limit),
                   "--workers", str(args.workers), "--corpus", key]
            out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
            for line in out.splitlines():
                if line.startswith("STAGES "):
                    for k, v in json.loads(line[7:]).items():
                        by_stage[k] += v
                else:
                    print(line)
            sys.stdout.flush()
        if by_stage:
            name, s = max(by_stage.items(), key=lambda kv: kv[1])
            print(f"\nslowest stage over all corpora: {name} ({100 * s / sum(by_stage.values()):.0f}% of stage time)")
        return
    key = keys[0]
    pages = loaders[key]()
    if not pages:
        print(f"{key}: no pages found under {root}", file=sys.stderr)
        return
    print(f"\n(peak RSS of the bare interpreter with warta imported: {rss_mb():.0f} MB)")
    report(bench_corpus(names[key], pages, args.workers))

if __name__ == "__main__":
    main()

"""Extraction benchmark: warta's extract stage vs trafilatura alone, in the same run, on the same pages.

Sets (read from --data, default <repo>/../shared/data):
  sh       article-extraction-benchmark/ (ScrapingHub, 181 pages): body shingle-F1
  fundus   fundus-parser-testdata/ (news pages from 41 countries): body shingle-F1, title, authors, date
  dates    htmldate-eval-mediacloud/ (200 pages): publication day accuracy

Body metric (the ScrapingHub benchmark's): word 4-gram shingles (``\\w+`` tokens, counted as a multiset) of the
prediction vs the ground truth; per page TP/FP/FN normalised to sum 1; precision and recall macro-averaged over
pages; F1 = harmonic mean of mean precision and mean recall. Speed: pages per second of each system on the same
pages, in CPU seconds of the worker process (the ratio is what to compare; the machine is shared).

    python bench/extract.py --data /work/shared/data --workers 2
    python bench/extract.py --data /work/shared/data --sets fundus --limit 40 --show-worst 5
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from multiprocessing import Pool
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

_TOKEN = re.compile(r"\w+")


@dataclass
class Item:
    set: str
    key: str
    html: str
    url: str | None
    body: str | None = None
    title: str | None = None
    authors: list[str] | None = None
    date: str | None = None  # gold publication day or date-time
    country: str | None = None


@dataclass
class Output:
    text: str = ""
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    date: str | None = None
    seconds: float = 0.0
    error: str | None = None


# --- data ---------------------------------------------------------------------------------------------------------


def _gz(path: Path) -> str:
    raw = gzip.open(path, "rb").read()
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        from warta.ingest.records import decode

        return decode(raw)


def load_sh(data: Path, limit: int | None) -> list[Item]:
    root = data / "article-extraction-benchmark"
    truth = json.loads((root / "ground-truth.json").read_text("utf-8"))
    items = []
    for key in sorted(truth)[:limit]:
        items.append(Item("sh", key, _gz(root / "html" / f"{key}.html.gz"), truth[key].get("url"),
                          body=truth[key].get("articleBody") or ""))  # fmt: skip
    return items


def _fundus_body(gold: dict) -> str:
    body = gold.get("body") or {}
    parts = list(body.get("summary") or [])
    for section in body.get("sections") or []:
        parts += list(section.get("headline") or []) + list(section.get("paragraphs") or [])
    return "\n".join(parts)


def load_fundus(data: Path, limit: int | None) -> list[Item]:
    root = data / "fundus-parser-testdata"
    items: list[Item] = []
    for country in sorted(p for p in root.iterdir() if p.is_dir()):
        meta = json.loads((country / "meta.info").read_text("utf-8")) if (country / "meta.info").exists() else {}
        for gold_file in sorted(country.glob("*.json")):
            versions = json.loads(gold_file.read_text("utf-8"))
            pages = sorted(country.glob(f"{gold_file.stem}_*.html.gz"))
            # Parser versions were added over time and each has one test page: the n-th version (in order)
            # goes with the n-th page (by date); a version without a page is skipped.
            for name, page in zip(sorted(versions, key=_version_key), pages, strict=False):
                gold = versions[name]
                html = _gz(page)
                items.append(Item("fundus", f"{country.name}/{page.name}", html, meta.get(page.name, {}).get("url"),
                                  body=_fundus_body(gold), title=gold.get("title"), authors=gold.get("authors") or [],
                                  date=gold.get("publishing_date"), country=country.name))  # fmt: skip
    return items[:limit]


def _version_key(name: str) -> tuple[int, ...]:
    return tuple(int(x) for x in re.findall(r"\d+", name))


def load_dates(data: Path, limit: int | None) -> list[Item]:
    root = data / "htmldate-eval-mediacloud"
    gold = json.loads((root / "eval_mediacloud_2020.json").read_text("utf-8"))
    items = []
    for url, entry in sorted(gold.items())[:limit]:
        path = root / "html" / f"{entry['file']}.gz"
        if not path.exists():
            path = root / "html" / entry["file"]
            if not path.exists():
                continue
        items.append(Item("dates", entry["file"], _gz(path) if path.suffix == ".gz" else path.read_text("utf-8"),
                          url, date=entry["date"] if isinstance(entry["date"], str) else None))  # fmt: skip
    return items


# --- systems ------------------------------------------------------------------------------------------------------

_PIPELINE = None
_TIMEOUT = 30.0  # generous: the machine is shared; the default (10 s) is for production runs


def run_warta(item: Item) -> Output:
    global _PIPELINE
    from warta.model import Page
    from warta.pipeline import Pipeline, Rejection, run_one

    if _PIPELINE is None:
        from warta import config

        _PIPELINE = Pipeline(["extract"], config.load(overrides=[f"extract.timeout={_TIMEOUT}"]))
    started = time.process_time()
    result = run_one(_PIPELINE, Page(item.html, "html", url=item.url))
    seconds = time.process_time() - started
    if isinstance(result, Rejection):
        return Output(seconds=seconds, error=result.reason)
    a = result.article
    return Output(a.text, a.title, list(a.authors), a.published, seconds)


def run_trafilatura(item: Item) -> Output:
    import trafilatura

    started = time.process_time()
    doc = trafilatura.bare_extraction(item.html, url=item.url, include_comments=False, with_metadata=True)
    seconds = time.process_time() - started
    if doc is None:
        return Output(seconds=seconds, error="none")
    authors = [a.strip() for a in (doc.author or "").split(";") if a.strip()]
    return Output(doc.text or "", doc.title, authors, doc.date, seconds)


SYSTEMS = {"warta": run_warta, "trafilatura": run_trafilatura}


# --- metrics ------------------------------------------------------------------------------------------------------


def shingles(text: str, n: int = 4) -> Counter:
    tokens = _TOKEN.findall(text or "")
    return Counter(tuple(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens[i : i + n])


def tp_fp_fn(gold: str, pred: str) -> tuple[float, float, float]:
    g, p = shingles(gold), shingles(pred)
    tp = float(sum((g & p).values()))
    fp = float(sum((p - g).values()))
    fn = float(sum((g - p).values()))
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def body_scores(rows: list[tuple[float, float, float]]) -> tuple[float, float, float]:
    def prec(tp, fp, fn):
        return 1.0 if fp == fn == 0 else (0.0 if tp == fp == 0 else tp / (tp + fp))

    def rec(tp, fp, fn):
        return 1.0 if fp == fn == 0 else (0.0 if tp == fn == 0 else tp / (tp + fn))

    p = statistics.mean([prec(*r) for r in rows if r[0] + r[1] > 0] or [0.0])
    r = statistics.mean([rec(*r) for r in rows if r[0] + r[2] > 0] or [0.0])
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _norm_title(t: str | None) -> str:
    return " ".join(_TOKEN.findall((t or "").lower()))


def author_f1(gold: list[str], pred: list[str]) -> float:
    g = Counter(_TOKEN.findall(" ".join(gold).lower()))
    p = Counter(_TOKEN.findall(" ".join(pred).lower()))
    if not g and not p:
        return 1.0
    common = sum((g & p).values())
    if not common:
        return 0.0
    precision, recall = common / sum(p.values()), common / sum(g.values())
    return 2 * precision * recall / (precision + recall)


def same_day(gold: str | None, pred: str | None) -> bool:
    return bool(gold and pred and gold[:10] == pred[:10])


def same_instant(gold: str | None, pred: str | None) -> bool:
    """Both aware and equal to the minute (gold values without a time compare as a day)."""
    from datetime import datetime

    if not gold or not pred:
        return False
    try:
        g = datetime.fromisoformat(gold.replace(" ", "T"))
        p = datetime.fromisoformat(pred)
    except ValueError:
        return False
    if g.tzinfo is None or p.tzinfo is None:
        return False
    return abs((g - p).total_seconds()) < 60


# --- driver -------------------------------------------------------------------------------------------------------


def run_both(item: Item) -> dict[str, Output]:
    """Both systems on one page, one after the other in the same process, so that a busy machine slows both alike.
    Times are CPU seconds of this process (``time.process_time``): other people's jobs do not count."""
    return {name: func(item) for name, func in SYSTEMS.items()}


_WARM = Item("warm", "warm", "<html><head><title>Warm up</title></head><body><article><h1>Warm up</h1><p>"
             + "A first page loads modules and compiles patterns, which no later page pays for. " * 5
             + "</p></article></body></html>", "https://example.org/a")  # fmt: skip


def _warm_up() -> None:
    run_both(_WARM)


def run_all(items: list[Item], workers: int) -> dict[str, list[Output]]:
    if workers > 1:
        with Pool(workers, initializer=_warm_up) as pool:
            rows = pool.map(run_both, items, chunksize=4)
    else:
        _warm_up()
        rows = [run_both(i) for i in items]
    return {name: [r[name] for r in rows] for name in SYSTEMS}


def main(argv: list[str] | None = None) -> int:
    global _TIMEOUT
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--sets", default="sh,fundus,dates", help="comma-separated: sh, fundus, dates")
    ap.add_argument("--limit", type=int, default=None, help="pages per set (default: all)")
    ap.add_argument("--workers", type=int, default=1, choices=(1, 2), help="processes (the machine is shared: max 2)")
    ap.add_argument("--show-worst", type=int, default=0, help="print the N pages where warta loses most to trafilatura")
    ap.add_argument("--json", type=Path, default=None, help="also write per-page scores here")
    ap.add_argument("--timeout", type=float, default=_TIMEOUT, help="warta's per-page limit in seconds")
    args = ap.parse_args(argv)
    _TIMEOUT = args.timeout
    loaders = {"sh": load_sh, "fundus": load_fundus, "dates": load_dates}
    report: dict[str, dict] = {}
    for set_name in args.sets.split(","):
        items = loaders[set_name](args.data, args.limit)
        if not items:
            print(f"{set_name}: no pages found under {args.data}", file=sys.stderr)
            continue
        by_system = run_all(items, args.workers)
        results = {name: (outs, sum(o.seconds for o in outs)) for name, outs in by_system.items()}
        print(f"\n## {set_name}: {len(items)} pages, {args.workers} worker(s)")
        header = f"{'system':<12} {'P':>6} {'R':>6} {'F1':>6} {'title':>6} {'author':>6} {'day':>6} {'instant':>7} {'pages/s':>8} {'rejected':>8}"
        print(header)
        per_page: dict[str, list] = {}
        for system, (outs, wall) in results.items():
            row = {"pages/s": len(items) / wall if wall else 0.0, "rejected": sum(1 for o in outs if o.error)}
            if set_name in ("sh", "fundus"):
                scores = [tp_fp_fn(i.body or "", o.text) for i, o in zip(items, outs, strict=True)]
                row["P"], row["R"], row["F1"] = body_scores(scores)
                per_page[system] = scores
            if set_name == "fundus":
                row["title"] = statistics.mean(_norm_title(i.title) == _norm_title(o.title) for i, o in zip(items, outs))
                row["author"] = statistics.mean(author_f1(i.authors or [], o.authors) for i, o in zip(items, outs))
            if set_name in ("fundus", "dates"):
                dated = [(i, o) for i, o in zip(items, outs) if i.date]
                row["day"] = statistics.mean(same_day(i.date, o.date) for i, o in dated) if dated else 0.0
                timed = [(i, o) for i, o in dated if len(i.date or "") > 10]
                row["instant"] = statistics.mean(same_instant(i.date, o.date) for i, o in timed) if timed else None
            report.setdefault(set_name, {})[system] = row

            def cell(key, width, fmt="{:.3f}"):
                value = row.get(key)
                return f"{fmt.format(value) if value is not None else '-':>{width}}"

            print(f"{system:<12} {cell('P', 6)} {cell('R', 6)} {cell('F1', 6)} {cell('title', 6)} {cell('author', 6)}"
                  f" {cell('day', 6)} {cell('instant', 7)} {cell('pages/s', 8, '{:.1f}')} {cell('rejected', 8, '{}')}")
        w, t = report[set_name]["warta"]["pages/s"], report[set_name]["trafilatura"]["pages/s"]
        print(f"speed ratio warta/trafilatura: {w / t:.2f}" if t else "")
        if set_name == "fundus":
            asian = {"cn", "id", "ind", "jp", "kr", "my", "tw", "vn", "th", "ph", "sg", "in", "lk", "pk"}
            sub = [k for k, i in enumerate(items) if i.country in asian]
            if sub:
                for system in SYSTEMS:
                    f1 = body_scores([per_page[system][k] for k in sub])[2]
                    print(f"  Asian pages ({len(sub)}) {system}: F1 {f1:.3f}")
        if args.show_worst and per_page:
            def f1_of(r):
                p = r[0] / (r[0] + r[1]) if r[0] + r[1] else 0.0
                q = r[0] / (r[0] + r[2]) if r[0] + r[2] else 0.0
                return 2 * p * q / (p + q) if p + q else 0.0

            diffs = sorted(range(len(items)), key=lambda k: f1_of(per_page["warta"][k]) - f1_of(per_page["trafilatura"][k]))
            for k in diffs[: args.show_worst]:
                print(f"  worse: {items[k].key} warta {f1_of(per_page['warta'][k]):.3f} "
                      f"trafilatura {f1_of(per_page['trafilatura'][k]):.3f} ({results['warta'][0][k].error or ''})")
        if args.json:
            report[set_name]["pages"] = {
                items[k].key: {s: list(per_page[s][k]) for s in per_page} for k in range(len(items))
            } if per_page else {}
    if args.json:
        args.json.write_text(json.dumps(report, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

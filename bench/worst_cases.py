"""Worst-case speed of the analysis stages: the whole pipeline over real articles, every stage timed per article,
the slowest articles listed with their longest sentence.

Corpora (``--corpus``, comma-separated; all four by default):

- ``okezone``: the okezone.com records of ``id-news-clickid`` (``international.jsonl`` and ``nasional.jsonl``, 1,063
  articles; okezone keeps its hyperlinked words, see its SOURCES.md), given as text records the way ``warta eval``
  gives the dev gold (``paragraphs_heuristic`` joined by blank lines, the record's title, url and date);
- ``bbc``: ``en-news-bbc-politics`` (397 English BBC articles), ordinary English news;
- ``ipe``: ``indiapoliceevents`` (1,257 Times of India articles, lower-cased: the real run-on sentences, see
  ``ipe_records``);
- ``runon``: synthetic run-on "sentences" of 800 to 6,400 tokens made of the dev gold's text (``runon_records``).

Each article runs once through ``Pipeline()`` (the configured stages) with a CPU-time stopwatch around each stage
(``time.process_time``: the machine is shared, and wall time moves with the other engineers' load), after a
warm-up article per language (the lazy loads are not a worst case of the code); the events stage's rate is
sentences per CPU second of that stage alone.

``--hashes FILE`` writes one line per article, ``id <sha256 of its article JSON>``: two runs of different code on
the same articles are compared with ``diff`` (a performance change must change no output), without anyone reading
the articles. Article ids and sentence lengths are printed, never article text (the okezone records hold the blind
test gold's articles: only the dev gold's may be read). ``WARTA_SRC=<dir>/src`` times another checkout (an export
of the base commit: ``git archive <commit> src | tar -x -C <dir>``).

Run it niced, on a sample first (2 cores shared with the other engineers):

    nice -n 10 python bench/worst_cases.py --data /work/shared/data --limit 50
    nice -n 10 python bench/worst_cases.py --data /work/shared/data --hashes /tmp/hashes.txt   # everything, ~4 min
    nice -n 10 python bench/worst_cases.py --corpus ipe --ids ipe-85,ipe-653                  # a few articles
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
# WARTA_SRC: another checkout's src/ (an export of the base commit, to time the code before a change)
sys.path.insert(0, os.environ.get("WARTA_SRC") or str(ROOT / "src"))

from warta.analyze.triggers import tokenize
from warta.errors import Rejected
from warta.ingest.records import page_from_record
from warta.model import Article, Doc
from warta.pipeline import Pipeline


def okezone_records(root: Path, limit: int | None) -> Iterator[dict[str, Any]]:
    n = 0
    for name in ("international.jsonl", "nasional.jsonl"):
        with open(root / "id-news-clickid" / name, encoding="utf-8") as f:
            for line in f:
                r = json.loads(line)
                if r.get("source") != "okezone.com":
                    continue
                paragraphs = r.get("paragraphs_heuristic") or []
                text = "\n\n".join(p.strip() for p in paragraphs if p.strip()) or r.get("content", "")
                yield {"id": r["id"], "text": text, "title": r.get("title"), "url": r.get("url"),
                       "published": r.get("date"), "source": "okezone.com", "language": "id"}  # fmt: skip
                n += 1
                if limit is not None and n >= limit:
                    return


def bbc_records(root: Path, limit: int | None) -> Iterator[dict[str, Any]]:
    paths = sorted((root / "en-news-bbc-politics" / "politics").glob("*.txt"))
    for path in paths[:limit]:
        title, _, rest = path.read_text("utf-8", "replace").strip().partition("\n")
        paras = [p.strip() for p in rest.split("\n\n") if p.strip()]
        yield {"id": f"bbc-{path.stem}", "text": "\n\n".join(paras), "title": title.strip(), "source": "bbc.co.uk",
               "language": "en"}  # fmt: skip


def ipe_records(root: Path, limit: int | None) -> Iterator[dict[str, Any]]:
    """IndiaPoliceEvents (Times of India, March 2002): the text is lower-cased, so the sentence splitter (which wants a
    capital after a full stop) takes whole paragraphs, up to ~1,400 tokens, for one sentence: the corpus of real
    run-on sentences."""
    folder = root / "indiapoliceevents"
    with open(folder / "metadata.jsonl", encoding="utf-8") as f:
        dates = {r["doc_id"]: r.get("date") for r in map(json.loads, f)}
    with open(folder / "docs.jsonl", encoding="utf-8") as f:
        for n, line in enumerate(f):
            if limit is not None and n >= limit:
                return
            r = json.loads(line)
            yield {"id": f"ipe-{r['doc_id']}", "text": r["doc_text"], "published": dates.get(r["doc_id"]), "source": "timesofindia",
                   "language": "en"}  # fmt: skip


def runon_records(root: Path, limit: int | None) -> Iterator[dict[str, Any]]:
    """Synthetic run-on "sentences" of 800, 1,600, 3,200 and 6,400 tokens: the Indonesian dev gold's articles (the
    only okezone text that may be read) joined with every sentence end and line break turned into a comma, the way a
    list or table page scraped without full stops reaches the pipeline. Time against length shows the complexity."""
    from warta.evaluate import Corpus, article_input, read_gold

    corpus = Corpus(root)
    texts = [article_input(g, corpus)["text"] for g in read_gold(ROOT / "gold" / "id-events-dev.jsonl")]
    text = " ".join(re.sub(r"[.!?…]+([\"'”’)]*)\s+", r"\1, ", t).replace("\n", " ") for t in texts)
    tokens = tokenize(text)
    for n in (800, 1600, 3200, 6400)[:limit]:
        yield {"id": f"runon-{n}", "text": text[: tokens[min(n, len(tokens)) - 1].end] + ".", "published": "2019-09-18",
               "source": "okezone.com", "language": "id"}  # fmt: skip


@dataclass
class Row:
    corpus: str
    id: str
    stages: dict[str, float] = field(default_factory=dict)
    sentences: int = 0
    longest_tokens: int = 0
    longest_chars: int = 0
    rejected: str | None = None

    @property
    def total(self) -> float:
        return sum(self.stages.values())


def run_article(pipe: Pipeline, corpus: str, record: dict[str, Any], hashes) -> Row:
    row = Row(corpus, str(record["id"]))
    page = page_from_record(record, origin=row.id)
    doc = Doc(article=Article(id=page.fingerprint(), text="", url=page.url), page=page)
    try:
        for info, run in zip(pipe.infos, pipe._runners, strict=True):
            t0 = time.process_time()
            doc = run(doc)
            row.stages[info.name] = time.process_time() - t0
            doc.versions[info.name] = info.label
    except Rejected as err:
        row.rejected = err.reason
    text = doc.text
    row.sentences = len(doc.sentences or [])
    for s in doc.sentences or []:
        n = len(tokenize(text, s.start, s.end))
        if n > row.longest_tokens:
            row.longest_tokens, row.longest_chars = n, s.end - s.start
    if hashes is not None:
        blob = json.dumps(doc.to_dict(), ensure_ascii=False, sort_keys=True).encode("utf-8")
        hashes.write(f"{row.id} {hashlib.sha256(blob).hexdigest()}\n")
    return row


def report(rows: list[Row], top: int) -> None:
    names = list(dict.fromkeys(k for r in rows for k in r.stages))
    for corpus in dict.fromkeys(r.corpus for r in rows):
        mine = [r for r in rows if r.corpus == corpus]
        sents = sum(r.sentences for r in mine)
        totals = {k: sum(r.stages.get(k, 0.0) for r in mine) for k in names}
        print(
            f"\n### {corpus}: {len(mine)} articles, {sents} sentences, "
            f"{sum(r.rejected is not None for r in mine)} rejected, {sum(totals.values()):.1f} CPU s in all stages\n"
        )
        print("| stage | total CPU s | share | worst article s | median ms/article |")
        print("| --- | ---: | ---: | ---: | ---: |")
        for k in sorted(names, key=lambda k: -totals[k]):
            each = sorted(r.stages.get(k, 0.0) for r in mine)
            print(
                f"| {k} | {totals[k]:.2f} | {100 * totals[k] / max(1e-9, sum(totals.values())):.0f}% "
                f"| {each[-1]:.2f} | {1000 * each[len(each) // 2]:.1f} |"
            )
        if totals.get("events"):
            print(
                f"\nevents stage: {sents / totals['events']:.0f} sentences per CPU s "
                f"({1000 * totals['events'] / max(1, len(mine)):.1f} ms/article)"
            )
        print(f"\nslowest {top} articles (CPU s; stage times; sentences; longest sentence in tokens / characters):\n")
        print("| article | total | " + " | ".join(names) + " | sentences | longest (tok / chars) |")
        print("| --- | ---: | " + " | ".join("---:" for _ in names) + " | ---: | ---: |")
        for r in sorted(mine, key=lambda r: -r.total)[:top]:
            print(
                f"| {r.id} | {r.total:.2f} | "
                + " | ".join(f"{r.stages.get(k, 0.0):.2f}" for k in names)
                + f" | {r.sentences} | {r.longest_tokens} / {r.longest_chars} |"
            )
        longest = sorted(mine, key=lambda r: -r.longest_tokens)[:top]
        print(
            "\nlongest sentences: "
            + ", ".join(f"{r.id} {r.longest_tokens} tok (events {r.stages.get('events', 0.0):.2f} s)" for r in longest)
        )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=str(ROOT.parents[1] / "shared" / "data"))
    ap.add_argument("--corpus", default="okezone,bbc,ipe,runon", help="comma-separated: okezone, bbc, ipe, runon")
    ap.add_argument("--limit", type=int, default=None, help="articles per corpus (default: all)")
    ap.add_argument("--ids", default=None, help="only these article ids (comma-separated)")
    ap.add_argument("--top", type=int, default=10)
    ap.add_argument("--hashes", default=None, help="write 'id sha256' of each article's JSON to this file")
    args = ap.parse_args()
    root = Path(args.data)
    loaders = {
        "okezone": lambda: okezone_records(root, args.limit if not args.ids else None),
        "bbc": lambda: bbc_records(root, args.limit if not args.ids else None),
        "ipe": lambda: ipe_records(root, args.limit if not args.ids else None),
        "runon": lambda: runon_records(root, args.limit if not args.ids else None),
    }
    wanted = set(args.ids.split(",")) if args.ids else None
    pipe = Pipeline()
    hashes = open(args.hashes, "w", encoding="utf-8") if args.hashes else None  # noqa: SIM115 (closed below)
    # lazy loads (CRF, knowledge base, gazetteer, each language's lexicons) paid before the clock, not by the first
    # article of a corpus
    for lang, text in (
        ("id", "Presiden Joko Widodo bertemu Perdana Menteri Malaysia di Jakarta pada Senin."),
        ("en", "President Joe Biden met the Prime Minister of India in Washington on Monday."),
    ):
        run_article(pipe, "warm-up", {"id": "warm-up", "text": text, "language": lang}, None)
    rows: list[Row] = []
    t0 = time.perf_counter()
    for corpus in args.corpus.split(","):
        for record in loaders[corpus]():
            if wanted is not None and str(record["id"]) not in wanted:
                continue
            rows.append(run_article(pipe, corpus, record, hashes))
            if len(rows) % 100 == 0:
                print(f"{len(rows)} articles, {time.perf_counter() - t0:.0f} s", file=sys.stderr)
    if hashes is not None:
        hashes.close()
    print(
        f"(lazy loads paid by a warm-up article per language before the clock; wall {time.perf_counter() - t0:.0f} s)"
    )
    report(rows, args.top)


if __name__ == "__main__":
    main()

"""Dump the whole pipeline output (every layer, events in full) on the Indonesian dev gold articles, one article JSON
per line, so that a performance change can be checked to change no result: dump before, dump after, diff.

    PYTHONPATH=src python bench/dump_dev.py --data /work/shared/data --out /tmp/dev-before.jsonl
    PYTHONPATH=src python bench/dump_dev.py --data /work/shared/data --out /tmp/dev-after.jsonl
    diff /tmp/dev-before.jsonl /tmp/dev-after.jsonl && echo unchanged

It runs exactly what ``warta eval`` runs (``evaluate._pipeline_runner`` on ``evaluate.article_input``), on the dev
gold only (never the blind test gold)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from warta.evaluate import Corpus, _pipeline_runner, article_input, read_gold


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=str(ROOT.parents[1] / "shared" / "data"))
    ap.add_argument("--gold", default=str(ROOT / "gold" / "id-events-dev.jsonl"))
    ap.add_argument("--out", default="-", help="a file, or - for stdout")
    args = ap.parse_args()
    if "test" in Path(args.gold).name or "iaa" in Path(args.gold).name:
        ap.error("this dump is for the dev gold only")
    run = _pipeline_runner()
    corpus = Corpus(Path(args.data))
    n = 0
    with sys.stdout if args.out == "-" else open(args.out, "w", encoding="utf-8") as out:
        for gold in read_gold(Path(args.gold)):
            doc = run(article_input(gold, corpus))
            out.write(json.dumps(doc.to_dict(), ensure_ascii=False, sort_keys=True) + "\n")
            n += 1
    print(f"{n} articles", file=sys.stderr)


if __name__ == "__main__":
    main()

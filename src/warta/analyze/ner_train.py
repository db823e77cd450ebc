"""Training and scoring of the Indonesian CRF tagger (``warta train ner``; also ``python -m warta.analyze.ner_train``).

Data (read from the project's shared data folder, never shipped):

* ``id-ner-idner2k/{train,dev}.txt`` — IDNER-2k (MIT): the labelled sentences. The model is tuned on dev, and the
  shipped model is trained on train + dev; ``test.txt`` is only ever scored, never trained or tuned on.
* ``id-news-clickid/*.jsonl`` (CC BY 4.0) and ``id-news-detik2025/data_berita.csv`` — unlabelled news, read only to
  count how often each word is capitalised mid-sentence (the casing lexicon shipped beside the model).

Never use ``id-ner-indolem/``: 1,284 of its sentences are also in IDNER-2k.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .ner_crf import (
    CASING_NAME, CLUSTERS_NAME, LABELS, MODEL_NAME, CrfTagger, Lexicon, bio_spans, casing_counts, read_conll, train,
    write_casing,
)  # fmt: skip

IDNER = "id-ner-idner2k"


@dataclass
class Scores:
    tp: Counter = field(default_factory=Counter)
    fp: Counter = field(default_factory=Counter)
    fn: Counter = field(default_factory=Counter)

    def add(self, gold: set[tuple[int, int, str]], pred: set[tuple[int, int, str]]) -> None:
        for x in gold & pred:
            self.tp[x[2]] += 1
        for x in pred - gold:
            self.fp[x[2]] += 1
        for x in gold - pred:
            self.fn[x[2]] += 1

    def prf(self, label: str | None = None) -> tuple[float, float, float]:
        """Precision, recall, F1 of one label, or micro-averaged over ``LABELS`` when ``label`` is None."""
        labels = LABELS if label is None else (label,)
        tp = sum(self.tp[x] for x in labels)
        fp = sum(self.fp[x] for x in labels)
        fn = sum(self.fn[x] for x in labels)
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def table(self) -> str:
        rows = ["| type | precision | recall | F1 | gold |", "| --- | --- | --- | --- | --- |"]
        for label in (*LABELS, None):
            p, r, f = self.prf(label)
            gold = sum(self.tp[x] + self.fn[x] for x in (LABELS if label is None else (label,)))
            rows.append(f"| {label or 'micro'} | {p:.3f} | {r:.3f} | {f:.3f} | {gold} |")
        return "\n".join(rows)


def score_tagger(tagger: CrfTagger, sentences: Sequence[list[tuple[str, str]]]) -> Scores:
    scores = Scores()
    for sent in sentences:
        words = [w for w, _ in sent]
        scores.add(set(bio_spans([t for _, t in sent])), set(bio_spans(tagger.tag(words))))
    return scores


def news_texts(data: Path) -> Iterator[str]:
    """Unlabelled Indonesian news bodies for the casing lexicon."""
    for name in ("international.jsonl", "nasional.jsonl"):
        path = data / "id-news-clickid" / name
        if path.is_file():
            with open(path, encoding="utf-8") as fh:
                for line in fh:
                    yield json.loads(line).get("content") or ""
    path = data / "id-news-detik2025" / "data_berita.csv"
    if path.is_file():
        csv.field_size_limit(1 << 30)
        with open(path, encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                yield row.get("isi_berita") or ""


def train_ner(data: Path, out: Path, *, with_dev: bool = True, c1: float = 0.05, c2: float = 0.05,
              max_iterations: int = 200, clusters: bool = False, log=print) -> Scores:  # fmt: skip
    """Build the casing lexicon and the CRF into ``out``; return the scores on the IDNER-2k test split."""
    root = data / IDNER
    if not (root / "train.txt").is_file():
        raise FileNotFoundError(f"{root / 'train.txt'} not found; pass --data pointing at the shared data folder")
    out.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    texts = list(news_texts(data))
    counts = casing_counts(texts)
    write_casing(counts, out / CASING_NAME)
    log(f"casing lexicon: {len(counts)} words ({time.perf_counter() - t0:.1f} s)")
    table = None
    (out / CLUSTERS_NAME).unlink(missing_ok=True)
    if clusters:
        from .ner_clusters import read_clusters, word_clusters, write_clusters

        t0 = time.perf_counter()
        write_clusters(word_clusters(texts), out / CLUSTERS_NAME)
        table = read_clusters(out / CLUSTERS_NAME)
        log(f"word clusters: {len(table)} words ({time.perf_counter() - t0:.1f} s)")
    sentences = read_conll(root / "train.txt")
    if with_dev:
        sentences += read_conll(root / "dev.txt")
    t0 = time.perf_counter()
    train(sentences, out / MODEL_NAME, lex=Lexicon.of("id"), casing=counts, clusters=table, c1=c1, c2=c2,
          max_iterations=max_iterations)  # fmt: skip
    log(f"CRF trained on {len(sentences)} sentences ({time.perf_counter() - t0:.1f} s) -> {out / MODEL_NAME}")
    tagger = CrfTagger(str(out / MODEL_NAME))
    if not with_dev:
        log("dev split:\n" + score_tagger(tagger, read_conll(root / "dev.txt")).table())
    scores = score_tagger(tagger, read_conll(root / "test.txt"))
    log("test split:\n" + scores.table())
    return scores


def default_data() -> Path:
    return Path(__file__).resolve().parents[4].parent / "shared" / "data"


def main(argv: list[str] | None = None) -> int:
    from .ner_crf import packaged_model

    ap = argparse.ArgumentParser(prog="python -m warta.analyze.ner_train", description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=default_data(), help="shared data folder (default ../shared/data)")
    ap.add_argument("--out", type=Path, default=packaged_model().parent, help="where to write the model files")
    ap.add_argument("--no-dev", action="store_true", help="train on train only (to tune: dev is scored)")
    ap.add_argument("--c1", type=float, default=0.05)
    ap.add_argument("--c2", type=float, default=0.05)
    ap.add_argument("--clusters", action="store_true",
                    help="add word-cluster features (needs numpy/scipy; no gain on dev, so off for the shipped model)")
    args = ap.parse_args(argv)
    train_ner(args.data, args.out, with_dev=not args.no_dev, c1=args.c1, c2=args.c2, clusters=args.clusters)
    return 0


if __name__ == "__main__":
    sys.exit(main())

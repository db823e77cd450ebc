"""Sentence boundaries on UD Indonesian-CSUI: warta's splitter beside pysbd and a naive regex, in one run.

The treebank's sentences (``# text``) are joined with one space into a running text, as a paragraph of news would be;
a boundary is the end offset of a sentence (the end of the whole text is not counted). English: the treebank's own
English translations (``# text_en``) of the same sentences, joined the same way.

    python bench/sentences.py --data /work/shared/data [--limit N] [--split test|train|all]
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from warta.analyze.sentences import split  # noqa: E402


def read_conllu(path: Path, key: str) -> list[str]:
    out = []
    for line in path.read_text("utf-8").splitlines():
        if line.startswith(f"# {key} = "):
            out.append(line.split(" = ", 1)[1].strip())
    return out


def gold(sentences: list[str]) -> tuple[str, set[int]]:
    text, ends, pos = [], set(), 0
    for s in sentences:
        text.append(s)
        pos += len(s)
        ends.add(pos)
        pos += 1
    return " ".join(text), ends - {pos - 1}


def naive(text: str) -> list[int]:
    return [m.end(1) for m in re.finditer(r"([.!?][\"”’)]*)\s+(?=[\"“(]?[A-Z0-9])", text)]


def f1(pred: set[int], ref: set[int]) -> tuple[float, float, float]:
    tp = len(pred & ref)
    p = tp / len(pred) if pred else 0.0
    r = tp / len(ref) if ref else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=str(Path(__file__).resolve().parents[2] / "shared" / "data"))
    ap.add_argument("--split", default="test", choices=["test", "train", "all"])
    ap.add_argument("--limit", type=int, default=0, help="first N sentences only")
    ap.add_argument("--repeat", type=int, default=3, help="timing repeats (best of)")
    args = ap.parse_args()
    root = Path(args.data) / "id-ud-csui"
    files = {"test": ["test"], "train": ["train"], "all": ["train", "test"]}[args.split]
    try:
        import pysbd
    except ImportError:
        pysbd = None
    print("| set | sentences | system | P | R | F1 | sentences/s |\n| --- | --- | --- | --- | --- | --- | --- |")
    for key, code in (("text", "id"), ("text_en", "en")):
        sents: list[str] = []
        for name in files:
            sents += read_conllu(root / f"id_csui-ud-{name}.conllu", key)
        if args.limit:
            sents = sents[: args.limit]
        text, ref = gold(sents)
        systems = {
            f"warta ({code})": lambda t, c=code: [s.end for s in split(t, c)][:-1],
            "regex [.!?] + capital": naive,
        }
        if pysbd is not None:
            seg = pysbd.Segmenter(language="en", clean=False, char_span=True)
            systems["pysbd 0.3 (en rules)"] = lambda t: [s.start + len(s.sent.rstrip()) for s in seg.segment(t)][:-1]
        for label, fn in systems.items():
            best = float("inf")
            for _ in range(args.repeat):
                t0 = time.perf_counter()
                pred = set(fn(text))
                best = min(best, time.perf_counter() - t0)
            p, r, f = f1(pred, ref)
            print(f"| csui {args.split} {code} | {len(sents)} | {label} | {p:.3f} | {r:.3f} | {f:.3f} | {len(sents) / best:,.0f} |")


if __name__ == "__main__":
    main()

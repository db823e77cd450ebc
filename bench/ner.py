"""Indonesian names on the IDNER-2k test split: exact-span F1 for PER / ORG / LOC, per type and micro-averaged.

Two systems in one run, on the same sentences: the shipped CRF alone, and the whole ``entities`` stage (title
patterns + knowledge base + CRF + rules + coreference), whose types are mapped to the gold set's three
(GPE -> LOC; NORP, EVENT and MISC are not scored). IDNER-2k leaves many country names unlabelled ("Rusia dan Jepang
telah melarang impor ..."), which the stage links as actors; a third row shows the stage's score when a country it
linked where the gold has no span is not counted (every other prediction still is). Speed is sentences per second of each (one sentence per Doc,
so the stage's per-document work is counted in full), and the stage's speed as a ratio of the CRF's.

    python bench/ner.py --data /work/shared/data [--limit N] [--split test|dev]

Never point this at ``id-ner-indolem/``: it shares 1,284 sentences with IDNER-2k's training data.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from warta.analyze.entities import Entities
from warta.analyze.ner_crf import CrfTagger, bio_spans, read_conll
from warta.analyze.ner_train import Scores
from warta.model import Article, Doc, Sentence

TYPE_MAP = {"PER": "PER", "ORG": "ORG", "LOC": "LOC", "GPE": "LOC"}


def char_spans(words: list[str], tags: list[str]) -> tuple[str, set[tuple[int, int, str]]]:
    """The sentence as text (tokens joined by one space) and its gold spans as character offsets."""
    offsets, pos = [], 0
    for w in words:
        offsets.append((pos, pos + len(w)))
        pos += len(w) + 1
    gold = {(offsets[i][0], offsets[j - 1][1], label) for i, j, label in bio_spans(tags)}
    return " ".join(words), gold


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=Path(__file__).resolve().parents[1].parent / "shared" / "data")
    ap.add_argument("--split", default="test", choices=["test", "dev"])
    ap.add_argument("--limit", type=int, default=0, help="score only the first N sentences")
    ap.add_argument("--model", default=None, help="a CRF model file instead of the packaged one (for dev tuning)")
    ap.add_argument("--errors", type=int, default=0, help="print the stage's first N wrong spans")
    ap.add_argument("--no-caps", action="store_true", help="run the stage without its capitalised-sequence fallback")
    args = ap.parse_args()

    path = args.data / "id-ner-idner2k" / f"{args.split}.txt"
    sentences = read_conll(path)
    if args.limit:
        sentences = sentences[: args.limit]
    words = [[w for w, _ in s] for s in sentences]
    tags = [[t for _, t in s] for s in sentences]

    crf = CrfTagger(args.model)
    crf.tag(["Pemanasan"])  # load outside the timing
    t0 = time.perf_counter()
    crf_scores = Scores()
    for w, g in zip(words, tags, strict=True):
        crf_scores.add(set(bio_spans(g)), set(bio_spans(crf.tag(w))))
    crf_time = time.perf_counter() - t0

    stage = Entities(model=args.model, caps_fallback=not args.no_caps)
    stage(_doc("Presiden Joko Widodo di Jakarta."))  # load the knowledge base and the tagger outside the timing
    t0 = time.perf_counter()
    stage_scores = Scores()
    lenient = Scores()  # the same, but a country the gold left unlabelled is not counted against the stage
    errors: list[str] = []
    for w, g in zip(words, tags, strict=True):
        text, gold = char_spans(w, g)
        doc = stage(_doc(text))
        pred = {(e.start, e.end, TYPE_MAP[e.type]) for e in doc.entities if e.type in TYPE_MAP}
        stage_scores.add(gold, pred)
        unlabelled = {(e.start, e.end, TYPE_MAP[e.type]) for e in doc.entities
                      if (e.kb_id or "").startswith("country:") and e.type in TYPE_MAP
                      and not any(g[0] == e.start and g[1] == e.end for g in gold)}  # fmt: skip
        lenient.add(gold, pred - unlabelled)
        if len(errors) < args.errors and gold != pred:
            errors.append(f"{text}\n  missed: {_show(text, gold - pred)}\n  extra:  {_show(text, pred - gold)}")
    stage_time = time.perf_counter() - t0

    n = len(sentences)
    print(f"IDNER-2k {args.split}: {n} sentences, exact-span match\n")
    print("| system | PER F1 | ORG F1 | LOC F1 | micro P | micro R | micro F1 | sentences/s |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    rows = (("CRF alone", crf_scores, crf_time), ("entities stage", stage_scores, stage_time),
            ("entities stage, unlabelled countries not counted", lenient, stage_time))  # fmt: skip
    for name, scores, secs in rows:
        p, r, f = scores.prf()
        per, org, loc = (scores.prf(x)[2] for x in ("PER", "ORG", "LOC"))
        print(f"| {name} | {per:.3f} | {org:.3f} | {loc:.3f} | {p:.3f} | {r:.3f} | {f:.3f} | {n / secs:.0f} |")
    print(f"\nstage speed / CRF speed = {crf_time / stage_time:.2f}")
    if errors:
        print("\n" + "\n".join(errors))
    return 0


def _show(text: str, spans: set[tuple[int, int, str]]) -> str:
    return ", ".join(f"{text[s:e]}/{label}" for s, e, label in sorted(spans))


def _doc(text: str) -> Doc:
    return Doc(article=Article(id="bench", text=text, language="id"), sentences=[Sentence(0, len(text))])


if __name__ == "__main__":
    sys.exit(main())

"""Direct quotes and their speakers on a small hand-annotated set (``bench/gold/quotes.jsonl``).

The gold file lists every direct quote of at least four words in 7 detik.com articles (``id-news-detik2025``) and
4 BBC politics articles (``en-news-bbc-politics``), each by document id and a locating snippet (the quote's first
words), with the speaker as the article names them (null when no one is named). Documents are read from the shared
data folder; paragraphs are separated by a blank line as the extract stage leaves them.

A predicted quote matches a gold quote when its text contains the snippet. Reported: quote detection precision,
recall and F1, and speaker accuracy over the matched gold quotes (a speaker is right when it shares a name word
with the gold speaker, e.g. "Luhut" for "Luhut Binsar Pandjaitan"; a gold null needs no speaker).

    python bench/quotes.py --data /work/shared/data [--limit N] [--errors]
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from warta.analyze.entities import Entities
from warta.analyze.quotes import quotes
from warta.model import Article, Doc, Sentence

_STOP = {"mr", "mrs", "ms", "dr", "the", "of", "s", "pak", "bu"}


def load_text(data: Path, corpus: str, doc: str) -> str:
    if corpus == "id-news-detik2025":
        csv.field_size_limit(1 << 30)
        with open(data / corpus / "data_berita.csv", encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                if row["id"] == doc:
                    return _paragraphs(row["isi_berita"])
        raise KeyError(doc)
    lines = (data / corpus / "politics" / f"{doc}.txt").read_text("utf-8").split("\n", 1)
    return _paragraphs(lines[1] if len(lines) > 1 else "")  # without the headline


def _paragraphs(text: str) -> str:
    return "\n\n".join(p.strip() for p in text.splitlines() if p.strip())


def sentence_splitter():
    """The sentences stage when this checkout has it, else a plain punctuation splitter."""
    try:
        from warta.analyze.sentences import split  # type: ignore[attr-defined]

        return "warta.analyze.sentences", lambda text, lang: [Sentence(s.start, s.end) for s in split(text, lang)]
    except Exception:  # noqa: BLE001 - any missing or different API: fall back
        boundary = re.compile(r"[.!?]+[\"”]?(?=\s)|\n")

        def naive(text: str, lang: str) -> list[Sentence]:
            out, start = [], 0
            for m in boundary.finditer(text):
                if text[start : m.end()].strip():
                    out.append(Sentence(start, m.end()))
                start = m.end()
            if text[start:].strip():
                out.append(Sentence(start, len(text)))
            return out

        return "punctuation regex", naive


def words(name: str | None) -> set[str]:
    return {w for w in re.findall(r"\w+", (name or "").lower()) if w not in _STOP}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--gold", type=Path, default=ROOT / "bench" / "gold" / "quotes.jsonl")
    ap.add_argument("--limit", type=int, default=0, help="only the first N documents")
    ap.add_argument("--errors", action="store_true", help="print misses, extras and wrong speakers")
    args = ap.parse_args()

    gold_by_doc: dict[tuple[str, str, str], list[dict]] = defaultdict(list)
    for line in args.gold.read_text("utf-8").splitlines():
        if line.strip():
            g = json.loads(line)
            gold_by_doc[(g["corpus"], g["doc"], g["lang"])].append(g)
    docs = list(gold_by_doc)[: args.limit or None]

    splitter_name, split = sentence_splitter()
    stage = Entities()
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0])  # gold, predicted, matched, speaker ok, sents
    errors: list[str] = []
    elapsed = 0.0
    for corpus, doc_id, lang in docs:
        text = load_text(args.data, corpus, doc_id)
        t0 = time.perf_counter()
        doc = Doc(article=Article(id=doc_id, text=text, language=lang), sentences=split(text, lang))
        doc = quotes(stage(doc))
        elapsed += time.perf_counter() - t0
        c = counts[lang]
        gold = gold_by_doc[(corpus, doc_id, lang)]
        c[0] += len(gold)
        c[1] += len(doc.quotes)
        c[4] += len(doc.sentences)
        used: set[int] = set()
        for g in gold:
            snippet = " ".join(g["snippet"].split())
            hit = next((i for i, q in enumerate(doc.quotes) if i not in used and snippet in " ".join(q.text.split())), None)
            if hit is None:
                errors.append(f"[{doc_id}] missed: {snippet!r}")
                continue
            used.add(hit)
            c[2] += 1
            said = doc.quotes[hit].speaker.name if doc.quotes[hit].speaker else None
            right = said is None if g["speaker"] is None else bool(words(said) & words(g["speaker"]))
            c[3] += right
            if not right:
                errors.append(f"[{doc_id}] {snippet!r}: speaker {said!r}, gold {g['speaker']!r}")
        for i, q in enumerate(doc.quotes):
            if i not in used:
                errors.append(f"[{doc_id}] extra: {q.text[:40]!r}")

    print(f"{len(docs)} documents; sentences by {splitter_name}\n")
    print("| language | gold quotes | predicted | precision | recall | F1 | speaker accuracy (matched) |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    total = [0, 0, 0, 0, 0]
    for lang in sorted(counts) + ["all"]:
        c = counts[lang] if lang != "all" else total
        if lang != "all":
            total = [a + b for a, b in zip(total, c, strict=True)]
            c = counts[lang]
        g, p, m, ok = c[0], c[1], c[2], c[3]
        prec, rec = (m / p if p else 0.0), (m / g if g else 0.0)
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        print(f"| {lang} | {g} | {p} | {prec:.3f} | {rec:.3f} | {f1:.3f} | {ok}/{m} = {ok / m if m else 0:.3f} |")
    print(f"\nentities + quotes: {total[4] / elapsed:.0f} sentences/s ({elapsed:.2f} s for {total[4]} sentences)")
    if args.errors and errors:
        print("\n" + "\n".join(errors))
    return 0


if __name__ == "__main__":
    sys.exit(main())

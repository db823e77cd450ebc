"""Language identification on real Indonesian and English news: py3langid and lingua side by side in one run,
on whole articles (title + body) and on single sentences, with and without the Malay->Indonesian marker step.

Indonesian: id-news-clickid (international desk), id-news-detik2025, inageoparser-id (sentences only);
English: en-news-bbc-politics. Accuracy = the answer is the corpus's language; speed in texts/s.

    python bench/language.py --data /work/shared/data [--limit 200] [--sentences 3]
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from warta.analyze.language import Identifier  # noqa: E402
from warta.analyze.sentences import split  # noqa: E402

csv.field_size_limit(10**8)


def articles(root: Path, limit: int) -> list[tuple[str, str, str]]:
    """(corpus, language, text) for whole articles."""
    out = []
    with open(root / "id-news-clickid" / "international.jsonl", encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i >= limit:
                break
            r = json.loads(line)
            out.append(("clickid-intl", "id", f"{r['title']}\n\n" + "\n\n".join(r["paragraphs_heuristic"])))
    with open(root / "id-news-detik2025" / "data_berita.csv", encoding="utf-8") as f:
        for i, r in enumerate(csv.DictReader(f)):
            if i >= limit:
                break
            out.append(("detik2025", "id", f"{r['judul']}\n\n{r['isi_berita']}"))
    for path in sorted((root / "en-news-bbc-politics" / "politics").glob("*.txt"))[:limit]:
        out.append(("bbc-politics", "en", path.read_text("utf-8", "replace")))
    return out


def geoparser_sentences(root: Path, limit: int) -> list[tuple[str, str, str]]:
    out, tokens = [], []
    for line in (root / "inageoparser-id" / "training_v11.txt").read_text("utf-8", "replace").splitlines() + [""]:
        if line.strip():
            tokens.append(line.split("/")[0])
        elif tokens:
            out.append(("inageoparser", "id", " ".join(tokens)))
            tokens = []
    return out[:limit]


def sentences_of(items: list[tuple[str, str, str]], per_article: int, seed: int = 7) -> list[tuple[str, str, str]]:
    rnd = random.Random(seed)
    out = []
    for corpus, code, text in items:
        spans = [text[s.start : s.end] for s in split(text, code)]
        # Five words at least, and none of detik's all-capitals "SCROLL TO CONTINUE WITH CONTENT" (English boilerplate).
        spans = [s for s in spans if len(s.split()) >= 5 and any(ch.islower() for ch in s)]
        out += [(corpus, code, s) for s in rnd.sample(spans, min(per_article, len(spans)))]
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=str(Path(__file__).resolve().parents[2] / "shared" / "data"))
    ap.add_argument("--limit", type=int, default=200, help="articles per corpus")
    ap.add_argument("--sentences", type=int, default=3, help="sentences sampled per article")
    ap.add_argument("--candidates", default="id,en,ms", help="the restricted set tried with and without markers")
    args = ap.parse_args()
    root = Path(args.data)
    arts = articles(root, args.limit)
    sents = sentences_of(arts, args.sentences) + geoparser_sentences(root, args.limit * args.sentences)
    cands = args.candidates.split(",")
    systems = {}
    for backend in ("py3langid", "lingua"):
        ident = Identifier(backend, cands)
        systems[f"{backend} [{args.candidates}]"] = ident.raw
        systems[f"{backend} [{args.candidates}] + id markers"] = ident
        two = Identifier(backend, ["id", "en"])
        systems[f"{backend} [id,en]"] = two.raw
    import py3langid

    systems["py3langid all 97 languages"] = lambda t: py3langid.classify(t)[0]
    for ident in systems.values():  # load models before timing
        ident("warmup text")
    for label, items in (("articles", arts), ("sentences", sents)):
        corpora = sorted({c for c, _, _ in items})
        counts = {c: sum(1 for x in items if x[0] == c) for c in corpora}
        print(f"\n{label}: " + ", ".join(f"{c} {n}" for c, n in counts.items()))
        print("| system | " + " | ".join(corpora) + " | all | texts/s |")
        print("| --- " * (len(corpora) + 3) + "|")
        for name, fn in systems.items():
            t0 = time.perf_counter()
            answers = [fn(text) for _, _, text in items]
            dt = time.perf_counter() - t0
            accs = []
            for c in corpora:
                pairs = [(a, x[1]) for a, x in zip(answers, items) if x[0] == c]
                accs.append(sum(a == g for a, g in pairs) / len(pairs))
            total = sum(a == x[1] for a, x in zip(answers, items)) / len(items)
            print(f"| {name} | " + " | ".join(f"{a:.3f}" for a in accs) + f" | {total:.3f} | {len(items) / dt:,.0f} |")


if __name__ == "__main__":
    main()

"""Our PLOVER event annotations of Indonesian okezone articles of the shared corpus id-news-clickid, written out as
gold/id-events-dev.jsonl. The articles' text is NOT stored here: each annotation refers to a shared record by id and
locates its sentence with a short evidence snippet (<= ~12 words, an exact substring of the record's `content`).

    python gold/make_id_events.py --data /work/shared/data      # validates every snippet, writes the JSONL
    python gold/make_id_events.py --data /work/shared/data --annotations id_events_test_annotations \
        --out gold/id-events-test.jsonl                          # the held-out test gold, same rules

Rules and format: gold/README.md.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import importlib  # noqa: E402

EVENT_TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
               "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
SYMMETRIC_TYPES = {"CONSULT", "AGREE", "SUPPORT", "COOPERATE"}
MODALITIES = {"asserted", "future", "hypothetical", "reported"}
TRAP_KINDS = {"non-political", "metaphor", "averted", "no-event-statement", "embedded-claim", "undecided",
              "generic-background", "protest-topic"}


def check(article: dict, content: str) -> list[str]:
    problems = []
    for kind, items in (("event", article["events"]), ("trap", article["traps"])):
        for item in items:
            for ev in [item["evidence"], *item.get("also_evidence", [])]:
                if ev not in content:
                    problems.append(f"{article['id']} {kind} evidence not in content: {ev!r}")
            ev = item["evidence"]
            if len(ev.split()) > 14:
                problems.append(f"{article['id']} {kind} evidence longer than 14 words: {ev!r}")
            at = content.find(ev)
            # The trigger sits in the sentence the evidence locates (a window around it; calibrated on this file).
            window = content[max(0, at - 200): at + len(ev) + 200] if at >= 0 else ""
            if item["trigger"] not in window:
                problems.append(f"{article['id']} {kind} trigger not near its evidence: {item['trigger']!r}")
    for e in article["events"]:
        if e["type"] not in EVENT_TYPES or e["modality"] not in MODALITIES:
            problems.append(f"{article['id']}: bad type/modality {e['type']}/{e['modality']}")
        for p in e["actors"] + e["recipients"]:
            if p["text"] and p["text"] not in content:
                problems.append(f"{article['id']}: participant text not in content: {p['text']!r}")
    for t in article["traps"]:
        if t["kind"] not in TRAP_KINDS:
            problems.append(f"{article['id']}: unknown trap kind {t['kind']}")
    return problems


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=str(HERE.parent.parent / "shared" / "data"))
    ap.add_argument("--out", default=str(HERE / "id-events-dev.jsonl"))
    ap.add_argument("--annotations", nargs="+",
                    default=["id_events_annotations", "id_events_annotations_2a", "id_events_annotations_2b"],
                    help="modules in gold/ whose ARTICLES list is written out (several are concatenated)")
    args = ap.parse_args()
    ARTICLES = [a for name in args.annotations for a in importlib.import_module(name).ARTICLES]
    seen = [a["id"] for a in ARTICLES]
    if len(seen) != len(set(seen)):
        raise SystemExit(f"an article is annotated twice: {sorted({i for i in seen if seen.count(i) > 1})}")
    corpus = Path(args.data) / "id-news-clickid"
    records = {}
    for name in ("international.jsonl", "nasional.jsonl"):
        for line in (corpus / name).read_text("utf-8").splitlines():
            rec = json.loads(line)
            records[rec["id"]] = (name, rec)
    problems = []
    lines = []
    for art in ARTICLES:
        name, rec = records[art["id"]]
        problems += check(art, rec["content"])
        # warta eval reads the article as the record's paragraphs joined by blank lines: snippets must survive that.
        joined = "\n\n".join(rec.get("paragraphs_heuristic") or [])
        for item in art["events"] + art["traps"]:
            for ev in [item["evidence"], *item.get("also_evidence", [])]:
                if joined and ev not in joined:
                    problems.append(f"{art['id']}: evidence crosses a paragraph boundary: {ev!r}")
        for e in art["events"]:
            # Reciprocal talks and agreements (both sides listed as actors, no recipient) count both ways.
            if len(e["actors"]) > 1 and not e["recipients"] and e["type"] in SYMMETRIC_TYPES:
                e["symmetric"] = True
        art = {"id": art["id"], "corpus": "id-news-clickid", "corpus_file": name, "source": rec["source"],
               "published": rec["date"], "language": "id", **{k: v for k, v in art.items() if k != "id"}}
        lines.append(json.dumps(art, ensure_ascii=False))
    if problems:
        print("\n".join(problems))
        raise SystemExit(1)
    Path(args.out).write_text("\n".join(lines) + "\n", "utf-8")
    n_ev = sum(len(a["events"]) for a in ARTICLES)
    n_tr = sum(len(a["traps"]) for a in ARTICLES)
    print(f"{len(ARTICLES)} articles, {n_ev} events, {n_tr} traps -> {args.out}")


if __name__ == "__main__":
    main()

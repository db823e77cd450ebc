"""Agreement between two annotators' event gold files (inter-annotator agreement), by the rule `warta eval` scores
the pipeline with (warta.evaluate): positives are non-negated asserted/reported events; a match is the same type and
an agreeing dyad at country level (either way for a symmetric event), one to one (a maximum matching), within the article.

    PYTHONPATH=src python gold/agreement.py gold/id-events-dev.jsonl /tmp/iaa.jsonl --data /work/shared/data

The first file is annotator A (the reference), the second annotator B; only the articles both files hold are compared
(or those given with --ids). B's precision against A is A's recall against B and vice versa; since the dyad rule is
an overlap test it is not exactly symmetric, so both directions are computed and printed. With --data the
disagreements are located by sentence in the shared text; without it, two snippets are "in the same place" when one
contains the other or they share four consecutive words.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

try:
    from warta.evaluate import (
        Corpus,
        GoldArticle,
        GoldEvent,
        Report,
        article_input,
        parse_gold,
        score_gold_pair,
    )
except ImportError:  # run from a checkout without an install
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    from warta.evaluate import (
        Corpus,
        GoldArticle,
        GoldEvent,
        Report,
        article_input,
        parse_gold,
        score_gold_pair,
    )

CATEGORIES = {
    "dyad": "same type, same sentence, dyad (countries) differ",
    "split": "one annotator split into two events what the other coded once (same type, same sentence)",
    "type": "same sentence coded with different types",
    "trap_a": "B codes an event where A has a trap or a negated/future/hypothetical event",
    "trap_b": "A codes an event where B has a trap or a negated/future/hypothetical event",
    "missed_by_b": "event coded by A only (B has nothing there)",
    "missed_by_a": "event coded by B only (A has nothing there)",
}


def read(path: Path) -> dict[str, GoldArticle]:
    out = {}
    for n, line in enumerate(Path(path).read_text("utf-8").splitlines(), 1):
        if line.strip():
            art = parse_gold(line, f"{path}:{n}")
            out[art.article_id] = art
    return out


def _snippets(item) -> list[str]:
    return [s for s in [getattr(item, "evidence", None), *getattr(item, "also_evidence", [])] if s]


def _sentences(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in re.finditer(r"(?<=[.!?])[\"”’']?\s+|\n\s*\n", text):
        spans.append((start, m.end()))
        start = m.end()
    spans.append((start, len(text)))
    return spans


def _grams(s: str) -> set[tuple[str, ...]]:
    w = s.lower().split()
    return {tuple(w[k : k + 4]) for k in range(max(1, len(w) - 3))}


def overlap(x: list[str], y: list[str]) -> bool:
    """Two lists of snippets share text (one contains the other, or four consecutive words)."""
    return any(a in b or b in a or _grams(a) & _grams(b) for a in x for b in y)


def place_finder(text: str | None) -> Callable[[list[str], list[str]], bool]:
    """A test "do these two lists of snippets report from the same sentence?"."""
    if text:
        spans = _sentences(text)
        norm = " ".join(text.split())

        def where(snips: list[str]) -> set[int]:
            out = set()
            for s in snips:
                at = text.find(s)
                if at < 0:  # whitespace differs: locate in the normalised text, map back roughly
                    at = norm.find(" ".join(s.split()))
                if at >= 0:
                    out |= {k for k, (a, b) in enumerate(spans) if a <= at < b}
            return out

        return lambda x, y: bool(where(x) & where(y))

    return overlap


@dataclass
class Disagreement:
    category: str
    article: str
    a: str = ""
    b: str = ""


@dataclass
class Agreement:
    b_vs_a: Report = field(default_factory=Report)  # A is the reference: B's precision/recall
    a_vs_b: Report = field(default_factory=Report)  # B is the reference
    counts_a: Counter = field(default_factory=Counter)  # positives per type
    counts_b: Counter = field(default_factory=Counter)
    mode_ok: int = 0
    mode_total: int = 0
    disagreements: list[Disagreement] = field(default_factory=list)


def _show(e: GoldEvent) -> str:
    dyad = f"{','.join(p.country or '?' for p in e.actors)}->{','.join(p.country or '?' for p in e.recipients)}"
    flags = "" if e.positive else f" [{'negated' if e.negated else e.modality}]"
    return f"{e.type} {dyad}{flags} «{e.evidence}»"


def categorise(
    a: GoldArticle,
    b: GoldArticle,
    strict: list[tuple[GoldEvent, GoldEvent]],
    same: Callable[[list[str], list[str]], bool],
) -> list[Disagreement]:
    out: list[Disagreement] = []
    pa = [g for g in a.events if g.positive]
    pb = [g for g in b.events if g.positive]
    left_a = [g for g in pa if all(g is not x for x, _ in strict)]
    left_b = [g for g in pb if all(g is not y for _, y in strict)]

    def take(pred, pool):
        for g in pool:
            if pred(g):
                pool.remove(g)
                return g
        return None

    for ga in list(left_a):  # same event, dyad differs
        gb = take(lambda g, ga=ga: g.type == ga.type and same(_snippets(ga), _snippets(g)), left_b)
        if gb is not None:
            left_a.remove(ga)
            out.append(Disagreement("dyad", a.article_id, _show(ga), _show(gb)))
    for ga in list(left_a):  # A split what B coded once
        mate = next((y for _, y in strict if y.type == ga.type and overlap(_snippets(ga), _snippets(y))), None)
        if mate is not None:
            left_a.remove(ga)
            out.append(Disagreement("split", a.article_id, _show(ga), "(merged into) " + _show(mate)))
    for gb in list(left_b):  # B split what A coded once
        mate = next((x for x, _ in strict if x.type == gb.type and overlap(_snippets(gb), _snippets(x))), None)
        if mate is not None:
            left_b.remove(gb)
            out.append(Disagreement("split", a.article_id, "(merged into) " + _show(mate), _show(gb)))
    for ga in list(left_a):  # same sentence, another type
        gb = take(lambda g, ga=ga: same(_snippets(ga), _snippets(g)), left_b)
        if gb is not None:
            left_a.remove(ga)
            out.append(Disagreement("type", a.article_id, _show(ga), _show(gb)))
    for ga in list(left_a):  # B told this sentence as a retelling of an event of another type
        mate = next((y for y in pb if y.type != ga.type and overlap([ga.evidence or ""], _snippets(y))), None)
        if mate is not None:
            left_a.remove(ga)
            out.append(Disagreement("type", a.article_id, _show(ga), "(told within) " + _show(mate)))
    for gb in list(left_b):
        mate = next((x for x in pa if x.type != gb.type and overlap([gb.evidence or ""], _snippets(x))), None)
        if mate is not None:
            left_b.remove(gb)
            out.append(Disagreement("type", a.article_id, "(told within) " + _show(mate), _show(gb)))
    not_events_a = [*a.traps, *(g for g in a.events if not g.positive)]
    not_events_b = [*b.traps, *(g for g in b.events if not g.positive)]
    for gb in list(left_b):
        t = next((t for t in not_events_a if same(_snippets(gb), _snippets(t))), None)
        if t is not None:
            left_b.remove(gb)
            shown = _show(t) if isinstance(t, GoldEvent) else f"trap {t.kind} ({t.looks_like}) «{t.evidence}»"
            out.append(Disagreement("trap_a", a.article_id, shown, _show(gb)))
    for ga in list(left_a):
        t = next((t for t in not_events_b if same(_snippets(ga), _snippets(t))), None)
        if t is not None:
            left_a.remove(ga)
            shown = _show(t) if isinstance(t, GoldEvent) else f"trap {t.kind} ({t.looks_like}) «{t.evidence}»"
            out.append(Disagreement("trap_b", a.article_id, _show(ga), shown))
    out += [Disagreement("missed_by_b", a.article_id, _show(g), "") for g in left_a]
    out += [Disagreement("missed_by_a", a.article_id, "", _show(g)) for g in left_b]
    return out


def compare(
    a_gold: dict[str, GoldArticle],
    b_gold: dict[str, GoldArticle],
    ids: list[str] | None = None,
    texts: dict[str, str] | None = None,
) -> Agreement:
    ids = ids or [i for i in b_gold if i in a_gold]
    res = Agreement()
    for i in ids:
        a, b = a_gold[i], b_gold[i]
        strict = score_gold_pair(a, b, res.b_vs_a)
        score_gold_pair(b, a, res.a_vs_b)
        res.counts_a.update(g.type for g in a.events if g.positive)
        res.counts_b.update(g.type for g in b.events if g.positive)
        for ga, gb in strict:
            if ga.mode:
                res.mode_total += 1
                res.mode_ok += ga.mode == gb.mode
        res.disagreements += categorise(a, b, strict, place_finder((texts or {}).get(i)))
    return res


def _prf(c) -> str:
    p, r, f = c.prf()
    return f"P {p:.3f}  R {r:.3f}  F1 {f:.3f}  (tp {c.tp}, fp {c.fp}, fn {c.fn})"


def format_agreement(res: Agreement, examples: int = 3) -> str:
    r = res.b_vs_a
    lines = [
        f"articles {r.articles}; positives A {sum(res.counts_a.values())}, B {sum(res.counts_b.values())}",
        f"B against A, country level: {_prf(r.country)}",
        f"B against A, type level:    {_prf(r.type_level)}",
        f"A against B, country level: {_prf(res.a_vs_b.country)}",
        f"A against B, type level:    {_prf(res.a_vs_b.type_level)}",
        (
            f"dyad agreement (type-level matches) {r.dyad_ok}/{r.dyad_total}; date (A's dated matches) "
            f"{r.date_ok}/{r.date_total}; mode (A's moded matches) {res.mode_ok}/{res.mode_total}; "
            f"A's non-positive events coded as events by B {r.traps_coded}/{r.traps}, "
            f"B's by A {res.a_vs_b.traps_coded}/{res.a_vs_b.traps}"
        ),
        "",
        f"{'type':10} {'A':>3} {'B':>3} {'both':>4} {'P(B|A)':>7} {'R(B|A)':>7} {'F1':>6}",
    ]
    for t in sorted(set(res.counts_a) | set(res.counts_b)):
        c = r.per_type[t]
        p, rr, f = c.prf()
        lines.append(f"{t:10} {res.counts_a[t]:>3} {res.counts_b[t]:>3} {c.tp:>4} {p:7.3f} {rr:7.3f} {f:6.3f}")
    by = Counter(d.category for d in res.disagreements)
    lines += ["", "disagreements (A = first file, B = second file):"]
    for cat, what in CATEGORIES.items():
        lines.append(f"  {cat:12} {by[cat]:>3}  {what}")
        for d in [d for d in res.disagreements if d.category == cat][:examples]:
            lines.append(f"      {d.article}: A {d.a or '-'} | B {d.b or '-'}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("a", type=Path, help="annotator A's gold JSONL (the reference)")
    ap.add_argument("b", type=Path, help="annotator B's gold JSONL")
    ap.add_argument("--ids", nargs="+", help="article ids to compare (default: those in both files)")
    ap.add_argument("--data", type=Path, help="shared data folder, to locate disagreements by sentence")
    ap.add_argument("--examples", type=int, default=3, help="examples printed per disagreement category")
    args = ap.parse_args(argv)
    a_gold, b_gold = read(args.a), read(args.b)
    ids = args.ids or [i for i in b_gold if i in a_gold]
    missing = [i for i in ids if i not in a_gold or i not in b_gold]
    if missing:
        raise SystemExit(f"not in both files: {missing}")
    texts = None
    if args.data:
        corpus = Corpus(args.data)
        texts = {i: article_input(a_gold[i], corpus)["text"] for i in ids}
    print(format_agreement(compare(a_gold, b_gold, ids, texts), args.examples))


if __name__ == "__main__":
    main()

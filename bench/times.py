"""Time expressions on IndoTimex (25 Kompas articles, TIMEX3 gold): extraction F1 (strict and relaxed span match),
value and type accuracy on the matched expressions, and sentences/s; dateparser's ``search_dates`` beside it as a
reference in the same run.

    python bench/times.py --data /work/shared/data [--limit N] [--errors] [--no-reference]

Gold values ISO 8601 cannot state (PRESENT_REF, PXM, seasons, decades) are compared as None and a part of day as its
date (see warta.analyze.timex_eval). The creation-time TIMEX3 (in <DCT>, not in the text) is not counted.
"""

from __future__ import annotations

import argparse
import sys
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from warta.analyze.sentences import split  # noqa: E402
from warta.analyze.times import extract  # noqa: E402
from warta.analyze.timex_eval import Score, read_timeml, score  # noqa: E402


@dataclass
class Found:
    text: str
    start: int
    end: int
    type: str
    value: str | None


def dateparser_times(text: str, dct: str) -> list[Found]:
    from datetime import datetime

    from dateparser.search import search_dates

    base = datetime.fromisoformat(dct)
    found = search_dates(text, languages=["id"], settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"}) or []
    out, pos = [], 0
    for phrase, when in found:
        start = text.find(phrase, pos)
        if start < 0:
            continue
        pos = start + len(phrase)
        has_time = when.hour or when.minute
        value = when.strftime("%Y-%m-%dT%H:%M") if has_time else when.date().isoformat()
        out.append(Found(phrase, start, pos, "TIME" if has_time else "DATE", value))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=str(Path(__file__).resolve().parents[2] / "shared" / "data"))
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--errors", action="store_true", help="print misses, extras and wrong values")
    ap.add_argument("--no-reference", action="store_true", help="skip dateparser")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    files = sorted((Path(args.data) / "id-timex-indotimex" / "Kompas_test_gold").glob("*.tml"))
    if args.limit:
        files = files[: args.limit]
    docs = [read_timeml(f) for f in files]
    n_sent = sum(len(split(d.text, "id")) for d in docs)

    def warta(d):
        return extract(d.text, d.dct, "id", split(d.text, "id"))

    systems = {"warta times": warta}
    if not args.no_reference:
        systems["dateparser 1.5 search_dates (id)"] = lambda d: dateparser_times(d.text, d.dct)
    print(f"IndoTimex Kompas test gold: {len(docs)} articles, {sum(len(d.timexes) for d in docs)} TIMEX3, "
          f"{n_sent} sentences\n")
    print("| system | strict P/R/F1 | relaxed F1 | value acc. | type acc. | sentences/s |")
    print("| --- | --- | --- | --- | --- | --- |")
    for label, fn in systems.items():
        best, total = float("inf"), Score()
        for r in range(args.repeat if label == "warta times" else 1):
            t0 = time.perf_counter()
            results = [fn(d) for d in docs]
            best = min(best, time.perf_counter() - t0)
        for d, found in zip(docs, results):
            total.add(score(d.timexes, found, d.name))
        p = total.strict / total.system if total.system else 0
        r = total.strict / total.gold if total.gold else 0
        print(f"| {label} | {p:.3f} / {r:.3f} / {total.strict_f1:.3f} | {total.relaxed_f1:.3f} | "
              f"{total.value_accuracy:.3f} ({total.value_right}/{total.relaxed}) | {total.type_accuracy:.3f} | "
              f"{n_sent / best:,.0f} |")
        if args.errors and label == "warta times":
            for title, items in (("MISSED", total.misses), ("EXTRA", total.extras), ("WRONG VALUE", total.wrong_values)):
                print(f"\n{title} ({len(items)})")
                for item in items:
                    print("  ", item)
            print()


if __name__ == "__main__":
    main()

"""How much of the demo corpus's expected facts (tests/golden/expected.json "facts") the pipeline finds.

    PYTHONPATH=src python tests/golden/authoring/facts_recall.py [--stages extract,language,...,events]

Entities count when a mention's name or text equals the expected name (and, separately, with the right country);
quote speakers when a quote's speaker name contains or is contained in the expected name; events when a system
event has the expected type, an actor of the expected country and (if one is expected) a recipient of the expected
country, with the same negation. A figure for orientation on 39 pages, not a benchmark.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import test_golden_pages as g  # noqa: E402
import warta  # noqa: E402
from warta import registry  # noqa: E402
from warta.pipeline import Pipeline  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--stages", help="comma-separated stage names (default: the configured pipeline, plus events "
                                     "when that stage is registered)")
    args = ap.parse_args()
    if args.stages:
        pipe = Pipeline(args.stages.split(","))
    else:
        pipe = Pipeline()
        if "events" not in pipe.names:
            try:
                registry.get("events")
                pipe = Pipeline([*pipe.names, "events"])
            except Exception:  # noqa: BLE001 - no events stage on this branch yet
                pass
    print("stages:", " -> ".join(pipe.names))
    n = {k: [0, 0] for k in ("entities", "entities+country", "speakers", "events")}
    for entry in g.EXPECTED:
        src = g.load_input(entry)
        doc = (list(warta.process_many([src], pipeline=pipe))[0] if isinstance(src, dict)
               else warta.process(src, pipeline=pipe))
        for e in entry["facts"]["entities"]:
            hits = [x for x in doc.entities if e["name"] in (x.name, x.text)]
            n["entities"][1] += 1
            n["entities+country"][1] += 1
            n["entities"][0] += bool(hits)
            n["entities+country"][0] += any(x.country == e["country"] for x in hits)
        names = [q.speaker.name for q in doc.quotes if q.speaker and q.speaker.name]
        for s in entry["facts"]["speakers"]:
            n["speakers"][1] += 1
            n["speakers"][0] += any(s in x or x in s for x in names)
        if "events" in pipe.names:
            for want in entry["facts"]["events"]:
                n["events"][1] += 1
                n["events"][0] += any(
                    ev.type == want["type"] and ev.negated == want["negated"]
                    and (want["actor"] is None or any(p.country == want["actor"] for p in ev.actors))
                    and (want["recipient"] is None or any(p.country == want["recipient"] for p in ev.recipients))
                    for ev in doc.events)
    for k, (hit, tot) in n.items():
        if tot:
            print(f"{k:18} {hit:4}/{tot:<4} {hit / tot:.2f}")


if __name__ == "__main__":
    main()

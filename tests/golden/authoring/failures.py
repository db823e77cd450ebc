"""Record the current extractor's failures on the golden pages in tests/golden/known_failures.json (each becomes a
strict xfail with its reason) and print them. Rerun after merging a new extractor; never edit expected.json instead.

    PYTHONPATH=src python tests/golden/authoring/failures.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import test_golden_pages as g  # noqa: E402
from warta.pipeline import Pipeline  # noqa: E402


def main() -> None:
    pipe = Pipeline(["extract"])
    failures = {}
    for entry in g.EXPECTED:
        try:
            g.test_golden_page.__wrapped__(entry, pipe) if hasattr(g.test_golden_page, "__wrapped__") else \
                g.test_golden_page(entry, pipe)
        except AssertionError as err:
            lines = str(err).splitlines()[1:]
            reasons = [ln.strip().split(":")[0].split(" ")[0] + ": " + ln.strip()[:90] for ln in lines
                       if ln.strip() and not ln.startswith("assert")]
            failures[g.key(entry)] = "; ".join(r.split(": ", 1)[1][:80] for r in reasons[:3]) + (
                f" (+{len(reasons) - 3} more)" if len(reasons) > 3 else "")
    out = Path(__file__).resolve().parents[1] / "known_failures.json"
    out.write_text(json.dumps(failures, ensure_ascii=False, indent=1) + "\n", "utf-8")
    print(f"# {len(failures)} of {len(g.EXPECTED)} pages fail; written to {out}")
    for k, v in failures.items():
        print(f"{k}: {v}")


if __name__ == "__main__":
    main()

"""Latency of the REST API, in-process (the code `warta serve` runs, without the network), over a database.

    python bench/serve.py --db demo.db --repeat 5
    python bench/serve.py --corpus      # processes the bundled demo corpus into a temporary database first

Prints one row per endpoint: status, mean milliseconds per request, answer size. Machines are shared and noisy:
compare endpoints with each other in one run rather than across runs.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

PATHS = [
    "/api/stats", "/api/articles?limit=20", "/api/articles?q=Putin", "/api/articles/{id}", "/api/events?limit=50",
    "/api/events?actor=RUS", "/api/relations?a=RUS&b=UKR", "/api/relations?a=RUS&b=UKR&by=week",
    "/api/search?q=Putin", "/api/network", "/api/network?level=country", "/api/map", "/api/countries", "/",
]  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="a warta database (SQLite path or postgresql:// URL)")
    parser.add_argument("--corpus", action="store_true", help="process the demo corpus into a temporary database")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    if not args.db and not args.corpus:
        parser.error("give --db PATH or --corpus")
    db = args.db
    if args.corpus:
        from warta.demo import corpus_path

        db = str(Path(tempfile.mkdtemp()) / "bench.db")
        started = time.perf_counter()
        command = [sys.executable, "-m", "warta", "process", str(corpus_path()), "--db", db,
                   "--rejects", str(Path(db).with_suffix(".rejects.jsonl"))]  # fmt: skip
        subprocess.run(command, check=True, env={**os.environ, "PYTHONPATH": str(ROOT / "src")})
        print(f"processed the demo corpus in {time.perf_counter() - started:.1f} s", file=sys.stderr)

    import json

    from warta.serve import create_app, get

    app = create_app(db)
    first = json.loads(get(app, "/api/articles?limit=1")[2])["items"]
    print(f"| endpoint | status | ms / request (mean of {args.repeat}) | bytes |")
    print("| --- | --- | --- | --- |")
    for path in PATHS:
        if "{id}" in path:
            if not first:
                continue
            path = path.replace("{id}", first[0]["id"])
        get(app, path)  # warm
        started = time.perf_counter()
        for _ in range(args.repeat):
            status, _, body = get(app, path)
        ms = (time.perf_counter() - started) / args.repeat * 1000
        print(f"| `{path}` | {status} | {ms:.1f} | {len(body)} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())

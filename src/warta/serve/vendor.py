"""The dashboard's third-party browser files, from declared npm dependencies (package.json at the repo root).

``npm ci`` installs them into ``node_modules/``; ``python -m warta.serve.vendor`` copies the few files the dashboard
loads, with their licences, into ``static/vendor/`` (gitignored: nothing third-party is committed). The dashboard
works without them and says which are missing; the map and the network graph need them.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

VENDOR = Path(__file__).parent / "static" / "vendor"

# file served as /static/vendor/<name> -> where the npm package installs it
FILES = {
    "d3.min.js": "d3/dist/d3.min.js",
    "topojson-client.min.js": "topojson-client/dist/topojson-client.min.js",
    "countries-110m.json": "world-atlas/countries-110m.json",  # Natural Earth 1:110m countries, keyed by ISO numeric
}
LICENSES = {"d3": "d3/LICENSE", "topojson-client": "topojson-client/LICENSE", "world-atlas": "world-atlas/LICENSE"}


def missing(dest: Path = VENDOR) -> list[str]:
    """The dashboard's third-party files not (yet) in ``dest``."""
    return [name for name in FILES if not (dest / name).is_file()]


def copy(node_modules: Path, dest: Path = VENDOR) -> list[Path]:
    """Copy the files the dashboard loads, and their licences, from ``node_modules`` into ``dest``."""
    if not node_modules.is_dir():
        raise FileNotFoundError(f"{node_modules} not found: run `npm ci` at the repository root first")
    sources = {name: node_modules / rel for name, rel in FILES.items()}
    absent = [str(src) for src in sources.values() if not src.is_file()]
    if absent:  # check all before copying any, so a failed copy leaves no half-set
        raise FileNotFoundError(f"{', '.join(absent)} not found: run `npm ci` at the repository root (package.json)")
    dest.mkdir(parents=True, exist_ok=True)
    written = [Path(shutil.copyfile(src, dest / name)) for name, src in sources.items()]
    (dest / "LICENSES").mkdir(exist_ok=True)
    for pkg, rel in LICENSES.items():
        if (node_modules / rel).is_file():
            written.append(Path(shutil.copyfile(node_modules / rel, dest / "LICENSES" / f"{pkg}.txt")))
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    # the checkout this module lives in (src/warta/serve/), else the current folder (a non-editable install)
    default = Path(__file__).resolve().parents[3] / "node_modules"
    if not default.is_dir():
        default = Path.cwd() / "node_modules"
    parser.add_argument("--node-modules", type=Path, default=default, help="default: <repo>/node_modules")
    args = parser.parse_args(argv)
    try:
        for path in copy(args.node_modules):
            print(path, file=sys.stderr)
    except FileNotFoundError as err:
        print(f"warta: error: {err}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

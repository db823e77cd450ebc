"""The sample corpus that ships with warta (``warta demo``): news pages written for warta, in the shapes of real
Indonesian and English portal families with their boilerplate left in. See README.md beside this file.

    from warta.demo import corpus_path, iter_corpus_files
    for path in iter_corpus_files():      # every .html / .txt page and the records.jsonl file, sorted
        ...
"""

from __future__ import annotations

from collections.abc import Iterator
from importlib import resources
from pathlib import Path

# The kinds of file the corpus holds: single pages (HTML or scraped text) and JSON Lines input records.
CORPUS_SUFFIXES = (".html", ".txt", ".jsonl")


def corpus_path() -> Path:
    """The folder of the bundled corpus (a real directory: the package is installed unzipped)."""
    return Path(str(resources.files(__package__).joinpath("corpus")))


def iter_corpus_files() -> Iterator[Path]:
    """Every corpus file, in a stable order (portal folder, then name); ``records.jsonl`` holds several pages."""
    root = corpus_path()
    yield from sorted(p for p in root.rglob("*") if p.is_file() and p.suffix in CORPUS_SUFFIXES
                      and not (p.suffix == ".jsonl" and p.stat().st_size == 0))

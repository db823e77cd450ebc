"""An optional disk cache for compiled indexes (knowledge base, gazetteer), keyed by a hash of their inputs.

Never required: when the cache directory is not writable, or ``WARTA_KB_CACHE=0``, everything is rebuilt in
memory. A broken or stale file is ignored and replaced. The directory is ``$XDG_CACHE_HOME/warta`` (or
``~/.cache/warta``).
"""

from __future__ import annotations

import logging
import os
import pickle
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

log = logging.getLogger(__name__)
T = TypeVar("T")


def directory() -> Path | None:
    if os.environ.get("WARTA_KB_CACHE", "1") == "0":
        return None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "warta"


def cached(name: str, fingerprint: str, kind: type, build: Callable[[], T]) -> T:
    """``build()``, or its pickled result from an earlier run with the same ``fingerprint``."""
    root = directory()
    path = root / f"{name}-{fingerprint}.pickle" if root else None
    if path is not None and path.is_file():
        try:
            with path.open("rb") as fh:
                value = pickle.load(fh)
            if isinstance(value, kind):
                return value
        except Exception as err:  # a stale or broken cache is rebuilt, never an error
            log.debug("ignoring cache %s: %s", path, err)
    value = build()
    if path is not None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(f".{os.getpid()}.tmp")
            with tmp.open("wb") as fh:
                pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        except OSError as err:
            log.debug("cannot write cache %s: %s", path, err)
    return value

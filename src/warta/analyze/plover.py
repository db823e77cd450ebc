"""PLOVER's fixed tables: quad class, conflict-cooperation score and a CAMEO code for each event type and mode.

The numbers live in ``plover.toml`` beside this module, with their sources (the PLOVER manual's score table and
quad categories; the CAMEO->PLOVER conversion table for the CAMEO codes used in GDELT-style export).
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from ..model import EVENT_TYPES

QUADS = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}


@dataclass(frozen=True, slots=True)
class TypeInfo:
    name: str
    quad: int
    score: float
    cameo: str
    modes: tuple[str, ...]
    mode_score: dict[str, float]
    mode_cameo: dict[str, str]
    cameo_by_context: dict[str, str]


@lru_cache(maxsize=1)
def _table() -> dict[str, Any]:
    return tomllib.loads(resources.files("warta.analyze").joinpath("plover.toml").read_text("utf-8"))


@cache
def info(event_type: str) -> TypeInfo:
    raw = _table()["types"][event_type]
    return TypeInfo(
        name=event_type,
        quad=int(raw["quad"]),
        score=float(raw["score"]),
        cameo=str(raw["cameo"]),
        modes=tuple(raw.get("modes", ())),
        mode_score={k: float(v) for k, v in raw.get("mode_score", {}).items()},
        mode_cameo={k: str(v) for k, v in raw.get("mode_cameo", {}).items()},
        cameo_by_context={k: str(v) for k, v in raw.get("cameo_by_context", {}).items()},
    )


def types() -> tuple[str, ...]:
    return EVENT_TYPES


def contexts() -> tuple[str, ...]:
    return tuple(_table()["contexts"]["names"])


def quad(event_type: str) -> int:
    return info(event_type).quad


def score(event_type: str, mode: str | None = None) -> float:
    """The PLOVER score of the type and mode (the type's own score when the mode has none)."""
    t = info(event_type)
    return t.mode_score.get(mode, t.score) if mode else t.score


def cameo(event_type: str, mode: str | None = None, contexts: list[str] | tuple[str, ...] = ()) -> str:
    """A CAMEO code for GDELT-style export: the mode's code, else a context-specific one, else the type's."""
    t = info(event_type)
    if mode and mode in t.mode_cameo:
        return t.mode_cameo[mode]
    for context in contexts:
        if context in t.cameo_by_context:
            return t.cameo_by_context[context]
    return t.cameo


def is_mode(event_type: str, mode: str | None) -> bool:
    return mode is None or mode in info(event_type).modes

"""The stage registry: every pipeline stage is registered by name with its version and what it requires/provides.

A stateless stage is a function ``fn(doc, **config) -> Doc``; a stateful one (it holds a model or an index) is a class
whose ``__init__(**config)`` stores its configuration and loads lazily, and whose ``__call__(doc) -> Doc`` runs it.
Keyword-only arguments are the stage's configuration, read from the ``[name]`` table of the TOML configuration.
Stages raise ``warta.errors.Rejected`` for unusable input; the runner counts it and the batch goes on.
"""

from __future__ import annotations

import importlib
import inspect
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Any

from .errors import ConfigError, PipelineError

# Layers a Doc can carry. "page" is there before any stage runs.
LAYERS = ("page", "article", "language", "sentences", "entities", "times", "places", "quotes", "events")

# Where the built-in stages live; imported on first use so a pipeline only loads what it runs.
BUILTIN_MODULES = {
    "extract": "warta.extract",
    "language": "warta.analyze.language",
    "sentences": "warta.analyze.sentences",
    "entities": "warta.analyze.entities",
    "times": "warta.analyze.times",
    "places": "warta.analyze.places",
    "quotes": "warta.analyze.quotes",
    "events": "warta.analyze.events",
}


@dataclass(frozen=True)
class StageInfo:
    name: str
    version: str
    requires: tuple[str, ...]
    provides: tuple[str, ...]
    factory: Callable[..., Any]

    @property
    def label(self) -> str:
        return f"{self.name}@{self.version}"

    def build(self, config: dict[str, Any]) -> Callable[[Any], Any]:
        """A picklable callable ``doc -> doc`` with its configuration bound."""
        try:
            if isinstance(self.factory, type):
                return self.factory(**config)
            # partial() accepts any keyword: check the names now, or a typo fails on every page instead of once
            inspect.signature(self.factory).bind_partial(**config)
            return partial(self.factory, **config)
        except TypeError as err:  # an unknown configuration key
            raise ConfigError(f"stage {self.name!r}: {err}; see the [{self.name}] table of the configuration") from None


_REGISTRY: dict[str, StageInfo] = {}


def stage(name: str, *, version: str, requires: tuple[str, ...] = (), provides: tuple[str, ...] = ()):
    """Register a function or class as the stage ``name``."""
    for layer in (*requires, *provides):
        if layer not in LAYERS:
            raise PipelineError(f"stage {name!r} names an unknown layer {layer!r}; known layers: {', '.join(LAYERS)}")

    def register(factory):
        _REGISTRY[name] = StageInfo(name, version, tuple(requires), tuple(provides), factory)
        return factory

    return register


def get(name: str) -> StageInfo:
    if name not in _REGISTRY and name in BUILTIN_MODULES:
        importlib.import_module(BUILTIN_MODULES[name])
    try:
        return _REGISTRY[name]
    except KeyError:
        known = sorted(set(_REGISTRY) | set(BUILTIN_MODULES))
        raise PipelineError(f"no stage named {name!r}; known stages: {', '.join(known)}") from None


def registered() -> dict[str, StageInfo]:
    for name in BUILTIN_MODULES:
        try:
            get(name)
        except (PipelineError, ImportError):
            pass
    return dict(_REGISTRY)

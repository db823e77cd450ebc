"""One TOML configuration: the packaged defaults, then a user's file, then dotted command-line overrides.

    [pipeline]
    stages = ["extract", "language", ...]
    [extract]
    timeout = 10.0

``--set extract.timeout=5`` overrides one value; the value is read as TOML (``5``, ``true``, ``"x"``, ``[1, 2]``)
and, when that fails, taken as a plain string.
"""

from __future__ import annotations

import copy
import tomllib
from importlib import resources
from pathlib import Path
from typing import Any

from .errors import ConfigError


def defaults() -> dict[str, Any]:
    return tomllib.loads(resources.files("warta").joinpath("default.toml").read_text("utf-8"))


def load(path: str | Path | None = None, overrides: list[str] | tuple[str, ...] = ()) -> dict[str, Any]:
    config = defaults()
    if path is not None:
        try:
            user = tomllib.loads(Path(path).read_text("utf-8"))
        except FileNotFoundError:
            raise ConfigError(f"configuration file not found: {path}") from None
        except tomllib.TOMLDecodeError as err:
            raise ConfigError(f"configuration file {path} is not valid TOML: {err}") from None
        config = merge(config, user)
    for item in overrides:
        config = override(config, item)
    return config


def merge(base: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    out = copy.deepcopy(base)
    for key, value in extra.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = merge(out[key], value)
        else:
            out[key] = copy.deepcopy(value)
    return out


def override(config: dict[str, Any], item: str) -> dict[str, Any]:
    """Apply one ``section.key=value`` override."""
    key, sep, raw = item.partition("=")
    parts = key.strip().split(".")
    if not sep or len(parts) < 2 or not all(parts):
        raise ConfigError(f"override {item!r} is not of the form section.key=value (e.g. extract.timeout=5)")
    try:
        value = tomllib.loads(f"v = {raw}")["v"]
    except tomllib.TOMLDecodeError:
        value = raw
    out = copy.deepcopy(config)
    node = out
    for part in parts[:-1]:
        node = node.setdefault(part, {})
        if not isinstance(node, dict):
            raise ConfigError(f"override {item!r}: {part!r} is a value, not a table")
    node[parts[-1]] = value
    return out

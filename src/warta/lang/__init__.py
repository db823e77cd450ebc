"""Language packs: everything language-specific lives in data files under ``warta/lang/<code>/``.

A pack is a folder of TOML files, one per topic (``calendar.toml``, ``boilerplate.toml``, ``titles.toml``, …);
each stage reads the topics it needs and turns them into its own typed structures. Adding a language is adding a
folder and its tests; stages never branch on the language code.

    pack = warta.lang.pack("id")
    pack.data("calendar")["months"]
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

from ..errors import ConfigError

DEFAULT = "en"  # the pack used when a page's language has none of its own


@dataclass(frozen=True)
class Pack:
    code: str
    _cache: dict[str, dict[str, Any]] = field(default_factory=dict, compare=False, repr=False)

    def has(self, topic: str) -> bool:
        return resources.files("warta.lang").joinpath(self.code, f"{topic}.toml").is_file()

    def data(self, topic: str) -> dict[str, Any]:
        """The parsed ``<topic>.toml`` of this pack; an empty table when the pack has no such file."""
        if topic not in self._cache:
            path = resources.files("warta.lang").joinpath(self.code, f"{topic}.toml")
            try:
                self._cache[topic] = tomllib.loads(path.read_text("utf-8")) if path.is_file() else {}
            except tomllib.TOMLDecodeError as err:
                raise ConfigError(f"language pack {self.code!r}: {topic}.toml is not valid TOML: {err}") from None
        return self._cache[topic]


def available() -> list[str]:
    root = resources.files("warta.lang")
    return sorted(p.name for p in root.iterdir() if p.is_dir() and not p.name.startswith("_"))


@lru_cache(maxsize=None)
def pack(code: str | None) -> Pack:
    """The pack for ``code`` (``"id"``, ``"en"``, or a tag like ``"id-ID"``); the default pack when there is none."""
    base = (code or DEFAULT).split("-")[0].split("_")[0].lower()
    return Pack(base if base in available() else DEFAULT)

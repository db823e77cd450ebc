"""Language identification: sets ``doc.article.language`` (ISO 639-1) when the page did not state it.

Two back-ends behind one interface, both restricted to the configured candidates (never lingua's full model:
0.9-1.2 GB): ``py3langid`` (default dependency) and ``lingua`` (``lingua-language-detector``, optional). Title and body
are classified together (whole articles are far easier than sentences). Both identifiers call short Indonesian
Malay, so a language pack may list such confusable codes with marker words (``lang/<code>/language.toml``): when the
answer is a confusable code and the text has at least as many of the pack's markers as of its counter-markers, the
pack's language wins. Figures: bench/RESULTS.md, "Language identification".
"""

from __future__ import annotations

import copy
import re
from functools import cache, lru_cache
from typing import Any

from .. import lang
from ..errors import ConfigError
from ..model import Doc
from ..registry import stage

BACKENDS = ("py3langid", "lingua")


@cache
def _markers(code: str) -> tuple[tuple[str, ...], re.Pattern[str] | None, re.Pattern[str] | None]:
    """(confusable codes, markers, counter-markers) of a pack's ``language.toml``."""
    pack = lang.pack(code)
    if pack.code != code or not pack.has("language"):
        return (), None, None
    data = pack.data("language")

    def words(key: str) -> re.Pattern[str] | None:
        forms = sorted(data.get(key, []), key=len, reverse=True)
        return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, forms)) + r")(?!\w)") if forms else None

    return tuple(data.get("confusable", [])), words("markers"), words("counter_markers")


def resolve_confusion(code: str, text: str, candidates: list[str]) -> str:
    """Map a confusable answer (ms) to the candidate pack that claims it (id) when the text carries its markers."""
    for other in candidates:
        if other == code:
            continue
        confusable, markers, counter = _markers(other)
        if code not in confusable or markers is None:
            continue
        mine = len(markers.findall(text))
        theirs = len(counter.findall(text)) if counter else 0
        if mine and mine >= theirs:
            return other
    return code


@lru_cache(maxsize=1)
def _py3langid_full() -> Any:
    """py3langid's full model (about 3 s to decompress), read once per process."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def _py3langid_model(candidates: list[str]) -> Any:
    # set_languages rebinds the restricted arrays and keeps the full ones, so a shallow copy per identifier is safe.
    model = copy.copy(_py3langid_full())
    try:
        model.set_languages(candidates)
    except ValueError as err:
        raise ConfigError(f"language.candidates: {err}") from None
    return model


class Identifier:
    """A language identifier restricted to ``candidates``; loads its model on first use."""

    def __init__(self, backend: str = "py3langid", candidates: list[str] | tuple[str, ...] = ("id", "en", "ms")):
        if backend not in BACKENDS:
            raise ConfigError(f"language.backend must be one of {', '.join(BACKENDS)}, not {backend!r}")
        if not candidates:
            raise ConfigError("language.candidates must list at least one ISO 639-1 code")
        self.backend = backend
        self.candidates = [c.lower() for c in candidates]
        self._model: Any = None

    def __getstate__(self) -> dict[str, Any]:
        return {"backend": self.backend, "candidates": self.candidates, "_model": None}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)

    def _load(self) -> Any:
        if self._model is None:
            if self.backend == "py3langid":
                self._model = _py3langid_model(self.candidates)
            else:
                try:
                    from lingua import IsoCode639_1, LanguageDetectorBuilder
                except ImportError:
                    raise ConfigError(
                        "language.backend = 'lingua' needs lingua-language-detector (pip install 'warta[lingua]')"
                    ) from None
                codes = [getattr(IsoCode639_1, c.upper()) for c in self.candidates]
                self._model = LanguageDetectorBuilder.from_iso_codes_639_1(*codes).build()
        return self._model

    def raw(self, text: str) -> str | None:
        """The back-end's answer among the candidates, before the confusion step."""
        model = self._load()
        if self.backend == "py3langid":
            return model.classify(text)[0]
        found = model.detect_language_of(text)
        return found.iso_code_639_1.name.lower() if found is not None else None

    def __call__(self, text: str) -> str | None:
        code = self.raw(text)
        return resolve_confusion(code, text, self.candidates) if code else None


@stage("language", version="0.1", requires=("article",), provides=("language",))
class LanguageStage:
    """Sets ``doc.article.language`` from title and body unless the page gave it."""

    def __init__(
        self,
        *,
        backend: str = "py3langid",
        candidates: list[str] | tuple[str, ...] = ("id", "en"),
        min_length: int = 20,
        max_chars: int = 3000,
    ):
        self.identify = Identifier(backend, candidates)
        self.min_length = min_length
        self.max_chars = max_chars

    def __call__(self, doc: Doc) -> Doc:
        a = doc.article
        if a.language:
            return doc
        text = " ".join(part for part in (a.title, a.text) if part)[: self.max_chars]
        if len(text.strip()) >= self.min_length:
            a.language = self.identify(text)
        return doc

"""A pipeline is a list of registered stages, checked when it is built: each stage's requirements must be provided
by the page or an earlier stage. Running it on a ``Page`` gives a ``Doc`` or raises ``Rejected``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from . import config as configuration
from . import registry
from .errors import PipelineError, Rejected
from .model import Article, Doc, Page


class Pipeline:
    def __init__(self, stages: Iterable[str] | None = None, config: dict[str, Any] | None = None):
        self.config = config if config is not None else configuration.load()
        names = list(stages) if stages is not None else list(self.config.get("pipeline", {}).get("stages", []))
        if not names:
            raise PipelineError("the pipeline has no stages; set [pipeline] stages in the configuration")
        have = {"page"}
        self.infos: list[registry.StageInfo] = []
        for name in names:
            info = registry.get(name)
            missing = [layer for layer in info.requires if layer not in have]
            if missing:
                raise PipelineError(
                    f"stage {name!r} requires {', '.join(missing)}, which no earlier stage provides; "
                    f"pipeline: {' -> '.join(names)}"
                )
            have.update(info.provides)
            self.infos.append(info)
        self._runners = [info.build(dict(self.config.get(info.name, {}))) for info in self.infos]

    @property
    def names(self) -> list[str]:
        return [info.name for info in self.infos]

    def versions(self) -> dict[str, str]:
        return {info.name: info.label for info in self.infos}

    def __call__(self, page: Page) -> Doc:
        doc = Doc(article=Article(id=page.fingerprint(), text="", url=page.url), page=page)
        for info, run in zip(self.infos, self._runners, strict=True):
            try:
                doc = run(doc)
            except Rejected as rejected:
                rejected.stage = rejected.stage or info.name
                rejected.origin = rejected.origin or page.origin
                raise
            doc.versions[info.name] = info.label
        return doc


@dataclass(slots=True)
class Rejection:
    """A page that did not make it through, with why; the runner writes these to the rejects file."""

    origin: str | None
    stage: str | None
    reason: str
    detail: str
    id: str | None = None
    url: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "origin": self.origin, "stage": self.stage, "reason": self.reason,
            "detail": self.detail, "id": self.id, "url": self.url,
        }  # fmt: skip

    @classmethod
    def of(cls, page: Page, err: Rejected) -> Rejection:
        return cls(err.origin or page.origin, err.stage, err.reason, err.detail, page.id, page.url)


def run_one(pipeline: Pipeline, page: Page) -> Doc | Rejection:
    """Run the pipeline on one page; a rejection is returned as data, never raised."""
    try:
        return pipeline(page)
    except Rejected as err:
        return Rejection.of(page, err)


def iter_results(pipeline: Pipeline, pages: Iterable[Page]) -> Iterator[Doc | Rejection]:
    for page in pages:
        yield run_one(pipeline, page)

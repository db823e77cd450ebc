"""One exception tree for warta.

    WartaError                 anything warta raises on purpose; the CLI prints its one line and exits 1
    ├── ConfigError            a configuration value or override is wrong (names the key and how to fix it)
    ├── PipelineError          stages do not fit together (a stage requires a layer no earlier stage provides)
    ├── InputError             an input cannot be read at all (missing file, unknown format)
    ├── StoreError             the database cannot be opened or written
    ├── ExecutorError          a worker process or cluster failed (not one page: the run itself)
    └── Rejected               one page is not usable (empty, not a news page, too short, timed out);
                               inside a batch this is data: it is counted, logged and written to the rejects file

Bugs are not WartaErrors: they propagate as ordinary exceptions.
"""

from __future__ import annotations


class WartaError(Exception):
    """Base of everything warta raises on purpose. ``str(err)`` is one line meant for a person."""


class ConfigError(WartaError):
    pass


class PipelineError(WartaError):
    pass


class InputError(WartaError):
    pass


class StoreError(WartaError):
    pass


class ExecutorError(WartaError):
    pass


class Rejected(WartaError):
    """A page was rejected by a stage; ``reason`` is a short stable code, ``detail`` a human explanation."""

    def __init__(self, reason: str, detail: str = "", *, stage: str | None = None, origin: str | None = None):
        self.reason = reason
        self.detail = detail
        self.stage = stage
        self.origin = origin
        super().__init__(f"{reason}: {detail}" if detail else reason)

"""warta: raw news pages -> clean articles -> who did what to whom, when and where, and what was said.

    import warta
    doc = warta.process(html_or_text, url=None, published=None, source=None, lang=None)
    for doc in warta.process_many(records):
        doc.to_dict()
"""

from .api import process, process_many
from .errors import ConfigError, InputError, PipelineError, Rejected, StoreError, WartaError
from .model import Article, Doc, Page
from .pipeline import Pipeline, Rejection

__version__ = "0.1.0"

__all__ = [
    "Article",
    "ConfigError",
    "Doc",
    "InputError",
    "Page",
    "Pipeline",
    "PipelineError",
    "Rejected",
    "Rejection",
    "StoreError",
    "WartaError",
    "__version__",
    "process",
    "process_many",
]

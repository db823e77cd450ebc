"""Extraction: Page -> Article. (First cut: trafilatura for HTML, text taken as it is; to be replaced.)"""

from __future__ import annotations

from ..errors import Rejected
from ..model import Article, Doc
from ..registry import stage


@stage("extract", version="0.1", requires=("page",), provides=("article",))
def extract(doc: Doc, *, timeout: float = 10.0) -> Doc:
    page = doc.page
    assert page is not None
    if page.kind == "html":
        import trafilatura

        text = trafilatura.extract(page.content) or ""
    else:
        text = page.content.strip()
    if not text.strip():
        raise Rejected("empty", "no article text found")
    doc.article = Article(
        id=doc.article.id, text=text, url=page.url, source=page.source, language=page.language,
        title=page.title, published=page.published,
    )  # fmt: skip
    return doc

"""The extract stage: Page -> Article.

The cascade, each step used only for what the previous ones did not give:

1. what the page record states (title, published, source, url, language) is the truth and is never re-extracted;
2. HTML: structured data (JSON-LD, OpenGraph, ``<meta>``) for title, authors, published and source
   (``metadata.py``); photo captions from the tree (``html.py``); the body from trafilatura;
   plain text: the title, byline and header captions from the shape and position of the lines (``text.py``);
3. both modes: the shared clean-up (``body.py``): non-story lines, the tail, captions, the leading byline and date,
   the editor code, the dateline (``boilerplate.py``, ``byline.py``, ``dateline.py``), with the words of every
   language pack;
4. the publication time with its zone (``dates.py``): metadata, else the visible byline date, else htmldate's day.

Every page runs under a hard time limit (``timeout.py``). Unusable pages are rejected with a reason:
``empty`` (no text at all), ``unparseable`` (HTML that cannot be read), ``too-short`` (less story than
``min_chars``), ``too-long`` (more than ``max_chars``), ``not-news`` (no story-shaped text: a list or navigation page), ``timeout``.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from ..errors import Rejected
from ..model import Article, Dateline, Doc, Page
from ..registry import stage
from . import dates
from .boilerplate import markers
from .byline import authors_from_meta, split_names
from .timeout import run_with_limit

__all__ = ["extract", "extract_page"]


@stage("extract", version="0.2", requires=("page",), provides=("article",))
def extract(doc: Doc, *, timeout: float = 10.0, min_chars: int = 50, max_chars: int = 100_000) -> Doc:
    page = doc.page
    if page is None:
        raise Rejected("empty", "the document has no page to extract from")
    doc.article = run_with_limit(lambda: extract_page(page, article_id=doc.article.id, min_chars=min_chars), timeout)
    if len(doc.article.text) > max_chars:
        # Not a news article (a book, a log, a dump): the analysis stages are tuned for article-sized text and one
        # such page must not stall a batch for minutes.
        raise Rejected("too-long", f"{len(doc.article.text)} characters of text, more than extract.max_chars={max_chars}")
    return doc


def _host(url: str | None) -> str | None:
    if not url:
        return None
    try:
        host = urlsplit(url if "//" in url else "//" + url).hostname
    except ValueError:
        return None
    return host[4:] if host and host.startswith("www.") else host


def _language(value: str | None) -> str | None:
    if not value:
        return None
    base = re.split(r"[-_]", value.strip())[0].lower()
    return base if re.fullmatch(r"[a-z]{2,3}", base) else None


def extract_page(page: Page, *, article_id: str | None = None, min_chars: int = 50) -> Article:
    """One page -> its Article, or ``Rejected``. No time limit here: the stage adds it."""
    if not page.content or not page.content.strip():
        raise Rejected("empty", "the page has no content")
    m = markers()
    host = _host(page.url)
    outlets = tuple(x for x in (page.source, host) if x)
    zone = dates.tld_zone(page.url, m)
    title = page.title
    authors: list[str] = []
    published_raw: str | None = None
    published: str | None = None
    source = page.source
    language = page.language
    meta = None
    if page.kind == "html":
        from .html import best_title, extract_html

        result = extract_html(page.content, url=page.url, title=page.title, outlets=outlets, default_zone=zone)
        if result is None:
            raise Rejected("unparseable", "the HTML could not be parsed")
        meta, cleaned = result.meta, result.cleaned
        site = meta.source or result.sitename
        source = source or site or host
        language = language or _language(meta.language)
        outlets = (*outlets, *(x for x in (site,) if x))
        title = title or best_title(meta, result.h1, result.title, outlets)
        authors = authors_from_meta(meta.authors, outlets=outlets)
        if not authors and cleaned.byline and cleaned.byline.authors:
            authors = cleaned.byline.authors
        if not authors and result.visible is not None:
            authors = result.visible.authors
        if not authors and result.author:
            authors = split_names(result.author.replace(";", ","), outlets=outlets)
        published_raw = meta.published
        fallback_day = result.date
    else:
        from .text import extract_text

        text_result = extract_text(page.content, title=page.title, outlets=outlets, default_zone=zone)
        cleaned = text_result.cleaned
        title = title or text_result.title
        if cleaned.byline:
            authors = cleaned.byline.authors
        fallback_day = None
        source = source or host
    if page.published:
        published = page.published
    else:
        visible = cleaned.byline.date if cleaned.byline and cleaned.byline.date else None
        if visible is None and page.kind == "html" and result.visible is not None:
            visible = result.visible.date
        # An outlet writing in a language whose outlets keep one zone (Indonesian: WIB) means that zone.
        zone = zone or m.lang_zone.get(_language(language) or "")
        published = _published(published_raw, visible, fallback_day, zone)
    text = "\n\n".join(cleaned.paragraphs).strip()
    if not text:
        raise Rejected("empty", "no article text found")
    if meta is not None and not meta.is_article and _list_shaped(cleaned.paragraphs):
        raise Rejected("not-news", "no story-shaped paragraph: the page looks like a list, index or navigation page")
    if len(text) < min_chars:
        raise Rejected("too-short", f"{len(text)} characters of text, fewer than extract.min_chars={min_chars}")
    return Article(
        id=article_id or page.fingerprint(),
        text=text,
        url=page.url,
        source=source,
        language=language,
        title=re.sub(r"\s+", " ", title).strip() if title else None,
        authors=authors,
        published=published,
        dateline=Dateline(cleaned.dateline) if cleaned.dateline else None,
        captions=cleaned.captions,
    )


# A story has at least one real paragraph; index and navigation pages are made of short link lines. Thresholds
# chosen so that every page of the ScrapingHub and Fundus sets (all articles) passes.
STORY_PARAGRAPH = 120
LIST_LINE = 60


def _list_shaped(paragraphs: list[str]) -> bool:
    # Chinese, Japanese and Korean say in one character what takes about three in Latin script.
    lengths = sorted(len(p) + 2 * sum(1 for ch in p if ch >= "\u2e80") for p in paragraphs)
    return lengths[-1] < STORY_PARAGRAPH and lengths[len(lengths) // 2] < LIST_LINE


def _published(raw: str | None, visible: dates.FoundDate | None, fallback_day: str | None, zone: str | None) -> str | None:
    """Metadata first; the visible byline date lends it a zone (or a time) on the same day; htmldate's day last."""
    m = markers()
    published = dates.normalize(raw, default_zone=zone, m=m) if raw else None
    if published is None:
        # A visible date that htmldate's day contradicts is usually a teaser's (htmldate-eval-mediacloud pages).
        if visible is not None and (not fallback_day or visible.iso[:10] == fallback_day[:10]):
            published = visible.iso
        elif fallback_day:
            return dates.normalize(fallback_day, default_zone=zone, m=m)
        else:
            return None
    if visible is not None and visible.iso[:10] == published[:10]:
        if len(published) == 19 and len(visible.iso) > 19:  # a zone-less metadata time, a zoned visible one
            return published + visible.iso[19:]
        if len(published) == 10 and visible.has_time:
            published = visible.iso
    if len(published) == 19 and zone:
        published += zone
    return published

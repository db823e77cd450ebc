"""HTML mode: structured metadata first, photo captions from the tree, the body from trafilatura (with its own
fallbacks), then the shared clean-up of ``body.py`` for what trafilatura keeps or drops on news pages.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ..model import Caption
from . import metadata
from .body import Cleaned, add_caption, caption_of, clean
from .byline import Byline, parse_byline
from .dates import FoundDate, normalize
from .boilerplate import TRAILING_PAREN, bare, credit_of

# Captions are short: a caption-classed element longer than this is a teaser block or an article (tuned on the
# Fundus pages, whose longest gold caption is about 600 characters).
CAPTION_MAX = 700
_CREDIT_CLASS = re.compile(r"credit|copyright|source|photographer|byline|author|attribution", re.I)
_CAPTION_CLASS = re.compile(r"(?:^|[\s_-])(?:caption|wp-caption-text|image-caption|photo-caption|img-caption|"
                            r"caption-text|keterangan|ket-foto|pic_caption|figure__caption)(?:$|[\s_-])", re.I)


# Elements that hold the byline or the visible date in news templates (class or id).
_BYLINE_HINT = re.compile(r"author|byline|penulis|reporter|writer|credit|date|time|publish|tanggal|waktu|"
                          r"meta|info|dateline|timestamp", re.I)
# Bylines and date lines are short; longer hinted elements are teasers or the article itself (test pages, Fundus).
BYLINE_MAX = 200


@dataclass(slots=True)
class HtmlResult:
    meta: metadata.Meta
    cleaned: Cleaned
    title: str | None = None  # trafilatura's title (used when the metadata has none)
    author: str | None = None  # trafilatura's author string
    date: str | None = None  # htmldate's day (through trafilatura), the last resort for `published`
    sitename: str | None = None
    captions: list[Caption] = field(default_factory=list)
    visible: Byline | None = None  # the byline and date shown near the headline


def _clean_text(el: Any) -> str:
    return re.sub(r"\s+", " ", el.text_content() if el is not None else "").strip()


def captions_from_tree(tree: Any) -> list[Caption]:
    """Photo captions and their credits: ``<figcaption>``, caption-classed elements, credit-classed children."""
    out: list[Caption] = []
    found = list(tree.iterfind(".//figcaption"))
    for el in tree.xpath("//*[@class]")[:5000]:
        if el.tag not in ("figcaption", "script", "style") and _CAPTION_CLASS.search(el.get("class", "")):
            if not any(p in found for p in el.iterancestors()) and not any(el in f.iterancestors() for f in found):
                found.append(el)
    for el in found[:60]:
        full = _clean_text(el)
        if not full or len(full) > CAPTION_MAX:
            continue
        credit = None
        for child in el.iterdescendants():
            cls = f"{child.get('class', '')} {child.get('itemprop', '')}"
            if _CREDIT_CLASS.search(cls):
                credit = _clean_text(child) or None
                break
        text = full
        if credit and credit in text:
            text = text.replace(credit, " ").strip()
        elif not credit:
            split = credit_of(full)
            if split:
                text, credit = split
            else:
                cap = caption_of(full)
                if cap is not None and cap.credit:
                    text, credit = cap.text, cap.credit
        if credit:
            credit = re.sub(r"^(?:[\W_]*)|[\W_]*$", "", credit) or None
            credit = re.sub(r"^\w+\s*:\s*", "", credit) if credit and len(credit.split(":", 1)[0]) <= 12 else credit
        add_caption(out, re.sub(r"\s+", " ", text).strip(" |-–—"), credit)
    return out


def extract_html(
    content: str, *, url: str | None, title: str | None, outlets: tuple[str, ...], default_zone: str | None
) -> HtmlResult | None:
    """None when the HTML cannot be parsed at all."""
    import trafilatura

    tree = metadata.parse(content)
    if tree is None:
        return None
    meta = metadata.read(tree)
    captions = captions_from_tree(tree)
    visible = visible_byline(tree, outlets=(*outlets, *(x for x in (meta.source,) if x)), default_zone=default_zone)
    outlets = (*outlets, *(x for x in (meta.source,) if x))
    doc = trafilatura.bare_extraction(
        tree, url=url, with_metadata=True, include_comments=False, include_tables=True, include_images=False,
        include_formatting=False, include_links=False,
    )  # fmt: skip
    paras: list[str] = []
    t_title = t_author = t_date = t_site = None
    if doc is not None:
        paras = (doc.text or "").split("\n")
        t_title, t_author, t_date, t_site = doc.title, doc.author, doc.date, doc.sitename
    body_chars = sum(len(p) for p in paras)
    if meta.body and len(meta.body) > max(2 * body_chars, 200):
        # trafilatura found little; the page's own articleBody is the story (it has no captions, ads or tail).
        paras = [p for p in re.split(r"\s*\n\s*", meta.body) if p.strip()]
    best_title = title or meta.jsonld_title or t_title or meta.title
    cleaned = clean(paras, known_captions=captions, title=best_title, outlets=outlets, default_zone=default_zone,
                    header_captions=False)  # fmt: skip
    cleaned.captions = [c for c in cleaned.captions if c.text or c.credit]
    return HtmlResult(meta, cleaned, t_title, t_author, t_date, t_site, cleaned.captions, visible)


def visible_byline(tree: Any, *, outlets: tuple[str, ...], default_zone: str | None) -> Byline | None:
    """The byline and date printed near the headline: the first hinted elements after the first ``<h1>``
    (before it, when the page has no ``<h1>``), and ``<time datetime>``."""
    elements = list(tree.iter())
    start = next((k for k, el in enumerate(elements) if el.tag == "h1"), 0)
    authors: list[str] = []
    date: FoundDate | None = None
    seen = 0
    for el in elements[start : start + 400]:
        if not isinstance(el.tag, str) or el.tag in ("script", "style", "a", "p", "ul", "ol", "li", "article", "main"):
            continue
        hint = f"{el.get('class', '')} {el.get('id', '')}"
        if el.tag != "time" and not _BYLINE_HINT.search(hint):
            continue
        text = _clean_text(el)
        if not text or len(text) > BYLINE_MAX:
            continue
        seen += 1
        if seen > 12:
            break
        found = parse_byline(text, outlets=outlets, default_zone=default_zone)
        if el.tag == "time" and el.get("datetime") and (found is None or found.date is None):
            iso = normalize(el.get("datetime"), default_zone=default_zone)
            if iso:
                found = Byline(found.authors if found else [], FoundDate(iso, 0, 0, len(iso) > 10, len(iso) > 19))
        if found is None:
            continue
        if found.authors and not authors:
            authors = found.authors
        if found.date and (date is None or (found.date.zoned and not date.zoned and found.date.iso[:10] == date.iso[:10])):
            date = found.date
        if authors and date and date.zoned:
            break
    return Byline(authors, date) if authors or date else None


def strip_site_name(title: str, site: str | None) -> str:
    """"Putin and Modi agree … | Example News" -> "Putin and Modi agree …" (only the site's own name is cut)."""
    parts = re.split(r"\s+[|\-–—:»·]\s+", title)
    if len(parts) < 2:
        return title
    keys = {bare(site)} if site else set()
    if bare(parts[-1]) in keys or (site and bare(site).split(".")[0] in bare(parts[-1]).replace(" ", "")):
        return re.sub(r"\s+[|\-–—:»·]\s+[^|\-–—:»·]*$", "", title).strip()
    if bare(parts[0]) in keys:
        return re.sub(r"^[^|\-–—:»·]*\s+[|\-–—:»·]\s+", "", title).strip()
    return title


__all__ = ["HtmlResult", "TRAILING_PAREN", "captions_from_tree", "extract_html", "strip_site_name"]

"""HTML mode: structured metadata first, photo captions from the tree, the body from trafilatura (with its own
fallbacks), then the shared clean-up of ``body.py`` for what trafilatura keeps or drops on news pages.
"""

from __future__ import annotations

import html as html_lib
import re
from dataclasses import dataclass, field
from typing import Any

from ..model import Caption
from . import metadata
from .body import Cleaned, add_caption, caption_of, clean
from .boilerplate import credit_of, markers, strip_label
from .byline import Byline, parse_byline
from .dates import FoundDate, normalize

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


_CAPTION_XPATH = "//*[" + " or ".join(
    f"contains(@class, '{w}')" for w in ("caption", "Caption", "keterangan", "ket-foto")
) + "]"


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
    h1: str | None = None


def _clean_text(el: Any) -> str:
    """An element's text with its pieces spaced apart ("Penulis: Ani<br>Editor: Budi" keeps the two fields apart)."""
    if el is None:
        return ""
    return re.sub(r"\s+", " ", " ".join(el.itertext())).strip()


def captions_from_tree(tree: Any) -> list[Caption]:
    """Photo captions and their credits: ``<figcaption>``, caption-classed elements, credit-classed children."""
    out: list[Caption] = []
    found = list(tree.iterfind(".//figcaption"))
    taken = set(found)
    # XPath narrows the candidates in C (a page has thousands of classed elements); the regex then decides.
    for el in tree.xpath(_CAPTION_XPATH)[:200]:
        if el.tag not in ("figcaption", "script", "style") and _CAPTION_CLASS.search(el.get("class", "")):
            if not any(p in taken for p in el.iterancestors()):
                taken.add(el)
                found.append(el)
    # An element inside another caption element is part of it (its credit span, say), not a caption of its own.
    found = [el for el in found if not any(p in taken for p in el.iterancestors())]
    m = markers()
    for el in found[:60]:
        full = _caption_text(el, m)
        if not full or len(full) > CAPTION_MAX:
            continue
        credit = None
        for child in el.iterdescendants():
            cls = f"{child.get('class', '')} {child.get('itemprop', '')}"
            if _CREDIT_CLASS.search(cls):
                credit = _clean_text(child) or None
                break
        if credit is None:
            credit = _credit_beside(el)
        text = full
        if credit and credit in text:
            text = text.replace(credit, " ").strip()
        elif not credit:
            split = credit_of(full, m)
            if split:
                text, credit = split
            else:
                cap = caption_of(full)
                if cap is not None and cap.credit:
                    text, credit = cap.text, cap.credit
        if credit:
            credit = strip_label(re.sub(r"^[\W_]+|[\W_]+$", "", credit), m) or None
        add_caption(out, strip_label(re.sub(r"\s+", " ", text).strip(" |-–—"), m), credit)
    return out


def _caption_text(el: Any, m: Any) -> str:
    """The caption's own text: hidden screen-reader labels ("Image caption, ") and glued link text
    ("Purchase Licensing Rights, opens new tab") cut off."""
    text = _clean_text(el)
    for hidden in el.xpath(".//*[contains(@class, 'visually-hidden') or contains(@class, 'sr-only')]"):
        label = _clean_text(hidden)
        if label and text.startswith(label):
            text = text[len(label) :].strip()
    changed = True
    while changed and text:
        changed = False
        low = text.lower().rstrip(" ,.;:|")
        for noise in m.caption_noise:
            if low.endswith(noise):
                text = text[: len(low) - len(noise)].rstrip(" ,.;:|")
                changed = True
                break
    return text


def _credit_beside(el: Any) -> str | None:
    """A credit printed next to the caption rather than inside it: a credit-classed sibling (Kompas'
    ``photo__author``), or the short text of the enclosing ``<figure>`` outside the caption (BBC's "Image source")."""
    parent = el.getparent()
    if parent is None:
        return None
    for sib in parent:
        if sib is not el and isinstance(sib.tag, str) and _CREDIT_CLASS.search(sib.get("class", "")):
            text = _clean_text(sib)
            if 0 < len(text) <= 120:
                return text
    figure = next((a for a in el.iterancestors() if a.tag == "figure"), None)
    if figure is not None:
        outside = [t.strip() for t in figure.xpath(".//text()[not(ancestor::figcaption)]") if t.strip()]
        joined = " ".join(outside)
        if outside and len(joined) <= 80:
            return strip_label(joined)
    return None


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
    h1 = first_h1(tree)
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
    headline = title or best_title(meta, h1, t_title, (*outlets, *(x for x in (t_site,) if x)))
    people = tuple(a for a in (*(visible.authors if visible else []), *meta.authors) if a and len(a) >= 5)
    cleaned = clean(paras, known_captions=captions, title=headline, also_titles=tuple(x for x in (h1, t_title) if x),
                    known_authors=people, outlets=outlets, default_zone=default_zone,
                    header_captions=False)  # fmt: skip
    cleaned.captions = [c for c in cleaned.captions if c.text or c.credit]
    return HtmlResult(meta, cleaned, t_title, t_author, t_date, t_site, cleaned.captions, visible, h1)


def visible_byline(tree: Any, *, outlets: tuple[str, ...], default_zone: str | None) -> Byline | None:
    """The byline and date printed near the headline: the first hinted elements after the first ``<h1>``
    (before it, when the page has no ``<h1>``), and ``<time datetime>``."""
    h1 = tree.find(".//h1")
    elements = h1.xpath("following::*[position() <= 400]") if h1 is not None else tree.xpath("(//body//*)[position() <= 400]")
    authors: list[str] = []
    date: FoundDate | None = None
    seen = 0
    for el in elements:
        if not isinstance(el.tag, str) or el.tag in ("script", "style", "a", "p", "ul", "ol", "li", "article", "main"):
            continue
        hint = " ".join(el.get(a, "") for a in ("class", "id", "data-component", "data-testid", "itemprop", "rel"))
        if el.tag != "time" and not _BYLINE_HINT.search(hint):
            continue
        text = _clean_text(el)
        if not text or len(text) > BYLINE_MAX:
            continue
        seen += 1
        if seen > 12:
            break
        found = parse_byline(text, outlets=outlets, default_zone=default_zone)
        if found is None or not found.authors:  # "By Tom Whitfield" + "Environment correspondent" in two spans
            for piece in el.itertext():
                part = parse_byline(piece, outlets=outlets, default_zone=default_zone) if piece.strip() else None
                if part is not None and part.authors:
                    found = Byline(part.authors, found.date if found else part.date)
                    break
        if el.tag == "time" and el.get("datetime") and (found is None or found.date is None or not found.date.has_time):
            iso = normalize(el.get("datetime"), default_zone=default_zone)
            if iso and (found is None or found.date is None or len(iso) > 10):
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


_SEGMENT = re.compile(r"\s+[|\-–—:»·｜]\s+|｜")


def strip_site_name(title: str, sites: tuple[str, ...]) -> str:
    """"Putin and Modi agree … | Example News" -> "Putin and Modi agree …": trailing (or leading) segments that
    name the site (its name or its domain) or are a bare date are cut; other segments are kept."""
    parts = _SEGMENT.split(title)
    if len(parts) < 2:
        return title
    keys = {k for s in sites if s for k in (_squash(s), _squash(s.split(".")[0]) if "." in s else "") if len(k) >= 2}

    def is_site(segment: str) -> bool:
        seg = _squash(segment)
        return bool(seg) and (seg in keys or any(k in seg for k in keys if len(k) >= 4) or
                              bool(re.fullmatch(r"[\d./-]{6,10}", segment.strip())))  # fmt: skip

    seps = _SEGMENT.findall(title)
    while len(parts) > 1 and is_site(parts[-1]):
        parts.pop()
        seps.pop()
    if len(parts) > 1 and is_site(parts[0]):
        parts.pop(0)
        seps.pop(0)
    out = parts[0]
    for sep, part in zip(seps, parts[1:], strict=False):
        out += sep + part
    return out.strip() or title


def _squash(text: str) -> str:
    """Lower case, letters and digits only, "www." dropped: "Börsen-Zeitung" -> "börsenzeitung"."""
    text = text.lower().removeprefix("www.")
    return "".join(ch for ch in text if ch.isalnum())


def best_title(meta: metadata.Meta, tree_h1: str | None, traf_title: str | None, sites: tuple[str, ...]) -> str | None:
    """The headline: JSON-LD, else OpenGraph/meta, else trafilatura's; site names cut; when the visible ``<h1>`` is
    the start of it ("Headline | Section"), the ``<h1>``. Chosen on the Fundus pages (bench/extract.py)."""
    for raw in (meta.jsonld_title, meta.title, traf_title, tree_h1):
        if raw and raw.strip():
            title = strip_site_name(html_lib.unescape(re.sub(r"\s+", " ", raw)).strip(), sites)
            break
    else:
        return None
    if tree_h1:
        h1 = html_lib.unescape(re.sub(r"\s+", " ", tree_h1)).strip()
        if len(h1) > 10 and title != h1 and _squash(title).startswith(_squash(h1)):
            return h1
    return title


def first_h1(tree: Any) -> str | None:
    for el in tree.iterfind(".//h1"):
        text = _clean_text(el)
        if text:
            return text
    return None

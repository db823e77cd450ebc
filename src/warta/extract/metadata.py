"""Structured metadata of an HTML page, read before anything else: JSON-LD (NewsArticle/Article, incl. ``@graph`` and
``@id`` references), OpenGraph and ``<meta>`` tags (author, article:published_time, article:section, og:site_name),
and microdata ``itemprop`` values.
"""

from __future__ import annotations

import html as html_lib
import json
import re
from dataclasses import dataclass, field
from typing import Any

from lxml import html as lxml_html

# JSON-LD types that describe the story itself, best first.
_ARTICLE_TYPES = ("NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
                  "BackgroundNewsArticle", "LiveBlogPosting", "Article", "BlogPosting", "Report",
                  "ScholarlyArticle", "TechArticle", "SocialMediaPosting")  # fmt: skip
_META_AUTHOR = ("author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "dcterms.creator",
                "byl", "cxenseparse:author", "twitter:creator:name", "content_author", "author_name", "dtk:author")  # fmt: skip
_META_PUBLISHED = ("article:published_time", "og:published_time", "published_time", "datepublished",
                   "article.published", "parsely-pub-date", "sailthru.date", "pubdate", "publishdate", "publish-date",
                   "publish_date", "dc.date.issued", "dcterms.created", "dc.date", "dcterms.date", "date",
                   "article_date_original", "cxenseparse:recs:publishtime", "originalpublicationdate",
                   "content_publishedtime", "content_publisheddate", "ga_publishdate", "dtk:publishdate")  # fmt: skip
_META_TITLE = ("og:title", "twitter:title", "dc.title", "parsely-title", "sailthru.title", "title")
_META_SITE = ("og:site_name", "application-name", "twitter:site", "publisher", "dc.publisher", "cxenseparse:site")
_META_SECTION = ("article:section", "parsely-section", "section", "category", "cxenseparse:recs:category")


@dataclass(slots=True)
class Meta:
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None  # as written (normalised by warta.extract.dates)
    source: str | None = None
    section: str | None = None
    language: str | None = None
    body: str | None = None  # JSON-LD articleBody
    is_article: bool = False  # the page says it is an article (JSON-LD type or og:type)
    jsonld_title: str | None = None  # the headline, kept apart: meta titles often carry the site name


def _types(node: dict[str, Any]) -> list[str]:
    t = node.get("@type")
    if isinstance(t, str):
        return [t.rsplit("/", 1)[-1]]
    if isinstance(t, list):
        return [x.rsplit("/", 1)[-1] for x in t if isinstance(x, str)]
    return []


def _walk(data: Any, out: list[dict[str, Any]], depth: int = 0) -> None:
    if depth > 6:
        return
    if isinstance(data, list):
        for item in data:
            _walk(item, out, depth + 1)
    elif isinstance(data, dict):
        out.append(data)
        for key in ("@graph", "mainEntity", "mainEntityOfPage", "itemListElement"):
            if key in data:
                _walk(data[key], out, depth + 1)


def _load_json(raw: str) -> Any:
    raw = raw.strip()
    raw = re.sub(r"^\s*(?://\s*)?<!\[CDATA\[|(?://\s*)?\]\]>\s*$", "", raw).strip()
    try:
        return json.loads(raw)
    except ValueError:
        try:  # common CMS faults: raw newlines inside strings, trailing commas
            return json.loads(re.sub(r",\s*([}\]])", r"\1", raw.replace("\n", " ").replace("\r", " ")))
        except ValueError:
            return None


def _text(value: Any) -> str | None:
    if isinstance(value, str):
        value = html_lib.unescape(re.sub(r"\s+", " ", value)).strip()
        return value or None
    if isinstance(value, list) and value:
        return _text(value[0])
    if isinstance(value, dict):
        return _text(value.get("name") or value.get("@value"))
    return None


def _names(value: Any, index: dict[str, dict[str, Any]], depth: int = 0) -> list[str]:
    if depth > 3 or value is None:
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [n for v in value for n in _names(v, index, depth + 1)]
    if isinstance(value, dict):
        if "name" not in value and isinstance(value.get("@id"), str) and value["@id"] in index:
            value = index[value["@id"]]
        if _types(value) and not set(_types(value)) & {"Person", "Author"}:
            return []  # an Organization as author is the outlet, not a person
        name = _text(value.get("name"))
        if not name and (value.get("givenName") or value.get("familyName")):
            name = " ".join(x for x in (_text(value.get("givenName")), _text(value.get("familyName"))) if x)
        return [name] if name else []
    return []


def _meta_map(tree: Any) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for el in tree.iterfind(".//meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
        value = el.get("content")
        if key and value and value.strip():
            out.setdefault(key, []).append(html_lib.unescape(re.sub(r"\s+", " ", value)).strip())
    return out


def read(tree: Any) -> Meta:
    """Everything the page states about itself, best source first."""
    meta = Meta()
    nodes: list[dict[str, Any]] = []
    for script in tree.iterfind(".//script"):
        if "ld+json" not in (script.get("type") or "").lower() or not script.text:
            continue
        _walk(_load_json(script.text), nodes)
    index = {n["@id"]: n for n in nodes if isinstance(n.get("@id"), str)}
    articles = sorted(
        (n for n in nodes if set(_types(n)) & set(_ARTICLE_TYPES)),
        key=lambda n: min(_ARTICLE_TYPES.index(t) for t in _types(n) if t in _ARTICLE_TYPES),
    )
    if articles:
        meta.is_article = True
        art = next((a for a in articles if a.get("headline") or a.get("articleBody")), articles[0])
        meta.jsonld_title = _text(art.get("headline")) or _text(art.get("name"))
        meta.authors = [n for n in _names(art.get("author") or art.get("creator"), index) if n]
        meta.published = _text(art.get("datePublished")) or _text(art.get("dateCreated"))
        publisher = art.get("publisher")
        if isinstance(publisher, dict) and publisher.get("@id") in index and "name" not in publisher:
            publisher = index[publisher["@id"]]
        meta.source = _text(publisher)
        meta.section = _text(art.get("articleSection"))
        meta.language = _text(art.get("inLanguage"))
        body = art.get("articleBody")
        meta.body = body.strip() if isinstance(body, str) and body.strip() else None
    elif nodes:  # a WebPage whose date is still the best we have
        for n in nodes:
            if not meta.published and isinstance(n, dict) and n.get("datePublished"):
                meta.published = _text(n.get("datePublished"))
    tags = _meta_map(tree)

    def first(keys: tuple[str, ...]) -> str | None:
        for key in keys:
            if tags.get(key):
                return tags[key][0]
        return None

    meta.title = meta.jsonld_title or first(_META_TITLE)
    if not meta.authors:
        for key in _META_AUTHOR:
            values = [v for v in tags.get(key, []) if not v.startswith(("http://", "https://", "@"))]
            if values:
                meta.authors = values
                break
    if not meta.authors:
        meta.authors = _itemprop_authors(tree)
    meta.published = meta.published or first(_META_PUBLISHED) or _itemprop_date(tree)
    meta.source = meta.source or first(_META_SITE)
    if meta.source and meta.source.startswith("@"):
        meta.source = None
    meta.section = meta.section or first(_META_SECTION)
    meta.is_article = meta.is_article or (first(("og:type",)) or "").lower() == "article"
    root_lang = tree.getroot().get("lang") if hasattr(tree, "getroot") else tree.get("lang")
    meta.language = meta.language or first(("og:locale", "content-language", "language", "dc.language")) or root_lang
    return meta


def _itemprop_authors(tree: Any) -> list[str]:
    out = []
    for el in tree.xpath('.//*[@itemprop="author"]')[:5]:
        name = el.xpath('.//*[@itemprop="name"]')
        value = (name[0].get("content") or name[0].text_content()) if name else (el.get("content") or el.text_content())
        value = re.sub(r"\s+", " ", value or "").strip()
        if value and value not in out:
            out.append(value)
    return out


def _itemprop_date(tree: Any) -> str | None:
    for el in tree.xpath('.//*[@itemprop="datePublished"]')[:3]:
        value = el.get("content") or el.get("datetime") or el.text_content()
        if value and value.strip():
            return value.strip()
    return None


def parse(content: str) -> Any:
    """HTML text -> lxml tree (None when there is nothing to parse)."""
    from trafilatura import load_html  # its parser drops comments, which split words inside paragraphs

    try:
        return load_html(content)
    except (ValueError, TypeError, lxml_html.etree.ParserError):
        return None

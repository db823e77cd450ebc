"""Input records (CONTRACT.md, JSON Lines) and raw strings -> Page."""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

from ..errors import Rejected
from ..model import Page

_HTML_START = re.compile(r"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|div|article|p|section)\b", re.I | re.S)
# Control characters other than whitespace: random bytes decode to about a quarter of them. Calibrated on 1,500 pages
# of /work/shared/data (wcxb-test, trafilatura-eval, article-extraction-benchmark...): the most in a real page was
# 0.8% of its first 64 KB, so a page above 5% is binary junk (an image, an archive) named .html or piped in.
BINARY_SHARE = 0.05
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]+)""", re.I)


def decode(data: bytes) -> str:
    """Bytes -> text: BOM or UTF-8 first, then the page's declared charset, then a detector's best guess."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", "replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = _META_CHARSET.search(data[:4096])
    if declared:
        try:
            return data.decode(declared.group(1).decode("ascii"), "replace")
        except LookupError:
            pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    return str(best) if best is not None else data.decode("latin-1")


def check_published(value: str | None) -> str | None:
    """A given publication date must be ISO 8601 (a date or a date-time, with or without a zone): it is taken as the
    truth downstream, so an unreadable one ("kemarin sore", "12/09/2019") is refused rather than passed on."""
    if value is None:
        return None
    value = value.strip()
    try:
        if len(value) == 10:
            date.fromisoformat(value)
        else:
            datetime.fromisoformat(value.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        raise Rejected("bad-published", f"published {value[:40]!r} is not an ISO 8601 date or date-time") from None
    return value


def normalise_language(value: str | None) -> str | None:
    """"ID", "id-ID", "id_ID" -> "id": the article JSON carries the ISO 639-1 code."""
    if value is None:
        return None
    code = re.split(r"[-_]", value.strip(), maxsplit=1)[0].lower()
    return code or None


def reject_binary(text: str) -> None:
    """Raise ``Rejected("binary")`` when decoded bytes are not text at all (see ``BINARY_SHARE``)."""
    head = text[:65536]
    if head and len(_CONTROL.findall(head)) > BINARY_SHARE * len(head):
        raise Rejected("binary", "the input is binary data, not a web page or text")


def looks_like_html(text: str) -> bool:
    head = text[:2048]
    return bool(_HTML_START.match(head)) or ("<p" in head.lower() and "</" in head)


def page_from_string(
    content: str | bytes,
    *,
    kind: str | None = None,
    url: str | None = None,
    id: str | None = None,
    title: str | None = None,
    published: str | None = None,
    source: str | None = None,
    language: str | None = None,
    origin: str | None = None,
) -> Page:
    if isinstance(content, bytes):
        text = decode(content)
        reject_binary(text)
    else:
        text = content
    published = check_published(published)
    language = normalise_language(language)
    if kind is None:
        kind = "html" if looks_like_html(text) else "text"
    return Page(text, kind, url=url, id=id, title=title, published=published, source=source,  # type: ignore[arg-type]
                language=language, origin=origin)


def _field(record: dict[str, Any], name: str) -> str | None:
    value = record.get(name)
    if value is None:
        return None
    if not isinstance(value, str):
        raise Rejected("bad-record", f"field {name!r} must be a string, not {type(value).__name__}")
    return value.strip() or None


def page_from_record(record: Any, *, origin: str | None = None, hints: dict[str, str | None] | None = None) -> Page:
    """One JSON input record -> Page. A field the record states is the truth; ``hints`` only fill what it lacks.

    A malformed record raises ``Rejected`` (reason ``bad-record``) so the batch can count it and go on.
    """
    if not isinstance(record, dict):
        raise Rejected("bad-record", f"a record must be a JSON object, not {type(record).__name__}", origin=origin)
    try:
        html, text = _field(record, "html"), _field(record, "text")
        if (html is None) == (text is None):
            raise Rejected("bad-record", "a record needs exactly one of 'html' or 'text'")
        rid = record.get("id")
        given = {
            "url": _field(record, "url"),
            "id": str(rid) if isinstance(rid, (str, int)) and str(rid).strip() else None,
            "title": _field(record, "title"),
            "published": _field(record, "published"),
            "source": _field(record, "source"),
            "language": _field(record, "language") or _field(record, "lang"),
        }
    except Rejected as err:
        err.origin = origin
        raise
    for key, value in (hints or {}).items():
        if given.get(key) is None and value is not None:
            given[key] = value
    given["language"] = normalise_language(given["language"])
    try:
        given["published"] = check_published(given["published"])
    except Rejected as err:
        err.origin = origin
        raise
    kind = "html" if html is not None else "text"
    return Page(html if html is not None else text, kind, origin=origin, **given)  # type: ignore[arg-type]

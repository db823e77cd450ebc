"""Inputs on disk or stdin -> a stream of Pages (or Rejections for what cannot be read).

Formats by file name: ``.html``/``.htm`` (a page), ``.txt`` (already-scraped text), ``.jsonl`` (input records, one
per line), ``.warc``/``.warc.gz`` (HTML responses of a web archive); each may also be gzipped (``.html.gz``,
``.jsonl.gz``). A folder is read recursively in sorted order, skipping hidden files and files of other types.
``-`` is standard input: JSON Lines when every non-empty line is a JSON object, else one page.
"""

from __future__ import annotations

import gzip
import itertools
import json
import logging
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from ..errors import InputError, Rejected
from ..model import Page
from ..pipeline import Rejection
from .records import decode, page_from_record, page_from_string

log = logging.getLogger("warta.ingest")

PAGE_SUFFIXES = {".html": "html", ".htm": "html", ".txt": "text"}
RECORD_SUFFIXES = {".jsonl", ".ndjson"}
WARC_SUFFIXES = {".warc"}


@dataclass(frozen=True, slots=True)
class Hints:
    """What the command line says about inputs that lack it. A record's own fields always win."""

    url: str | None = None
    published: str | None = None
    source: str | None = None
    language: str | None = None

    def as_dict(self) -> dict[str, str | None]:
        return {"url": self.url, "published": self.published, "source": self.source, "language": self.language}


def _kind_of(path: Path) -> tuple[str | None, bool]:
    """(format, gzipped) from the file name; format is None for files warta does not read."""
    suffixes = [s.lower() for s in path.suffixes[-2:]]
    gz = bool(suffixes) and suffixes[-1] == ".gz"
    last = suffixes[-2] if gz and len(suffixes) == 2 else (suffixes[-1] if suffixes and not gz else "")
    if last in PAGE_SUFFIXES:
        return PAGE_SUFFIXES[last], gz
    if last in RECORD_SUFFIXES:
        return "jsonl", gz
    if last in WARC_SUFFIXES:
        return "warc", gz
    return None, gz


def expand(inputs: Iterable[str]) -> list[str]:
    """Check every input exists and expand folders (recursively, sorted). Raises InputError for a missing path."""
    out: list[str] = []
    for item in inputs:
        if item == "-":
            out.append(item)
            continue
        path = Path(item)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                rel = child.relative_to(path).parts
                if any(part.startswith(".") for part in rel):
                    continue
                if _kind_of(child)[0] is not None:
                    out.append(str(child))
        elif path.is_file():
            if _kind_of(path)[0] is None:
                raise InputError(f"{item}: unknown input type (expected .html, .htm, .txt, .jsonl, .warc or .warc.gz)")
            out.append(str(path))
        else:
            raise InputError(f"{item}: no such file or folder")
    return out


def iter_pages(inputs: Iterable[str], hints: Hints = Hints(), stdin: IO[bytes] | None = None) -> Iterator[Page | Rejection]:
    """Stream Pages from checked inputs (see ``expand``); unreadable items come out as Rejections."""
    for item in inputs:
        if item == "-":
            yield from _read_stdin(stdin if stdin is not None else sys.stdin.buffer, hints)
            continue
        path = Path(item)
        kind, gz = _kind_of(path)
        try:
            if kind == "jsonl":
                with _open(path, gz) as fh:
                    yield from _read_records(fh, str(path), hints)
            elif kind == "warc":
                yield from _read_warc(path, hints)
            else:
                with _open(path, gz) as fh:
                    data = fh.read()
                yield page_from_string(data, kind=kind, origin=str(path), **hints.as_dict())
        except OSError as err:  # unreadable file, truncated gzip: count it, keep going
            yield Rejection(str(path), "ingest", "unreadable", f"{type(err).__name__}: {err}")
        except Rejected as err:  # binary junk under a page's name
            yield Rejection(str(path), "ingest", err.reason, err.detail)


def _open(path: Path, gz: bool) -> IO[bytes]:
    return gzip.open(path, "rb") if gz else path.open("rb")


def _read_records(lines: Iterable[bytes], name: str, hints: Hints) -> Iterator[Page | Rejection]:
    # A JSONL file holds many pages: a --url hint would give them all one id, so only the other hints apply.
    record_hints = {**hints.as_dict(), "url": None}
    for number, raw in enumerate(lines, start=1):
        origin = f"{name}:{number}"
        if not raw.strip():
            continue
        try:
            record = json.loads(raw)
        except (json.JSONDecodeError, UnicodeDecodeError) as err:
            yield Rejection(origin, "ingest", "bad-json", str(err).splitlines()[0][:200])
            continue
        try:
            yield page_from_record(record, origin=origin, hints=record_hints)
        except Rejected as err:
            yield Rejection(origin, "ingest", err.reason, err.detail)


def _read_stdin(stream: IO[bytes], hints: Hints) -> Iterator[Page | Rejection]:
    """JSON Lines when the first non-empty line is a JSON object (read line by line, so a piped corpus is never
    held in memory; a bad line later is a ``bad-json`` rejection, as in a .jsonl file), else one page."""
    head: list[bytes] = []
    for line in stream:
        head.append(line)
        if line.strip():
            break
    if head and head[-1].lstrip().startswith(b"{") and _is_json_object(head[-1]):
        yield from _read_records(itertools.chain(head, stream), "<stdin>", hints)
        return
    data = b"".join(head) + stream.read()
    if not data.strip():
        yield Rejection("<stdin>", "ingest", "empty", "standard input was empty")
        return
    try:
        yield page_from_string(data, origin="<stdin>", **hints.as_dict())
    except Rejected as err:
        yield Rejection("<stdin>", "ingest", err.reason, err.detail)


def _is_json_object(line: bytes) -> bool:
    try:
        return isinstance(json.loads(line), dict)
    except (json.JSONDecodeError, UnicodeDecodeError):
        return False


def _read_warc(path: Path, hints: Hints) -> Iterator[Page | Rejection]:
    """HTML responses (HTTP 200, text/html or xhtml) of a WARC file; other records are skipped silently."""
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    # FastWARC detects gzip itself; fsspec is off so a path is only ever a local file. Every record type is read so
    # that a file with no records at all (not a WARC, or cut short inside its gzip header) is told apart from a
    # WARC without HTML: FastWARC yields nothing for both.
    seen = 0
    for record in ArchiveIterator(str(path), parse_http=False, fsspec_args=False):
        seen += 1
        if record.record_type != WarcRecordType.response:
            continue
        record.parse_http()
        url = record.headers.get("WARC-Target-URI")
        origin = f"{path}#{record.record_id}"
        http = record.http_headers
        if http is None or http.status_code != 200:
            continue
        ctype = (http.get("Content-Type") or "").lower()
        if ctype and "html" not in ctype:
            continue
        body = record.reader.read()
        if not body.strip():
            yield Rejection(origin, "ingest", "empty", "empty HTTP body")
            continue
        charset = None
        if "charset=" in ctype:
            charset = ctype.split("charset=")[-1].split(";")[0].strip()
        text = _decode_charset(body, charset)
        yield page_from_string(
            text, kind="html", url=url, origin=origin,
            published=hints.published, source=hints.source, language=hints.language,
        )  # fmt: skip
    if not seen:
        yield Rejection(str(path), "ingest", "unreadable", "no WARC records: not a WARC file, or truncated")


def _decode_charset(body: bytes, charset: str | None) -> str:
    if charset:
        try:
            return body.decode(charset)
        except (LookupError, UnicodeDecodeError):
            pass
    return decode(body)

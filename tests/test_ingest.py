from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from warta.errors import InputError, Rejected
from warta.ingest.files import Hints, expand, iter_pages
from warta.ingest.records import decode, looks_like_html, page_from_record
from warta.model import Page
from warta.pipeline import Rejection

HTML = "<!DOCTYPE html><html><head><title>Uji</title></head><body><p>Isi berita.</p></body></html>"


def test_folder_is_read_recursively_in_order_skipping_hidden_and_unknown(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.html").write_text(HTML)
    (tmp_path / "1.txt").write_text("Judul\n\nIsi.")
    (tmp_path / ".hidden.html").write_text(HTML)
    (tmp_path / "notes.md").write_text("x")
    (tmp_path / "c.html.gz").write_bytes(gzip.compress(HTML.encode()))
    files = expand([str(tmp_path)])
    assert [f.rsplit("/", 1)[-1] for f in files] == ["1.txt", "2.html", "c.html.gz"]
    pages = list(iter_pages(files))
    assert [p.kind for p in pages] == ["text", "html", "html"]


def test_missing_or_unknown_input_is_a_one_line_error(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        expand([str(tmp_path / "nope.html")])
    (tmp_path / "x.pdf").write_text("%PDF")
    with pytest.raises(InputError, match="unknown input type"):
        expand([str(tmp_path / "x.pdf")])


def test_jsonl_bad_lines_are_rejections_and_the_rest_goes_on(tmp_path):
    path = tmp_path / "in.jsonl"
    lines = [
        json.dumps({"id": "a", "text": "Satu."}),
        "{not json",
        json.dumps({"id": "b"}),
        json.dumps(["list"]),
        json.dumps({"id": "c", "html": HTML, "text": "both"}),
        "",
        json.dumps({"id": "d", "html": HTML, "source": "contoh.id", "language": "id"}),
    ]
    path.write_text("\n".join(lines) + "\n")
    out = list(iter_pages([str(path)], Hints(source="hint.id", language="en")))
    kinds = [type(x).__name__ for x in out]
    assert kinds == ["Page", "Rejection", "Rejection", "Rejection", "Rejection", "Page"]
    assert out[1].reason == "bad-json" and out[1].origin.endswith("in.jsonl:2")
    assert out[2].reason == "bad-record"
    first, last = out[0], out[-1]
    assert first.source == "hint.id" and first.language == "en"  # hints fill what the record lacks
    assert last.source == "contoh.id" and last.language == "id"  # a record's own field is the truth


def test_url_hint_never_applies_to_many_records(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps({"text": "a"}) + "\n" + json.dumps({"text": "b"}) + "\n")
    pages = list(iter_pages([str(path)], Hints(url="https://x.test/1")))
    assert all(p.url is None for p in pages)


def test_stdin_jsonl_and_single_page():
    recs = b'{"id": "1", "text": "A."}\n{"id": "2", "text": "B."}\n'
    assert [p.id for p in iter_pages(["-"], stdin=io.BytesIO(recs))] == ["1", "2"]
    (page,) = iter_pages(["-"], Hints(url="https://x.test/a"), stdin=io.BytesIO(HTML.encode()))
    assert page.kind == "html" and page.url == "https://x.test/a"
    (empty,) = iter_pages(["-"], stdin=io.BytesIO(b"  \n"))
    assert isinstance(empty, Rejection) and empty.reason == "empty"


def test_warc_reads_html_responses_only(tmp_path):
    warcio = pytest.importorskip("warcio")
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = tmp_path / "crawl.warc.gz"
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for url, status, ctype, body in [
            ("https://a.test/berita/1", "200 OK", "text/html; charset=utf-8", HTML.encode()),
            ("https://a.test/logo.png", "200 OK", "image/png", b"\x89PNG"),
            ("https://a.test/gone", "404 Not Found", "text/html", b"<html>no</html>"),
            ("https://a.test/berita/2", "200 OK", "text/html; charset=iso-8859-1", "<html><body><p>Caf\xe9</p></body></html>".encode("latin-1")),
        ]:
            headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers))
    assert warcio
    pages = list(iter_pages([str(path)]))
    assert [p.url for p in pages] == ["https://a.test/berita/1", "https://a.test/berita/2"]
    assert "Café" in pages[1].content
    # the same archive cut short, and a file that is no WARC at all: counted as unreadable, not silently empty
    (tmp_path / "cut.warc.gz").write_bytes(path.read_bytes()[:6])
    (tmp_path / "notes.warc").write_text("not a web archive\n" * 5)
    for name in ("cut.warc.gz", "notes.warc"):
        (bad,) = iter_pages([str(tmp_path / name)])
        assert isinstance(bad, Rejection) and bad.reason == "unreadable", bad


def test_record_rules():
    with pytest.raises(Rejected):
        page_from_record({"text": 5})
    page = page_from_record({"id": 17, "text": "x", "published": "2019-09-12"})
    assert page.id == "17" and page.published == "2019-09-12"


def test_same_page_same_id_and_url_beats_content():
    a = Page("x", "text", url="https://a.test/1")
    b = Page("y", "text", url="https://a.test/1")
    assert a.fingerprint() == b.fingerprint()
    assert Page("x", "text").fingerprint() == Page("x", "text").fingerprint() != Page("y", "text").fingerprint()


@given(st.binary(max_size=300))
def test_decode_never_raises(data):
    assert isinstance(decode(data), str)


@given(st.text(max_size=300))
def test_looks_like_html_never_raises(text):
    looks_like_html(text)


@pytest.mark.parametrize("value", ["2019-09-12", "2019-09-12T10:00:00+07:00", "2023-07-01T02:46:00Z", "2019-09-12 10:00"])
def test_published_accepts_iso_dates_and_datetimes(value):
    assert page_from_record({"text": "x", "published": value}).published == value


@pytest.mark.parametrize("value", ["kemarin sore", "12/09/2019 10:00", "2019-13-01"])
def test_published_that_is_not_iso_is_a_counted_rejection(value, tmp_path):
    with pytest.raises(Rejected, match="ISO 8601"):
        page_from_record({"text": "x", "published": value})
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps({"text": "x", "published": value}) + "\n" + json.dumps({"text": "y"}) + "\n")
    out = list(iter_pages([str(path)]))
    assert isinstance(out[0], Rejection) and out[0].reason == "bad-published" and isinstance(out[1], Page)


@pytest.mark.parametrize("given,code", [("ID", "id"), ("id-ID", "id"), ("en_GB", "en"), (" en ", "en")])
def test_language_codes_are_normalised(given, code):
    assert page_from_record({"text": "x", "language": given}).language == code

def test_binary_junk_is_a_counted_rejection_and_real_text_in_any_encoding_is_not(tmp_path):
    import random

    junk = random.Random(7).randbytes(20_000)
    (tmp_path / "image.html").write_bytes(junk)
    (tmp_path / "archive.txt").write_bytes(gzip.compress(HTML.encode() * 50))  # not named .gz: bytes, not text
    (tmp_path / "utf16.html").write_bytes(HTML.encode("utf-16"))  # NUL bytes, but text once decoded
    (tmp_path / "latin1.txt").write_bytes("Caf\xe9 \u201cberita\u201d".encode("cp1252"))
    results = {Path(r.origin).name: r for r in iter_pages(expand([str(tmp_path)]))}
    assert isinstance(results["image.html"], Rejection) and results["image.html"].reason == "binary"
    assert isinstance(results["archive.txt"], Rejection) and results["archive.txt"].reason == "binary"
    assert isinstance(results["utf16.html"], Page) and "Isi berita" in results["utf16.html"].content
    assert isinstance(results["latin1.txt"], Page)
    (stdin,) = iter_pages(["-"], stdin=io.BytesIO(junk))
    assert isinstance(stdin, Rejection) and (stdin.origin, stdin.reason) == ("<stdin>", "binary")


def test_stdin_jsonl_is_streamed_and_a_bad_line_is_one_rejection():
    class LinesOnly(io.BytesIO):
        def read(self, *args):  # reading all of stdin at once would hold a piped corpus in memory
            raise AssertionError("stdin read whole")

    recs = b'\n{"id": "1", "text": "A."}\n{broken\n[1]\n{"id": "2", "text": "B."}\n'
    out = list(iter_pages(["-"], stdin=LinesOnly(recs)))
    assert [type(r).__name__ for r in out] == ["Page", "Rejection", "Rejection", "Page"]
    assert [r.reason for r in out if isinstance(r, Rejection)] == ["bad-json", "bad-record"]
    assert out[1].origin == "<stdin>:3"
    (page,) = iter_pages(["-"], stdin=io.BytesIO(b'{"not": "closed"\n' + HTML.encode()))  # a page, not records
    assert isinstance(page, Page) and page.content.startswith("{")

    assert isinstance(page, Page) and page.content.startswith("{")


def test_a_symlink_loop_in_a_folder_is_read_once(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.html").write_text(HTML)
    (tmp_path / "sub" / "up").symlink_to("..")  # sub/up/sub/up/... for ever, if links were followed
    assert expand([str(tmp_path)]) == [str(tmp_path / "a.html")]

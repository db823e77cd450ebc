"""Property tests: any text or HTML gives an Article or a Rejected, never another exception; every value found is
sane (spans in bounds, dates parse, parts come from the input)."""

from __future__ import annotations

import json
from datetime import datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from warta.errors import Rejected
from warta.extract import extract_page
from warta.extract.boilerplate import credit_of, strip_editor_code
from warta.extract.byline import parse_byline
from warta.extract.dateline import split_lead
from warta.extract.dates import find_date, normalize
from warta.model import Page

# Words that exercise the rules: markers, month names, zones, labels, credits, separators.
WORDS = st.sampled_from([
    "Baca juga:", "ADVERTISEMENT", "TERKAIT", "Tags:", "FOLLOW US", "Penulis:", "Editor:", "By", "Oleh", "(WIL)",
    "(rzy/ant)", "JAKARTA,", "KOMPAS.com", "-", "–", ":", "(ANTARA)", "(Reuters)", "•", "|", "Juli", "Mar", "2023",
    "01", "14", "09:46", "10.15", "WIB", "WITA", "EDT", "GMT+7", "Kamis,", "March", "Foto:", "Dok.", "(AFP)",
    "(ANTARA FOTO/Ani)", "/", "Willy", "Haryono", "Jane", "Doe", "Moskow:", "Presiden", "mengatakan", "said", "the",
    "\n", "\n\n", " ", "Copyright", "©", "Hak Cipta", "Artikel ini telah tayang di", "\u00a0", "\u200b", "é", "東京",
])  # fmt: skip
TEXTS = st.one_of(st.text(max_size=400), st.lists(WORDS, max_size=80).map(" ".join))


def _iso_ok(value: str | None) -> bool:
    if value is None:
        return True
    datetime.fromisoformat(value)
    return True


def _check_article(page: Page) -> None:
    try:
        a = extract_page(page, min_chars=1)
    except Rejected as err:
        assert err.reason in {"empty", "too-short", "unparseable", "not-news"}
        return
    assert a.text and a.text == a.text.strip() and "\n\n\n" not in a.text
    assert _iso_ok(a.published)
    assert all(isinstance(x, str) and x.strip() for x in a.authors)
    assert len({c.text for c in a.captions if c.text}) == len([c for c in a.captions if c.text])
    if a.dateline:
        assert a.dateline.text.strip()


@settings(max_examples=60, deadline=None)
@given(TEXTS)
def test_any_text_page(content):
    _check_article(Page(content, "text"))


@st.composite
def html_pages(draw):
    blocks = draw(st.lists(st.tuples(st.sampled_from(["p", "div", "h1", "figcaption", "span", "li", "time", "td"]),
                                     TEXTS), max_size=12))  # fmt: skip
    body = "".join(f"<{tag} class='{draw(st.sampled_from(['', 'caption', 'author', 'date', 'credit']))}'>{text}</{tag}>"
                   for tag, text in blocks)  # fmt: skip
    ld = draw(st.one_of(st.none(), st.recursive(
        st.one_of(st.none(), st.booleans(), st.integers(), TEXTS),
        lambda kids: st.one_of(st.lists(kids, max_size=3),
                               st.dictionaries(st.sampled_from(["@type", "@graph", "@id", "author", "name", "headline",
                                                                "datePublished", "publisher", "articleBody"]),
                                               kids, max_size=4)),
        max_leaves=8)))  # fmt: skip
    head = f"<script type='application/ld+json'>{json.dumps(ld)}</script>" if ld is not None else ""
    head += f"<meta property='article:published_time' content='{draw(TEXTS)[:40]}'>"
    raw = draw(st.sampled_from(["", "<", "</div>", "<!--", "<![CDATA[", "&amp;", "\x00"]))
    return f"<html><head>{head}</head><body>{body}{raw}</body></html>"


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(html_pages(), st.sampled_from([None, "https://news.example.id/a", "not a url", "http://[::1"]))
def test_any_html_page(html, url):
    _check_article(Page(html, "html", url=url))


@settings(max_examples=100, deadline=None)
@given(TEXTS)
def test_find_date_spans(text):
    found = find_date(text)
    if found is not None:
        assert 0 <= found.start < found.end <= len(text)
        assert _iso_ok(found.iso)
    assert _iso_ok(normalize(text))


@settings(max_examples=100, deadline=None)
@given(TEXTS)
def test_byline_names_come_from_the_line(line):
    byline = parse_byline(line)
    if byline is not None:
        flat = " ".join(line.split())
        assert all(name in flat for name in byline.authors)


@settings(max_examples=100, deadline=None)
@given(TEXTS)
def test_dateline_split_keeps_the_rest(paragraph):
    lead = split_lead(paragraph)
    assert paragraph.endswith(lead.rest)
    if lead.dateline is not None:
        assert lead.dateline in paragraph[: len(paragraph) - len(lead.rest)]


@settings(max_examples=100, deadline=None)
@given(TEXTS)
def test_credit_and_editor_code_are_parts_of_the_line(line):
    split = credit_of(line)
    if split is not None:
        text, credit = split
        assert line.startswith(text) and credit in line
    assert line.startswith(strip_editor_code(line))

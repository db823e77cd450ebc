"""Property-based: any Doc -> store -> article(id) == normalise(Doc.to_dict()); writes are idempotent; no user
query string makes the store raise."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from store_fixtures import ENGINES, db_url
from warta.model import (
    EVENT_TYPES, Actor, Article, Caption, Dateline, Doc, Entity, Event, Participant, Place, Quote, Sentence, Span,
    TimeExpr, Trigger,
)  # fmt: skip
from warta.store import normalise, open_store

HOSTILE = st.sampled_from(['"', "'", "OR", "NEAR(", "*", "--", ";", "\x00", "\ud800", "\\", "%", "😀", "\n"])
texts = st.lists(st.one_of(st.text(max_size=12), HOSTILE), max_size=6).map("".join)
maybe = lambda s: st.none() | s  # noqa: E731
floats = st.floats(allow_nan=True, allow_infinity=True, width=64)
codes = maybe(st.sampled_from(["RUS", "IND", "IDN", "IGO"]) | texts)


@st.composite
def docs(draw) -> Doc:
    text = draw(texts)
    n = len(text)

    def span():
        start = draw(st.integers(0, n))
        return start, draw(st.integers(start, n))

    def place(in_text=True):
        start, end = span()
        return Place(draw(texts), draw(codes), draw(maybe(floats)), draw(maybe(floats)),
                     draw(maybe(st.integers(0, 2**62))), text[start:end] if in_text else None,
                     start if in_text else None, end if in_text else None)  # fmt: skip

    def participant():
        start, end = span()
        return Participant(draw(texts), text[start:end], start, end, draw(maybe(texts)), draw(codes), draw(codes))

    def event(i):
        ts, te = span()
        ss, se = span()
        return Event(
            id=f"e{i}", type=draw(st.sampled_from(EVENT_TYPES)), sentence=Span(ss, se), trigger=Trigger(text[ts:te], ts, te),
            mode=draw(maybe(texts)), contexts=draw(st.lists(texts, max_size=2)),
            actors=[participant() for _ in range(draw(st.integers(0, 2)))],
            recipients=[participant() for _ in range(draw(st.integers(0, 2)))],
            date=draw(maybe(st.sampled_from(["2023-06-30", "2023-06", "2023", "x"]) | texts)),
            place=place() if draw(st.booleans()) else None, negated=draw(st.booleans()),
            modality=draw(st.sampled_from(["asserted", "future", "hypothetical", "reported"])),
            confidence=draw(floats), score=draw(maybe(floats)), quad=draw(maybe(st.integers(1, 4))),
            cameo=draw(maybe(texts)), evidence=[Span(*span()) for _ in range(draw(st.integers(0, 2)))],
        )  # fmt: skip

    def mention(kind, *extra):
        start, end = span()
        return kind(text[start:end], start, end, *extra)

    article = Article(
        id=draw(st.text(min_size=1, max_size=8) | HOSTILE), text=text, url=draw(maybe(texts)), source=draw(maybe(texts)),
        language=draw(maybe(st.sampled_from(["id", "en", "xx"]) | texts)), title=draw(maybe(texts)),
        authors=draw(st.lists(texts, max_size=2)),
        published=draw(maybe(st.sampled_from(["2023-07-01T09:46:00+07:00", "2023-07-01", "2023"]) | texts)),
        dateline=Dateline(draw(texts), place(False) if draw(st.booleans()) else None) if draw(st.booleans()) else None,
        captions=[Caption(draw(texts), draw(maybe(texts))) for _ in range(draw(st.integers(0, 2)))],
    )  # fmt: skip
    k = lambda: range(draw(st.integers(0, 3)))  # noqa: E731
    return Doc(
        article=article,
        sentences=[Sentence(*span()) for _ in k()],
        entities=[mention(Entity, draw(st.sampled_from(["PER", "ORG", "GPE"])), draw(texts), draw(maybe(texts)),
                          draw(codes), draw(codes)) for _ in k()],
        times=[mention(TimeExpr, "DATE", draw(maybe(texts))) for _ in k()],
        places=[place() for _ in k()],
        quotes=[mention(Quote, draw(maybe(texts)),
                        Actor(draw(texts), draw(maybe(texts)), draw(codes), draw(codes)) if draw(st.booleans()) else None)
                for _ in k()],
        events=[event(i) for i in k()],
        versions=draw(st.dictionaries(texts, texts, max_size=2)),
    )  # fmt: skip


@pytest.fixture(params=ENGINES, scope="module")
def shared_store(request, tmp_path_factory):
    url = db_url(request.param, tmp_path_factory.mktemp("prop"))
    with open_store(url) as store:
        yield store


_settings = settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                             HealthCheck.too_slow])  # fmt: skip


@_settings
@given(doc=docs())
def test_round_trip_and_idempotency(shared_store, doc):
    expected = normalise(doc.to_dict())
    shared_store.write(doc)
    assert shared_store.article(doc.article.id) == expected
    assert shared_store.write(doc) is False
    assert shared_store.has(doc.article.id)
    assert Doc.from_dict(expected).to_dict() == expected  # what the store gives back is a valid Doc again


@_settings
@given(q=st.text(max_size=30) | st.lists(HOSTILE, max_size=5).map(" ".join))
def test_no_query_string_makes_the_store_raise(shared_store, q):
    shared_store.search(q)
    shared_store.articles(q=q, source=q, lang=q)
    shared_store.events(q=q, actor=q, recipient=q, type=q)
    shared_store.relations(q, q)

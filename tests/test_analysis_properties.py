"""Property test of the real analysis chain (sentences -> entities -> times -> places -> quotes -> events, the stages
as registered, with their knowledge base and lexicons) on generated Indonesian- and English-like token soup: names
the knowledge base knows, offices, the packs' trigger and function words, numbers and dates, odd punctuation and
every kind of quote, in short sentences and in very long ones (a list or table scraped as one "sentence").

Whatever the words, the stages never raise, and:
- every entity, time, place, quote and event span lies inside the text and ``text[start:end]`` is its text;
- each event's sentence span contains its trigger, and is one of the document's sentences;
- no participant mention is both an actor and a recipient of one event;
- every event type is one of PLOVER's 16, its mode one of that type's modes.

The test runs a few seconds (WARTA_ANALYSIS_EXAMPLES raises the number of examples for a deeper run)."""

from __future__ import annotations

import os
from functools import cache

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from warta import registry
from warta.analyze import plover
from warta.analyze.triggers import lexicon
from warta.model import EVENT_TYPES, Article, Doc

STAGES = ("sentences", "entities", "times", "places", "quotes", "events")

NAMES = {
    "id": ["Presiden Rusia Vladimir Putin", "Perdana Menteri India Narendra Modi", "Presiden Joko Widodo", "Jokowi",
           "Menteri Luar Negeri Retno Marsudi", "Amerika Serikat", "AS", "Tiongkok", "Korea Utara", "Israel",
           "Palestina", "Hamas", "KPK", "Polri", "TNI", "DPR", "PBB", "Kremlin", "Kyiv", "Jakarta", "Moskow",
           "polisi", "mahasiswa", "warga Rusia", "Taliban", "Uni Eropa", "ASEAN"],
    "en": ["Russian President Vladimir Putin", "Indian Prime Minister Narendra Modi", "President Joe Biden",
           "the United States", "China", "North Korea", "Israel", "Hamas", "the Kremlin", "Kyiv", "Washington",
           "the police", "rebels", "Iranian", "the European Union", "NATO", "the UN Security Council", "Beijing"],
}  # fmt: skip
DATES = {
    "id": ["Senin", "pada Jumat, 30 Juni 2023", "(12/9/2019)", "pekan lalu", "tahun 2022", "pukul 14.00 WIB",
           "besok", "24 Juni"],
    "en": ["on Monday", "June 30, 2023", "last week", "in 2022", "at 2 p.m.", "tomorrow", "24 June"],
}  # fmt: skip
PUNCT = [",", ".", ";", ":", "(", ")", "[", "]", '"', "'", "“", "”", "‘", "’", "«", "»", "—", "-", "–", "?", "!",
         "…", "...", "/", "&", "%", "*", "\n", "\n\n", " ", "\u00a0"]  # fmt: skip
NUMBERS = ["3", "1.000", "3,5", "2019", "10", "RP 1,5 triliun", "1.", "a."]


@cache
def _words(code: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(trigger phrases, function and cue words) of a language pack, sorted so that examples replay."""
    lex = lexicon(code)
    triggers = sorted({" ".join(words) for options in lex.phrases.values() for words, _, _ in options})
    cues: set[str] = set()

    def walk(value) -> None:
        if isinstance(value, str):
            cues.update(value.split())
        elif isinstance(value, list):
            for v in value:
                walk(v)
        elif isinstance(value, dict):
            for v in value.values():
                walk(v)

    for key in ("cues", "arguments"):
        walk(lex.data.get(key, {}))
    return tuple(triggers), tuple(sorted(cues))


@cache
def _stages():
    return [registry.get(name).build({}) for name in STAGES]


@st.composite
def documents(draw) -> tuple[str, str]:
    lang = draw(st.sampled_from(["id", "en"]))
    triggers, cues = _words(lang)
    piece = st.one_of(
        st.sampled_from(NAMES[lang]),
        st.sampled_from(triggers),
        st.sampled_from(triggers).map(str.capitalize),
        st.sampled_from(cues),
        st.sampled_from(DATES[lang]),
        st.sampled_from(PUNCT),
        st.sampled_from(NUMBERS),
        st.text(alphabet="abcdeiklmnoprstuAKMPR'’-.", min_size=1, max_size=8),  # made-up words and initials
    )
    parts = draw(st.lists(piece, min_size=1, max_size=40))
    if draw(st.integers(0, 4)) == 0:
        # a very long "sentence": a list of clauses joined by commas, no full stop (~120-300 words)
        clause = st.tuples(st.sampled_from(NAMES[lang]), st.sampled_from(triggers), st.sampled_from(NAMES[lang]))
        items = draw(st.lists(clause, min_size=40, max_size=100))
        parts += [", ".join(" ".join(c) for c in items)]
    if draw(st.booleans()):
        at = draw(st.integers(0, len(parts)))
        parts.insert(at, draw(st.sampled_from(['"', "“", "«", "'"])))  # a quote opened and maybe never closed
    sep = draw(st.sampled_from([" ", " ", "  ", "", " \n"]))
    return sep.join(parts), lang


def _analyse(text: str, lang: str) -> Doc:
    doc = Doc(article=Article(id="prop", text=text, language=lang, published="2023-07-01T09:00:00+07:00"))
    for run in _stages():
        doc = run(doc)
    return doc


def _inside(text: str, start, end, surface: str | None = None) -> None:
    assert start is not None and end is not None
    assert 0 <= start <= end <= len(text)
    if surface is not None:
        assert text[start:end] == surface


@settings(
    max_examples=int(os.environ.get("WARTA_ANALYSIS_EXAMPLES", "30")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(documents())
def test_entity_and_event_stages_keep_their_invariants(sample):
    text, lang = sample
    doc = _analyse(text, lang)
    sentences = {(s.start, s.end) for s in doc.sentences}
    for s in doc.sentences:
        _inside(text, s.start, s.end)
    for e in doc.entities:
        _inside(text, e.start, e.end, e.text)
    for t in doc.times:
        _inside(text, t.start, t.end, t.text)
    for p in doc.places:
        if p.start is not None:
            _inside(text, p.start, p.end, p.text)
    for q in doc.quotes:
        _inside(text, q.start, q.end)
    for ev in doc.events:
        assert ev.type in EVENT_TYPES
        assert ev.mode is None or plover.is_mode(ev.type, ev.mode), (ev.type, ev.mode)
        assert (ev.sentence.start, ev.sentence.end) in sentences
        assert ev.sentence.start <= ev.trigger.start < ev.trigger.end <= ev.sentence.end
        _inside(text, ev.trigger.start, ev.trigger.end, ev.trigger.text)
        assert 0.0 <= ev.confidence <= 1.0
        for p in ev.actors + ev.recipients:
            _inside(text, p.start, p.end, p.text)
        actors = {(p.name, p.start, p.end) for p in ev.actors}
        assert not actors & {(p.name, p.start, p.end) for p in ev.recipients}, (ev.type, ev.actors, ev.recipients)


@given(st.sampled_from(["id", "en"]), st.sampled_from(["", " ", "\n\n", '"', "“”", "...", "(", "—", ",,,"]))
def test_degenerate_text(lang, text):
    doc = _analyse(text, lang)
    assert all(ev.type in EVENT_TYPES for ev in doc.events)

"""Property test of the events stage: sentences built from the language packs' own trigger words, cue and function
words and the names of ``test_events.PARTIES``, in either language and through either language's rules (English text
through the Indonesian pack and the reverse). Whatever the words, the stage never raises, every span it returns
points into the text, confidence stays in [0, 1], every type is one of PLOVER's 16, and the same input gives the same
output. (WARTA_EVENTS_EXAMPLES=3000 runs the generated sentences deeper than the default 150.)"""

from __future__ import annotations

import inspect
import os
import re
import sys
from functools import cache

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_events import PARTIES, make_doc

from warta.analyze.events import extract
from warta.analyze.triggers import lexicon
from warta.model import EVENT_TYPES, Place


def _words(value) -> list[str]:
    """Every word of every string the value holds (lists and tables of the pack's cue sections)."""
    if isinstance(value, str):
        return value.split()
    if isinstance(value, list):
        return [w for v in value for w in _words(v)]
    if isinstance(value, dict):
        return [w for v in value.values() for w in _words(v)]
    return []


@cache
def _vocabulary(code: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(trigger phrases, cue and function words) of a language pack, sorted so that examples replay."""
    lex = lexicon(code)
    triggers = sorted({" ".join(words) for options in lex.phrases.values() for words, _, _ in options})
    cues = sorted({w for key in ("cues", "arguments", "agents", "implied") for w in _words(lex.data.get(key, {}))})
    return tuple(triggers), tuple(cues)


NAMES = sorted(PARTIES)
# (surface, value) of time expressions the time layer gives: dates, weekdays, weeks, months, durations, odd values
TIMES = [
    ("Senin", "2023-06-26"), ("Rabu", "2023-07-05"), ("30 Juni 2023", "2023-06-30"), ("Monday", "2023-06-26"),
    ("pekan lalu", "2023-W25"), ("Februari", "2024-02"), ("2022", "2022"), ("tiga hari", "P3D"),
    ("pukul 14.00", "2023-07-01T14:00"), ("kemarin", ""), ("tahun 99", "0099"), ("minggu depan", "2023-W27"),
]  # fmt: skip
PUNCT = [",", ".", ":", "(", ")", '"', "'", "—", "-", "?", "!", "…"]


@st.composite
def texts(draw) -> tuple[str, str]:
    words_lang = draw(st.sampled_from(["id", "en"]))
    rules_lang = draw(st.sampled_from(["id", "en", words_lang, words_lang]))  # mostly the text's own language
    triggers, cues = _vocabulary(words_lang)
    piece = st.one_of(
        st.sampled_from(triggers),
        st.sampled_from(triggers).map(str.capitalize),
        st.sampled_from(NAMES),
        st.sampled_from(cues),
        st.sampled_from(PUNCT),
    )
    filler = st.lists(st.one_of(st.sampled_from(cues), st.sampled_from(PUNCT)), max_size=3)
    clause = st.tuples(
        filler, st.sampled_from(NAMES), filler, st.sampled_from(triggers), filler, st.sampled_from(NAMES), filler
    ).map(lambda parts: [w for part in parts for w in ([part] if isinstance(part, str) else part)])
    sentences = draw(st.lists(st.one_of(clause, st.lists(piece, max_size=30)), min_size=1, max_size=4))
    if draw(st.booleans()):
        sentences.append([draw(st.sampled_from(triggers))] * draw(st.integers(1, 80)))  # a very long run of triggers
    end = draw(st.sampled_from([".", "!", "?", "", '."']))
    text = " ".join(" ".join(s) + end for s in sentences)
    if draw(st.booleans()):
        text = f'"{text}"'  # text that is only a quote
    times = {}
    for surface, value in draw(st.lists(st.sampled_from(TIMES), max_size=3, unique=True)):
        text = text.replace(" ", f" pada {surface} ", 1) if " " in text else f"{text} {surface}"
        times[surface] = value
    context = {
        "times": times,
        "published": draw(st.sampled_from(["2023-07-01T09:00:00+07:00", "2023-07-01", "", "bukan tanggal"])),
        "places": tuple(n for n in draw(st.lists(st.sampled_from(NAMES), max_size=2, unique=True)) if n in text),
        "dateline": draw(st.sampled_from([None, Place("Jakarta", "IDN"), Place("Moskow", "RUS"), Place("X")])),
    }
    return text, rules_lang, context


def _key(events) -> list[tuple]:
    return [
        (
            e.id, e.type, e.mode, tuple(e.contexts), e.trigger, e.sentence, e.negated, e.modality, e.date,
            e.confidence, tuple((p.name, p.country, p.start, p.end) for p in e.actors),
            tuple((p.name, p.country, p.start, p.end) for p in e.recipients),
        )
        for e in events
    ]  # fmt: skip


@settings(
    max_examples=int(os.environ.get("WARTA_EVENTS_EXAMPLES", "150")), suppress_health_check=[HealthCheck.too_slow]
)
@given(texts())
def test_events_stage_on_generated_sentences(sample):
    text, lang, context = sample
    events = extract(make_doc(text, lang, **context))
    for e in events:
        assert e.type in EVENT_TYPES
        assert 0.0 <= e.confidence <= 1.0
        assert 0 <= e.sentence.start <= e.trigger.start < e.trigger.end <= e.sentence.end <= len(text)
        assert text[e.trigger.start : e.trigger.end] == e.trigger.text
        assert e.date is None or re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", e.date), e.date
        if e.place is not None and e.place.start is not None:
            assert text[e.place.start : e.place.end] == e.place.text
        for span in e.evidence:
            assert 0 <= span.start < span.end <= len(text)
        for p in e.actors + e.recipients:
            if p.start is not None and p.end is not None:
                assert 0 <= p.start <= p.end <= len(text)
                assert text[p.start : p.end] == p.text
    again = extract(make_doc(text, lang, **context))
    assert _key(again) == _key(events)


@given(st.sampled_from(["id", "en"]), st.sampled_from(["", " ", ".", '""', "dan", "and", "\n\n"]))
def test_events_stage_on_degenerate_text(lang, text):
    for e in extract(make_doc(text, lang)):
        assert e.type in EVENT_TYPES


def test_a_run_on_chain_of_coordinated_verbs_stays_shallow():
    """Each verb of "A menyerang B dan menyerang C dan menyerang D …" shares the subject of the one before: followed
    back without a bound, a run-on sentence (a table or list the sentence splitter took for one sentence) recursed
    once per verb, past Python's limit, in time cubic in its length (``arguments.MAX_CHAIN``)."""
    names = ["Rusia", "India", "Ukraina", "Israel", "Iran", "Turki", "Jepang", "China"]
    text = "Indonesia menyerang " + " dan menyerang ".join(names[i % 8] for i in range(120)) + "."
    doc = make_doc(text, "id")
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(len(inspect.stack()) + 150)  # 120 verbs deep overflows it; 8 do not
    try:
        events = extract(doc)
    finally:
        sys.setrecursionlimit(limit)
    assert events and all(e.type == "ASSAULT" for e in events)

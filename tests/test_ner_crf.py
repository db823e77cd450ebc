"""The shipped Indonesian CRF tagger, its features and the tokenizer it shares with the entities stage."""

from __future__ import annotations

import itertools
import pickle

from hypothesis import given, settings
from hypothesis import strategies as st

from warta.analyze.gazetteer import Gazetteer
from warta.analyze.ner_crf import CrfTagger, bio_spans, casing_bucket, packaged_model, shape
from warta.analyze.tokens import tokenize

TAGGER = CrfTagger()  # loads on first use; shared so the property test does not reload it per example


def test_the_packaged_model_loads_and_tags():
    tagger = CrfTagger()
    assert packaged_model().is_file() and tagger.available
    words = [t.text for t in tokenize("Presiden Joko Widodo bertemu pimpinan Partai Golkar di Istana Bogor , Jawa Barat .")]
    spans = {(" ".join(words[i:j]), label) for i, j, label in bio_spans(tagger.tag(words))}
    assert ("Joko Widodo", "PER") in spans
    assert ("Partai Golkar", "ORG") in spans
    assert ("Jawa Barat", "LOC") in spans


def test_the_tagger_pickles_without_its_model():
    tagger = CrfTagger()
    tagger.tag(["Jakarta"])
    clone = pickle.loads(pickle.dumps(tagger))
    assert clone._tagger is None
    assert clone.tag(["Menurut", "Susilo", "Bambang", "Yudhoyono"])[1:] == ["B-PER", "I-PER", "I-PER"]


def test_casing_lexicon_separates_names_from_words():
    tagger = TAGGER
    assert tagger.casing_of("Jakarta") in "Cc"
    assert tagger.casing_of("pemerintah") in "lL"
    assert tagger.casing_of("Xqzzyvok") == "U"
    assert casing_bucket((9, 1)) == "C" and casing_bucket((1, 99)) == "L"


def test_shape_and_bio_spans():
    assert shape("Jokowi") == "Xx" and shape("KPK") == "X" and shape("PDI-P") == "X-X" and shape("2014") == "d"
    assert bio_spans(["B-PER", "I-PER", "O", "I-ORG", "B-LOC", "B-LOC"]) == [(0, 2, "PER"), (3, 4, "ORG"),
                                                                            (4, 5, "LOC"), (5, 6, "LOC")]  # fmt: skip


def test_tokens_keep_compounds_and_split_possessives():
    words = [t.text for t in tokenize("Jokowi-JK ke Kompas.com; U.S. envoy, India's PM O'Brien.")]
    assert words == ["Jokowi-JK", "ke", "Kompas.com", ";", "U.S.", "envoy", ",", "India", "'s", "PM", "O'Brien", "."]


def test_gazetteer_longest_match_word_boundaries_and_case():
    gaz = Gazetteer([("Amerika Serikat", "country:USA", None), ("Amerika", "region:americas", None),
                     ("AS", "country:USA", None), ("Turki", "country:TUR", None)])  # fmt: skip
    text = "Amerika Serikat, AS, as, Turkiye dan turki."
    found = [(text[m.start : m.end], m.keys[0]) for m in gaz.find(text)]
    assert found == [("Amerika Serikat", "country:USA"), ("AS", "country:USA")]


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=120))
def test_tokens_are_spans_of_the_text(text):
    for t in tokenize(text):
        assert text[t.start : t.end] == t.text and t.text.strip() == t.text and t.text


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "I-LOC"]), max_size=12))
def test_bio_spans_are_disjoint_and_in_bounds(tags):
    spans = bio_spans(tags)
    for i, j, label in spans:
        assert 0 <= i < j <= len(tags) and all(t.endswith(label) for t in tags[i:j])
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans))


@settings(max_examples=30, deadline=None)
@given(st.lists(st.text(alphabet="abcXYZ-.,'", min_size=1, max_size=8), max_size=10))
def test_tagger_never_raises(words):
    tags = TAGGER.tag(words)
    assert len(tags) == len(words)

"""The entities stage: title patterns, knowledge-base links, coreference, both languages."""

from __future__ import annotations

import itertools
import pickle

import pytest
from entity_helpers import make_doc, tiny_kb
from hypothesis import given, settings
from hypothesis import strategies as st

from warta.analyze.entities import Entities
from warta.model import Page
from warta.pipeline import Pipeline


@pytest.fixture(scope="module")
def stage():
    s = Entities()
    s.kb = tiny_kb()
    return s


def find(doc, text):
    return [e for e in doc.entities if e.text == text]


def one(doc, text):
    hits = find(doc, text)
    assert hits, f"{text!r} not found in {[e.text for e in doc.entities]}"
    return hits[0]


def code(e):
    return (e.country, e.sector)


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Presiden Rusia Vladimir Putin menelepon rekannya.", "Vladimir Putin", ("RUS", "GOV")),
        ("Perdana Menteri India Narendra Modi tiba di Moskow.", "Narendra Modi", ("IND", "GOV")),
        ("Sementara itu, PM India Narendra Modi tiba.", "Narendra Modi", ("IND", "GOV")),
        ("Menlu RI Retno Marsudi bertemu mitranya.", "Retno Marsudi", ("IDN", "GOV")),
        ("Kapolri Jenderal Listyo Sigit meninjau lokasi.", "Listyo Sigit", ("IDN", "COP")),
        ("Hal itu disampaikan mantan Presiden Rusia Dmitry Medvedev kemarin.", "Dmitry Medvedev", ("RUS", "ELI")),
    ],
)
def test_indonesian_titles_give_country_and_sector(stage, text, name, expected):
    doc = stage(make_doc(text))
    e = one(doc, name)
    assert e.type == "PER" and code(e) == expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("U.S. Secretary of State Antony Blinken arrived in Delhi.", "Antony Blinken", ("USA", "GOV")),
        ("On Friday India's Prime Minister Narendra Modi spoke.", "Narendra Modi", ("IND", "GOV")),
        ("Talks were held with Russian President Vladimir Putin on Friday.", "Vladimir Putin", ("RUS", "GOV")),
        ("Then Prime Minister of India Narendra Modi spoke.", "Narendra Modi", ("IND", "GOV")),
    ],
)
def test_english_titles_give_country_and_sector(stage, text, name, expected):
    doc = stage(make_doc(text, "en"))
    assert code(one(doc, name)) == expected


def test_coreference_surname_given_name_and_office(stage):
    text = ("Presiden Rusia Vladimir Putin dan Perdana Menteri India Narendra Modi berbicara. "
            "Putin memberi tahu Modi soal Ukraina. Presiden Rusia menilai situasi saat ini. "
            "Vladimir menambahkan bahwa Narendra setuju.")  # fmt: skip
    doc = stage(make_doc(text))
    putins = find(doc, "Putin")
    assert putins and all(e.name == "Vladimir Putin" and code(e) == ("RUS", "GOV") for e in putins)
    assert one(doc, "Modi").name == "Narendra Modi" and code(one(doc, "Modi")) == ("IND", "GOV")
    office = one(doc, "Presiden Rusia")
    assert office.type == "PER" and office.name == "Vladimir Putin"
    assert one(doc, "Vladimir").name == "Vladimir Putin"
    assert one(doc, "Narendra").name == "Narendra Modi"


def test_shared_surname_is_left_alone(stage):
    text = "Presiden Rusia Ivan Petrov bertemu Menlu India Anna Petrov. Petrov lalu pulang."
    doc = stage(make_doc(text))
    assert all(e.name != "Ivan Petrov" and e.name != "Anna Petrov" for e in find(doc, "Petrov"))


def test_kb_links_and_case_sensitive_short_aliases(stage):
    doc = stage(make_doc("Kremlin dan AS membahas SCO. Hal itu terjadi as usual.", "id"))
    assert code(one(doc, "Kremlin")) == ("RUS", "GOV") and one(doc, "Kremlin").kb_id == "org:kremlin"
    assert one(doc, "AS").kb_id == "country:USA"
    assert one(doc, "SCO").country == "IGO"
    assert not find(doc, "as")


def test_kb_person_coded_by_term_at_article_date(stage):
    doc = stage(make_doc("Jokowi meresmikan jalan tol.", published="2020-01-01"))
    assert code(one(doc, "Jokowi")) == ("IDN", "GOV")
    doc = stage(make_doc("Jokowi meresmikan jalan tol.", published="2025-01-01"))
    assert code(one(doc, "Jokowi")) == ("IDN", "ELI")


def test_unknown_names_from_the_tagger_and_cues(stage):
    doc = stage(make_doc("Ketua Umum Partai Demokrat Agus Harimurti Yudhoyono bertemu Budi Santoso di Surabaya."))
    assert one(doc, "Agus Harimurti Yudhoyono").type == "PER"
    assert one(doc, "Partai Demokrat").type == "ORG"
    assert one(doc, "Surabaya").type in ("LOC", "GPE")


def test_a_longer_tagged_name_is_another_person(stage):
    doc = stage(make_doc("Dalam acara itu, Ani Yudhoyono hadir bersama keluarga. Yudhoyono sendiri tidak datang."))
    ani = one(doc, "Ani Yudhoyono")
    assert ani.type == "PER" and ani.kb_id is None
    assert one(doc, "Yudhoyono").kb_id == "person:susilo-bambang-yudhoyono"


def test_bracketed_acronym_names_the_organisation_afterwards(stage):
    doc = stage(make_doc("Ketua Umum Partai Persatuan Pembangunan (PPP) Suryadharma Ali menolak usul itu. "
                         "Sikap PPP tidak berubah."))  # fmt: skip
    org = [e for e in doc.entities if e.text.startswith("Partai Persatuan Pembangunan")]
    assert org and org[0].type == "ORG"
    later = [e for e in doc.entities if e.text == "PPP"]
    assert later and later[-1].type == "ORG" and later[-1].name == org[0].name
    assert one(doc, "Suryadharma Ali").sector == "PTY"


def test_sentence_initial_english_name_teaches_the_surname(stage):
    doc = stage(make_doc("Tony Blair's feud with Gordon Brown is over. Later Blair said it never began.", "en"))
    assert one(doc, "Tony Blair").type == "PER"
    assert one(doc, "Blair").name == "Tony Blair"


def test_organisation_takes_the_country_inside_it(stage):
    doc = stage(make_doc("Pernyataan itu dikeluarkan Kementerian Luar Negeri Rusia pada Senin."))
    e = one(doc, "Kementerian Luar Negeri Rusia")
    assert e.type == "ORG" and code(e) == ("RUS", "GOV")


def test_english_capitalised_names(stage):
    doc = stage(make_doc("On Monday the plan was backed by Keir Starmer and the Labour Party in Britain.", "en"))
    assert one(doc, "Keir Starmer").type == "PER"
    assert one(doc, "Labour Party").type == "ORG"
    assert one(doc, "Britain").kb_id == "country:GBR"


def test_stage_pickles_without_its_resources(stage):
    clone = pickle.loads(pickle.dumps(stage))
    assert clone._res == {} and clone.kb is None


def test_empty_text(stage):
    assert stage(make_doc("")).entities == []


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("Aa Bb Putin Rusia Presiden.,\"“”'’s()-\n\tİ")), max_size=200))
def test_offsets_valid_on_arbitrary_text(stage, text):
    doc = stage(make_doc(text))
    for e in doc.entities:
        assert 0 <= e.start < e.end <= len(text)
        assert text[e.start : e.end] == e.text
    spans = sorted((e.start, e.end) for e in doc.entities)
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans))


@settings(max_examples=40, deadline=None)
@given(st.text(max_size=150))
def test_no_raise_on_any_unicode(stage, text):
    for lang in ("id", "en"):
        for e in stage(make_doc(text, lang)).entities:
            assert text[e.start : e.end] == e.text


# --- the seed page, with the real knowledge base ------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed_doc(seed_page):
    return Pipeline(["extract", "language", "sentences", "entities"])(Page(seed_page, "text", origin="seed"))


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Vladimir Putin", "Vladimir Putin", ("RUS", "GOV")),
        ("Narendra Modi", "Narendra Modi", ("IND", "GOV")),
        ("Putin", "Vladimir Putin", ("RUS", "GOV")),
        ("Modi", "Narendra Modi", ("IND", "GOV")),
        ("Kremlin", "Kremlin", ("RUS", "GOV")),
        ("Alexander Lukashenko", "Alexander Lukashenko", ("BLR", "GOV")),
        ("Presiden Rusia", "Vladimir Putin", ("RUS", "GOV")),
    ],
)
def test_seed_actors(seed_doc, text, name, expected):
    hits = find(seed_doc, text)
    assert hits, text
    assert all(e.name == name and code(e) == expected for e in hits), [(e.name, code(e)) for e in hits]


def test_seed_groups_and_igos(seed_doc):
    assert all(e.country == "RUS" for e in find(seed_doc, "Yevgeny Prigozhin") + find(seed_doc, "Prigozhin"))
    assert find(seed_doc, "Prigozhin")
    assert one(seed_doc, "Wagner").country == "RUS"
    for acronym in ("SCO", "G20", "BRICS"):
        assert one(seed_doc, acronym).country == "IGO"

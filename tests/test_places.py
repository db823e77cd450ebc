"""The places stage and the gazetteer: datelines, entity toponyms, text matching, disambiguation by context."""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from warta.analyze.places import Places, resolve_dateline
from warta.kb.geo import PlaceContext, choose, gazetteer
from warta.model import Article, Caption, Dateline, Doc, Entity, Page


def make_doc(text: str, entities: list[tuple[str, str, str | None]] = (), dateline: str | None = None,
             captions: list[str] = (), language: str = "id") -> Doc:  # fmt: skip
    """A Doc with entities found by their first occurrence in the text: (surface, type, kb_id)."""
    ents = []
    pos = 0
    for surface, typ, kb_id in entities:
        start = text.index(surface, pos)
        ents.append(Entity(surface, start, start + len(surface), typ, surface, kb_id))
        pos = start + len(surface)
    article = Article(id="t", text=text, language=language, dateline=Dateline(dateline) if dateline else None,
                      captions=[Caption(c) for c in captions])  # fmt: skip
    return Doc(article=article, entities=ents)


@pytest.fixture(scope="module")
def stage():
    return Places()


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Moskow", "Moscow", "RUS"),
        ("JAKARTA", "Jakarta", "IDN"),
        ("WASHINGTON", "Washington", "USA"),
        ("Jenewa", "Geneva", "CHE"),
        ("Den Haag", "The Hague", "NLD"),
        ("Kairo", "Cairo", "EGY"),
        ("Yerusalem", "Jerusalem", "ISR"),
        ("BANDUNG", "Bandung", "IDN"),
        ("Jakarta, Kompas.com", "Jakarta", "IDN"),
        ("Beijing", "Beijing", "CHN"),
    ],
)
def test_dateline(text, name, country):
    place = resolve_dateline(text, PlaceContext(home="IDN"))
    assert place is not None and (place.name, place.country) == (name, country)
    assert place.start is None and place.end is None and place.lat is not None


def test_dateline_is_set_by_the_stage(stage):
    doc = stage(make_doc("Presiden bertemu di ibu kota.", dateline="Moskow"))
    place = doc.article.dateline.place
    assert place.name == "Moscow" and place.country == "RUS" and abs(place.lat - 55.75) < 0.1


def test_entities_to_places(stage):
    text = "Pasukan Wagner menguasai kota Rostov-on-Don, lalu Putin berbicara dari Moskow tentang Rusia."
    doc = stage(make_doc(text, [("Rostov-on-Don", "GPE", None), ("Putin", "PER", "person:vladimir-putin"),
                                ("Moskow", "GPE", "place:moscow"), ("Rusia", "GPE", "country:RUS")]))  # fmt: skip
    got = {(p.text, p.name, p.country) for p in doc.places}
    assert ("Rostov-on-Don", "Rostov-on-Don", "RUS") in got
    assert ("Moskow", "Moscow", "RUS") in got
    assert ("Rusia", "Russia", "RUS") in got
    assert not any(p.text == "Putin" for p in doc.places)
    rus = next(p for p in doc.places if p.text == "Rusia")
    assert rus.geonameid == 2017370 and abs(rus.lat - 55.75) < 0.1  # the country, drawn at its capital
    for p in doc.places:
        assert text[p.start : p.end] == p.text


def test_text_fallback_without_entities(stage):
    text = "Banjir melanda Kota Bandung dan Garut, Jawa Barat. Warga menumpuk batu di tepi sungai. Batu besar."
    doc = stage(make_doc(text))
    got = {(p.text, p.country) for p in doc.places}
    assert ("Bandung", "IDN") in got and ("Garut", "IDN") in got and ("Jawa Barat", "IDN") in got
    assert not any(p.text.lower() == "batu" for p in doc.places)  # Batu the city, but the article means stones


def test_text_fallback_skips_names_of_people(stage):
    text = "Vladimir Putin dan Jokowi bertemu. Vladimir tidak hadir."
    doc = stage(make_doc(text))
    assert not any(p.text == "Vladimir" and p.start < 15 for p in doc.places)


def test_gaps_do_not_duplicate_entities(stage):
    text = "Delegasi tiba di Samarkand, Uzbekistan."
    doc = stage(make_doc(text, [("Samarkand", "GPE", None)]))
    assert [p.text for p in doc.places].count("Samarkand") == 1
    assert {p.text: p.country for p in doc.places} == {"Samarkand": "UZB", "Uzbekistan": "UZB"}


def test_text_match_off_and_empty():
    text = "Banjir melanda Garut."
    assert Places(text_match="off")(make_doc(text)).places == []
    assert [p.text for p in Places(text_match="empty")(make_doc(text)).places] == ["Garut"]
    with pytest.raises(ValueError):
        Places(text_match="sometimes")


def test_caption_places_have_no_offsets(stage):
    doc = stage(make_doc("Kedua pemimpin bertemu.", captions=["Putin dan Modi di Samarkand, Uzbekistan, 2022."]))
    sam = [p for p in doc.places if p.text == "Samarkand"]
    assert sam and sam[0].country == "UZB" and sam[0].start is None and sam[0].end is None


def test_context_decides_between_namesakes():
    gaz = gazetteer()
    lebanon = choose(gaz, "Tripoli", PlaceContext(Counter({"LBN": 3})))
    libya = choose(gaz, "Tripoli", PlaceContext(Counter({"LBY": 2})))
    assert lebanon.country == "LBN" and libya.country == "LBY"
    assert choose(gaz, "Samarkand", PlaceContext()).country == "UZB"  # not Temirtau (its old alternate name)
    assert choose(gaz, "Washington", PlaceContext()).country == "USA"
    assert choose(gaz, "Moskow", PlaceContext(home="IDN")).country == "RUS"
    assert choose(gaz, "no such place at all", PlaceContext()) is None


def test_curated_exonyms_and_indonesian_places():
    gaz = gazetteer()
    for surface, country in [("Wina", "AUT"), ("Mekah", "SAU"), ("Tepi Barat", "PSE"), ("Jalur Gaza", "PSE"),
                             ("Peking", "CHN"), ("Jawa Tengah", "IDN"), ("Jaksel", "IDN"), ("Solo", "IDN")]:  # fmt: skip
        place = choose(gaz, surface, PlaceContext(home="IDN"))
        assert place is not None and place.country == country, surface
    assert gazetteer().country_place("IDN").lat < 0  # Jakarta


def test_seed_page_places(seed_page):
    from warta.pipeline import Pipeline

    pipeline = Pipeline(["extract", "language", "sentences", "entities", "places"])
    doc = pipeline(Page(seed_page, "text", published="2023-07-01T09:46:00+07:00", source="medcom.id", language="id"))
    assert (doc.article.dateline.place.name, doc.article.dateline.place.country) == ("Moscow", "RUS")
    got = {(p.name, p.country) for p in doc.places}
    assert ("Rostov-on-Don", "RUS") in got and ("Samarkand", "UZB") in got and ("Moscow", "RUS") in got
    for p in doc.places:
        if p.start is not None:
            assert doc.text[p.start : p.end] == p.text


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("abc Kota Jakarta Moskow Garut, .-\n")), max_size=120),
       st.one_of(st.none(), st.text(max_size=20)))  # fmt: skip
def test_places_never_raise_and_spans_hold(text, dateline):
    doc = Places()(make_doc(text, dateline=dateline))
    for p in doc.places:
        assert p.start is not None and 0 <= p.start < p.end <= len(text)
        assert text[p.start : p.end] == p.text


def test_indonesian_towns_below_15000_come_from_cities1000():
    gaz = gazetteer()
    for town in ("Pacitan", "Purworejo", "Bangli"):
        place = choose(gaz, town, PlaceContext(home="IDN"))
        assert place is not None and place.country == "IDN", town


def test_wide_location_phrases_resolve_to_their_place(stage):
    text = "Kecelakaan terjadi di jalan raya pantura Situbondo dan Jalan Soekarno Hatta."
    doc = stage(make_doc(text, [("jalan raya pantura Situbondo", "LOC", None), ("Jalan Soekarno Hatta", "LOC", None)]))
    got = {p.text: p.country for p in doc.places}
    assert got.get("jalan raya pantura Situbondo") == "IDN"
    assert "Jalan Soekarno Hatta" not in got  # not Hatta in India


def test_tagger_person_that_is_a_place(stage):
    doc = stage(make_doc("Banjir besar melanda Trenggalek kemarin.", [("Trenggalek", "PER", None)]))
    assert [(p.text, p.country) for p in doc.places] == [("Trenggalek", "IDN")]
    # a town without a recorded population is not enough to overrule the tagger's "person"
    doc = stage(make_doc("Kata Pacitan kemarin.", [("Pacitan", "PER", None)]))
    assert doc.places == []


def test_regions_and_languages_are_not_countries(stage):
    text = "Warga Amerika Latin belajar bahasa Inggris di Inggris; kapal berpatroli di Laut China Selatan."
    doc = stage(make_doc(text))
    got = [(p.text, p.country) for p in doc.places]
    assert ("Inggris", "GBR") in got and ("Laut China Selatan", None) in got
    assert not any(p.text in ("Amerika", "Amerika Latin") for p in doc.places)
    assert [p.start for p in doc.places if p.text == "Inggris"] == [text.rindex("Inggris")]


def test_gold_refers_to_the_shared_records(shared_data):
    """bench/gold/places-id.jsonl points at shared records by id and offset; every pointer must land on its toponym."""
    import json
    from pathlib import Path

    gold = Path(__file__).resolve().parents[1] / "bench" / "gold" / "places-id.jsonl"
    records = [json.loads(line) for line in gold.read_text("utf-8").splitlines() if line.strip()]
    assert len(records) > 500
    sentences = (shared_data / "inageoparser-id" / "training_v11.txt").read_text("utf-8").split("\n\n")
    articles = {}
    with (shared_data / "id-news-clickid" / "international.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            articles[row["id"]] = row["content"]
    for r in records:
        assert r["country"] is None or len(r["country"]) == 3
        if r["corpus"] == "inageoparser-id":
            tokens = [t for t in sentences[r["sentence"]].split("\n") if t.strip()]
            words = [t.split("/")[0] for t in tokens[r["token"] : r["token"] + r["ntokens"]]]
            assert " ".join(words) == r["text"], r
            assert "PLOC" in tokens[r["token"]]
        else:
            assert articles[r["id"]][r["start"] : r["end"]] == r["text"], r

"""The quotes stage: quote spans, attribution in both orders, speakers resolved to entities or the one in focus."""

from __future__ import annotations

import pytest
from entity_helpers import make_doc, tiny_kb
from hypothesis import given, settings
from hypothesis import strategies as st

from warta.analyze.entities import Entities
from warta.analyze.quotes import extract_quotes, find_quote_spans, quotes
from warta.model import Entity, Page
from warta.pipeline import Pipeline


@pytest.fixture(scope="module")
def ents():
    s = Entities()
    s.kb = tiny_kb()
    return s


def run(ents, text, lang="id"):
    return quotes(ents(make_doc(text, lang))).quotes


def speaker(q):
    return q.speaker.name if q.speaker else None


def test_after_quote_verb_then_speaker(ents):
    text = 'Presiden Rusia Vladimir Putin berbicara. "Kami siap berunding kapan saja," kata layanan pers Kremlin.'
    (q,) = run(ents, text)
    assert q.text == "Kami siap berunding kapan saja" and q.verb == "kata"
    assert q.speaker.kb_id == "org:kremlin" and (q.speaker.country, q.speaker.sector) == ("RUS", "GOV")
    assert text[q.start : q.end] == q.text


def test_before_quote_speaker_then_verb(ents):
    (q,) = run(ents, 'Menlu RI Retno Marsudi mengatakan, "Indonesia mendukung penyelesaian damai."')
    assert speaker(q) == "Retno Marsudi" and q.verb == "mengatakan" and q.speaker.country == "IDN"


def test_pronoun_suffix_and_anaphor_take_the_speaker_in_focus(ents):
    text = ('"Pembicaraan itu bermakna dan konstruktif," kata Kremlin.\n\n'
            '"Kedua pemimpin membahas situasi di Ukraina," kata pernyataan itu.\n\n'
            '"Kami akan terus berkomunikasi dengan India," katanya.')  # fmt: skip
    qs = run(ents, text)
    assert [speaker(q) for q in qs] == ["Kremlin", "Kremlin", "Kremlin"]
    assert [q.verb for q in qs] == ["kata", "kata", "katanya"]


def test_quote_over_two_paragraphs(ents):
    text = ('"Paragraf pertama dari kutipan yang panjang ini.\n\n'
            '"Paragraf kedua masih kutipan yang sama," ujar Presiden Rusia Vladimir Putin.')  # fmt: skip
    (q,) = run(ents, text)
    assert q.text.startswith("Paragraf pertama") and q.text.endswith("kutipan yang sama")
    assert speaker(q) == "Vladimir Putin" and q.verb == "ujar"


def test_curly_quotes_and_english_orders(ents):
    text = ("U.S. Secretary of State Antony Blinken met Russian President Vladimir Putin.\n\n"
            "“We discussed the war at length,” Blinken said.\n\n"
            "Putin told reporters: “Russia is open to talks with anyone.”\n\n"
            "“Nothing has been agreed yet,” he said.")  # fmt: skip
    qs = run(ents, text, "en")
    assert [speaker(q) for q in qs] == ["Antony Blinken", "Vladimir Putin", "Vladimir Putin"]
    assert qs[0].speaker.country == "USA" and qs[1].speaker.country == "RUS"
    assert [q.verb for q in qs] == ["said", "told", "said"]


def test_scare_quotes_are_not_quotes(ents):
    assert run(ents, 'Ia menyebut kebijakan itu "bermasalah" dan meminta revisi.') == []


def test_unattributed_long_quote_is_kept_without_speaker(ents):
    (q,) = run(ents, 'Massa lalu berteriak "Kami menolak kenaikan harga bahan bakar minyak" di depan gedung.')
    assert q.speaker is None and q.verb is None


def test_titles_in_quote_marks_are_not_quotes(ents):
    assert run(ents, 'Tonton juga video "Momen Polisi Gerebek Gudang Dolar AS Palsu di Kalibata" di sini:') == []
    assert run(ents, 'The BBC programme entitled "How the West Was Won Again" aired.', "en") == []


def test_paragraphs_run_together_keep_one_quote(ents):
    text = ('Mr Taylor tells the commissioner: "It is clear that the party is doing this. '
            '"Insofar as this project is directed at them, it is unlawful." The party denies it.')
    (q,) = run(ents, text, "en")
    assert q.text.startswith("It is clear") and q.text.endswith("it is unlawful.")


def test_next_quote_in_the_paragraph_keeps_the_speaker(ents):
    text = ('"What is new is the language of war," Indonesian Foreign Minister Retno Marsudi said. '
            '"By using that language, rights are sidelined."')
    qs = run(ents, text, "en")
    assert [speaker(q) for q in qs] == ["Retno Marsudi", "Retno Marsudi"]


def test_speaker_found_through_source_marker(ents):
    (q,) = run(ents, 'Menurut Kremlin, "pembicaraan berlangsung dalam suasana yang konstruktif."')
    assert speaker(q) == "Kremlin" and q.verb == "menurut"


def test_quote_spans_close_at_paragraph_end_without_reopening():
    text = '"Kalimat tanpa penutup\n\nParagraf berikutnya biasa saja.'
    (span,) = find_quote_spans(text)
    assert text[span.start : span.end] == "Kalimat tanpa penutup"


@settings(max_examples=80, deadline=None)
@given(st.text(alphabet=st.sampled_from(list('ab "“”,. \nkata said he Kremlin')), max_size=160))
def test_offsets_valid_on_arbitrary_text(text):
    ents = [Entity("Kremlin", i, i + 7, "ORG", "Kremlin") for i in range(len(text)) if text.startswith("Kremlin", i)]
    for lang in ("id", "en"):
        for q in extract_quotes(text, ents, lang):
            assert 0 <= q.start < q.end <= len(text) and text[q.start : q.end] == q.text


def test_seed_page_kremlin_quotes(seed_page):
    doc = Pipeline(["extract", "language", "sentences", "entities", "quotes"])(Page(seed_page, "text", origin="seed"))
    assert len(doc.quotes) == 4
    for q in doc.quotes:
        assert q.speaker is not None and q.speaker.kb_id == "org:kremlin"
        assert (q.speaker.country, q.speaker.sector) == ("RUS", "GOV")
    assert [q.verb for q in doc.quotes] == ["kata", "kata", "tutur", "ungkap"]
    assert doc.quotes[0].text.startswith("Pembicaraan tersebut memiliki karakter bermakna")

"""Recall rules for constructions of Indonesian news the event stage missed: a demand told without "bahwa", and a
"katanya" after a question about someone (the one asked answers, not the one asked about). Every sentence is
written for the test (none is copied from a corpus)."""

from __future__ import annotations

import re

from test_events import asserted, countries, run

from warta.analyze.quotes import extract_quotes
from warta.model import Entity


def _requests(text: str):
    return [e for e in asserted(run(text, "id")) if e.type == "REQUEST"]


# --- "X mengatakan Y harus …" (no "bahwa") -----------------------------------------------------------------------


def test_a_demand_told_without_bahwa_is_the_speakers_request_on_the_one_who_must():
    (e,) = _requests("Putin mengatakan Ukraina harus segera menarik pasukannya dari perbatasan.")
    assert countries(e.actors) == ["RUS"] and countries(e.recipients) == ["UKR"]
    assert e.trigger.text == "harus"
    # an opening quote mark between the one who must and the modal changes nothing
    (e,) = _requests('Menlu Rusia menegaskan Ukraina "harus menghentikan provokasi di perbatasan".')
    assert countries(e.recipients) == ["UKR"]


def test_a_party_noun_with_a_demonstrative_is_the_party_told_before():
    doc = run(
        "Pada Senin malam, Hamas kembali menembakkan puluhan roket.\n\n"
        'Menlu Rusia mengatakan kelompok itu "harus segera menghentikan serangan terhadap warga sipil".',
        "id",
    )
    (e,) = [e for e in asserted(doc) if e.type == "REQUEST"]
    assert countries(e.actors) == ["RUS"] and countries(e.recipients) == ["PSE"]
    # a thing with a demonstrative is no party
    assert not _requests("Hamas menembakkan roket. Putin mengatakan kebijakan itu harus ditinjau ulang.")


def test_a_bare_demand_needs_a_party_who_must():
    assert not _requests("Putin mengatakan hal itu harus dibahas lebih lanjut oleh para menteri.")
    assert not _requests("Putin mengatakan harus ada perbaikan dalam perdagangan kedua negara.")


def test_a_modal_in_a_relative_clause_or_after_an_unsaid_word_is_no_demand():
    assert not _requests("Putin tidak mengatakan berapa banyak pasukan Ukraina yang harus ditarik.")
    assert not _requests("Putin tidak mengatakan Ukraina harus menarik pasukannya.")


def test_what_must_be_understood_is_an_admonition_not_a_request():
    assert not _requests("Putin mengatakan Ukraina harus memahami bahwa tekanan Barat tidak akan berhasil.")
    assert not _requests("Putin mengatakan bahwa Ukraina harus menyadari risiko keputusannya.")
    assert _requests("Putin mengatakan bahwa Ukraina harus membuka kembali perundingan.")


# --- "-nya" after a question about someone ----------------------------------------------------------------------


def _quotes(text: str, people: list[tuple[str, str | None, str | None]]):
    ents = []
    for name, country, sector in people:
        for m in re.finditer(re.escape(name), text):
            ents.append(Entity(name, m.start(), m.end(), "PER", name, None, country, sector))  # type: ignore[arg-type]
    ents.sort(key=lambda e: e.start)
    sentences = [(m.start(), m.end()) for m in re.finditer(r"[^.?!]+[.?!]\"?", text)]
    return extract_quotes(text, ents, "id", sentences=sentences)


def test_a_person_asked_about_is_not_the_speaker_of_the_answer():
    text = (
        'Kapolres Budi Santoso memimpin pencarian di hutan itu sejak pagi. "Tim kami sudah menyisir dua desa," '
        'ujar Budi Santoso.\n\nDisinggung bila Andi Wijaya tidak menyerahkan diri? "Kita tentunya menerbitkan '
        'daftar pencarian orang untuk yang bersangkutan," tandasnya.'
    )
    people = [("Budi Santoso", "IDN", "COP"), ("Andi Wijaya", None, None)]
    last = _quotes(text, people)[-1]
    assert last.speaker is not None and last.speaker.name == "Budi Santoso"


def test_a_person_opening_a_sentence_after_a_comma_still_speaks():
    text = (
        'Kapolres Budi Santoso memimpin pencarian sejak pagi. "Tim kami sudah menyisir dua desa," ujar Budi '
        'Santoso.\n\nDitanya wartawan, Andi Wijaya membenarkan kabar itu. "Saya akan datang besok pagi," katanya.'
    )
    people = [("Budi Santoso", "IDN", "COP"), ("Andi Wijaya", "IDN", None)]
    assert _quotes(text, people)[-1].speaker.name == "Andi Wijaya"


# --- defying a summons -------------------------------------------------------------------------------------------


def _rejects(text: str):
    return [e for e in asserted(run(text, "id")) if e.type == "REJECT"]


def test_staying_away_from_a_summons_rejects_the_summoner():
    (e,) = _rejects("Tersangka dari Malaysia itu dua kali mangkir dari panggilan KPK.")
    assert countries(e.recipients) == ["IDN"] and not e.negated
    (e,) = _rejects("Jaksa Jepang sudah dua kali mengirim surat panggilan, namun Rusia tidak hadir ke pengadilan.")
    assert countries(e.actors) == ["RUS"] and not e.negated


def test_staying_away_with_no_summons_is_no_refusal():
    assert not _rejects("Jokowi tidak hadir dalam upacara peringatan di Malaysia karena sakit.")
    assert not _rejects("Ratusan buruh Malaysia mangkir kerja untuk ikut berdemonstrasi.")


# --- a riot told by its noun and "terjadi" -----------------------------------------------------------------------


def _riots(text: str):
    return [e for e in asserted(run(text, "id")) if e.type == "PROTEST" and e.mode == "riot"]


def test_a_riot_that_happened_takes_the_protesters_of_the_protest_told_before():
    doc = run(
        "Ribuan mahasiswa Malaysia menggelar unjuk rasa di depan gedung parlemen, Selasa (24/9/2019).\n\n"
        "Kericuhan pun tak terelakkan ketika massa mencoba menerobos pagar gedung.",
        "id",
    )
    riots = [e for e in asserted(doc) if e.type == "PROTEST" and e.mode == "riot"]
    assert riots and [p.name for p in riots[0].actors] == ["mahasiswa"]
    assert riots[0].trigger.text == "Kericuhan pun tak terelakkan"


def test_a_riot_with_no_protest_before_or_one_prevented_is_no_event():
    assert not _riots("Sidang paripurna di Malaysia dimulai siang itu. Kericuhan terjadi ketika tata tertib dibacakan.")
    assert not _riots(
        "Ribuan buruh Malaysia berdemonstrasi di depan kantor gubernur. Polisi berjaga untuk mencegah kericuhan "
        "terjadi di lokasi."
    )

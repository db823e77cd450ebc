"""What is not an event and how an event is said: background and tallies (not events), mode (how an act was done),
negation and its scope (analyze/cues.py, the ``[cues]``, ``[modes]`` and ``[mode_defaults]`` tables of
lang/*/events.toml). Every sentence here is written for the test."""

from __future__ import annotations

from dataclasses import replace

from test_events import asserted, countries, make_doc, run

from warta.analyze import plover
from warta.analyze.events import extract
from warta.lang import pack
from warta.model import Doc, Place


def of_type(doc: Doc, etype: str):
    return [e for e in asserted(doc) if e.type == etype and e.modality in ("asserted", "reported")]


def with_places(text: str, places: dict[str, str], countries_named: tuple[str, ...] = ()) -> Doc:
    """A doc whose ``places`` are the given surfaces (-> country), and whose entities ``countries_named`` are
    linked to their country in the knowledge base (as the entity stage links "Ukraina")."""
    doc = make_doc(text, "id")
    doc.places = [Place(s, c, text=s, start=text.index(s), end=text.index(s) + len(s)) for s, c in places.items()]
    doc.entities = [replace(e, kb_id=f"country:{e.country}") if e.text in countries_named else e for e in doc.entities]
    doc.events = extract(doc)
    return doc


# --- mode ------------------------------------------------------------------------------------------------------


def test_mode_defaults_are_plover_modes_of_their_type():
    for code in ("id", "en"):
        for etype, mode in pack(code).data("events").get("mode_defaults", {}).items():
            assert plover.is_mode(etype, mode), (code, etype, mode)


def test_a_request_for_a_policy_is_a_request_for_change():
    doc = run("Jokowi meminta Malaysia untuk melindungi para pekerja migran.", "id")
    (req,) = of_type(doc, "REQUEST")
    assert req.mode == "change"


def test_a_request_keeps_the_mode_its_words_name_even_far_in_the_complement():
    doc = run("Iran meminta Jepang untuk mengadakan perundingan.", "id")
    assert [e.mode for e in of_type(doc, "REQUEST")] == ["meet"]
    doc = run("Jokowi meminta kedua faksi yang bertikai di Myanmar untuk segera berdamai.", "id")
    assert [e.mode for e in of_type(doc, "REQUEST")] == ["yield"]


def test_a_refusal_of_talks_is_a_refusal_to_meet():
    doc = run("Iran menolak untuk mengadakan pembicaraan dengan Amerika Serikat.", "id")
    assert [e.mode for e in of_type(doc, "REJECT")] == ["meet"]


def test_an_announced_annexation_threatens_territory():
    doc = run("Israel akan mencaplok wilayah Gaza.", "id")
    (threat,) = of_type(doc, "THREATEN")
    assert threat.mode == "territory"


def test_holding_ships_is_a_seizure_and_holding_people_an_arrest():
    (seize,) = of_type(run("Polri menahan tiga kapal nelayan Malaysia di perairan Natuna.", "id"), "COERCE")
    assert seize.mode == "seize"
    (arrest,) = of_type(run("Polri menahan tiga nelayan Malaysia di perairan Natuna.", "id"), "COERCE")
    assert arrest.mode == "arrest"


def test_a_meeting_in_the_city_of_one_side_is_a_visit_and_elsewhere_a_third_partys():
    doc = with_places("Jokowi bertemu dengan Narendra Modi di New Delhi.", {"New Delhi": "IND"})
    assert [e.mode for e in of_type(doc, "CONSULT")] == ["visit"]
    doc = with_places("Putin bertemu dengan Jokowi di Samarkand.", {"Samarkand": "UZB"})
    assert [e.mode for e in of_type(doc, "CONSULT")] == ["third-party"]


def test_a_country_discussed_is_no_venue():
    doc = with_places(
        "Putin bertemu dengan Narendra Modi untuk membahas situasi di Ukraina.", {"Ukraina": "UKR"}, ("Ukraina",)
    )
    assert [e.mode for e in of_type(doc, "CONSULT")] == [None]
    doc = with_places("Putin bertemu dengan Jokowi terkait konflik di Samarkand.", {"Samarkand": "UZB"})
    assert [e.mode for e in of_type(doc, "CONSULT")] == [None]


# --- background: states and tallies over a long span ---------------------------------------------------------


def test_a_state_that_has_lasted_for_months_or_since_an_earlier_year_is_background():
    assert not of_type(run("Israel telah menyerang Gaza selama berbulan-bulan.", "id"), "ASSAULT")
    assert not of_type(run("Israel telah melarang warga Gaza masuk ke Yerusalem sejak 2007.", "id"), "COERCE")
    assert not of_type(run("Hampir empat bulan Israel telah menyerang Gaza.", "id"), "ASSAULT")
    assert not of_type(run("Israel sedang menyerang Gaza selama lebih dari tiga minggu.", "id"), "ASSAULT")


def test_a_dated_act_a_short_span_and_a_span_of_another_clause_stay_events():
    assert of_type(run("Israel menyerang Gaza pada 2014.", "id"), "ASSAULT")
    assert of_type(run("Israel telah menyerang Gaza selama tiga hari.", "id"), "ASSAULT")
    assert of_type(run("Israel telah menyerang Gaza sejak Senin.", "id"), "ASSAULT")
    doc = run("Polri telah menangkap tiga mahasiswa saat menangani aksi yang berlangsung lebih dari dua bulan.", "id")
    assert of_type(doc, "COERCE")


# --- negation and its scope ----------------------------------------------------------------------------------


def test_not_only_is_no_negation():
    doc = run("Israel tidak hanya menyerang Gaza, tetapi juga menutup perbatasannya.", "id")
    attacks = [e for e in doc.events if e.type == "ASSAULT"]
    assert attacks and not any(e.negated for e in attacks)


def test_a_negation_does_not_reach_across_a_subordinate_clause():
    doc = run("Israel tidak berhenti sampai dia menyerang Gaza.", "id")
    assert [e.negated for e in doc.events if e.type == "ASSAULT"] == [False]
    doc = run('Jangan pergi sampai saya meminta maaf kepada Korea Selatan," kata Putin.', "id")
    assert [e.type for e in doc.events] == ["CONCEDE"]  # no refusal: the apology is not what is denied


def test_a_negation_right_before_the_trigger_still_negates_it():
    doc = run("India tidak mengutuk serangan Rusia ke Ukraina.", "id")
    assert [e.negated for e in doc.events if e.type == "ACCUSE"] == [True]
    doc = run("Jepang belum pernah meminta maaf kepada Korea Selatan.", "id")
    assert all(e.negated for e in doc.events if e.type == "CONCEDE")


# --- topics -------------------------------------------------------------------------------------------------------


def test_an_attack_someone_is_said_to_be_involved_in_is_the_topic_of_the_claim():
    assert not of_type(run("Pengadilan AS menyebut Iran terlibat dalam serangan Hamas ke Israel.", "id"), "ASSAULT")
    assert not of_type(run("Iran membantah terlibat dalam serangan Hamas ke Israel.", "id"), "ASSAULT")
    assert of_type(run("Pengadilan AS menyebut serangan Hamas ke Israel dibiayai Iran.", "id"), "ASSAULT")


def test_a_record_since_an_earlier_year_is_no_span():
    doc = run("Israel telah melancarkan serangan terbesar sejak 2014 ke Gaza.", "id")
    assert of_type(doc, "ASSAULT")


def test_occupying_tells_a_state_or_a_rank_not_a_seizure():
    assert not of_type(run("Israel menduduki Tepi Barat dan Dataran Tinggi Golan.", "id"), "COERCE")
    assert not of_type(run("Partai Rusia Bersatu menduduki kursi terbanyak di parlemen Rusia.", "id"), "COERCE")
    assert of_type(run("Polri menyita dua senjata api dari rumah tersangka di Surabaya.", "id"), "COERCE")


# --- whose intention -----------------------------------------------------------------------------------------------


def test_another_sides_claim_of_what_a_party_will_do_is_no_commitment_of_that_party():
    doc = run("Putin mengatakan bahwa Jokowi akan bertemu dengan Narendra Modi bulan depan.", "id")
    assert not of_type(doc, "AGREE")


def test_an_announcement_by_the_actor_or_its_own_side_stays_an_intention():
    assert of_type(run("Putin mengatakan bahwa dia akan bertemu dengan Narendra Modi bulan depan.", "id"), "AGREE")
    assert of_type(run("Kremlin mengatakan bahwa Putin akan bertemu dengan Narendra Modi bulan depan.", "id"), "AGREE")


# --- what the eval reports (src/warta/evaluate.py) ----------------------------------------------------------------


def test_the_eval_lists_wrong_modes_from_each_gold_events_own_sentence_and_missed_negations():
    import json

    from warta import evaluate

    text = "Polri menangkap tiga mahasiswa di Surabaya. Polri menyita dua senjata api di Jakarta. India tidak mengutuk Israel."
    line = json.dumps({
        "article_id": "t-2", "text": text, "published": "2023-07-01",
        "events": [
            # two COERCE of one dyad: the seizure must be read against "menyita", not against the arrest
            {"type": "COERCE", "actor": {"country": "IDN"}, "mode": "arrest", "evidence": "Polri menangkap tiga"},
            {"type": "COERCE", "actor": {"country": "IDN"}, "mode": "seize", "evidence": "Polri menyita dua"},
            {"type": "CONCEDE", "actor": {"country": "IND"}, "negated": True, "evidence": "India tidak mengutuk"},
        ],
    })  # fmt: skip

    def fake_run(record):
        doc = make_doc(record["text"], "id")
        doc.events = extract(doc)
        return doc

    report = evaluate.evaluate(iter([evaluate.parse_gold(line)]), run=fake_run)
    assert report.summary()["mode_accuracy_own_sentence"] == 1.0
    assert not any(": mode " in m for m in report.misses)
    assert any("negation missed CONCEDE" in m for m in report.misses)
    assert "pairs in their own sentence 1.000" in evaluate.format_report(report)


def test_a_habit_is_background_and_a_repeated_denial_is_not():
    assert not of_type(run("Polri sering menangkap aktivis Papua di Jayapura.", "id"), "COERCE")
    assert not of_type(run("Tiongkok kerap mengecam Amerika Serikat soal Taiwan.", "id"), "ACCUSE")
    assert of_type(run("Polri menangkap aktivis Papua di Jayapura pada Senin.", "id"), "COERCE")
    assert of_type(run("Iran telah berulang kali membantah tuduhan Amerika Serikat.", "id"), "REJECT")


def test_a_claim_about_a_lasting_misdeed_is_still_news():
    doc = run(
        "Pemerintah Pakistan menyatakan bahwa India telah menindas warga sipil di Kashmir selama tiga tahun.", "id"
    )
    assert any(countries(e.actors) == ["PAK"] and countries(e.recipients) == ["IND"] for e in of_type(doc, "ACCUSE"))


def test_a_trilateral_meeting_or_one_at_the_general_assembly_is_multilateral():
    doc = run("Jokowi menggelar pertemuan trilateral dengan Narendra Modi dan Putin pada Senin.", "id")
    assert [e.mode for e in of_type(doc, "CONSULT")] == ["multilateral"]
    doc = run("Jokowi bertemu dengan Narendra Modi di sela-sela Majelis Umum PBB.", "id")
    assert [e.mode for e in of_type(doc, "CONSULT")] == ["multilateral"]


def test_summoning_a_diplomatic_representative_is_a_disapproval():
    doc = run("Kementerian Luar Negeri Rusia memanggil perwakilan diplomatik Jepang di Moskow.", "id")
    assert [(e.mode, countries(e.recipients)) for e in of_type(doc, "ACCUSE")] == [("disapprove", ["JPN"])]


def test_tanpa_negates_the_verb_right_after_it_not_a_verb_after_its_noun():
    doc = run("Ribuan mahasiswa tanpa senjata berunjuk rasa di depan gedung DPR.", "id")
    assert [e.negated for e in doc.events if e.type == "PROTEST"] == [False]
    doc = run("Jepang mengecam Rusia tanpa secara langsung menyalahkan Korea Utara atas serangan itu.", "id")
    assert any(e.negated for e in doc.events if e.type == "ACCUSE" and e.trigger.text.startswith("menyalahkan"))


def test_a_manner_clause_has_the_subject_of_the_verb_it_hangs_on():
    doc = run("Jepang mengecam Rusia tanpa secara langsung menyalahkan Korea Utara atas serangan itu.", "id")
    (blame,) = [e for e in doc.events if e.trigger.text.startswith("menyalahkan")]
    assert (blame.negated, countries(blame.actors), countries(blame.recipients)) == (True, ["JPN"], ["PRK"])
    doc = run("Israel menyerang Gaza sambil mengecam Hamas.", "id")
    assert [countries(e.actors) for e in of_type(doc, "ACCUSE")] == [["ISR"]]


def test_not_to_the_point_of_and_without_needing_still_negate():
    doc = run('"Belum sampai ada warga yang diserang Israel," kata Hamas.', "id")
    assert [e.negated for e in doc.events if e.type == "ASSAULT"] == [True]
    doc = run("Polri bertindak tanpa perlu menangkap mahasiswa itu.", "id")
    assert all(e.negated for e in doc.events if e.type == "COERCE")


def test_a_default_mode_never_keeps_two_tellings_of_one_request_apart():
    doc = run("Jokowi meminta Malaysia membantu memadamkan api. Jokowi juga meminta Malaysia mengirim pesawat.", "id")
    requests = of_type(doc, "REQUEST")
    assert len(requests) == 1 and requests[0].mode == "assist"


def test_whom_a_plan_is_told_to_is_not_who_tells_it():
    doc = run("Kremlin mengatakan kepada Jepang bahwa Putin akan bertemu dengan Narendra Modi bulan depan.", "id")
    assert of_type(doc, "AGREE")


def test_what_a_named_party_is_involved_in_is_a_topic():
    doc = run("Arab Saudi akan menunjukkan bukti keterlibatan Iran dalam serangan Hamas ke Israel.", "id")
    assert not of_type(doc, "ASSAULT")


def test_not_only_is_no_negation_in_english_either():
    doc = run("Israel not only attacked Gaza but also closed the border.", "en")
    assert [e.negated for e in doc.events if e.type == "ASSAULT"] == [False]
    assert [e.negated for e in run("Israel did not attack Gaza.", "en").events if e.type == "ASSAULT"] == [True]

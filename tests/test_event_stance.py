"""Stance and evaluation (analyze/stance.py, the ``[stance]`` table of lang/id/events.toml): officials'
disapproval, approval, denial told by adjectives, stative verbs and evaluative phrases, and whom they are about.
Every sentence here is written for the test; each rule has sentences it must code and sentences it must leave alone."""

from __future__ import annotations

from test_events import asserted, countries, run

from warta.model import Doc


def of_type(doc: Doc, etype: str):
    return [e for e in asserted(doc) if e.type == etype and e.modality in ("asserted", "reported")]


def dyads(doc: Doc, etype: str) -> list[tuple[list[str | None], list[str | None]]]:
    return [(countries(e.actors), countries(e.recipients)) for e in of_type(doc, etype)]


# --- the object of a stance: the party behind it is the recipient ------------------------------------------------


def test_concern_over_a_harm_is_about_the_country_it_comes_from():
    doc = run("Malaysia sangat prihatin atas kabut asap kebakaran hutan Indonesia yang mengganggu warganya.", "id")
    assert dyads(doc, "ACCUSE") == [(["MYS"], ["IDN"])]
    assert of_type(doc, "ACCUSE")[0].mode == "disapprove"


def test_displeasure_at_a_meeting_is_about_both_parties_of_the_meeting():
    doc = run("China sangat tidak puas atas pertemuan Jepang dengan Filipina pekan lalu.", "id")
    (actors, recipients), *_ = dyads(doc, "ACCUSE")
    assert actors == ["CHN"] and set(recipients) == {"JPN", "PHL"}


def test_regret_over_a_statement_is_about_its_author_not_whom_it_was_for():
    doc = run("Jokowi menyayangkan pernyataan Australia untuk Pakistan.", "id")
    assert dyads(doc, "ACCUSE") == [(["IDN"], ["AUS"])]


def test_a_statement_of_no_one_named_is_the_counterparts_not_the_party_it_was_for():
    doc = run("Pemerintah Australia mengkritik Indonesia. Jokowi menyayangkan pernyataan itu untuk Malaysia.", "id")
    assert (["IDN"], ["AUS"]) in dyads(doc, "ACCUSE")
    assert (["IDN"], ["MYS"]) not in dyads(doc, "ACCUSE")


def test_praise_of_aid_is_for_the_giver_not_the_receiver():
    doc = run("Jepang memuji bantuan Australia kepada Filipina.", "id")
    assert dyads(doc, "SUPPORT") == [(["JPN"], ["AUS"])]


def test_a_reported_he_is_the_reporting_verbs_subject():
    doc = run("Jokowi mengutip laporan Reuters, Senin, mengatakan dia kecewa dengan keputusan Australia.", "id")
    assert (["IDN"], ["AUS"]) in dyads(doc, "ACCUSE")


def test_concern_over_a_natural_disaster_or_a_description_is_no_event():
    assert not of_type(run("Jokowi sangat prihatin atas banjir bandang yang melanda Sumatera Barat.", "id"), "ACCUSE")
    assert not of_type(run("Warga yang kecewa berkumpul di depan kedutaan besar Australia.", "id"), "ACCUSE")


# --- evaluation of a deed ------------------------------------------------------------------------------------


def test_calling_an_offer_interesting_is_support_of_whoever_made_it():
    doc = run(
        "Korea Utara menawarkan perundingan baru. Presiden Korea Selatan menyebut tawaran tersebut “menarik”.", "id"
    )
    assert (["KOR"], ["PRK"]) in dyads(doc, "SUPPORT")


def test_dismissing_a_claim_as_baseless_is_a_rejection_of_its_author():
    doc = run("Iran menilai tuduhan Amerika Serikat itu tidak berdasar.", "id")
    assert (["IRN"], ["USA"]) in dyads(doc, "REJECT")


def test_a_statement_judged_a_personal_opinion_is_a_rejection():
    doc = run("Jokowi menilai pernyataan Malaysia tersebut adalah pendapat pribadi.", "id")
    assert (["IDN"], ["MYS"]) in dyads(doc, "REJECT")


def test_a_negated_praise_is_disapproval():
    doc = run("Malaysia menilai kebijakan Indonesia itu tidak tepat.", "id")
    assert (["MYS"], ["IDN"]) in dyads(doc, "ACCUSE")
    assert not of_type(doc, "SUPPORT")


def test_judging_a_film_or_drawing_attention_is_no_stance():
    assert not of_type(run("Jokowi menyebut film itu menarik.", "id"), "SUPPORT")
    assert not of_type(run("Jokowi menyebut langkah Australia itu menarik perhatian dunia.", "id"), "SUPPORT")


# --- complaint of exclusion ----------------------------------------------------------------------------------


def test_dismay_at_being_left_out_is_a_complaint_against_who_left_them_out():
    doc = run("Pakistan kecewa tidak dilibatkan oleh Amerika Serikat dalam perundingan itu.", "id")
    assert (["PAK"], ["USA"]) in dyads(doc, "ACCUSE")


# --- regret told in the passive ----------------------------------------------------------------------------------


def test_a_passive_regret_in_a_reported_clause_is_the_speakers_disapproval():
    doc = run("Jokowi menegaskan bahwa penembakan nelayan oleh tentara Malaysia itu sangat disesalkan.", "id")
    (actors, recipients), *_ = dyads(doc, "ACCUSE")
    assert actors == ["IDN"] and "MYS" in recipients


def test_a_passive_regret_in_the_writers_voice_is_no_event():
    assert not of_type(run("Sangat disayangkan, kerusuhan itu menelan banyak korban di Papua.", "id"), "ACCUSE")


def test_an_impersonal_pity_with_nothing_regretted_before_it_is_no_event():
    doc = run("Jokowi mengatakan bahwa sangat disayangkan kerja sama itu harus berakhir.", "id")
    assert not of_type(doc, "ACCUSE")


def test_a_stance_noun_as_predicate_is_the_subjects_stance_on_the_objects_owner():
    doc = run("Jokowi keberatan usulan Malaysia membuka perbatasan.", "id")
    assert (["IDN"], ["MYS"]) in dyads(doc, "ACCUSE")


def test_a_statement_condemned_is_about_the_agent_of_its_passive_relative_clause():
    doc = run("Malaysia mengutuk pernyataan yang dibuat oleh Presiden Filipina itu.", "id")
    assert dyads(doc, "ACCUSE") == [(["MYS"], ["PHL"])]


def test_concern_over_a_bill_is_a_stance_even_with_no_party_named():
    doc = run("Pimpinan KPK sangat prihatin dengan revisi UU tersebut.", "id")
    assert [countries(e.actors) for e in of_type(doc, "ACCUSE")] == [["IDN"]]


def test_a_pity_after_a_verb_of_judging_is_impersonal():
    doc = run("Pengamat politik Jokowi menilai, sangat disayangkan jika pasal itu dihidupkan kembali.", "id")
    assert not [e for e in of_type(doc, "ACCUSE") if e.trigger.text == "disayangkan"]


def test_a_deed_called_discriminatory_or_outdated_is_decried():
    doc = run(
        "AS melarang warga Iran masuk. Menteri Luar Negeri Iran mengatakan bahwa kebijakan itu diskriminatif.", "id"
    )
    assert (["IRN"], ["USA"]) in dyads(doc, "ACCUSE")
    doc = run("Jokowi mengatakan bahwa larangan Malaysia itu sudah ketinggalan zaman.", "id")
    assert (["IDN"], ["MYS"]) in dyads(doc, "ACCUSE")


# --- traps: condolences, taste --------------------------------------------------------------------------------


def test_sympathy_over_a_death_and_taste_in_sport_or_weather_are_no_events():
    assert not of_type(run("Jokowi sangat prihatin atas meninggalnya mantan Perdana Menteri Malaysia.", "id"), "ACCUSE")
    assert not of_type(run("Jokowi kecewa dengan hasil pertandingan Indonesia melawan Malaysia.", "id"), "ACCUSE")
    assert not of_type(run("Presiden Turki memuji cuaca cerah di Jakarta.", "id"), "SUPPORT")


def test_a_death_with_its_cause_named_is_a_stance_against_the_cause():
    doc = run("Turki prihatin atas kematian warga sipil akibat serangan udara Rusia.", "id")
    assert (["TUR"], ["RUS"]) in dyads(doc, "ACCUSE")


# --- a warning about what was done -------------------------------------------------------------------------------


def test_a_warning_that_foretells_nothing_decries_the_deed():
    doc = run(
        "Rusia memperingatkan bahwa Amerika Serikat telah merusak keamanan global dengan keluar dari perjanjian.", "id"
    )
    assert (["RUS"], ["USA"]) in dyads(doc, "ACCUSE")
    assert not of_type(doc, "THREATEN")


def test_a_warning_of_a_consequence_stays_a_threat():
    doc = run("Iran memperingatkan bahwa pihaknya siap membalas jika Amerika Serikat menyerang.", "id")
    assert of_type(doc, "THREATEN")
    assert not [e for e in of_type(doc, "ACCUSE") if e.trigger.text == "memperingatkan"]


def test_a_claim_with_its_content_dismissed_is_a_rejection_of_the_claimants_not_an_accusation():
    doc = run(
        "Amerika Serikat menuduh Iran menyerang kilang minyak Saudi. Menteri Luar Negeri Iran menyatakan bahwa "
        "tuduhan bahwa Iran berada di belakang serangan terhadap kilang Saudi tidak berdasar.",
        "id",
    )
    assert (["IRN"], ["USA"]) in dyads(doc, "REJECT")
    # "tuduhan" is not Iran's accusation
    assert not [e for e in of_type(doc, "ACCUSE") if e.trigger.text == "tuduhan" and countries(e.actors) == ["IRN"]]


def test_a_stance_noun_keeps_the_actor_after_dari_and_a_reported_party_objects():
    doc = run("Rencana itu mendapat penolakan dari Malaysia.", "id")
    assert [countries(e.actors) for e in of_type(doc, "REJECT")] == [["MYS"]]
    doc = run("Jokowi menyatakan pihaknya keberatan jika dewan pengawas dipilih oleh Malaysia.", "id")
    assert [countries(e.actors) for e in of_type(doc, "ACCUSE")] == [["IDN"]]


def test_what_a_call_is_for_is_not_whom_it_was_for():
    # "untuk" opens what is called for, so Malaysia is not dropped as the call's addressee (for the counterpart)
    doc = run("Australia mengkritik Indonesia. Jokowi menolak seruan untuk mengusir duta besar Malaysia.", "id")
    assert [countries(e.recipients) for e in of_type(doc, "REJECT")] == [["MYS"]]

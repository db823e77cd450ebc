"""The cooperative side of verbal events (AGREE, CONSULT, REQUEST, CONCEDE, COOPERATE, AID) in Indonesian: offers
and invitations go one way, agreements both ways; a possible event does not swallow the telling that asserts it.
Every sentence here is written for the test (none is copied from a corpus)."""

from __future__ import annotations

from test_events import asserted, countries, make_doc, run

from warta.analyze.events import extract
from warta.model import Actor, Doc, Entity


def told(doc: Doc, etype: str):
    return [e for e in asserted(doc) if e.type == etype and e.modality in ("asserted", "reported")]


def dyads(doc: Doc, etype: str) -> list[tuple[list[str | None], list[str | None]]]:
    return [(countries(e.actors), countries(e.recipients)) for e in told(doc, etype)]


# --- offers, invitations, readiness: one-sided AGREE ------------------------------------------------------------


def test_an_invitation_and_the_answer_to_it_are_two_offers_one_each_way():
    doc = run(
        "Jokowi mengundang Putin untuk berkunjung ke Jakarta pada tahun depan. "
        "Putin mengatakan dia bersedia bertemu Jokowi di Bali.",
        "id",
    )
    assert (["IDN"], ["RUS"]) in dyads(doc, "AGREE")
    assert (["RUS"], ["IDN"]) in dyads(doc, "AGREE")
    assert not any(e.symmetric for e in told(doc, "AGREE"))


def test_an_offer_of_help_is_not_symmetric():
    doc = run("Malaysia menawarkan bantuan kepada Indonesia untuk memadamkan kebakaran hutan.", "id")
    (offer,) = told(doc, "AGREE")
    assert (countries(offer.actors), countries(offer.recipients)) == (["MYS"], ["IDN"])
    assert not offer.symmetric


def test_agreeing_together_stays_symmetric():
    doc = run("Rusia dan India sepakat untuk melanjutkan perundingan dagang.", "id")
    (agreed,) = told(doc, "AGREE")
    assert agreed.symmetric
    assert set(countries(agreed.actors + agreed.recipients)) == {"RUS", "IND"}


# --- the possessor of a noun trigger is never whom it is for ------------------------------------------------------


def test_the_party_after_bagi_is_whom_an_invitation_is_for_not_who_invites():
    doc = run("Putin juga menyampaikan undangan bagi Modi untuk menghadiri KTT di Moskow.", "id")
    assert (["RUS"], ["IND"]) in dyads(doc, "AGREE")
    assert (["IND"], ["RUS"]) not in dyads(doc, "AGREE")


def test_the_party_after_dari_still_owns_the_noun():
    doc = run("Rencana itu disusun dengan dukungan dari Jepang bagi Filipina.", "id")
    assert any(countries(e.actors) == ["JPN"] for e in told(doc, "SUPPORT"))


# --- dedup: a possible event does not swallow the asserted one ----------------------------------------------------


def test_a_question_about_an_invitation_does_not_hide_the_invitation_told_later():
    doc = run(
        "Modi ditanya wartawan apakah Putin telah mengundangnya ke Moskow. "
        "Kantor berita melaporkan bahwa Putin telah mengundang Modi untuk mengunjungi Moskow.",
        "id",
    )
    assert (["RUS"], ["IND"]) in dyads(doc, "AGREE")


# --- directives: REQUEST, and an offer when the one asked is to cooperate with the one who asks --------------------


def with_person(text: str, surface: str, country: str, sector: str) -> Doc:
    """A doc whose entities include one more person (the shared gazetteer of test_events has no legislators)."""
    doc = make_doc(text, "id")
    at = text.index(surface)
    doc.entities.append(Entity(surface, at, at + len(surface), "PER", surface, None, country, sector))  # type: ignore[arg-type]
    doc.entities.sort(key=lambda e: e.start)
    doc.events = extract(doc)
    return doc


def test_advising_ones_own_state_to_act_is_a_request_to_it():
    doc = with_person(
        "Senator Lindsey Graham menyarankan Amerika Serikat untuk membalas serangan terhadap kilang itu.",
        "Lindsey Graham",
        "USA",
        "LEG",
    )
    assert (["USA"], ["USA"]) in dyads(doc, "REQUEST")
    assert not told(doc, "AGREE")


def test_suggesting_another_state_buy_ones_own_weapons_is_an_offer():
    doc = run("Putin menyarankan Turki untuk membeli sistem pertahanan udara Rusia.", "id")
    assert (["RUS"], ["TUR"]) in dyads(doc, "AGREE")
    assert not told(doc, "REQUEST")


def test_asking_another_to_meet_oneself_is_an_invitation_but_urging_talks_with_a_third_is_a_request():
    invited = run("Jokowi meminta Modi untuk berkunjung ke Indonesia pada tahun depan.", "id")
    assert (["IDN"], ["IND"]) in dyads(invited, "AGREE")
    urged = run("Jokowi mendesak Myanmar untuk berunding dengan Malaysia.", "id")
    assert (["IDN"], ["MMR"]) in dyads(urged, "REQUEST")
    assert not told(urged, "AGREE")


def test_a_pronoun_subject_reaches_over_an_adverbial_phrase():
    doc = run(
        "Putin tiba di Ankara pada Senin. Dia juga setengah bercanda menyarankan Iran untuk membeli rudal Rusia.", "id"
    )
    assert (["RUS"], ["IRN"]) in dyads(doc, "AGREE")


# --- an event noun with its object before the relative clause that names its agent --------------------------------


def test_the_agent_of_a_lifting_is_named_after_the_nouns_object():
    doc = run("Malaysia menyambut kebijakan pencabutan larangan ekspor yang telah dilakukan Indonesia bulan lalu.", "id")
    assert any(countries(e.actors) == ["IDN"] for e in told(doc, "CONCEDE"))


def test_the_agent_of_sanctions_is_named_after_their_kind():
    doc = run("Ekonomi Iran terpukul oleh sanksi ekonomi yang diberlakukan Amerika Serikat terhadap Iran.", "id")
    assert (["USA"], ["IRN"]) in dyads(doc, "SANCTION")


# --- who asks: not a place the subject stands at -------------------------------------------------------------------


def test_a_party_in_a_place_phrase_is_not_the_subject_of_the_demand_after_it():
    doc = run(
        "Ratusan mahasiswa berkumpul di depan Kedutaan Besar Amerika Serikat, mendesak agar pemerintah "
        "Indonesia memutus hubungan dengan Israel.",
        "id",
    )
    assert not any(countries(e.actors) == ["USA"] for e in told(doc, "REQUEST"))


def test_a_role_noun_after_the_place_phrase_is_the_subject():
    doc = run("Mahasiswa bertahan di depan gedung KPK, polisi pun langsung memperketat pengamanan.", "id")
    (mobilised,) = [e for e in asserted(doc) if e.type == "MOBILIZE"]
    assert [p.sector for p in mobilised.actors] == ["COP"]


# --- descriptions and non-political acts ---------------------------------------------------------------------------


def test_agreeing_in_a_relative_clause_describes_a_party():
    doc = run("Massa yang setuju dengan revisi undang-undang itu bentrok dengan polisi di Jakarta.", "id")
    assert not told(doc, "AGREE")
    assert told(run("Jokowi dan Modi setuju dengan usulan itu.", "id"), "AGREE")


def test_rescuing_is_no_aid():
    doc = run("Tim SAR Indonesia menyelamatkan tiga nelayan Malaysia di Selat Malaka.", "id")
    assert not told(doc, "AID")
    assert told(run("Jepang memberikan bantuan kemanusiaan kepada Filipina.", "id"), "AID")


# --- whose commitment: a government within itself, another country's expectation ---------------------------------


def test_a_minister_meeting_her_own_governments_ministers_is_no_consultation():
    doc = with_person(
        "Menteri Lingkungan Yeo Bee Yin bertemu dengan para menteri di Putrajaya untuk membahas asap.",
        "Yeo Bee Yin",
        "MYS",
        "GOV",
    )
    assert not told(doc, "CONSULT")
    # across two countries it is one
    assert told(run("Jokowi telah membahas masalah asap dengan Modi di Jakarta.", "id"), "CONSULT")


def test_a_meeting_another_country_expects_is_not_the_actors_commitment():
    doc = run("Putin berulang kali mengindikasikan bahwa Modi akan bertemu dengannya di Samarkand bulan ini.", "id")
    assert not told(doc, "AGREE")
    own = run("Modi mengatakan bahwa India akan bertemu dengan Rusia di Samarkand bulan ini.", "id")
    assert told(own, "AGREE")


# --- a meeting proposed by a third party ---------------------------------------------------------------------------


def test_a_meeting_of_others_proposed_by_a_third_party_is_its_request_to_meet():
    doc = run("Pertemuan antara Jokowi dan Modi di Bali itu digagas oleh Putin sebagai jalan keluar.", "id")
    (asked,) = told(doc, "REQUEST")
    assert countries(asked.actors) == ["RUS"] and set(countries(asked.recipients)) == {"IDN", "IND"}
    assert asked.mode == "meet"
    assert not told(doc, "CONSULT")  # the meeting itself has not happened
    # a meeting that took place is no proposal
    held = run("Pertemuan antara Jokowi dan Modi di Bali itu berlangsung selama dua jam.", "id")
    assert not told(held, "REQUEST")


# --- letters -------------------------------------------------------------------------------------------------------


def test_a_letter_received_from_a_leader_is_his_remote_consultation():
    doc = run('Jokowi mengatakan dia telah menerima "surat yang sangat hangat" dari Putin pekan lalu.', "id")
    (letter,) = told(doc, "CONSULT")
    assert (countries(letter.actors), countries(letter.recipients), letter.mode) == (["RUS"], ["IDN"], "phone")
    doc = run("Surat yang diterima Modi dari Jokowi itu membahas perdagangan.", "id")
    assert (["IDN"], ["IND"]) in dyads(doc, "CONSULT")


def test_a_letter_with_no_sender_or_not_received_is_no_consultation():
    assert not told(run("Jokowi mengatakan dia telah menerima surat itu pekan lalu.", "id"), "CONSULT")
    assert not told(run("Jokowi mengatakan dia belum menerima surat dari Putin.", "id"), "CONSULT")


def test_an_offer_and_an_agreement_of_the_same_two_sides_stay_two_events():
    doc = run(
        "Putin mengundang Modi untuk berkunjung ke Moskow. Keduanya bertemu di Samarkand pada Juni dan sepakat "
        "untuk memperluas perdagangan.",
        "id",
    )
    agreements = told(doc, "AGREE")
    assert len(agreements) == 2 and sorted(e.symmetric for e in agreements) == [False, True]


# --- a quoted government and a coordinated future ------------------------------------------------------------------


def test_the_government_a_quoted_official_speaks_of_is_his_own_and_its_future_aid_an_offer():
    doc = make_doc('"Pemerintah akan terus memantau asap dan mengirim bantuan ke Indonesia," kata Menteri Malaysia.', "id")
    for q in doc.quotes:
        q.speaker = Actor("Malaysia", None, "MYS", "GOV")
    doc.events = extract(doc)
    assert not told(doc, "AID")  # announced, not given
    assert (["MYS"], ["IDN"]) in dyads(doc, "AGREE")


def test_a_letter_announced_is_no_agreement_but_a_meeting_announced_is():
    assert not told(run("Jokowi akan menyurati Modi mengenai masalah kabut asap.", "id"), "AGREE")
    agreed = run("Modi mengatakan Jokowi telah setuju untuk menulis surat kepada Putin.", "id")
    assert not told(agreed, "AGREE")
    assert (["IDN"], ["IND"]) in dyads(run("Jokowi akan bertemu Modi di Jakarta pekan depan.", "id"), "AGREE")


def test_a_party_after_di_mana_is_a_subject_not_a_place():
    doc = run("Kilang itu diserang pada Sabtu, di mana Amerika Serikat menuduh Iran sebagai pelakunya.", "id")
    assert (["USA"], ["IRN"]) in [(countries(e.actors), countries(e.recipients)) for e in asserted(doc) if e.type == "ACCUSE"]


def test_a_pronoun_does_not_reach_over_a_passive_verb():
    doc = run("Putin sudah berada di New York. Ia juga diharapkan untuk bertemu dengan Modi di sela-sela sidang.", "id")
    assert not told(doc, "CONSULT")


def test_in_english_an_invitation_is_one_sided_and_an_agreement_symmetric():
    doc = run("Putin invited Modi to visit Moscow next year.", "en")
    (invited,) = told(doc, "AGREE")
    assert (countries(invited.actors), countries(invited.recipients), invited.symmetric) == (["RUS"], ["IND"], False)
    (agreed,) = told(run("Russia and India agreed to expand trade.", "en"), "AGREE")
    assert agreed.symmetric


# --- look-alikes: admitting a fact, meeting a fate, calling an ambulance ------------------------------------------


def test_admitting_a_fact_or_recognising_a_state_is_no_concession_but_admitting_ones_fault_is():
    assert not told(run("Jokowi mengakui bahwa Modi melakukan kesalahan dalam perundingan itu.", "id"), "CONCEDE")
    assert not told(run("Filipina mengakui China sejak 1975.", "id"), "CONCEDE")
    assert told(run("Jepang mengakui kesalahannya kepada Korea Selatan atas insiden itu.", "id"), "CONCEDE")


def test_meeting_a_response_is_a_figure_not_a_meeting():
    doc = run("Menurut Iran, setiap rencana AS melawan Iran akan menemui pembalasan.", "id")
    assert not told(doc, "CONSULT") and not told(doc, "AGREE")


def test_a_phone_call_needs_a_party_called():
    assert not told(run("Modi bergegas menelepon ambulans setelah melihat kecelakaan itu.", "id"), "CONSULT")
    (call,) = told(run("Jokowi menelepon Modi pada Senin malam.", "id"), "CONSULT")
    assert call.mode == "phone" and set(countries(call.actors + call.recipients)) == {"IDN", "IND"}


def test_a_proposal_in_a_relative_clause_and_whether_one_agrees_are_no_agreement():
    assert not told(run("Modi mengkritik revisi undang-undang yang diusulkan Jokowi itu.", "id"), "AGREE")
    assert not told(run("Jokowi ditanya Modi, setuju atau tidak terkait revisi itu.", "id"), "AGREE")
    assert told(run("Jokowi mengusulkan kepada Modi untuk membuka jalur penerbangan langsung.", "id"), "AGREE")

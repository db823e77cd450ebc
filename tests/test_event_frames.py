"""Sentence frames (analyze/frames.py, the ``[frames]`` tables of lang/*/events.toml): events carried by the shape
of a sentence rather than by one trigger word. Every sentence here is written for the test; each frame has positive
sentences and sentences it must leave alone, in Indonesian and English."""

from __future__ import annotations

from test_events import asserted, countries, make_doc, run

from warta.analyze.events import extract
from warta.model import Actor, Doc, Entity


def of_type(doc: Doc, etype: str):
    return [e for e in asserted(doc) if e.type == etype and e.modality in ("asserted", "reported")]


def dyads(doc: Doc, etype: str) -> list[tuple[list[str | None], list[str | None]]]:
    return [(countries(e.actors), countries(e.recipients)) for e in of_type(doc, etype)]


def quoted(text: str, speaker: str, country: str) -> Doc:
    """A doc whose quotes were said by ``speaker`` (as the quotes stage would find from "kata …")."""
    doc = make_doc(text, "id" if " kata " in text else "en")
    for q in doc.quotes:
        q.speaker = Actor(speaker, None, country, "GOV")
    doc.events = extract(doc)
    return doc


# --- claim → ACCUSE ---------------------------------------------------------------------------------------------


def test_a_reported_claim_of_responsibility_is_an_accusation_of_the_party_named_in_it():
    doc = run("Pemerintah Malaysia mengatakan bahwa Indonesia bertanggung jawab atas kabut asap di Kuala Lumpur.", "id")
    assert (["MYS"], ["IDN"]) in dyads(doc, "ACCUSE")
    assert of_type(doc, "ACCUSE")[0].mode == "allege"


def test_a_claimed_violation_accuses_the_clause_subject_and_not_the_speaker():
    doc = run("Pemerintah Pakistan menyatakan bahwa India terus menindas warga sipil di Kashmir.", "id")
    assert (["PAK"], ["IND"]) in dyads(doc, "ACCUSE")


def test_where_a_harm_comes_from_accuses_its_origin():
    doc = run("Korea Selatan mengatakan bahwa drone yang jatuh di perbatasan itu berasal dari Korea Utara.", "id")
    assert (["KOR"], ["PRK"]) in dyads(doc, "ACCUSE")


def test_a_quoted_damning_claim_is_the_speakers_accusation():
    doc = quoted('"Pemerintah Israel sekarang sangat berbahaya bagi perdamaian," kata Presiden Turki.', "Turki", "TUR")
    assert (["TUR"], ["ISR"]) in dyads(doc, "ACCUSE")


def test_a_denied_claim_a_neutral_claim_and_an_object_are_no_accusation():
    assert not of_type(
        run("Menteri Luar Negeri Iran mengatakan bahwa Iran tidak bertanggung jawab atas serangan itu.", "id"), "ACCUSE"
    )
    assert not of_type(run("Jokowi mengatakan bahwa Indonesia dan Australia adalah mitra yang erat.", "id"), "ACCUSE")
    # the damning word is the object of another verb, not said of the subject
    assert not of_type(run("Polri mengatakan bahwa TNI menangkap tiga teroris di Papua.", "id"), "ACCUSE")
    # an origin said of a person is no claim of harm
    assert not of_type(run("Polri mengatakan bahwa pria itu berasal dari Malaysia.", "id"), "ACCUSE")


def test_english_claims_of_responsibility_are_accusations():
    doc = run("Australia concluded that China was responsible for the hacking of its parliament.", "en")
    assert (["AUS"], ["CHN"]) in dyads(doc, "ACCUSE")
    doc = run("Japan said that North Korea was behind the abductions of its citizens.", "en")
    assert (["JPN"], ["PRK"]) in dyads(doc, "ACCUSE")
    assert not of_type(run("Iran said that it was not responsible for the explosion.", "en"), "ACCUSE")


# --- desire → REQUEST -------------------------------------------------------------------------------------------


def test_a_wish_that_something_be_provided_is_a_request_to_the_other_side():
    doc = run("Indonesia berharap ada kerja sama dari Australia dalam kasus ini.", "id")
    assert (["IDN"], ["AUS"]) in dyads(doc, "REQUEST")
    doc = run("Tiongkok ingin ada perundingan baru dengan Filipina.", "id")
    assert (["CHN"], ["PHL"]) in dyads(doc, "REQUEST")


def test_a_hope_addressed_to_the_other_side_by_role_is_a_request():
    doc = quoted(
        'Rusia dan Ukraina berunding pekan lalu. "Kami berharap pihak lain menghormati kesepakatan itu," kata Putin.',
        "Putin",
        "RUS",
    )
    assert (["RUS"], ["UKR"]) in dyads(doc, "REQUEST")


def test_importance_for_a_party_to_act_is_a_request_to_that_party():
    doc = run("Jokowi menekankan penting bagi Myanmar untuk menghentikan kekerasan terhadap warga Rohingya.", "id")
    assert (["IDN"], ["MMR"]) in dyads(doc, "REQUEST")


def test_a_hope_for_ones_own_act_or_a_denied_wish_is_no_request():
    assert not of_type(run("Jokowi berharap bisa menghadiri pertemuan puncak di India.", "id"), "REQUEST")
    assert not of_type(run("Rusia tidak ingin ada perang dengan Ukraina.", "id"), "REQUEST")


def test_english_wants_and_hopes_for_another_party_are_requests():
    assert (["USA"], ["PRK"]) in dyads(
        run("The United States wants North Korea to return to the table.", "en"), "REQUEST"
    )
    assert (["JPN"], ["KOR"]) in dyads(run("Japan hopes South Korea will reconsider its decision.", "en"), "REQUEST")
    assert not of_type(run("Japan hopes to win the vote next year.", "en"), "REQUEST")


# --- readiness → AGREE / THREATEN -------------------------------------------------------------------------------


def test_readiness_for_a_cooperative_act_is_an_offer():
    assert (["PRK"], ["USA"]) in dyads(run("Korea Utara siap berdialog dengan Amerika Serikat.", "id"), "AGREE")
    doc = run("Pakistan bersedia berdiskusi dengan India soal Kashmir.", "id")
    assert ["PAK"] in [a for a, _ in dyads(doc, "AGREE")]


def test_readiness_for_a_conflict_act_is_a_threat():
    doc = run("Iran siap membalas setiap serangan Amerika Serikat.", "id")
    assert (["IRN"], ["USA"]) in dyads(doc, "THREATEN")
    assert not of_type(doc, "ASSAULT")  # the attack is what is threatened, not an act of its own


def test_a_bare_readiness_in_a_sentence_about_war_is_a_threat():
    doc = quoted('Amerika Serikat mengirim kapal induk. "Kami tidak menginginkan perang, tetapi kami siap," kata Iran.',
                 "Iran", "IRN")  # fmt: skip
    assert ["IRN"] in [a for a, _ in dyads(doc, "THREATEN")]
    assert not of_type(doc, "REQUEST")  # a denied wish asks nothing


def test_readiness_for_nothing_political_or_denied_is_no_event():
    doc = run("Indonesia siap menjadi tuan rumah Asian Games.", "id")
    assert not of_type(doc, "AGREE") and not of_type(doc, "THREATEN")
    assert not of_type(run("Iran belum siap berdialog dengan Amerika Serikat.", "id"), "AGREE")


def test_english_readiness():
    assert (["IRN"], ["USA"]) in dyads(
        run("Iran is prepared to retaliate against the United States.", "en"), "THREATEN"
    )
    assert ["PRK"] in [a for a, _ in dyads(run("North Korea is willing to negotiate with Japan.", "en"), "AGREE")]
    assert not of_type(run("Japan is not ready to negotiate with North Korea.", "en"), "AGREE")


# --- an open door → AGREE -----------------------------------------------------------------------------------------


def test_an_open_door_for_talks_is_an_offer_to_the_addressee():
    doc = run("Korea Utara mengatakan kepada Amerika Serikat bahwa pintu dialog tetap terbuka.", "id")
    assert (["PRK"], ["USA"]) in dyads(doc, "AGREE")
    doc = run("Iran membuka pintu bagi perundingan baru dengan Amerika Serikat.", "id")
    assert (["IRN"], ["USA"]) in dyads(doc, "AGREE")
    doc = run("Iran said its door remains open to talks with the United States.", "en")
    assert (["IRN"], ["USA"]) in dyads(doc, "AGREE")


def test_a_door_without_talks_or_closed_is_no_offer():
    assert not run("Pintu stadion di Jakarta terbuka sejak pagi untuk warga Indonesia.", "id").events
    assert not of_type(run("Rusia menutup pintu bagi perundingan dengan Ukraina.", "id"), "AGREE")


# --- the speaker's own side -------------------------------------------------------------------------------------


def test_the_speakers_self_reference_makes_the_act_the_speakers():
    doc = run("Korea Utara mengatakan bahwa pihaknya bersedia melanjutkan perundingan dengan Amerika Serikat.", "id")
    assert ["PRK"] in [a for a, _ in dyads(doc, "AGREE")]
    doc = quoted(
        '"Kami telah meminta Jepang untuk membatalkan keputusan itu," kata Korea Selatan.', "Korea Selatan", "KOR"
    )
    assert (["KOR"], ["JPN"]) in dyads(doc, "REQUEST")


def test_a_self_reference_with_no_speaker_or_a_named_subject_is_left_to_the_trigger():
    # no one reports it: the act has no actor and is no event
    assert not of_type(run("Pihaknya telah meminta Jepang untuk membatalkan keputusan itu.", "id"), "REQUEST")
    # a named subject stays the actor
    doc = quoted('"Kami tahu Jepang telah meminta Korea Selatan untuk menunggu," kata Putin.', "Putin", "RUS")
    assert (["JPN"], ["KOR"]) in dyads(doc, "REQUEST")


def test_we_of_a_speaker_whose_side_is_unknown_is_no_party():
    text = '"Kami meminta Australia menyerahkan buronan itu," kata Asip, koordinator aksi.'
    doc = make_doc(text, "id")
    at = text.index("Asip")
    doc.entities.append(Entity("Asip", at, at + 4, "PER", "Asip", None, None, None))
    for q in doc.quotes:
        q.speaker = Actor("Asip")
    doc.events = extract(doc)
    assert not of_type(doc, "REQUEST")


def test_readiness_for_another_act_is_that_act_by_the_one_who_is_ready():
    doc = run("Perdana Menteri Pakistan mengatakan siap mengungkapkan kekejaman yang dilakukan oleh India.", "id")
    assert (["PAK"], ["IND"]) in dyads(doc, "ACCUSE")


# --- a foretold consequence → THREATEN; a reaction drawn → ACCUSE ----------------------------------------------


def test_a_consequence_foretold_to_another_country_is_a_threat():
    doc = run("Korea Utara mengatakan bahwa Korea Selatan akan membayar mahal atas latihan militer itu.", "id")
    assert (["PRK"], ["KOR"]) in dyads(doc, "THREATEN")
    doc = run("Iran said that the United States would pay a heavy price for the sanctions.", "en")
    assert (["IRN"], ["USA"]) in dyads(doc, "THREATEN")


def test_ones_own_losses_or_a_denied_consequence_are_no_threat():
    doc = run("Pemerintah Indonesia mengatakan bahwa Indonesia akan kehilangan devisa akibat larangan itu.", "id")
    assert not of_type(doc, "THREATEN")
    assert not of_type(run("Japan said that South Korea will not regret the agreement.", "en"), "THREATEN")


def test_a_reaction_drawn_is_an_accusation_by_whoever_reacted():
    doc = run("Kebijakan Tiongkok itu menuai kecaman keras dari Amerika Serikat.", "id")
    assert (["USA"], ["CHN"]) in dyads(doc, "ACCUSE")
    doc = run("Rencana pembangunan pangkalan itu mendapat kritik dari Malaysia dan Filipina.", "id")
    assert ["MYS", "PHL"] in [a for a, _ in dyads(doc, "ACCUSE")]
    doc = run("The decision of Japan drew sharp criticism from China.", "en")
    assert (["CHN"], ["JPN"]) in dyads(doc, "ACCUSE")


def test_support_drawn_is_no_accusation():
    assert not of_type(run("Rencana Indonesia itu mendapat dukungan dari Malaysia.", "id"), "ACCUSE")
    assert not of_type(run("The plan of Japan drew praise from China.", "en"), "ACCUSE")


def test_a_damning_word_said_of_another_noun_or_of_the_victim_accuses_no_one_named():
    # a list, not a predication
    doc = quoted('"Para teroris, penjahat, dan pengkhianat ditangkap di Ukraina," kata Putin.', "Putin", "RUS")
    assert not of_type(doc, "ACCUSE")
    # the party after "terhadap" is the victim of the danger, never the accused
    doc = run("Tiongkok mengumumkan rencana bendungan baru. Malaysia mengatakan bahwa rencana itu sangat berbahaya "
              "terhadap Indonesia.", "id")  # fmt: skip
    assert (["MYS"], ["IDN"]) not in dyads(doc, "ACCUSE")
    assert (["MYS"], ["CHN"]) in dyads(doc, "ACCUSE")  # the deed's author in focus
    # said of a noun in a relative clause, not of the subject
    doc = run("Polri mengatakan bahwa TNI menangkap orang-orang yang berbahaya di Papua.", "id")
    assert not of_type(doc, "ACCUSE")
    # with a copula the relative clause is said of the subject
    doc = run("Jepang mengatakan bahwa Korea Utara adalah negara yang berbahaya.", "id")
    assert (["JPN"], ["PRK"]) in dyads(doc, "ACCUSE")


def test_a_wish_or_readiness_in_a_relative_clause_describes_a_noun():
    doc = run("Partai oposisi yang ingin ada perundingan dengan Malaysia kalah dalam pemilu Indonesia.", "id")
    assert not of_type(doc, "REQUEST")


# --- claim of responsibility → ASSAULT ---------------------------------------------------------------------------


def test_a_claim_of_responsibility_is_the_claimants_attack_on_the_target_named_after_it():
    doc = run(
        "Hamas mengklaim bertanggung jawab atas serangan bom terhadap pangkalan militer Israel di Tepi Barat.", "id"
    )
    assert (["PSE"], ["ISR"]) in dyads(doc, "ASSAULT")


def test_a_bare_claim_of_responsibility_takes_the_target_of_the_attack_named_before():
    doc = run("Sebuah serangan roket ke pos militer Israel menewaskan dua tentara pada Senin. Iran mengecam Israel. "
              "Hamas, yang didukung oleh Iran, kemudian mengaku bertanggung jawab.", "id")  # fmt: skip
    assert (["PSE"], ["ISR"]) in dyads(doc, "ASSAULT")
    doc = run("Israel diserang roket pada Senin malam. Hamas mengklaim bertanggung jawab atas serangan itu.", "id")
    assert (["PSE"], ["ISR"]) in dyads(doc, "ASSAULT")


def test_responsibility_claimed_for_an_incident_after_an_attack_is_that_attack():
    doc = run("Israel diserang roket pada Senin. Hamas mengklaim bertanggung jawab atas insiden itu.", "id")
    assert (["PSE"], ["ISR"]) in dyads(doc, "ASSAULT")


def test_responsibility_for_something_other_than_an_attack_is_no_assault():
    doc = run("Jokowi mengaku bertanggung jawab atas kegagalan program vaksinasi di Indonesia.", "id")
    assert not of_type(doc, "ASSAULT")


def test_english_claims_of_responsibility():
    doc = run(
        "A rocket attack on an Israel army post killed two soldiers on Monday. Hamas claimed responsibility.", "en"
    )
    assert (["PSE"], ["ISR"]) in dyads(doc, "ASSAULT")
    assert not of_type(run("Jokowi claimed responsibility for the failure of the vaccine programme.", "en"), "ASSAULT")


# --- pledge → AGREE / THREATEN / CONCEDE -------------------------------------------------------------------------


def test_a_pledge_of_a_cooperative_act_is_an_agreement_with_its_object():
    doc = run("Jokowi berkomitmen untuk mendukung Malaysia dalam memadamkan kebakaran hutan.", "id")
    assert (["IDN"], ["MYS"]) in dyads(doc, "AGREE")
    doc = run("China pledged to help Pakistan rebuild its railways.", "en")
    assert (["CHN"], ["PAK"]) in dyads(doc, "AGREE")


def test_a_pledge_of_a_conflict_act_is_a_threat():
    doc = run("Iran bersumpah akan membalas serangan Israel.", "id")
    assert (["IRN"], ["ISR"]) in dyads(doc, "THREATEN")
    assert not of_type(doc, "AGREE")


def test_a_pledge_to_refrain_from_a_conflict_act_is_an_offer_not_a_threat():
    doc = run("Jokowi berjanji untuk tidak menyerang Malaysia.", "id")
    assert (["IDN"], ["MYS"]) in dyads(doc, "AGREE")
    assert not of_type(doc, "THREATEN")


def test_a_pledge_of_anything_else_is_no_agreement():
    assert not of_type(run("Jokowi berjanji akan memberantas korupsi di Indonesia.", "id"), "AGREE")
    assert not of_type(run("Hamas berjanji bahwa protes di Gaza tidak akan berhenti.", "id"), "AGREE")
    assert not of_type(run("Modi vowed to put education at the top of his agenda.", "en"), "AGREE")


def test_the_speaker_described_by_a_relative_clause_is_the_noun_it_describes():
    # "Turki yang menampung pengungsi Suriah mengatakan …": Turkey speaks, not the refugees' Syria
    doc = run("Turki yang menampung pengungsi Suriah mengatakan bahwa kabut asap itu berasal dari Indonesia.", "id")
    assert (["TUR"], ["IDN"]) in dyads(doc, "ACCUSE")
    doc = run("Malaysia yang memerangi Hamas mengatakan bahwa senjata itu buatan Iran.", "id")
    assert (["MYS"], ["IRN"]) in dyads(doc, "ACCUSE")

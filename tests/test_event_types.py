"""Event types with the lowest recall on the dev gold (SUPPORT, SANCTION, ASSAULT, ACCUSE by nouns, CONSULT): the
constructions that carry them. Every sentence here is written for the test; each rule has sentences it must code
and sentences it must leave alone."""

from __future__ import annotations

from test_events import asserted, countries, run


def dyads(text: str, etype: str, lang: str = "id") -> list[tuple[list[str | None], list[str | None]]]:
    doc = run(text, lang)
    return [(countries(e.actors), countries(e.recipients)) for e in asserted(doc) if e.type == etype]


# --- an endorsement drawn → SUPPORT by whoever gave it -----------------------------------------------------------


def test_an_endorsement_drawn_from_a_party_is_that_partys_support_of_the_subject():
    assert dyads("Usulan Indonesia itu mendapat dukungan dari Jepang dan Korea Selatan.", "SUPPORT") == [
        (["JPN", "KOR"], ["IDN"])
    ]


def test_the_endorser_may_follow_the_noun_as_its_possessor():
    assert dyads("Pemerintah Filipina memperoleh dukungan penuh Amerika Serikat dalam sengketa itu.", "SUPPORT") == [
        (["USA"], ["PHL"])
    ]


def test_praise_drawn_from_a_party_is_support_and_criticism_stays_an_accusation():
    assert dyads("Langkah Malaysia itu menuai pujian dari Australia.", "SUPPORT") == [(["AUS"], ["MYS"])]
    assert dyads("Langkah Malaysia itu menuai kecaman dari Australia.", "ACCUSE") == [(["AUS"], ["MYS"])]


def test_an_endorsement_in_english_reads_the_same_way():
    assert dyads("The Philippine plan received strong support from Japan.", "SUPPORT", "en") == [(["JPN"], [])]


def test_a_denied_endorsement_is_no_support_by_the_one_named():
    assert dyads("Usulan Indonesia itu tidak mendapat dukungan dari Jepang.", "SUPPORT") == []


# --- an event noun whose agent a passive relative clause names --------------------------------------------------


def test_sanctions_imposed_by_a_party_are_its_sanction_on_the_party_after_terhadap():
    assert dyads("Sanksi yang diberlakukan Amerika Serikat terhadap Iran melumpuhkan ekonomi.", "SANCTION") == [
        (["USA"], ["IRN"])
    ]


def test_an_attack_launched_by_a_party_is_its_attack_and_an_accusation_made_by_a_party_its_accusation():
    assert dyads("Serangan yang dilancarkan Israel ke Gaza menewaskan 10 orang.", "ASSAULT") == [(["ISR"], ["PSE"])]
    assert dyads("Iran menyebut tuduhan yang dilayangkan oleh Amerika Serikat tidak berdasar.", "ACCUSE") == [
        (["USA"], ["IRN"])
    ]


def test_a_relative_clause_with_another_verb_names_no_agent_of_the_deed():
    # sanctions lifted by the United States are no sanction by it
    assert dyads("Sanksi yang dicabut Amerika Serikat itu menghidupkan kembali ekonomi Iran.", "SANCTION") == []
    # an event noun with no agent clause keeps no agent ("sanksi yang berat")
    assert dyads("Sanksi yang berat itu melumpuhkan ekonomi Iran.", "SANCTION") == []


# --- discussing is a consultation only with a counterpart --------------------------------------------------------


def test_discussing_with_a_party_or_between_two_parties_is_a_consultation():
    assert dyads("Presiden Joko Widodo membahas kerja sama maritim dengan Perdana Menteri Malaysia.", "CONSULT") == [
        (["IDN"], ["MYS"])
    ]
    assert dyads("Presiden Rusia dan Presiden Turki membahas situasi di Suriah.", "CONSULT") == [(["RUS"], ["TUR"])]
    assert dyads("Pemerintah Malaysia bersama Indonesia mulai membahas batas laut.", "CONSULT") != []


def test_discussing_a_topic_with_no_counterpart_is_no_consultation():
    assert dyads("Dalam wawancara itu, Presiden Turki membahas pencaplokan wilayah Suriah.", "CONSULT") == []
    assert dyads("Pemerintah Jepang akan membahas usulan itu pekan depan.", "AGREE") == []


# --- the act an accusation alleges is its content, not an event -------------------------------------------------


def test_the_act_an_accusation_alleges_is_not_coded_as_done():
    text = "Amerika Serikat menuding Iran menyerang kilang minyak Arab Saudi."
    assert dyads(text, "ACCUSE") == [(["USA"], ["IRN"])]
    assert dyads(text, "ASSAULT") == []
    assert dyads("Israel menuduh Iran memasok senjata kepada Hamas.", "AID") == []


def test_an_accusation_with_no_accuser_lets_no_alleged_act_stand_in():
    assert dyads("Gugatan itu menuding Iran memberikan dukungan kepada Hamas.", "SUPPORT") == []


def test_an_act_coordinated_after_the_accusation_is_an_act_of_its_own():
    text = "Amerika Serikat menuduh Iran dan menjatuhkan sanksi baru terhadap Teheran."
    assert dyads(text, "ACCUSE") == [(["USA"], ["IRN"])]
    assert [a for a, _ in dyads(text, "SANCTION")] == [["USA"]]


# --- speaking together with someone ---------------------------------------------------------------------------


def test_speaking_together_with_a_party_at_a_place_is_a_consultation():
    text = "Presiden Rusia berbicara di Ankara bersama dengan Presiden Turki setelah pertemuan itu."
    assert (["RUS"], ["TUR"]) in dyads(text, "CONSULT")


def test_speaking_with_no_party_together_is_no_consultation():
    assert dyads("Presiden Rusia berbicara di depan parlemen dengan nada keras.", "CONSULT") == []
    assert dyads("Presiden Rusia berbicara di depan para pendukungnya bersama istrinya.", "CONSULT") == []

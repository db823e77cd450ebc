"""Clause structure and modality of the event coder on hand-built Indonesian sentences: who is the subject of an
embedded verb, relative and purpose clauses, the addressee after "kepada", and what the words around a trigger say
about whether it happened."""

from __future__ import annotations

from test_events import asserted, countries, run


def kinds(doc, etype):
    return [(countries(e.actors), countries(e.recipients), e.modality) for e in asserted(doc) if e.type == etype]


def test_the_object_of_another_verb_is_the_subject_of_the_verb_after_it():
    # the second ship fired, not Russia: "kapal kedua" names no party, so no attack is coded for Russia
    doc = run("Manuver kapal patroli Rusia itu memicu kapal kedua melepaskan tembakan ke udara.", "id")
    assert not [e for e in asserted(doc) if e.type == "ASSAULT" and "RUS" in countries(e.actors)]
    # the object is a party: it is the attacker
    doc = run("Jepang melihat kapal Korea Utara menyerang kapal nelayan Korea Selatan.", "id")
    assert [c[0] for c in kinds(doc, "ASSAULT")] == [["PRK"]]


def test_verbs_of_one_subject_keep_it():
    for text in (
        "Korea Utara mengatakan akan menyerang Korea Selatan.",  # auxiliaries between the verbs
        "Korea Utara menangkap dua nelayan dan menyerang Korea Selatan.",  # coordinated verbs
        "Korea Utara memperbarui peringatannya kepada Jepang, menyerang Korea Selatan.",  # comma-joined clause
    ):
        doc = run(text, "id")
        assert any(e.type in ("ASSAULT", "THREATEN") and countries(e.actors) == ["PRK"] for e in asserted(doc)), text


def test_a_relative_clause_has_the_noun_it_hangs_on_as_subject():
    text = "Jokowi berusaha menenangkan para mahasiswa yang marah, yang pekan lalu bentrok dengan polisi di Jakarta."
    clashes = [e for e in asserted(run(text, "id")) if e.type == "ASSAULT"]
    assert clashes and all(p.name != "Jokowi" for e in clashes for p in e.actors + e.recipients)
    # a clause on the object of a verb that names no party has no actor
    doc = run("Malaysia sedang mengalami protes selama berminggu-minggu, yang awalnya menentang Indonesia.", "id")
    assert not [e for e in asserted(doc) if e.type == "REJECT"]


def test_a_statements_relative_clause_is_its_authors_act():
    doc = run("Rusia mengeluarkan pernyataan yang mengecam Ukraina atas serangan itu.", "id")
    assert [c[:2] for c in kinds(doc, "ACCUSE")] == [(["RUS"], ["UKR"])]


def test_a_purpose_clause_after_an_object_is_the_first_verbs_subject_and_modality():
    doc = run("Jokowi akan menyurati Presiden Rusia Vladimir Putin untuk mengeluhkan serangan itu.", "id")
    (complaint,) = [e for e in doc.events if e.type == "ACCUSE"]
    assert countries(complaint.actors) == ["IDN"] and complaint.modality == "future"


def test_what_is_suggested_or_asked_whether_has_not_happened():
    doc = run("Seorang senator menyarankan Amerika Serikat untuk merespons dengan menyerang Iran.", "id")
    assert not [e for e in asserted(doc) if e.type == "ASSAULT" and e.modality in ("asserted", "reported")]
    doc = run("Trump ditanya apakah Iran menyerang Arab Saudi.", "id")
    assert [e.modality for e in doc.events if e.type == "ASSAULT"] == ["hypothetical"]
    # "untuk" before a noun is a preposition, not a clause: the act stands
    doc = run("Amerika Serikat memerintahkan pengusiran diplomat Iran untuk PBB dan menyerang Iran.", "id")
    assert any(e.type == "ASSAULT" and e.modality == "asserted" for e in asserted(doc))


def test_the_party_after_kepada_is_whom_the_act_is_for():
    doc = run("Pakistan membagikan data tentang mata-mata India itu kepada Iran.", "id")
    assert [c[:2] for c in kinds(doc, "COOPERATE")] == [(["PAK"], ["IRN"])]
    doc = run("Pakistan menjual Iran senjata.", "id")  # a bare object right after the verb stays the recipient
    assert [c[:2] for c in kinds(doc, "COOPERATE")] == [(["PAK"], ["IRN"])]


def test_the_predicate_after_a_noun_trigger_says_whether_it_happened():
    text = "Pertemuan Jokowi dan Putin tidak akan terjadi di Jakarta."
    assert not [e for e in asserted(run(text, "id")) if e.type in ("CONSULT", "AGREE")]
    doc = run("Pertemuan Jokowi dan Putin digagas oleh Malaysia.", "id")
    assert not [e for e in asserted(doc) if e.type == "CONSULT" and e.modality in ("asserted", "reported")]
    # only proposed: the proposer's REQUEST to meet (gold/README.md, okezone-1024; test_event_cooperation.py)
    assert [(countries(e.actors), e.mode) for e in doc.events if e.type == "REQUEST"] == [(["MYS"], "meet")]
    doc = run("Pertemuan Jokowi dan Putin di Jakarta berlangsung hangat.", "id")
    assert [e.modality for e in asserted(doc) if e.type == "CONSULT"] == ["asserted"]


def test_a_pronoun_object_after_a_preposition_is_the_last_person_named():
    text = "Narendra Modi ditahan di Karachi. Pakistan kemudian menjatuhkan hukuman penjara terhadapnya."
    (sentence,) = [e for e in asserted(run(text, "id")) if e.type == "SANCTION"]
    assert (countries(sentence.actors), countries(sentence.recipients)) == (["PAK"], ["IND"])


def test_verbs_in_a_list_after_objects_share_the_first_subject():
    text = "Para militan melempari kantor Polri dan TNI, menyerbu gedung parlemen, memblokir jalan ke bandara."
    doc = run(text, "id")
    acts = [e for e in asserted(doc) if e.type in ("ASSAULT", "COERCE")]
    assert acts and all([p.sector for p in e.actors] == ["REB"] for e in acts)


def test_an_unknown_person_in_apposition_takes_the_country_of_the_office():
    from test_events import make_doc

    from warta.analyze.events import extract
    from warta.model import Entity

    text = "Juru bicara Kremlin, Dmitry Peskov, mengecam Ukraina atas serangan itu."
    doc = make_doc(text, "id")
    at = text.index("Dmitry Peskov")
    doc.entities.append(Entity("Dmitry Peskov", at, at + 13, "PER", "Dmitry Peskov", None, None, None))
    doc.entities.sort(key=lambda e: e.start)
    (accuse,) = [e for e in extract(doc) if e.type == "ACCUSE"]
    assert (countries(accuse.actors), countries(accuse.recipients)) == (["RUS"], ["UKR"])
    assert accuse.actors[0].name == "Dmitry Peskov"


def test_a_noun_trigger_with_a_demonstrative_is_the_event_told_before():
    # (not "berlangsung ricuh": a demo that turns into a riot is two events, gold/README.md part 2B)
    text = "Ribuan mahasiswa berunjuk rasa di depan gedung DPR pada Senin. Unjuk rasa buruh tersebut berlangsung lama."
    protests = [e for e in asserted(run(text, "id")) if e.type == "PROTEST"]
    assert len(protests) == 1 and len(protests[0].evidence) == 2
    # without "tersebut" it is a protest of its own
    text = "Ribuan mahasiswa berunjuk rasa di depan gedung DPR pada Senin. Unjuk rasa buruh berlangsung lama."
    assert len([e for e in asserted(run(text, "id")) if e.type == "PROTEST"]) == 2


def test_protesters_and_police_of_one_country_are_not_one_attacker():
    text = "Ribuan mahasiswa menyerang Polri di depan gedung DPR di Indonesia. Polri kemudian menyerang mahasiswa."
    attacks = [e for e in asserted(run(text, "id")) if e.type == "ASSAULT"]
    assert sorted(p.sector for e in attacks for p in e.actors) == ["COP", "CVL"]


def test_protesters_demands_and_violence_are_their_protest():
    # a demand of protesters named as such is the protest's topic, even when no protest is coded in the article
    doc = run("Tuntutan para demonstran kepada Polri kini meluas.", "id")
    assert not [e for e in asserted(doc) if e.type == "REQUEST"]
    # protesters storming and blocking: a riot and an obstruction, told once
    doc = run("Para pengunjuk rasa menyerbu gedung parlemen Indonesia, memblokir jalan ke bandara.", "id")
    told = sorted((e.type, e.mode) for e in asserted(doc) if e.type in ("ASSAULT", "COERCE", "PROTEST"))
    assert told and all(t == "PROTEST" for t, _ in told) and told[0][1] in ("riot", "obstruct")
    # the police are no protesters
    doc = run("Polisi menyerbu gedung parlemen Indonesia.", "id")
    assert [e.type for e in asserted(doc)] == ["ASSAULT"]


def test_a_threat_or_invitation_to_act_is_not_the_act():
    doc = run("Polri menyampaikan ancaman untuk menangkap dan menahan para aktivis Malaysia.", "id")
    assert not [e for e in asserted(doc) if e.type == "COERCE" and e.modality in ("asserted", "reported")]


def test_never_having_agreed_is_a_negated_agreement_not_a_refusal():
    doc = run("Korea Utara tidak pernah setuju untuk menghentikan uji coba rudal dengan Amerika Serikat.", "id")
    agree = [e for e in doc.events if e.type == "AGREE"]
    assert agree and all(e.negated for e in agree) and not [e for e in doc.events if e.type == "REJECT"]
    # a refusal stays a refusal
    doc = run("Iran tidak akan bertemu dengan Amerika Serikat.", "id")
    assert [e.type for e in asserted(doc)] == ["REJECT"]


def test_a_future_attack_by_them_in_a_quote_is_a_prediction_not_a_threat():
    text = (
        'Israel dan Hamas kembali bertemu di Kairo. "Mereka akan menghancurkan semua peluang perdamaian," kata '
        "seorang diplomat."
    )
    doc = run(text, "id")
    assert not [e for e in asserted(doc) if e.type in ("THREATEN", "ASSAULT") and e.modality != "future"]
    # a threat told by the narrator is still a threat
    doc = run("Korea Utara akan menyerang Korea Selatan.", "id")
    assert [e.type for e in asserted(doc)] == ["THREATEN"]


def test_min_confidence_drops_weaker_events_and_is_off_by_default():
    from test_events import make_doc

    from warta.analyze.events import extract

    text = "Indonesia mengecam Malaysia. Serangan itu dikecam."
    every = extract(make_doc(text, "id"))
    assert every and extract(make_doc(text, "id"), min_confidence=0.0) == every
    floor = max(e.confidence for e in every)
    assert all(e.confidence >= floor for e in extract(make_doc(text, "id"), min_confidence=floor))
    assert extract(make_doc(text, "id"), min_confidence=1.0) == []


def test_a_noun_in_a_topic_phrase_or_planned_is_no_reported_event():
    doc = run("Hubungan kedua negara memburuk terkait dukungan Malaysia bagi Myanmar.", "id")
    assert not [e for e in asserted(doc) if e.type == "SUPPORT"]
    doc = run("Polri menangkap dua pria yang merencanakan serangan Korea Utara terhadap Jepang.", "id")
    assert not [e for e in asserted(doc) if e.type == "ASSAULT" and e.modality in ("asserted", "reported")]


def test_a_tally_of_meetings_is_not_a_meeting():
    doc = run("Jokowi dan Putin telah bertemu tiga kali sejak 2018.", "id")
    assert not [e for e in asserted(doc) if e.type == "CONSULT"]
    doc = run("Jokowi dan Putin bertemu untuk ketiga kalinya di Moskow.", "id")
    assert [e.type for e in asserted(doc)] == ["CONSULT"]


def test_a_protest_without_a_named_target_targets_the_country_in_focus_once():
    text = (
        "Pemerintah Indonesia mengesahkan undang-undang baru. Ribuan mahasiswa berunjuk rasa di Jakarta pada Senin. "
        "Para mahasiswa kembali berunjuk rasa di depan gedung DPR."
    )
    protests = [e for e in asserted(run(text, "id")) if e.type == "PROTEST"]
    assert len(protests) == 1 and countries(protests[0].recipients) == ["IDN"]


def test_a_verb_coordinated_after_an_object_behind_a_preposition_has_the_first_subject():
    text = (
        "Amerika Serikat memerintahkan pengusiran dua diplomat Iran dari Indonesia dan membatasi perjalanan staf lain."
    )
    (restrict,) = [e for e in asserted(run(text, "id")) if e.type == "COERCE"]
    assert countries(restrict.actors) == ["USA"]


def test_what_a_protest_is_against_is_its_topic():
    doc = run("Ribuan mahasiswa berunjuk rasa menolak undang-undang baru di depan gedung DPR Indonesia.", "id")
    assert [e.type for e in asserted(doc)] == ["PROTEST"]


def test_personnel_sent_against_a_disaster_is_no_mobilisation():
    doc = run("Pemerintah Indonesia mengerahkan ribuan tentara untuk memadamkan kebakaran hutan di Riau.", "id")
    assert not [e for e in asserted(doc) if e.type == "MOBILIZE"]
    doc = run("Tiongkok mengerahkan pasukan ke perbatasan dengan India.", "id")
    assert [e.type for e in asserted(doc)] == ["MOBILIZE"]


def test_a_deed_that_prompts_an_act_makes_no_request():
    doc = run(
        "Manuver kapal perang Tiongkok itu mendorong nelayan Filipina untuk meninggalkan perairan tersebut.", "id"
    )
    assert not [e for e in asserted(doc) if e.type == "REQUEST"]
    doc = run("Tiongkok mendorong Filipina untuk meninggalkan perairan tersebut.", "id")
    assert [e.type for e in asserted(doc)] == ["REQUEST"]


def test_the_owner_of_a_possessed_object_is_the_recipient():
    doc = run("Iran mendukung Presiden Suriah Bashar al-Assad, sementara Turki menyerukan penggulingannya.", "id")
    (call,) = [e for e in asserted(doc) if e.type == "REQUEST"]
    assert (countries(call.actors), countries(call.recipients)) == (["TUR"], ["SYR"])


def test_a_role_noun_with_a_demonstrative_is_the_party_of_that_sector_named_before():
    text = (
        "Israel membuka perbatasan. Israel juga membebaskan tahanan. Hamas menolak gencatan senjata. "
        "Kelompok militan itu kemudian menyerang Israel."
    )
    (attack,) = [e for e in asserted(run(text, "id")) if e.type == "ASSAULT"]
    assert (countries(attack.actors), countries(attack.recipients)) == (["PSE"], ["ISR"])


def test_an_announced_willingness_to_cooperate_is_an_asserted_agreement():
    doc = run("Jokowi mengatakan dia akan bersedia untuk bertemu Putin.", "id")
    agree = [e for e in asserted(doc) if e.type == "AGREE"]
    assert agree and all(e.modality == "asserted" for e in agree)


def test_a_subordinate_clause_keeps_two_parties_apart():
    text = "Malaysia dan Indonesia berselisih sejak Jokowi menjatuhkan sanksi kepada Malaysia."
    (sanction,) = [e for e in asserted(run(text, "id")) if e.type == "SANCTION"]
    assert (countries(sanction.actors), countries(sanction.recipients)) == (["IDN"], ["MYS"])
    assert [p.text for p in sanction.actors] == ["Jokowi"]


def test_what_a_subject_noun_is_about_is_not_the_actor():
    doc = run("Laporan tentang Malaysia itu mengecam pemerintah Indonesia.", "id")
    assert not [e for e in asserted(doc) if e.type == "ACCUSE" and countries(e.actors) == ["MYS"]]


def test_the_agent_inside_a_noun_phrase_is_not_the_subject_of_a_later_verb():
    text = "Indonesia menanggapi tuduhan oleh Malaysia itu dengan mengecam Australia."
    (condemn,) = [e for e in asserted(run(text, "id")) if e.trigger.text == "mengecam"]
    assert (countries(condemn.actors), countries(condemn.recipients)) == (["IDN"], ["AUS"])


def test_a_letter_is_a_consultation_unless_it_carries_an_act():
    doc = run("Jokowi menyurati Presiden Rusia Vladimir Putin.", "id")
    assert [(e.type, e.mode) for e in asserted(doc)] == [("CONSULT", "phone")]
    doc = run("Jokowi menyurati Presiden Rusia Vladimir Putin untuk mengecam serangan itu.", "id")
    assert [(e.type, countries(e.actors), countries(e.recipients)) for e in asserted(doc)] == [
        ("ACCUSE", ["IDN"], ["RUS"])
    ]


def _with(doc, name: str, etype: str, country: str, sector: str | None = None, kb_id: str | None = None):
    """Add an entity the test gazetteer does not know (every occurrence of ``name``)."""
    import re

    from warta.model import Entity

    for m in re.finditer(re.escape(name), doc.text):
        doc.entities.append(Entity(name, m.start(), m.end(), etype, name, kb_id, country, sector))  # type: ignore[arg-type]
    doc.entities.sort(key=lambda e: e.start)
    return doc


def test_the_medium_a_report_is_quoted_from_is_no_party():
    from test_events import make_doc

    from warta.analyze.events import extract

    text = "Putin tiba di Ankara. Mengutip Reuters, Selasa (17/9/2019) dia kemudian mengecam Ukraina."
    doc = _with(make_doc(text, "id"), "Reuters", "ORG", "GBR")
    doc.events = extract(doc)
    (accuse,) = [e for e in asserted(doc) if e.type == "ACCUSE"]
    assert [p.name for p in accuse.actors] == ["Putin"] and countries(accuse.recipients) == ["UKR"]
    # a party after a comma is a subject again
    text = "Mengutip laporan itu, Malaysia mengecam Indonesia."
    assert kinds(run(text, "id"), "ACCUSE") == [(["MYS"], ["IDN"], "asserted")]


def test_they_after_a_noun_is_its_possessor_not_a_party():
    doc = run("Jokowi bertemu Modi. Keluarga mereka kemudian mengecam Malaysia.", "id")
    assert not kinds(doc, "ACCUSE")  # their families condemned: no coded actor
    for text in ("Jokowi bertemu Modi. Mereka kemudian mengecam Malaysia.",
                 "Jokowi bertemu Modi. Setelah itu mereka mengecam Malaysia."):  # fmt: skip
        assert [sorted(c[0]) for c in kinds(run(text, "id"), "ACCUSE")] == [["IDN", "IND"]], text


def test_an_active_verb_in_a_relative_clause_on_a_plain_noun_has_that_noun_as_subject():
    doc = run("Pertemuan di Malaysia itu dihadiri 20 negara yang mengecam Myanmar.", "id")
    assert not [c for c in kinds(doc, "ACCUSE") if c[0] == ["MYS"]]  # the twenty countries condemned
    # on a party the clause is the party's act; a passive's subject is its recipient all the same
    assert kinds(run("Jokowi memuji Malaysia yang mengecam Myanmar.", "id"), "ACCUSE") == [
        (["MYS"], ["MMR"], "asserted")
    ]
    doc = run("Polri mengatakan pelaku yang ditangkap Polri adalah warga Malaysia.", "id")
    assert [c[0] for c in kinds(doc, "COERCE")] == [["IDN"]]


def test_a_party_is_not_its_own_recipient():
    from warta.analyze.party_groups import same_party
    from warta.model import Participant

    trump = Participant(name="Donald Trump", text="Trump", start=0, end=5, kb_id="Q22686", country="USA")
    again = Participant(name="Trump", text="Presiden Trump", start=40, end=54, kb_id="Q22686", country="USA")
    pompeo = Participant(name="Mike Pompeo", text="Pompeo", start=60, end=66, kb_id="Q473239", country="USA")
    assert same_party(again, [trump]) and not same_party(pompeo, [trump])
    # "Kremlin membantah tuduhan terhadap Kremlin": the Kremlin is the one denying, not whom the denial is for
    doc = run("Kremlin membantah tuduhan Ukraina terhadap Kremlin.", "id")
    (reject,) = [e for e in asserted(doc) if e.type == "REJECT"]
    assert [p.name for p in reject.actors] == ["Kremlin"] and "Kremlin" not in [p.name for p in reject.recipients]


def test_confidence_ranks_the_main_line_of_a_story_above_asides():
    def conf(doc, trigger):
        return next(e.confidence for e in doc.events if e.trigger.text == trigger)

    # the lede's event told again later outranks the same kind of act recalled in a background clause
    text = (
        "Malaysia mengecam Indonesia atas kabut asap. Sebelumnya, Jepang mengkritik Korea Selatan. "
        "Kecaman Malaysia terhadap Indonesia itu disampaikan di Kuala Lumpur."
    )
    doc = run(text, "id")
    assert conf(doc, "mengecam") > conf(doc, "mengkritik")
    # an act in a relative clause describes a party; an announced act recoded as an intention is an inference
    text = "Hujan turun di Jakarta. Australia mengecam Indonesia. Jepang memuji Filipina, yang mengecam Myanmar."
    main, aside = sorted((e for e in run(text, "id").events if e.type == "ACCUSE"), key=lambda e: e.trigger.start)
    assert countries(aside.actors) == ["PHL"] and main.confidence > aside.confidence
    doc = run("Jokowi mengecam Malaysia. Jokowi akan bertemu Modi.", "id")
    (accuse,) = [e for e in doc.events if e.type == "ACCUSE"]
    (agree,) = [e for e in doc.events if e.type == "AGREE"]
    assert agree.confidence < accuse.confidence


def test_the_place_where_an_act_lands_is_in_its_own_clause():
    text = (
        "Rusia dan Suriah berunding. Suriah menolak usulan itu. "
        "Serangan udara Rusia terus berlanjut meskipun ada gencatan senjata yang diumumkan di Samarkand."
    )
    doc = run(text, "id", places=("Samarkand",))
    (attack,) = [e for e in asserted(doc) if e.type == "ASSAULT"]
    assert countries(attack.recipients) != ["UZB"]  # Samarkand is where the truce was announced
    doc = run("Serangan udara Rusia menghantam Samarkand.", "id", places=("Samarkand",))
    assert [countries(e.recipients) for e in asserted(doc) if e.type == "ASSAULT"] == [["UZB"]]


def test_we_inside_a_quote_is_the_speakers_side():
    from test_events import make_doc

    from warta.analyze.events import extract
    from warta.model import Actor

    text = '"Kami juga berbicara dengan Jepang pekan lalu," kata Jokowi kepada wartawan.'
    doc = make_doc(text, "id")
    doc.quotes[0].speaker = Actor(name="Jokowi", country="IDN", sector="GOV")
    doc.events = extract(doc)
    assert [(e.type, countries(e.actors), countries(e.recipients)) for e in asserted(doc)] == [
        ("CONSULT", ["IDN"], ["JPN"])
    ]
    # our thing is no party ("rudal kami"), and outside a quote "kami" stands for no one
    doc = make_doc('"Jepang membeli rudal kami," kata Putin.', "id")
    doc.quotes[0].speaker = Actor(name="Putin", country="RUS", sector="GOV")
    doc.events = extract(doc)
    assert all("RUS" not in countries(e.actors) for e in asserted(doc))
    assert not extract(make_doc("Kami berbicara dengan Jepang.", "id"))


def test_a_demand_voiced_for_a_protest_is_its_topic_but_the_police_request_is_not():
    from test_events import make_doc

    from warta.analyze.events import extract
    from warta.model import Actor

    text = 'Ribuan mahasiswa berunjuk rasa di depan gedung KPK. "Kami meminta KPK menolak revisi itu," kata Budi.'
    doc = make_doc(text, "id", published="2019-09-14T10:00:00+07:00")
    doc.quotes[0].speaker = Actor(name="Budi", country="IDN")  # a spokesman the knowledge base does not know
    doc.events = extract(doc)
    assert "PROTEST" in [e.type for e in asserted(doc)] and "REQUEST" not in [e.type for e in asserted(doc)]
    doc = make_doc(text.replace("kata Budi", "kata Polri"), "id", published="2019-09-14T10:00:00+07:00")
    doc.quotes[0].speaker = Actor(name="Polri", country="IDN", sector="COP")
    doc.events = extract(doc)
    assert [countries(e.actors) for e in asserted(doc) if e.type == "REQUEST"] == [["IDN"]]


def test_a_source_asking_not_to_be_named_is_no_request():
    text = "Jepang menolak usulan itu, kata seorang diplomat Korea Selatan yang meminta namanya tidak disebutkan."
    assert "REQUEST" not in [e.type for e in asserted(run(text, "id"))]
    assert "REQUEST" in [e.type for e in asserted(run("Korea Selatan meminta Jepang mencabut larangan itu.", "id"))]
    text = "Japan rejected the plan, said a South Korean diplomat who asked not to be named."
    assert "REQUEST" not in [e.type for e in asserted(run(text, "en"))]


def test_an_office_whose_name_holds_dan_is_the_title_of_the_person_after_it(monkeypatch):
    import test_events

    monkeypatch.setitem(test_events.PARTIES, "Retno Marsudi", ("PER", "IDN", "GOV"))
    # "Menteri Pariwisata dan Ekonomi Kreatif Retno Marsudi": one party, not the minister and Retno
    doc = run("Menteri Pariwisata dan Ekonomi Kreatif Retno Marsudi mengecam Australia.", "id")
    (accusation,) = [e for e in asserted(doc) if e.type == "ACCUSE"]
    assert [p.name for p in accusation.actors] == ["Retno Marsudi"] and countries(accusation.recipients) == ["AUS"]
    # a role noun coordinated right before a name is a second party
    doc = run("Polisi dan Retno Marsudi mengecam Australia.", "id")
    (accusation,) = [e for e in asserted(doc) if e.type == "ACCUSE"]
    assert len(accusation.actors) == 2


def test_a_person_noun_with_a_demonstrative_is_the_storys_protagonist(monkeypatch):
    import test_events

    from warta.model import Place

    monkeypatch.setitem(test_events.PARTIES, "Ahmad Faisal", ("PER", "MYS", None))
    jakarta = Place("Jakarta", "IDN")
    text = (
        "Ahmad Faisal ditangkap di Jakarta pada Senin. Jokowi mengatakan Ahmad Faisal masuk tanpa izin. "
        "Pria berusia 43 tahun itu dituduh menyelundupkan narkoba."
    )
    (charge,) = [e for e in asserted(run(text, "id", dateline=jakarta)) if e.type == "ACCUSE"]
    assert countries(charge.recipients) == ["MYS"]  # the man the story is about, not the country it is set in
    # a person noun with no demonstrative is someone new: the story's country, as before
    text = "Ahmad Faisal ditangkap di Jakarta pada Senin. Seorang pria dituduh menyelundupkan narkoba."
    charges = [e for e in asserted(run(text, "id", dateline=jakarta)) if e.type == "ACCUSE"]
    assert charges and all(countries(e.recipients) == ["IDN"] for e in charges)


def test_the_verb_after_a_relative_clause_on_the_subject_is_its_predicate():
    # "yang menyerang Ukraina" describes the Russian troops; Ukraine, its object, is not who condemns Japan
    for text in (
        "Pasukan Rusia yang menyerang Ukraina mengecam Jepang.",
        "Pasukan Rusia yang menyerang Ukraina juga mengecam Jepang.",
    ):
        assert [c[:2] for c in kinds(run(text, "id"), "ACCUSE")] == [(["RUS"], ["JPN"])], text
    # with no relative pronoun the object of the first verb is still the second verb's subject
    doc = run("Jepang melihat kapal Korea Utara menyerang kapal nelayan Korea Selatan.", "id")
    assert [c[0] for c in kinds(doc, "ASSAULT")] == [["PRK"]]


def test_a_time_phrase_between_an_object_and_a_coordinated_verb_keeps_the_first_subject():
    text = (
        "Israel melancarkan ratusan serangan udara terhadap fasilitas militer Suriah dalam dua hari terakhir "
        "dan mengirim pasukan ke perbatasan."
    )
    sent = [e for e in asserted(run(text, "id")) if e.type == "MOBILIZE"]
    assert sent and countries(sent[0].actors) == ["ISR"]

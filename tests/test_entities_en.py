"""Actor codes of English news in the entity layer (rules + the knowledge base; English has no tagger): offices named
by their country and no holder, possessive and demonym owners of known bodies, capitals standing for governments,
known places and event names that a capitalised run must not make a person. Sentences written for these tests."""

from __future__ import annotations

import pytest
from entity_helpers import make_doc

from warta.analyze.entities import Entities
from warta.kb import knowledge_base


@pytest.fixture(scope="module")
def real():
    s = Entities()
    s.kb = knowledge_base()
    return s


def code(doc, text):
    hits = [e for e in doc.entities if e.text == text]
    assert hits, f"{text!r} not in {[(e.text, e.type, e.country) for e in doc.entities]}"
    return hits[0].type, hits[0].country, hits[0].sector


def en(stage, text, published="2015-06-01"):
    return stage(make_doc(text, "en", published))


# --- offices with their country and no named holder ---------------------------------------------------------------


def test_possessive_country_portfolio_and_title_with_no_name_is_that_countrys_official(real):
    doc = en(real, "Kenya's interior minister told reporters the border would stay closed.")
    assert code(doc, "interior minister") == ("PER", "KEN", "GOV")
    doc = en(real, "Kenya's tourism minister told reporters the parks would reopen.")
    assert code(doc, "minister") == ("PER", "KEN", "GOV")  # a portfolio the title list does not hold


def test_demonym_portfolio_title_is_that_countrys_official(real):
    doc = en(real, "The Rwandan information minister dismissed the report as propaganda.")
    assert code(doc, "minister") == ("PER", "RWA", "GOV")


def test_envoy_to_an_international_body_keeps_the_possessors_country(real):
    doc = en(real, "On Friday Japan's UN ambassador called for an emergency session.")
    assert code(doc, "ambassador") == ("PER", "JPN", "GOV")
    assert code(doc, "UN")[1] == "IGO"  # the body itself stays the UN


def test_multiword_office_after_possessive_country(real):
    doc = en(real, "Egypt's national security adviser flew to Riyadh for talks.")
    assert code(doc, "national security adviser") == ("PER", "EGY", "GOV")


def test_lower_case_words_without_a_country_before_them_are_no_portfolio(real):
    doc = en(real, "The new prime minister said the deal was fair.")
    assert not [e for e in doc.entities if e.country]


# --- a country or demonym before a known body ---------------------------------------------------------------------


def test_possessive_country_makes_a_generic_body_its_own(real):
    doc = en(real, "Critics of Nigeria's Senate marched through Abuja.")
    assert code(doc, "Nigeria's Senate") == ("ORG", "NGA", "LEG")
    doc = en(real, "The US Senate passed the bill on Thursday.")
    assert code(doc, "US Senate")[1] == "USA"


def test_demonym_before_a_body_the_knowledge_base_gives_another_country(real):
    doc = en(real, "The German Foreign Office summoned the Turkish ambassador.")
    assert code(doc, "German Foreign Office") == ("ORG", "DEU", "GOV")
    doc = en(real, "A Foreign Office spokesman said British nationals should leave.")
    assert code(doc, "Foreign Office")[1] == "GBR"


def test_no_owner_across_a_hyphen_or_for_an_igo(real):
    doc = en(real, "Iranian-backed Hezbollah fired rockets across the border.")
    assert code(doc, "Hezbollah")[1] == "LBN"
    doc = en(real, "Russia's UN mission circulated a draft.")
    assert all(e.text != "Russia's UN" for e in doc.entities)


# --- capitals for their governments, and demonyms of smaller states -----------------------------------------------


def test_capitals_stand_for_their_governments(real):
    doc = en(real, "Cairo condemned the raid, while Kigali said it had not been consulted.")
    assert code(doc, "Cairo") == ("GPE", "EGY", "GOV")
    assert code(doc, "Kigali") == ("GPE", "RWA", "GOV")


def test_demonyms_of_smaller_states(real):
    doc = en(real, "Guyanese police detained two Senegalese and a Malawian on Tuesday.")
    assert code(doc, "Guyanese")[1] == "GUY"
    assert code(doc, "Senegalese")[1] == "SEN"
    assert code(doc, "Malawian")[1] == "MWI"


# --- capitalised runs that are places or events, not people -------------------------------------------------------


def test_known_places_are_places_with_their_country_not_people(real):
    doc = en(real, "Shells fell on the Gaza Strip while the Golan Heights and South Carolina stayed calm.")
    assert code(doc, "Gaza Strip") == ("LOC", "PSE", None)
    assert code(doc, "Golan Heights")[:2] == ("LOC", "SYR")
    assert code(doc, "South Carolina")[:2] == ("LOC", "USA")


def test_longer_place_wins_over_a_region_it_starts_with(real):
    doc = en(real, "Troops entered the West Bank town before dawn.")
    assert code(doc, "West Bank")[:2] == ("LOC", "PSE")


def test_event_and_document_names_are_no_people(real):
    doc = en(real, "Athletes arrived for the Olympic Games as ministers debated the Paris Agreement.")
    assert code(doc, "Olympic Games")[0] == "MISC"
    assert code(doc, "Paris Agreement")[0] == "MISC"


# --- knowledge-base people and parties of earlier years --------------------------------------------------------------


def test_earlier_office_holders_by_date(real):
    doc = en(real, "President Bush and Nicolas Sarkozy met Tony Blair.", published="2007-06-01")
    assert code(doc, "Bush")[1:] == ("USA", "GOV")
    assert code(doc, "Nicolas Sarkozy")[1:] == ("FRA", "GOV")
    assert code(doc, "Tony Blair")[1:] == ("GBR", "GOV")
    doc = en(real, "Tony Blair spoke at the conference.", published="2012-01-01")
    assert code(doc, "Tony Blair")[1:] == ("GBR", "ELI")


def test_british_parties_and_departments(real):
    doc = en(real, "Labour and the Liberal Democrats attacked the Home Office over the NHS.")
    assert code(doc, "Labour")[1:] == ("GBR", "PTY")
    assert code(doc, "Liberal Democrats")[1:] == ("GBR", "PTY")
    assert code(doc, "Home Office")[1:] == ("GBR", "GOV")


def test_shadow_before_another_title_is_one_opposition_office(real):
    doc = en(real, "For the Conservatives, shadow health secretary Jane Porter said the plan would fail.")
    assert code(doc, "Jane Porter")[1:] == ("GBR", "OPP")
    doc = en(real, "The shadow cabinet met on Tuesday.")
    assert code(doc, "shadow cabinet")[1:] == ("GBR", "OPP")


def test_unknown_organisation_opened_by_a_country_word_takes_that_country(real):
    doc = en(real, "The strike was confirmed by the U.S. Central Command on Monday.")
    assert code(doc, "U.S. Central Command") == ("ORG", "USA", "MIL")
    doc = en(real, "A spokesman for the Kenyan High Court said the hearing was delayed.")
    assert code(doc, "Kenyan High Court") == ("ORG", "KEN", "JUD")
    doc = en(real, "The Kingsley Trust said donations had fallen.")
    assert code(doc, "Kingsley Trust")[1] is None  # no country word, no country


def test_role_noun_with_its_country_of_origin_or_seat(real):
    doc = en(real, "The charity sheltered two dissidents from Eritrea for a year.")
    assert code(doc, "dissidents from Eritrea") == ("ORG", "ERI", "OPP")
    doc = en(real, "Officials in Nairobi rejected the claim.")
    assert code(doc, "Officials in Nairobi") == ("ORG", "KEN", "GOV")


def test_role_noun_that_travels_takes_no_country_from_where_it_is(real):
    doc = en(real, "Troops in Afghanistan came under fire on Sunday.")
    assert all(e.country != "AFG" or e.text == "Afghanistan" for e in doc.entities)
    doc = en(real, "British troops from Iraq flew home.")  # the demonym is their country
    assert all("troops" not in e.text for e in doc.entities)


def test_office_then_comma_then_name_codes_the_name(real):
    doc = en(real, "The Kenyan interior minister, Fred Okoth, said the border was closed.")
    assert code(doc, "Fred Okoth")[1:] == ("KEN", "GOV")
    doc = en(real, "The British commander in Basra, General Tom Reid, said the patrol was ambushed.")
    assert code(doc, "General Tom Reid")[1] == "GBR"
    assert code(doc, "commander in Basra")[1] == "GBR"  # one description, not a list "Basra, General Tom Reid"
    doc = en(real, "In the afternoon, Fred Okoth said the border was closed.")
    assert code(doc, "Fred Okoth")[1] is None


def test_portfolio_and_deputy_between_country_title_and_name(real):
    doc = en(real, "Talks went well, US Deputy Secretary of Energy Mark Hollis said on Wednesday.")
    assert code(doc, "Mark Hollis")[1:] == ("USA", "GOV")
    doc = en(real, "The Minister for Foreign Affairs and Trade of Ghana, Ama Boateng, arrived in Lagos.")
    assert code(doc, "Ama Boateng")[1] == "GHA"


def test_the_alone_after_of_is_no_portfolio(real):
    doc = en(real, "The chairman of the Bar Council, Guy Mansfield, said the bill was wrong.")
    assert all(e.text != "Bar Council" or e.type == "ORG" for e in doc.entities)


def test_capital_joined_by_a_hyphen_is_the_place(real):
    doc = en(real, "Police feared a Dakar-style protest at a Nairobi-based bank.")
    assert code(doc, "Dakar")[0] == "LOC"
    assert code(doc, "Nairobi") == ("LOC", "KEN", None)
    doc = en(real, "The Kampala government said the vote was fair.")
    assert code(doc, "Kampala") == ("GPE", "UGA", "GOV")
    doc = en(real, "The minister flew to Nairobi, and Kampala protested.")
    assert code(doc, "Nairobi") == ("GPE", "KEN", "GOV")  # a visit's recipient
    assert code(doc, "Kampala") == ("GPE", "UGA", "GOV")


def test_devolved_bodies_are_british(real):
    doc = en(real, "The Scottish Parliament and the Welsh Assembly backed the plan, a Lib Dem spokesman said.")
    assert code(doc, "Scottish Parliament")[1:] == ("GBR", "LEG")
    assert code(doc, "Welsh Assembly")[1:] == ("GBR", "LEG")
    assert code(doc, "Lib Dem")[1:] == ("GBR", "PTY")

"""Mechanisms for wire copy nobody here wrote rules for (issues #11, #12): one name is one
referent, clause structure decides who acted and where, and modal or judging verbs keep
what did not happen out. Every sentence is hand-written for the test."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def analyze():
    from newsgraph.pipeline import analyze as run
    return run


def _events(rec):
    return [(e.type, e.mode, e.actor1 and e.actor1.text, e.actor2 and e.actor2.text)
            for e in rec.events]


def _type_actor(rec):
    """(type, actor1 text) of each event."""
    return [(t, a1) for t, _, a1, _ in _events(rec)]


def _place_name(rec, event):
    """The name of the event's place entity (None without a place)."""
    return next((e.name for e in rec.entities if e.id == event.place), None)


def _by_type(rec):
    """The record's events by type (the last of each type)."""
    return {e.type: e for e in rec.events}


def _people(rec):
    """The record's people by name."""
    return {e.name: e for e in rec.entities if e.type == "PERSON"}


def _kinds(rec):
    """(name, type) of each entity."""
    return {(e.name, e.type) for e in rec.entities}


def _entity(rec, name):
    """The entity of that name."""
    return next(e for e in rec.entities if e.name == name)


def test_one_name_is_one_referent_whatever_the_ner_said(analyze):
    rec = analyze("Rebels say they took Ed Damazin\n\nEd Damazin – Rebels said on Monday they "
                  "had entered Ed Damazin, a town in Blue Nile state.\n\nResidents said troops "
                  "left Ed Damazin at dawn.", published="2024-03-04")
    kinds = {(e.type, e.name) for e in rec.entities if e.name == "Ed Damazin"}
    assert len(kinds) == 1, kinds


def test_an_honorific_between_the_comma_and_the_name(analyze):
    rec = analyze("Qatar's prime minister, Sheikh Tamim Al Said, said on Monday that the "
                  "talks would resume.", published="2024-03-04")
    person = next(e for e in rec.entities if e.name.endswith("Al Said"))
    assert person.country == "QA" and "prime minister" in person.titles


def test_a_finite_verb_shares_the_main_subject_not_the_infinitives(analyze):
    rec = analyze("Opposition leader Tundu Lissu called for the bill to be withdrawn and urged "
                  "supporters to join fresh protests next Monday.", published="2024-03-04")
    assert ("REQUEST", None, "Tundu Lissu", "supporters") in _events(rec)
    request = next(e for e in rec.events if e.type == "REQUEST")
    assert request.time == "2024-03-04"  # urged now; the protests are next Monday's
    speakers = {q.speaker.text for q in rec.quotes if q.speaker}
    assert not any("bill" in s for s in speakers), speakers


def test_a_crowd_that_marches_protests(analyze):
    rec = analyze("Police fired tear gas as thousands marched against fuel prices in Lagos "
                  "on Tuesday.", published="2024-03-06")
    assert any(t == "PROTEST" and a1 == "thousands" for t, _, a1, _ in _events(rec))


def test_agent_nouns_from_the_phoenix_dictionary_are_actors(analyze):
    rec = analyze("The junta in Niamey suspended the broadcasts of two radio stations on "
                  "Friday.", published="2024-03-04")
    assert any(t == "COERCE" and m == "censor" and a1.startswith("junta")
               for t, m, a1, _ in _events(rec))


def test_ordering_an_envoy_out_is_an_expulsion_not_his_trip(analyze):
    rec = analyze("Burkina Faso's government on Monday ordered the Ivorian ambassador to leave "
                  "the country within 48 hours.", published="2024-03-04")
    types = [(t, m) for t, m, _, _ in _events(rec)]
    assert ("SANCTION", "expel") in types and not any(t == "CONSULT" for t, _ in types)


def test_an_act_a_year_before_the_news_is_background(analyze):
    rec = analyze("The army said on Sunday it had retaken Bentiu, more than a year after "
                  "rebels seized the town.", published="2024-03-04")
    assert not any(a1 == "rebels" for _, _, a1, _ in _events(rec))


def test_a_coordinated_verbs_place_is_its_own(analyze):
    rec = analyze("Morocco's foreign ministry welcomed the truce and urged a return to talks "
                  "in Geneva.", published="2024-03-04")
    support = next(e for e in rec.events if e.type == "SUPPORT")
    place = _place_name(rec, support)
    assert place != "Geneva"


def test_a_vow_of_war_is_a_threat_and_a_demanded_withdrawal_no_event(analyze):
    rec = analyze("Prime Minister Ariel Mendes vowed to continue the offensive against the "
                  "militia. The militia says any truce must bring a full army withdrawal.",
                  published="2024-03-04")
    types = [t for t, _, _, _ in _events(rec)]
    assert "THREATEN" in types and "RETREAT" not in types


def test_a_trip_for_talks_is_a_meeting_of_the_two_sides(analyze):
    rec = analyze("Negotiators from Armenia and Azerbaijan returned to Washington on Tuesday "
                  "for another round of peace talks.", published="2024-03-06")
    consult = [e for e in rec.events if e.type == "CONSULT"]
    assert consult and {consult[0].actor1.text, consult[0].actor2.text} == {"Armenia",
                                                                            "Azerbaijan"}


def test_an_arrest_and_a_curfew_are_two_acts(analyze):
    rec = analyze("Gunmen kill 12 in Kaduna village\n\nKaduna – Gunmen killed at least 12 "
                  "people in an attack on a village in southern Kaduna, officials said on "
                  "Monday.\n\nPolice spokesman Joe Ade said security forces had been deployed "
                  "to the area and that five suspects had been arrested.\n\nGovernor Ali Musa "
                  "condemned the killings and imposed a 24-hour curfew on the district.",
                  published="2024-03-04")
    coerce = {e.mode: e for e in rec.events if e.type == "COERCE"}
    assert set(coerce) == {"arrest", "curfew"}
    # the governor imposed the curfew, not the arrests: the police spokesman's body made them
    arrest = coerce["arrest"].actor1
    assert arrest is not None and (arrest.text, arrest.sector) == ("police", "police")


def test_who_judges_an_arrest_did_not_make_it(analyze):
    rec = analyze("Georgian police on Saturday detained opposition leader Lena Sargsyan during "
                  "a rally outside parliament.\n\nPolice said Sargsyan had been detained for "
                  "hooliganism. Her party, the Union for Change, called the arrest politically "
                  "motivated and demanded her release.", published="2024-03-04")
    arrest = next(e for e in rec.events if e.type == "COERCE")
    assert arrest.actor1.text == "Georgian police"  # not "... on Saturday", not the party


def test_fighting_a_fire_is_no_attack(analyze):
    rec = analyze("Soldiers fought the blaze for six hours near the base.",
                  published="2024-03-04")
    assert not any(t == "ASSAULT" for t, _, _, _ in _events(rec))


@pytest.mark.parametrize("text, absent", [
    ("Village head Monday Okafor said the road was closed.", "Monday"),
    ("Strikes entered a second week in the port.", "a second"),
])
def test_names_and_ordinals_are_no_times(analyze, text, absent):
    rec = analyze(text, published="2024-03-04")
    assert absent not in [t.text for t in rec.times]


def test_rivers_and_a_plural_possessive_name(analyze):
    rec = analyze("Sudan and Egypt discussed the Blue Nile and Atbara rivers with the "
                  "Sudanese Workers' Party on Monday.", published="2024-03-04")
    kinds = {e.name: e.type for e in rec.entities}
    assert kinds.get("Blue Nile") == "LOC" and kinds.get("Atbara") == "LOC", kinds
    assert "Sudanese Workers' Party" in kinds, kinds


def test_an_acronym_given_in_brackets_is_the_organization_later(analyze):
    rec = analyze("Peru suspends talks with Shining Path\n\nLima – Peru's government on Friday "
                  "suspended talks with the Revolutionary Front of Ayacucho (RFA).\n\nThe RFA "
                  "said in a statement that it remained open to dialogue but accused the "
                  "government of bad faith.", published="2024-03-04")
    front = next(e for e in rec.entities if e.name.startswith("Revolutionary Front"))
    assert len(front.mentions) >= 3
    accuse = next(e for e in rec.events if e.type == "ACCUSE")
    assert accuse.actor1 is not None and accuse.actor1.entity == front.id


def test_its_drones_are_the_speakers(analyze):
    rec = analyze("Latvia's army said its drones had struck a depot in the border region on "
                  "Friday.", published="2024-03-04")
    attack = next(e for e in rec.events if e.type == "ASSAULT")
    assert attack.actor1.text == "Latvia's army"


def test_an_act_coordinated_with_a_reported_copula_is_the_reporters(analyze):
    rec = analyze("President Ana Ruiz said the ambush near Tumaco was a crime against peace "
                  "and ordered the army to hunt down the attackers.", published="2024-03-04")
    request = next(e for e in rec.events if e.type == "REQUEST")
    assert request.actor1.text == "Ana Ruiz"


def test_generic_acts_and_the_act_a_sentence_punishes(analyze):
    rec = analyze("A court in Nepal sentenced nine men to life in prison for an attack on a "
                  "mosque in 2019. Community leaders welcomed the verdict but said many "
                  "attacks on minorities went unpunished.", published="2024-03-04")
    assert [e.type for e in rec.events if e.type == "ASSAULT"] == []
    sentence = next(e for e in rec.events if e.type == "SANCTION")
    assert sentence.actor2.text == "nine men"


def test_a_concession_by_a_partys_candidate_and_two_people_who_congratulate(analyze):
    rec = analyze("Ghana's opposition candidate Kofi Mensah won the election, and the ruling "
                  "party's candidate conceded defeat on Tuesday.\n\nFormer minister Ama Owusu "
                  "congratulated Mensah in a statement. Outgoing President Kwame Boateng also "
                  "congratulated the winner.", published="2024-03-06")
    types = [e.type for e in rec.events]
    assert "CONCEDE" in types
    congratulating = {e.actor1.text for e in rec.events if e.type == "SUPPORT"}
    assert {"Ama Owusu", "Kwame Boateng"} <= congratulating


def test_an_international_body_is_a_political_actor(analyze):
    rec = analyze("The Arab League called for calm on Monday.", published="2024-03-04")
    assert [(e.type, e.actor1.sector) for e in rec.events] == [("REQUEST", "igo")]


def test_a_name_the_ner_cut_on_either_side(analyze):
    rec = analyze("Junta chief Min Aung Hlaing met ousted leader Aung San Suu Kyi. Suu Kyi "
                  "said little.", published="2024-03-04")
    people = {e.name: len(e.mentions) for e in rec.entities if e.type == "PERSON"}
    assert people.get("Min Aung Hlaing") == 1 and people.get("Aung San Suu Kyi") == 2, people


def test_a_raid_frames_the_killing_and_detention_is_a_state(analyze):
    rec = analyze("Security forces killed six militants in a raid on a hideout on Saturday, "
                  "the army said. It said the militants were involved in attacks on police "
                  "and the killing of civilians. Their leader remained in detention.",
                  published="2024-03-04")
    assert [(e.type, e.actor2 and e.actor2.text) for e in rec.events] == [
        ("ASSAULT", "six militants")]


def test_the_group_is_the_organization_named_last_and_a_toll_joins_its_strikes(analyze):
    rec = analyze("Colombian jets struck what the army said were rebel camps near Arauca on "
                  "Monday, hours after the National Liberation Army said the group fired rockets "
                  "at an army post.\n\nMonitors said four people were killed in the strikes.",
                  published="2024-03-04")
    attacks = {(e.actor1.text if e.actor1 else None, e.actor2.text if e.actor2 else None)
               for e in rec.events if e.type == "ASSAULT"}
    assert ("Colombian jets", "four people") in attacks, attacks
    assert any(a1 == "National Liberation Army" for a1, _ in attacks), attacks


def test_protesters_who_block_a_road_protest(analyze):
    rec = analyze("Students blocked a major intersection in Skopje on Saturday.",
                  published="2024-03-04")
    assert [(e.type, e.mode) for e in rec.events] == [("PROTEST", "obstruct")]


def test_an_act_coordinated_with_a_reported_passive_is_the_reporters(analyze):
    rec = analyze("President Ivo Markov said the protesters were being manipulated by foreign "
                  "agents and rejected calls for the government to resign.",
                  published="2024-03-04")
    reject = next(e for e in rec.events if e.type == "REJECT")
    assert reject.actor1.text == "Ivo Markov"


def test_the_leader_of_a_named_group_takes_its_country(analyze):
    rec = analyze("Washington – The United States on Tuesday imposed sanctions on the leader of "
                  "Mali's Ansar Dine, Mohamed Ould Ahmed.", published="2024-03-04")
    leader = next(e for e in rec.entities if e.name.endswith("Ahmed"))
    assert leader.country == "ML"


def test_an_investigation_into_someone_and_a_threat_of_force(analyze):
    rec = analyze("Police said they had opened an investigation into John Smith on charges "
                  "of fraud. Defence Minister Rui Costa said the army would respond with full "
                  "force to any attack.", published="2024-03-04")
    kinds = _by_type(rec)
    assert kinds["ACCUSE"].actor2.text == "John Smith"
    assert kinds["THREATEN"].actor2 is None


def test_an_acronym_before_its_name_and_a_possessive_are_one_organization(analyze):
    rec = analyze("Army says it retook Sennar as RSF fighters flee\n\nKhartoum – Sudan's army "
                  "said on Sunday it had retaken Sennar from the Rapid Support Forces. The Sudan "
                  "army did not give a toll.", published="2024-03-04")
    orgs = [e.name for e in rec.entities if e.type == "ORG"]
    assert sorted(orgs) == ["Rapid Support Forces", "Sudan's army"], orgs


def test_a_relative_named_by_kinship_shares_the_relatives_country(analyze):
    rec = analyze("Seoul – North Korea fired a missile on Wednesday. Kim Yo Jong, the powerful "
                  "sister of leader Kim Jong Un, said on Sunday that the allies would pay a "
                  "dear price.", published="2024-03-04")
    assert _entity(rec, "Kim Yo Jong").country == "KP"


def test_states_sought_help_and_a_named_group(analyze):
    rec = analyze("Human rights group Foro Libre said more than 900 people remain jailed for "
                  "political reasons. The junta, which expelled French troops last year and "
                  "turned to Russia for security assistance, denied it.",
                  published="2024-03-04")
    assert _entity(rec, "Foro Libre").type == "ORG"
    assert not any(e.type in ("SANCTION", "COERCE", "AID") and e.time == "2024-03-04"
                   for e in rec.events), [(e.type, e.time) for e in rec.events]


def test_an_aide_is_an_actor_and_a_conjoined_verbs_destination_no_place(analyze):
    rec = analyze("Security forces detained one of his closest aides in Caracas on Thursday. "
                  "The captain has expelled French troops and turned to Russia for help.",
                  published="2024-03-08")
    arrest = next(e for e in rec.events if e.type == "COERCE")
    assert arrest.actor2 is not None and "aides" in arrest.actor2.text
    expel = next(e for e in rec.events if e.type == "SANCTION")
    assert expel.place is None


def test_closing_a_border_and_where_captives_were_taken(analyze):
    rec = analyze("Niger's military rulers on Monday closed the border with Benin. Gunmen "
                  "abducted at least 20 students from a school in Nigeria's Kaduna state.",
                  published="2024-03-06")
    kinds = _by_type(rec)
    assert kinds["COERCE"].mode == "restrict"
    abduction = kinds["ASSAULT"]
    assert abduction.actor2.text == "at least 20 students"
    assert _place_name(rec, abduction).startswith("Kaduna")


def test_a_party_is_its_own_actor_and_a_hearing_frames_a_verdict(analyze):
    rec = analyze("A court on Friday sentenced former president Omar Diallo to 10 years in "
                  "prison. Judge Amadou Sy announced the verdict at a hearing in the capital. "
                  "Diallo's party called on the president to pardon him. His lawyers said they "
                  "would appeal. The justice minister said the trial had been fair.",
                  published="2024-03-04")
    kinds = [(e.type, e.actor1 and e.actor1.text) for e in rec.events]
    assert ("REQUEST", "Diallo's party") in kinds, kinds
    assert sum(t == "ACCUSE" for t, _ in kinds) == 0, kinds
    # an appeal in court, like "would appeal the ruling", asks no political actor for anything
    assert not any(t == "REQUEST" and a and "lawyers" in a for t, a in kinds), kinds


def test_arrests_told_twice_are_one_event(analyze):
    rec = analyze("Nairobi – Police fired teargas and arrested dozens of protesters in Nairobi "
                  "on Thursday.\n\nAmnesty International said at least 50 people had been "
                  "detained.", published="2024-03-08")
    assert sum(e.type == "COERCE" for e in rec.events) == 1, [(e.type, e.mode) for e in
                                                              rec.events]


def test_two_countries_agree_a_barricade_protests_a_watchdog_urges(analyze):
    rec = analyze("Serbia and Kosovo have agreed on the text of a border deal, officials said "
                  "on Thursday. Supporters of the ruling Progress party set up barricades in "
                  "Mitrovica. Human Rights Watch urged the authorities to investigate.",
                  published="2024-03-08")
    kinds = _by_type(rec)
    assert kinds["AGREE"].actor2 is not None and kinds["AGREE"].actor2.text == "Kosovo"
    assert kinds["PROTEST"].mode == "obstruct"
    assert kinds["REQUEST"].actor1.text == "Human Rights Watch"


def test_a_day_after_starting_takes_the_clauses_tense(analyze):
    rec = analyze("The sanctions would take effect starting Wednesday. The curfew took effect "
                  "starting Monday.", published="2025-03-08")
    assert [t.value for t in rec.times] == ["2025-03-12", "2025-03-03"]


def test_the_drone_told_again_and_a_war_going_on(analyze):
    rec = analyze("Bahir Dar – A drone strike by the Ethiopian military killed at least 30 "
                  "people at a market in the town of Bure on Sunday, residents said.\n\n"
                  "\"The drone struck the market around midday,\" a resident said. Fano "
                  "militiamen have been fighting federal forces in the area since last year. "
                  "The government says it is fighting extremists.", published="2025-01-13")
    assert [(e.type, e.actor1 and e.actor1.text) for e in rec.events] == [
        ("ASSAULT", "Ethiopian military")]


def test_a_bare_time_of_day_is_on_the_stories_day(analyze):
    rec = analyze("A drone strike killed 30 people on Sunday, residents said. The drone struck "
                  "the market around midday. Officials will meet this morning.",
                  published="2025-01-13")
    assert [t.value for t in rec.times] == ["2025-01-12", "2025-01-12T12:00", "2025-01-13TMO"]


def test_his_minister_is_of_his_country_and_a_bodys_head_of_none(analyze):
    rec = analyze("Brussels – Hungarian Prime Minister Viktor Orban did not block the package. "
                  "His foreign minister, Peter Szijjarto, said on Tuesday that the sanctions "
                  "spared energy imports. The UN mission said thousands had fled. Its head, "
                  "Bintou Keita, warned the Security Council.", published="2024-03-04")
    country = {e.name: e.country for e in rec.entities if e.type == "PERSON"}
    assert country.get("Peter Szijjarto") == "HU" and country.get("Bintou Keita") is None


def test_crowds_of_protesters_ordinal_nights_and_ending_a_pact(analyze):
    rec = analyze("Chad said on Thursday it was ending its defence cooperation agreement with "
                  "France. Thousands of protesters gathered outside parliament for a 17th "
                  "straight night.", published="2024-12-14")
    kinds = _by_type(rec)
    assert kinds["SANCTION"].actor2.text == "France"
    assert kinds["PROTEST"].actor1.text == "protesters"
    assert [t.text for t in rec.times] == ["on Thursday"]


def test_a_headline_spelling_a_governors_country_and_gerund_shelling(analyze):
    rec = analyze("Zelensky says Ukraine ready for talks\n\nKYIV, Ukraine (AP) — Ukrainian "
                  "President Volodymyr Zelenskyy said Tuesday that Kyiv was ready to talk.\n\n"
                  "Meanwhile, Russian shelling killed two civilians in the southern city of "
                  "Kherson, regional governor Oleksandr Prokudin said. In Russia's Belgorod "
                  "region, a Ukrainian drone attack wounded three people, according to "
                  "governor Vyacheslav Gladkov.", published="2024-11-19")
    people = {e.name: (len(e.mentions), e.country) for e in rec.entities if e.type == "PERSON"}
    assert people["Volodymyr Zelenskyy"][0] == 2
    assert people["Vyacheslav Gladkov"][1] == "RU"
    assert any(e.type == "NORP" and e.name == "Russian" for e in rec.entities)  # not "Russia"
    sides = {(e.actor1.text, e.actor2.text) for e in rec.events if e.type == "ASSAULT"}
    assert ("Russian", "two civilians") in sides and ("Ukrainian", "three people") in sides


def test_a_place_in_the_actors_apposition_is_not_where(analyze):
    rec = analyze("The United States, a treaty ally of Manila, condemned China's dangerous "
                  "actions on Monday.", published="2024-06-17")
    assert [e.place for e in rec.events if e.type == "ACCUSE"] == [None]


def test_insisting_that_others_must_act_is_a_demand(analyze):
    rec = analyze("Kyiv said it was ready to talk, but the Kremlin insisted that Ukrainian "
                  "forces must first withdraw from the Donetsk region.", published="2024-11-19")
    assert ("REQUEST", "Kremlin") in [(e.type, e.actor1.text) for e in rec.events]


def test_a_past_years_tally_and_a_long_siege_are_background(analyze):
    rec = analyze("Tehran – Iran on Thursday executed a man convicted of killing a guard. Rights "
                  "groups said at least 800 people had been executed in Iran last year. The "
                  "militia has besieged Kadugli for more than a year.", published="2025-01-12")
    assert [(e.type, e.time) for e in rec.events] == [("ASSAULT", "2025-01-09")]


def test_rights_groups_and_charities_are_political_actors(analyze):
    rec = analyze("Rights groups urged the government on Monday to free the detainees. Four "
                  "aid workers were abducted near Gao.", published="2024-03-04")
    request = next(e for e in rec.events if e.type == "REQUEST")
    assert request.actor1.sector == "ngo"
    assert all(e.actor2 is None or e.actor2.sector != "ngo" for e in rec.events
               if e.type == "ASSAULT")  # aid workers are civilians


# --- names a headline misspells, names that are places, ships (session of 2026-12-06) ------


def test_a_titled_full_name_whose_surname_is_a_place(analyze):
    rec = analyze("Ex-leader jailed\n\nA court on Tuesday jailed former President Alejandro "
                  "Toledo, 71, for fraud.", published="2024-03-06")
    person = _entity(rec, "Alejandro Toledo")
    assert person.type == "PERSON" and person.age == 71
    assert not any(e.name == "Toledo" for e in rec.entities)


@pytest.mark.parametrize("headline, body_name", [
    ("Floods cut off towns in Morroco as rains go on", "Morocco"),  # a letter doubled wrongly
    ("Police fire on crowd in Sidi Bouzeid", "Sidi Bouzid"),  # one slip in a two-word name
])
def test_a_name_the_headline_misspells_is_the_bodys_referent(analyze, headline, body_name):
    rec = analyze(f"{headline}\n\nResidents of {body_name} said on Monday that the water was "
                  f"still rising. Officials in {body_name} opened shelters.",
                  published="2024-03-04")
    named = [e for e in rec.entities if body_name.split()[-1][:3] in e.name]
    assert [e.name for e in named] == [body_name]
    assert named[0].mentions[0].start < rec.text.index("Residents")  # the headline's mention


def test_a_name_read_as_a_place_once_is_a_place_everywhere(analyze):
    rec = analyze("Rebels have besieged Kadugli since March. Aid agencies said supplies to "
                  "Kadugli had run out, and the United Nations said food prices in the "
                  "markets of Kadugli had tripled.", published="2024-03-04")
    kadugli = _entity(rec, "Kadugli")
    assert kadugli.type == "GPE" and kadugli.geo is not None and kadugli.country == "SD"


def test_a_sea_feature_is_not_its_namesake_town(analyze):
    rec = analyze("Manila – Chinese coast guard ships blocked a Philippine supply boat near "
                  "Scarborough Shoal on Sunday, the Philippine navy said.",
                  published="2024-03-04")
    shoal = next(e for e in rec.entities if "Scarborough" in e.name)
    assert shoal.geo is None or shoal.geo.country != "GB"


def test_a_range_named_before_mountains_is_one_place(analyze):
    rec = analyze("Rabat – Landslides cut roads in the Middle Atlas mountains on Monday, "
                  "Morocco's interior ministry said.", published="2024-03-04")
    assert any(e.name == "Middle Atlas" and e.type == "LOC" for e in rec.entities)
    assert not any(e.type == "PERSON" for e in rec.entities)
    atlas = _entity(rec, "Middle Atlas")
    assert atlas.geo is None or atlas.geo.country == "MA"


def test_a_ship_named_after_a_person_is_no_person(analyze):
    rec = analyze("The navy said its patrol vessel Gabriela Silang had been damaged by a "
                  "water cannon.", published="2024-03-04")
    assert not any(e.type == "PERSON" for e in rec.entities)


# --- events: scenes, dates of coordinated acts, charges, reprisals, threats -------------------


def test_a_place_in_the_attacked_site_is_the_events_place(analyze):
    rec = analyze("Port Sudan – A drone strike on a market in the town of Kassala killed nine "
                  "people on Sunday, officials said.", published="2024-03-04")
    attack = _by_type(rec)["ASSAULT"]
    assert _place_name(rec, attack) == "Kassala"


def test_a_coordinated_act_shares_the_first_verbs_date(analyze):
    rec = analyze("Riot police in Georgia used water cannon and tear gas to disperse thousands "
                  "of protesters outside parliament on Thursday night and detained at least 40 "
                  "people, the interior ministry said.", published="2024-03-04")
    arrest = next(e for e in rec.events if e.mode == "arrest")
    assert arrest.time.startswith("2024-02-29")


def test_the_charge_after_accused_is_not_the_accused(analyze):
    rec = analyze('The opposition leader accused the army of "systematic" abuses in the '
                  "north on Monday.", published="2024-03-04")
    accuse = _by_type(rec)["ACCUSE"]
    assert accuse.actor2 is not None and accuse.actor2.text.lower().endswith("army")


def test_those_an_act_was_done_to_are_not_the_side_condemned(analyze):
    rec = analyze("The UN human rights chief condemned the violence against journalists in "
                  "Caracas on Monday.", published="2024-03-04")
    accuse = _by_type(rec)["ACCUSE"]  # the condemnation is an event, aimed at no one named
    assert accuse.actor2 is None or "journalist" not in accuse.actor2.text


def test_a_rally_hijacked_is_no_abduction(analyze):
    rec = analyze("The interior minister said on Monday that the rally had been hijacked by "
                  "criminals.", published="2024-03-04")
    assert not any(e.mode == "abduct" for e in rec.events)


def test_a_ship_rams_for_its_flag(analyze):
    rec = analyze("Hanoi – Vietnam said on Monday that a Chinese vessel had rammed one of its "
                  "fishing boats near the Paracel Islands.", published="2024-03-04")
    attack = _by_type(rec)["ASSAULT"]
    assert attack.actor1 is not None and attack.actor1.country == "CN"
    assert attack.actor2 is not None and attack.actor2.country == "VN"


def test_rockets_fired_are_heavy_weapons(analyze):
    rec = analyze("Militants fired a barrage of rockets at an army base in Kandahar on Monday, "
                  "officials said.", published="2024-03-04")
    assert _by_type(rec)["ASSAULT"].mode == "heavy-weapons"


def test_a_reprisal_is_its_own_attack_dated_by_its_offset(analyze):
    rec = analyze("Goma – M23 rebels shelled army positions near Goma on Friday, a day after "
                  "Congolese army jets bombed rebel bases in Rutshuru.", published="2024-03-04")
    attacks = [e for e in rec.events if e.type == "ASSAULT"]
    assert len(attacks) == 2, _events(rec)
    assert sorted(e.time for e in attacks) == ["2024-02-29", "2024-03-01"]


def test_a_warning_on_a_condition_is_a_threat(analyze):
    rec = analyze("The defence minister warned on Monday that the army would strike back if "
                  "the militants attacked the border again.", published="2024-03-04")
    threat = _by_type(rec)["THREATEN"]
    assert threat.actor2 is not None and threat.actor2.text.endswith("militants")


def test_a_first_delivery_in_months_is_news(analyze):
    rec = analyze("UNICEF said on Monday it had delivered food aid to Mopti for the first "
                  "time in months.", published="2024-03-04")
    assert "AID" in _by_type(rec)


def test_those_harmed_when_others_acted(analyze):
    rec = analyze("Five police officers were wounded when rioters threw petrol bombs in "
                  "Nairobi on Monday, the ministry said.", published="2024-03-04")
    assert any(e.actor1 is not None and e.actor1.text == "rioters" for e in rec.events), \
        _events(rec)


# --- wire styles: a credit with no dash, a byline with the page's date, captions -------------


def test_a_credit_in_brackets_ends_a_dateline_with_no_dash(analyze):
    rec = analyze("Curfew in Assam\n\nGuwahati, Jan 11 (PTI) Authorities in Assam on "
                  "Saturday imposed a curfew in three districts after clashes between two "
                  "groups, officials said.", published="2025-01-12")
    assert rec.dateline is not None and rec.dateline.text == "Guwahati"
    assert rec.credits == ["PTI"]
    first = next(e for e in rec.events)
    assert rec.text[first.evidence.start:].startswith("Authorities")


def test_a_byline_with_the_pages_date_and_a_bare_caption_label(analyze):
    rec = analyze("Floods close schools\n\nBy Press Trust of India | Updated: January 11, 2025 "
                  "10:42 IST\n\nAuthorities in Assam on Saturday closed all schools in three "
                  "districts after floods cut roads, officials said.\n\nFile photo\n\nThe "
                  "state government said relief camps had been opened for 20,000 people.")
    assert rec.published == "2025-01-11" and rec.published_source == "page"
    assert rec.credits == ["PTI"] and rec.bylines == []
    assert "File photo" not in rec.text
    assert not any(e.name == "Press Trust of India" for e in rec.entities)


def test_the_agency_credited_after_the_dateline_is_no_entity(analyze):
    rec = analyze("LIMA (Reuters) - Peru's congress on Monday removed the president from office "
                  "after a vote, lawmakers said.", published="2024-03-04")
    assert rec.credits == ["Reuters"]
    assert not any(e.name == "Reuters" for e in rec.entities)


def test_an_untagged_surname_after_a_two_word_name(analyze):
    rec = analyze("Venezuelan security agents detained opposition leader Maria Corina Machado "
                  "after she addressed a rally in Caracas on Thursday, her party said. Machado "
                  "was released hours later.", published="2025-01-12")
    person = _entity(rec, "Maria Corina Machado")
    assert len(person.mentions) == 2
    arrest = next(e for e in rec.events if e.mode == "arrest")
    assert arrest.actor1 is not None and arrest.actor1.sector == "police"
    assert arrest.actor2 is not None and arrest.actor2.entity == person.id


def test_a_court_named_like_a_person_is_an_organization(analyze):
    rec = analyze("The three-judge International Crimes Tribunal found him guilty on "
                  "Wednesday, his lawyer said in a post on X.", published="2025-01-12")
    names = {e.name: e.type for e in rec.entities}
    assert names.get("International Crimes Tribunal") == "ORG"
    assert not any(n.rstrip(".") == "X" for n in names)


def test_an_armed_group_beside_a_country_stays_a_group(analyze):
    rec = analyze("Israel and Hamas agreed on Wednesday to a truce in Gaza, mediators said.",
                  published="2025-01-12")
    hamas = _entity(rec, "Hamas")
    assert hamas.type == "ORG" and hamas.geo is None


def test_title_case_headline_words_are_no_names(analyze):
    rec = analyze("Curfew Imposed In Two Districts After Clashes, Internet Suspended\n\n"
                  "Authorities in Assam on Saturday imposed a curfew in two districts and "
                  "suspended mobile internet services after clashes, officials said.",
                  published="2025-01-12")
    assert not any(e.name in ("Suspended", "Curfew") for e in rec.entities)
    assert {e.mode for e in rec.events if e.type == "COERCE"} >= {"curfew", "censor"}


def test_tear_gas_shells_are_no_heavy_weapons(analyze):
    rec = analyze("Security forces fired tear gas shells to disperse crowds that tried to "
                  "storm a police station in Imphal on Friday, officials said.",
                  published="2025-01-12")
    assert not any(e.type == "ASSAULT" for e in rec.events), _events(rec)
    assert any(e.mode == "restrict" for e in rec.events)


def test_a_verb_the_tagger_called_a_noun(analyze):
    rec = analyze("Police in Mozambique shot dead at least 11 people on Thursday as protests "
                  "over disputed election results spread, a rights group said.",
                  published="2025-01-12")
    attack = _by_type(rec)["ASSAULT"]
    assert attack.actor1 is not None and attack.actor1.sector == "police"


def test_a_participle_describing_a_thing_is_no_act(analyze):
    rec = analyze("Police in Mozambique shot dead at least 11 people on Thursday as protests "
                  "spread to several cities, a rights group said. Protesters blocked roads with "
                  "burning tyres in the capital Maputo and looted shops in the northern city of "
                  "Nampula, witnesses said.", published="2025-01-12")
    attacks = [e for e in rec.events if e.type == "ASSAULT"]
    assert len(attacks) == 1, _events(rec)  # the burning tyres are no attack joined to it
    assert _place_name(rec, attacks[0]) == "Mozambique"


def test_a_foreign_act_is_not_placed_at_the_dateline(analyze):
    rec = analyze("Belgrade – Serbia on Monday expelled a Croatian diplomat, a day after "
                  "Croatia banned a Serbian minister from entering its territory.",
                  published="2025-01-12")
    ban = next(e for e in rec.events if e.mode == "ban")
    assert ban.place is None and ban.time == "2025-01-05"


def test_the_acts_own_date_beats_the_date_it_was_told(analyze):
    rec = analyze("Islamabad: Pakistani troops killed 12 militants in a raid near the Afghan "
                  "border, the military said on Saturday.\n\nThe raid was carried out on Friday "
                  "night, the statement said.", published="2025-01-12")
    attack = _by_type(rec)["ASSAULT"]
    assert attack.time.startswith("2025-01-10"), attack.time


def test_its_army_is_its_own_subjects(analyze):
    rec = analyze('"Eritrea is mobilising its army," government spokesman Legesse Tulu told '
                  "reporters in Addis Ababa on Tuesday.", published="2025-01-12")
    mobilize = _by_type(rec)["MOBILIZE"]
    assert mobilize.actor2 is None or "Legesse" not in mobilize.actor2.text


def test_a_crowd_gathered_in_protest_protests(analyze):
    rec = analyze("Thousands of people gathered outside the city hall in Izmir in protest on "
                  "Wednesday, witnesses said.", published="2025-01-12")
    protest = _by_type(rec)["PROTEST"]
    assert protest.actor1 is not None and protest.actor1.sector == "civilians"


def test_a_city_the_ner_called_a_people_and_its_headline_misspelling(analyze):
    rec = analyze("Army retakes bridge in Omdurmann\n\nKhartoum – Sudan's army said on Monday it "
                  "had recaptured a bridge linking Omdurman and Khartoum North from the Rapid "
                  "Support Forces.", published="2025-01-12")
    city = [e for e in rec.entities if e.name.startswith("Omdurman")]
    assert [(e.name, e.type) for e in city] == [("Omdurman", "GPE")]
    assert len(city[0].mentions) == 2


def test_days_after_gives_no_date_of_the_main_clause(analyze):
    rec = analyze("Seoul – North Korea fired a missile into the sea on Tuesday, days after "
                  "Pyongyang threatened to respond to joint drills.", published="2025-01-12")
    threat = _by_type(rec)["THREATEN"]
    assert threat.time_source == "published"


def test_a_name_the_ner_split_in_two_and_a_groups_country(analyze):
    rec = analyze("Mogadishu – Al-Shabaab militants attacked a hotel in Mogadishu on Sunday. "
                  'President Hassan Sheikh Mohamud has vowed "total war" against the '
                  "al-Qaeda-linked group.", published="2025-01-12")
    names = {e.name: e for e in rec.entities}
    assert "Hassan Sheikh Mohamud" in names and "Mohamud" not in names
    group = next(e for e in rec.entities if e.name.lower() == "al-shabaab")
    assert group.country == "SO"
    threat = _by_type(rec)["THREATEN"]
    assert threat.actor2 is not None and threat.actor2.entity == group.id


def test_a_region_after_in_the_is_no_person(analyze):
    rec = analyze("France said its fight against terrorism in the Sahel would go on, the "
                  "ministry said on Monday.", published="2025-01-12")
    sahel = _entity(rec, "Sahel")
    assert sahel.type == "LOC"


def test_an_officers_country_is_not_where_a_visit_is(analyze):
    rec = analyze("US Secretary of State Antony Blinken was visiting Seoul on Tuesday for talks "
                  "with South Korean officials.", published="2025-01-12")
    visit = next(e for e in rec.events if e.type == "CONSULT")
    assert _place_name(rec, visit) == "Seoul"


def test_a_habit_told_in_passing_is_not_the_act_condemned(analyze):
    rec = analyze("Kaduna – Gunmen abducted 40 students from a school in Kaduna state on "
                  "Friday, police said. Armed gangs known locally as bandits often kidnap "
                  "people for ransom in the region. President Bola Tinubu condemned the attack.",
                  published="2025-01-12")
    accuse = _by_type(rec)["ACCUSE"]
    assert accuse.actor2 is None or accuse.actor2.text != "bandits"


def test_a_department_a_time_zone_and_a_name_cut_at_bin(analyze):
    rec = analyze("Bogota – Rebels freed six soldiers in the northeastern department of Arauca "
                  "at 1200 GMT on Wednesday, and Saudi Energy Minister Prince Abdulaziz bin "
                  "Salman welcomed the release.", published="2025-01-12")
    names = {e.name: e.type for e in rec.entities}
    assert names.get("Arauca") == "GPE"
    assert "GMT" not in names
    assert "Abdulaziz bin Salman" in names and "bin Salman" not in names


def test_its_forces_in_a_coordinated_statement_are_the_speakers(analyze):
    rec = analyze("Islamabad – Pakistan's military accused India of targeting villages on "
                  "Thursday and said its forces had destroyed several Indian bunkers.",
                  published="2025-01-12")
    attack = _by_type(rec)["ASSAULT"]
    assert attack.actor1 is not None and attack.actor1.country == "PK"
    assert attack.actor2 is not None and attack.actor2.country == "IN"


def test_a_groups_leader_is_of_the_groups_country_and_crown_is_a_title(analyze):
    rec = analyze("Riyadh – Iran's foreign minister met Crown Prince Mohammed bin Salman on "
                  "Wednesday. Hamas leader Yahya Sinwar was killed by Israel this year.",
                  published="2025-01-12")
    people = _people(rec)
    assert people["Mohammed bin Salman"].titles == ["Crown Prince"]
    assert people["Yahya Sinwar"].country == "PS"


def test_firing_a_commander_is_no_attack_and_a_rank_is_a_title(analyze):
    rec = analyze("Lusaka – The president on Friday fired the commander of the army, Lieutenant "
                  "General Joseph Banda, after a row over pay, a spokeswoman, Mary Tembo, said.",
                  published="2025-01-12")
    assert not any(e.type == "ASSAULT" for e in rec.events), _events(rec)
    people = _people(rec)
    assert people["Joseph Banda"].titles == ["Lieutenant General"]
    assert "Mary Tembo" in people
    assert not any(e.name == "Lieutenant General" for e in rec.entities)


def test_live_ammunition_is_small_arms_and_the_wounded_are_victims(analyze):
    rec = analyze("Lusaka – According to the Human Rights Commission, three miners were killed "
                  "and 11 wounded when troops fired live ammunition at a crowd on Jan. 3.",
                  published="2025-01-12")
    attacks = [e for e in rec.events if e.type == "ASSAULT"]
    assert attacks and all(e.mode == "firearms" for e in attacks), _events(rec)
    assert not any(e.actor1 is not None and "miners" in e.actor1.text for e in attacks)


# --- mechanisms added after the third batch of unseen wire copy ---------------------------

def test_a_titled_one_word_name_makes_its_bare_repeats_a_person(analyze):
    rec = analyze("Dhaka – A tribunal on Tuesday issued a warrant for ousted prime minister "
                  "Sheikh Rehana. Rehana, 70, fled to India in August. Officials want India to "
                  "send Rehana back.", published="2025-01-12")
    kinds = {(e.type, len(e.mentions)) for e in rec.entities if "Rehana" in e.name}
    assert kinds == {("PERSON", 3)}, kinds


def test_a_minister_of_another_country_is_not_the_speaker(analyze):
    rec = analyze("Muscat – Kenya's foreign minister said on Sunday that Nairobi was ready to "
                  "talk. Uganda's foreign minister, Okello Oryem, had called for a meeting.",
                  published="2025-01-12")
    first = next(q for q in rec.quotes if "ready to talk" in q.text)
    assert first.speaker.entity is None or next(
        e for e in rec.entities if e.id == first.speaker.entity).name != "Okello Oryem"


def test_a_spokesman_for_a_group_in_a_city_takes_the_groups_country(analyze):
    rec = analyze("Quetta – A spokesman for the Taliban administration in Kabul, Ahmad Wali "
                  "Haqmal, denied the report on Monday.", published="2025-01-12")
    person = _entity(rec, "Ahmad Wali Haqmal")
    assert person.country == "AF" and person.country_source == "text"


def test_a_nickname_in_quotes_is_part_of_one_name(analyze):
    rec = analyze("Culiacan – Prosecutors charged Joaquin \"El Gordo\" Salas with "
                  "trafficking on Monday.", published="2025-01-12")
    people = [e.name for e in rec.entities if e.type == "PERSON"]
    assert any("Salas" in p and p.startswith("Joaquin") for p in people), people
    assert not any(e.name == "El Gordo" for e in rec.entities)


def test_a_club_is_no_town_and_a_score_is_no_name(analyze):
    rec = analyze("Leeds – Newcastle United beat Leicester City 3-1 on Saturday. Leicester "
                  "City remain bottom.", published="2025-01-12")
    names = {e.name: e.type for e in rec.entities}
    assert names.get("Leicester City") == "ORG", names
    assert not any("3-1" in n for n in names), names
    assert not rec.events


def test_a_warning_of_suffering_on_a_condition_threatens_the_one_warned(analyze):
    rec = analyze("Washington – President Donald Trump warned on Thursday that Cuba would face "
                  "tariffs if it did not stop the shipments.", published="2025-01-12")
    threat = next((e for e in rec.events if e.type == "THREATEN"), None)
    assert threat is not None, _events(rec)
    assert threat.actor2 is not None and threat.actor2.text == "Cuba"


def test_proposed_talks_are_no_meeting(analyze):
    rec = analyze("Washington – President Donald Trump said he had written to President Nicolas "
                  "Maduro proposing talks.\n\nThe Treasury imposed sanctions on two Venezuelan "
                  "officials on Friday.", published="2025-01-12")
    assert not any(e.type == "CONSULT" for e in rec.events), _events(rec)
    assert any(e.type == "SANCTION" for e in rec.events), _events(rec)  # (the rest still read)


def test_a_participle_before_the_object_keeps_it_the_object(analyze):
    rec = analyze("Seoul – South Korean prosecutors on Sunday indicted impeached Governor Park "
                  "Hyun Woo on charges of taking bribes.\n\nKenya accused neighbouring Somalia "
                  "on Monday of arming rebels.", published="2025-01-12")
    pairs = {(e.type, e.actor2 and e.actor2.text) for e in rec.events}
    assert any(t == "ACCUSE" and a2 and a2.endswith("Somalia") for t, a2 in pairs), pairs
    assert any(t == "ACCUSE" and a2 and "Park" in a2 for t, a2 in pairs), pairs


def test_a_threat_in_a_while_clause_is_an_act_of_its_own(analyze):
    rec = analyze("Havana – Cuba rejected direct talks on Monday while Washington threatened "
                  "military action.", published="2025-01-12")
    types = {e.type: e for e in rec.events}
    assert "REJECT" in types and "THREATEN" in types, _events(rec)
    assert types["THREATEN"].actor1.text == "Washington"


def test_vowing_to_eliminate_an_enemy_is_a_threat(analyze):
    rec = analyze("Peshawar – Interior Minister Mohsin Naqvi vowed on Friday to crush the "
                  "militants behind the bombing.", published="2025-01-12")
    assert any(e.type == "THREATEN" for e in rec.events), _events(rec)
    assert not any(e.type == "AGREE" for e in rec.events), _events(rec)


def test_a_leader_touring_a_town_of_his_country_is_no_visit_event(analyze):
    rec = analyze("Lahore – Prime Minister Shehbaz Sharif visited Multan on Thursday. Chinese "
                  "President Xi Jinping visited Islamabad on Friday.", published="2025-01-12")
    visits = [e for e in rec.events if e.type == "CONSULT"]
    assert [v.actor1.text for v in visits] == ["Xi Jinping"], _events(rec)


def test_deciding_whether_and_being_due_to_are_not_done(analyze):
    rec = analyze("Seoul – The court is deciding whether to remove Governor Park Jin-ho from "
                  "office. Under the deal, Chinese troops are due to withdraw from the "
                  "border.", published="2025-01-12")
    done = [e for e in rec.events if e.modality not in ("planned",)]
    assert not done, _events(rec)
    # (the withdrawal is still told, as planned: the test fails if every event vanished)
    assert any(e.type == "RETREAT" and e.modality == "planned" for e in rec.events), \
        _events(rec)


def test_the_attackers_own_account_is_the_same_attack(analyze):
    rec = analyze("Beirut – An Israeli drone strike on a motorcycle in the town of Bint Jbeil "
                  "killed two people on Sunday, Lebanon's health ministry said.\n\nThe Israeli "
                  "military said it had struck two Hezbollah fighters in the area.",
                  published="2025-01-12")
    attacks = [e for e in rec.events if e.type == "ASSAULT"]
    assert len(attacks) == 1, _events(rec)


def test_a_spokesman_points_to_a_group_not_a_train(analyze):
    rec = analyze("Quetta – The Baloch Liberation Army said it had attacked the Khyber Mail "
                  "on Tuesday. The army accused the group of getting help from abroad.",
                  published="2025-01-12")
    accuse = next(e for e in rec.events if e.type == "ACCUSE")
    assert accuse.actor2 is not None and accuse.actor2.text == "Baloch Liberation Army"


def test_a_long_campaign_and_handing_over_are_background(analyze):
    rec = analyze("Mogadishu – Somali troops on Sunday retook the town of Bulo Burte from "
                  "al-Shabaab. Al-Shabaab has been fighting to topple the government for 17 "
                  "years. The African Union force, which has been handing over bases to "
                  "Somali troops, said it helped.", published="2025-01-12")
    attack = next(e for e in rec.events if e.type == "ASSAULT")
    assert attack.actor1 is not None and "Somali" in attack.actor1.text, _events(rec)
    assert not any(e.type == "RETREAT" for e in rec.events), _events(rec)


def test_a_nationality_the_ner_missed_before_a_title(analyze):
    rec = analyze("Washington – The Treasury imposed sanctions on Friday. Armenian Prime "
                  "Minister Nikol Pashinyan condemned the move. Azerbaijani Foreign Minister "
                  "Jeyhun Bayramov welcomed it.", published="2025-01-12")
    people = _people(rec)
    assert people["Jeyhun Bayramov"].country == "AZ"
    assert not any(e.type == "PERSON" and e.name == "Azerbaijani" for e in rec.entities)


def test_a_relative_shares_the_named_persons_country(analyze):
    rec = analyze("Seoul – North Korean leader Kim Jong Un's younger sister Kim Yo Jong warned "
                  "on Monday that Pyongyang would respond.", published="2025-01-12")
    sister = _entity(rec, "Kim Yo Jong")
    assert sister.country == "KP"


def test_the_north_is_no_town_and_an_exercise_is_no_person(analyze):
    rec = analyze("Seoul – The allies began the Iron Mace exercise on Monday. The North called "
                  "it a rehearsal for war. Iron Mace will last ten days.", published="2025-01-12")
    assert not any(e.name == "North" for e in rec.entities)
    assert not any(e.name == "Iron Mace" and e.type == "PERSON" for e in rec.entities)


def test_a_wire_and_an_outlet_on_the_credit_line(analyze):
    rec = analyze("Nairobi – Police arrested 12 protesters on Monday, the interior ministry "
                  "said.\n\n-AFP/Daily Monitor", published="2025-01-12")
    assert rec.credits == ["AFP", "Daily Monitor"]


def test_of_two_headline_copies_the_one_spelled_as_the_story(analyze):
    rec = analyze("Kenyan police arest 12 at protest in Nairobi\n\nKenyan police arrest 12 at "
                  "protest in Nairobi\n\nNairobi – Kenyan police arrested 12 people at a protest "
                  "on Monday, officials said.", published="2025-01-12")
    assert rec.headline == "Kenyan police arrest 12 at protest in Nairobi"


def test_dotted_page_dates_are_read(analyze):
    rec = analyze("Armenia and Azerbaijan agree treaty text\n\n13.03.2025 | 18:04\n\nYerevan – "
                  "Armenia and Azerbaijan agreed the text of a peace treaty on Thursday, "
                  "officials said.")
    assert str(rec.published) == "2025-03-13"


def test_what_a_source_said_killed_is_not_the_source(analyze):
    rec = analyze("Khartoum – The army said it had repelled an assault on El Obeid in fighting "
                  "that local doctors said killed at least 30 civilians.", published="2025-01-12")
    assert not any(e.actor1 is not None and "doctors" in e.actor1.text for e in rec.events), \
        _events(rec)


def test_alarmed_by_the_shelling_is_no_shelling_by_the_alarmed(analyze):
    rec = analyze("Geneva – The UN aid coordinator for Sudan, Mary Okello, said she was "
                  "\"deeply alarmed\" by the shelling of the Al Nao Hospital, the only hospital "
                  "in the city, and called on both sides to stop.", published="2025-01-12")
    assert not any(e.type == "ASSAULT" and e.actor1 is not None and "Okello" in e.actor1.text
                   for e in rec.events), _events(rec)


def test_whose_president_is_not_the_subject_and_prompting_passes_the_act_on(analyze):
    rec = analyze("Nairobi – The Kenya Medical Association, whose chairman Simon Kigondu has "
                  "treated protesters, accused the police of brutality on Monday.\n\nMaputo – "
                  "The Constitutional Council confirmed Daniel Chapo as winner of the October 9 "
                  "election on Monday, prompting opposition leader Venancio Mondlane to reject the "
                  "ruling.",
                  published="2025-01-12")
    accuse = next(e for e in rec.events if e.type == "ACCUSE")
    assert accuse.actor1.text == "Kenya Medical Association", _events(rec)
    reject = next((e for e in rec.events if e.type == "REJECT"), None)
    assert reject is not None and reject.actor1.text == "Venancio Mondlane", _events(rec)
    assert reject.time == "2025-01-06"  # Monday's; October 9 is the election's date


def test_a_date_before_a_past_act_noun_is_past(analyze):
    rec = analyze("Beirut – Under the November 27 truce, troops were to pull back. The vote "
                  "confirmed the winner of the October 9 election.", published="2025-01-12")
    values = {t.text: t.value for t in rec.times}
    assert values.get("November 27") == "2024-11-27", values
    assert values.get("October 9") == "2024-10-09", values


def test_a_name_in_a_place_slot_is_a_place_not_a_person(analyze):
    rec = analyze("Sittwe – A junta air strike on Thit Tone Nar village killed 12 people on "
                  "Monday. The rebels hold positions in western Kanni and near Yaw Taung, and "
                  "fighters entered Mrauk town.", published="2025-01-12")
    kinds = {e.name: e.type for e in rec.entities}
    people = [n for n, t in kinds.items() if t == "PERSON"]
    assert not people, kinds


def test_a_relatives_threat_on_a_condition_is_hers(analyze):
    rec = analyze("Seoul – North Korean leader Kim Jong Un's younger sister Kim Yo Jong warned "
                  "on Monday that Pyongyang would take action if Seoul continued its drills.",
                  published="2025-01-12")
    threat = next((e for e in rec.events if e.type == "THREATEN"), None)
    assert threat is not None and threat.actor1.text == "Kim Yo Jong", _events(rec)


def test_fleeing_fighting_and_accidental_bombs_are_no_attacks(analyze):
    rec = analyze("Cox's Bazar – Hundreds of refugees crossed the river into Bangladesh to "
                  "escape the fighting, officials said.\n\nSeoul – Two air force jets "
                  "accidentally dropped four bombs on a village on Thursday, injuring eight "
                  "people, the air force said.\n\nPolice arrested two smugglers in Teknaf on "
                  "Friday.", published="2025-01-12")
    assert not any(e.type == "ASSAULT" for e in rec.events), _events(rec)
    assert any(e.type == "COERCE" for e in rec.events), _events(rec)  # (the rest still read)


def test_a_relief_convoy_that_crosses_in_is_aid(analyze):
    rec = analyze("Adre – A convoy of 30 United Nations trucks carrying food and medicine "
                  "crossed into Sudan on Friday, officials said.", published="2025-01-12")
    aid = next((e for e in rec.events if e.type == "AID"), None)
    assert aid is not None and aid.actor1.text == "United Nations", _events(rec)


def test_an_act_in_a_relative_clause_takes_its_antecedents_date(analyze):
    rec = analyze("New Delhi – Ties collapsed after a border clash in June 2020 in which 20 "
                  "soldiers were killed. Talks resumed on Monday.", published="2025-01-12")
    assert not any(e.type == "ASSAULT" for e in rec.events), _events(rec)


def test_a_street_event_takes_the_paragraphs_town_not_the_dateline(analyze):
    rec = analyze("WASHINGTON (AFP) – The United States imposed sanctions on a Georgian "
                  "tycoon on Friday.\n\nThousands of people have rallied outside parliament "
                  "in Tbilisi every night. Police have arrested more than 400 people.",
                  published="2025-01-12")
    arrest = next(e for e in rec.events if e.type == "COERCE")
    assert _place_name(rec, arrest) == "Tbilisi", _place_name(rec, arrest)


def test_a_place_described_in_apposition_keeps_its_own_town(analyze):
    rec = analyze("Khartoum – Sudan's army said on Monday it had repelled a major assault by the "
                  "paramilitary RSF on El Obeid, the last big city in the western Kordofan "
                  "region still in its hands, in fighting that doctors said killed 30 "
                  "civilians.", published="2025-01-12")
    attack = next(e for e in rec.events if e.type == "ASSAULT")
    assert _place_name(rec, attack) == "El Obeid", _place_name(rec, attack)


def test_two_halves_of_one_name_are_one_person(analyze):
    rec = analyze("Dhaka – The party's secretary general, Mirza Fakhrul Islam Alamgir, said on "
                  "Monday the vote must be held this year.", published="2025-01-12")
    people = [e.name for e in rec.entities if e.type == "PERSON"]
    assert people == ["Mirza Fakhrul Islam Alamgir"], people


def test_the_other_sides_fire_in_a_shootout_is_the_same_clash(analyze):
    rec = analyze("Culiacan – Mexican soldiers killed 12 suspected gunmen in a shootout near "
                  "the city on Monday, the defence ministry said.\n\nSoldiers on patrol came "
                  "under fire from armed men in several trucks and fired back, the ministry "
                  "said. One soldier was wounded.", published="2025-01-12")
    attacks = [e for e in rec.events if e.type == "ASSAULT"]
    assert len(attacks) == 1, _events(rec)


def test_operations_occasions_and_lists_of_disciplines_are_no_names(analyze):
    rec = analyze("Maiduguri – Troops of Operation Hadin Kai marked the 64th Independence "
                  "anniversary on Tuesday. MINISTER of Defence, General Musa Bello, praised "
                  "recruits trained in fields such as Nursing, engineering and law at the "
                  "Army Training Schools.", published="2025-01-12")
    kinds = {e.name: e.type for e in rec.entities}
    assert kinds.get("Operation Hadin Kai") in (None, "EVENT"), kinds
    for junk in ("64th Independence", "Defence", "Nursing"):
        assert junk not in kinds, kinds
    assert not any(t == "PERSON" and "Schools" in n for n, t in kinds.items()), kinds


def test_a_town_with_a_plural_verb_is_a_club(analyze):
    rec = analyze("Cairo – Liverpool have gained popularity in Egypt since Salah joined. "
                  "Children at the Liverpool Academy train daily.", published="2025-01-12")
    kinds = {e.name: e.type for e in rec.entities}
    assert kinds.get("Liverpool") == "ORG", kinds


def test_numeric_page_dates_read_as_the_line_settles_them(analyze):
    dotted = analyze("Kazakhstan and Kyrgyzstan sign border deal\n\n06.03.2025 | 19:20\n\nAstana "
                     "– The two countries signed a border treaty on Thursday, officials said.")
    assert str(dotted.published) == "2025-03-06"
    weekday = analyze("Kazakhstan and Kyrgyzstan sign border deal\n\nTuesday 06/05/2025\n\nAstana "
                      "– The two countries signed a border treaty on Tuesday, officials said.")
    assert str(weekday.published) == "2025-05-06"


def test_a_conjuncts_negation_stays_with_it(analyze):
    rec = analyze("Banja Luka – The regional leader said on Wednesday he would not respond to an "
                  "arrest warrant, and threatened to expel state police from the region.",
                  published="2025-01-12")
    threat = next(e for e in rec.events if e.type == "THREATEN")
    assert threat.modality != "negated", threat.modality


def test_an_editor_is_no_byline_and_a_labelled_source_is_a_credit(analyze):
    rec = analyze("Abuja – Gunmen abducted 20 villagers in Kaduna state on Sunday, police said."
                  "\n\nReporting by Ade Bello; Editing by Tom Hardy\n\nSource: Daily Post/"
                  "Agencies", published="2025-01-12")
    assert "Tom Hardy" not in rec.credits and "Hardy" not in rec.credits, rec.credits
    assert "Daily Post" in rec.credits, rec.credits


def test_a_name_gives_no_country_and_a_sibling_shares_one(analyze):
    rec = analyze("Baku – Two Russian citizens, Oleg Petrov and Yevgeny Sokol, were detained on "
                  "Monday. US Marine Lieutenant General John Harlan arrived in Manila. UN rights "
                  "chief Volker Turk condemned the detentions.", published="2025-01-12")
    people = {e.name: e.country for e in rec.entities if e.type == "PERSON"}
    assert people["Yevgeny Sokol"] == "RU" and people["John Harlan"] == "US", people
    condemn = next(e for e in rec.events if e.actor1 and e.actor1.text == "Volker Turk")
    assert condemn.actor1.country is None


def test_a_description_of_two_names_is_both_and_a_title_only_the_first(analyze):
    rec = analyze("Doha – Czech pair Jakub Mensik and Adam Pavlasek won the doubles title on "
                  "Saturday after Italy fly-half Paolo Garbisi had presented the trophy. Russian "
                  "President Vladimir Putin and Donald Trump spoke by phone. Ukrainian activists "
                  "Oleh Sentsov and Ivan Petrov were at the match.", published="2025-01-12")
    people = {name: e.country for name, e in _people(rec).items()}
    assert people["Adam Pavlasek"] == "CZ" and people["Jakub Mensik"] == "CZ", people
    assert people["Paolo Garbisi"] == "IT", people
    assert people["Donald Trump"] == "US", people
    assert people["Ivan Petrov"] == "UA", people


def test_a_name_beside_an_organization_noun_is_an_organization(analyze):
    rec = analyze("Athens – The strike was called by civil servants' union ADEDY to protest the "
                  "bill, backed by the construction workers' union Suntracs. Islamic State "
                  "fighters attacked a village on Monday, and the Islamic State group said it "
                  "killed five soldiers.",
                  published="2025-01-12")
    kinds = _kinds(rec)
    assert {("ADEDY", "ORG"), ("Suntracs", "ORG"), ("Islamic State", "ORG")} <= kinds, kinds
    state = _entity(rec, "Islamic State")
    assert state.country is None and len(state.mentions) == 2, state
    assert not any(e.type == "NORP" for e in rec.entities), kinds


def test_a_region_the_ner_took_for_a_date_is_the_curfews_place(analyze):
    rec = analyze("Addis Ababa – Ethiopian authorities imposed a dusk-to-dawn curfew in several "
                  "towns in the northern Amhara region on Wednesday, a local official who asked "
                  "not to be named said.", published="2025-01-12")
    curfew = next(e for e in rec.events if e.type == "COERCE")
    assert _place_name(rec, curfew) == "Amhara", _place_name(rec, curfew)
    assert not any("not to be named" in q.text for q in rec.quotes)


def test_military_exercises_are_a_show_of_force(analyze):
    rec = analyze("Manila – Thousands of Philippine and American troops began their largest "
                  "annual military exercises on Monday.", published="2025-01-12")
    assert any(e.type == "MOBILIZE" for e in rec.events), _events(rec)


def test_an_act_that_began_a_state_of_affairs_is_background(analyze):
    rec = analyze("Baku – Azerbaijan detained two Russian citizens on Monday.\n\nRelations "
                  "between Moscow and Baku have been strained since December, when an Azerbaijan "
                  "Airlines passenger plane crashed in Kazakhstan after being hit by Russian air "
                  "defences, killing 38 people.", published="2025-01-12")
    assert not any(e.type == "ASSAULT" for e in rec.events), _events(rec)


def test_a_barrage_of_missiles_and_its_toll_are_one_attack(analyze):
    rec = analyze("Kyiv – Russia launched a barrage of missiles and drones at Ukrainian cities "
                  "overnight, officials said on Sunday. In Kharkiv, four people were killed and "
                  "39 wounded in the strikes, the regional governor said.", published="2025-01-12")
    attacks = [e for e in rec.events if e.type == "ASSAULT"]
    assert len(attacks) == 1 and attacks[0].actor1.text == "Russia", _events(rec)
    assert attacks[0].actor2 is not None, _events(rec)


def test_an_arrest_warrant_is_a_coercive_act_on_the_one_it_names(analyze):
    rec = analyze("Abuja – A federal court issued an arrest warrant for the former governor on "
                  "Tuesday.", published="2025-01-12")
    arrest = next((e for e in rec.events if e.type == "COERCE"), None)
    assert arrest is not None and arrest.mode == "arrest", _events(rec)
    assert arrest.actor2 is not None and "governor" in arrest.actor2.text


def test_a_time_frame_noun_and_a_victims_clause_date_the_attack(analyze):
    rec = analyze("Kaduna – Gunmen stormed a church during a Saturday service and abducted 17 "
                  "worshippers, police said on Monday.\n\nGaza – Troops shot dead two men who "
                  "approached the border fence on Thursday, the army said.",
                  published="2025-01-12")
    dates = sorted(e.time for e in rec.events if e.type == "ASSAULT")
    assert dates == ["2025-01-09", "2025-01-11"], _events(rec)
    assert not any(e.type == "AID" for e in rec.events), _events(rec)


def test_called_protests_are_organized_and_paused_aid_is_a_sanction(analyze):
    rec = analyze("Hargeisa – The protests were called on social media by student activists, "
                  "organisers said.\n\nWashington – The United States paused military aid to "
                  "Kyiv on Monday.", published="2025-01-12")
    types = [e.type for e in rec.events]
    assert "REQUEST" not in types and "AID" not in types, _events(rec)
    assert any(e.type == "SANCTION" and e.actor2 and e.actor2.text == "Kyiv"
               for e in rec.events), _events(rec)


def test_where_deportees_were_sent_is_not_where_they_were_deported(analyze):
    rec = analyze("Bangkok – Thailand deported 40 Uyghurs to China on Thursday, officials said.",
                  published="2025-01-12")
    deport = next(e for e in rec.events if e.type == "COERCE")
    assert _place_name(rec, deport) != "China", _place_name(rec, deport)


def test_a_day_between_a_verb_of_saying_and_its_clause_is_when_it_was_said(analyze):
    rec = analyze("Quito – The defence minister said on Friday he would not resign over the "
                  "prison riot.", published="2025-03-03")
    friday = next(t for t in rec.times if t.text.endswith("Friday"))
    assert friday.value == "2025-02-28"
    rec = analyze("Quito – The defence minister said he would visit the prison on Friday.",
                  published="2025-03-03")
    friday = next(t for t in rec.times if t.text.endswith("Friday"))
    assert friday.value == "2025-03-07"  # a day inside the clause is still its own


def test_marchers_not_the_police_firing_at_them_make_the_demand(analyze):
    rec = analyze("Lima – Police fired tear gas on Tuesday at hundreds of miners who marched on "
                  "the regional government's offices in Puno, demanding the release of their "
                  "leaders.", published="2025-03-06")
    assert not any(e.type == "REQUEST" and e.actor1 and e.actor1.text == "Police"
                   for e in rec.events), _events(rec)
    assert any(e.type == "PROTEST" and e.actor1 and e.actor1.text.endswith("miners")
               for e in rec.events), _events(rec)
    assert any(e.type == "COERCE" and e.actor1 and e.actor1.text == "Police"
               for e in rec.events), _events(rec)


def test_an_order_that_is_the_act_it_orders(analyze):
    rec = analyze("Tbilisi – A Tbilisi court on Wednesday ordered the reporter held for two "
                  "months pending trial.\n\nBoston – A federal judge in Boston on Tuesday "
                  "ordered the release of activist Oksana Melnyk.\n\nNiamey – The junta ordered "
                  "the expulsion of the head of the Red Cross delegation on Monday.",
                  published="2025-03-06")
    got = {(e.type, e.mode, e.actor2 and e.actor2.text) for e in rec.events}
    assert ("COERCE", "arrest", "reporter") in got, _events(rec)
    assert ("RETREAT", "release", "Oksana Melnyk") in got, _events(rec)
    assert any(t == "SANCTION" and m == "expel" and a2 and "Red Cross" in a2
               for t, m, a2 in got), _events(rec)
    assert not any(e.type in ("REQUEST", "ACCUSE") for e in rec.events), _events(rec)


def test_a_threat_coordinated_after_a_warning_of_what_would_happen(analyze):
    rec = analyze("Beijing – Spokeswoman Lin Mei warned that Beijing would \"never tolerate\" "
                  "separatist acts and threatened \"resolute countermeasures\".",
                  published="2025-03-06")
    threat = [e for e in rec.events if e.type == "THREATEN"]
    assert threat and threat[0].actor1.text == "Lin Mei", _events(rec)


def test_drills_and_warships_sent_toward_an_island_are_a_show_of_force(analyze):
    rec = analyze("Taipei – China's military launched large-scale air and naval exercises "
                  "around Taiwan on Monday, sending dozens of warships toward the island.",
                  published="2025-03-06")
    assert [e.type for e in rec.events] == ["MOBILIZE"], _events(rec)
    rec = analyze("Seoul – Some 90 South Korean and US warplanes kicked off the two-week "
                  "Freedom Flag exercise on Tuesday.", published="2025-03-06")
    assert [e.type for e in rec.events] == ["MOBILIZE"], _events(rec)


def test_they_in_a_speakers_own_words_are_others(analyze):
    rec = analyze("Yangon – Troops torched a village in Sagaing on Friday, residents said.\n\n"
                  "\"They burned everything we had,\" said Aung Min, a farmer.",
                  published="2025-03-06")
    assert not any(e.actor1 and e.actor1.text == "Aung Min" for e in rec.events), _events(rec)


def test_a_weekday_in_the_dateline_dates_no_event(analyze):
    rec = analyze("KINSHASA, DR Congo, Friday - Heavy fighting broke out between Congolese troops "
                  "and M23 rebels near Goma on Thursday, residents said.",
                  published="2025-05-09")
    assert rec.dateline is not None and rec.dateline.text.startswith("KINSHASA")
    fight = next(e for e in rec.events if e.type == "ASSAULT")
    assert fight.time == "2025-05-08"


def test_officials_country_from_what_they_serve(analyze):
    rec = analyze("DUBAI (Reuters) - Iran's armed forces chief of staff Ali Rezaei warned on "
                  "Tuesday that Israel would face a response.\n\nA Houthi official, Ahmed Saleh, "
                  "said the crew would be freed.\n\nIn Beijing, foreign ministry spokesman Li Qun "
                  "said the vessel had intruded.\n\nChina's Taiwan Affairs Office spokesperson "
                  "Wu Jing said Beijing would respond.", published="2025-03-06")
    country = {e.name: e.country for e in rec.entities if e.type == "PERSON"}
    assert country.get("Ali Rezaei") == "IR" and country.get("Ahmed Saleh") == "YE", country
    assert country.get("Li Qun") == "CN" and country.get("Wu Jing") == "CN", country


def test_a_leader_and_a_minister_take_their_bodys_country(analyze):
    rec = analyze("BAMAKO, Mali (AP) — Burkina Faso's military government, led by Capt. Moussa "
                  "Ouedraogo, did not comment.\n\nIn a statement, Belarus's foreign ministry said "
                  "Minsk would respond. Foreign Minister Pavel Lukin called the sanctions unfair.",
                  published="2025-03-06")
    country = {e.name: e.country for e in rec.entities if e.type == "PERSON"}
    assert country.get("Moussa Ouedraogo") == "BF" and country.get("Pavel Lukin") == "BY", country


def test_a_bureaus_dateline_is_not_the_country_of_the_people_in_the_story(analyze):
    rec = analyze("BANGKOK (AP) — A Myanmar military air strike on a village in Myanmar's Sagaing "
                  "region killed 21 civilians on Friday, a Myanmar resistance group said.\n\n"
                  "\"We buried them at night,\" said Min Thu, a resident of the village.\n\n"
                  "Myanmar's junta did not comment.", published="2025-03-06")
    person = _entity(rec, "Min Thu")
    assert person.country == "MM" and person.country_source == "story"


def test_a_sentence_the_parser_left_without_a_verb_keeps_its_court_and_convict(analyze):
    rec = analyze("MOSCOW, Sept 18 (Reuters) - A Moscow court on Thursday sentenced journalist "
                  "Yelena Sarkisova to six years in a penal colony for spreading false "
                  "information about the Russian army.", published="2025-09-18")
    verdict = next((e for e in rec.events if e.type == "SANCTION"), None)
    assert verdict is not None and verdict.actor2 is not None, _events(rec)
    assert verdict.actor2.text.endswith("Sarkisova") and "court" in verdict.actor1.text


def test_counted_people_are_whom_it_was_done_to_and_a_surname_stays_a_person(analyze):
    rec = analyze("Kaduna – Police spokesman Musa Hassan said gunmen killed nine villagers in "
                  "Birnin Gwari.\n\nSix suspected informants of the gang were arrested by police "
                  "in Birnin Gwari on Thursday, Hassan added.", published="2025-01-12")
    assert not any(e.name == "Hassan" and e.type != "PERSON" for e in rec.entities)
    got = {(e.type, e.actor2 and e.actor2.text) for e in rec.events}
    assert ("COERCE", "Six suspected informants of the gang") in got, _events(rec)
    rec = analyze("Tunis – A Tunisian court on Saturday sentenced 23 opposition figures to "
                  "prison terms.", published="2025-01-12")
    got = {(e.type, e.actor2 and e.actor2.text) for e in rec.events}
    assert ("SANCTION", "23 opposition figures") in got, _events(rec)


def test_a_number_after_the_datelines_dash_opens_the_story(analyze):
    rec = analyze("Kaduna – Six suspected informants were arrested by police on Thursday.",
                  published="2025-01-12")
    sent = next(iter(rec.events)).evidence
    assert rec.text[sent.start:sent.end].startswith("Six"), rec.text[sent.start:sent.end]


@pytest.mark.parametrize("text", [
    "Sukhumi – Russian forces were supposed to withdraw from the border villages by late "
    "January, but Russia has kept troops at three posts.",
    "Boston – The Justice Department said on Tuesday that it would appeal the ruling by Judge "
    "Ann Ray.",
    "Kyiv – Ukrainian and U.S. officials will meet in Riyadh next week to discuss a possible "
    "ceasefire.",
    "Gaza – Rescuers searched the rubble of a school where displaced families were sheltering.",
])
def test_what_was_due_discussed_or_appealed_is_no_act(analyze, text):
    rec = analyze(text, published="2025-01-12")
    assert not any(e.type in ("RETREAT", "REQUEST", "AGREE", "AID") for e in rec.events), \
        _events(rec)


def test_crowd_control_a_launch_into_the_sea_and_a_mediated_deal(analyze):
    rec = analyze("Tbilisi – Riot police fired tear gas and water cannon overnight to disperse "
                  "protesters who had blocked Rustaveli Avenue.", published="2025-01-12")
    assert not any(e.type == "ASSAULT" for e in rec.events), _events(rec)
    assert not any(e.actor2 and "Avenue" in e.actor2.text for e in rec.events), _events(rec)
    rec = analyze("Seoul – North Korea fired two ballistic missiles into the East Sea on "
                  "Wednesday.", published="2025-01-12")
    assert [(e.type, e.actor2) for e in rec.events] == [("MOBILIZE", None)], _events(rec)
    rec = analyze("Kyiv – Russia and Ukraine exchanged 150 prisoners each on Tuesday in a deal "
                  "mediated by the United Arab Emirates, officials said.",
                  published="2025-01-12")
    assert not any(e.type == "AGREE" for e in rec.events), _events(rec)


def test_their_before_the_reporters_own_noun_does_not_loop(analyze):
    # "their lawyers said": the owner of "their" is unnamed; looking it up in the subject of
    # "said" found the phrase itself, and recursed until Python gave up
    rec = analyze("Harare – Police arrested 14 activists, their lawyers said.",
                  published="2025-01-12")
    assert [(e.type, e.actor2 and e.actor2.text) for e in rec.events] == [
        ("COERCE", "14 activists")], _events(rec)


def test_a_suicide_bomber_is_the_attacker_and_a_warning_of_force_a_threat(analyze):
    rec = analyze("Mogadishu – A suicide bomber blew himself up among army recruits on Sunday, "
                  "killing at least nine people, officials said.", published="2025-07-14")
    attack = next(e for e in rec.events if e.type == "ASSAULT")
    assert attack.actor1 is not None and attack.actor1.text == "suicide bomber"
    rec = analyze("Islamabad – Defence Minister Tariq Shah warned the Taliban government in "
                  "Kabul that Pakistan \"reserves the right to respond\".",
                  published="2025-07-14")
    threat = next(e for e in rec.events if e.type == "THREATEN")
    assert threat.actor1.text == "Tariq Shah" and threat.actor2 is not None


def test_an_act_told_as_another_is_not_merged_into_the_first(analyze):
    rec = analyze("Bamako – Soldiers repelled an attack by Islamist militants on an army base "
                  "near Mopti on Tuesday, the army said.\n\nThe militants stormed the base before "
                  "dawn, the statement said.\n\nSeparately, gunmen abducted four aid workers on "
                  "the road to Gao on Monday, a local official said.", published="2024-03-01")
    assaults = [e for e in rec.events if e.type == "ASSAULT"]
    assert len(assaults) == 2, _events(rec)
    assert any(e.mode == "abduct" and e.actor1 and e.actor1.text == "gunmen"
               for e in assaults), _events(rec)


def test_orders_to_leave_and_to_deploy_and_a_convoy_turned_back(analyze):
    rec = analyze("Caracas – Venezuela on Sunday ordered Panama's envoy to leave the country "
                  "within 72 hours.", published="2025-06-09")
    assert [(e.type, e.mode) for e in rec.events] == [("SANCTION", "expel")], _events(rec)
    rec = analyze("Bogota – President Ana Ruiz ordered the deployment of 1,200 troops to the "
                  "region on Sunday.", published="2025-06-09")
    assert [e.type for e in rec.events] == ["MOBILIZE"], _events(rec)
    rec = analyze("Yangon – Soldiers at a checkpoint turned back a convoy of 14 trucks carrying "
                  "rice on Thursday, the World Food Programme said.", published="2025-06-09")
    assert [(e.type, e.actor1.text[:8]) for e in rec.events] == [("COERCE", "Soldiers")], \
        _events(rec)


def test_families_who_protested_and_a_convoy_that_came_under_fire(analyze):
    rec = analyze("Guayaquil – Families of inmates protested outside the prison on Monday "
                  "afternoon, saying relatives had been beaten.", published="2025-01-14")
    assert any(e.type == "PROTEST" and e.actor1 and e.actor1.text.startswith("Families")
               for e in rec.events), _events(rec)
    rec = analyze("Islamabad – Militants ambushed a military convoy late on Monday, killing 12 "
                  "soldiers, the military said.\n\nThe military's media wing said the convoy was "
                  "hit by a roadside bomb and then came under heavy fire near Mir Ali.",
                  published="2025-01-14")
    attack = next(e for e in rec.events if e.type == "ASSAULT")
    assert attack.actor2 is not None and "soldiers" in attack.actor2.text, _events(rec)


def test_pulling_relatives_out_of_rubble_is_no_withdrawal(analyze):
    rec = analyze("Lima – \"People were pulling relatives out with their bare hands,\" said Rosa "
                  "Quispe, a shopkeeper.", published="2025-01-12")
    assert rec.events == [], _events(rec)


def test_a_state_visit_is_to_its_host_and_a_received_guest_holds_the_talks(analyze):
    rec = analyze("Hanoi – Chinese President Wang Lei arrived in Hanoi on Monday on a two-day "
                  "state visit.", published="2025-04-15")
    visit = next(e for e in rec.events if e.type == "CONSULT")
    assert visit.actor2 is not None and visit.actor2.country == "VN", _events(rec)
    rec = analyze("Hanoi – Wang was received at the airport by President Luong Cuong and later "
                  "held talks with the prime minister, state media reported.",
                  published="2025-04-15")
    talks = next(e for e in rec.events if e.type == "CONSULT")
    assert talks.actor1 is not None and talks.actor1.text.startswith("Wang"), _events(rec)


def test_word_senses_a_drone_slamming_ground_seized_and_sanctions_welcomed(analyze):
    rec = analyze("Kyiv – A Russian drone slammed into an apartment block in Dnipro on Tuesday.",
                  published="2025-01-12")
    assert [e.type for e in rec.events] == ["ASSAULT"], _events(rec)
    rec = analyze("Bamako – Jihadist fighters seized the town of Boni on Sunday after a two-day "
                  "battle.", published="2025-01-12")
    assert [(e.type, e.mode) for e in rec.events] == [("ASSAULT", "occupy")], _events(rec)
    rec = analyze("Kyiv – Foreign Minister Andrii Sybiha welcomed the sanctions.",
                  published="2025-01-12")
    assert not any(e.type == "SANCTION" for e in rec.events), _events(rec)


def test_a_vow_of_force_or_punishment_is_a_threat(analyze):
    rec = analyze("Mogadishu – President Ali Hassan vowed that the government would press on with "
                  "its offensive against the jihadists.", published="2025-01-12")
    assert [e.type for e in rec.events] == ["THREATEN"], _events(rec)


def test_a_partys_initials_are_not_the_agency_and_a_delegation_is_its_groups(analyze):
    rec = analyze("Lahore: Police fired tear gas at hundreds of Pakistan Tehreek-e-Insaf (PTI) "
                  "supporters on Sunday. Senior PTI leader Imran Qadir was taken into custody.",
                  published="2025-02-10")
    assert rec.credits == [] and next(e for e in rec.entities
                                      if e.name == "Imran Qadir").country == "PK"
    rec = analyze("Cairo – A Hamas delegation led by Khalil Musa met Egyptian officials in Cairo "
                  "on Wednesday.", published="2025-02-10")
    assert _entity(rec, "Khalil Musa").country == "PS"


def test_a_city_named_after_of_and_no_place_from_an_occasion(analyze):
    rec = analyze("Caracas – Intelligence agents detained opposition organiser Luis Vera at his "
                  "home in the western city of Maracaibo early on Wednesday, his party said.",
                  published="2025-05-21")
    arrest = next(e for e in rec.events if e.type == "COERCE")
    assert _place_name(rec, arrest) == "Maracaibo", _events(rec)
    rec = analyze("Yangon – On Saturday, marking the 77th anniversary of independence from "
                  "Britain, the junta freed 5,864 prisoners.", published="2025-01-05")
    release = next(e for e in rec.events if e.type == "RETREAT")
    assert _place_name(rec, release) != "Britain", _events(rec)


def test_a_town_of_the_storys_country_after_in_is_a_place(analyze):
    # the NER tags nothing in "in Entebbe"; a town of 15,000+ in a country the story names
    rec = analyze("Kampala, Uganda (AP) — President Yoweri Museveni met Kenyan President "
                  "William Ruto in Entebbe on Tuesday to discuss the border dispute.",
                  published="2025-03-12")
    talks = next(e for e in rec.events if e.type == "CONSULT")
    assert _place_name(rec, talks) == "Entebbe", _events(rec)
    # a month that names a town of the story's country (March, Cambridgeshire) stays a date
    rec = analyze("London (Reuters) - British and Irish officials met in March to discuss the "
                  "border, the government said on Tuesday.", published="2025-05-12")
    assert all(e.name != "March" for e in rec.entities)


def _has(rec, etype, a1=None, a2=None):
    """An event of the type whose actors' texts are a1 and a2 (None: not checked)."""
    return any(e.type == etype and (a1 is None or (e.actor1 and e.actor1.text == a1))
               and (a2 is None or (e.actor2 and e.actor2.text == a2)) for e in rec.events)


@pytest.mark.parametrize("text, etype, a1, a2", [
    # signing an agreement is agreeing, as "agreed to" is
    ("Juba – Sudan and South Sudan signed a border agreement in Juba on Saturday.",
     "AGREE", "Sudan", "South Sudan"),
    # a travel ban or an asset freeze on officials is a sanction
    ("Vilnius – Lithuania on Monday imposed travel bans on 11 Belarusian officials.",
     "SANCTION", "Lithuania", "11 Belarusian officials"),
    # a state protests by complaining
    ("Manila – The Philippines summoned China's envoy on Tuesday. Beijing also protested.",
     "ACCUSE", "Beijing", None),
    # a warning of countermeasures, or of what the government will not allow, is a threat
    ("Seoul – North Korea's defence minister Ri Yong Chol warned on Tuesday that Pyongyang "
     "would take overwhelming countermeasures.", "THREATEN", "Ri Yong Chol", None),
    ("Nairobi – Interior Minister Peter Omondi on Tuesday warned that the government would "
     "not allow criminals to hide behind the protests.", "THREATEN", "Peter Omondi", None),
    # protests that broke out or took place have protesters as their actors
    ("Nairobi – Protests also broke out on Tuesday in the port city of Mombasa.",
     "PROTEST", "protesters", None),
    ("Tbilisi – Rallies against the government also took place on Sunday in the cities of "
     "Batumi and Kutaisi, local media reported.", "PROTEST", "protesters", None),
    # a detention quashed is a release; a curfew lifted a concession
    ("New Delhi – The Supreme Court on Wednesday quashed the detention of activist Tenzin "
     "Dorje.", "RETREAT", "Supreme Court", "Tenzin Dorje"),
    # "the two" are the pair just named
    ("Islamabad – Foreign Minister Ishaq Dar spoke by phone with his Afghan counterpart, Amir "
     "Khan Muttaqi, on Monday, and the two agreed to restore the ceasefire.", "AGREE",
     "Ishaq Dar", "Amir Khan Muttaqi"),
    # aid announced as an amount: the announcer gives it, to the one it is for
    ("Washington – Secretary of State Tom Reyes on Monday urged other countries to send "
     "troops and announced an additional $15 million in humanitarian aid for Haiti.", "AID",
     "Tom Reyes", "Haiti"),
    # an attack's target is the town it names
    ("Goma – M23 rebels seized the eastern Congolese town of Uvira on Monday.", "ASSAULT",
     "M23", "Uvira"),
    # "the West" is an actor
    ("Moscow – Foreign ministry spokeswoman Anna Petrova accused the West of meddling in "
     "Georgia's affairs on Monday.", "ACCUSE", "Anna Petrova", "the West"),
    # an attack noun the subject of "killed": whom it killed are its targets; an army's own
    # strike told by the army is the army's
    ("Kyiv – The Ukrainian military said a Russian strike killed five civilians in Kharkiv on "
     "Tuesday.", "ASSAULT", "Russian", "five civilians"),
    ("Beirut – The Israeli military said the drone strike killed Ali Zreik, a Hezbollah "
     "commander, near Tyre on Tuesday.", "ASSAULT", "Israeli military", "Ali Zreik"),
    # each other: each the other's target
    ("Yerevan – Armenia and Azerbaijan accused each other on Monday of opening fire across the "
     "border.", "ACCUSE", "Armenia", "Azerbaijan"),
    # a deployment ordered; an act refused for the future; force promised
    ("Quito – President Daniel Noboa ordered 3,000 soldiers and police into the streets of "
     "Guayaquil on Thursday.", "MOBILIZE", "Daniel Noboa", None),
    ("Beirut – Hezbollah said on Monday that it would not disarm.", "REJECT", "Hezbollah", None),
    ("Moscow – Deputy foreign minister Alexander Grushko said on Monday that Moscow would "
     "take reciprocal measures.", "THREATEN", "Moscow", None),
    # arrests a state's body reports without naming who made them are that state's
    ("Tbilisi – The Interior Ministry said on Sunday that 107 people were detained.",
     "COERCE", "Interior Ministry", "107 people"),
])
def test_acts_told_in_other_words(analyze, text, etype, a1, a2):
    rec = analyze(text, published="2025-06-25")
    assert _has(rec, etype, a1, a2), _events(rec)


def test_a_rush_at_a_crowd_is_no_charge_in_law(analyze):
    rec = analyze("Nairobi – Police charged at crowds near the parliament on Tuesday.",
                  published="2025-06-25")
    assert not any(e.type == "ACCUSE" for e in rec.events), _events(rec)


@pytest.mark.parametrize("text", [
    # naming an act is no act of its own
    "Washington – Secretary of State Tom Reyes called the detention a kidnapping on Monday.",
    # rescuers pulling out bodies, an army holding its ground: no side withdraws or backs one
    "Yangon – \"We pulled out bodies from the rubble all night,\" said rescuer Ko Aung.",
    "Kyiv – \"We will defend every inch of our land,\" the army chief said on Monday.",
])
def test_no_political_act_in_a_rescue_or_a_vow_to_hold_ground(analyze, text):
    rec = analyze(text, published="2025-06-25")
    assert not any(e.type in ("RETREAT", "SUPPORT") for e in rec.events), _events(rec)


def test_a_police_speaker_tells_of_the_protesters_acts_not_his_own(analyze):
    rec = analyze("Lahore – Police arrested at least 40 party workers who had gathered outside "
                  "the jail, a police spokesman said, adding that they had blocked the road and "
                  "refused to disperse.", published="2025-06-25")
    assert not any(e.actor1 and "spokesman" in e.actor1.text for e in rec.events), _events(rec)


def test_an_act_told_as_following_a_dated_one_takes_its_date(analyze):
    rec = analyze("Havana – Colombia and the ELN agreed on Monday to restore a ceasefire.\n\n"
                  "The former president broke off talks with the group after a car bomb killed 22 "
                  "police cadets at a police academy in January 2019.", published="2024-08-27")
    assert not any(e.type == "SANCTION" for e in rec.events), _events(rec)  # background
    rec = analyze("Goma – Troops withdrew from the town after rebels attacked it on Saturday, "
                  "residents said.", published="2024-08-27")
    withdrawal = next(e for e in rec.events if e.type == "RETREAT")
    assert withdrawal.time == "2024-08-24", withdrawal.time


def test_an_act_not_done_in_the_past_stays_negated(analyze):
    rec = analyze("Goma – The rebels did not attack the town on Monday, residents said.",
                  published="2025-06-25")
    assert all(e.type != "REJECT" for e in rec.events), _events(rec)


def test_a_call_joined_to_the_reported_clause_is_the_speakers(analyze):
    rec = analyze("Jerusalem – Security Minister Avi Katzir said Israel was \"paying a terrible "
                  "price\" and called on the prime minister to resume the fighting.",
                  published="2025-06-25")
    call = next(e for e in rec.events if e.type == "REQUEST")
    assert call.actor1.text == "Avi Katzir", _events(rec)
    rec = analyze("Kano – The governor said the gunmen had attacked the village and demanded a "
                  "ransom from the families.", published="2025-06-25")
    assert not any(e.type == "REQUEST" and e.actor1 and e.actor1.text == "governor"
                   for e in rec.events), _events(rec)


def test_a_group_two_countries_name_alike_is_armed_and_not_the_state(analyze):
    # the National Liberation Army is Colombia's and Bolivia's rebels: never the army; its
    # own claim does not merge into the state's air strike
    rec = analyze("Colombian jets struck what the army said were rebel camps near Arauca on "
                  "Monday, hours after the National Liberation Army said the group fired rockets "
                  "at an army post.", published="2024-03-04")
    nla = next(e for e in rec.events if e.actor1 and e.actor1.text == "National Liberation Army")
    assert nla.actor1.sector == "rebels"
    assert _has(rec, "ASSAULT", "Colombian jets"), _events(rec)


def test_a_counterpart_is_of_the_other_side_and_a_mediators_dateline_is_not_the_storys(
        analyze):
    rec = analyze("Islamabad – Pakistan's Foreign Minister Ishaq Dar spoke by phone with his "
                  "counterpart, Amir Khan Muttaqi, on Monday.", published="2025-06-25")
    muttaqi = _entity(rec, "Amir Khan Muttaqi")
    assert muttaqi.country != "PK"
    rec = analyze("CAIRO (AP) — Israel and Hamas traded accusations on Monday over the "
                  "ceasefire in Gaza. Israel said Hamas had broken the truce, and Israeli "
                  "troops fired on crowds in Gaza, Gaza officials said. Israel's army said it "
                  "would respond. Far-right National Security Minister Itamar Ben-Gvir called "
                  "on the prime minister to resume the war.", published="2025-06-25")
    ben_gvir = _entity(rec, "Itamar Ben-Gvir")
    assert ben_gvir.country != "EG"


@pytest.mark.parametrize("text, name, country", [
    # a nationality as the appositive, with "an" or before the role noun
    ("Dakar – Human Rights Watch researcher Ilaria Conti, an Italian who has documented abuses "
     "in the Sahel for a decade, said on Monday the attack fit a pattern.", "Ilaria Conti", "IT"),
    ("Dakar – Mali's army said on Monday that Anders Lind, the Swedish engineer, had been "
     "freed.", "Anders Lind", "SE"),
    # the first country of a name run together owns the office ("U.S. Forces Korea commander")
    ("Seoul – U.S. Forces Korea commander Gen. Mark Dalton said on Monday the drills were "
     "defensive.", "Mark Dalton", "US"),
    # a spokesperson named after a sentence whose subject is the body he speaks for
    ("Manila – The China Coast Guard accused the Philippine ships on Monday of ramming a vessel. "
     "Spokesperson Liu Wen said the Chinese side had acted lawfully.", "Liu Wen", "CN"),
])
def test_a_persons_country_stated_around_the_name(analyze, text, name, country):
    rec = analyze(text, published="2025-06-25")
    person = next(e for e in rec.entities if e.name == name)
    assert person.country == country, (person.country, person.country_source)


def test_a_place_the_gazetteer_lacks_lies_where_the_places_beside_it_lie(analyze):
    rec = analyze("BAMAKO, Mali (AP) — A drone strike hit the market in the village of Diafarabe "
                  "on Monday, a local official said. In January, fighters attacked an army camp "
                  "in Kwala, in the Koulikoro region, killing 20 soldiers.",
                  published="2025-03-12")
    places = {e.name: (e.country, e.country_source) for e in rec.entities if e.type == "GPE"}
    assert places["Diafarabe"] == ("ML", "context"), places
    assert places["Kwala"] == ("ML", "context"), places


def test_a_person_called_by_the_given_name_is_the_one_named_in_full(analyze):
    rec = analyze("Ankara – Ethiopian Prime Minister Abiy Ahmed met Somalia's president on "
                  "Wednesday.\n\nAbiy said Ethiopia had no intention of harming Somalia. \"We "
                  "want access to the sea in a peaceful way,\" he said.", published="2024-12-12")
    abiy = _entity(rec, "Abiy Ahmed")
    assert [m.text for m in abiy.mentions] == ["Abiy Ahmed", "Abiy"]
    sea = next(q for q in rec.quotes if rec.text[q.start:q.end].startswith("We want"))
    assert sea.speaker is not None and sea.speaker.entity == abiy.id


def test_places_joined_by_and_are_split_or_joined_as_they_name_countries(analyze):
    rec = analyze("CARACAS (Reuters) - Venezuela ordered diplomats from Argentina, Chile, Peru, "
                  "the Dominican Republic and Uruguay to leave the country. Trinidad and Tobago "
                  "stayed silent.", published="2024-07-30")
    countries = {e.name: e.country for e in rec.entities if e.type == "GPE"}
    assert countries.get("Dominican Republic") == "DO" and countries.get("Uruguay") == "UY"
    assert countries.get("Trinidad and Tobago") == "TT", countries


def test_whom_a_person_serves_and_the_lede_say_their_country_before_the_dateline(analyze):
    # an adviser to a known leader is of the leader's country, whatever the dateline
    rec = analyze("YEREVAN (Reuters) - Armenia and Azerbaijan accused each other on Monday of "
                  "firing across the border. Hikmet Hajiyev, foreign policy adviser to President "
                  "Ilham Aliyev, accused Yerevan of a provocation.", published="2024-09-02")
    assert _entity(rec, "Hikmet Hajiyev").country == "AZ"
    # the lede's subject is another country's: the dateline is only where the talks were held
    rec = analyze("HAVANA – Colombia's government and the ELN rebel group agreed on Monday to "
                  "restore a ceasefire after five days of talks in the Cuban capital. \"This is "
                  "not peace yet,\" said the government's chief negotiator, Vera Grabe. Cuban "
                  "diplomats read the joint statement.", published="2024-08-27")
    assert _entity(rec, "Vera Grabe").country == "CO"
    # ... unless the dateline's country is a subject of the lede too, as the one who reports
    rec = analyze("TOKYO (Kyodo) -- North Korea fired a ballistic missile toward the sea on "
                  "Thursday morning, the Japanese and South Korean governments said, a day after "
                  "leader Kim Jong Un's sister warned of grave consequences over joint drills. "
                  "The missile fell "
                  "outside Japan's waters, Defense Minister Kenji Harada told reporters. Tokyo "
                  "lodged a protest with Pyongyang.", published="2026-03-05")
    assert _entity(rec, "Kenji Harada").country == "JP"
    # an officer of a regional bloc is never of the dateline's country: of his own, where the
    # actors dictionary knows it (an international official, see actors_extra.tsv)
    rec = analyze("BISSAU (AP) — Soldiers in Guinea-Bissau said on Wednesday they had seized "
                  "power. The West African bloc ECOWAS condemned the takeover. The bloc's "
                  "commission president, Omar Touray, said a delegation would travel to Bissau.",
                  published="2025-11-26")
    touray = _entity(rec, "Omar Touray")
    assert touray.country == "GM" and touray.country_source == "actors", touray


def test_the_two_leaders_are_the_two_people_named_just_before(analyze):
    rec = analyze("Jakarta – Malaysian Prime Minister Anwar Ibrahim arrived in Jakarta on "
                  "Tuesday, and Indonesian President Prabowo Subianto hosted a dinner for his "
                  "guest at the palace.\n\nThe two leaders held talks on the maritime border on "
                  "Wednesday.", published="2025-03-12")
    assert any(e.type == "CONSULT" and e.actor1 and e.actor2
               and {e.actor1.text, e.actor2.text} == {"Anwar Ibrahim", "Prabowo Subianto"}
               for e in rec.events), _events(rec)


def test_the_bloc_is_the_international_body_named_before(analyze):
    rec = analyze("Talks news\n\nBRUSSELS (AP) — The European Union's foreign policy chief "
                  "said on Tuesday the bloc strongly condemns the violence against "
                  "demonstrators.", published="2024-12-03")
    assert ("ACCUSE", "disapprove", "European Union", None) in _events(rec)


def test_hyphenated_given_names_stay_whole(analyze):
    rec = analyze("Drills news\n\nSEOUL (AP) — Defense Minister Ahn Gyu-back condemned the "
                  "launches on Tuesday, and Kim Yo-jong said the drills were a rehearsal.",
                  published="2025-03-10")
    names = {e.name for e in rec.entities if e.type == "PERSON"}
    assert {"Ahn Gyu-back", "Kim Yo-jong"} <= names


def test_a_judgment_of_an_act_is_an_accusation_against_whose_act_it_was(analyze):
    rec = analyze("Arrests news\n\nBELGRADE (AP) — Police detained four men on Tuesday. A "
                  "government official, Marko Ilić, said the ministry's arrests were "
                  "\"politically motivated\". The opposition called the raids a \"crime\". "
                  "\"This is an illegal act,\" Ilić told reporters.", published="2024-10-02")
    accuse = [(a, b) for t, _, a, b in _events(rec) if t == "ACCUSE"]
    assert ("Marko Ilić", "ministry") in accuse
    assert any(a == "opposition" for a, _ in accuse)
    assert all(b != "reporters" for _, b in accuse)  # whom one tells is not the side accused
    # a neutral description is no judgment
    calm = analyze("Talks news\n\nBELGRADE (AP) — Marko Ilić said on Tuesday the talks were "
                   "useful and called the meeting a first step.", published="2024-10-02")
    assert not [e for e in calm.events if e.type == "ACCUSE"]


def test_threats_said_as_future_force_or_what_a_side_will_not_allow(analyze):
    text = ("Ships news\n\nSANAA, Yemen (AP) — The Houthi rebels' military spokesman Yahya "
            "Saree said on Monday the rebels would keep targeting ships linked to Israel. "
            "Interior Minister Ivica Dačić said \"the police will not allow anyone to storm "
            "state institutions\". Finnish President Alexander Stubb said: \"We are ready to take "
            "all necessary measures to protect our infrastructure.\"")
    events = _events(analyze(text, published="2025-03-10"))
    threats = {a for t, _, a, _ in events if t == "THREATEN"}
    assert {"rebels", "police", "Alexander Stubb"} <= threats, events
    assert not [e for e in events if e[0] == "ASSAULT"]  # the targeting is not done yet


def test_forces_deployed_with_no_sender_named_are_sent_by_their_announcer(analyze):
    rec = analyze("Haiti news\n\nNAIROBI, Kenya (AP) — Kenyan President William Ruto announced "
                  "on Saturday that an additional 200 Kenyan officers would be deployed to "
                  "Haiti. NATO peacekeepers said they had stepped up patrols in the north.",
                  published="2025-03-10")
    mobilize = [(a, b) for t, _, a, b in _events(rec) if t == "MOBILIZE"]
    assert ("William Ruto", "Haiti") in mobilize  # (where the forces go is the target)
    assert any(a in ("NATO", "peacekeepers") for a, _ in mobilize)


def test_fire_at_a_crowd_hung_on_the_second_object_still_has_its_target(analyze):
    rec = analyze("Protest news\n\nMAPUTO, Mozambique (AP) — Police fired tear gas and live "
                  "ammunition at thousands of protesters in the capital on Thursday.",
                  published="2024-11-07")
    assert any(t == "COERCE" and b == "protesters" for t, _, _, b in _events(rec))


def test_a_state_institution_named_without_its_state_is_of_the_country_named_before(analyze):
    rec = analyze("Court news\n\nThai troops and Cambodian soldiers exchanged fire on the border "
                  "on Thursday. In Thailand, the Constitutional Court suspended the prime "
                  "minister on Tuesday. Cambodia's army said its positions were shelled. The "
                  "Thai army said the Second Army Region had repelled the attack.",
                  published="2025-07-25")
    country = {e.name: e.country for e in rec.entities if e.type == "ORG"}
    assert country.get("Constitutional Court") == "TH"
    assert country.get("Second Army Region") == "TH"


def test_an_envoy_to_a_country_and_another_prime_minister_say_no_country(analyze):
    rec = analyze("Talks news\n\nDAMASCUS, Syria (AP) — U.S. envoy to Syria Tom Barrack urged "
                  "all sides to de-escalate on Monday. Malaysian Prime Minister Anwar Ibrahim "
                  "said he had spoken with Prime Minister Hun Manet.", published="2025-07-15")
    country = {e.name: e.country for e in rec.entities if e.type == "PERSON"}
    assert country["Tom Barrack"] == "US"
    assert country.get("Hun Manet") != "MY"  # another prime minister's country is not his


def test_in_contact_with_is_consulting_and_a_limit_is_no_date(analyze):
    rec = analyze("Talks news\n\nROME (AP) — Italian Foreign Minister Antonio Tajani said Rome was "
                  "in contact with the authorities in Tripoli.", published="2025-05-14")
    assert ("CONSULT", None, "Rome", "authorities") in _events(rec)
    undated = analyze("Protest news\n\nHARARE – Police arrested 95 people on Monday ahead of "
                      "protests against the president's bid to stay in power beyond 2028.")
    assert all(e.time != "2028" for e in undated.events)


def test_an_official_who_spoke_in_a_capital_is_of_its_country(analyze):
    rec = analyze("Oil news\n\nBAGHDAD (AP) — Drones struck oil fields in the north on Monday. "
                  "\"We urge the Government of Iraq to act,\" spokesperson Tammy Bruce said in "
                  "Washington.", published="2025-07-15")
    assert {e.name: e.country for e in rec.entities}["Tammy Bruce"] == "US"


def test_an_administrative_order_is_no_request_and_ordered_departure_is_expulsion(analyze):
    rec = analyze("Schools news\n\nKADUNA, Nigeria (AP) — Governor Uba Sani ordered the "
                  "temporary closure of schools on Monday. The junta ordered the departure of "
                  "1,500 French soldiers.", published="2026-02-10")
    types = [t for t, _, _, _ in _events(rec)]
    assert "REQUEST" not in types and "SANCTION" in types


def test_naming_people_traitors_and_standing_with_an_ally(analyze):
    rec = analyze("Prisoners news\n\nMANAGUA, Nicaragua (AP) — Vice President Rosario Murillo "
                  "described the released prisoners as \"traitors to the homeland\" on Friday. "
                  "NATO Secretary General Mark Rutte said the alliance stands with Turkey.",
                  published="2024-09-06")
    events = _events(rec)
    assert ("ACCUSE", "disapprove", "Rosario Murillo", "released prisoners") in events
    assert any(t == "SUPPORT" and a == "NATO" for t, _, a, _ in events)


def test_a_one_word_organization_written_again_untagged_is_the_same_one(analyze):
    rec = analyze("Mine news\n\nNIAMEY, Niger (AP) — The French nuclear group Orano said on "
                  "Thursday its local director had been detained. Orano, which is majority-owned "
                  "by the French state, denounced the detention of its employee.",
                  published="2025-05-08")
    orano = _entity(rec, "Orano")
    assert len(orano.mentions) == 2


def test_a_pronoun_opening_a_sentence_continues_the_person_the_last_one_was_about(analyze):
    rec = analyze("Strike news\n\nLIMA, Peru (AP) — \"We are tired,\" said Julio Campos, a union "
                  "leader, who called for the resignation of Interior Minister Carlos Malaver. He "
                  "warned that drivers would launch an indefinite strike if the authorities did "
                  "nothing.", published="2025-10-09")
    assert any(t == "THREATEN" and a == "Julio Campos" for t, _, a, _ in _events(rec))


def test_allegations_judged_false_are_denied_not_their_targets_accused(analyze):
    rec = analyze("Syria news\n\nMOSCOW (AP) — Foreign Ministry spokeswoman Maria Zakharova said "
                  "on Thursday the allegations against the Syrian government were baseless.",
                  published="2018-03-01")
    events = _events(rec)
    assert any(t == "REJECT" for t, _, _, _ in events), events
    assert not any(t == "ACCUSE" and b == "Syrian government" for t, _, _, b in events)


def test_a_sides_stated_dismay_at_anothers_act_is_an_accusation(analyze):
    rec = analyze("Border news\n\nBEIJING (AP) — China's foreign ministry said Beijing "
                  "was deeply concerned by Japan's moves. The European Union expressed deep "
                  "concern over the arrests.", published="2025-07-25")
    accuse = [(a, b) for t, _, a, b in _events(rec) if t == "ACCUSE"]
    assert ("Beijing", "Japan") in accuse and any(a == "European Union" for a, _ in accuse)
    calm = analyze("Weather news\n\nBEIJING (AP) — Officials said on Friday they were not "
                   "concerned about the weather.", published="2025-07-25")
    assert not calm.events


def test_vows_of_punishment_scheduled_closures_and_refusals_to_accept(analyze):
    text = ("Attack news\n\nNEW DELHI (AP) — Indian Prime Minister Narendra Modi vowed on "
            "Thursday to identify, track and punish every terrorist and their backers. Poland "
            "said it would close all border crossings with Belarus from midnight on Thursday. "
            "Turkey's Foreign Ministry said Ankara would never accept unilateral moves by Greece.")
    events = _events(analyze(text, published="2025-04-24"))
    assert any(t == "THREATEN" and a == "Narendra Modi" for t, _, a, _ in events), events
    assert any(t == "COERCE" and a == "Poland" for t, _, a, _ in events), events  # a plan
    assert any(t == "REJECT" and a == "Ankara" for t, _, a, _ in events), events


def test_what_a_side_will_treat_as_an_act_of_war_is_a_threat(analyze):
    rec = analyze("Water news\n\nISLAMABAD (AP) — Pakistan's National Security Committee said on "
                  "Thursday it would treat any attempt to stop the flow of water as an act of war.",
                  published="2025-04-24")
    assert any(t == "THREATEN" for t, _, _, _ in _events(rec))
    calm = analyze("Talks news\n\nISLAMABAD (AP) — Ministers said on Thursday they would "
                   "consider the offer as a first step.", published="2025-04-24")
    assert not any(e.type == "THREATEN" for e in calm.events)


def test_he_in_what_a_person_says_is_that_person_and_a_call_to_a_leader_is_a_consultation(
        analyze):
    rec = analyze("Nepal news\n\nKATHMANDU, Nepal (AP) — Prime Minister K.P. Sharma Oli said in a "
                  "letter to President Ram Chandra Poudel that he was stepping down. US President "
                  "Donald Trump called Modi on Tuesday to offer condolences.",
                  published="2025-09-09")
    events = _events(rec)
    assert any(t == "RETREAT" and a == "K.P. Sharma Oli" for t, _, a, _ in events), events
    assert any(t == "CONSULT" and a == "Donald Trump" for t, _, a, _ in events), events


def test_what_someone_wants_another_to_do_is_not_done(analyze):
    rec = analyze("Law news\n\nBUCHAREST (AP) — \"We want the Senate to reject this law,\" union "
                  "leader Ion Popa said on Monday.", published="2025-05-06")
    assert not any(t == "REJECT" and a == "Senate" for t, _, a, _ in _events(rec))


def test_an_aside_on_the_subjects_past_is_background(analyze):
    rec = analyze("Talks resume\n\nKUALA LUMPUR (AP) — Prime Minister Adam Roe, who helped "
                  "broker the July ceasefire, said on Tuesday he had spoken to both leaders. "
                  "President Jan Doe, a former rebel who clashed with the army over "
                  "deportations, rejected the plan on Tuesday.")
    types = [t for t, *_ in _events(rec)]
    assert "AGREE" not in types and "COERCE" not in types
    assert "CONSULT" in types and "REJECT" in types
    # news in an aside stays: "who shot him and has now been charged with murder"
    rec = analyze("Riots spread\n\nATHENS (AP) — Youths hurled petrol bombs at the police "
                  "station where the officer, who shot the boy and has now been charged with "
                  "murder, was based.")
    assert any(t == "ACCUSE" for t, *_ in _events(rec))


def test_a_strike_announced_in_a_post_on_social_media_is_no_labour_strike(analyze):
    rec = analyze("Boat hit\n\nWASHINGTON (AP) — Defense Secretary Jan Roe announced the strike "
                  "in a post on social media on Wednesday, saying the vessel carried drugs.")
    assert "PROTEST" not in [t for t, *_ in _events(rec)]
    rec = analyze("Schools shut\n\nLAGOS (AP) — Teachers began a nationwide strike on Monday "
                  "over unpaid salaries.")
    assert ("PROTEST", "strike-lim", "Teachers", None) in _events(rec)


def test_a_verb_after_a_closing_quote_is_the_speakers(analyze):
    rec = analyze("Spies held\n\nBERLIN (AP) — Interior Minister Jan Roe said on Wednesday the "
                  "arrests showed that Russia was \"waging a shadow war against our country\" "
                  "and promised to step up protection of railways.")
    assert not any(a1 == "Russia" for _, _, a1, _ in _events(rec))


def test_hyphenated_surnames_and_places_stay_whole(analyze):
    rec = analyze("Killings condemned\n\nPORT-AU-PRINCE, Haiti (AP) — Prime Minister Jean "
                  "Roe-Dupont condemned the killings on Monday. \"Every week costs lives,\" "
                  "Roe-Dupont said. Troops from Guinea-Bissau and Rostov-on-Don were sent.")
    names = {e.name: e.type for e in rec.entities}
    assert names.get("Jean Roe-Dupont") == "PERSON" and "Roe-Dupont" not in names
    assert names.get("Guinea-Bissau") == "GPE" and "Guinea" not in names
    assert names.get("Rostov-on-Don") == "GPE"
    assert any(q.speaker and q.speaker.text == "Roe-Dupont" for q in rec.quotes)


def test_an_accusation_set_off_after_a_threat_is_an_act_of_its_own(analyze):
    rec = analyze("Talks in doubt\n\nGOMA (AFP) - The rebel group on Monday threatened to pull "
                  "out of peace talks with the government, accusing the army of carrying out "
                  "drone strikes on its positions.")
    types = {t: a2 for t, _, _, a2 in _events(rec)}
    assert "THREATEN" in types and types.get("ACCUSE") == "army"


def test_ordering_the_army_to_deploy_is_a_mobilization(analyze):
    rec = analyze("Convoy attacked\n\nBAMAKO (AFP) - The country's military ruler, General Jan "
                  "Roe, on Monday ordered the army to deploy additional units along the main "
                  "supply routes.")
    assert ("MOBILIZE", "Jan Roe") in _type_actor(rec)


def test_a_spokesperson_after_a_paragraph_on_a_body_and_a_suffixed_name(analyze):
    rec = analyze("Ships collide\n\nMANILA (AP) — The Example Coast Guard of China said in a "
                  "statement that the ship had intruded. The shoal has another name in Beijing."
                  "\n\nSpokesperson Jan Roe accused Manila of provoking incidents. President "
                  "Juan Dela Cruz Jr. said on Monday the patrols would go on. \"We will not "
                  "give up,\" Dela Cruz said.")
    people = _people(rec)
    assert people["Jan Roe"].country == "CN"
    assert "Dela Cruz" not in people and len(people["Juan Dela Cruz Jr."].mentions) == 2


def test_the_post_after_to_is_no_name_part_and_a_hyphenated_title_keeps_its_country(analyze):
    rec = analyze("Aid deal\n\nCOLOMBO (AP) — The deal was signed on Tuesday by Chinese "
                  "Ambassador to Sri Lanka Qi Jianhua. Talks were mediated by former New Zealand "
                  "governor-general Adam Doe.")
    people = _people(rec)
    assert people["Qi Jianhua"].country == "CN"
    assert people["Adam Doe"].country == "NZ"
    assert any(e.name == "Sri Lanka" and e.type == "GPE" for e in rec.entities)


def test_an_act_the_parser_hung_on_a_later_accusation_is_its_own(analyze):
    rec = analyze("Tear gas in Gabes\n\nTUNIS, Jan 20 (Reuters) - Tunisian police fired tear "
                  "gas on Tuesday to disperse thousands of protesters in the southern city of "
                  "Gabes who were demanding the closure of a state-owned phosphate processing "
                  "complex they blame for poisoning the air and sea, witnesses said.")
    assert any(t == "COERCE" and a1 == "Tunisian police" for t, _, a1, _ in _events(rec))


def test_a_press_body_telling_of_a_journalist_detained_did_not_detain_him(analyze):
    rec = analyze("Host held\n\nDAKAR (AFP) - Senegalese police on Tuesday arrested a television "
                  "host, his lawyer said.\n\nThe Council of Publishers condemned the arrest, "
                  "saying it was \"the ninth journalist detained since the start of the year\".")
    assert [a1 for t, _, a1, _ in _events(rec) if t == "COERCE"] == ["Senegalese police"]


def test_a_verbless_parse_keeps_its_subject(analyze):
    rec = analyze("Gabes\n\nTUNIS (Reuters) - Opposition parties, most of whose leaders are in "
                  "prison, called on Saied to \"stop criminalising the legitimate demands of "
                  "the people of Gabes\" and release those detained.")
    assert ("REQUEST", "Opposition parties") in _type_actor(rec)


def test_an_offer_of_support_is_aid_and_a_reward_or_an_order_at_home_no_event(analyze):
    rec = analyze("Manhunt\n\nQUITO (AP) — The U.S. Embassy said on Monday it had offered "
                  "Ecuadorian authorities intelligence support to help find the escaped gang "
                  "leader. Police offered a reward of $500,000 on Monday for information. "
                  "President Jan Roe ordered the government on Monday to rebuild the prison.")
    events = _type_actor(rec)
    assert ("AID", "U.S. Embassy") in events
    assert not any(t == "AGREE" for t, _ in events)
    assert not any(t == "REQUEST" for t, _ in events)


def test_supporters_who_gathered_demanding_a_recount_protest(analyze):
    rec = analyze("Recount row\n\nKATHMANDU (PTI) Police on Saturday fired tear gas shells to "
                  "disperse hundreds of CPN-UML supporters who gathered outside a vote counting "
                  "centre in Jhapa district demanding a recount, officials said.")
    assert ("PROTEST", "CPN-UML") in _type_actor(rec)


def test_an_adjective_opening_a_sentence_is_no_name(analyze):
    rec = analyze("Clashes in the capital\n\nFierce fighting has broken out in the capital between "
                  "forces allied with the government and the Radaa militia, killing at least "
                  "nine people on Monday.")
    assert not any(e.name == "Fierce" for e in rec.entities)
    assert not any(a1 == "Fierce" for _, _, a1, _ in _events(rec))


def test_a_state_that_will_retaliate_threatens(analyze):
    rec = analyze("Tariffs\n\nBEIJING (Reuters) - China's commerce ministry said on Monday Beijing "
                  "would retaliate against the tariffs. Police said they would respond to calls.")
    assert _type_actor(rec) == [("THREATEN", "Beijing")]


def test_a_rugby_report_has_no_political_events_and_troops_ordered_sent_mobilize(analyze):
    rec = analyze("Kicks win it\n\nDUBLIN (PA) - Jack Roe kicked 18 points as Ireland beat Italy "
                  "in the Six Nations on Saturday. The fly-half converted two tries and the scrum "
                  "dominated. Ireland travel to Twickenham to face England next Saturday, while "
                  "Italy host Scotland in Rome.")
    assert rec.events == []
    rec = analyze("Border clash\n\nDUSHANBE (AFP) - President Jan Roe ordered additional troops "
                  "and equipment to be sent to the southern border districts on Monday, his "
                  "office said.")
    assert ("MOBILIZE", "Jan Roe") in _type_actor(rec)


def test_a_name_after_a_title_and_a_portfolio_is_a_person(analyze):
    rec = analyze("Rice donated\n\nLILONGWE, Nov 20 (Xinhua) -- The donation was received by "
                  "Malawian Minister of Agriculture Chimwemwe Banda on Thursday. Police "
                  "spokesperson Rae Hamoonga said on Thursday the convoy was safe. Former "
                  "Secretary of Health and Human Services, Louis Sullivan, spoke.")
    people = _people(rec)
    assert people["Chimwemwe Banda"].country == "MW"
    assert "Rae Hamoonga" in people and "Human Services" not in people


def test_the_sayer_accuses_after_a_passive_report(analyze):
    rec = analyze("March\n\nPANAMA CITY (AFP) - The Ministry of Security said on Wednesday 43 "
                  "people were arrested and 12 officers injured, accusing \"infiltrated groups\" "
                  "of throwing stones and setting fire to a bus.")
    assert ("ACCUSE", "Ministry of Security", "infiltrated groups") in [
        (t, a1, a2) for t, _, a1, a2 in _events(rec)]


def test_a_person_named_once_beside_an_international_body_keeps_the_story_country(analyze):
    rec = analyze("DODOMA, Tanzania (AP) — Rehema Msuya, the party's deputy secretary-general, "
                  "was detained on Tuesday ahead of a planned march, her party said. Msuya was "
                  "held at a police station in the capital. Amnesty International demanded the "
                  "immediate release of Msuya.", published="2026-02-10")
    assert _entity(rec, "Rehema Msuya").country == "TZ"


@pytest.mark.parametrize("text, name", [
    ("DAR ES SALAAM, Tanzania (AP) — Halima Mwakyusa, Chadema's deputy secretary-general, was "
     "detained on Tuesday, the party said. Chadema said it would go to court.", "Chadema"),
    ("SAN SALVADOR (AP) — Cristosal, a human rights group, said the arrest was political. "
     "Cristosal has documented hundreds of cases.", "Cristosal"),
    ("KUALA LUMPUR, Aug 27 (Bernama) -- Khazanah Nasional Bhd said on Wednesday it would invest "
     "more in the airline.", "Khazanah Nasional Bhd"),
    # described by a possessive phrase, held in shares, the subject of ", which"
    ("OSLO (Reuters) - Nordhavn, Norway's largest ferry operator, said on Thursday its profit "
     "fell. Nordhavn will cut two routes.", "Nordhavn"),
    ("ALMATY (Reuters) - Shares in Tabyskhan rose 4% on Friday. Tabyskhan said demand was "
     "strong and Tabyskhan expected more orders.", "Tabyskhan"),
    ("PRAGUE (Reuters) - Brennmark said on Monday it would close two plants. Brennmark, which "
     "employs 4,000 people, blamed energy costs.", "Brennmark"),
])
def test_what_the_document_says_of_a_name_makes_it_an_organization(analyze, text, name):
    rec = analyze(text, published="2026-08-27")
    assert (name, "ORG") in _kinds(rec), \
        [(e.name, e.type) for e in rec.entities]


def test_an_official_speaking_in_a_town_of_the_other_party_is_of_that_country(analyze):
    rec = analyze("Rescue row\n\nItaly has accused Malta of ignoring distress calls from a "
                  "boat carrying 60 migrants.\n\nInterior Minister Marco Bellandi said the boat "
                  "drifted for 30 hours. Home Affairs Minister Joe Vella rejected the "
                  "accusation on Sunday. \"We respect our obligations,\" Vella told reporters "
                  "in Birkirkara.", published="2026-07-12")
    assert _entity(rec, "Joe Vella").country == "MT", _people(rec)


@pytest.mark.parametrize("text, actor", [
    # a state said to answer after a reporting verb: the future is the threat's own form
    ("MOSCOW (AP) — Foreign ministry spokeswoman Anna Belova said on Thursday that Moscow "
     "would respond to the expulsion of its diplomat.", "Moscow"),
    # a vow that foes will be hunted down
    ("NIAMEY, Niger (AP) — Niger's military ruler, Gen. Amadou Sani, vowed on Wednesday that "
     "the attackers would be hunted down.", "Amadou Sani"),
])
def test_a_promise_of_force_said_of_the_future_is_a_threat(analyze, text, actor):
    rec = analyze(text, published="2026-04-09")
    assert ("THREATEN", actor) in _type_actor(rec), _events(rec)


def test_a_datelines_date_is_no_organization(analyze):
    rec = analyze("DUBLIN, Nov 2 (Reuters) - Skyrin on Monday reported an 18% rise in profit.\n\n"
                  "Skyrin said it expected more passengers.", published="2026-11-02")
    assert not any(e.name == "Nov 2" for e in rec.entities), _kinds(rec)


def test_which_after_a_name_inside_a_phrase_is_the_phrases(analyze):
    rec = analyze("NAIROBI, Kenya (AP) — Rights groups condemned the death in police custody "
                  "of blogger Peter Mwangala, which triggered protests.", published="2026-06-20")
    assert ("Peter Mwangala", "PERSON") in _kinds(rec), _kinds(rec)


def test_a_person_who_owns_lawyers_and_an_administration_stays_a_person(analyze):
    rec = analyze("WASHINGTON (AP) — Trump's lawyers said the Trump administration would "
                  "appeal. Trump said he was innocent.", published="2026-08-27")
    assert ("Trump", "PERSON") in _kinds(rec)


def test_an_undated_act_of_the_lede_happened_on_the_news_day(analyze):
    rec = analyze("MBABANE, Eswatini (AP) — Police in Eswatini have fired tear gas at thousands "
                  "of striking teachers who marched on the finance ministry. At least 14 people "
                  "were arrested on Tuesday, the teachers' union said. The government accused "
                  "the union of breaking the law.", published="2026-03-18")
    fired = next(e for e in rec.events if e.type in ("COERCE", "ASSAULT")
                 and rec.text[e.evidence.start:e.evidence.end].startswith("Police"))
    assert (fired.time, fired.time_source) == ("2026-03-17", "story")
    # a statement is dated by the day it was reported
    said = next(e for e in rec.events if e.type == "ACCUSE")
    assert said.time_source != "story"


def test_the_datelines_date_and_credit_are_no_part_of_the_actor(analyze):
    rec = analyze("Bucharest, Jan 28 (EFE).- Romania on Tuesday expelled a Russian diplomat over "
                  "an alleged plot to sabotage military infrastructure, a day after prosecutors "
                  "charged three people with planning arson attacks on behalf of Russian "
                  "military intelligence.", published="2026-01-28")
    actors = {e.actor1.text for e in rec.events if e.actor1 is not None}
    assert "Romania" in actors and not any("EFE" in a for a in actors), actors


def test_an_act_that_ended_a_calm_is_told(analyze):
    rec = analyze("NEW YORK (AP) — On Wednesday tensions seemed to be decreasing until the "
                  "teen's sister was arrested by police while crossing the street, witnesses "
                  "said.", published="2026-05-05")
    assert "COERCE" in {e.type for e in rec.events}


def test_what_a_demand_asks_for_is_no_act(analyze):
    rec = analyze("HARARE (AP) — Amnesty International on Monday demanded that Zimbabwean "
                  "authorities release the activist immediately and drop all charges.",
                  published="2026-05-05")
    assert [e.type for e in rec.events] == ["REQUEST"], [(e.type, e.actor1) for e in rec.events]


def test_a_letter_a_bare_sea_and_a_first_name_are_no_places(analyze):
    rec = analyze("SAN SALVADOR (AP) — Police detained a union leader on Tuesday, her union "
                  "said.\n\nMarta Elena Guzmán, secretary general of the union, was detained at "
                  "her home. \"We stand with her,\" the union wrote on X.", published="2026-08-18")
    kinds = _kinds(rec)
    assert ("Marta Elena Guzmán", "PERSON") in kinds, kinds
    assert not any(name in ("X", "X.", "Marta") for name, _ in kinds), kinds
    # a sea's bare word is no place; the sea is, with its name
    rec = analyze("TOKYO (Kyodo) -- North Korea fired a missile into the Sea of Japan on "
                  "Thursday, officials said.", published="2026-03-05")
    assert "Sea" not in {e.name for e in rec.entities}


def test_people_the_tagger_took_for_organizations(analyze):
    rec = analyze("KINSHASA (Xinhua) -- The junta ousted the elected government of Aung San Suu "
                  "Kyi in 2021. Army spokesman Major General Sylvain Ekenge said the army would "
                  "respect the truce. Of the 126 members of the State Great Khural, 71 backed the "
                  "motion, and First Quantum Minerals said it would talk.", published="2026-05-29")
    kinds = _kinds(rec)
    assert ("Aung San Suu Kyi", "PERSON") in kinds and ("Sylvain Ekenge", "PERSON") in kinds, kinds
    assert not any(t == "PERSON" and ("Khural" in n or "Quantum" in n) for n, t in kinds), kinds


def test_a_region_before_a_governor_gives_his_country_and_a_taxi_rider_is_no_sport(analyze):
    rec = analyze("KYIV – Ukrainian drones hit an oil depot overnight. Krasnodar governor "
                  "Veniamin Kondratyev said no one was hurt.", published="2026-01-10")
    assert _entity(rec, "Veniamin Kondratyev").country == "RU"
    rec = analyze("NAKURU, Kenya (AP) — Police fired live rounds at an opposition rally on "
                  "Sunday. The victim, a motorcycle taxi rider named by his family as Brian "
                  "Kiprono, died on the way to hospital, Kenyan police said.",
                  published="2026-06-08")
    assert _entity(rec, "Brian Kiprono").country == "KE"


def test_the_wounded_after_the_killed_are_no_attackers(analyze):
    rec = analyze("TRIPOLI (AA) – Militias clashed overnight in the capital. The Emergency "
                  "Medicine Centre said four fighters and two civilians were killed and 23 people "
                  "wounded.", published="2026-04-25")
    assert not any(e.actor1 is not None and "23 people" in e.actor1.text for e in rec.events), \
        [(e.type, e.actor1) for e in rec.events]


def _story(analyze, *paragraphs):
    """A datelined story of the hand-written paragraphs, published on a Wednesday."""
    return analyze("Army presses offensive\n\nMOGADISHU, July 8 (Reuters) - "
                   + "\n\n".join(paragraphs), published="2026-07-08")


def test_a_vow_to_pursue_armed_foes_is_a_threat_a_vow_to_pursue_talks_is_not(analyze):
    rec = _story(analyze, "President Hassan Sheikh Mohamud on Tuesday vowed to pursue the "
                 "militants until the last hideout is destroyed.",
                 "Prime Minister Hamza Abdi Barre vowed on Tuesday to pursue talks with the "
                 "opposition on the electoral model.")
    events = _type_actor(rec)
    assert ("THREATEN", "Hassan Sheikh Mohamud") in events
    assert not any(t == "THREATEN" and "Barre" in (a or "") for t, a in events)


def test_partners_and_politicians_are_sides_called_on_or_accused(analyze):
    rec = _story(analyze, "President Hassan Sheikh Mohamud on Tuesday called on Somalia's "
                 "international partners to provide predictable funding for the mission.",
                 "Interior Minister Ali Yusuf Hosh accused unnamed opposition politicians of "
                 "hiring gangs to disrupt the vote.")
    pairs = {(t, a2) for t, _, _, a2 in _events(rec)}
    assert ("REQUEST", "Somalia's international partners") in pairs
    assert ("ACCUSE", "unnamed opposition politicians") in pairs


def test_an_act_judged_to_be_by_someone_makes_them_the_side_accused(analyze):
    rec = analyze("Serbia protests arrest\n\nBELGRADE, Serbia (AP) — Serbian President "
                  "Aleksandar Vucic on Sunday called the arrest \"another provocation by Albin "
                  "Kurti's regime against our people\".", published="2026-06-01")
    assert ("ACCUSE", "Aleksandar Vucic", "Albin Kurti") in [
        (t, a1, a2) for t, _, a1, a2 in _events(rec)]


def test_calls_for_a_release_are_a_request_and_the_release_no_event(analyze):
    rec = analyze("Activist held\n\nCHISINAU, Moldova (AP) — Authorities in the breakaway "
                  "region have detained a civic activist at a checkpoint, prompting calls from "
                  "Chisinau and international mediators for his immediate release.",
                  published="2026-06-01")
    types = {t for t, *_ in _events(rec)}
    assert "REQUEST" in types and "RETREAT" not in types
    assert "CONSULT" not in types


def test_the_trip_of_someone_stopped_on_the_way_is_no_visit(analyze):
    rec = analyze("Activist held\n\nCHISINAU, Moldova (AP) — Ion Cebotari, a coordinator of a "
                  "rights group, was stopped on Saturday at a checkpoint near the village of "
                  "Varnita while travelling to Bender to visit relatives, his colleagues said.",
                  published="2026-06-01")
    assert not any(t == "CONSULT" for t, *_ in _events(rec))


def test_a_reporters_quote_ending_before_a_shared_perfect_is_still_the_troops_act(analyze):
    rec = analyze("Border clash\n\nISLAMABAD (AP) — Two soldiers were killed, the military "
                  "said, adding that Pakistani troops had \"responded in a befitting manner to "
                  "the unprovoked aggression\" and destroyed several Afghan positions.",
                  published="2026-05-12")
    assert any(t == "ASSAULT" and a1 == "Pakistani troops" for t, a1 in _type_actor(rec))
    assert not any(t == "ASSAULT" and a1 == "military" for t, a1 in _type_actor(rec))


def test_no_one_harmed_is_no_attack(analyze):
    rec = _story(analyze, "The U.S. Africa Command said on Tuesday that its initial "
                 "assessment was that no civilians were injured or killed in the airstrike.")
    assert not any(a2 and "no civilians" in a2 for *_, a2 in _events(rec))


def test_what_has_happened_since_and_wars_counted_are_background(analyze):
    rec = analyze("Kosovo police detain Serb\n\nPRISTINA, Kosovo (AP) — Kosovo police on "
                  "Tuesday detained a Serb man on war crimes charges.\n\nKosovo has since "
                  "taken control of most institutions in the north. Serbia and Kosovo fought "
                  "two wars in the 1990s, officials said.", published="2026-06-02")
    assert [t for t, *_ in _events(rec)] == ["COERCE"]


def test_a_town_the_ner_calls_an_organization_is_a_place_by_its_residents_and_crossing(analyze):
    rec = analyze("Border clashes\n\nQUETTA, Pakistan (AP) — Forces exchanged fire near the "
                  "town on Sunday.\n\nResidents of Chaman said shells landed near the market. "
                  "Authorities sealed the Chaman crossing on Sunday night.",
                  published="2026-05-12")
    assert ("Chaman", "GPE") in _kinds(rec)


def test_a_ministry_keeps_its_whole_portfolio_and_a_joined_name_its_joiners(analyze):
    rec = analyze("Talks stall\n\nDOHA (AP) — Qatar's Ministry of Foreign Affairs said on "
                  "Monday that hideouts of the banned Tehreek-e-Taliban Pakistan (TTP) had "
                  "been struck.", published="2026-05-12")
    names = {n for n, _ in _kinds(rec)}
    assert "Qatar's Ministry of Foreign Affairs" in names
    assert "Tehreek-e-Taliban Pakistan" in names and "Tehreek" not in names


def test_a_spokeswoman_for_a_un_office_has_no_country_a_national_section_has_one(analyze):
    rec = analyze("Protests\n\nNAIROBI, Kenya (AP) — Police fired tear gas on Tuesday.\n\n"
                  "Irungu Houghton, executive director of Amnesty International Kenya, said "
                  "police had used force.\n\nCarlotta Ferri, a spokeswoman for the United "
                  "Nations Integrated Office in Haiti, said more than 1,000 people had fled.",
                  published="2026-05-12")
    people = _people(rec)
    assert people["Carlotta Ferri"].country is None
    assert next(p for n, p in people.items() if "Houghton" in n).country == "KE"


def test_a_namesake_in_another_government_is_not_the_actor_the_dictionary_knows(analyze):
    bogota = analyze("Drone attack on base\n\nBOGOTA, Colombia (AP) — Defence Minister Pedro "
                     "Sánchez said on Tuesday that the drones were launched from a rural area.",
                     published="2026-03-18")
    madrid = analyze("Spain election\n\nMADRID (AP) — Prime Minister Pedro Sánchez said on "
                     "Tuesday that Spain would hold the vote in June.", published="2026-03-18")
    assert _people(bogota)["Pedro Sánchez"].country == "CO"
    assert _people(madrid)["Pedro Sánchez"].country == "ES"


def test_an_acronym_before_a_title_is_no_airport_town(analyze):
    rec = analyze("Clashes\n\nDAMASCUS, Syria (AP) — Fighting broke out on Sunday.\n\nPresident "
                  "Ahmed al-Sharaa and SDF commander Mazloum Abdi signed an agreement in March "
                  "2025 to merge the force's institutions into the state.", published="2026-06-08")
    assert ("SDF", "GPE") not in _kinds(rec)
    assert _people(rec)["Mazloum Abdi"].country == "SY"


def test_peacekeeping_missions_and_a_state_agency_named_by_its_initials_are_organizations(
        analyze):
    rec = analyze("Protest in Goma\n\nGOMA, Congo (AP) — Hundreds marched on Monday against the "
                  "UN peacekeeping mission, MONUSCO, which they accuse of failing to protect "
                  "civilians. The ministry said in a statement carried by the state news agency "
                  "SANA that the talks would go on.", published="2026-06-08")
    kinds = _kinds(rec)
    assert ("MONUSCO", "ORG") in kinds and ("SANA", "ORG") in kinds


def test_gangs_and_militias_named_before_their_noun_or_with_a_plural_article_are_groups(analyze):
    rec = analyze("Gangs\n\nGUAYAQUIL, Ecuador (AP) — Interior Minister John Reimberg blamed "
                  "the Los Lobos gang for the attack on Friday. Washington designated Los Lobos "
                  "and Los Choneros as foreign terrorist organizations. Troops and allied "
                  "Wazalendo militias fought the rebels.", published="2026-01-24")
    kinds = _kinds(rec)
    assert {("Los Lobos", "ORG"), ("Los Choneros", "ORG"), ("Wazalendo", "ORG")} <= kinds
    assert _entity(rec, "Los Lobos").country in (None, "EC")  # not the town some list calls "Los"


def test_a_known_groups_name_the_ner_cut_short_is_whole(analyze):
    rec = analyze("Convoy attacked\n\nBAMAKO (Reuters) - The attack near the town of Diema was "
                  "claimed by Jama'at Nusrat al-Islam wal-Muslimin (JNIM), which has been "
                  "enforcing a blockade.", published="2026-11-03")
    assert ("Jama'at Nusrat al-Islam wal-Muslimin", "ORG") in _kinds(rec)


def test_what_someone_is_accused_of_however_deep_is_the_charge_not_an_act(analyze):
    rec = analyze("Settler attack\n\nRAMALLAH, West Bank (AP) — Prime Minister Mohammad Mustafa "
                  "on Sunday accused the Israeli government of \"giving settlers a green light "
                  "to kill and burn\".", published="2026-09-14")
    events = _type_actor(rec)
    assert ("ACCUSE", "Mohammad Mustafa") in events
    assert not any(t == "ASSAULT" for t, _ in events)


def test_an_act_named_as_the_reason_for_another_is_told_before_not_the_actors(analyze):
    rec = analyze("Sanctions\n\nTBILISI, Georgia (AP) — The United Kingdom on Monday imposed "
                  "sanctions on Georgian officials over the crackdown.", published="2026-10-05")
    assert [(t, a) for t, a in _type_actor(rec)] == [("SANCTION", "United Kingdom")]


def test_who_after_a_place_is_the_people_before_it(analyze):
    rec = analyze("Rally\n\nTBILISI, Georgia (AP) — Police used water cannon on Sunday to break "
                  "up a rally by tens of thousands of people in the capital, Tbilisi, who "
                  "accused the ruling party of rigging the election.", published="2026-10-05")
    assert not any(a in ("capital", "Tbilisi") for _, a in _type_actor(rec))


def test_a_second_participle_the_parse_joined_to_an_inner_clause_is_the_first_ones_doers(
        analyze):
    rec = analyze("Villages attacked\n\nJOS, Nigeria (AFP) - The attackers stormed three villages "
                  "late on Monday, shooting residents as they fled and burning dozens of houses, "
                  "according to the chairman of the local council, Dachung Bitrus, who said 31 "
                  "bodies had been recovered.", published="2026-06-10")
    assert not any(a == "Dachung Bitrus" for t, a in _type_actor(rec) if t == "ASSAULT")


def test_him_after_plural_prosecutors_is_the_person_the_sentence_before_is_about(analyze):
    rec = analyze("Opposition leader jailed\n\nBAKU, Azerbaijan (AP) — A court on Tuesday "
                  "sentenced opposition deputy leader Ramil Hasanli to nine years in prison.\n\n"
                  "Hasanli was arrested in November after a conference where he had criticised "
                  "President Ilham Aliyev's government. Prosecutors accused him of smuggling "
                  "money into the country.", published="2026-05-12")
    accuse = next(e for e in rec.events if e.type == "ACCUSE")
    assert accuse.actor1.text == "Prosecutors" and accuse.actor2.text == "Ramil Hasanli"


def test_seized_camps_are_ground_taken_not_goods_confiscated(analyze):
    rec = analyze("Fighting in Amhara\n\nADDIS ABABA, Ethiopia (AP) — Fano fighters seized two "
                  "military camps in the Amhara region on Sunday, residents said.",
                  published="2026-05-12")
    types = [t for t, _ in _type_actor(rec)]
    assert "ASSAULT" in types and "COERCE" not in types


def test_a_nationality_before_a_name_is_the_persons_country_not_part_of_the_name(analyze):
    rec = analyze("Marathon\n\nFRANKFURT (AFP) - Kenyan Nicholas Mutai Rotich won the "
                  "Frankfurt Marathon on Sunday, ahead of Ethiopian Meseret Alemu Bekele.",
                  published="2026-10-26")
    people = _people(rec)
    assert people["Nicholas Mutai Rotich"].country == "KE"
    assert people["Meseret Alemu Bekele"].country == "ET"


def test_a_name_beside_a_role_noun_and_a_name_with_a_weekday_in_it_are_people(analyze):
    rec = analyze("Trial\n\nJUBA, May 15 (Xinhua) -- The court rejected the motion on "
                  "Thursday. His lead lawyer, Ezekiel Lual Madut, said the defence would "
                  "appeal. Police spokesman Major General James Monday Enoka said 19 people "
                  "were arrested. The minister told James on Monday that talks would go on.",
                  published="2026-05-16")
    people = _people(rec)
    assert "Ezekiel Lual Madut" in people and "James Monday Enoka" in people


def test_a_baton_charge_on_a_crowd_is_force_a_charge_with_a_crime_is_law(analyze):
    rec = analyze("Protest\n\nQUETTA, Pakistan (AP) — Police baton-charged the crowd on Friday. "
                  "Prosecutors charged the organisers with rioting on Saturday.",
                  published="2026-05-12")
    events = _type_actor(rec)
    assert ("ASSAULT", "Police") in events and ("ACCUSE", "Prosecutors") in events


def test_arrests_the_police_report_are_theirs_and_a_when_clause_on_the_day_names_the_shooters(
        analyze):
    rec = analyze("Strike\n\nDHAKA, Bangladesh (AP) — A garment worker was killed and dozens "
                  "were injured on Friday when police fired tear gas at striking workers. Police "
                  "said 23 people had been arrested for vandalism.", published="2026-03-07")
    events = _type_actor(rec)
    assert ("ASSAULT", "police") in events
    assert ("COERCE", "Police") in events


def test_a_name_ending_in_a_bodys_head_word_is_an_organization_unless_a_known_place(analyze):
    rec = analyze("Clashes\n\nJUBA, South Sudan (AP) — Army spokesman Lul Ruai Koang said on "
                  "Friday that the South Sudan People's Defence Forces had repulsed an attack "
                  "near the West Bank of the Nile. Settlers attacked a village in the West "
                  "Bank.", published="2026-05-16")
    kinds = _kinds(rec)
    assert ("South Sudan People's Defence Forces", "ORG") in kinds
    assert ("West Bank", "ORG") not in kinds


def test_organizers_are_a_side_one_accuses(analyze):
    rec = _story(analyze, "President Hassan Sheikh Mohamud on Tuesday accused the protest "
                 "organizers of trying to carry out a coup financed from abroad.")
    assert ("ACCUSE", "protest organizers") in {(t, a2) for t, _, _, a2 in _events(rec)}


def test_a_description_and_a_mention_are_no_acts(analyze):
    rec = analyze("Santiago – The observatory, funded by the National Science Foundation, sits "
                  "at 2,600 metres. Chile hosts a large share of the world's telescopes. The "
                  "pope referred to the arrests during his prayer on Sunday. The president "
                  "cancelled a planned trip to Antofagasta on Monday.", published="2025-01-12")
    assert not any(e.type in ("AID", "CONSULT", "COERCE", "SANCTION") for e in rec.events), \
        _events(rec)


def test_troops_sent_within_the_country_deploy_and_a_weapon_is_no_target(analyze):
    rec = analyze("Bogota – Colombia is sending 1,500 troops to the Catatumbo region after "
                  "rebels attacked an army outpost with explosive-laden drones on Saturday. "
                  "The governor of Norte de Santander province, William Villamizar, asked the "
                  "national government for more police.", published="2025-01-12")
    kinds = _type_actor(rec)
    assert ("MOBILIZE", "Colombia") in kinds and ("AID", "Colombia") not in kinds, kinds
    attack = next(e for e in rec.events if e.type == "ASSAULT")
    assert attack.actor2 is None or "drones" not in attack.actor2.text, _events(rec)
    assert ("REQUEST", "William Villamizar") in kinds, kinds


def test_officials_named_after_the_country_that_spoke_are_its_own(analyze):
    rec = analyze("Ouagadougou – Burkina Faso summoned Ivorian chargé d’affaires Yao Kouassi "
                  "Denis on Sunday. Côte d’Ivoire rejected the accusations late on Sunday. "
                  "Government spokesman Amadou Coulibaly said Abidjan had never interfered. "
                  "Lithuania said it would keep its border closed. Foreign Minister Kestas "
                  "Budrikis said on Tuesday that Vilnius welcomed any release. Cambodia’s "
                  "defence ministry rejected the account. Spokeswoman Lieutenant General Maly "
                  "Sokunthea said Thai soldiers had fired first.", published="2025-01-12")
    people = {name: e.country for name, e in _people(rec).items()}
    assert people["Yao Kouassi Denis"] == "CI" and people["Amadou Coulibaly"] == "CI", people
    assert people["Kestas Budrikis"] == "LT" and people["Maly Sokunthea"] == "KH", people
    assert ("Côte d’Ivoire", "GPE") in _kinds(rec), _kinds(rec)


def test_a_town_named_in_many_countries_gives_its_body_none(analyze):
    rec = analyze("Cochabamba – \"The state has failed,\" said Rosa Quispe Mamani, a sociologist "
                  "at San Simon University in Cochabamba.", published="2025-01-12")
    people = {name: e.country for name, e in _people(rec).items()}
    assert people["Rosa Quispe Mamani"] == "BO", people


def test_an_official_of_a_bloc_speaking_in_a_capital_is_not_its_countrys(analyze):
    rec = analyze("Abuja – In Abuja, ECOWAS Commission President Ibrahim Sallah urged both "
                  "governments on Monday to exercise restraint. Philippine Foreign Secretary Ma. "
                  "Theresa Lazaro said she had spoken with both sides.", published="2025-01-12")
    people = {name: e.country for name, e in _people(rec).items()}
    assert people["Ibrahim Sallah"] is None, people
    assert people["Ma. Theresa Lazaro"] == "PH", people
    assert ("Abuja", "GPE") in _kinds(rec) and ("ECOWAS Commission", "ORG") in _kinds(rec)


def test_a_continent_a_language_and_a_group_after_another_group(analyze):
    rec = analyze("Tunis – Samir Ben Salah, head of the Centre for Human Rights and Democracy in "
                  "Africa, spoke outside the court, where members of the Tunisian General "
                  "Labour Union, known by its French initials UGTT, rallied on Monday. Lebanon's "
                  "army fought militants from al-Nusra Front and Islamic State along the border "
                  "in 2014.", published="2025-01-12")
    people = {name: e.country for name, e in _people(rec).items()}
    assert people["Samir Ben Salah"] in (None, "TN"), people  # never a town called Africa's
    ugtt = _entity(rec, "UGTT")
    assert ugtt.type == "ORG" and ugtt.country != "FR", ugtt
    assert ("Islamic State", "ORG") in _kinds(rec), _kinds(rec)


def test_pushing_back_against_a_policy_is_a_rejection_and_against_troops_a_fight(analyze):
    rec = analyze("Manila – The opposition pushed back against the maritime plan on Monday. "
                  "Soldiers pushed back the rebels near the town on Tuesday. Marchers were "
                  "pushed back by riot police on Wednesday.", published="2025-01-12")
    kinds = _type_actor(rec)
    assert ("REJECT", "opposition") in kinds and ("ASSAULT", "opposition") not in kinds, kinds
    assert ("ASSAULT", "Soldiers") in kinds, kinds
    assert not any(t == "REJECT" and a and "police" in a for t, a in kinds), kinds


def test_a_warning_about_a_place_the_fighting_cut_off_is_no_threat(analyze):
    rec = analyze("Niamey – The UN humanitarian office warned on Monday that aid convoys could no "
                  "longer reach towns cut off by the fighting. The army warned on Tuesday that "
                  "anyone who attacks its troops would be killed.", published="2025-01-12")
    kinds = _type_actor(rec)
    assert not any(t == "THREATEN" and a and "UN" in a for t, a in kinds), kinds
    assert ("THREATEN", "army") in kinds, kinds


def test_a_surname_that_looks_plural_opening_a_sentence_is_the_person(analyze):
    rec = analyze("La Paz – Police withdrew from the region after failing to arrest former "
                  "president Evo Morales on Sunday.\n\nMorales, speaking on his weekly radio show "
                  "on Monday, accused President Rodrigo Paz of sending the police to kill him.",
                  published="2025-01-12")
    assert any(e.type == "ACCUSE" and e.actor1 and e.actor1.text == "Evo Morales"
               for e in rec.events), _events(rec)


def test_roadblocks_set_up_by_growers_are_a_protest_by_police_a_restriction(analyze):
    rec = analyze("La Paz – By Monday morning, coca growers' federations had set up at least 14 "
                  "roadblocks on the main highway. Police set up roadblocks around the capital on "
                  "Tuesday. Ombudsman Pedro Quispe called on both sides to lower the tension.",
                  published="2025-01-12")
    kinds = {(t, a.split()[-1] if a else a) for t, a in _type_actor(rec)}
    assert ("PROTEST", "federations") in kinds and ("COERCE", "Police") in kinds, kinds
    assert ("REQUEST", "Quispe") in kinds, kinds


def test_an_affiliation_a_groups_record_and_a_tone_struck_are_no_acts(analyze):
    rec = analyze("Maputo – Insurgents linked to the Islamic State group attacked three villages "
                  "on Sunday. The attackers belong to a faction which has stepped up raids from "
                  "the islands since the end of the rainy season. Government spokesman Carlos "
                  "Mondlane struck a sharper tone on Monday.", published="2025-01-12")
    types = {e.type for e in rec.events}
    assert "COOPERATE" not in types and "COERCE" not in types, _events(rec)
    assert not any(e.type == "ASSAULT" and e.actor1 and "Mondlane" in e.actor1.text
                   for e in rec.events), _events(rec)


def test_acts_told_in_the_simple_present_and_an_agreement_breached_are_the_setting(analyze):
    rec = analyze("Quito – The president said on Monday he would show no mercy to groups that "
                  "attack civilians. The port has been hit by violence as local gangs fight over "
                  "drug routes. The army said the mines were a clear violation of the peace "
                  "agreement.",
                  published="2025-01-12")
    assert not any(e.type in ("ASSAULT", "AGREE") for e in rec.events), _events(rec)


def test_a_claim_of_responsibility_makes_the_group_the_attacker(analyze):
    rec = analyze("Quetta – The Baloch Liberation Army claimed responsibility for Tuesday's attack "
                  "on a police convoy near the town of Kalat, which killed six officers.",
                  published="2025-01-15")
    attack = next(e for e in rec.events if e.type == "ASSAULT")
    assert attack.actor1 is not None and "Baloch Liberation Army" in attack.actor1.text, \
        _events(rec)
    assert attack.actor2 is not None and attack.actor2.sector == "police", _events(rec)


def test_a_forces_vehicle_stands_for_it_until_its_people_are_named(analyze):
    rec = analyze("Bamako – Gunmen attacked an army convoy near the town of Gao on Monday, the "
                  "army said.", published="2025-01-14")
    attack = next(e for e in rec.events if e.type == "ASSAULT")
    assert attack.actor2 is not None and attack.actor2.sector == "military", _events(rec)
    rec = analyze("Abuja – The government said it would provide five patrol vessels to the "
                  "navy of Benin.", published="2025-01-14")
    assert not any(e.actor2 is not None and "vessels" in e.actor2.text for e in rec.events), \
        _events(rec)


def test_a_person_described_by_a_role_is_a_person_and_a_firm_by_its_business_a_firm(analyze):
    rec = analyze("Cotonou – Troops were sent to the north on Monday.\n\nAbdou-Rahamane Sika, a "
                  "regional commander, told local radio that troops were combing the forest.\n\n"
                  "Shares in Exor, the Agnelli family holding "
                  "company that owns part of Ferrari, rose 3%. \"The results were strong,\" said "
                  "Giulia Mancini, an analyst at Equita in Milan. Profit beat the figure expected "
                  "in an LSEG poll.", published="2025-01-14")
    kinds = dict(_kinds(rec))
    assert kinds.get("Abdou-Rahamane Sika") == "PERSON", kinds
    assert all(kinds.get(n) == "ORG" for n in ("Exor", "Equita", "LSEG")), kinds


def test_without_a_dateline_a_two_country_storys_people_are_of_its_ledes_subject(analyze):
    rec = analyze("Burundi expels Rwandan envoys\n\nBurundi has ordered two Rwandan diplomats "
                  "to leave the country, accusing Kigali of backing rebels who raided a village "
                  "in Cibitoke.\n\nRwanda denied the accusation. Burundi's army reinforced the "
                  "border.\n\nForeign ministry spokesperson Aimée Nshimirimana said the decision "
                  "followed evidence from intelligence services.", published="2026-01-27")
    assert _entity(rec, "Aimée Nshimirimana").country == "BI", _people(rec)


def test_a_movement_known_by_a_name_returns_to_the_streets_and_repeats_its_demand(analyze):
    rec = analyze("Rabat – Police fired tear gas at crowds on Saturday, as the youth movement "
                  "known as GenZ 212 returned to the streets to demand better hospitals.\n\n"
                  "GenZ 212 repeated its demand that Prime Minister Aziz Akhannouch and his "
                  "government resign.\n\nDemand for housing has risen sharply in the capital.",
                  published="2026-04-22")
    assert ("GenZ 212", "ORG") in _kinds(rec)
    events = _events(rec)
    assert any(e[0] == "PROTEST" and e[2] == "GenZ 212" for e in events), events
    assert any(e[0] == "COERCE" and e[2] == "Police" and e[3] == "crowds" for e in events), events
    assert any(e[0] == "REQUEST" and e[2] == "GenZ 212" and "Akhannouch" in (e[3] or "")
               for e in events), events
    assert sum(e[0] == "REQUEST" for e in events) == 1, events  # (no demand for housing)


def test_an_official_announcing_forces_sent_sends_them_and_marchers_target_whom_they_ask(
        analyze):
    rec = analyze("Culiacán – On Tuesday, Security Secretary Omar García Harfuch announced that "
                  "800 additional soldiers were being deployed to Sinaloa.\n\nSinaloa Gov. Rubén "
                  "Rocha Moya asked residents to avoid unnecessary travel.\n\nOn Sunday, hundreds "
                  "of business owners marched through downtown Culiacán, demanding that "
                  "authorities restore security.", published="2026-07-15")
    events = _events(rec)
    assert any(e[0] == "MOBILIZE" and e[2] == "Omar García Harfuch" for e in events), events
    assert any(e[0] == "REQUEST" and e[2] == "Rubén Rocha Moya" and e[3] == "residents"
               for e in events), events
    assert any(e[0] == "PROTEST" and e[2] == "business owners" and e[3] == "authorities"
               for e in events), events


def test_who_did_an_act_the_parse_hid_is_found_where_the_sentence_names_them(analyze):
    rec = analyze("Kingston – Gunmen linked to the Clansman gang opened fire on a group of people "
                  "at a street dance on Saturday night, killing five people.\n\nPolice said 23 "
                  "people had been detained in joint police and military operations. One man "
                  "was shot dead in a confrontation with a police team early Monday.\n\nOn Sunday "
                  "peacekeepers and soldiers launched a joint operation against rebel positions "
                  "near the border, killing 11 fighters.\n\n\"This attack will not go unanswered,"
                  "\" said Jane Roe, the head of the mission, who called on all armed groups to "
                  "lay down their weapons.", published="2026-06-23")
    events = _events(rec)
    assert any(e[0] == "ASSAULT" and e[2] == "Gunmen" for e in events), events
    assert any(e[0] == "COERCE" and "police" in (e[2] or "") and e[3] == "23 people"
               for e in events), events
    assert any(e[0] == "ASSAULT" and "police team" in (e[2] or "") and e[3] == "One man"
               for e in events), events
    assert any(e[0] == "ASSAULT" and e[2] and e[2].startswith("peacekeepers")
               for e in events), events
    assert any(e[0] == "REQUEST" and e[2] == "Jane Roe" for e in events), events


def test_a_hyphenated_first_name_and_a_spokesman_for_a_party_are_a_persons(analyze):
    rec = analyze("Brazzaville – Gunmen attacked a train on Sunday.\n\nJean-Felix Mabiala, a "
                  "spokesman for the National Council of Republicans (CNR), the former rebel "
                  "group, said the accusation was false.", published="2026-08-26")
    assert ("Jean-Felix Mabiala", "PERSON") in _kinds(rec), _kinds(rec)


def test_a_drivers_strike_called_by_their_union_and_a_protest_note_handed(analyze):
    rec = analyze("Luanda – Angolan police fired tear gas and arrested dozens of people on "
                  "Monday as a strike by minibus taxi drivers paralysed the capital.\n\nThe "
                  "strike, called by the National Association of Taxi Drivers of Angola "
                  "(ANATA), kept most minibuses off the roads.\n\nEstonia on Tuesday summoned "
                  "Russia's envoy and handed him a protest note after Moscow sent a warship "
                  "following the detention of a tanker by Estonian authorities.",
                  published="2026-02-24")
    events = _events(rec)
    assert any(e[0] == "COERCE" and e[2] == "Angolan police" for e in events), events
    assert any(e[0] == "PROTEST" and "Taxi Drivers" in (e[2] or "") for e in events), events
    assert not any(e[0] == "ASSAULT" for e in events), events
    assert not any(e[0] == "RETREAT" for e in events), events
    assert any(e[0] == "COERCE" and "authorities" in (e[2] or "") for e in events), events


def test_a_partys_supporters_a_clause_of_its_own_and_the_acts_a_charge_lists(analyze):
    rec = analyze("Banjul – Police spokesman Lamin Njie-Ceesay said the party had not obtained a "
                  "permit for the rally and that its supporters had \"attacked officers with "
                  "stones\" when they were asked to disperse.\n\nThe 11 appeared before the "
                  "court on Monday and were charged with unlawful assembly and assaulting police "
                  "officers.", published="2026-08-04")
    attacks = [e for e in rec.events if e.type == "ASSAULT"]
    assert len(attacks) == 1, _events(rec)  # (the charge's assault is what they are charged with)
    assert "supporters" in attacks[0].actor1.text and attacks[0].modality != "negated", \
        _events(rec)


def test_a_secretary_of_state_for_a_portfolio_and_a_machinist_are_people(analyze):
    rec = analyze("Maseru – Workers walked out on Monday.\n\n\"We earn less than 3,000 maloti a "
                  "month,\" said Palesa Nthako, a machinist at a factory in the Thetsane "
                  "industrial area.\n\nSecretary of State for Transport Helder Ngunza told "
                  "journalists the government was ready to talk.", published="2026-02-24")
    kinds = dict(_kinds(rec))
    assert kinds.get("Palesa Nthako") == "PERSON" and kinds.get("Helder Ngunza") == "PERSON", \
        kinds


def test_acts_a_speaker_judges_useful_are_not_the_judges_acts(analyze):
    rec = analyze("Zagreb – \"Both governments find these clashes useful for domestic "
                  "audiences,\" said Ivana Bakarić, an analyst.", published="2026-06-03")
    assert not any(e.type == "ASSAULT" for e in rec.events), _events(rec)


def test_a_licence_suspended_is_a_sanction(analyze):
    rec = analyze("Monrovia – Liberia's government on Monday suspended the operating licence of a "
                  "Chinese-owned gold mining company.", published="2026-01-27")
    assert any(e.type == "SANCTION" and e.actor1 and "government" in e.actor1.text
               for e in rec.events), _events(rec)


def test_no_one_did_it_and_the_one_asked_to_go_is_the_target(analyze):
    rec = analyze("Skopje – \"A year has passed and not a single minister has resigned,\" said "
                  "Ljupco Arsov, a father of one of the victims.\n\nThe opposition leader "
                  "demanded the resignation of the economy minister.\n\nAccording to a document "
                  "seen by The Associated Press, the list includes three distributors.",
                  published="2026-03-17")
    assert all(e.modality == "negated" for e in rec.events if e.type == "RETREAT"), _events(rec)
    assert any(e.type == "REQUEST" and e.actor2 and "economy minister" in e.actor2.text
               for e in rec.events), _events(rec)
    assert ("Associated Press", "PERSON") not in _kinds(rec)


def test_a_protest_made_conditional_is_a_threat_to_the_one_the_condition_names(analyze):
    rec = analyze("Accra – The transport union said it would observe a nationwide sit-down protest "
                  "if the government did not withdraw the new fuel levy by Friday.",
                  published="2026-05-11")
    assert any(e.type == "THREATEN" and e.actor1 and "union" in e.actor1.text
               and e.actor2 and e.actor2.text == "government" for e in rec.events), _events(rec)
    assert not any(e.type == "PROTEST" for e in rec.events), _events(rec)


def test_workers_who_threaten_a_strike_act_as_a_group(analyze):
    rec = analyze("Harare – Nurses at public hospitals warned they would strike from Monday if "
                  "their salaries were not paid. Farmers in the east thanked the rains.",
                  published="2026-05-11")
    assert [(t, a) for t, _, a, _ in _events(rec)] == [
        ("THREATEN", "Nurses at public hospitals")], _events(rec)


def test_the_one_a_demand_is_made_of_after_from(analyze):
    rec = analyze("Lusaka – Striking miners demanded a 20 percent pay rise from the government "
                  "on Tuesday.", published="2026-05-13")
    assert _has(rec, "REQUEST", a2="government"), _events(rec)


def test_an_act_others_expect_is_planned_not_done(analyze):
    rec = analyze("Goma – Analysts expect the army to launch an offensive on the rebel-held town "
                  "next week.", published="2026-05-13")
    assert [e.modality for e in rec.events if e.type == "ASSAULT"] == ["planned"], _events(rec)


def test_a_nationality_word_the_tagger_missed_gives_the_person_their_country(analyze):
    rec = analyze("Istanbul – Police detained Dovlet Annayev, a Turkmen blogger who has spent "
                  "years criticising the government, on Sunday.", published="2026-03-05")
    assert _people(rec)["Dovlet Annayev"].country == "TM"
    assert ("Turkmen", "NORP") in _kinds(rec)


def test_a_capitals_dateline_is_its_country_not_a_village_of_that_name(analyze):
    rec = analyze("Deal news\n\nAPIA (AP) — Samoa and Australia signed a policing agreement on "
                  "Monday. Police Commissioner Tevita Sione said training would start soon.",
                  published="2026-03-10")
    assert _people(rec)["Tevita Sione"].country == "WS"


def test_a_portfolio_in_a_title_and_its_countrys_possessive(analyze):
    rec = analyze("Deal news\n\nAPIA (AP) — Samoa's Prime Minister Tuilaepa Fiame and "
                  "Australia's Minister for Pacific Island Affairs Pat Conroy signed the deal "
                  "on Monday.", published="2026-03-10")
    conroy = _people(rec)["Pat Conroy"]
    assert conroy.country == "AU" and conroy.titles == ["Minister for Pacific Island Affairs"]


def test_a_portuguese_name_joined_by_e_is_one_name(analyze):
    rec = analyze("Praia – Prime Minister Ulisses Correia e Silva received the crew on Monday.",
                  published="2026-03-10")
    assert "Ulisses Correia e Silva" in _people(rec)


def test_officials_of_the_datelines_country_when_it_leads_the_lede(analyze):
    rec = analyze("Aid news\n\nABU DHABI (AFP) - The United Arab Emirates on Wednesday pledged "
                  "$200 million in aid for Sudan. \"The people of Sudan cannot wait,\" said "
                  "Foreign Minister Lana Rashed. Sudan's army-led government accused the "
                  "UAE of arming the RSF. Fighting in Sudan's Darfur and Kordofan regions has "
                  "displaced millions, and Sudanese officials in Port Sudan rejected the "
                  "pledge.", published="2026-03-11")
    assert _people(rec)["Lana Rashed"].country == "AE"


def test_undatelined_officials_are_of_the_ledes_country_when_it_is_named_almost_as_much(
        analyze):
    rec = analyze("Deportation news\n\nAustria deported 12 Syrian men to Damascus on Tuesday, "
                  "the first such flight since the war. Interior Minister Gerhard Karner said "
                  "all had been convicted of crimes in Austria. The Syrian men had lived in "
                  "Austria for years, and rights groups said Syria was not safe. Karner plans "
                  "to travel to Damascus for talks with Syria's authorities.",
                  published="2026-03-11")
    assert _people(rec)["Gerhard Karner"].country == "AT"


def test_some_of_those_held_released_are_the_releases_targets(analyze):
    rec = analyze("Harare – On Sunday, 17 of those arrested were released on bail after "
                  "appearing in court. Three of the detained were released on police bond late "
                  "Wednesday.", published="2026-03-24")
    freed = [e.actor2.text for e in rec.events if e.type == "RETREAT" and e.actor2]
    assert "17 of those arrested" in freed and "Three of the detained" in freed, _events(rec)


def test_stones_and_petrol_bombs_thrown_at_someone_are_violence(analyze):
    # (by soldiers an attack; by a crowd of youths a riot, as ACLED codes mobs' rocks)
    rec = analyze("Moroni – On Sunday night, soldiers threw stones and petrol bombs at a "
                  "gendarmerie post in the north of the island.", published="2026-01-27")
    assert _has(rec, "ASSAULT", a1="soldiers"), _events(rec)
    rec = analyze("Moroni – On Sunday night, a group of youths threw stones and petrol bombs at "
                  "a gendarmerie post in the north of the island.", published="2026-01-27")
    assert _has(rec, "PROTEST", a1="youths"), _events(rec)
    calm = analyze("Moroni – The governor threw his support behind the candidate on Sunday.",
                   published="2026-01-27")
    assert not any(e.type == "ASSAULT" for e in calm.events), _events(calm)


def test_an_aside_counting_part_of_the_marchers_is_not_their_subject(analyze):
    rec = analyze("Cape Town – On Monday, several hundred residents, many of them women carrying "
                  "photographs of relatives, marched to the police station to demand more "
                  "detectives.", published="2026-05-05")
    march = next(e for e in rec.events if e.type == "PROTEST")
    # (what they demand is no target; the body whose seat they marched to is)
    assert march.actor1.text == "several hundred residents" and march.actor2.text == "police", \
        _events(rec)


def test_a_march_by_a_counted_crowd_is_theirs(analyze):
    rec = analyze("Windhoek – Police arrested 23 young people on Saturday after a march by "
                  "several hundred unemployed graduates to the Parliament building ended in "
                  "scuffles.", published="2026-03-23")
    assert _has(rec, "PROTEST", a1="several hundred unemployed graduates"), _events(rec)


@pytest.mark.parametrize("text, a2", [
    ("Prague – Tens of thousands of people rallied on Sunday against a government plan to merge "
     "the broadcasters.", "government"),
    ("Bata – Several dozen supporters gathered outside the central police station to demand "
     "information.", "police"),
])
def test_a_protest_is_against_the_owner_of_what_it_opposes_or_the_body_at_whose_seat(
        analyze, text, a2):
    rec = analyze(text, published="2026-05-05")
    assert _has(rec, "PROTEST", a2=a2), _events(rec)


def test_the_one_a_conditional_threat_asks_to_act_is_threatened(analyze):
    rec = analyze("Jerusalem – Prime Minister Benjamin Netanyahu on Sunday threatened to resume "
                  "military operations if Hamas did not begin handing over its weapons.",
                  published="2026-04-14")
    assert _has(rec, "THREATEN", a1="Benjamin Netanyahu", a2="Hamas"), _events(rec)


def test_a_rejected_criticism_is_the_critics(analyze):
    rec = analyze("Apia – The opposition accused the government of signing the deal in secret. "
                  "The prime minister rejected the criticism on Tuesday.", published="2026-08-18")
    assert _has(rec, "REJECT", a1="prime minister", a2="opposition"), _events(rec)


def test_protesters_demands_told_after_what_they_said_of_others_are_theirs(analyze):
    rec = analyze("Port Louis – The protesters said both governments were negotiating over their "
                  "heads and demanded that Chagossians be guaranteed a right to return.",
                  published="2026-05-12")
    assert _has(rec, "REQUEST", a1="protesters"), _events(rec)


def test_the_other_side_of_talks_a_trip_is_for(analyze):
    rec = analyze("Vienna – Karner said he plans to travel to Damascus next month for talks with "
                  "Syria's interim authorities.", published="2026-02-26")
    assert _has(rec, "CONSULT", a1="Karner", a2="Syria's interim authorities"), _events(rec)


def test_unnamed_crowds_protesting_in_one_place_on_one_day_are_one_protest(analyze):
    rec = analyze("Brooklyn – On Monday a group of about 130 people were marching toward the "
                  "police station when some splintered off. Protesters began throwing bricks "
                  "and bottles.", published="2013-03-12")
    assert len([e for e in rec.events if e.type == "PROTEST"]) == 1, _events(rec)


def test_a_clause_deep_in_a_targets_phrase_is_no_part_of_its_name(analyze):
    rec = analyze("Athens – Later, about 100 youths hurled petrol bombs at a police station in "
                  "the Exarchia district, where the officer was based.", published="2008-12-08")
    assert any(e.actor2 and e.actor2.text == "police station in the Exarchia district"
               for e in rec.events), _events(rec)


def test_forces_sent_to_a_town_are_deployed_there(analyze):
    for text, town in (("The Pentagon said on Monday the department will deploy about 1,500 "
                        "Guard members to New Orleans.", "New Orleans"),
                       ("The administration sent Guard troops to Los Angeles on Monday.",
                        "Los Angeles")):
        rec = analyze("Washington – " + text, published="2026-05-12")
        assert _has(rec, "MOBILIZE", a2=town), _events(rec)
    abroad = analyze("London – Britain sent troops to Estonia on Monday.", published="2026-05-12")
    assert _has(abroad, "AID", a1="Britain", a2="Estonia"), _events(abroad)


def test_an_arrest_the_commission_reports_is_the_commissions(analyze):
    rec = analyze("Victoria – Gerard Morel, a former minister, was arrested at his home on "
                  "Saturday morning, the commission said in a brief statement.",
                  published="2026-09-14")
    assert _has(rec, "COERCE", a1="commission", a2="Gerard Morel"), _events(rec)


def test_people_aboard_an_intercepted_boat_are_the_target(analyze):
    rec = analyze("Nassau – Defence Force marines intercepted a crowded wooden sloop carrying 134 "
                  "Haitian migrants off Ragged Island on Sunday.", published="2026-08-18")
    assert _has(rec, "COERCE", a2="134 Haitian migrants"), _events(rec)
    rockets = analyze("Jerusalem – Israel intercepted two rockets on Sunday.",
                      published="2026-08-18")
    assert not any(e.type == "COERCE" for e in rockets.events), _events(rockets)


def test_an_international_bodys_commission_is_no_states(analyze):
    rec = analyze("Addis Ababa – The chairperson of the African Union Commission, Mahmoud Ali "
                  "Youssouf, on Saturday urged all parties to respect the ceasefire.",
                  published="2026-05-12")
    ask = next(e for e in rec.events if e.type == "REQUEST")
    assert ask.actor1.sector == "igo", _events(rec)


@pytest.mark.parametrize("text, a2", [
    ("Washington – The Senate on Wednesday rejected a Democratic resolution that would have "
     "required congressional approval.", "Democratic"),
    ("Victoria – On Tuesday, the Office of the President rejected the opposition's claims.",
     "opposition"),
])
def test_whose_rejected_claim_or_motion_is_said_with_it(analyze, text, a2):
    rec = analyze(text, published="2026-05-12")
    assert _has(rec, "REJECT", a2=a2), _events(rec)


def test_some_of_them_held_are_the_arrests_targets(analyze):
    rec = analyze("Moscow – About 40 people gathered outside the court. Police detained at least "
                  "14 of them on Sunday.", published="2026-05-12")
    assert _has(rec, "COERCE", a1="Police", a2="at least 14 of them"), _events(rec)


def test_a_crowds_petrol_bombs_are_a_riot_and_its_acts_through_the_night_one(analyze):
    rec = analyze("Riots news\n\nATHENS, Greece (AP) — But later, about 100 youths hurled "
                  "volleys of petrol bombs and rocks at a police station. The protesters chanted "
                  "slogans. Later, hooded and masked protesters targeted a commercial area near "
                  "the university, overturning cars and setting fire to three banks.",
                  published="2008-12-08")
    assert [(e.type, e.mode) for e in rec.events] == [("PROTEST", "riot")], _events(rec)


def test_strikers_blocking_a_road_are_workers_not_footballers(analyze):
    rec = analyze("Paramaribo – Police said they detained two union members on Wednesday after a "
                  "group of strikers blocked one of the main roads into the city.",
                  published="2026-07-16")
    assert _has(rec, "COERCE", a1="Police", a2="two union members"), _events(rec)


def test_asking_for_a_strike_unless_demands_are_met_is_a_threat(analyze):
    rec = analyze("Paramaribo – Pinas said the union would ask the labour federation to call a "
                  "general strike if the government did not improve its offer by next week.",
                  published="2026-07-16")
    assert _has(rec, "THREATEN", a2="government"), _events(rec)


def test_a_march_to_the_presidential_palace_is_against_the_government(analyze):
    rec = analyze("Paramaribo – Thousands of striking teachers marched through the capital to the "
                  "presidential palace on Wednesday.", published="2026-07-16")
    march = next(e for e in rec.events if e.type == "PROTEST")
    assert march.actor2 is not None and march.actor2.sector == "government", _events(rec)


def test_an_act_no_one_came_to_do_is_negated(analyze):
    rec = analyze("Washington – \"Not one senator would come down to talk to us,\" said Maria "
                  "Lopez, a protester.", published="2026-02-12")
    assert all(e.modality == "negated" for e in rec.events if e.type == "CONSULT"), _events(rec)

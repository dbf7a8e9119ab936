"""Places: country names, demonyms, the gazetteer, the resolver and the spaCy stage."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from newsgraph.places import country_code, country_of_demonym, is_place
from newsgraph.places.names import key, split_region_word
from newsgraph.places.resolve import Resolver, haversine_km


@pytest.mark.parametrize("name, code", [
    ("U.S.", "US"), ("US", "US"), ("USA", "US"), ("America", "US"), ("United States", "US"),
    ("Britain", "GB"), ("UK", "GB"), ("U.K.", "GB"), ("Russia", "RU"), ("Ukraine", "UA"),
    ("the Netherlands", "NL"), ("DRC", "CD"), ("South Korea", "KR"), ("Burkina", "BF"),
    ("São Tomé", "ST"),
    ("us", None), ("uk", None), ("Paris", None), ("Reznikov", None), ("", None),
])
def test_country_code(name, code):
    assert country_code(name) == code


@pytest.mark.parametrize("word, code", [
    ("Russian", "RU"), ("Russians", "RU"), ("Ukrainian", "UA"), ("Ukrainians", "UA"),
    ("American", "US"), ("Americans", "US"), ("British", "GB"), ("Britons", "GB"),
    ("Chinese", "CN"), ("Swiss", "CH"), ("Israelis", "IL"), ("Filipino", "PH"),
    ("russian", None), ("Reznikov", None), ("Kharkiv", None),
    # two nationality words: the second says which ("Turkish Cypriot" leaders are Cyprus's)
    ("Turkish Cypriot", "CY"), ("Greek Cypriots", "CY"), ("Iranian-American", "US"),
    ("Turkish Airlines", None),
])
def test_country_of_demonym(word, code):
    assert country_of_demonym(word) == code


@pytest.mark.parametrize("name, code", [
    # a city of a million before a small district named like it; a region before a city
    # smaller than it; a city's own name, not its former one (Chattogram was "Islamabad")
    ("Milan", "IT"), ("MILAN", "IT"), ("Victoria", "AU"), ("Islamabad", "PK"),
    ("Punjab", "PK"), ("Georgia", "GE"),
])
def test_the_country_of_a_place_named_alone(name, code):
    from newsgraph.entities.geo import place_country

    assert place_country(name) == code


@pytest.mark.parametrize("text, expected", [
    ("Kharkiv", True), ("the Kharkiv region", True), ("Kharkiv Oblast", True),
    ("Donbas", True), ("U.S.", True), ("Gaza Strip", True), ("Paris", True),
    ("Reznikov", False), ("kharkiv", False), ("us", False), ("Oleh", False),
    # abbreviations and airports' bare names are never what makes a word a place
    ("In", False), ("Pearson", False), ("Gatwick", False),
])
def test_is_place(text, expected):
    assert is_place(text) is expected


@pytest.mark.parametrize("text, k", [
    ("Kyïv", "kyiv"), ("the Kharkiv region", "kharkiv region"), ("Moscow’s", "moscow"),
    ("U.S.", "us"), ("Ivano-Frankivsk", "ivano frankivsk"),
    ("St. Petersburg", "saint petersburg"), ("Ft. Worth", "fort worth"),
    ("Mt. Kenya", "mount kenya"),
    ("Main St.", "main st"),  # only a first word is an abbreviated "Saint"
])
def test_key(text, k):
    assert key(text) == k


@pytest.mark.parametrize("name, city, names", [
    ("London Heathrow Airport", "London",
     ["London Heathrow Airport", "Heathrow Airport", "Heathrow"]),
    ("Toronto Pearson International Airport", "Mississauga",  # Toronto is a place too
     ["Toronto Pearson International Airport", "Pearson International Airport", "Pearson"]),
    ("Ottawa / Macdonald-Cartier International Airport", "Ottawa",
     ["Ottawa / Macdonald-Cartier International Airport",
      "Macdonald-Cartier International Airport", "Macdonald-Cartier"]),
    ("Kelowna International Airport", "Kelowna", ["Kelowna International Airport"]),
])
def test_airport_names(name, city, names):
    from newsgraph.places.gazetteer import _airport_names

    assert _airport_names(name, city, {"london", "toronto", "ottawa", "kelowna"}) == names


def test_split_region_word():
    assert split_region_word("kharkiv region") == ("kharkiv", "region")
    assert split_region_word("kharkiv") == ("kharkiv", None)


@pytest.fixture(scope="module")
def resolver():
    return Resolver()


def _resolve(resolver, names, **kw):
    return {n: r for n, r in zip(names, resolver.resolve(names, **kw))}


@pytest.mark.parametrize("names, name, country, kind", [
    (["Paris"], "Paris", "FR", "city"),
    (["Paris", "Texas"], "Paris", "US", "city"),
    (["Georgia", "Tbilisi"], "Georgia", "GE", "country"),
    (["Georgia", "Atlanta", "Savannah"], "Georgia", "US", "region"),
    (["Springfield", "Illinois"], "Springfield", "US", "city"),
    (["the Kharkiv region"], "the Kharkiv region", "UA", "region"),
    (["Kharkiv Oblast"], "Kharkiv Oblast", "UA", "region"),
    (["Kharkiv"], "Kharkiv", "UA", "city"),
    (["Moscow"], "Moscow", "RU", "city"),
    (["Donbas"], "Donbas", "UA", "region"),
    (["Lamar County", "Paris", "Texas"], "Lamar County", "US", "region"),
    # "St." and "Saint" are one name: the larger city wins, not the one spelled "St."
    (["St. Petersburg"], "St. Petersburg", "RU", "city"),
    # states listed together: each is a state, not a town in one of the others
    (["Georgia", "Oklahoma", "Pennsylvania", "Wisconsin", "California"], "California", "US",
     "region"),
    (["Georgia", "Oklahoma", "Pennsylvania", "Wisconsin", "California"], "Oklahoma", "US",
     "region"),
    # a small town named like another first-level region of its country is not meant
    (["Wales", "Edmonton", "Enfield", "London"], "Wales", "GB", "region"),
    (["Sligo", "Ireland"], "Sligo", "IE", "city"),  # a town in the county named after it
    # postal and press abbreviations, decided by the article's other places
    (["WA", "Perth"], "WA", "AU", "region"),
    (["Seattle", "WA"], "WA", "US", "region"),
    (["Kelowna", "B.C."], "B.C.", "CA", "region"),
    (["Brandon", "Man."], "Man.", "CA", "region"),
    # airports by their own short names
    (["Heathrow"], "Heathrow", "GB", "airport"),
    (["Schiphol"], "Schiphol", "NL", "airport"),
    (["Pearson International Airport", "Toronto"], "Pearson International Airport", "CA",
     "airport"),
])
def test_resolve_with_context(resolver, names, name, country, kind):
    r = _resolve(resolver, names)[name]
    assert r is not None
    assert (r.place.country, r.place.kind) == (country, kind)
    assert 0.0 <= r.confidence <= 1.0


def test_large_city_named_like_a_state_is_not_a_small_town(resolver):
    # The list rule spares cities: "New York" beside three states may still be the city.
    r = _resolve(resolver, ["New York", "Texas", "Ohio", "Florida"])["New York"]
    assert r.place.admin1 == "New York"


def test_misspelling_resolves_to_place_named_in_article(resolver):
    out = _resolve(resolver, ["Khakriv", "Kyiv", "Kharkiv"])
    assert out["Khakriv"].fuzzy and out["Khakriv"].via == "Kharkiv"
    assert out["Khakriv"].place == out["Kharkiv"].place
    assert out["Khakriv"].confidence < out["Kharkiv"].confidence


def test_misspelling_alone_is_unresolved(resolver):
    assert resolver.resolve(["Khakriv"]) == [None]


@pytest.mark.parametrize("name, kind, country", [
    ("Arizona State University", "region", "US"),  # named after a place: lower confidence
    ("European", "continent", None),
    ("Russians", "country", "RU"),
    ("Russian Higher School of Economics", "country", "RU"),  # a nationality word inside
    ("African National Congress", "continent", None),  # not Congress, Arizona
    ("English", "region", "GB"),  # England, not the UK's centre
])
def test_names_that_contain_or_derive_from_places(resolver, name, kind, country):
    (r,) = resolver.resolve([name])
    assert r is not None and (r.place.kind, r.place.country) == (kind, country)


def test_generic_word_of_a_name_is_not_a_place(resolver):
    assert resolver.resolve(["Zzyzzx River"]) == [None]


@pytest.mark.parametrize("name", ["Collins Avenue", "Rogers Centre", "Eglinton Avenue West"])
def test_street_or_venue_is_not_the_place_it_is_named_after(resolver, name):
    assert resolver.resolve([name]) == [None]


def test_dateline_decides(resolver):
    (plain,) = resolver.resolve(["Springfield"])
    (dated,) = resolver.resolve(["Springfield"], dateline="Springfield, Illinois")
    assert dated is not None and dated.place.admin1 == "Illinois"
    assert plain is not None


def test_a_one_word_dateline_reads_the_articles_countries(resolver):
    # alone, "Gaza" could be Mozambique's province; beside Israel and Qatar it is not
    names = ["Gaza", "Israel", "Qatar", "Gaza"]
    results = resolver.resolve(names, dateline="Gaza", context_countries=["PS"])
    assert results[0] is not None and results[0].place.country == "PS"


def test_haversine():
    assert haversine_km(0, 0, 0, 1) == pytest.approx(111.2, abs=0.2)
    assert haversine_km(50.45, 30.52, 49.98, 36.25) == pytest.approx(410, abs=15)


def _doc(words, deps, heads, tags, pos, lemmas, ents):
    doc = Doc(Vocab(), words=words, deps=deps, heads=heads, tags=tags, pos=pos, lemmas=lemmas,
              ents=ents)
    return doc


@pytest.mark.parametrize("words, deps, heads, tags, pos, lemmas, expected", [
    # "Kyiv said it" : subject of a speech verb
    (["Kyiv", "said", "it"], ["nsubj", "ROOT", "dobj"], [1, 1, 1], ["NNP", "VBD", "PRP"],
     ["PROPN", "VERB", "PRON"], ["Kyiv", "say", "it"], True),
    # "Moscow 's forces advanced"
    (["Moscow", "'s", "forces", "advanced"], ["poss", "case", "nsubj", "ROOT"], [2, 0, 3, 3],
     ["NNP", "POS", "NNS", "VBD"], ["PROPN", "PART", "NOUN", "VERB"],
     ["Moscow", "'s", "force", "advance"], True),
    # "people in Kyiv said" : a location, not an actor
    (["people", "in", "Kyiv", "said"], ["nsubj", "prep", "pobj", "ROOT"], [3, 0, 1, 3],
     ["NNS", "IN", "NNP", "VBD"], ["NOUN", "ADP", "PROPN", "VERB"],
     ["people", "in", "Kyiv", "say"], False),
    # "Kyiv and Moscow 's forces fight"
    (["Kyiv", "and", "Moscow", "'s", "forces", "fight"],
     ["conj", "cc", "poss", "case", "nsubj", "ROOT"], [2, 0, 4, 2, 5, 5],
     ["NNP", "CC", "NNP", "POS", "NNS", "VBP"], ["PROPN", "CCONJ", "PROPN", "PART", "NOUN", "VERB"],
     ["Kyiv", "and", "Moscow", "'s", "force", "fight"], True),
    # "Moscow 's streets were empty"
    (["Moscow", "'s", "streets", "were", "empty"], ["poss", "case", "nsubj", "ROOT", "acomp"],
     [2, 0, 3, 3, 3], ["NNP", "POS", "NNS", "VBD", "JJ"], ["PROPN", "PART", "NOUN", "AUX", "ADJ"],
     ["Moscow", "'s", "street", "be", "empty"], False),
])
def test_metonymy(words, deps, heads, tags, pos, lemmas, expected):
    from newsgraph.places.geocode import is_metonymy
    from newsgraph.record import Mention

    place = next(i for i, w in enumerate(words) if w in ("Kyiv", "Moscow"))
    ents = ["O"] * len(words)
    ents[place] = "B-GPE"
    doc = _doc(words, deps, heads, tags, pos, lemmas, ents)
    span = doc[place:place + 1]
    assert is_metonymy(doc, Mention(span.start_char, span.end_char, span.text)) is expected


def test_stage_works_without_entities_stage():
    from newsgraph.stages import register_extensions
    from newsgraph.stages.places import PlacesStage

    register_extensions()
    words = ["Troops", "left", "Kharkiv", "and", "Moscow", "."]
    ents = ["O", "O", "B-GPE", "O", "B-GPE", "O"]
    doc = Doc(Vocab(), words=words, ents=ents)
    doc = PlacesStage()(doc)
    names = {e.name: e for e in doc._.entities}
    assert names["Kharkiv"].geo is not None and names["Kharkiv"].country == "UA"
    assert names["Moscow"].geo.kind == "city" and names["Moscow"].country == "RU"
    assert names["Kharkiv"].mentions[0].text == "Kharkiv"


@pytest.mark.e2e
def test_example_article_places():

    from shared import EXAMPLE

    from newsgraph.clean import Cleaned
    from newsgraph.pipeline import load_nlp

    text = EXAMPLE.read_text(encoding="utf-8")
    nlp = load_nlp(stages=["newsgraph_entities", "newsgraph_places"])
    doc = nlp.make_doc(text)
    doc._.article = Cleaned(text=text, published="2022-05-14")
    doc = nlp(doc)
    geo = {e.name: e.geo for e in doc._.entities if e.geo is not None}
    for name, country in [("Kyiv", "UA"), ("Kharkiv", "UA"), ("Donbas", "UA"),
                          ("Moscow", "RU"), ("Ukraine", "UA"), ("Russia", "RU")]:
        assert name in geo and geo[name].country == country, name
    assert any(g.country == "US" and g.kind == "country" for g in geo.values())
    assert abs(geo["Kharkiv"].lat - 49.98) < 0.1 and abs(geo["Kharkiv"].lon - 36.25) < 0.1


def test_country_forms_come_from_the_data_file():
    from newsgraph.places.countries import country_code, country_of, country_of_demonym, extra_forms

    names, demonyms = extra_forms()
    assert "U.S." in names["US"] and "Briton" in demonyms["GB"]
    assert country_code("U.S.") == "US" and country_of_demonym("Britons") == "GB"
    assert country_of("the Kremlin") == "RU"  # a seat from the organizations table


def test_us_state_abbreviations_from_the_us_package():
    from newsgraph.places.gazetteer import us_state_abbreviations

    abbr = us_state_abbreviations()
    assert abbr["US-GA"][0] == "Ga." and "W. Va." in abbr["US-WV"]
    assert abbr["US-OH"] == ()  # AP writes Ohio in full


@pytest.mark.parametrize("name, main_only, expected", [
    ("Kyiv", True, True), ("Kiev", True, False), ("Kiev", False, True), ("kyiv", True, False),
])
def test_one_is_place_for_every_stage(name, main_only, expected):
    from newsgraph.places import is_place

    assert is_place(name, alternates=not main_only) is expected


def test_copy_desk_places_are_the_gazetteers():
    from newsgraph.copydesk.names import distinct_places, is_place

    assert distinct_places("Slovakia", "Slovenia")
    assert not distinct_places("Kiev", "Kyiv")  # a variant is not a second place
    assert is_place("Charlotte") and not is_place("Synyehubov")


def test_countries_sit_at_geonames_points():
    from newsgraph.places.countries import country

    ca = country("CA")
    assert abs(ca.lat - 60.10867) < 0.01 and abs(ca.lon + 113.64258) < 0.01


def test_a_repeated_name_is_one_referent_and_counts_once():
    from newsgraph.places.resolve import Resolver

    r = Resolver()
    # Five "Paris" do not outvote the Texas context the other names give.
    names = ["Paris"] * 5 + ["Lamar County", "Texas", "Dallas"]
    out = r.resolve(names)
    assert len({id(x.place) for x in out[:5]}) == 1
    assert out[0].place.country == "US"


def test_new_york_alone_is_the_city():
    from newsgraph.places.resolve import Resolver

    (res,) = Resolver().resolve(["New York"])
    assert res.place.kind == "city" and res.place.name == "New York City"


@pytest.mark.parametrize("name, expected", [
    ("the Gulf", "Persian Gulf"), ("Arabian Peninsula", "Arabian Peninsula"),
    ("Sea of Azov", "Sea of Azov"), ("Dnipro River", "Dnieper"), ("Lachin corridor",
                                                                   "Lachin corridor"),
    ("Strait of Hormuz", "Strait of Hormuz"),
])
def test_seas_rivers_and_regions_are_places_of_their_own(name, expected):
    from newsgraph.places.resolve import Resolver

    (res,) = Resolver().resolve([name])
    assert res is not None and res.place.name == expected


def test_geonames_regions_are_not_shadowed_by_hand_rows():
    from newsgraph.places.resolve import Resolver

    (res,) = Resolver().resolve(["Abkhazia"])
    assert res.place.geonameid is not None


def test_town_comma_region_narrow_each_other():
    from newsgraph.places.resolve import Resolver

    paris, texas = Resolver().resolve(["Paris", "Texas"], within=[(0, 1)])
    assert paris.place.country == "US" and paris.place.admin1 == "Texas"


def test_congo_alone_is_the_drc_as_wire_style_writes_it():
    from newsgraph.places.countries import country_code

    assert country_code("Congo") == "CD" and country_code("Republic of Congo") == "CG"


def test_a_partial_match_takes_the_head_of_the_name():
    from newsgraph.places.resolve import Resolver

    (res,) = Resolver().resolve(["Metro Manila"])
    assert res.place.country == "PH"


def test_former_provinces_news_still_names():
    from newsgraph.places.resolve import Resolver

    kenya, nyanza = Resolver().resolve(["Kenya", "Nyanza"])
    assert nyanza.place.country == "KE"


def test_a_part_of_a_country_and_its_name_without_the(resolver):
    # "eastern Democratic Republic of Congo": the country, not a Brazilian town called Congo
    names = ["eastern Democratic Republic of Congo", "Congo", "Goma"]
    got = [r.place.country if r else None for r in resolver.resolve(names)]
    assert got == ["CD", "CD", "CD"]
    assert country_code("Democratic Republic of Congo") == "CD"


def test_a_name_a_country_gives_several_places_is_that_countrys(resolver):
    # Gaza: a city, its governorate and the strip in Palestine; one province in Mozambique
    assert resolver.resolve(["Gaza"])[0].place.country == "PS"
    # the article's other places still decide: beside Maputo it is the province
    assert resolver.resolve(["Gaza", "Maputo"])[0].place.country == "MZ"



def test_an_unplaced_place_takes_the_country_its_placed_neighbours_agree_on():
    from newsgraph.places.geocode import _unplaced_countries
    from newsgraph.places.resolve import Resolver
    from newsgraph.record import Entity

    names = ["Ethiopia", "Amhara", "Bahir Dar", "West Gojjam"]
    resolved = Resolver().resolve(names[:3]) + [None]
    places = [Entity(id=f"e{i}", name=n, type="GPE") for i, n in enumerate(names)]
    # a neighbour-given guess from a namesake abroad, and an unknown place with none
    places[3].country, places[3].country_source = "BJ", "context"
    _unplaced_countries(places, resolved)
    assert (places[3].country, places[3].country_source) == ("ET", "context")

"""Entities: corrections, coreference and roles on hand-built Docs (no model loaded)."""

from __future__ import annotations

import pytest
from spacy.lang.en import English
from spacy.tokens import Doc

from newsgraph.entities import coref, fix, geo, roles
from newsgraph.entities.build import choose_name
from newsgraph.eval import ner

VOCAB = English().vocab  # lexical attributes (lower_, is_title) without a model


def make_doc(text: str, ents: dict[str, str] | None = None, pos: dict[str, str] | None = None,
             ) -> Doc:
    """A Doc from whitespace-separated words; ``ents`` maps a phrase to its label."""
    words = text.split(" ")
    doc = Doc(VOCAB, words=words, pos=[(pos or {}).get(w, "X") for w in words])
    spans, taken = [], set()
    # longest phrases first, so "Austin" is not matched inside "Lloyd Austin"
    for phrase, label in sorted((ents or {}).items(), key=lambda kv: -len(kv[0].split(" "))):
        n = len(phrase.split(" "))
        for i in range(len(words) - n + 1):
            if " ".join(words[i:i + n]) == phrase and not taken & set(range(i, i + n)):
                taken.update(range(i, i + n))
                spans.append(doc[i:i + n])
                spans[-1].label_ = label
    doc.ents = sorted(spans, key=lambda sp: sp.start)
    return doc


def labels(spans) -> list[tuple[str, str]]:
    return [(s.text, s.label_) for s in spans]


@pytest.fixture
def fake_places(monkeypatch):
    """A tiny gazetteer: the tests must not depend on the real one's contents."""
    places = {"Kharkiv": "UA", "Austin": "US", "Toyota": "JP", "Ukraine": "UA", "Berlin": "DE"}
    countries = {"Ukraine": "UA", "Russia": "RU", "U.S.": "US", "US": "US"}
    demonyms = {"Russian": "RU", "Russians": "RU", "American": "US", "Ukrainian": "UA"}
    major = {"Kharkiv", "Berlin"}  # cities of a million
    monkeypatch.setattr(geo, "is_place", lambda t, m=15000: t in places or t in countries
                        or (t == "Bush" and m <= 15000))
    monkeypatch.setattr(geo, "is_major_place", lambda t: t in countries or t in major)
    monkeypatch.setattr(geo, "country_code", lambda t: countries.get(t))
    monkeypatch.setattr(geo, "country_of_demonym", lambda t: demonyms.get(t))
    monkeypatch.setattr(geo, "place_country", lambda t: countries.get(t) or places.get(t))


@pytest.mark.parametrize("text, ents, expected", [
    ("the Pentagon said", {"the Pentagon": "ORG"}, [("Pentagon", "ORG")]),
    ("Ukraine 's army", {"Ukraine 's": "GPE"}, [("Ukraine", "GPE")]),
    ("Gen. Mark Milley spoke", {"Gen. Mark Milley": "PERSON"}, [("Mark Milley", "PERSON")]),
    ("Kyiv \n\n BERLIN said", {"Kyiv \n\n BERLIN": "ORG"}, [("Kyiv", "ORG"), ("BERLIN", "ORG")]),
])
def test_trim(text, ents, expected):
    doc = make_doc(text, ents)
    assert labels(fix.trim(doc, list(doc.ents))) == expected


@pytest.mark.parametrize("text, ents, expected", [
    # the title word alone tagged ORG goes; a real ministry stays
    ("U.S. Defense Secretary Lloyd Austin", {"U.S.": "GPE", "Defense": "ORG"}, [("U.S.", "GPE")]),
    ("the Defense Ministry said", {"Defense Ministry": "ORG"}, [("Defense Ministry", "ORG")]),
])
def test_drop_title_words(text, ents, expected):
    doc = make_doc(text, ents)
    assert labels(fix.drop_title_words(doc, list(doc.ents))) == expected


def test_dateline_becomes_gpe_and_splits_at_commas():
    doc = make_doc("Kyiv – Ukraine said")
    assert labels(fix.dateline(doc, [], 0, 4)) == [("Kyiv", "GPE")]
    doc = make_doc("CUPERTINO , California ( AP ) —", {"CUPERTINO": "ORG"})
    assert labels(fix.dateline(doc, list(doc.ents), 0, 22)) == [
        ("CUPERTINO", "GPE"), ("California", "GPE")]


def test_no_dateline_changes_nothing():
    doc = make_doc("Kyiv – Ukraine said", {"Ukraine": "GPE"})
    assert labels(fix.dateline(doc, list(doc.ents), None, None)) == [("Ukraine", "GPE")]


@pytest.mark.parametrize("text, ents, matches, expected", [
    ("-AP / BBC", {"BBC": "ORG"}, [(0, 1)], [("-AP", "ORG"), ("BBC", "ORG")]),
    ("said AP", {}, [(1, 2)], [("AP", "ORG")]),
    # an agency inside a larger organization name is left alone
    ("AP Stylebook Committee met", {"AP Stylebook Committee": "ORG"}, [(0, 1)],
     [("AP Stylebook Committee", "ORG")]),
])
def test_lexicon(text, ents, matches, expected):
    doc = make_doc(text, ents)
    assert labels(fix.lexicon(doc, list(doc.ents), matches)) == expected


@pytest.mark.parametrize("text, ents, expected, country", [
    ("Ukraine military said", {"Ukraine": "GPE"}, [("Ukraine military", "ORG")], "UA"),
    ("Ukraine 's general staff said", {"Ukraine": "GPE"},
     [("Ukraine 's general staff", "ORG")], "UA"),
    ("the Russian military said", {"Russian": "NORP"}, [("Russian military", "ORG")], "RU"),
    # a nationality with "forces" is a group of people, not one organization
    ("Russian forces withdrew", {"Russian": "NORP"}, [("Russian", "NORP")], None),
    # a city with "forces" is metonymy, the places stage's business
    ("Kharkiv military said", {"Kharkiv": "GPE"}, [("Kharkiv", "GPE")], None),
])
def test_country_compounds(fake_places, text, ents, expected, country):
    doc = make_doc(text, ents)
    fixed = fix.Fixed(list(doc.ents))
    fix.country_compounds(doc, fixed)
    assert labels(fixed.spans) == expected
    assert list(fixed.countries.values()) == ([country] if country else [])


@pytest.mark.parametrize("text, ents, age, left", [
    ("Vadim Shishimarin , 21 , appeared", {"Vadim Shishimarin": "PERSON", "21": "DATE"}, 21,
     [("Vadim Shishimarin", "PERSON")]),
    ("Emma Collins ( 29 ) was hurt", {"Emma Collins": "PERSON", "29": "CARDINAL"}, 29,
     [("Emma Collins", "PERSON")]),
    ("21 - year - old Vadim Shishimarin appeared", {"Vadim Shishimarin": "PERSON",
                                                     "21 - year - old": "DATE"}, 21,
     [("Vadim Shishimarin", "PERSON")]),
    # a year after a name is no age, and a date stays a date
    ("Joe Biden , 2021 , said", {"Joe Biden": "PERSON", "2021": "DATE"}, None,
     [("Joe Biden", "PERSON"), ("2021", "DATE")]),
    ("Joe Biden , 21 May", {"Joe Biden": "PERSON", "21 May": "DATE"}, None,
     [("Joe Biden", "PERSON"), ("21 May", "DATE")]),
])
def test_ages(text, ents, age, left):
    doc = make_doc(text, ents)
    fixed = fix.Fixed(list(doc.ents))
    fix.ages(doc, fixed)
    assert list(fixed.ages.values()) == ([age] if age else [])
    assert labels(fixed.spans) == left


@pytest.mark.parametrize("text, ents, expected", [
    ("the battle for Kharkiv ,", {"Kharkiv": "PERSON"}, [("Kharkiv", "GPE")]),
    # a surname of a person in the article stays a person
    ("Lloyd Austin spoke . Austin said", {"Lloyd Austin": "PERSON", "Austin": "PERSON"},
     [("Lloyd Austin", "PERSON"), ("Austin", "PERSON")]),
    # after an honorific it is a person
    ("Mr. Austin said", {"Austin": "PERSON"}, [("Austin", "PERSON")]),
    # a company named like a city stays an ORG without place context...
    ("shares of Toyota rose", {"Toyota": "ORG"}, [("Toyota", "ORG")]),
    # ...but a country is a place whatever the tag
    ("talks with Ukraine ended", {"Ukraine": "ORG"}, [("Ukraine", "GPE")]),
    ("troops moved from Kharkiv", {"Kharkiv": "ORG"}, [("Kharkiv", "GPE")]),
    # a small place that shares a person's name needs a preposition of place
    ("Bush said", {"Bush": "PERSON"}, [("Bush", "PERSON")]),
    ("THR reported", {"THR": "ORG"}, [("THR", "ORG")]),
])
def test_places(fake_places, text, ents, expected):
    doc = make_doc(text, ents)
    assert labels(fix.places(doc, list(doc.ents))) == expected


def test_surnames_become_people(fake_places):
    doc = make_doc("Olaf Scholz said . Scholz told", {"Olaf Scholz": "PERSON", "Scholz": "GPE"})
    assert labels(fix.surnames(doc, list(doc.ents))) == [("Olaf Scholz", "PERSON"),
                                                         ("Scholz", "PERSON")]


def test_titled_people():
    pos = {"President": "PROPN", "Volodymyr": "PROPN", "Zelenskyy": "PROPN", "met": "VERB"}
    doc = make_doc("President Volodymyr Zelenskyy met", {"Volodymyr Zelenskyy": "ORG"}, pos)
    assert labels(fix.titled_people(doc, list(doc.ents))) == [("Volodymyr Zelenskyy", "PERSON")]
    doc = make_doc("President Volodymyr Zelenskyy met", {}, pos)
    assert labels(fix.titled_people(doc, [])) == [("Volodymyr Zelenskyy", "PERSON")]


def test_cluster_people_by_first_and_last_name(fake_places):
    doc = make_doc("Lloyd Austin met Oleh Synyehubov . Austin and Oleh spoke . Lloyd J. Austin",
                   {"Lloyd Austin": "PERSON", "Oleh Synyehubov": "PERSON", "Austin": "PERSON",
                    "Oleh": "PERSON", "Lloyd J. Austin": "PERSON"})
    clusters = coref.cluster(list(doc.ents))
    assert [[s.text for s in c.spans] for c in clusters] == [
        ["Lloyd Austin", "Austin", "Lloyd J. Austin"], ["Oleh Synyehubov", "Oleh"]]


def test_cluster_full_name_absorbs_earlier_surname(fake_places):
    doc = make_doc("Reznikov says . Oleksii Reznikov said", {"Reznikov": "PERSON",
                                                             "Oleksii Reznikov": "PERSON"})
    (c,) = coref.cluster(list(doc.ents))
    assert choose_name(c.spans) == "Oleksii Reznikov"


def test_two_people_with_one_surname_are_two(fake_places):
    doc = make_doc("John Smith met Jane Smith", {"John Smith": "PERSON", "Jane Smith": "PERSON"})
    assert len(coref.cluster(list(doc.ents))) == 2


@pytest.mark.parametrize("text, ents, groups", [
    ("US and U.S. and Russia", {"US": "GPE", "U.S.": "GPE", "Russia": "GPE"},
     [["US", "U.S."], ["Russia"]]),
    ("Russian and Russians and American", {"Russian": "NORP", "Russians": "NORP",
                                           "American": "NORP"},
     [["Russian", "Russians"], ["American"]]),
    ("United States Air Force ( USAF ) and USAF", {"United States Air Force": "ORG",
                                                  "USAF": "ORG"},
     [["United States Air Force", "USAF", "USAF"]]),
    ("Lockheed Martin and Lockheed", {"Lockheed Martin": "ORG", "Lockheed": "ORG"},
     [["Lockheed Martin", "Lockheed"]]),
    ("Apple Inc. and Apple", {"Apple Inc.": "ORG", "Apple": "ORG"}, [["Apple Inc.", "Apple"]]),
    # a one-off misspelling joins the name written twice, whatever its label
    ("Khakriv won ; Kharkiv and Kharkiv", {"Khakriv": "PERSON", "Kharkiv": "GPE"},
     [["Khakriv", "Kharkiv", "Kharkiv"]]),
    # two real names one letter apart, each written once, stay apart
    ("Austria and Austin", {"Austria": "GPE", "Austin": "GPE"}, [["Austria"], ["Austin"]]),
])
def test_cluster_other_types(fake_places, text, ents, groups):
    doc = make_doc(text, ents)
    clusters = coref.cluster(list(doc.ents))
    assert [[s.text for s in c.spans] for c in clusters] == groups


def test_recover_misspelling_the_ner_missed(fake_places):
    pos = {"Khakriv": "PROPN"}
    doc = make_doc("Khakriv won ; Kharkiv and Kharkiv", {"Kharkiv": "GPE"}, pos)
    clusters = coref.cluster(list(doc.ents))
    found = coref.recover_names(doc, clusters, {2, 4})
    assert labels(found) == [("Khakriv", "GPE")]
    assert [s.text for s in clusters[0].spans] == ["Khakriv", "Kharkiv", "Kharkiv"]


@pytest.mark.parametrize("words, expected", [
    (["United", "States", "Air", "Force"], "USAF"),
    (["Bank", "of", "England"], "BE"),
    (["National", "Disaster", "Management", "Authority"], "NDMA"),
])
def test_acronym(words, expected):
    assert coref.acronym(words) == expected


@pytest.mark.parametrize("text, ents, expected", [
    ("Russian Minister of Defense Sergei Shoigu",
     {"Russian": "NORP", "Sergei Shoigu": "PERSON"}, ("Minister of Defense", "RU")),
    ("U.S. Defense Secretary Lloyd Austin", {"U.S.": "GPE", "Lloyd Austin": "PERSON"},
     ("Defense Secretary", "US")),
    ("said Defense Minister Oleksii Reznikov", {"Oleksii Reznikov": "PERSON"},
     ("Defense Minister", None)),
    ("Ukraine 's President Volodymyr Zelenskyy", {"Ukraine": "GPE",
                                                  "Volodymyr Zelenskyy": "PERSON"},
     ("President", "UA")),
    ("Pentagon spokesman John Kirby", {"Pentagon": "ORG", "John Kirby": "PERSON"},
     ("spokesman", "US")),
    # words that are not titles give nothing
    ("with Lloyd Austin", {"Lloyd Austin": "PERSON"}, (None, None)),
    ("the Defense Lloyd Austin", {"Lloyd Austin": "PERSON"}, (None, None)),
])
def test_premodifier_titles(fake_places, text, ents, expected):
    doc = make_doc(text, ents)
    person = next(s for s in doc.ents if s.label_ == "PERSON")
    assert roles.premodifier(doc, person, roles.ents_at(list(doc.ents))) == expected


def _parsed(words, heads, deps, pos, ents):
    doc = Doc(VOCAB, words=words, heads=heads, deps=deps, pos=pos,
              lemmas=[w.lower() for w in words])
    doc.ents = [doc.char_span(doc[a].idx, doc[b - 1].idx + len(doc[b - 1]), label=lab)
                for a, b, lab in ents]
    return doc


def test_appositive_title_before_name(fake_places):
    # The governor of the Kharkiv region , Oleh Synyehubov , says
    words = ["The", "governor", "of", "the", "Kharkiv", "region", ",", "Oleh", "Synyehubov",
             ",", "says"]
    heads = [1, 10, 1, 5, 5, 2, 1, 8, 1, 1, 10]
    deps = ["det", "nsubj", "prep", "det", "compound", "pobj", "punct", "compound", "appos",
            "punct", "ROOT"]
    pos = ["DET", "NOUN", "ADP", "DET", "PROPN", "NOUN", "PUNCT", "PROPN", "PROPN", "PUNCT",
           "VERB"]
    doc = _parsed(words, heads, deps, pos, [(4, 5, "GPE"), (7, 9, "PERSON")])
    person = doc.ents[1]
    assert roles.appositive(doc, person, roles.ents_at(list(doc.ents))) == (
        "governor of the Kharkiv region", "UA")


def test_appositive_title_after_name(fake_places):
    # Oksana Petrenko , a nurse from Kharkiv , said
    words = ["Oksana", "Petrenko", ",", "a", "nurse", "from", "Kharkiv", ",", "said"]
    heads = [1, 8, 1, 4, 1, 4, 5, 1, 8]
    deps = ["compound", "nsubj", "punct", "det", "appos", "prep", "pobj", "punct", "ROOT"]
    pos = ["PROPN", "PROPN", "PUNCT", "DET", "NOUN", "ADP", "PROPN", "PUNCT", "VERB"]
    doc = _parsed(words, heads, deps, pos, [(0, 2, "PERSON"), (6, 7, "GPE")])
    assert roles.appositive(doc, doc.ents[0], roles.ents_at(list(doc.ents))) == ("nurse", "UA")


@pytest.mark.parametrize("spans, expected", [
    (["Austin", "Lloyd Austin", "Austin"], "Lloyd Austin"),
    (["BERLIN", "Berlin"], "Berlin"),
    (["US", "U.S.", "U.S."], "U.S."),
])
def test_choose_name(spans, expected):
    doc = make_doc(" ".join(spans))
    assert choose_name([doc[i:i + 1] if " " not in t else None for i, t in enumerate(spans)]
                       if all(" " not in t for t in spans) else _multi(doc, spans)) == expected


def _multi(doc, spans):
    out, i = [], 0
    for t in spans:
        n = len(t.split(" "))
        out.append(doc[i:i + n])
        i += n
    return out


def test_eval_gold_keeps_innermost_names_and_drops_the():
    art = {"text": "The United States Air Force (USAF) hired JSA analyst Paul Nesbit.",
           "entity_mentions": [
               {"start": 0, "end": 27, "syntactic_type": "NAM", "entity_type": "ORG"},
               {"start": 29, "end": 33, "syntactic_type": "NAM", "entity_type": "ORG"},
               {"start": 0, "end": 33, "syntactic_type": "NAM", "entity_type": "ORG"},
               {"start": 41, "end": 64, "syntactic_type": "NAM", "entity_type": "PER"},
               {"start": 53, "end": 64, "syntactic_type": "NAM", "entity_type": "PER"},
               {"start": 41, "end": 44, "syntactic_type": "NOM", "entity_type": "ORG"},
           ]}
    assert ner.gold_mentions(art) == {(4, 27, "ORG"), (29, 33, "ORG"), (53, 64, "PER")}
    assert ner.annotated_end(art) == 64


def test_eval_predicted_maps_types_and_region():
    text = "the Pentagon and Kyiv and Europeans and Paris"
    items = [(0, 12, "ORG"), (17, 21, "GPE"), (26, 35, "NORP"), (40, 45, "GPE")]
    assert ner.predicted(text, items, 30) == {(4, 12, "ORG"), (17, 21, "LOC")}


def test_prf():
    assert ner.prf(10, 5, 5) == (100.0, 50.0, pytest.approx(66.666, abs=0.01))
    assert ner.prf(0, 0, 0) == (0.0, 0.0, 0.0)


def test_recover_surname_the_ner_missed(fake_places):
    pos = {"Scholz": "PROPN", "Olaf": "PROPN"}
    doc = make_doc("Olaf Scholz said . Scholz told", {"Olaf Scholz": "PERSON"}, pos)
    clusters = coref.cluster(list(doc.ents))
    assert labels(coref.recover_names(doc, clusters, {0, 1})) == [("Scholz", "PERSON")]


def test_plural_of_a_name_is_no_misspelling(fake_places):
    pos = {"Boeings": "PROPN"}
    doc = make_doc("Boeing and Boeing sold Boeings", {"Boeing": "ORG"}, pos)
    clusters = coref.cluster(list(doc.ents))
    assert coref.recover_names(doc, clusters, {0, 2}) == []


def test_majority_person_label_wins_over_stray_place_tags(fake_places):
    doc = make_doc("Page said . Page left . Page wrote . tributes to Page . lived in Page",
                   {"Page": "PERSON"})
    spans = list(doc.ents)
    for i in (3, 4):
        spans[i] = doc[spans[i].start:spans[i].end]
        spans[i].label_ = "GPE"
    assert [s.label_ for s in fix.places(doc, spans)] == ["PERSON"] * 4 + ["GPE"]


def test_place_followed_by_its_country(fake_places):
    doc = make_doc("plants and Austin , Ukraine", {"Austin": "PERSON", "Ukraine": "GPE"})
    assert [s.label_ for s in fix.places(doc, list(doc.ents))] == ["GPE"] * 2
    doc = make_doc("plants and Austin said", {"Austin": "PERSON"})
    assert [s.label_ for s in fix.places(doc, list(doc.ents))] == ["PERSON"]


def test_full_name_keeps_its_majority_label(fake_places):
    doc = make_doc("Bettie Page posed . Bettie Page said . Bettie Page left",
                   {"Bettie Page": "PERSON"})
    spans = list(doc.ents)
    spans[1] = doc[spans[1].start:spans[1].end]
    spans[1].label_ = "ORG"
    assert [s.label_ for s in fix.places(doc, spans)] == ["PERSON"] * 3


def test_one_organizations_table_for_credits_and_entities():
    from newsgraph.clean.rules import agency
    from newsgraph.entities.lexicon import INSTITUTIONS, INTERNATIONAL_BODIES, WIRE_AGENCIES

    assert agency("The Associated Press") == "AP" and agency("PA Media") == "PA"
    assert WIRE_AGENCIES["AP"] == "US" and "PA" not in WIRE_AGENCIES  # PA: Pennsylvania
    assert INSTITUTIONS["Kremlin"] == "RU"
    assert {"EU", "NATO"} <= INTERNATIONAL_BODIES


def test_honorifics_are_one_list():
    from newsgraph.entities.lexicon import HONORIFICS
    from newsgraph.stories.entities import person_tokens

    assert {"mr.", "mrs", "dr."} <= HONORIFICS
    assert person_tokens("Mr. Vladimir Putin") == person_tokens("President Vladimir Putin")


@pytest.mark.parametrize("name, country", [
    ("Sergei Shoigu", "RU"),  # the dictionary spells him "Sergey Shoygu"
    ("Vladimir Putin", "RU"), ("Putin", "RU"), ("Joe Biden", "US"),
])
def test_well_known_actors_have_their_country(name, country):
    from newsgraph.entities.actors import known_actor

    assert known_actor(name).country == country


@pytest.mark.parametrize("name", ["John Smith", "Smith", "Oleh Synyehubov", ""])
def test_unknown_or_common_names_are_no_known_actor(name):
    from newsgraph.entities.actors import known_actor

    assert known_actor(name) is None


@pytest.fixture(scope="module")
def entities_nlp():
    from newsgraph.pipeline import load_nlp

    return load_nlp(stages=["newsgraph_entities", "newsgraph_places"])


def _entities(nlp, text):
    from newsgraph.clean import Cleaned

    doc = nlp.make_doc(text)
    doc._.article = Cleaned(text=text)
    return {e.name: e for e in nlp(doc)._.entities}


@pytest.mark.e2e
def test_what_a_name_is_decides_its_type(entities_nlp):
    ents = _entities(entities_nlp, (
        "The navy said INS Mysore escorted the ship. Separatists of the Donetsk People's "
        "Republic said the EU and NATO were to blame. The race took 3 min."))
    assert not any("Mysore" in n for n in ents)  # a vessel: neither person nor place
    assert ents["Donetsk People's Republic"].type == "ORG"
    assert ents["EU"].type == "ORG" and ents["EU"].geo is None
    assert ents["NATO"].type == "ORG"
    assert "min" not in ents


@pytest.mark.e2e
def test_person_country_text_then_actors_then_dateline(entities_nlp):
    ents = _entities(entities_nlp, "President Vladimir Putin spoke. Later Shoigu visited troops.")
    assert (ents["Vladimir Putin"].country, ents["Vladimir Putin"].country_source) == (
        "RU", "actors")
    assert ents["Shoigu"].country == "RU"  # a surname only one known actor has
    ents = _entities(entities_nlp, "President Volodymyr Zelenskyy spoke to President Joe Biden.")
    assert ents["Volodymyr Zelenskyy"].country == "UA" and ents["Joe Biden"].country == "US"


@pytest.mark.e2e
def test_places_the_ner_misses_or_mislabels(entities_nlp):
    ents = _entities(entities_nlp, (
        "In Kyiv, officials said the Lachin corridor was closed. Naval commandos boarded a "
        "ship. Hurricane Maria hit Puerto Rico."))
    assert ents["Kyiv"].geo is not None and ents["Kyiv"].country == "UA"
    assert ents["Lachin corridor"].type == "LOC"
    assert "Naval" not in ents and "Maria" not in ents and "Hurricane Maria" not in ents


@pytest.mark.e2e
def test_organization_countries_come_from_place_names_not_words(entities_nlp):
    ents = _entities(entities_nlp, (
        "The Niger Delta Development Commission and the Commonwealth of Independent States "
        "met. The Butterball Turkey Talk Line opened. China Mobile reported."))
    assert ents["Niger Delta Development Commission"].country == "NG"
    assert ents["Commonwealth of Independent States"].country is None
    assert ents["Butterball Turkey Talk Line"].country is None
    assert ents["China Mobile"].country == "CN"


@pytest.mark.e2e
@pytest.mark.parametrize("text", [
    "Fire destroys barn\n\nMANSFIELD, Ohio — A fire destroyed a barn on Monday.",
    "City refinances its debt. MANSFIELD -- The City Council on Monday approved it.",
])
def test_a_capital_dateline_in_raw_text_is_a_place(entities_nlp, text):
    ents = _entities(entities_nlp, text)
    assert ents["MANSFIELD"].type == "GPE" and ents["MANSFIELD"].geo is not None


@pytest.mark.e2e
def test_name_junk_is_trimmed_or_dropped(entities_nlp):
    ents = _entities(entities_nlp, (
        "Police said the van stopped on Dubonet Drive. Photo: Joris van Gennip / HH. "
        "Yehia Hammad trains boys. Yehia said the League helped."))
    assert ents["Dubonet Drive"].type == "FAC"
    assert "Joris van Gennip" in ents
    assert ents["Yehia Hammad"].type == "PERSON" and "Yehia" not in ents  # one referent
    assert "League" not in ents


@pytest.mark.e2e
def test_armed_groups_and_their_leaders_have_countries(entities_nlp):
    ents = _entities(entities_nlp, (
        "Hamas fired rockets. Boko Haram attacked a village. Hezbollah leader Hassan "
        "Nasrallah spoke."))
    assert (ents["Hamas"].type, ents["Hamas"].country) == ("ORG", "PS")
    assert ents["Boko Haram"].country == "NG"
    # "Hezbollah leader": the text names his group, whose country is known (before the
    # dictionary's own entry for him, which says the same)
    assert (ents["Hassan Nasrallah"].country, ents["Hassan Nasrallah"].country_source) == (
        "LB", "text")


@pytest.mark.e2e
def test_a_nationality_word_is_a_group_not_a_place(entities_nlp):
    ents = _entities(entities_nlp, "Emirati officials said the Kosovar team left Dubai.")
    assert ents["Emirati"].type == "NORP" and ents["Emirati"].country == "AE"
    assert ents["Dubai"].type == "GPE"


# Issue #11: a person's and an organization's country from the words around the name.

@pytest.mark.parametrize("text, ents, pos, name, country", [
    # a nationality before the lowercase words that describe the name
    ("the Slovak architect Ivan Horak said", {"Slovak": "NORP", "Ivan Horak": "PERSON"},
     {"architect": "NOUN"}, "Ivan Horak", "DE"),
    ("the Russian retail chain Magnit said", {"Russian": "NORP", "Magnit": "ORG"},
     {"retail": "NOUN", "chain": "NOUN"}, "Magnit", "RU"),
    # a place only with a describing word or "'s": "Ukraine Oleh" is two names
    ("Kharkiv producer Ivan Horak said", {"Kharkiv": "GPE", "Ivan Horak": "PERSON"},
     {"producer": "NOUN"}, "Ivan Horak", "UA"),
    ("Ukraine 's Ivan Horak said", {"Ukraine": "GPE", "Ivan Horak": "PERSON"}, {},
     "Ivan Horak", "UA"),
    ("in Ukraine Ivan Horak said", {"Ukraine": "GPE", "Ivan Horak": "PERSON"}, {},
     "Ivan Horak", None),
    # a capitalized word between is no description
    ("Russian Foreign Minister Ivan Horak", {"Russian": "NORP", "Ivan Horak": "PERSON"},
     {"Foreign": "ADJ"}, "Ivan Horak", None),
    # more than three words away: too far to be read as one description
    ("Russian big old red wooden Ivan Horak", {"Russian": "NORP", "Ivan Horak": "PERSON"},
     {"big": "ADJ", "old": "ADJ", "red": "ADJ", "wooden": "ADJ"}, "Ivan Horak", None),
])
def test_described_before(fake_places, monkeypatch, text, ents, pos, name, country):
    monkeypatch.setattr(geo, "country_of_demonym",
                        lambda t: {"Russian": "RU", "Slovak": "DE"}.get(t))  # DE: not a table
    doc = make_doc(text, ents, pos)
    span = next(s for s in doc.ents if s.text == name)
    assert roles.described_before(span, roles.ents_at(list(doc.ents))) == country


@pytest.mark.parametrize("text, ents, country", [
    ("said Lt. Ivan Horak of the Kharkiv Police", {"Ivan Horak": "PERSON",
                                                   "Kharkiv Police": "ORG"}, "UA"),
    ("Ivan Horak , from the Russian ministry , said", {"Ivan Horak": "PERSON",
                                                      "Russian ministry": "ORG"}, "RU"),
    ("Ivan Horak of Ukraine won", {"Ivan Horak": "PERSON", "Ukraine": "GPE"}, "UA"),
    # "of" before the name is another relation: "the arrest of Ivan Horak"
    ("the arrest of Ivan Horak in Ukraine", {"Ivan Horak": "PERSON", "Ukraine": "GPE"}, None),
    ("Ivan Horak of Lloyd Austin", {"Ivan Horak": "PERSON", "Lloyd Austin": "PERSON"}, None),
])
def test_of_after(fake_places, text, ents, country):
    doc = make_doc(text, ents)
    span = next(s for s in doc.ents if s.text == "Ivan Horak")
    assert roles.of_after(span, roles.ents_at(list(doc.ents))) == country


@pytest.mark.parametrize("text, ents, pos, country", [
    ("the Executive Director of the Kharkiv Cancer Society , Ivan Horak , said",
     {"Kharkiv Cancer Society": "ORG", "Ivan Horak": "PERSON"}, {"Director": "NOUN"}, "UA"),
    ("the Managing Director , Kharkiv Delta Commission ( KDC ) , Ivan Horak",
     {"Kharkiv Delta Commission": "ORG", "KDC": "ORG", "Ivan Horak": "PERSON"},
     {"Director": "NOUN"}, "UA"),
    # a list of names, not an office: "Kharkiv Police, Ivan Horak and ..."
    ("Kharkiv Police , Ivan Horak", {"Kharkiv Police": "ORG", "Ivan Horak": "PERSON"}, {},
     None),
])
def test_office_before(fake_places, text, ents, pos, country):
    doc = make_doc(text, ents, pos)
    span = next(s for s in doc.ents if s.text == "Ivan Horak")
    assert roles.office_before(span, roles.ents_at(list(doc.ents))) == country


@pytest.mark.parametrize("text, ents, name, country", [
    ("the Ministry of Justice of Ukraine", {"Ministry of Justice": "ORG", "Ukraine": "GPE"},
     "Ministry of Justice", "UA"),
    ("the Federal University , Kharkiv", {"Federal University": "ORG", "Kharkiv": "GPE"},
     "Federal University", "UA"),
    ("the Federal University in Kharkiv", {"Federal University": "ORG", "Kharkiv": "GPE"},
     "Federal University", None),
])
def test_named_after(fake_places, text, ents, name, country):
    doc = make_doc(text, ents)
    span = next(s for s in doc.ents if s.text == name)
    assert roles.named_after(span, roles.ents_at(list(doc.ents))) == country


@pytest.mark.parametrize("name, country", [
    ("Kharkiv City Council", "UA"),  # a major place that the name starts with
    ("Kharkiv Chamber of Commerce", "UA"),
    ("North American Free Trade Agreement", None),  # a continent, not the US
    ("American Medical Association", "US"),
    ("Toyota", None),  # a place name alone is not the organization's place
])
def test_org_country_from_a_major_place_in_its_name(fake_places, name, country):
    doc = make_doc(name, {name: "ORG"})
    assert roles.org_country(doc.ents[0]) == country


@pytest.mark.e2e
def test_issue11_person_and_org_country_from_the_text(entities_nlp):
    ents = _entities(entities_nlp, (
        "The British retail chain Tesco is selling its store. Both were designed by the "
        "prominent Slovak architect Ivan Matusik. \"We are alert,\" said Lt. Gregg Hastings of "
        "the Oregon State Police. Rafaat Hindy, from the Egyptian ministry, said the cables were "
        "cut. Speaking to reporters, Executive Director of the Jamaica Cancer Society, Yulit "
        "Gordon, said screenings were free."))
    assert ents["Tesco"].country == "GB"
    assert ents["Ivan Matusik"].country == "SK"
    assert ents["Oregon State Police"].country == "US"
    assert (ents["Gregg Hastings"].country, ents["Gregg Hastings"].country_source) == (
        "US", "text")
    assert ents["Rafaat Hindy"].country == "EG"
    assert ents["Yulit Gordon"].country == "JM"

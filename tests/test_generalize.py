"""Regressions from the own gold articles (issue 3, unseen articles): each rule on a
hand-built input."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.lang.en import English
from spacy.tokens import Doc

from newsgraph.clean import clean
from newsgraph.clean.credits import credit_line
from newsgraph.clean.rules import classify_boilerplate
from newsgraph.entities import fix, geo, roles
from newsgraph.quotes import speakers
from newsgraph.times.normalize import normalize
from newsgraph.times.recognize import is_scheduled

VOCAB = English().vocab
BODY = ("The committee met on Tuesday to discuss the budget for the coming year, and members "
        "said they expected a long debate over spending on schools and roads in the region.")


def parsed(words, heads, deps, pos, tags=None, ents=(), lemmas=None):
    """A Doc with a hand-written parse (no model)."""
    doc = Doc(VOCAB, words=words, heads=heads, deps=deps, pos=pos, tags=tags,
              lemmas=lemmas or [w.lower() for w in words])
    doc.ents = [doc.char_span(doc[a].idx, doc[b - 1].idx + len(doc[b - 1]), label=lab)
                for a, b, lab in ents]
    return doc


def labels(spans) -> list[tuple[str, str]]:
    return [(s.text, s.label_) for s in spans]


# cleaning ---------------------------------------------------------------------------------

@pytest.mark.parametrize("line, rule", [
    ("Advertisement · Scroll to continue", "advertisement"),
    ("Related Coverage", "related_heading"),
    ("Tags: Elections, Budget, Schools", "tags"),
    ("Our Standards: The Thomson Reuters Trust Principles.", "standards"),
    ("___", "separator"),
])
def test_site_lines_are_boilerplate(line, rule):
    assert classify_boilerplate(line) == rule


def test_links_after_a_related_heading_are_cut_but_not_elsewhere():
    raw = (f"Budget talks open\n\n{BODY}\n\nRelated Coverage\n\n- Mayor says budget will pass\n\n"
           f"- Schools warn of cuts\n\n{BODY}\n\n- a dash line in the body stays")
    cleaned = clean(raw, check_language=False)
    cut = [(r.text, r.detail) for r in cleaned.removed]
    assert ("- Mayor says budget will pass", "related_link") in cut
    assert ("- Schools warn of cuts", "related_link") in cut
    assert "- a dash line in the body stays" in cleaned.text


@pytest.mark.parametrize("line, bylines", [
    ("Associated Press writer Jane Roe contributed to this report.", ["Jane Roe"]),
    ("Mark Doe in Washington contributed to this report.", ["Mark Doe"]),
    ("(Reporting by Ann Lee in Berlin and Bo Kim in Seoul; editing by Al Ray)",
     ["Ann Lee", "Bo Kim"]),  # (the editor is no byline)
])
def test_contributor_lines_are_credits(line, bylines):
    found = credit_line(line)
    assert found is not None and found.bylines == bylines


def test_a_sentence_about_contributions_is_no_credit():
    assert credit_line("The Gates Foundation contributed to this report on malaria.") is None


# times ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("next April", "2025-04"), ("next July", "2024-07"), ("last September", "2023-09"),
    ("last June", "2023-06"), ("this April", "2024-04"), ("coming March", "2025-03"),
])
def test_relative_month(text, value):
    assert normalize(text, dt.date(2024, 6, 26)).value == value


def _date_doc(words, heads, deps, pos, tags, date):
    return parsed(words, heads, deps, pos, tags, ents=[(date[0], date[1], "DATE")])


def test_a_date_that_modifies_a_noun_is_ahead():
    # Scott was forced into a June 18 runoff
    doc = _date_doc(["Scott", "was", "forced", "into", "a", "June", "18", "runoff"],
                    [2, 2, 2, 2, 7, 7, 5, 3],
                    ["nsubjpass", "auxpass", "ROOT", "prep", "det", "nmod", "nummod", "pobj"],
                    ["PROPN", "AUX", "VERB", "ADP", "DET", "PROPN", "NUM", "NOUN"],
                    ["NNP", "VBD", "VBN", "IN", "DT", "NNP", "CD", "NN"], (5, 7))
    assert is_scheduled(doc[5:7])


def test_a_date_on_a_present_tense_verb_is_ahead_and_on_a_past_one_is_not():
    words = ["She", "takes", "office", "on", "Oct.", "1"]
    heads = [1, 1, 1, 1, 3, 4]
    deps = ["nsubj", "ROOT", "dobj", "prep", "pobj", "nummod"]
    pos = ["PRON", "VERB", "NOUN", "ADP", "PROPN", "NUM"]
    doc = _date_doc(words, heads, deps, pos, ["PRP", "VBZ", "NN", "IN", "NNP", "CD"], (4, 6))
    assert is_scheduled(doc[4:6])
    past = _date_doc(["She", "took", "office", "on", "Oct.", "1"], heads, deps, pos,
                     ["PRP", "VBD", "NN", "IN", "NNP", "CD"], (4, 6))
    assert not is_scheduled(past[4:6])
    said = _date_doc(["She", "says", "it", "on", "Oct.", "1"], heads, deps, pos,
                     ["PRP", "VBZ", "PRP", "IN", "NNP", "CD"], (4, 6))
    said[1].lemma_ = "say"
    assert not is_scheduled(said[4:6])  # a present reporting verb is no schedule


# entities ---------------------------------------------------------------------------------

def make_doc(text, ents, pos=None, deps=None, heads=None):
    words = text.split(" ")
    n = len(words)
    doc = Doc(VOCAB, words=words, pos=[(pos or {}).get(w, "X") for w in words],
              deps=deps or ["dep"] * n, heads=heads or list(range(n)))
    spans, taken = [], set()
    for phrase, label in sorted(ents.items(), key=lambda kv: -len(kv[0].split(" "))):
        k = len(phrase.split(" "))
        for i in range(n - k + 1):
            if " ".join(words[i:i + k]) == phrase and not taken & set(range(i, i + k)):
                taken.update(range(i, i + k))
                spans.append(Span_(doc, i, i + k, label))
    doc.ents = sorted(spans, key=lambda s: s.start)
    return doc


def Span_(doc, start, end, label):  # noqa: N802 - a tiny Span factory
    from spacy.tokens import Span
    return Span(doc, start, end, label=label)


def test_name_particles_join_the_surname():
    doc = make_doc("President Ursula von der Leyen said",
                   {"Ursula von der": "PERSON", "Leyen": "GPE"})
    assert labels(fix.name_parts(doc, list(doc.ents))) == [("Ursula von der Leyen", "PERSON")]


def test_a_name_takes_the_word_it_modifies():
    # Minister Njuguna Ndung'u has said: the NER stops at the apostrophe
    doc = make_doc("Minister Njuguna Ndung'u has said", {"Njuguna": "PERSON"},
                   pos={"Ndung'u": "PROPN"}, deps=["compound", "compound", "nsubj", "aux", "ROOT"],
                   heads=[2, 2, 4, 4, 4])
    assert labels(fix.name_parts(doc, list(doc.ents))) == [("Njuguna Ndung'u", "PERSON")]


@pytest.mark.parametrize("text, ents", [
    ("Typhoon Haiyan left 7,300 dead", {"Typhoon Haiyan": "PERSON"}),
    ("after Hurricane Maria hit", {"Maria": "PERSON"}),
    # written in lower case elsewhere: a common noun at the start of a sentence
    ("low turnout . Turnout fell", {"Turnout": "PERSON"}),
])
def test_not_people(text, ents):
    doc = make_doc(text, ents)
    assert fix.name_parts(doc, list(doc.ents)) == []


def test_a_lowercase_word_beside_a_full_name_keeps_it():
    doc = make_doc("Rose Ayer spoke . Rose said a rose", {"Rose Ayer": "PERSON", "Rose": "PERSON"})
    assert labels(fix.name_parts(doc, list(doc.ents))) == [("Rose Ayer", "PERSON"),
                                                           ("Rose", "PERSON")]


def test_postnominal_letters_are_trimmed():
    doc = make_doc("lawyer Simon Reeve KC argued", {"Simon Reeve KC": "PERSON"})
    assert labels(fix.trim(doc, list(doc.ents))) == [("Simon Reeve", "PERSON")]


def test_state_ending_a_title_is_no_org():
    doc = make_doc("Secretary of State Brad Raffensperger said",
                   {"State": "ORG", "Brad Raffensperger": "PERSON"})
    assert labels(fix.drop_title_words(doc, list(doc.ents))) == [("Brad Raffensperger",
                                                                  "PERSON")]
    doc = make_doc("the Department of State said", {"State": "ORG"})
    assert labels(fix.drop_title_words(doc, list(doc.ents))) == [("State", "ORG")]


def test_lowercase_title_before_a_name_makes_a_person():
    pos = {"prosecutor": "NOUN", "Idamis": "PROPN", "Pastora": "PROPN", "said": "VERB"}
    doc = make_doc("state prosecutor Idamis Pastora said", {"Idamis Pastora": "ORG"}, pos)
    assert labels(fix.titled_people(doc, list(doc.ents))) == [("Idamis Pastora", "PERSON")]
    # a single word after a lower-case noun is not enough
    doc = make_doc("the bank director Fosun said", {"Fosun": "ORG"}, pos | {"director": "NOUN",
                                                                           "Fosun": "PROPN"})
    assert labels(fix.titled_people(doc, list(doc.ents))) == [("Fosun", "ORG")]


def test_role_in_apposition_after_makes_a_person():
    # Yolande Makolo , a spokeswoman , said
    doc = parsed(["Yolande", "Makolo", ",", "a", "spokeswoman", ",", "said"],
                 [1, 6, 1, 4, 1, 1, 6], ["compound", "nsubj", "punct", "det", "appos", "punct",
                                         "ROOT"],
                 ["PROPN", "PROPN", "PUNCT", "DET", "NOUN", "PUNCT", "VERB"], ents=[(0, 2, "ORG")])
    assert labels(fix.titled_people(doc, list(doc.ents))) == [("Yolande Makolo", "PERSON")]


@pytest.mark.parametrize("text, ents, age", [
    ("said Rosa Cruz , a 52 - year - old vendor", {"Rosa Cruz": "PERSON",
                                                   "52 - year - old": "DATE"}, 52),
    ("Claudia Sheinbaum , 61 , took", {"Claudia Sheinbaum": "PERSON", "61": "CARDINAL"}, 61),
])
def test_more_ages(text, ents, age):
    doc = make_doc(text, ents, pos={"took": "VERB"})
    fixed = fix.Fixed(list(doc.ents))
    fix.ages(doc, fixed)
    assert list(fixed.ages.values()) == [age]
    assert [s.label_ for s in fixed.spans] == ["PERSON"]


def test_indefinite_appositive_is_a_title_without_the_age():
    # Rosa Cruz , a 52 - year - old vendor , said
    words = ["Rosa", "Cruz", ",", "a", "52", "-", "year", "-", "old", "vendor", ",", "said"]
    heads = [1, 11, 1, 9, 6, 6, 8, 8, 9, 1, 1, 11]
    deps = ["compound", "nsubj", "punct", "det", "nummod", "punct", "npadvmod", "punct", "amod",
            "appos", "punct", "ROOT"]
    pos = ["PROPN", "PROPN", "PUNCT", "DET", "NUM", "PUNCT", "NOUN", "PUNCT", "ADJ", "NOUN",
           "PUNCT", "VERB"]
    doc = parsed(words, heads, deps, pos, ents=[(0, 2, "PERSON")])
    assert roles.appositive(doc, doc.ents[0], roles.ents_at(list(doc.ents))) == ("vendor", None)


def test_dateline_country(monkeypatch):
    class Place:
        def __init__(self, country):
            self.country = country

    table = {"GOMA": "CD", "Congo": "CG", "PARIS": "FR", "Texas": "US", "KYIV": "UA"}
    lookup = {"GOMA": ["CD"], "PARIS": ["FR", "US"]}
    monkeypatch.setattr(geo, "place_country", lambda t: table.get(t))

    class Gaz:
        def lookup(self, name):
            return [Place(c) for c in lookup.get(name, [])]

    monkeypatch.setattr(geo, "_get_gazetteer", lambda: Gaz())
    assert geo.dateline_country("KYIV") == "UA"
    assert geo.dateline_country("PARIS, Texas") == "US"
    assert geo.dateline_country("GOMA, Congo") == "CD"


# quotes -----------------------------------------------------------------------------------

def test_subject_of_a_reported_clause_is_no_pronoun_antecedent():
    # Ashworth said Whitfield had lied
    words = ["Ashworth", "said", "Whitfield", "had", "lied"]
    doc = parsed(words, [1, 1, 4, 4, 1], ["nsubj", "ROOT", "nsubj", "aux", "ccomp"],
                 ["PROPN", "VERB", "PROPN", "AUX", "VERB"])
    assert speakers._is_subject(doc, 0, 8)
    assert not speakers._is_subject(doc, doc[2].idx, doc[2].idx + 9)


@pytest.mark.parametrize("words, heads, deps, ents, expected", [
    # the border town of Ijevan
    (["the", "border", "town", "of", "Ijevan"], [2, 2, 2, 2, 3],
     ["det", "compound", "ROOT", "prep", "pobj"], [(4, 5, "NORP")], [("Ijevan", "GPE")]),
    # Karabakh , a mountainous region
    (["Karabakh", ",", "a", "mountainous", "region"], [0, 0, 4, 4, 0],
     ["ROOT", "punct", "det", "amod", "appos"], [(0, 1, "ORG")], [("Karabakh", "GPE")]),
    # the ruling Morena party
    (["the", "ruling", "Morena", "party"], [3, 3, 3, 3], ["det", "amod", "compound", "ROOT"],
     [(2, 3, "LOC")], [("Morena", "ORG")]),
    # Rizal province east of Manila
    (["Rizal", "province", "east", "of", "Manila"], [1, 1, 1, 2, 3],
     ["compound", "ROOT", "advmod", "prep", "pobj"], [(0, 3, "GPE"), (4, 5, "GPE")],
     [("Rizal province", "GPE"), ("Manila", "GPE")]),
    # a company "of" a person stays as it is: "the chairman of Acme"
    (["the", "chairman", "of", "Acme"], [1, 1, 1, 2], ["det", "ROOT", "prep", "pobj"],
     [(3, 4, "ORG")], [("Acme", "ORG")]),
])
def test_place_context(words, heads, deps, ents, expected):
    doc = parsed(words, heads, deps, ["X"] * len(words), ents=ents)
    assert labels(fix.place_context(doc, list(doc.ents))) == expected

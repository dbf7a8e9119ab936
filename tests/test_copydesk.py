"""Copy-desk checks on hand-built articles (no model: names are marked by hand or by capitals)."""

from __future__ import annotations

import re

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.tokens import Doc
from spacy.util import filter_spans

from newsgraph.copydesk import review
from newsgraph.copydesk.names import close_forms
from newsgraph.copydesk.people import split_name
from newsgraph.copydesk.varieties import match_case, spelling_of

for _ext in ("article", "entities", "issues"):
    if not Doc.has_extension(_ext):
        Doc.set_extension(_ext, default=None)

_NLP = spacy.blank("en")


def make_doc(text: str, names: dict[str, str] | None = None) -> Doc:
    """A tokenized Doc; every occurrence of each key of ``names`` gets that entity label."""
    doc = _NLP(text)
    spans = []
    for surface, label in (names or {}).items():
        for m in re.finditer(rf"(?<!\w){re.escape(surface)}(?!\w)", text):
            span = doc.char_span(m.start(), m.end(), label=label)
            assert span is not None, surface
            spans.append(span)
    doc.set_ents(filter_spans(spans))
    return doc


def issues_of(text: str, kind: str, names: dict[str, str] | None = None):
    found = [i for i in review(make_doc(text, names)) if i.kind == kind]
    for issue in found:
        assert text[issue.start:issue.end] == issue.text  # offsets point into the text
    return found


# --- misspelled_name ------------------------------------------------------------------------

@pytest.mark.parametrize("headline_form, body_form", [
    ("Khakriv", "Kharkiv"),      # transposed letters
    ("Zelensky", "Zelenskyy"),   # a letter dropped
    ("Mariupool", "Mariupol"),   # a letter doubled
    ("Shiogu", "Shoigu"),
])
def test_misspelled_headline_name(headline_form, body_form):
    text = (f"{headline_form} talks stall as shelling goes on\n\n"
            f"Officials in {body_form} said on Monday that talks had stalled. "
            f"The mayor of {body_form} asked for help.\n\n"
            f"Residents of {body_form} queued for water.")
    names = {headline_form: "GPE", body_form: "GPE"}
    (issue,) = issues_of(text, "misspelled_name", names)
    assert issue.text == headline_form and issue.start == 0
    assert issue.suggestion == body_form
    assert issue.message == (f"headline spells '{headline_form}'; "
                             f"the body says '{body_form}' 3 times")


@pytest.mark.parametrize("headline, body", [
    # the same name in headline and body
    ("Kharkiv braces for attack", "Officials in Kharkiv said the city was ready."),
    # a related form, not a misspelling
    ("Russia warns the West", "The Russian foreign ministry said the talks were over."),
    ("Israel votes on Tuesday", "Israeli voters go to the polls on Tuesday."),
    # two real, different places
    ("Slovakia holds election", "Voters in Slovenia also went to the polls on Sunday."),
    # names too short to tell a typo from another name
    ("Iran rejects the offer", "Officials in Iraq said the offer stood."),
])
def test_no_misspelled_headline_name(headline, body):
    names = {w: "GPE" for w in re.findall(r"\b[A-Z][a-z]+\b", headline + " " + body)
             if w not in ("Officials", "The", "Voters", "Israeli", "Russian")}
    assert issues_of(f"{headline}\n\n{body}", "misspelled_name", names) == []


def test_misspelled_name_needs_a_name_in_the_body():
    text = "Zelensky visits the front\n\nThe president visited troops on Sunday."
    assert issues_of(text, "misspelled_name", {"Zelensky": "PERSON"}) == []


# --- inconsistent_spelling ------------------------------------------------------------------

def test_inconsistent_spelling_points_at_the_minority_form():
    text = ("Soldier on trial\n\n"
            "Vadim Shishimarin, 21, appeared in court on Friday. Shishimarin pleaded guilty. "
            "Lawyers for Shishmarin asked for leniency.")
    names = {"Vadim": "PERSON", "Shishimarin": "PERSON", "Shishmarin": "PERSON"}
    (issue,) = issues_of(text, "inconsistent_spelling", names)
    assert issue.text == "Shishmarin" and issue.suggestion == "Shishimarin"
    assert "'Shishimarin' 2 times" in issue.message


def test_inconsistent_spelling_every_minority_occurrence():
    text = ("Talks in the capital\n\n"
            "President Volodymyr Zelenskyy met envoys. Zelenskyy said talks went well. "
            "Later Zelensky left. Aides to Zelensky said he was tired. Zelenskyy slept.")
    found = issues_of(text, "inconsistent_spelling", {"Zelenskyy": "PERSON",
                                                      "Zelensky": "PERSON"})
    assert [i.text for i in found] == ["Zelensky", "Zelensky"]
    assert {i.suggestion for i in found} == {"Zelenskyy"}


def test_tie_keeps_the_first_spelling():
    text = "Storm hits coast\n\nThe storm hit Kemerton. Roads near Kemmerton were shut."
    (issue,) = issues_of(text, "inconsistent_spelling")
    assert issue.text == "Kemmerton" and issue.suggestion == "Kemerton"


@pytest.mark.parametrize("body", [
    "Ahmed Ali met Ahmad Shah in Kabul. Ali said Shah was late.",   # two people
    "Ivan Ivanov and his wife Olga Ivanova spoke. Ivanov smiled.",  # surname by gender
    "The Russian army left Russia's border area.",                  # related forms
    "Senate Democrats and the Democratic leader spoke.",            # one stem, two endings
    "The Senate Majority Leader and the Minority Whip met.",        # two ordinary words
    "Mohamed Saied shot past Abdel-Wahed Al-Sayed.",                # two people
    "Cases rose in Hubei and in neighbouring Hebei.",                # two provinces
])
def test_no_inconsistent_spelling(body):
    names = {w: "PERSON" for w in ("Ahmed", "Ali", "Ahmad", "Shah", "Ivan", "Ivanov", "Olga",
                                   "Ivanova", "Mohamed", "Saied", "Abdel", "Wahed", "Al",
                                   "Sayed", "Hubei", "Hebei")}
    assert issues_of(f"Headline here\n\n{body}", "inconsistent_spelling", names) == []


def test_demonym_and_country_are_one_name():
    text = "Talks\n\nThe German delegation left. Germany said the talks would go on."
    assert issues_of(text, "inconsistent_spelling", {"German": "NORP", "Germany": "GPE"}) == []


@pytest.mark.parametrize("a, b, expected", [
    ("Kharkiv", "Khakriv", 1), ("Zelenskyy", "Zelensky", 1), ("Shishimarin", "Shishmarin", 1),
    ("Iran", "Iraq", None), ("Russia", "Russian", None), ("Ivanov", "Ivanova", None),
    ("Austria", "Australia", None), ("Kharkiv", "kharkiv", None), ("Berlin", "Merlin", None),
    ("Washingtom", "Washington", 1), ("Zaporizhzhia", "Zaporizhia", 2),
    ("Democratic", "Democrats", None), ("Commission", "Commissioner", None),
    ("Morroco", "Morocco", 1), ("Phillipines", "Philippines", 1),
])
def test_close_forms(a, b, expected):
    assert close_forms(a, b) == expected


# --- mixed_spelling -------------------------------------------------------------------------

def test_same_word_two_ways_points_at_the_minority():
    text = ("US and Russian defence chiefs speak\n\n"
            "The defense chiefs spoke by phone. Talks between defense ministries resumed.")
    (issue,) = issues_of(text, "mixed_spelling")
    assert issue.text == "defence" and issue.suggestion == "defense"
    assert "American 'defense' (2 times)" in issue.message


def test_different_words_two_varieties():
    text = ("Rally in the capital\n\n"
            "Protesters gathered in the city center to organize a march. They carried "
            "banners of every color, and the favorite chant was about the colour of money.")
    (issue,) = issues_of(text, "mixed_spelling")
    assert issue.text == "colour" and issue.suggestion == "color"
    assert "American" in issue.message


@pytest.mark.parametrize("text", [
    # Oxford spelling: -ize with British spelling is one consistent style
    "Aid arrives\n\nVolunteers organized the centre's stores by colour.",
    # British throughout
    "Aid arrives\n\nVolunteers organised the centre's stores by colour.",
    # words both varieties write
    "Aid arrives\n\nThe aid program was a draft plan. Trucks had worn tires. The colour faded.",
])
def test_no_mixed_spelling(text):
    assert issues_of(text, "mixed_spelling") == []


def test_ise_in_an_american_article():
    text = "Aid arrives\n\nVolunteers organised the center's stores by color and flavor."
    (issue,) = issues_of(text, "mixed_spelling")
    assert issue.text == "organised" and issue.suggestion == "organized"


def test_official_names_keep_their_spelling():
    # A British article naming the US Department of Defense and the Labour Party.
    text = ("Ministers meet\n\nThe defence secretary met officials from the Department of "
            "Defense in London. The Labour Party said defence spending must rise.")
    assert issues_of(text, "mixed_spelling", {"Department of Defense": "ORG",
                                              "Labour Party": "ORG"}) == []


def test_capitalized_at_sentence_start_is_an_ordinary_word():
    text = "Budget row\n\nThe defense budget grew. Defence spending, critics said, did not."
    (issue,) = issues_of(text, "mixed_spelling")
    assert issue.text == "Defence" and issue.suggestion == "Defense"


@pytest.mark.parametrize("word, variety, other", [
    ("colour", "British", "color"), ("Defense", "American", "defence"),
    ("organise", "British", "organize"), ("travelled", "British", "traveled"),
])
def test_spelling_of(word, variety, other):
    sp = spelling_of(word)
    assert sp is not None and (sp.variety, sp.other) == (variety, other)


@pytest.mark.parametrize("word", ["program", "practice", "tire", "judgment", "annex", "the"])
def test_neutral_words_have_no_variety(word):
    assert spelling_of(word) is None


@pytest.mark.parametrize("model, word, expected", [
    ("defence", "defense", "defense"), ("Defence", "defense", "Defense"),
    ("DEFENCE", "defense", "DEFENSE"),
])
def test_match_case(model, word, expected):
    assert match_case(model, word) == expected


# --- first_name_reference -------------------------------------------------------------------

def test_first_name_reference_suggests_the_surname():
    text = ("Residents return\n\nThe governor, Oleh Synyehubov, said people were returning.\n\n"
            "Oleh also warned that the area was still dangerous.")
    (issue,) = issues_of(text, "first_name_reference", {"Oleh Synyehubov": "PERSON"})
    assert issue.text == "Oleh" and issue.suggestion == "Synyehubov"
    assert text[issue.start - 1:issue.end + 5] == "\nOleh also"
    assert "surname" in issue.message and "Oleh Synyehubov" in issue.message


@pytest.mark.parametrize("name, later, suggestion", [
    ("Ursula von der Leyen", "Ursula", "von der Leyen"),
    ("President Emmanuel Macron", "Emmanuel", "Macron"),
    ("Martin Luther King Jr.", "Martin", "King"),
])
def test_surnames(name, later, suggestion):
    text = f"Summit ends\n\n{name} spoke first. Later {later} left the room."
    # "martin" is also a bird: alone, the name needs the tagger's PERSON
    (issue,) = issues_of(text, "first_name_reference", {name: "PERSON", later: "PERSON"})
    assert issue.suggestion == suggestion


@pytest.mark.parametrize("body, persons", [
    # family name first: "Xi" is the surname
    ("Xi Jinping arrived. Xi said talks would go on.", ["Xi Jinping"]),
    # a title that takes the first name
    ("Mohammed bin Salman spoke. Prince Mohammed said oil would flow.",
     ["Mohammed bin Salman"]),
    # one surname, two people: first names tell them apart
    ("Joe Biden and Hunter Biden arrived. Hunter said nothing.", ["Joe Biden", "Hunter Biden"]),
    # a first name that is another person's surname
    ("James Cole met Lebron James. James scored.", ["James Cole", "Lebron James"]),
    # inside a quotation
    ('Oleh Synyehubov spoke. "Oleh told us to leave," a neighbour said.', ["Oleh Synyehubov"]),
    # inside a quotation that runs on past the paragraph
    ('Oleh Synyehubov spoke. An aide said: "It was a hard day for Oleh and all of us.',
     ["Oleh Synyehubov"]),
    # part of another, hyphenated name
    ("Sami Nasser watched. A foul by Abdel-Hamid Sami gave away a penalty.", ["Sami Nasser"]),
    # the first name before the full name
    ("Oleh arrived first. Later Oleh Synyehubov spoke.", ["Oleh Synyehubov"]),
    # the full name again
    ("Oleh Synyehubov spoke. Oleh Synyehubov left.", ["Oleh Synyehubov"]),
    # the first name is a place here
    ("Charlotte Graham won. The team flew home to Charlotte.", ["Charlotte Graham", "GPE"]),
    # a building the tagger took for a person
    ("Brandt Station opened on Monday. Brandt had waited years for it.", ["Brandt Station"]),
    # an ordinary word not tagged as a person
    ("Will Dobson spoke. Will the talks resume?", ["Will Dobson"]),
])
def test_no_first_name_reference(body, persons):
    names = dict.fromkeys(persons, "PERSON")
    if "GPE" in persons:  # the last word of the body is a place
        del names["GPE"]
        names[body.rstrip(".").split()[-1]] = "GPE"
    assert issues_of(f"Headline here\n\n{body}", "first_name_reference", names) == []


@pytest.mark.parametrize("name, expected", [
    ("Oleh Synyehubov", ("Oleh", "Synyehubov")),
    ("Defense Minister Oleksii Reznikov", ("Oleksii", "Reznikov")),
    ("Kim Jong Un", None), ("Madonna", None),
    ("Riverton Mayor Jane Doe", ("Jane", "Doe")),   # the place and title go
    ("Martin Luther King Jr.", ("Martin", "King")),          # a title word in the name stays
    ("King Charles", None), ("Route 4", None),
])
def test_split_name(name, expected):
    assert split_name(name) == expected


# --- the stage ------------------------------------------------------------------------------

def test_stage_sets_issues_on_a_blank_pipeline():
    import newsgraph.stages.copydesk  # noqa: F401  (registers the factory)

    nlp = spacy.blank("en")
    nlp.add_pipe("newsgraph_copydesk")
    doc = nlp("Defence talks\n\nThe defense ministers met. Defense aides said little.")
    assert [i.kind for i in doc._.issues] == ["mixed_spelling"]
    assert nlp("Nothing to see\n\nAll is well here.")._.issues == []


def test_title_case_headline_capitals_are_not_names():
    text = ("US And Russian Defence Chiefs Speak By Phone\n\n"
            "The defense chiefs spoke for an hour. Their defense aides listened.")
    (issue,) = issues_of(text, "mixed_spelling")
    assert issue.text == "Defence" and issue.suggestion == "Defense"


def test_issues_are_listed_by_check():
    text = ("Khakriv defence chiefs speak\n\n"
            "Oleh Synyehubov said Kharkiv was calm. The defense chiefs spoke. "
            "Oleh also warned of shelling near Kharkiv.")
    kinds = [i.kind for i in review(make_doc(text, {"Khakriv": "GPE", "Kharkiv": "GPE",
                                                    "Oleh Synyehubov": "PERSON"}))]
    assert kinds == ["misspelled_name", "mixed_spelling", "first_name_reference"]


_PIECES = ["Kharkiv", "Khakriv", "Oleh", "Synyehubov", "Zelensky", "Zelenskyy", "defence",
           "defense", "Defense", "colour", "color", "said", "the", " ", " ", "\n", "\n\n", ".",
           ",", '"', "“", "”", "-", "Mr", "Xi", "É", "42"]


@settings(max_examples=80, deadline=None, database=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=80).map("".join))
def test_any_text_gives_issues_that_point_into_it(text):
    for issue in review(make_doc(text)):
        assert text[issue.start:issue.end] == issue.text
        assert issue.kind in ("misspelled_name", "inconsistent_spelling", "mixed_spelling",
                              "first_name_reference")

"""Quotes end to end: the real spaCy model, and the example article through the pipeline."""

from __future__ import annotations

import pytest
from shared import EXAMPLE

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def nlp():
    from newsgraph.pipeline import load_nlp

    return load_nlp(stages=["newsgraph_entities", "newsgraph_quotes"])


def _quotes(nlp, text: str):
    doc = nlp(text)
    names = {e.id: e.name for e in doc._.entities or []}
    return [(q.text, q.direct, q.cue, q.speaker and q.speaker.text,
             q.speaker and names.get(q.speaker.entity)) for q in doc._.quotes]


@pytest.mark.parametrize("text, expected", [
    ("“We will not retreat,” she said, “not one step.”",
     [("We will not retreat", True, "said", "she", None),
      ("not one step.", True, "said", "she", None)]),
    ("‘We are ready,’ said John Smith, the mayor of the city.",
     [("We are ready", True, "said", "John Smith, the mayor of the city", "John Smith")]),
    ("The minister said «we are ready for this fight».",
     [("we are ready for this fight", True, "said", "The minister", None)]),
    ("The call didn't signal any change, officials said.",
     [("The call didn't signal any change", False, "said", "officials", None)]),
    ("According to police, the man fled the scene on foot.",
     [("the man fled the scene on foot", False, "according to", "police", None)]),
    ('He said: "This is the end of the road for us."',
     [("This is the end of the road for us.", True, "said", "He", None)]),
    ("Russia denied that its troops had crossed the border.",
     [("its troops had crossed the border", False, "denied", "Russia", "Russia")]),
    # a framing verb attributes a short quote; a modifier clause keeps its quote
    ("The senator called the bill \"a disaster\" and vowed to fight it.",
     [("a disaster", True, "called", "The senator", None),
      ("to fight it", False, "vowed", "The senator", None)]),
    ("The ministry said it would cut taxes, which critics called \"too little, too late\".",
     [("it would cut taxes", False, "said", "The ministry", None),
      ("too little, too late", True, "called", "critics", None)]),
    ("He said she was quoted as saying that the plan would fail.",
     [("she was quoted as saying that the plan would fail", False, "said", "He", None),
      ("the plan would fail", False, "saying", "she", None)]),
    ("Asked whether he would run again, Paul said: “We’ll see.”",
     [("We’ll see.", True, "said", "Paul", "Paul")]),
    ("The minister urged citizens to stay home.",
     [("citizens to stay home", False, "urged", "The minister", None)]),
    ('"The economy is in deep trouble," according to the central bank governor.',
     [("The economy is in deep trouble", True, "according to", "the central bank governor",
       None)]),
    ('Biden: "We will not back down from this fight"',
     [("We will not back down from this fight", True, None, "Biden", "Biden")]),
    # a quote running over paragraphs, and one continuing reported speech
    ("“We will stay here.\n\n“We have nowhere else to go,” said Olena, a nurse.\n\n"
     "“Nobody is leaving.”\n\nThe mayor said the city was calm. “We are not afraid.”",
     [("We will stay here.", True, None, "Olena, a nurse", "Olena"),
      ("We have nowhere else to go", True, "said", "Olena, a nurse", "Olena"),
      ("Nobody is leaving.", True, None, "Olena, a nurse", "Olena"),
      ("the city was calm", False, "said", "The mayor", None),
      ("We are not afraid.", True, None, "The mayor", None)]),
])
def test_sentences(nlp, text, expected) -> None:
    assert _quotes(nlp, text) == expected


def test_british_marks_and_a_glued_headline(nlp) -> None:
    # the parser glues the headline to the first sentence; the speaker stays in its paragraph
    got = _quotes(nlp, "Labour launches manifesto\n\nPrime Minister Keir Starmer said on "
                       "Monday that his government would 'deliver change'.")
    assert got == [
        ("his government would 'deliver change'", False, "said",
         "Prime Minister Keir Starmer", "Keir Starmer"),
        ("deliver change", True, "said", "Prime Minister Keir Starmer", "Keir Starmer"),
    ]


def test_pronoun_after_named_person(nlp) -> None:
    got = _quotes(nlp, "Angela Merkel arrived in Paris on Monday. "
                       "She told reporters that the talks had gone well.")
    assert got == [("the talks had gone well", False, "told", "She", "Angela Merkel")]


def test_pronoun_prefers_the_last_subject_over_a_later_object(nlp) -> None:
    got = _quotes(nlp, "John Smith said he met Mary Jones on Monday. "
                       "He said the talks were useful.")
    assert got[-1] == ("the talks were useful", False, "said", "He", "John Smith")


@pytest.mark.parametrize("text, speaker, entity", [
    ("Microsoft said it was investigating. It said no customer data had been lost.",
     "It", "Microsoft"),
    ("A spokesman for the European Commission said the bloc was studying the proposal.",
     "A spokesman for the European Commission", "European Commission"),
    ("The Russian Foreign Ministry's spokeswoman, Maria Zakharova, said on Thursday that "
     "Moscow would respond.", "The Russian Foreign Ministry's spokeswoman, Maria Zakharova",
     "Maria Zakharova"),
])
def test_speaker_entities(nlp, text: str, speaker: str, entity: str) -> None:
    got = _quotes(nlp, text)
    assert (got[-1][3], got[-1][4]) == (speaker, entity)


def test_example_article() -> None:
    import newsgraph

    rec = newsgraph.analyze(EXAMPLE.read_text(encoding="utf-8"), published="2022-05-14")
    names = {e.id: e.name for e in rec.entities}
    for q in rec.quotes:
        assert rec.text[q.start:q.end] == q.text
        assert rec.text[q.cue_start:q.cue_end] == q.cue
        assert rec.text[q.speaker.start:q.speaker.end] == q.speaker.text
    direct = {q.text: q for q in rec.quotes if q.direct}
    assert set(direct) == {
        "likely won the battle",
        "enemy's main efforts are focused on ensuring the withdrawal of its units",
        "entering a new - long-term - phase of the war.",
        "urged an immediate ceasefire in Ukraine and emphasized the importance of maintaining "
        "lines of communication.",
    }
    speakers = {t: q.speaker.text for t, q in direct.items()}
    assert speakers["likely won the battle"] == "Ukraine military"
    assert speakers["entering a new - long-term - phase of the war."].endswith("Oleksii Reznikov")
    assert names[direct["entering a new - long-term - phase of the war."].speaker.entity] \
        == "Oleksii Reznikov"
    assert "Pentagon" in speakers[next(t for t in direct if t.startswith("urged"))]
    assert "general staff" in speakers[next(t for t in direct if t.startswith("enemy"))]
    reported = {q.text.split()[0] + " " + q.text.split()[1]: q for q in rec.quotes
                if not q.direct}
    governor = reported["armed forces"]
    warned = reported["the situation"]
    assert (governor.cue, warned.cue) == ("says", "warned")
    assert names[governor.speaker.entity] == names[warned.speaker.entity] == "Oleh Synyehubov"
    officials = reported["the call"]
    assert officials.speaker.text == "officials" and officials.speaker.entity is None
    assert officials.text.startswith("the call didn’t appear to signal any change")


def test_a_headlines_attribution_is_not_a_second_quote() -> None:
    import newsgraph

    rec = newsgraph.analyze(
        "Floods kill dozens in eastern Congo, officials say\n\n"
        "GOMA, Congo (AP) — Flash floods swept through villages overnight, killing at least 43 "
        "people, a provincial official said on Thursday.\n\n"
        "\"The water came in the middle of the night,\" said Jean Kabila, a local administrator.",
        published="2023-07-20")
    head_end = rec.paragraphs[0].end
    assert rec.paragraphs[0].kind == "headline"
    assert not any(q.start < head_end for q in rec.quotes)
    assert any(q.direct and q.speaker and "Kabila" in q.speaker.text for q in rec.quotes)


def test_a_quote_framed_by_condemning_or_dismissing_is_the_subjects(nlp) -> None:
    quotes = _quotes(nlp, "Syria's foreign ministry condemned the strikes as \"a flagrant "
                          "violation of Syrian sovereignty\". Cambodia dismissed the claims as "
                          "\"baseless\".")
    assert [(q[0], q[2], q[3]) for q in quotes] == [
        ("a flagrant violation of Syrian sovereignty", "condemned", "Syria's foreign ministry"),
        ("baseless", "dismissed", "Cambodia")]
    # without a quote, condemning is no speech
    assert _quotes(nlp, "The minister condemned the attack on Monday.") == []

"""Quotes and attribution: unit tests on hand-built parses (no model needed)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from newsgraph.quotes import extract_quotes
from newsgraph.quotes.marks import find_quotes
from newsgraph.record import Entity, Mention

# -- quotation marks ----------------------------------------------------------------------


@pytest.mark.parametrize("text, quoted", [
    ('He said "we won" today.', ["we won"]),
    ("He said “we won” today.", ["we won"]),
    ("He said ‘we won’ today.", ["we won"]),
    ("He said «we won» today.", ["we won"]),
    ("He said „we won“ today.", ["we won"]),
    ("He said 'we won' today.", ["we won"]),
    ("“We will not retreat,” she said, “not one step.”", ["We will not retreat,", "not one step."]),
    # apostrophes are not quotes
    ("It’s the Smiths’ house and they don’t care.", []),
    ("It's the Smiths' house and they don't care.", []),
    # nested quotes belong to the outer one
    ("“He told me ‘never again’ twice,” she said.", ["He told me ‘never again’ twice,"]),
    # a quote left open runs to its paragraph's end, not into the next paragraph
    ("“We will stay.\n\n“And we will win,” he said.", ["We will stay.", "And we will win,"]),
])
def test_find_quotes(text: str, quoted: list[str]) -> None:
    assert [text[m.start:m.end] for m in find_quotes(text)] == quoted


def test_find_quotes_offsets_point_at_marks() -> None:
    text = 'A "b c" d'
    (m,) = find_quotes(text)
    assert (text[m.open], text[m.close]) == ('"', '"') and m.closed


# -- hand-built parses --------------------------------------------------------------------

VOCAB = spacy.blank("en").vocab  # with English lexical attributes (lower_, is_punct)


def parse(spec: str) -> Doc:
    """A Doc from 'word/POS/dep/head[/lemma]' items; head is the index of the head token."""
    words, pos, deps, heads, lemmas = [], [], [], [], []
    for item in spec.split():
        parts = item.split("/")
        word = parts[0].replace("_", " ") if parts[0] != "_" else "_"
        words.append(word)
        pos.append(parts[1])
        deps.append(parts[2])
        heads.append(int(parts[3]))
        lemmas.append(parts[4] if len(parts) > 4 else word.lower())
    spaces = [not (i + 1 < len(words) and words[i + 1] in {",", ".", ":", "”"})
              and w not in {"“"} for i, w in enumerate(words)]
    return Doc(VOCAB, words=words, spaces=spaces, pos=pos, deps=deps, heads=heads,
               lemmas=lemmas)


def entity(eid: str, name: str, type_: str, doc: Doc, *words: str,
           titles: tuple[str, ...] = ()) -> Entity:
    """An Entity with a mention at the first occurrence of each given word."""
    mentions = []
    for w in words:
        start = doc.text.index(w)
        mentions.append(Mention(start, start + len(w), w))
    return Entity(id=eid, name=name, type=type_, mentions=mentions, titles=list(titles))


OFFICIALS = parse("Officials/NOUN/nsubj/1 said/VERB/ROOT/1/say the/DET/det/3 call/NOUN/nsubj/4 "
                  "failed/VERB/ccomp/1/fail ./PUNCT/punct/1")


def test_reported_speech_with_group_speaker() -> None:
    (q,) = extract_quotes(OFFICIALS, [])
    assert (q.text, q.direct, q.cue) == ("the call failed", False, "said")
    assert q.speaker is not None and q.speaker.text == "Officials" and q.speaker.entity is None
    assert OFFICIALS.text[q.cue_start:q.cue_end] == "said"
    assert OFFICIALS.text[q.start:q.end] == q.text


def test_without_entities_speakers_have_no_entity() -> None:
    (q,) = extract_quotes(OFFICIALS, None)
    assert q.speaker is not None and q.speaker.entity is None and q.speaker.text == "Officials"


# "Jane Doe arrived . “ We won , ” she said ."
PRONOUN = parse("Jane/PROPN/compound/1 Doe/PROPN/nsubj/2 arrived/VERB/ROOT/2/arrive "
                "./PUNCT/punct/2 “/PUNCT/punct/9 We/PRON/nsubj/6 won/VERB/ccomp/9/win "
                ",/PUNCT/punct/9 ”/PUNCT/punct/9 she/PRON/nsubj/9 said/VERB/ROOT/9/say "
                "./PUNCT/punct/9")


def test_direct_quote_pronoun_speaker_resolves_to_last_person() -> None:
    ents = [entity("e1", "Jane Doe", "PERSON", PRONOUN, "Jane Doe")]
    (q,) = extract_quotes(PRONOUN, ents)
    assert (q.text, q.direct, q.cue) == ("We won", True, "said")
    assert q.speaker is not None and (q.speaker.text, q.speaker.entity) == ("she", "e1")


def test_pronoun_ignores_names_inside_quotes() -> None:
    doc = parse("“/PUNCT/punct/2 Ask/VERB/ROOT/2 Smith/PROPN/dobj/2 ,/PUNCT/punct/2 "
                "”/PUNCT/punct/2 he/PRON/nsubj/6 said/VERB/ROOT/6/say ./PUNCT/punct/6")
    ents = [entity("e1", "Smith", "PERSON", doc, "Smith")]
    # the only PERSON sits inside the quote: no antecedent
    for q in extract_quotes(doc, ents):
        assert q.speaker is None or q.speaker.entity is None


# "The governor said the road was open ."
GOVERNOR = parse("The/DET/det/1 governor/NOUN/nsubj/2 said/VERB/ROOT/2/say the/DET/det/4 "
                 "road/NOUN/nsubj/5 was/AUX/ccomp/2/be open/ADJ/acomp/5 ./PUNCT/punct/2")


@pytest.mark.parametrize("titles, expected", [(("Governor",), "e1"), (("Mayor",), None)])
def test_title_speaker_links_to_titled_person(titles: tuple[str, ...], expected: str | None
                                               ) -> None:
    ents = [Entity(id="e1", name="Oleh Synyehubov", type="PERSON", titles=list(titles),
                   mentions=[Mention(100, 115, "Oleh Synyehubov")])]
    (q,) = extract_quotes(GOVERNOR, ents)
    assert q.speaker is not None and q.speaker.text == "The governor"
    assert q.speaker.entity == expected


def test_organization_speaker_links_by_mention() -> None:
    doc = parse("the/DET/det/1 Pentagon/PROPN/nsubj/2 said/VERB/ROOT/2/say talks/NOUN/nsubj/4 "
                "resumed/VERB/ccomp/2/resume ./PUNCT/punct/2")
    ents = [entity("e3", "Pentagon", "ORG", doc, "Pentagon")]
    (q,) = extract_quotes(doc, ents)
    assert (q.text, q.speaker.text, q.speaker.entity) == ("talks resumed", "the Pentagon", "e3")


def test_split_quote_is_two_pieces_with_one_cue() -> None:
    # “ We stay , ” she said , “ not one step . ”
    doc = parse("“/PUNCT/punct/2 We/PRON/nsubj/2 stay/VERB/ccomp/6/stay ,/PUNCT/punct/6 "
                "”/PUNCT/punct/6 she/PRON/nsubj/6 said/VERB/ROOT/6/say ,/PUNCT/punct/6 "
                "“/PUNCT/punct/10 not/PART/neg/10 one/NUM/nummod/11 step/NOUN/npadvmod/6 "
                "./PUNCT/punct/6 ”/PUNCT/punct/6")
    quotes = extract_quotes(doc, [])
    assert [q.text for q in quotes] == ["We stay", "not one step."]
    assert all(q.direct and q.cue == "said" for q in quotes)
    assert quotes[0].cue_start == quotes[1].cue_start
    assert quotes[0].speaker == quotes[1].speaker


def test_postposed_cue() -> None:
    # The talks failed , officials said .
    doc = parse("The/DET/det/1 talks/NOUN/nsubj/2 failed/VERB/ccomp/5/fail ,/PUNCT/punct/5 "
                "officials/NOUN/nsubj/5 said/VERB/ROOT/5/say ./PUNCT/punct/5")
    (q,) = extract_quotes(doc, [])
    assert (q.text, q.speaker.text, q.direct) == ("The talks failed", "officials", False)


def test_according_to() -> None:
    # According to police , the man fled .
    doc = parse("According/VERB/prep/6/accord to/ADP/prep/0 police/NOUN/pobj/1 ,/PUNCT/punct/6 "
                "the/DET/det/5 man/NOUN/nsubj/6 fled/VERB/ROOT/6/flee ./PUNCT/punct/6")
    (q,) = extract_quotes(doc, [])
    assert (q.text, q.cue, q.speaker.text, q.direct) == ("the man fled", "according to",
                                                         "police", False)


def test_that_complementizer_is_left_out() -> None:
    # Russia denied that troops crossed .
    doc = parse("Russia/PROPN/nsubj/1 denied/VERB/ROOT/1/deny that/SCONJ/mark/4 "
                "troops/NOUN/nsubj/4 crossed/VERB/ccomp/1/cross ./PUNCT/punct/1")
    ents = [entity("e2", "Russia", "GPE", doc, "Russia")]
    (q,) = extract_quotes(doc, ents)
    assert (q.text, q.cue, q.speaker.entity) == ("troops crossed", "denied", "e2")


@pytest.mark.parametrize("spec", [
    # a short quote with no cue is a scare quote: "new look"
    "He/PRON/nsubj/1 liked/VERB/ROOT/1/like the/DET/det/5 “/PUNCT/punct/5 new/ADJ/amod/5 "
    "look/NOUN/dobj/1 ”/PUNCT/punct/5 ./PUNCT/punct/1",
    # a verb that is not a cue: no reported speech
    "Officials/NOUN/nsubj/1 hoped/VERB/ROOT/1/hope the/DET/det/3 call/NOUN/nsubj/4 "
    "failed/VERB/ccomp/1/fail ./PUNCT/punct/1",
])
def test_not_quotes(spec: str) -> None:
    assert extract_quotes(parse(spec), []) == []


def test_speech_inside_a_quote_is_not_reported_speech_of_its_own() -> None:
    # “ They said it failed , ” he added .
    doc = parse("“/PUNCT/punct/2 They/PRON/nsubj/2 said/VERB/ccomp/9/say it/PRON/nsubj/4 "
                "failed/VERB/ccomp/2/fail ,/PUNCT/punct/9 ”/PUNCT/punct/9 he/PRON/nsubj/8 "
                "added/VERB/ROOT/8/add ./PUNCT/punct/8")
    quotes = extract_quotes(doc, [])
    assert [(q.text, q.direct, q.cue) for q in quotes] == [("They said it failed", True, "added")]


def test_empty_doc() -> None:
    assert extract_quotes(Doc(VOCAB, words=[]), []) == []


def test_unparsed_doc_says_what_to_do() -> None:
    with pytest.raises(ValueError, match="dependency parse"):
        extract_quotes(Doc(VOCAB, words=["He", "said", "so"]), None)

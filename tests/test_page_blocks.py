"""Page text -> blocks, dates and datelines (hand-built inputs; no model)."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from newsgraph.clean import published
from newsgraph.clean.blocks import split_blocks, wrap_width
from newsgraph.clean.credits import dateline
from newsgraph.clean.features import matrix, moving_mean, names, slug_words

WRAPPED = """Officials in the port city said on Tuesday that the storm had
flooded more than two hundred homes and cut power to the old town,
while crews worked through the night to clear the main roads.

The mayor said schools would stay closed until the water went down and
asked residents to keep off the beaches until the weekend was over.
"""


def test_hard_wrapped_lines_are_joined():
    blocks = split_blocks(WRAPPED)
    assert len(blocks) == 2
    assert blocks[0].text.startswith("Officials in the port city")
    assert blocks[0].text.endswith("clear the main roads.")


def test_line_per_sentence_text_is_not_joined():
    # a title of 50+ characters on its own line stays its own block (issue 9)
    text = ("Northern port reopens after a week of storms and floods\n"
            "March 01, 2008\n"
            "The port reopened on Saturday after a week of storms.\n"
            "Ships waited offshore for days.\n")
    assert wrap_width(text.split("\n")) is None
    assert [b.text for b in split_blocks(text)][:2] == [
        "Northern port reopens after a week of storms and floods", "March 01, 2008"]


def test_markdown_is_reduced_to_text_and_remembered():
    text = ("# Big headline here\n\n* [Home](/)\n* [World](/world)\n\n"
            "Read the [full report](http://example.org/report) from the **agency** today.\n")
    blocks = split_blocks(text)
    assert blocks[0].heading and blocks[0].text == "Big headline here"
    assert blocks[1].bullet and blocks[1].text == "Home" and blocks[1].links == 1
    assert blocks[3].text == "Read the full report from the agency today."
    assert blocks[3].link_chars == len("full report")


def test_features_have_one_row_a_block_and_named_columns():
    blocks = split_blocks("Menu\n\nA first sentence of the story, long enough to count.\n")
    x = matrix(blocks, "https://example.org/2022/05/14/story-about-the-port")
    assert x.shape == (2, len(names()))
    assert matrix([], None).shape[0] == 0


def test_moving_mean_keeps_length():
    import numpy as np

    assert len(moving_mean(np.ones(3), 10)) == 3


def test_slug_words():
    assert slug_words("https://x.org/news/2022/05/kharkiv-likely-won.html") == {
        "kharkiv", "likely", "won"}
    assert slug_words(None) == set()


@pytest.mark.parametrize("line,iso", [
    ("March 01, 2008", "2008-03-01"),
    ("Friday, March 08, 2013", "2013-03-08"),
    ("PUBLISHED: MONDAY, MARCH 11, 2013, 10: 34 PM", "2013-03-11"),
    ("Wed, Sep 19 2012 at 11: 47 AM", "2012-09-19"),
    ("Published: April 10, 2007", "2007-04-10"),
    ("Updated 14 May 2022", "2022-05-14"),
])
def test_date_lines(line, iso):
    assert published.is_date_line(line) or published.PUBLISHED_LINE.match(line)
    assert published.from_line(line) == dt.date.fromisoformat(iso)


@pytest.mark.parametrize("line", ["Published 3 hours ago", "The talks began on March 1.",
                                  "Tuesday"])
def test_not_date_lines(line):
    assert not published.is_date_line(line)
    assert published.from_line(line) is None


def test_published_from_page_prefers_published_line_then_url():
    lines = [("Updated: May 15, 2022", True), ("Published: May 14, 2022", False)]
    assert published.from_page(lines, None) == (dt.date(2022, 5, 14), "page")
    # a bare date at the foot of a page is not the article's
    assert published.from_page([("May 1, 2020", False)], None) == (None, None)
    assert published.from_page([], "https://x.org/2021/03/09/a-story") == (
        dt.date(2021, 3, 9), "url")
    assert published.from_url("https://x.org/20210309/a") == dt.date(2021, 3, 9)
    assert published.from_url("https://x.org/2021/13/45/a") is None


@pytest.mark.e2e
@pytest.mark.parametrize("para,place,agencies", [
    ("MOSCOW, June 24 (Reuters) - Russia said on Friday ...", "MOSCOW", ["Reuters"]),
    ("RIYADH (Reuters) — Saudi Arabia said ...", "RIYADH", ["Reuters"]),
    ("MOSCOW (AP) — The Kremlin said ...", "MOSCOW", ["AP"]),
    ("LOS ANGELES, April 05, 2018 (GLOBE NEWSWIRE) -- The company said ...", "LOS ANGELES",
     ["GlobeNewswire"]),
    ("Kyiv – Ukraine military on Saturday said ...", "Kyiv", []),
])
def test_datelines(para, place, agencies):
    found = dateline(para)
    assert found is not None and found.place == place and found.agencies == agencies


@pytest.mark.e2e
@pytest.mark.parametrize("para", [
    "Breaking News - Markets fell sharply on Monday ...",
    "Sunday - The rally went ahead ...",
    "By Nate Raymond - A federal judge ...",
    "Glorbnax Prime — The council said ...",  # not a place
])
def test_not_datelines(para):
    assert dateline(para) is None


def test_wrapped_paragraphs_among_many_menu_lines_are_joined():
    # lynx and html2text: a menu of short lines, then a story filled to the width
    menu = "\n".join(f"     * Section {i}" for i in range(40))
    story = ("   KOBE – A total of 6,000 surgical masks have been lost at a hospital in\n"
             "   Kobe, it was learned Tuesday. The prefectural police are looking into\n"
             "   the case, which came to light when staff counted the stock last week.\n\n"
             "   The masks had been kept in a store room on the third floor, officials\n"
             "   said, and nobody had been seen carrying boxes out of the building.\n")
    blocks = split_blocks(menu + "\n\n" + story)
    assert blocks[-2].text.startswith("KOBE – A total") and blocks[-2].text.endswith("last week.")
    assert blocks[-1].text.endswith("out of the building.")


def test_a_wrapped_markdown_heading_is_one_block():
    raw = ("# Voters pass an increase for retired public education workers, but future\n"
           "shortfalls likely to emerge\n\nby: Jane Roe\n")
    blocks = split_blocks(raw, markdown=True)
    assert blocks[0].heading
    assert blocks[0].text == ("Voters pass an increase for retired public education workers, "
                              "but future shortfalls likely to emerge")


@pytest.mark.e2e
def test_a_lede_that_opens_with_a_dateline_is_kept_under_a_share_bar():
    from newsgraph.clean.page import _lede_above

    blocks = split_blocks("Share this\n\nAUSTIN (KXAN) — Texas voters approved an amendment "
                          "to the state constitution on Tuesday that will grant billions to "
                          "the retirement fund.\n\nThe win marks a victory for the teachers.")
    assert _lede_above(blocks, 2) == 1
    assert _lede_above(blocks, 1) is None  # nothing dateline-like above


@pytest.mark.e2e
def test_dateline_place_vouched_for_by_its_state():
    found = dateline("SOUTHWEST MIAMI-DADE, FLA. (WSVN) - An overnight crash ...")
    assert found is not None and found.place == "SOUTHWEST MIAMI-DADE, FLA."


def test_a_date_inside_a_byline_line():
    assert published.from_line("Posted by Newsdesk | May 20, 2022") == dt.date(2022, 5, 20)
    assert published.from_page([("By Jane Roe, 14 March 2023", True)], None) == (
        dt.date(2023, 3, 14), "page")
    assert published.from_line("The vote on May 20, 2022 was close and the count slow") \
        == dt.date(2022, 5, 20)  # the caller only offers short lines above the story


def test_link_tags_and_image_placeholders_are_never_headline_candidates():
    from newsgraph.clean.headline import candidates

    blocks = split_blocks("#search nature.com nature.com\n\n[40222-bild-18-192031.jpg]\n\n"
                          "Giant telescope opens to astronomers worldwide\n\n" + "Word " * 40)
    assert candidates(blocks, 3) == [2]


@pytest.mark.e2e
def test_a_dateline_set_apart_goes_back_onto_its_paragraph():
    raw = ("BEIRUT —\n\nIsraeli jets struck the southern suburbs on Monday, officials said, as "
           "the fighting spread.\n\nWashington:\n\n* a list item that follows\n")
    blocks = split_blocks(raw)
    assert blocks[0].text.startswith("BEIRUT — Israeli jets struck")
    assert [b.text for b in blocks[1:]][0] == "Washington:"  # no paragraph after it to open


@pytest.mark.e2e
def test_the_last_sentences_of_clean_text_are_not_cut():
    from newsgraph.clean.page import _prose_after

    blocks = split_blocks("A\n\nB\n\nShe died an hour later at the county medical centre.\n\n"
                          "Police said the driver had been arrested.")
    proba = np.array([[0.1, 0.9, 0], [0.1, 0.9, 0], [0.56, 0.44, 0], [0.6, 0.4, 0]])
    assert _prose_after(blocks, proba, 1) == 3
    # a footer after the article: the article keeps its end
    blocks = split_blocks("A\n\nB\n\nShe died an hour later at the county medical centre.\n\n"
                          "© 2024 Example News. All rights reserved.")
    assert _prose_after(blocks, proba, 1) == 1


def test_a_list_item_of_a_text_page_is_no_headline_candidate():
    from newsgraph.clean.headline import candidates

    blocks = split_blocks("   + KBS WORLD TV\n   + KBS WORLD Radio\n\n"
                          "Colder temperatures forecast for Wednesday\n\n" + "Word " * 40)
    assert candidates(blocks, 3) == [2]
    # a lone numbered line may be a title ("1. FC Köln beat Bayern in the cup final")
    blocks = split_blocks("1. FC Koeln beat Bayern in the cup final\n\n" + "Word " * 40)
    assert candidates(blocks, 1) == [0]


def test_a_link_wrapped_across_lines_is_reduced_to_its_text():
    raw = ("You may have seen the awesome [fast-\nruby](https://github.com/example/fast-\n"
           "ruby) repo and a [guide to the\ndocumentation](https://docs.example.org/en/\n"
           "latest/#performance) of it, a well-\nknown trick.\n\nIntro [one](https://a.org/x) "
           "and [two](https://b.org/y).\n")
    blocks = split_blocks(raw, markdown=True)
    assert blocks[0].text == ("You may have seen the awesome fast-ruby repo and a guide to the "
                              "documentation of it, a well-known trick.")
    assert blocks[1].text == "Intro one and two."


def test_html2text_bold_is_cut_where_the_page_is_not_read_as_markdown():
    # a page with too few links to be read as markdown still has html2text's "**" marks
    blocks = split_blocks("Menu\n\n**CAIRO -** On a perfectly kept grass field boys train in "
                          "red jerseys.\n\nCall `__init__` and **then** stop; 2 ** 3 stays.")
    assert blocks[1].text.startswith("CAIRO - On a perfectly")
    assert blocks[2].text == "Call `__init__` and then stop; 2 ** 3 stays."
    assert dateline(blocks[1].text) is not None


@pytest.mark.parametrize("text", [
    "NEW YORK (AP) — The Latest on the police shooting of a man in Brooklyn (all times local).",
    "LOS ANGELES (AP) — A film star has shared the first photo of her family of five.",
])
def test_a_one_sentence_lede_with_a_dateline_is_no_headline_candidate(text):
    from newsgraph.clean.headline import candidates
    from newsgraph.clean.page import _title_like

    blocks = split_blocks(f"Police shooting in Brooklyn draws a crowd\n\n{text}\n\n" + "Word " * 40)
    assert candidates(blocks, 1) == [0]
    assert not _title_like(text.rstrip("."))


def test_a_line_a_renderer_broke_before_a_dash_goes_on_its_paragraph():
    # lynx and html2text wrap before a spaced dash too (issue 9); a list after a blank line
    # keeps its items
    raw = ("   By Jane Doe, Staff Writer, three minutes to read WASHINGTON (Reuters)\n"
           "   - President Biden said on Tuesday that the United States would impose\n"
           "   new tariffs on steel and aluminium from several allies in Europe and\n"
           "   Asia, officials told reporters after the meeting in the capital ended.\n\n"
           "   The move drew criticism from allies in Europe and Asia, who said they\n"
           "   would answer with tariffs of their own on American goods, from whiskey\n"
           "   to motorcycles and jeans, within the next few weeks or months at most.\n\n"
           "   Markets in Asia fell on the news and the dollar slipped against the yen\n"
           "   and the euro, while the price of steel in Chicago rose for a fifth day\n"
           "   in a row to its highest level in more than a year, traders said today.\n\n"
           "   - first item of a list\n   - second item of a list\n")
    blocks = split_blocks(raw)
    assert blocks[0].text.endswith("WASHINGTON (Reuters) - President Biden said on Tuesday "
                                   "that the United States would impose new tariffs on steel "
                                   "and aluminium from several allies in Europe and Asia, "
                                   "officials told reporters after the meeting in the capital "
                                   "ended.")
    assert [b.bullet for b in blocks[3:]] == [True, True]


def test_zero_width_marks_around_a_dash_do_not_hide_a_dateline():
    para = "LONDON (Reuters) \u200b—\u200bBritain said on Monday it would cut fuel duty."
    found = dateline(para)
    assert found is not None and para[found.place_start:found.place_end] == "LONDON"


def test_slug_words_match_a_headlines_accented_words():
    from newsgraph.clean.features import _slug_forms, slug_words
    slug = slug_words("https://example.at/lockdown-messen-bleiben-moeglich/")
    assert slug <= _slug_forms(["lockdown", "messen", "bleiben", "möglich"])
    assert "president" in _slug_forms(["président"])


def test_a_rule_of_dashes_longer_than_the_lines_does_not_hide_their_width():
    # lynx-like text filled to ~72 with a rule and a menu row longer than its lines: the
    # width is the one most lines stop short of; a line opening with a quote goes on
    body = ("Rights groups have documented dozens of cases of residents detained for\n"
            "social media posts since 2022, when the region adopted a law on\n"
            '"separatism" and "insulting" its authorities, the report said.\n')
    para = ("The region was plunged into an energy crisis in January last year after\n"
            "its neighbour stopped the transit of gas, and officials have since relied\n"
            "on supplies bought with credits routed through a third country to keep\n"
            "the lights on in the capital and in the towns along the river.\n")
    text = ("Region wire: rights groups say detentions for social media posts have risen sharply "
            "in the last year\n\nPublished by the desk of Region Wire on Tuesday, in the morning "
            "edition, with updates\n\n"
            + "\n".join([para] * 4) + "\n" + body + "\n" + "-" * 78 + "\n"
            "Tags: Region | Rights\n")
    width = wrap_width(text.split("\n"))
    assert width is not None and 70 <= width <= 78
    texts = [b.text for b in split_blocks(text)]
    assert any(t.endswith("its authorities, the report said.") and t.startswith("Rights")
               for t in texts)
    assert "Tags: Region | Rights" in texts  # a rule goes on nothing, nothing goes on it

"""Issue 9: datelines in the forms text renderers (html2text, inscriptis, lynx) leave them.

Hand-built renderer output, shaped as the renderers print the markup news sites use for a
dateline: an agency or a place inside a link on a page with too few links to read as
markdown, html2text's escapes and its space after a bold place, an inline photo whose alt
text a renderer prints at the head of the lede, a dateline set in its own element that a
wrapping renderer ran onto the line above it.
"""

from __future__ import annotations

import pytest

from newsgraph.clean import clean
from newsgraph.clean.blocks import split_blocks
from newsgraph.clean.credits import inner_dateline
from newsgraph.clean.headline import opens_story

LEDE = ("Firefighters battled a blaze at a warehouse near the port on Tuesday after it spread "
        "to two neighbouring buildings, officials said.")
MORE = ("No one was hurt, the fire service said, but the road along the harbour stayed closed "
        "for most of the day while crews cooled the ruins.")


def _page(*lines: str) -> str:
    return "\n\n".join(["Warehouse fire closes harbour road", *lines, MORE])


@pytest.mark.parametrize("line, text", [
    # html2text keeps a link as markdown also where the page has too few to read as markdown
    ("LOS ANGELES ([AP](https://apnews.com/)) — Fire", "LOS ANGELES (AP) — Fire"),
    ("[HARTFORD](/topics/hartford) — Fire", "HARTFORD — Fire"),
    ("![A view of the port](/img/port.jpg) CAIRO - Fire", "A view of the port CAIRO - Fire"),
    # an inline image glued to the text after it: set off by a space, as lynx prints it
    ("![A view of the port.](/img/port.jpg)CAIRO - Fire", "A view of the port. CAIRO - Fire"),
    # html2text escapes a dash that could read as a list marker
    ("WASHINGTON, April 5 (Thomson Reuters Foundation) \\- Fire",
     "WASHINGTON, April 5 (Thomson Reuters Foundation) - Fire"),
    ("\\-- Fire", "-- Fire"),
    # and sets a space between a closing bold or emphasis mark and the stop after it
    ("**MOSCOW** , June 24 (Reuters) - Fire", "MOSCOW, June 24 (Reuters) - Fire"),
    ("The **old** , red warehouse burned.", "The old, red warehouse burned."),
])
def test_renderer_marks_are_cut_from_a_page_without_markdown(line, text):
    assert [b.text for b in split_blocks(line)] == [text]


@pytest.mark.parametrize("lede, place", [
    ("LOS ANGELES ([AP](https://apnews.com/)) — " + LEDE, "LOS ANGELES"),
    ("[HARTFORD](/topics/hartford) — " + LEDE, "HARTFORD"),
    ("WASHINGTON, April 5 (Thomson Reuters Foundation) \\- " + LEDE, "WASHINGTON"),
    ("**MOSCOW** , June 24 (Reuters) - " + LEDE, "MOSCOW"),
    ("![A view of the port.](/img/port.jpg)CAIRO, Egypt (AP) - " + LEDE, "CAIRO, Egypt"),
])
def test_a_dateline_html2text_marked_is_found(lede, place):
    c = clean(_page(lede))
    assert c.dateline is not None and c.dateline.text == place


@pytest.mark.parametrize("paragraph, place, at", [
    # an inline photo's alt text, printed at the head of the lede
    ("A view of the port CAIRO - " + LEDE, "CAIRO", 19),
    ("A view of the port WASHINGTON, April 5 (Thomson Reuters Foundation) - " + LEDE,
     "WASHINGTON", 19),
    # a list marker a text rendering kept
    ("* BEIJING -- " + LEDE, "BEIJING", 2),
])
def test_a_dateline_after_a_short_prefix_on_its_line(paragraph, place, at):
    found = inner_dateline(paragraph)
    assert found is not None and found[0] == at and found[1].place == place


def test_only_a_short_prefix_before_a_lede_opens_so():
    # the dateline after a photo's alt text is taken; capitals inside a line are not
    assert inner_dateline("A view of the port CAIRO - " + LEDE) is not None
    for paragraph in [
        "Talks in GENEVA - Which " + LEDE,  # the capitals go on a sentence
        "A view of the port CAIRO - and " + LEDE,  # no story starts after the dash
        "A view of the port CAIRO - Fire.",  # too short to be a lede
        # past a short prefix only a wire agency vouches for a place in capitals
        "Firefighters from three towns and the port authority were called to the old "
        "quarter of CAIRO - " + LEDE,
    ]:
        assert inner_dateline(paragraph) is None, paragraph


def test_a_lede_after_a_photos_alt_text_is_no_headline():
    assert opens_story("A view of the port CAIRO - " + LEDE)
    assert not opens_story("Warehouse fire closes harbour road")


def test_a_dateline_after_a_photos_alt_text_is_found():
    c = clean(_page("By Jane Roe", "A view of the port CAIRO - " + LEDE))
    assert c.dateline is not None and c.dateline.text == "CAIRO"
    assert c.text[c.dateline.start:c.dateline.end] == "CAIRO"


def test_a_bare_dateline_run_onto_the_line_above_goes_onto_its_lede():
    # lynx joins a line with no blank line between: the dateline in its own <div> under the
    # site's logo and the byline
    blocks = split_blocks("The Courier logo 02/10/2020 Jane Roe HARTFORD —\n\n" + LEDE)
    assert [b.text for b in blocks] == ["The Courier logo 02/10/2020 Jane Roe",
                                        "HARTFORD — " + LEDE]
    c = clean(_page("The Courier logo 02/10/2020 Jane Roe HARTFORD —", LEDE))
    assert c.dateline is not None and c.dateline.text == "HARTFORD"
    # one on a line of its own is joined as before
    assert [b.text for b in split_blocks("BEIRUT —\n\n" + LEDE)] == ["BEIRUT — " + LEDE]



def test_a_dateline_after_a_photos_alt_text_below_a_notice_the_page_kept():
    from newsgraph.clean.article import _find_dateline
    from newsgraph.clean.cleaned import Cleaned
    from newsgraph.record import Paragraph

    notice = ("You are using a browser version with limited support for CSS. To obtain the "
              "best experience, we recommend you use a more up to date browser. In the "
              "meantime, to ensure continued support, we are displaying the site without "
              "styles and JavaScript.")
    lede = "A view of the port CAIRO - " + LEDE
    text = f"{notice}\n\n{lede}"
    c = Cleaned(text=text, paragraphs=[Paragraph(0, len(notice), "body"),
                                       Paragraph(len(notice) + 2, len(text), "body")])
    _find_dateline(c, [])
    assert c.dateline is not None and c.text[c.dateline.start:c.dateline.end] == "CAIRO"


def test_menu_entries_with_blurbs_above_the_story_are_not_its_prose():
    # inscriptis and lynx mark nested list items "+" and "o"; an entry with its blurb can be
    # long and end in a question mark, but the story has not begun above the dateline (two
    # such paragraphs above it stopped the search for one)
    from newsgraph.clean.article import _reads_as_prose
    blurb = ("What does a harbour pilot do all day, and what do new pilots learn in their first "
             "months aboard the tugs and the big container ships that call here every week?")
    assert _reads_as_prose(blurb)
    for marker in ("+", "o", "*", "-"):
        assert not _reads_as_prose(f"{marker} Careers {blurb}")


def test_a_wire_datelines_date_is_the_publication_date_of_a_page_without_one():
    c = clean(_page("QUITO, May 6 (Reuters) - " + LEDE, "© 2025 Andes Daily. All rights "
                    "reserved."))
    assert (str(c.published), c.published_source) == ("2025-05-06", "dateline")
    # with its year the dateline needs no copyright line; without either, no guess
    c = clean(_page("LOS ANGELES, April 05, 2018 (GLOBE NEWSWIRE) -- " + LEDE))
    assert str(c.published) == "2018-04-05"
    assert clean(_page("QUITO, May 6 (Reuters) - " + LEDE)).published is None
    # a date line on the page still wins
    c = clean(_page("Published: 2 May 2025", "QUITO, May 6 (Reuters) - " + LEDE,
                    "© 2025 Andes Daily"))
    assert (str(c.published), c.published_source) == ("2025-05-02", "page")


def test_a_byline_or_a_menu_row_is_never_the_headline():
    from newsgraph.clean.headline import menu_row
    assert menu_row("Home Latest World News Markets Opinion Politics")
    assert not menu_row("Xi Jinping Arrives In Hanoi On State Visit")
    page = ("Menu\n\nHome   Latest   World News   Markets   Opinion   Politics\n\n"
            "Floods cut off villages in northern Peru after days of rain\n\n"
            "By The Associated Press\n\n" + LEDE + "\n\n" + MORE)
    assert clean(page).headline == "Floods cut off villages in northern Peru after days of rain"


def test_a_partys_initials_in_brackets_are_no_wire_credit():
    from newsgraph.clean.credits import inline_agencies
    assert inline_agencies("Lahore: Police fired tear gas at Pakistan Tehreek-e-Insaf (PTI) "
                           "supporters") == []
    assert inline_agencies("Hanoi, Apr 14 (PTI) Chinese President Xi Jinping arrived") == ["PTI"]


@pytest.mark.parametrize("lines, place", [
    # inscriptis prints a drop cap's element end as a space ("<span class=dropcap>A</span>NKARA")
    (["A NKARA (Reuters) - " + LEDE], "ANKARA"),
    (["A nkara, June 24 (Reuters) - " + LEDE], "Ankara"),
    # the dateline in one element and the dash that follows it opening the next
    (["ANKARA (Reuters)", "- " + LEDE], "ANKARA"),
    (["   ANKARA (Reuters)", "   - " + LEDE], "ANKARA"),  # lynx indents both
])
def test_a_dateline_a_renderer_split_from_its_lede_is_found(lines, place):
    c = clean(_page(*lines))
    assert c.dateline is not None and c.dateline.text == place
    assert c.text[c.dateline.start:c.dateline.end] == place


def test_a_dash_html2text_escaped_at_a_paragraph_start_is_text_not_a_list_item():
    page = "\n\n".join(["# Warehouse fire closes harbour road", "  * [Home](/)",
                        "  * [World](/world)", "ANKARA (Reuters)", "\\- " + LEDE, MORE])
    c = clean(page)
    assert c.dateline is not None and c.dateline.text == "ANKARA"


def test_a_lone_capital_that_is_a_word_stays_apart():
    # "A" is a word: glued only when the glued form is the dateline
    blocks = split_blocks("A NATO convoy was hit on Tuesday near the port, officials said.")
    assert blocks[0].text.startswith("A NATO convoy")
    assert [b.text for b in split_blocks("Short line\n\n- " + LEDE)][0] == "Short line"


def test_a_byline_with_a_full_stop_or_a_marked_login_is_no_headline_candidate():
    from newsgraph.clean.headline import candidates

    lines = ["* Sign in", "By Tatyana Turner.", "Voting on the housing authority's future",
             LEDE, MORE]
    blocks = split_blocks("\n\n".join(lines))
    assert [blocks[i].text for i in candidates(blocks, 3)][0] == \
        "Voting on the housing authority's future"


@pytest.mark.parametrize("line, menu", [
    ("The Herald Express e-Paper | Subscribe | Sign In", True),
    ("Myanmar Thailand Cambodia Laos Vietnam Region Opinion", True),  # a regional site's sections
    ("Thailand Cambodia Border Talks Resume", False),
    ("Ukraine war | Live updates", False),
])
def test_navigation_rows_of_countries_or_interface_items_are_no_headline(line, menu):
    from newsgraph.clean.headline import menu_row

    assert menu_row(line) is menu


@pytest.mark.parametrize("line, masthead", [
    ("HORN OBSERVER", True),
    ("Independent news from Ethiopia and the Horn", True),
    ("UKRAINE WAR: RUSSIA STRIKES KYIV AGAIN", False),
    ("News from the front: troops advance near the river", False),
])
def test_a_sites_masthead_or_tagline_is_no_headline(line, masthead):
    from newsgraph.clean.headline import _masthead

    assert _masthead(line) is masthead


def test_an_efe_dateline_with_the_country_in_brackets():
    c = clean(_page("Guayaquil (Ecuador), Jan 30 (EFE).- " + LEDE))
    assert c.dateline is not None and c.dateline.text == "Guayaquil"
    assert "EFE" in c.credits


@pytest.mark.parametrize("lede, prefix, reason", [
    ("A view of the port CAIRO - " + LEDE, "A view of the port", "boilerplate"),
    ("By Jane Doe, Reuters MOSCOW, June 24 (Reuters) - " + LEDE, "By Jane Doe, Reuters",
     "credit_line"),
])
def test_the_story_starts_at_its_dateline(lede, prefix, reason):
    # what a page printed before the dateline on the lede's line is cut, offsets kept true
    c = clean(_page(lede))
    first = next(p for p in c.paragraphs if p.kind == "body")
    assert c.text[first.start:].startswith(c.dateline.text)
    assert c.text[c.dateline.start:c.dateline.end] == c.dateline.text
    assert prefix not in c.text
    cut = next(r for r in c.removed if r.text == prefix)
    assert cut.reason == reason

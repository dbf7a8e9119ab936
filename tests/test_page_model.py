"""The page model on pages given as text (hand-written pages: unit tests, not a measure).

The figures that measure it are in docs/benchmarks.md (`newsgraph eval pages-as-text`, real
pages it never saw); these tests pin the behaviour a reader relies on.
"""

from __future__ import annotations

from datetime import date

import pytest

from newsgraph.clean import clean, page, segment

NAV_PAGE = """Skip to main content

Home | World | Business | Sport | Weather

55°F Clear

Subscribe now: unlimited access for $1 a week

Listen to this article · 3 min

Harbour town counts the cost after week of storms

By Jane Roe

Published: March 14, 2023

PORTSMOUTH (Reuters) - Officials in the harbour town said on Tuesday that the storm had flooded more than two hundred homes and cut power to the old quarter, while crews worked through the night to clear the main roads.

The mayor said schools would stay closed until the water went down and asked residents to keep away from the sea front until the weekend.

"We have never seen water this high," said Tom Field, who has run a café on the quay for thirty years. "The whole street was a river."

Insurers said claims could run into millions of pounds.

Reporting by Jane Roe; Editing by John Smith

Related stories

Storm warnings issued for the south coast

Rail services cut after landslip

Share this article

Facebook Twitter Email

© 2023 Example News. All rights reserved.

Privacy Policy | Terms of Use | Contact Us
"""


def test_model_loads_once_and_labels_every_block():
    model = segment.load()
    assert segment.load() is model
    blocks = page.split_blocks(NAV_PAGE)
    labels = model.labels(blocks)
    assert len(labels) == len(blocks)
    assert labels.count(segment.HEADLINE) <= 1


def test_navigation_is_cut_and_the_story_kept():
    found = page.read(NAV_PAGE)
    kept = [found.blocks[i].text for i in found.kept]
    assert found.blocks[found.headline].text == "Harbour town counts the cost after week of storms"
    assert any(t.startswith("PORTSMOUTH (Reuters)") for t in kept)
    assert any(t.startswith("Insurers said") for t in kept)
    assert not any(t.startswith(("Skip to", "Home |", "Subscribe", "Privacy")) for t in kept)


@pytest.mark.e2e
def test_clean_reads_a_page_as_an_analyst_would():
    cleaned = clean(NAV_PAGE)
    assert cleaned.headline == "Harbour town counts the cost after week of storms"
    assert cleaned.headline_source == "text"
    assert cleaned.dateline is not None and cleaned.dateline.text == "PORTSMOUTH"
    assert "Reuters" in cleaned.credits
    assert "Jane Roe" in cleaned.bylines
    assert cleaned.published == date(2023, 3, 14) and cleaned.published_source == "page"
    assert "Skip to main content" not in cleaned.text
    assert "All rights reserved" not in cleaned.text
    # nothing lost: every input line is in the text, the headline, or removed with a reason
    removed = {r.text for r in cleaned.removed}
    for line in NAV_PAGE.split("\n"):
        if line.strip():
            assert line.strip() in cleaned.text or line.strip() in removed, line


@pytest.mark.e2e
def test_no_title_like_line_means_no_headline_and_a_reason():
    text = ("The council met on Monday and agreed to repair the bridge before winter. "
            "Work will start next month.\n\nThe repairs will cost about two million pounds, "
            "the council said in a statement.\n")
    cleaned = clean(text)
    assert cleaned.headline is None
    assert cleaned.headline_missing


@pytest.mark.e2e
def test_clean_text_with_title_and_date_lines():
    text = ("Northern port reopens after a week of storms and floods\n"
            "March 01, 2008\n"
            "The port reopened on Saturday after a week of storms, officials said.\n"
            "Ships had waited offshore for days while the harbour was closed.\n")
    cleaned = clean(text)
    assert cleaned.headline == "Northern port reopens after a week of storms and floods"
    assert cleaned.published == date(2008, 3, 1) and cleaned.published_source == "page"
    assert "The port reopened on Saturday" in cleaned.text
    assert "Ships had waited offshore" in cleaned.text


@pytest.mark.e2e
def test_url_date_when_the_page_has_none():
    text = ("Harbour reopens\n\nThe harbour reopened on Saturday after a week of storms, "
            "officials said.\n")
    cleaned = clean(text, url="https://news.example.org/2023/03/14/harbour-reopens")
    assert cleaned.published == date(2023, 3, 14) and cleaned.published_source == "url"


def test_headline_candidates_are_never_menus_timers_or_subscriptions():
    from newsgraph.clean import headline

    blocks = page.split_blocks(NAV_PAGE)
    first = next(i for i, b in enumerate(blocks) if b.text.startswith("PORTSMOUTH"))
    texts = [blocks[i].text for i in headline.candidates(blocks, first)]
    assert "Harbour town counts the cost after week of storms" in texts
    assert not any(t.startswith(("Skip to", "Home |", "Subscribe", "Listen to")) for t in texts)


def test_a_page_model_without_its_headline_ranker_is_refused(tmp_path):
    import joblib

    from newsgraph.errors import ModelError

    data = joblib.load(segment.MODEL_PATH)
    data["headline"] = None
    joblib.dump(data, tmp_path / "pages.joblib")
    with pytest.raises(ModelError, match="headline ranker") as info:
        segment.load.__wrapped__(tmp_path / "pages.joblib")
    assert "make train" in str(info.value)


_STORY = ("PORTSMOUTH (Reuters) - Dock workers walked out on Monday in a dispute over pay, "
          "halting ferries to the islands, the union said.\n\n"
          "The port authority said it would meet union leaders on Tuesday and hoped to reopen "
          "the terminal by the end of the week.\n\n"
          "Passengers were told to check with operators before travelling, and some freight "
          "was diverted to Southampton.\n")


@pytest.mark.parametrize("top, title", [
    # the title printed twice, once with a site's name that is no usual site word, under a
    # widget row of the date and the weather
    ("HARBOUR NOW\nNews | Ports | Business\nMonday 14 April 2026 — Portsmouth 12°C\n\n"
     "Dock workers strike over pay, halting island ferries\n"
     "Dock workers strike over pay, halting island ferries | Harbour Now\n\n",
     "Dock workers strike over pay, halting island ferries"),
    # a site's name with its tagline in another language, and the title printed twice, the
    # second copy with a few words more
    ("Skip to content\nHarbour Press | Noticias en inglés desde el sur de Inglaterra\n"
     "HOME • PORTS • BUSINESS\n\nDock workers strike over pay; ferries halted\n\n"
     "Dock workers strike over pay; ferries halted to the islands\n\n",
     "Dock workers strike over pay; ferries halted"),
    # the site's name under a skip link, a trail from the home page ending with the title
    ("Skip to main content\n\nHarbour Report\n\n* Ports\n* Business\n\n"
     "Home / Ports / Dock workers strike over pay, halting island ferries\n\n"
     "Dock workers strike over pay, halting island ferries\n\n",
     "Dock workers strike over pay, halting island ferries"),
])
@pytest.mark.e2e
def test_the_headline_is_the_story_title_not_the_sites_furniture(top, title):
    cleaned = clean(top + _STORY)
    assert cleaned.headline == title
    assert "Passengers were told" in cleaned.text  # (the story kept to its end)


def test_site_lines_at_the_top_are_no_title():
    from newsgraph.clean import headline

    assert headline._site_line("Harbour Press | Noticias en inglés desde el sur de Inglaterra", 1)
    assert headline._site_line("Harbour Report", 1)  # under a skip link
    assert not headline._site_line("Harbour Press | Dock workers strike over pay, halting ferries "
                                   "to the islands", 1)
    assert not headline._site_line("Dock workers strike over pay", 1)


def test_a_title_printed_again_with_words_added_is_printed_twice():
    from newsgraph.clean import headline

    blocks = page.split_blocks("Dock workers strike over pay; ferries halted\n\n"
                               "Dock workers strike over pay; ferries halted to the islands\n\n"
                               "Dock workers walked out on Monday.\n")
    assert headline.printed_twice(blocks, [0, 1]) == 0
    other = page.split_blocks("Dock workers strike over pay\n\n"
                              "Dock workers strike over pay as talks with the port authority "
                              "break down for good\n\nDock workers walked out on Monday.\n")
    assert headline.printed_twice(other, [0, 1]) is None  # (more than a few words added)

"""What the pages show, computed without a server: segments, snippets, map points."""

from __future__ import annotations

import pytest
from web_support import make_record

from newsgraph.record import Record
from newsgraph.web import render
from newsgraph.web.render import _Span


def _spans(*triples: tuple[int, int, str]) -> list[_Span]:
    return [_Span(s, e, f, f, i) for i, (s, e, f) in enumerate(triples)]


@pytest.mark.parametrize("spans,expected", [
    ([], [("abcdefghij", [])]),
    ([(2, 5, "x")], [("ab", []), ("cde", ["x"]), ("fghij", [])]),
    # nested: the inner span comes first in each segment it covers
    ([(0, 10, "q"), (3, 5, "m")], [("abc", ["q"]), ("de", ["m", "q"]), ("fghij", ["q"])]),
    # overlapping, neither inside the other
    ([(0, 4, "a"), (2, 6, "b")], [("ab", ["a"]), ("cd", ["a", "b"]), ("ef", ["b"]),
                                  ("ghij", [])]),
    # a span running past the paragraph is cut at its end
    ([(8, 30, "v")], [("abcdefgh", []), ("ij", ["v"])]),
])
def test_segments_cover_the_text_once(spans: list, expected: list) -> None:
    segs = render.segment("abcdefghij", 0, 10, _spans(*spans))
    assert [(s.text, s.facts) for s in segs] == expected
    assert "".join(s.text for s in segs) == "abcdefghij"


def test_record_view_keeps_every_character_and_fact() -> None:
    rec = make_record()
    rv = render.record_view(rec)
    shown = "\n\n".join("".join(s.text for s in b.segments) for b in rv.blocks)
    assert shown == rec.text
    assert [b.kind for b in rv.blocks] == ["headline", "body"]
    kinds = {f["kind"] for f in rv.facts.values()}
    assert kinds == {"entity", "place", "time", "quote", "event", "issue"}
    # every fact is reachable from a segment
    linked = {f for b in rv.blocks for s in b.segments for f in s.facts}
    assert linked == set(rv.facts)


def test_fact_evidence_points_at_the_text() -> None:
    rec = make_record()
    rv = render.record_view(rec)
    ev = rv.facts["event-0"]["evidence"][0]
    assert rec.text[ev["start"]:ev["end"]] == ev["match"] == (
        "Russian troops had withdrawn from Kharkov.")
    assert rv.facts["ent-e1"]["titles"] == ["Defense Minister"]
    assert rv.facts["quote-0"]["speaker_entity"] == "Oleg Petrenko"
    assert rv.facts["event-0"]["place"] == "Kharkiv"


def test_spans_out_of_range_are_dropped_not_fatal() -> None:
    rec = make_record()
    rec.times[0].end = len(rec.text) + 50
    rv = render.record_view(rec)
    assert not any("time-0" in s.facts for b in rv.blocks for s in b.segments)


def test_trailing_paragraph_break_is_not_highlighted() -> None:
    text = "One sentence.\n\nTwo."
    rec = Record(id="x", text=text)
    rec.events = make_record().events[:1]
    rec.events[0].evidence.start, rec.events[0].evidence.end = 0, 15
    rv = render.record_view(rec)
    marked = [s.text for b in rv.blocks for s in b.segments if s.facts]
    assert marked == ["One sentence."]
    assert rv.facts["event-0"]["evidence"][0]["match"] == "One sentence."


def test_record_without_paragraphs_is_split_on_blank_lines() -> None:
    rv = render.record_view(Record(id="x", text="Head\n\nBody one.\nstill body"))
    assert [("".join(s.text for s in b.segments), b.kind) for b in rv.blocks] == [
        ("Head", "body"), ("Body one.\nstill body", "body")]


@pytest.mark.parametrize("text,start,end,before,after", [
    ("First one. The match is here. Next one.", 15, 20, "The ", " is here."),
    ("match at start, then more", 0, 5, "", " at start, then more"),
    ("Line one\nThe match\nLine three", 13, 18, "The ", ""),
])
def test_snippet_is_the_sentence_around(text: str, start: int, end: int, before: str,
                                        after: str) -> None:
    snip = render.snippet(text, start, end)
    assert (snip["before"], snip["match"], snip["after"]) == (before, text[start:end], after)


@pytest.mark.parametrize("text,marks,html", [
    ("plain words", [], "plain words"),
    ("the troops left", [[4, 10]], "the <mark>troops</mark> left"),
    ("<b>x</b> & y", [[0, 8]], "<mark>&lt;b&gt;x&lt;/b&gt;</mark> &amp; y"),
    # a literal "[Reuters]" in the text is text, not a match (issue 14.4)
    ("[Reuters] troops left", [[10, 16]], "[Reuters] <mark>troops</mark> left"),
    # overlapping or out-of-range offsets are skipped, never garbled
    ("abc", [[0, 2], [1, 3], [2, 9]], "<mark>ab</mark>c"),
])
def test_search_snippet_marks_matches_and_escapes(text: str, marks: list, html: str) -> None:
    assert str(render.snippet_html(text, marks)) == html


@pytest.mark.parametrize("url,ok", [
    ("https://example.org/a", True), ("http://x.y/", True), ("javascript:alert(1)", False),
    (" JavaScript:alert(1)", False), ("data:text/html,hi", False), (None, False), ("", False),
])
def test_safe_url(url: str | None, ok: bool) -> None:
    assert (render.safe_url(url) is not None) is ok


def test_countries_numeric_matches_world_atlas_ids() -> None:
    assert render.countries_numeric(["UA", "us", "UA", None, "XX"]) == ["804", "840"]


def test_timeline_orders_by_date_and_skips_undated() -> None:
    events = [{"type": "B", "time": "2022-05"}, {"type": "A", "time": "2022-05-14T10:00"},
              {"type": "C", "time": None}, {"type": "D", "time": "2021"}]
    got = render.timeline(events)
    assert [(e["type"], e["date"]) for e in got] == [
        ("D", "2021-01-01"), ("B", "2022-05-01"), ("A", "2022-05-14")]


def test_entity_href_quotes_the_name() -> None:
    assert render.entity_href("Lloyd Austin/US") == "/entities/Lloyd%20Austin%2FUS"


@pytest.mark.parametrize("code,name", [("UA", "Ukraine"), ("ru", "Russian Federation"),
                                       ("XX", "XX"), ("Europe", "Europe")])
def test_country_name(code: str, name: str) -> None:
    assert render.country_name(code) == name


# -- issue 14.1: a title for every article, never an id ----------------------------------

@pytest.mark.parametrize("headline,text,title", [
    ("Troops pull back", "whatever", "Troops pull back"),
    (None, "KYIV (AP) — Russian troops withdrew on Saturday. Then more.",
     "Russian troops withdrew on Saturday."),
    ("  ", "May 2, 2013, 1: 12 PM\n\nOfficials met in Geneva on Monday. They talked.",
     "Officials met in Geneva on Monday."),
    (None, "Gen. Mark Milley said the U.S. would help. Later, more.",
     "Gen. Mark Milley said the U.S. would help."),
    (None, "", "Untitled article"),
    (None, "12:30 GMT\n\n", "Untitled article"),
])
def test_display_title_is_the_headline_or_the_first_sentence(headline, text, title) -> None:
    from newsgraph.store.display import display_title

    assert display_title(headline, text) == title


def test_a_long_first_sentence_is_cut_on_a_word_with_an_ellipsis() -> None:
    from newsgraph.store.display import display_title

    text = "The merchant " + "very " * 40 + "long sentence ends here. Next."
    title = display_title(None, text)
    assert title.endswith("…") and len(title) <= 120 and "very very" in title
    assert not title[:-1].endswith(" ") and "ver…" not in title


@pytest.mark.parametrize("stored,shown", [
    ("Troops pull back from Kharkiv", "Troops pull back from Kharkiv"),
    ("", "Untitled story"),
    # an older store's text[:80]: the first line was a timestamp, the cut fell in a word
    ("May 2, 2013, 1: 12 PM\n\nThe company said on Thursday it would soon sell a merchan",
     "The company said on Thursday it would soon sell a…"),
])
def test_story_titles_as_shown(stored: str, shown: str) -> None:
    from newsgraph.store.display import STORED_TITLE_CUT, story_title

    assert len(stored) in (len(shown), 0, STORED_TITLE_CUT)
    assert story_title(stored) == shown


def test_bidi_controls_are_neutralized() -> None:
    from newsgraph.store.display import neutralize_bidi

    assert neutralize_bidi("a\u202eb\u2066c\u200fd") == "a\ufffdb\ufffdc\ufffdd"
    assert neutralize_bidi("plain — “quoted”") == "plain — “quoted”"


# -- issue 14.3: near-duplicates shown once, "also in" ------------------------------------

def _story_with_copies():
    from newsgraph.store.models import (
        ArticleSummary,
        EventSupport,
        QuoteGroup,
        QuoteRef,
        Story,
        StoryEvent,
    )

    arts = [ArticleSummary("orig", "H", "2022-05-14", "Wire"),
            ArticleSummary("copy1", "H", "2022-05-14", "Paper A", duplicate_of="orig"),
            ArticleSummary("copy2", "H", "2022-05-15", "Paper B", duplicate_of="copy1"),
            ArticleSummary("other", "K", "2022-05-15", "Paper C")]
    support = [EventSupport(a, 0, 5, "Troops left.") for a in ("copy1", "orig", "copy2")]
    support.append(EventSupport("other", 0, 5, "Troops left."))
    support.append(EventSupport("orig", 9, 20, "They left again."))
    ev = StoryEvent("RETREAT", "troops", None, None, "2022-05-14",
                    articles=["copy1", "orig", "copy2", "other"], support=support)
    quotes = [QuoteRef(a, "We won the battle", True) for a in ("orig", "copy1", "copy2")]
    quotes.append(QuoteRef("copy1", "A line only the copy has", True))
    quotes.append(QuoteRef("other", "We won the battle", True))
    return Story("S1", "T", None, None, articles=arts, events=[ev],
                 quotes=[QuoteGroup("Petrenko", None, quotes)])


def test_fold_story_lists_republished_evidence_once() -> None:
    story = render.fold_story(_story_with_copies())
    sup = story.events[0].support
    assert [(s.article_id, s.text, s.also_in) for s in sup] == [
        ("orig", "Troops left.", ["copy1", "copy2"]),
        ("other", "Troops left.", []),  # another outlet's own report stays
        ("orig", "They left again.", []),
    ]
    quotes = story.quotes[0].quotes
    assert [(q.article_id, q.text, q.also_in) for q in quotes] == [
        ("orig", "We won the battle", ["copy1", "copy2"]),
        ("copy1", "A line only the copy has", []),
        ("other", "We won the battle", []),
    ]


def test_fold_is_a_no_op_without_duplicates() -> None:
    story = _story_with_copies()
    for a in story.articles:
        a.duplicate_of = None
    folded = render.fold_story(story)
    assert len(folded.events[0].support) == 5 and len(folded.quotes[0].quotes) == 5


@pytest.mark.parametrize("marked,text,marks", [
    ("no marks", "no marks", []),
    ("a \ue000b\ue001 c \ue000dd\ue001", "a b c dd", [[2, 3], [6, 8]]),
    ("[Reuters] \ue000x\ue001", "[Reuters] x", [[10, 11]]),
    ("\ue001 stray \ue000", " stray ", []),
])
def test_split_marks(marked: str, text: str, marks: list) -> None:
    from newsgraph.store.sql import bracketed, split_marks

    assert split_marks(marked) == (text, marks)
    assert bracketed(*split_marks("a \ue000b\ue001 c")) == "a [b] c"

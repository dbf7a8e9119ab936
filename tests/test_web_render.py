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


@pytest.mark.parametrize("raw,html", [
    ("plain words", "plain words"),
    ("the [troops] left", "the <mark>troops</mark> left"),
    ("[<b>x</b>] & y", "<mark>&lt;b&gt;x&lt;/b&gt;</mark> &amp; y"),
])
def test_search_snippet_marks_matches_and_escapes(raw: str, html: str) -> None:
    assert str(render.snippet_html(raw)) == html


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

"""Time expressions: normalization rules, recognition on hand-built Docs, the stage end to end."""

from __future__ import annotations

import datetime as dt

import pytest
import spacy
from shared import EXAMPLE

from newsgraph.times.extract import extract_times, published_date
from newsgraph.times.normalize import normalize
from newsgraph.times.recognize import build_matcher, find_spans, with_preposition

PUB = dt.date(2022, 5, 14)  # a Saturday


@pytest.mark.parametrize("text, value, grain, anchor, type_, mod", [
    ("on Saturday", "2022-05-14", "day", "published", "DATE", None),  # same weekday: that day
    ("on Friday", "2022-05-13", "day", "published", "DATE", None),
    ("Tuesday", "2022-05-10", "day", "published", "DATE", None),
    ("last Saturday", "2022-05-07", "day", "published", "DATE", None),
    ("next Tuesday", "2022-05-17", "day", "published", "DATE", None),
    ("in late February", "2022-02", "month", "published", "DATE", "late"),
    ("mid-June", "2021-06", "month", "published", "DATE", "mid"),  # not after publication
    ("early May", "2022-05", "month", "published", "DATE", "early"),
    ("last week", "2022-W18", "week", "published", "DATE", None),
    ("this month", "2022-05", "month", "published", "DATE", None),
    ("last month", "2022-04", "month", "published", "DATE", None),
    ("last year", "2021", "year", "published", "DATE", None),
    ("earlier this year", "2022", "year", "published", "DATE", None),
    ("the end of the year", "2022", "year", "published", "DATE", "late"),
    ("yesterday", "2022-05-13", "day", "published", "DATE", None),
    ("yesterday morning", "2022-05-13TMO", "time", "published", "TIME", None),
    ("two years ago", "2020", "year", "published", "DATE", None),
    ("three days ago", "2022-05-11", "day", "published", "DATE", None),
    ("last summer", "2021-SU", "season", "published", "DATE", None),
    ("the winter of 2019", "2019-WI", "season", "text", "DATE", None),
    ("the first quarter", "2022-Q1", "quarter", "published", "DATE", None),
    ("the third quarter", "2021-Q3", "quarter", "published", "DATE", None),
    ("the fourth quarter of 2020", "2020-Q4", "quarter", "text", "DATE", None),
    ("the 1990s", "199", "decade", "text", "DATE", None),
    ("the early 2000s", "200", "decade", "text", "DATE", "early"),
    ("2009", "2009", "year", "text", "DATE", None),
    ("May 13, 2022", "2022-05-13", "day", "text", "DATE", None),
    ("Friday, May 13, 2022", "2022-05-13", "day", "text", "DATE", None),
    ("13 May 2022", "2022-05-13", "day", "text", "DATE", None),
    ("May 13", "2022-05-13", "day", "published", "DATE", None),
    ("Dec. 24", "2021-12-24", "day", "published", "DATE", None),
    ("February 2021", "2021-02", "month", "text", "DATE", None),
    ("2022-05-01", "2022-05-01", "day", "text", "DATE", None),
    ("at 3 p.m.", "2022-05-14T15:00", "time", "published", "TIME", None),
    ("10:30 a.m. Friday", "2022-05-13T10:30", "time", "published", "TIME", None),
    ("midnight", "2022-05-14T00:00", "time", "published", "TIME", None),
    ("tonight", "2022-05-14TNI", "time", "published", "TIME", None),
    ("for two weeks", "P2W", "duration", "text", "DURATION", None),
    ("more than two weeks", "P2W", "duration", "text", "DURATION", "more_than"),
    ("weeks", "PXW", "duration", "text", "DURATION", None),
    ("months", "PXM", "duration", "text", "DURATION", None),
    ("the past several months", "PXM", "duration", "text", "DURATION", None),
    ("a decade", "P10Y", "duration", "text", "DURATION", None),
    ("24 hours", "PT24H", "duration", "text", "DURATION", None),
    ("a two-week", "P2W", "duration", "text", "DURATION", None),
    ("every year", "P1Y", "duration", "text", "SET", None),
    ("now", "PRESENT_REF", None, "published", "DATE", None),
    ("Christmas", "2021-12-25", "day", "published", "DATE", None),
])
def test_normalize(text, value, grain, anchor, type_, mod):
    r = normalize(text, PUB)
    assert r is not None
    assert (r.value, r.grain, r.anchor, r.type, r.mod) == (value, grain, anchor, type_, mod)


@pytest.mark.parametrize("text, value", [
    ("on Friday", "2022-05-20"),  # "will meet on Friday": the next one
    ("Saturday", "2022-05-14"),
    ("June", "2022-06"),
    ("March 30", "2023-03-30"),
    ("the third quarter", "2022-Q3"),
])
def test_future_tense_looks_forward(text, value):
    assert normalize(text, PUB, future=True).value == value


@pytest.mark.parametrize("text", ["on Friday", "last week", "late February", "May 13",
                                  "yesterday", "two years ago", "at 3 p.m.", "the summer"])
def test_without_publication_date_relative_stays_unresolved(text):
    r = normalize(text, None)
    assert r is not None and r.value is None and r.anchor is None


@pytest.mark.parametrize("text, value", [("May 13, 2022", "2022-05-13"), ("2009", "2009"),
                                         ("two weeks", "P2W")])
def test_without_publication_date_absolute_still_resolves(text, value):
    assert normalize(text, None).value == value


@pytest.mark.parametrize("text", ["21", "Kharkiv", "the battle", "5.41"])
def test_not_a_time(text):
    assert normalize(text, PUB) is None


@pytest.mark.parametrize("published, date", [("2022-05-14", PUB), ("2022-05-14T09:30:00Z", PUB),
                                             (None, None), ("", None), ("soon", None)])
def test_published_date(published, date):
    assert published_date(published) == date


@pytest.fixture(scope="module")
def blank():
    return spacy.blank("en")


def _spans(nlp, text):
    doc = nlp(text)
    return [with_preposition(s).text for s in find_spans(doc, build_matcher(nlp.vocab))]


@pytest.mark.parametrize("text, expected", [
    ("Ukraine military on Saturday said it won.", ["on Saturday"]),
    ("They spoke on Friday after months of silence.", ["on Friday", "months"]),
    ("The war began in late February.", ["in late February"]),
    ("It is more than two weeks behind schedule.", ["more than two weeks"]),
    ("Vadim Shishimarin, 21, appeared in court.", []),  # an age, not a date
    ("A 45-year-old man was arrested.", []),
    ("He was 30 years old.", []),
    ("The vote on May 13, 2022 was close.", ["on May 13, 2022"]),
    ("Prices rose 5.41 yesterday.", ["yesterday"]),
    ("Sales fell in the fourth quarter of 2021.", ["in the fourth quarter of 2021"]),
    ("They met at 3 p.m. in Kyiv.", ["at 3 p.m."]),
    ("The plant has run since the 1990s.", ["since the 1990s"]),
])
def test_recognition_extents(blank, text, expected):
    assert _spans(blank, text) == expected


def test_extract_without_published_date(blank):
    doc = blank("The call took place on Friday, May 13, 2022, and again on Friday.")
    times = extract_times(doc, build_matcher(blank.vocab), None)
    assert [(t.text, t.value, t.anchor) for t in times] == [
        ("on Friday, May 13, 2022", "2022-05-13", "text"), ("on Friday", None, None)]


def test_offsets_point_into_text(blank):
    text = "Talks resumed on Tuesday. They will continue next week."
    doc = blank(text)
    for t in extract_times(doc, build_matcher(blank.vocab), "2022-05-14"):
        assert text[t.start:t.end] == t.text


def test_future_auxiliary_without_parse(blank):
    doc = blank("The ministers will meet again on Friday.")
    (t,) = extract_times(doc, build_matcher(blank.vocab), "2022-05-14")
    assert t.value == "2022-05-20"


@pytest.fixture(scope="module")
def nlp():
    from newsgraph.pipeline import load_nlp

    return load_nlp(stages=["newsgraph_times"])


def _run(nlp, text, published):
    from newsgraph.clean import Cleaned

    doc = nlp.make_doc(text)
    doc._.article = Cleaned(text=text, published=published)
    return nlp(doc)._.times


@pytest.mark.e2e
@pytest.mark.skipif(not EXAMPLE.exists(), reason="the shared example is not here")
def test_example_article(nlp):
    times = _run(nlp, EXAMPLE.read_text(encoding="utf-8"), "2022-05-14")
    got = {(t.text, t.value) for t in times}
    assert ("on Saturday", "2022-05-14") in got
    assert ("on Friday", "2022-05-13") in got
    assert ("in late February", "2022-02") in got
    by_text = {t.text: t for t in times}
    assert by_text["in late February"].mod == "late"
    for dur in ("weeks", "months", "more than two weeks"):
        assert by_text[dur].type == "DURATION"
    assert all(t.text != "21" for t in times)


@pytest.mark.e2e
@pytest.mark.parametrize("sentence, value", [
    ("The ministers will meet on Friday in Brussels.", "2022-05-20"),
    ("The minister is to visit Kyiv on Tuesday.", "2022-05-17"),
    ("The minister visited Kyiv on Tuesday.", "2022-05-10"),
    ("He plans to travel to Paris on Monday.", "2022-05-16"),
])
def test_tense_of_governing_verb(nlp, sentence, value):
    times = _run(nlp, sentence, "2022-05-14")
    assert [t.value for t in times] == [value]


@pytest.mark.e2e
def test_no_publication_date_never_today(nlp):
    times = _run(nlp, "Officials said on Friday that talks had stalled last week.", None)
    assert times and all(t.value is None and t.anchor is None for t in times)


@pytest.mark.parametrize("text, expected", [
    ("It cost $1 billion a week.", [("a week", "SET", "P1W")]),
    ("The strike lasted a week.", [("a week", "DURATION", "P1W")]),
    ("The pills are taken twice a day.", [("a day", "SET", "P1D")]),
])
def test_rate_is_a_set(blank, text, expected):
    times = extract_times(blank(text), build_matcher(blank.vocab), "2022-05-14")
    assert [(t.text, t.type, t.value) for t in times] == expected


@pytest.mark.parametrize("text, expected", [
    ("The 2019-20 season was cut short.", [("2019", "2019"), ("20", "2020")]),
    ("Since the 2015 bombing, security has been tight.", [("2015", "2015")]),
    ("In the 21st century, things changed.", [("In the 21st century", "20")]),
    ("The Arab Spring began in Tunisia.", []),
    ("Several weeks ago, the plan changed.", [("Several weeks ago", "PAST_REF")]),
    ("The talks ended late Sunday.", [("late Sunday", "2022-05-08")]),
])
def test_more_extents(blank, text, expected):
    times = extract_times(blank(text), build_matcher(blank.vocab), "2022-05-14")
    assert [(t.text, t.value) for t in times] == expected


@pytest.mark.parametrize("text, value, mod", [
    ("the first half of 2021", "2021-H1", None),
    ("the first half of this year", "2022-H1", None),
    ("late last year", "2021", "late"),
    ("last night", "2022-05-13TNI", None),
    ("this past week", "2022-W18", None),
    ("the 21st century", "20", None),
])
def test_normalize_more(text, value, mod):
    r = normalize(text, PUB)
    assert (r.value, r.mod) == (value, mod)


def test_eval_extent_drops_preposition_and_matches_one_to_one():
    from newsgraph.eval.timex import _match, timex_extent
    from newsgraph.record import Time

    text = "It began on Friday."
    ours = timex_extent(Time("on Friday", 9, 18, "2022-05-13", "day", "published"), text)
    assert ours[:2] == (12, 18)
    gold = [{"start": 12, "end": 18, "value": "2022-05-13"},
            {"start": 14, "end": 18, "value": "x"}]
    assert len(_match([ours], gold, strict=True)) == 1
    assert len(_match([ours, ours], gold, strict=False)) == 2


@pytest.mark.parametrize("text, expected", [
    ("She was elected in 2020 and re-elected two years later.",
     [("in 2020", "2020"), ("two years later", "2022")]),
    ("The attack came on March 3, 2021. The following day, troops withdrew.",
     [("on March 3, 2021", "2021-03-03"), ("The following day", "2021-03-04")]),
    ("The following day, troops withdrew.", [("The following day", None)]),  # nothing to count from
])
def test_counted_from_an_earlier_time(blank, text, expected):
    times = extract_times(blank(text), build_matcher(blank.vocab), "2022-05-14")
    assert [(t.text, t.value) for t in times] == expected


@pytest.mark.parametrize("published", [dt.date(2022, 5, 25), dt.datetime(2022, 5, 25, 9),
                                       "2022-05-25", "2022-05-25T09:00:00Z"])
def test_published_date_takes_a_date_or_a_string(published):
    assert published_date(published) == dt.date(2022, 5, 25)


@pytest.mark.e2e
@pytest.mark.parametrize("sentence, value", [
    # the verb's tense and modality decide which weekday is meant (issue 11.4)
    ("The government declared Monday a non-working day.", "2022-05-16"),
    ("He warned that sanctions would follow starting Wednesday.", "2022-05-18"),
    ("Officials said the talks could resume Friday.", "2022-05-20"),
    ("Police declared the area safe on Monday.", "2022-05-09"),
    ("He would have left on Monday.", "2022-05-09"),
    ("The minister says he spoke to the envoy on Tuesday.", "2022-05-10"),
    # an intent's infinitive is ahead, an attempt's is not
    ("The protesters vowed to return on Tuesday.", "2022-05-17"),
    ("Rebels tried to storm the base on Monday.", "2022-05-09"),
    ("He said talks would resume on Friday.", "2022-05-20"),
    # a timetable's present, past the first paragraph; an unknown past form is no present
    ("Fighting went on.\n\nThe ceasefire expires on Sunday.", "2022-05-15"),
    ("Fighting went on.\n\nThe army says it retook the town on Saturday.", "2022-05-14"),
    ("Troops pull back from the city on Friday", "2022-05-13"),
])
def test_tense_and_modality_pick_the_weekday(nlp, sentence, value):
    times = _run(nlp, sentence, dt.date(2022, 5, 14))
    assert [t.value for t in times] == [value]


@pytest.mark.e2e
@pytest.mark.parametrize("sentence, text, value", [
    ("Russia invaded in late February last year.", "in late February last year", "2022-02"),
    ("The vote is due in March next year.", "in March next year", "2024-03"),
    ("He was arrested on Monday last week.", "on Monday last week", "2023-05-01"),
])
def test_a_month_or_weekday_and_its_year_or_week_are_one_expression(nlp, sentence, text,
                                                                       value):
    times = _run(nlp, sentence, dt.date(2023, 5, 14))
    assert [(t.text, t.value) for t in times] == [(text, value)]

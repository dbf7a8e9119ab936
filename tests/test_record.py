"""The record's JSON form: spec field order, and a lossless round trip."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from newsgraph.record import (
    Actor,
    Dateline,
    Entity,
    Event,
    Evidence,
    Geo,
    Issue,
    Mention,
    Paragraph,
    Pipeline,
    Quote,
    Record,
    Removed,
    Source,
    Speaker,
    Time,
)

texts = st.text(max_size=40)
offsets = st.integers(min_value=0, max_value=10_000)
maybe = st.none() | texts

mentions = st.builds(Mention, offsets, offsets, texts)
geos = st.builds(Geo, st.floats(-90, 90), st.floats(-180, 180), texts, maybe, maybe,
                 st.none() | st.integers(1, 10**7), maybe, st.floats(0, 1))
entities = st.builds(Entity, texts, texts, texts, st.lists(mentions, max_size=3),
                     st.lists(texts, max_size=2), maybe, maybe, st.none() | geos,
                     st.none() | st.integers(0, 120), st.lists(mentions, max_size=2))
times = st.builds(Time, texts, offsets, offsets, maybe, maybe, maybe, texts, maybe)
quotes = st.builds(Quote, texts, offsets, offsets, st.booleans(),
                   st.none() | st.builds(Speaker, texts, maybe, st.none() | offsets), maybe)
actors = st.builds(Actor, texts, maybe, maybe, maybe)
events = st.builds(Event, texts, st.builds(Evidence, offsets, offsets), maybe, texts,
                   st.none() | actors, st.none() | actors, maybe, maybe, maybe, st.booleans(),
                   st.floats(0, 1))
records = st.builds(
    Record, id=texts, text=st.text(max_size=200), source=st.builds(Source, maybe, maybe),
    published=maybe, headline=maybe,
    dateline=st.none() | st.builds(Dateline, texts, maybe, st.none() | offsets),
    credits=st.lists(texts, max_size=3),
    paragraphs=st.lists(st.builds(Paragraph, offsets, offsets, texts), max_size=3),
    removed=st.lists(st.builds(Removed, texts, texts, maybe), max_size=3),
    issues=st.lists(st.builds(Issue, texts, offsets, offsets, texts, texts, maybe), max_size=2),
    entities=st.lists(entities, max_size=3), times=st.lists(times, max_size=3),
    quotes=st.lists(quotes, max_size=2), events=st.lists(events, max_size=2),
    pipeline=st.none() | st.builds(Pipeline, texts, maybe))


@given(records)
def test_round_trip_through_json(record):
    data = json.loads(json.dumps(record.to_dict()))
    assert Record.from_dict(data) == record


def test_spec_fields_come_first_in_spec_order():
    keys = list(Record(id="x", text="t").to_dict())
    spec = ["version", "id", "source", "published", "language", "headline", "dateline",
            "credits"]
    assert keys[:len(spec)] == spec
    for key in ("text", "paragraphs", "removed", "issues", "entities", "times", "quotes",
                "events", "pipeline"):
        assert key in keys


def test_unknown_keys_are_ignored():
    data = Record(id="x", text="t").to_dict()
    data["future_field"] = 1
    assert Record.from_dict(data).id == "x"

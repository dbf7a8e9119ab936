"""The own gold articles (tests/fixtures/gold): the scorer on hand-built records, and the
pipeline on the articles (e2e) against floors a little under today's figures."""

from __future__ import annotations

import json

import pytest

from newsgraph.eval import own_gold

TEXT = "Jane Roe, the interior minister, said on Friday that \"we will act\" in Paris."


def record(**parts) -> dict:
    base = {"text": TEXT, "entities": [], "times": [], "quotes": []}
    base.update(parts)
    return base


def person(name, titles=(), country=None, age=None, eid="e1"):
    return {"id": eid, "name": name, "type": "PERSON", "titles": list(titles),
            "country": country, "age": age, "mentions": [{"text": name}]}


GOLD = {
    "people": [{"name": "Jane Roe", "titles": ["interior minister"], "country": "FR",
                "age": None}],
    "places": [{"name": "Paris", "country": "FR", "lat": 48.85, "lon": 2.35}],
    "times": [{"text": "on Friday", "value": "2024-03-08"}],
    "quotes": [{"text": "we will act", "speaker": "Jane Roe", "direct": True},
               {"text": "we will act\" in Paris", "speaker": "Jane Roe", "direct": False}],
}


def test_people_titles_and_country():
    rec = record(entities=[person("Jane Roe", ["interior minister"], "FR"),
                           person("Roe", eid="e2"), person("John Doe", eid="e3")])
    t = own_gold.score_people(rec, GOLD)
    assert (t["people"].tp_p, t["people"].pred, t["people"].tp_r, t["people"].gold) == (1, 3, 1, 1)
    assert (t["titles"].precision, t["titles"].recall) == (1.0, 1.0)
    assert (t["country"].tp_r, t["country"].gold) == (1, 1)


def test_a_wrong_country_counts_against_both():
    t = own_gold.score_people(record(entities=[person("Jane Roe", country="DE")]), GOLD)
    assert (t["country"].precision, t["country"].recall) == (0.0, 0.0)
    assert t["titles"].recall == 0.0


def test_places_within_161_km():
    near = {"id": "e1", "name": "Paris", "type": "GPE", "mentions": [{"text": "Paris"}],
            "geo": {"lat": 48.9, "lon": 2.4}}
    texas = dict(near, geo={"lat": 33.66, "lon": -95.55})
    assert own_gold.score_places(record(entities=[near]), GOLD)["places"].recall == 1.0
    assert own_gold.score_places(record(entities=[texas]), GOLD)["places"].recall == 0.0


def test_times_by_overlap_and_value():
    start = TEXT.index("on Friday")
    right = {"text": "Friday", "start": start + 3, "end": start + 9, "value": "2024-03-08",
             "type": "DATE"}
    t = own_gold.score_times(record(times=[right]), GOLD)["times"]
    assert (t.precision, t.recall) == (1.0, 1.0)
    wrong = dict(right, value="2024-03-01")
    t = own_gold.score_times(record(times=[wrong]), GOLD)["times"]
    assert (t.precision, t.recall) == (0.0, 0.0)


def test_quotes_and_speakers():
    start = TEXT.index("we will act")
    quote = {"text": "we will act", "start": start, "end": start + 11, "direct": True,
             "speaker": {"text": "she", "entity": "e1"}}
    ents = [person("Jane Roe")]
    t = own_gold.score_quotes(record(entities=ents, quotes=[quote]), GOLD)
    assert (t["direct"].recall, t["direct speaker"].recall) == (1.0, 1.0)
    assert t["reported"].recall == 0.0
    quote["speaker"] = {"text": "officials", "entity": None}
    t = own_gold.score_quotes(record(entities=ents, quotes=[quote]), GOLD)
    assert (t["direct"].recall, t["direct speaker"].recall) == (1.0, 0.0)


def test_every_gold_file_is_well_formed():
    files = sorted(own_gold.GOLD_DIR.glob("*.txt"))
    assert len(files) >= 8
    for path in files:
        gold = json.loads(path.with_suffix(".json").read_text())
        text = path.read_text()
        assert gold["published"][:4].isdigit()
        for q in gold["quotes"]:
            assert q["text"].replace('"', "") and q["speaker"]
            assert q["text"] in text, (path.name, q["text"])
        for t in gold["times"]:
            assert t["text"] in text, (path.name, t["text"])


# Floors a little below the figures the rules reach today (a DEV set: they were tuned on it).
FLOORS = {"people": (0.9, 0.9), "titles": (0.9, 0.65), "country": (0.85, 0.8),
          "age": (0.9, 0.85), "places": (0.75, 0.75), "times": (0.9, 0.9),
          "direct": (0.95, 0.95), "direct speaker": (0.9, 0.9), "reported": (0.9, 0.9),
          "reported speaker": (0.9, 0.9)}


@pytest.mark.e2e
def test_own_gold_articles_hold_their_floors():
    totals, per_article = own_gold.evaluate()
    assert len(per_article) >= 8
    low = {k: (round(t.precision, 3), round(t.recall, 3)) for k, t in totals.items()
           if t.precision < FLOORS[k][0] or t.recall < FLOORS[k][1]}
    assert not low, low

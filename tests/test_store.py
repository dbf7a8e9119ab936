"""The store on SQLite and (with NEWSGRAPH_TEST_PG set) PostgreSQL."""

from __future__ import annotations

import threading

import pytest

from newsgraph.store import open_store
from newsgraph.store.testing import make_record

GENEVA = ("Geneva", "CH", 2660646)
KYIV = ("Kyiv", "UA", 703448)


def corpus():
    """Three articles: two outlets on one summit, one unrelated war report."""
    a = make_record("Vladimir Putin and Joe Biden met in Geneva for a summit on arms control. "
                    "The talks lasted four hours at a lakeside villa.",
                    headline="Putin and Biden hold Geneva summit", published="2021-06-16",
                    source="Wire A", people=("Vladimir Putin", "Joe Biden"), places=(GENEVA,),
                    events=("CONSULT",), quotes=(("Joe Biden", "The tone was good"),),
                    titles={"Vladimir Putin": ["President"]})
    b = make_record("Joe Biden said the Geneva summit with Vladimir Putin was constructive; "
                    "arms control talks lasted four hours at the villa.",
                    headline="Biden: Geneva summit with Putin constructive",
                    published="2021-06-17", source="Paper B",
                    people=("Joe Biden", "Vladimir Putin"), places=(GENEVA,),
                    events=("CONSULT",), titles={"Vladimir Putin": ["Russian President"]})
    c = make_record("Shelling hit residential districts of Kyiv overnight, officials said. "
                    "Firefighters worked through the night in the capital.",
                    headline="Shelling hits Kyiv", published="2022-03-01", source="Paper B",
                    places=(KYIV,), events=("ASSAULT",))
    return [a, b, c]


def test_add_is_idempotent_and_round_trips(store):
    recs = corpus()
    first = store.add(recs)
    again = store.add(recs)
    assert sorted(first.added) == sorted(r.id for r in recs)
    assert again.added == [] and sorted(again.existing) == sorted(r.id for r in recs)
    assert store.counts().articles == 3
    assert store.get_article(recs[0].id).to_dict() == recs[0].to_dict()
    assert store.get_article("nope") is None


def test_stories_and_merged_entities(store):
    a, b, c = corpus()
    store.add([a, b, c])
    assert store.update_stories() == 2
    assert store.update_stories() == 2  # recomputing changes nothing
    story_of = {x.id: x.story_id for x in store.articles()}
    assert story_of[a.id] == story_of[b.id] != story_of[c.id]
    summit = store.story(story_of[a.id])
    assert {x.id for x in summit.articles} == {a.id, b.id}
    assert summit.sources == ["Paper B", "Wire A"]
    assert (summit.date_from, summit.date_to) == ("2021-06-16", "2021-06-17")
    consult = [e for e in summit.events if e.type == "CONSULT"]
    assert len(consult) == 2 or sorted(consult[0].articles) == sorted([a.id, b.id])
    assert {p.name for p in summit.people} == {"Vladimir Putin", "Joe Biden"}
    assert summit.places[0].name == "Geneva" and summit.places[0].country == "CH"
    assert summit.quotes[0].speaker == "Joe Biden"
    putin = store.entity("Putin")
    assert putin is not None and putin.name == "Vladimir Putin"
    assert "Putin" in putin.aliases
    assert [t.title for t in putin.titles] == ["President", "Russian President"]
    assert putin.titles[0].first_seen == "2021-06-16"
    assert {x.id for x in putin.articles} == {a.id, b.id}
    assert "Joe Biden" in [x.name for x in putin.cooccurring]
    assert store.entity(putin.id).name == "Vladimir Putin"
    assert store.entity("Nobody At All") is None
    assert store.story("S-missing") is None


def test_short_name_merges_into_the_unique_full_name(store):
    a, b, _ = corpus()
    short = make_record("Putin spoke again on Friday about the summit.", headline="Putin speaks",
                        published="2021-06-18", people=("Putin",))
    store.add([a, b, short])
    store.update_stories()
    page = store.entity("Vladimir Putin")
    assert short.id in {x.id for x in page.articles}
    assert store.counts().entities == 3  # Putin, Biden, Geneva


@pytest.mark.parametrize("kwargs, expected", [
    ({"query": "summit"}, {0, 1}),
    ({"query": "lakeside villa"}, {0}),
    ({"query": '"four hours at the villa"'}, {1}),
    ({"query": "summit OR"}, {0, 1}),
    ({"query": "zebra"}, set()),
    ({"query": "a*b\"(c"}, set()),
    ({"entity": "Joe Biden"}, {0, 1}),
    ({"entity": "Biden"}, {0, 1}),
    ({"place": "Kyiv"}, {2}),
    ({"country": "ch"}, {0, 1}),
    ({"date_from": "2021-06-17", "date_to": "2021-12-31"}, {1}),
    ({"event_type": "assault"}, {2}),
    ({"source": "Paper B"}, {1, 2}),
    ({"query": "summit", "source": "Paper B"}, {1}),
    ({"entity": "Nobody"}, set()),
])
def test_search_filters(store, kwargs, expected):
    recs = corpus()
    store.add(recs)
    store.update_stories()
    kwargs = dict(kwargs)
    query = kwargs.pop("query", None)
    result = store.search(query, **kwargs)
    assert {h.article.id for h in result.hits} == {recs[i].id for i in expected}
    assert result.total == len(expected)


def test_search_snippets_facets_and_paging(store):
    recs = corpus()
    store.add(recs)
    result = store.search("summit", limit=1)
    assert result.total == 2 and len(result.hits) == 1
    assert "[summit]" in result.hits[0].snippet.lower() or "[summit" in result.hits[0].snippet
    page2 = store.search("summit", limit=1, offset=1)
    assert page2.hits[0].article.id != result.hits[0].article.id
    facets = result.facets
    assert {f.value: f.count for f in facets["source"]} == {"Wire A": 1, "Paper B": 1}
    assert {f.value: f.count for f in facets["country"]} == {"CH": 2}
    assert {f.value: f.count for f in facets["event_type"]} == {"CONSULT": 2}
    assert {f.label for f in facets["entity"]} == {"Vladimir Putin", "Joe Biden"}
    assert [f.label for f in facets["place"]] == ["Geneva"]
    assert {f.value for f in facets["date"]} == {"2021-06-16", "2021-06-17"}
    assert result.to_dict()["hits"][0]["article"]["id"] == result.hits[0].article.id


def test_facets_count_the_newest_matches_when_there_are_many(store, monkeypatch):
    import newsgraph.store.sql as sql

    recs = corpus()
    store.add(recs)
    full = store.search("summit")
    assert full.total == 2 and full.facets_counted == 2
    monkeypatch.setattr(sql, "FACET_SAMPLE", 1)
    for kwargs in ({}, {"source": "Wire A"}, {"sort": "date"}):
        sampled = store.search("summit", **kwargs)
        assert sampled.facets_counted == 1 and sampled.total == (1 if kwargs.get("source")
                                                               else 2)
        assert sum(f.count for f in sampled.facets["source"]) == 1
    # the newest matching article is the one counted; hits and the total stay exact
    sampled = store.search("summit")
    newest = max((r for r in recs if "summit" in r.text.lower()),
                 key=lambda r: [r.id for r in recs].index(r.id))
    assert [f.value for f in sampled.facets["source"]] == [newest.source.name]
    assert [h.article.id for h in sampled.hits] == [h.article.id for h in full.hits]


def test_articles_and_iter_records(store):
    recs = corpus()
    store.add(recs)
    store.update_stories()
    assert [a.id for a in store.articles()] == [recs[2].id, recs[1].id, recs[0].id]
    assert [a.id for a in store.articles(source="Wire A")] == [recs[0].id]
    assert [a.id for a in store.articles(limit=1, offset=1)] == [recs[1].id]
    assert {a.id for a in store.articles(entity="Putin")} == {recs[0].id, recs[1].id}
    assert [r.id for r in store.iter_records()] == [r.id for r in recs]
    assert [r.id for r in store.iter_records(date_from="2022-01-01")] == [recs[2].id]
    assert [r.id for r in store.iter_records(ids=[recs[1].id])] == [recs[1].id]


def test_a_failing_write_leaves_nothing_behind(store, monkeypatch):
    a, b, _ = corpus()
    store.add([a])
    before = store.counts()
    real = store._executemany

    def boom(sql, rows):
        if "INTO events" in sql:
            raise RuntimeError("disk on fire")
        return real(sql, rows)

    monkeypatch.setattr(store, "_executemany", boom)
    with pytest.raises(RuntimeError):
        store.add([b])
    monkeypatch.undo()
    assert store.counts() == before
    assert store.get_article(b.id) is None
    assert store.search("constructive").total == 0
    assert store.add([b]).added == [b.id]  # and it can be stored afterwards


def test_readers_work_while_a_writer_writes(tmp_path):
    path = tmp_path / "rw.db"
    writer = open_store(path)
    reader = open_store(path)
    errors = []
    recs = [make_record(f"Article number {i} about Vladimir Putin and the economy.",
                        headline=f"Story {i}", published="2021-01-01", source="S",
                        people=("Vladimir Putin",)) for i in range(120)]

    def write():
        try:
            writer.add(recs)
        except Exception as exc:  # noqa: BLE001
            errors.append(exc)

    t = threading.Thread(target=write)
    t.start()
    seen = []
    while t.is_alive():
        seen.append(reader.counts().articles)
        reader.search("economy", limit=5)
    t.join()
    assert not errors
    assert seen == sorted(seen)  # readers see whole, growing snapshots
    assert reader.counts().articles == 120
    writer.close()
    reader.close()


@pytest.mark.parametrize("url", ["mysql://x/y", "ftp://x"])
def test_unknown_url_is_a_store_error(url):
    from newsgraph.errors import StoreError

    with pytest.raises(StoreError, match="unknown store URL"):
        open_store(url)


def test_sqlite_url_and_not_a_database(tmp_path):
    from newsgraph.errors import StoreError

    s = open_store(f"sqlite:///{tmp_path}/x.db")
    s.close()
    assert (tmp_path / "x.db").exists()
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="newsgraph database"):
        open_store(bad)


def test_entity_lookup_by_last_name_or_part(store):
    rec = make_record("Oleksii Reznikov visited the front.", headline="Visit",
                      published="2022-05-14", people=("Oleksii Reznikov",))
    store.add([rec])
    assert store.entity("Reznikov").name == "Oleksii Reznikov"
    assert store.entity("oleksii").name == "Oleksii Reznikov"
    assert store.entity("Zelensky") is None


def test_the_text_is_stored_once_in_a_row_and_comes_back(store):
    recs = corpus()
    store.add(recs)
    import json

    raw = store._one("SELECT record FROM articles WHERE id = ?", (recs[0].id,))
    stored = json.loads(raw) if isinstance(raw, str) else raw
    assert "text" not in stored and stored["id"] == recs[0].id  # the JSON leaves the text out
    assert store.get_article(recs[0].id).to_dict() == recs[0].to_dict()
    assert [r.to_dict() for r in store.iter_records()] == [r.to_dict() for r in recs]

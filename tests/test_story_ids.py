"""Incremental stories in the store: stable ids, merges that redirect, bounded work (issue 13,
issue 14 point 2). SQLite always, PostgreSQL with NEWSGRAPH_TEST_PG set."""

from __future__ import annotations

from fastapi.testclient import TestClient

from newsgraph.store import open_store
from newsgraph.store.testing import make_record

GENEVA = ("Geneva", "CH", 2660646)
KYIV = ("Kyiv", "UA", 703448)


def summit(n: int, day: str, extra: str = "") -> object:
    return make_record(
        f"Vladimir Putin and Joe Biden met in Geneva for a summit on arms control, report "
        f"{n}. The talks on nuclear arms control lasted four hours at a lakeside villa. {extra}",
        headline=f"Putin and Biden hold Geneva arms control summit ({n})", published=day,
        source=f"Outlet {n}", people=("Vladimir Putin", "Joe Biden"), places=(GENEVA,))


def shelling(n: int, day: str) -> object:
    return make_record(
        f"Shelling hit residential districts of Kyiv overnight, officials said in report {n}. "
        "Firefighters worked through the night in the capital after the shelling.",
        headline=f"Shelling hits Kyiv residential districts ({n})", published=day,
        source=f"Paper {n}", places=(KYIV,))


def story_of(store, record) -> str:
    return next(a.story_id for a in store.articles(limit=200) if a.id == record.id)


def test_a_story_keeps_its_id_when_it_gains_articles(store):
    first = [summit(1, "2021-06-16"), shelling(1, "2021-06-16")]
    store.add(first)
    assert store.update_stories() == 2
    sid = story_of(store, first[0])
    assert sid == "S" + first[0].id
    # a later article, dated *before* the first one, joins without renaming the story
    late = summit(2, "2021-06-15")
    store.add([late])
    assert store.update_stories() == 2
    assert story_of(store, late) == sid == story_of(store, first[0])
    assert store.story(sid).moved_to is None
    assert len(store.story(sid).articles) == 2


def test_unrelated_articles_start_their_own_stories(store):
    store.add([summit(1, "2021-06-16")])
    store.update_stories()
    other = shelling(1, "2021-06-17")
    store.add([other])
    assert store.update_stories() == 2
    assert story_of(store, other) == "S" + other.id


def test_date_window_keeps_a_look_alike_event_apart(store):
    old = summit(1, "2020-01-10")
    store.add([old])
    store.update_stories()
    again = summit(2, "2021-06-16")  # the same words a year and a half later
    store.add([again])
    assert store.update_stories() == 2
    assert story_of(store, again) != story_of(store, old)


def test_merged_story_redirects_to_the_survivor(store):
    # two halves of one story arrive in separate ingests, far apart in words ...
    a = make_record("Negotiators from both delegations met in Geneva on Monday to discuss "
                    "prisoner exchanges and a ceasefire line along the river.",
                    headline="Geneva talks open", published="2022-03-01", source="A",
                    places=(GENEVA,))
    b = make_record("Officials confirmed that the ceasefire line would follow the river and "
                    "that prisoners would be released in stages next week.",
                    headline="Ceasefire line agreed", published="2022-03-02", source="B")
    store.add([a])
    store.update_stories()
    store.add([b])
    store.update_stories()
    sa, sb = story_of(store, a), story_of(store, b)
    assert sa != sb  # too few shared words to be one story yet
    # ... then articles that tell both halves come in and bring them together
    bridges = [make_record("Negotiators in Geneva agreed the ceasefire line would follow "
                           f"the river; prisoners will be released in stages (report {i}). "
                           "Both delegations met on Monday to discuss prisoner exchanges.",
                           headline=f"Geneva talks agree ceasefire line and prisoner "
                                    f"exchanges ({i})",
                           published="2022-03-03", source=f"C{i}", places=(GENEVA,))
               for i in range(4)]
    store.add(bridges)
    store.update_stories()
    now_a, now_b = story_of(store, a), story_of(store, b)
    assert now_a == now_b
    assert now_a in (sa, sb)  # the survivor kept its id
    gone = sb if now_a == sa else sa
    moved = store.story(gone)
    assert moved is not None and moved.moved_to == now_a and moved.id == now_a
    assert store.story_redirect(gone) == now_a
    assert {x.id for x in moved.articles} >= {a.id, b.id}


def test_update_reads_only_the_new_articles_and_their_candidates(store, monkeypatch):
    olds = [shelling(i, f"2021-0{1 + i % 9}-1{i % 10}") for i in range(30)]
    store.add(olds)
    store.update_stories()
    seen: list[int] = []
    real = store._features_of

    def spy(ids):
        seen.append(len(ids))
        return real(ids)

    monkeypatch.setattr(store, "_features_of", spy)
    store.add([summit(1, "2021-06-16")])
    store.update_stories()
    # the new article, then the members of candidate stories: none of the 30 shelling reports
    # is within the date window and about the summit
    assert sum(seen) <= 5


def test_rerun_changes_nothing(store):
    recs = [summit(1, "2021-06-16"), summit(2, "2021-06-17"), shelling(1, "2021-06-17")]
    store.add(recs)
    store.update_stories()
    before = [(a.id, a.story_id) for a in store.articles()]
    titles = [(s.id, s.title, s.n_articles) for s in store.stories()]
    assert store.update_stories() == 2
    assert [(a.id, a.story_id) for a in store.articles()] == before
    assert [(s.id, s.title, s.n_articles) for s in store.stories()] == titles


def test_web_redirects_a_merged_story(tmp_path):
    from newsgraph.web import create_app

    path = tmp_path / "web.db"
    with open_store(path) as s:
        a = summit(1, "2021-06-16")
        s.add([a])
        s.update_stories()
        sid = story_of(s, a)
        # a merge as update_stories records it
        with s._transaction():
            s._execute("INSERT INTO story_redirects (old_id, new_id) VALUES (?, ?)",
                       ("S-old", sid))
    with TestClient(create_app(str(path))) as client:
        page = client.get("/stories/S-old", follow_redirects=False)
        assert page.status_code == 301
        assert page.headers["location"] == f"/stories/{sid}"
        assert client.get(f"/stories/{sid}").status_code == 200
        api = client.get("/api/stories/S-old")
        assert api.status_code == 200
        assert api.json()["moved_to"] == sid and api.json()["id"] == sid
        assert client.get(f"/api/stories/{sid}").json()["moved_to"] is None
        assert client.get("/api/stories/S-nowhere").status_code == 404


def test_a_store_from_before_the_topic_index_is_indexed_once(store):
    first = summit(1, "2021-06-16")
    store.add([first, shelling(1, "2021-06-16")])
    store.update_stories()
    sid = story_of(store, first)
    with store._transaction():  # as an older newsgraph left it: stories, no topic index
        store._execute("DELETE FROM story_lsh")
    late = summit(2, "2021-06-17")
    store.add([late])
    store.update_stories()
    assert store._one("SELECT COUNT(DISTINCT article_id) FROM story_lsh") == 3
    assert story_of(store, late) == sid == story_of(store, first)


def summit_follow_up(day: str) -> object:
    """The summit in other words (not a near-duplicate of ``summit``)."""
    return make_record(
        "A day after the Geneva summit, Joe Biden said arms control talks with Vladimir Putin "
        "would go on; Putin called the summit constructive and the arms control talks useful.",
        headline="Biden and Putin say Geneva summit opens arms control talks", published=day,
        source="Wire", people=("Vladimir Putin", "Joe Biden"), places=(GENEVA,))


def test_undated_articles_stay_in_every_window(store, monkeypatch):
    from newsgraph.stories import incremental

    # an undated story, then a dated article on another topic (a feed may mix them)
    undated = [summit(1, None), summit(2, None)]
    store.add(undated)
    store.update_stories()
    store.add([shelling(1, "2021-06-16")])
    store.update_stories()
    sid = story_of(store, undated[0])
    # the new article shares no band with anything: only the recent articles of its window,
    # the undated ones among them (as in MemoryStories), can bring the story into the local set
    monkeypatch.setattr(incremental, "bands", lambda sig: [])
    late = summit_follow_up("2021-06-17")
    store.add([late])
    store.update_stories()
    assert story_of(store, late) == sid == story_of(store, undated[1])


def test_memory_stories_keep_undated_articles_the_same_way(monkeypatch):
    from newsgraph.stories import incremental
    from newsgraph.stories.entities import entity_id

    def features(record) -> incremental.ArticleFeatures:
        return incremental.ArticleFeatures(
            id=record.id, text=record.text, headline=record.headline or "",
            day=record.published,
            entities={entity_id(e): float(len(e.mentions)) for e in record.entities})

    first, second = features(summit(1, None)), features(summit(2, None))
    corpus = incremental.MemoryStories()
    corpus.add([first, second])
    corpus.add([features(shelling(1, "2021-06-16"))])
    monkeypatch.setattr(incremental, "bands", lambda sig: [])
    late = features(summit_follow_up("2021-06-17"))
    corpus.add([late])
    assert corpus.story_of[late.id] == corpus.story_of[first.id] == corpus.story_of[second.id]

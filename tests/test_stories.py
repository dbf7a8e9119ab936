"""Near-duplicates, story clustering and cross-article entity identity (no model needed)."""

from __future__ import annotations

import random

import pytest

from newsgraph.eval.stories import _republish, b_cubed
from newsgraph.record import Entity, Geo
from newsgraph.stories import dedup
from newsgraph.stories.cluster import ArticleFeatures, cluster_articles
from newsgraph.stories.entities import entity_key, merge_short_names, normalize_name

WIRE = ("Rescue teams searched through the rubble of collapsed buildings on Sunday after a "
        "magnitude 6.4 earthquake struck the northern province overnight, killing at least 37 "
        "people and injuring hundreds more, the national disaster agency said. The quake hit "
        "at a shallow depth of ten kilometres near the town of Melrose, shaking homes as far "
        "as the capital. Aftershocks continued into the morning and officials warned that the "
        "toll could rise as crews reached remote mountain villages cut off by landslides.")
OTHER = ("The central bank raised its benchmark interest rate by half a percentage point on "
         "Thursday, its third increase this year, as policymakers moved to cool inflation that "
         "has reached its highest level in four decades. The governor told reporters that "
         "further increases were likely and that the bank would watch wages closely. Markets "
         "had expected the move and the currency was little changed after the announcement.")


def _sig(text: str):
    return dedup.signature(text)


def _same(a: str, b: str) -> bool:
    sa, sb = _sig(a), _sig(b)
    return bool(set(dedup.bands(sa)) & set(dedup.bands(sb))) and \
        dedup.similarity(sa, sb) >= dedup.THRESHOLD


@pytest.mark.parametrize("other, same", [
    (WIRE, True),
    (WIRE.replace("Sunday", "Sunday morning").replace("said", "stated"), True),
    (WIRE + " Share this article. Sign up for our newsletter. All rights reserved.", True),
    (WIRE.rsplit(".", 2)[0] + ".", True),  # last sentence cut by an editor
    (OTHER, False),
    (WIRE.split(".")[0] + ". " + OTHER, False),  # same lede, different article
])
def test_near_duplicates(other, same):
    assert _same(WIRE, other) is same


def test_body_text_ignores_a_changed_headline():
    assert dedup.body_text("Old title\n\nBody", "Old title") == "\n\nBody"
    assert dedup.body_text("Body only", "Elsewhere") == "Body only"


def test_republished_pairs_are_detected():
    rng = random.Random(1)
    text = "Quake kills 37 in north\n" + WIRE.replace(". ", ".\n")
    assert _same(dedup.body_text(text, None), _republish(text, rng))


def test_signature_round_trips_through_bytes():
    sig = _sig(WIRE)
    assert (dedup.from_bytes(dedup.to_bytes(sig)) == sig).all()
    assert len(dedup.bands(sig)) == dedup.BANDS


def feat(i, text, day=None, ents=(), dup=None):
    return ArticleFeatures(id=f"a{i}", text=text, headline="", day=day,
                           entities={e: 1.0 for e in ents}, duplicate_of=dup)


QUAKE = ["Earthquake of magnitude 6.4 kills 37 in Melrose province; rescuers search rubble",
         "Melrose earthquake death toll rises to 37 as rescuers dig through rubble",
         "Aftershocks rattle Melrose after deadly 6.4 earthquake, rubble search continues"]
BANK = ["Central bank raises interest rate half point to fight inflation, governor says",
        "Governor signals more interest rate increases after central bank hike on inflation"]


def test_cluster_groups_stories_and_keeps_unrelated_apart():
    items = [feat(i, t, "2023-02-06", ["E_melrose"]) for i, t in enumerate(QUAKE)]
    items += [feat(10 + i, t, "2023-02-09", ["E_bank"]) for i, t in enumerate(BANK)]
    clusters = cluster_articles(items)
    assert sorted(clusters) == [["a0", "a1", "a2"], ["a10", "a11"]]


def test_cluster_is_order_independent():
    items = [feat(i, t, "2023-02-06") for i, t in enumerate(QUAKE + BANK)]
    assert cluster_articles(items) == cluster_articles(list(reversed(items)))


def test_date_window_splits_look_alike_events():
    items = [feat(0, QUAKE[0], "2023-02-06"), feat(1, QUAKE[1], "2023-02-07"),
             feat(2, QUAKE[2], "2024-08-01")]
    assert sorted(cluster_articles(items)) == [["a0", "a1"], ["a2"]]


def test_near_duplicates_always_share_a_story():
    items = [feat(0, QUAKE[0]), feat(1, BANK[0], dup="a0")]
    assert cluster_articles(items) == [["a0", "a1"]]


@pytest.mark.parametrize("name, norm", [
    ("Volodymyr Zelenskyy", "volodymyr zelenskyy"),
    ("JOSÉ  Martí", "jose marti"),
    ("Putin's", "putin"),
    ("U.S.", "u s"),
])
def test_normalize_name(name, norm):
    assert normalize_name(name) == norm


@pytest.mark.parametrize("a, b, same", [
    (Entity("e1", "Mr. Joe Biden", "PERSON"), Entity("e9", "Joe Biden", "PERSON"), True),
    (Entity("e1", "President Joe Biden", "PERSON"), Entity("e9", "JOE BIDEN", "PERSON"), True),
    (Entity("e1", "Joe Biden", "PERSON"), Entity("e9", "Jill Biden", "PERSON"), False),
    (Entity("e1", "Jordan", "PERSON"), Entity("e9", "Jordan", "GPE"), False),
    (Entity("e1", "Kyiv", "GPE", geo=Geo(50.4, 30.5, "city", "UA", geonameid=703448)),
     Entity("e2", "Kiev", "GPE", geo=Geo(50.4, 30.5, "city", "UA", geonameid=703448)), True),
    (Entity("e1", "the United Nations", "ORG"), Entity("e2", "United Nations", "ORG"), True),
])
def test_entity_keys_across_articles(a, b, same):
    assert (entity_key(a) == entity_key(b)) is same


def test_short_names_merge_only_when_unambiguous():
    people = [("p1", "Oleksii Reznikov"), ("p2", "Reznikov"), ("p3", "Joe Biden"),
              ("p4", "Jill Biden"), ("p5", "Biden")]
    assert merge_short_names(people) == {"p2": "p1"}


@pytest.mark.parametrize("pred, p, r", [
    ({"a": 1, "b": 1, "c": 2, "d": 2}, 1.0, 1.0),
    ({"a": 1, "b": 1, "c": 1, "d": 1}, 0.5, 1.0),
    ({"a": 1, "b": 2, "c": 3, "d": 4}, 1.0, 0.5),
])
def test_b_cubed(pred, p, r):
    gold = {"a": "x", "b": "x", "c": "y", "d": "y"}
    got = b_cubed({k: str(v) for k, v in pred.items()}, gold)
    assert got[:2] == pytest.approx((p, r))


def test_small_groups_join_the_closest_large_story_only_when_close():
    import numpy as np

    from newsgraph.stories.cluster import attach_small

    sim = np.full((6, 6), 0.05)
    sim[np.ix_([0, 1, 2, 3], [0, 1, 2, 3])] = 0.5
    sim[4, :4] = sim[:4, 4] = 0.2  # a brief on the same story
    groups = [[0, 1, 2, 3], [4], [5]]  # 5 is unrelated
    assert sorted(map(sorted, attach_small(groups, sim, small=1, attach=0.15))) == \
        [[0, 1, 2, 3, 4], [5]]


@pytest.mark.parametrize("recent, candidates, sizes, budget, expected", [
    (["s1", "s2", "s1", "s3"], [], {"s1": 2, "s2": 1, "s3": 4}, 10, ["s1", "s2", "s3"]),
    (["s1", "s2"], ["s1"], {"s1": 2, "s2": 1}, 10, ["s2"]),  # a candidate is not listed twice
    (["big", "s2"], [], {"big": 9, "s2": 3}, 5, ["s2"]),  # too large for the budget: passed over
    (["huge"], [], {"huge": 10_000}, 60, ["huge"]),  # counts MAX_STORY_MEMBERS articles at most
    ([], ["s1"], {}, 10, []),
])
def test_neighbour_stories(recent, candidates, sizes, budget, expected):
    from newsgraph.stories.incremental import MAX_STORY_MEMBERS, neighbour_stories

    assert MAX_STORY_MEMBERS <= 60
    assert neighbour_stories(recent, candidates, sizes, budget) == expected


def test_a_story_the_lsh_misses_is_found_among_the_neighbours(monkeypatch):
    from newsgraph.stories import incremental

    corpus = incremental.MemoryStories()
    corpus.add([feat(i, t, "2023-02-06", ["E_melrose"]) for i, t in enumerate(QUAKE[:2])]
               + [feat(5 + i, t, "2023-02-06", ["E_bank"]) for i, t in enumerate(BANK)])
    quake = corpus.story_of["a0"]
    assert corpus.story_of["a1"] == quake != corpus.story_of["a5"]
    # the new article shares no LSH band with anything: only the neighbour stories (the
    # stories of recent articles in the window) can bring its story into the local set
    monkeypatch.setattr(incremental, "bands", lambda sig: [])
    corpus.add([feat(2, QUAKE[2], "2023-02-07", ["E_melrose"])])
    assert corpus.story_of["a2"] == quake
    assert corpus.story_of["a5"] == corpus.story_of["a6"] != quake


@pytest.mark.parametrize("day, inside", [
    ("2023-02-06", True), ("2023-01-20", True), ("2023-01-09", False), ("2023-03-15", True),
    ("2023-03-29", False), (None, True)])
def test_chunk_window_spans_the_chunk(day, inside):
    from newsgraph.stories.incremental import chunk_window, day_number

    window = chunk_window([day_number("2023-01-20"), None, day_number("2023-03-05")])
    assert window(day_number(day)) is inside
    assert chunk_window([None])(day_number("1999-01-01"))


def test_issue_13_an_article_dated_inside_its_chunk_sees_its_story():
    from newsgraph.stories import incremental

    corpus = incremental.MemoryStories()
    corpus.add([feat(i, t, "2023-02-06", ["E_melrose"]) for i, t in enumerate(QUAKE[:2])])
    quake = corpus.story_of["a0"]
    # one ingest holds an article on the quake and others a year before and after it: the
    # quake story's articles are in the chunk's window though far from its first and last day
    corpus.add([feat(2, QUAKE[2], "2023-02-07", ["E_melrose"]),
                feat(5, BANK[0], "2022-02-01", ["E_bank"]),
                feat(6, BANK[1], "2024-02-01", ["E_bank"])])
    assert corpus.story_of["a2"] == quake

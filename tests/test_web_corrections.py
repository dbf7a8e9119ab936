"""Issue 14.7, analysts' corrections: kept apart from the machine's record, audited, applied
in pages, the API and exports, and anchored in the text so a re-analysis keeps them."""

from __future__ import annotations

import json
import re

import pytest
from fastapi.testclient import TestClient
from web_support import make_record, make_store

from newsgraph.errors import InputError
from newsgraph.record import Record
from newsgraph.store import corrections as fixes
from newsgraph.store import open_store
from newsgraph.store.models import Correction
from newsgraph.web import create_app

KHARKIV_ID = 706483
KYIV_ID = 703448


def _c(cid: int, kind: str, target: dict, action: str, changes: dict | None = None,
       retracts: int | None = None) -> Correction:
    return Correction(cid, "a1", kind, target, action, changes or {}, "ana", None, "t",
                      retracts)


def _reanalyzed(rec: Record) -> Record:
    """The same text analyzed again: other local ids, facts in another order."""
    again = Record.from_dict(rec.to_dict())
    rename = {e.id: f"x{i}" for i, e in enumerate(reversed(again.entities))}
    for e in again.entities:
        e.id = rename[e.id]
    again.entities.reverse()
    for q in again.quotes:
        if q.speaker and q.speaker.entity:
            q.speaker.entity = rename[q.speaker.entity]
    for ev in again.events:
        ev.place = rename.get(ev.place, ev.place)
    again.events.insert(0, type(again.events[0])("CONSULT", type(again.events[0].evidence)(0, 5)))
    return again


# -- the pure part: selectors, checks, apply -----------------------------------------------

def test_selectors_point_at_the_text_not_the_ids() -> None:
    rec = make_record()
    assert fixes.selector(rec, "entity", {"entity": "e1"}) == {
        "name": "Oleg Petrenko", "type": "PERSON", "start": rec.text.index("Oleg Petrenko"),
        "end": rec.text.index("Oleg Petrenko") + 13}
    sel = fixes.selector(rec, "event", {"event": 0})
    assert rec.text[sel["start"]:sel["end"]] == "Russian troops had withdrawn from Kharkov."
    assert fixes.selector(rec, "place", {"entity": "e9"})["name"] == "Kharkiv"


@pytest.mark.parametrize("kind,target,words", [
    ("entity", {"entity": "nope"}, "no entity"),
    ("place", {"entity": "e1"}, "not resolved to a place"),
    ("event", {"event": 5}, "no event"),
    ("event", {"event": "0"}, "no event"),
    ("thing", {}, "unknown kind"),
])
def test_selector_refuses_what_is_not_there(kind: str, target: dict, words: str) -> None:
    with pytest.raises(InputError, match=words):
        fixes.selector(make_record(), kind, target)


@pytest.mark.parametrize("kind,action,changes,words", [
    ("entity", "maybe", {}, "unknown action"),
    ("entity", "wrong", {"type": "ORG"}, "changes nothing"),
    ("entity", "correct", {}, "changes type, name, country"),
    ("entity", "correct", {"geonameid": 1}, "not geonameid"),
    ("entity", "correct", {"type": "DOG"}, "unknown entity type"),
    ("event", "correct", {"type": "PARTY"}, "unknown event type"),
    ("place", "correct", {"lat": 91, "lon": 0}, "out of range"),
    ("place", "correct", {"lat": 10}, "both lat and lon"),
    ("place", "correct", {"geonameid": 999999999}, "not in the offline gazetteer"),
    ("entity", "correct", {"country": "Ukraine"}, "ISO code"),
])
def test_changes_are_checked(kind: str, action: str, changes: dict, words: str) -> None:
    with pytest.raises(InputError, match=words):
        fixes.check_changes(kind, action, changes)


def test_a_geonames_id_is_filled_in_offline() -> None:
    got = fixes.check_changes("place", "correct", {"geonameid": str(KYIV_ID)})
    assert got["geonameid"] == KYIV_ID and got["country"] == "UA"
    assert got["name"] in ("Kyiv", "Kiev") and 50 < got["lat"] < 51


def test_apply_wrong_entity_unlinks_what_pointed_at_it() -> None:
    rec = make_record()
    sel = fixes.selector(rec, "entity", {"entity": "e9"})
    fixed, report = fixes.apply(rec, [_c(1, "entity", sel, "wrong")])
    assert [e.id for e in fixed.entities] == ["e1"] and fixed.events[0].place is None
    assert report.removed == [1] and rec.entities[1].id == "e9"  # the input is untouched


def test_apply_corrections_of_each_kind() -> None:
    rec = make_record()
    place = fixes.selector(rec, "place", {"entity": "e9"})
    person = fixes.selector(rec, "entity", {"entity": "e1"})
    event = fixes.selector(rec, "event", {"event": 0})
    kyiv = fixes.check_changes("place", "correct", {"geonameid": KYIV_ID})
    fixed, report = fixes.apply(rec, [
        _c(1, "place", place, "correct", kyiv),
        _c(2, "entity", person, "correct", {"type": "ORG"}),
        _c(3, "event", event, "correct", {"type": "ASSAULT", "actor1": "Ukrainian forces"})])
    geo = fixed.entities[1].geo
    assert geo.geonameid == KYIV_ID and geo.confidence == 1.0 and 50 < geo.lat < 51
    assert fixed.entities[0].type == "ORG"
    ev = fixed.events[0]
    assert ev.type == "ASSAULT" and ev.actor1.text == "Ukrainian forces"
    assert ev.actor1.entity is None and ev.actor1.country is None
    assert report.changed == {"ent-e9": [1], "ent-e1": [2], "event-0": [3]}


def test_later_corrections_win_and_retractions_restore() -> None:
    rec = make_record()
    sel = fixes.selector(rec, "event", {"event": 0})
    log = [_c(1, "event", sel, "correct", {"type": "ASSAULT"}),
           _c(2, "event", sel, "correct", {"type": "COERCE"})]
    assert fixes.apply(rec, log)[0].events[0].type == "COERCE"
    log.append(_c(3, "event", sel, "retract", retracts=2))
    assert fixes.apply(rec, log)[0].events[0].type == "ASSAULT"
    log.append(_c(4, "event", sel, "retract", retracts=1))
    assert fixes.apply(rec, log)[0].events[0].type == "RETREAT"


def test_corrections_survive_a_reanalysis_with_new_ids_and_order() -> None:
    rec = make_record()
    log = [_c(1, "entity", fixes.selector(rec, "entity", {"entity": "e1"}), "correct",
              {"type": "ORG"}),
           _c(2, "event", fixes.selector(rec, "event", {"event": 0}), "wrong")]
    again = _reanalyzed(rec)
    fixed, report = fixes.apply(again, log)
    person = next(e for e in fixed.entities if e.name == "Oleg Petrenko")
    assert person.type == "ORG" and person.id != "e1"
    assert [e.type for e in fixed.events] == ["CONSULT"]  # the new one stays, RETREAT goes
    assert report.unmatched == []


def test_a_correction_that_no_longer_matches_touches_nothing() -> None:
    rec = make_record()
    sel = fixes.selector(rec, "event", {"event": 0})
    other = make_record(body="Completely different words about a summit in Geneva.")
    fixed, report = fixes.apply(other, [_c(1, "event", sel, "wrong")])
    assert report.unmatched == [1] and fixed.to_dict() == other.to_dict()


# -- the store, the API, the page, exports -----------------------------------------------

@pytest.fixture
def store_url(tmp_path) -> str:
    return make_store(tmp_path / "fix.db", [make_record("a1"), make_record("b2", body=(
        "LONDON (AP) — Officials met in London on Monday to talk about trade."))])


@pytest.fixture
def client(store_url: str):
    with TestClient(create_app(store_url)) as c:
        yield c


def _post(client: TestClient, body: dict, article: str = "a1"):
    return client.post(f"/api/articles/{article}/corrections", json=body)


def test_api_correct_read_audit_and_retract(client: TestClient) -> None:
    r = _post(client, {"kind": "event", "target": {"event": 0}, "action": "correct",
                       "changes": {"type": "assault"}, "author": "Ana", "note": "it was fire"})
    assert r.status_code == 201
    made = r.json()
    assert made["action"] == "correct" and made["changes"] == {"type": "ASSAULT"}
    assert made["target"]["type"] == "RETREAT" and made["author"] == "Ana" and made["created"]
    assert client.get("/api/articles/a1").json()["events"][0]["type"] == "ASSAULT"
    assert client.get("/api/articles/a1?machine=true").json()["events"][0]["type"] == "RETREAT"
    log = client.get("/api/articles/a1/corrections").json()["items"]
    assert [(c["id"], c["applied"]) for c in log] == [(made["id"], True)]
    r = client.post(f"/api/corrections/{made['id']}/retract", json={"author": "Bo"})
    assert r.status_code == 201 and r.json()["retracts"] == made["id"]
    log = client.get("/api/articles/a1/corrections").json()["items"]
    assert [c["action"] for c in log] == ["correct", "retract"]
    assert log[0]["retracted_by"] == log[1]["id"] and log[1]["author"] == "Bo"
    assert client.get("/api/articles/a1").json()["events"][0]["type"] == "RETREAT"


def test_wrong_place_and_other_place(client: TestClient) -> None:
    assert _post(client, {"kind": "place", "target": {"entity": "e9"}, "action": "correct",
                          "changes": {"geonameid": KYIV_ID}, "author": "Ana"}).status_code == 201
    ent = next(e for e in client.get("/api/articles/a1").json()["entities"] if e["id"] == "e9")
    assert ent["geo"]["geonameid"] == KYIV_ID
    assert _post(client, {"kind": "entity", "target": {"entity": "e1"}, "action": "wrong",
                          "author": "Ana"}).status_code == 201
    rec = client.get("/api/articles/a1").json()
    assert [e["id"] for e in rec["entities"]] == ["e9"]
    assert rec["quotes"][0]["speaker"]["entity"] is None


@pytest.mark.parametrize("body,status,words", [
    ({"kind": "entity", "target": {"entity": "zz"}, "action": "wrong", "author": "A"}, 422,
     "no entity"),
    ({"kind": "event", "target": {"event": 0}, "action": "correct", "changes": {"type": "X"},
      "author": "A"}, 422, "unknown event type"),
    ({"kind": "event", "target": {"event": 0}, "action": "wrong", "author": ""}, 422,
     "author"),
    ({"kind": "bogus", "target": {}, "action": "wrong", "author": "A"}, 422, "kind"),
])
def test_bad_corrections_are_422_and_store_nothing(client: TestClient, body: dict,
                                                    status: int, words: str) -> None:
    r = _post(client, body)
    assert r.status_code == status and words in r.json()["message"]
    assert client.get("/api/articles/a1/corrections").json()["items"] == []


def test_corrections_of_unknown_things_are_404_or_422(client: TestClient) -> None:
    body = {"kind": "entity", "target": {"entity": "e1"}, "action": "wrong", "author": "A"}
    assert _post(client, body, article="nope").status_code == 404
    assert client.get("/api/articles/nope/corrections").status_code == 404
    assert client.post("/api/corrections/999/retract", json={"author": "A"}).status_code == 422
    deep = client.post("/api/articles/a1/corrections", content=b"[" * 50_000 + b"]" * 50_000,
                       headers={"content-type": "application/json"})
    assert 400 <= deep.status_code < 500


def test_exports_carry_the_corrections(client: TestClient, store_url: str, tmp_path) -> None:
    from newsgraph.export import export_store

    _post(client, {"kind": "event", "target": {"event": 0}, "action": "correct",
                   "changes": {"type": "ASSAULT"}, "author": "Ana"})
    out = tmp_path / "out.jsonl"
    export_store(store_url, "jsonl", str(out))
    rows = {r["id"]: r for r in map(json.loads, out.read_text().splitlines())}
    assert rows["a1"]["events"][0]["type"] == "ASSAULT"
    assert rows["b2"]["events"] == []
    with open_store(store_url) as store:
        machine = next(store.iter_records(ids=["a1"], corrected=False))
    assert machine.events[0].type == "RETREAT"


def test_corrections_survive_reanalysis_in_the_store(client: TestClient, store_url: str) -> None:
    _post(client, {"kind": "entity", "target": {"entity": "e1"}, "action": "correct",
                   "changes": {"type": "ORG"}, "author": "Ana"})
    with open_store(store_url) as store:
        again = _reanalyzed(store.get_article("a1", corrected=False))
        # the article re-analyzed and stored again: the record replaced, the log untouched
        with store._transaction():
            store._execute("UPDATE articles SET record = ? WHERE id = ?",
                           (json.dumps(again.to_dict()), "a1"))
    rec = client.get("/api/articles/a1").json()
    person = next(e for e in rec["entities"] if e["name"] == "Oleg Petrenko")
    assert person["type"] == "ORG" and person["id"].startswith("x")
    log = client.get("/api/articles/a1/corrections").json()["items"]
    assert log[0]["applied"] is True


def test_the_page_form_corrects_and_shows_the_log(client: TestClient) -> None:
    html = client.get("/articles/a1").text
    assert 'id="corrections"' in html and 'value="event:0"' in html
    r = client.post("/articles/a1/corrections", data={
        "target": "event:0", "action": "correct", "type": "ASSAULT", "author": "Ana <b>",
        "note": "fire, not retreat"}, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/articles/a1#corrections"
    html = client.get("/articles/a1").text
    assert "Ana &lt;b&gt;" in html and "fire, not retreat" in html
    assert re.search(r'<span class="evtype ev-ASSAULT">ASSAULT</span>', html)
    facts = re.search(r'id="facts">(.*?)</script>', html, re.S).group(1)
    assert '"corrected": ["#1"]' in facts
    cid = client.get("/api/articles/a1/corrections").json()["items"][0]["id"]
    r = client.post(f"/articles/a1/corrections/{cid}/retract", data={"author": "Bo"},
                    follow_redirects=False)
    assert r.status_code == 303
    assert "withdrawn by #" in client.get("/articles/a1").text


def test_the_page_form_keeps_the_input_when_refused(client: TestClient) -> None:
    r = client.post("/articles/a1/corrections", data={
        "target": "event:0", "action": "correct", "type": "PARTY", "author": "Ana"},
        headers={"accept": "text/html"})
    assert r.status_code == 422 and "unknown event type" in r.text
    assert 'value="PARTY"' in r.text


def _story_of(client: TestClient, article: str) -> dict:
    sid = next(a["story_id"] for a in client.get("/api/articles?limit=50").json()["items"]
               if a["id"] == article)
    return client.get(f"/api/stories/{sid}").json()


def test_story_timelines_follow_event_corrections(client: TestClient) -> None:
    assert [e["type"] for e in _story_of(client, "a1")["events"]] == ["RETREAT"]
    r = _post(client, {"kind": "event", "target": {"event": 0}, "action": "correct",
                       "changes": {"type": "ASSAULT"}, "author": "Ana"})
    story = _story_of(client, "a1")
    assert [(e["type"], [s["article_id"] for s in e["support"]]) for e in story["events"]] == [
        ("ASSAULT", ["a1"])]
    html = client.get(f"/stories/{story['id']}").text
    assert "ev-ASSAULT" in html and "ev-RETREAT" not in html
    client.post(f"/api/corrections/{r.json()['id']}/retract", json={"author": "Ana"})
    _post(client, {"kind": "event", "target": {"event": 0}, "action": "wrong", "author": "Ana"})
    assert _story_of(client, "a1")["events"] == []


def test_story_event_corrections_pure() -> None:
    from newsgraph.store.models import EventSupport, StoryEvent

    sup = [EventSupport("a1", 10, 20, "x"), EventSupport("a2", 10, 20, "x")]
    events = [StoryEvent("RETREAT", "troops", None, None, "2022-05-14", ["a1", "a2"], sup),
              StoryEvent("ASSAULT", "troops", None, None, "2022-05-14", ["a3"],
                         [EventSupport("a3", 0, 5, "y")])]
    target = {"type": "RETREAT", "start": 10, "end": 20}
    c = Correction(1, "a1", "event", target, "correct", {"type": "ASSAULT"}, "ana", None, "t")
    out = fixes.story_events(events, {"a1": [c]})
    assert [(e.type, e.articles) for e in out] == [("RETREAT", ["a2"]),
                                                  ("ASSAULT", ["a3", "a1"])]


@pytest.mark.postgres
def test_corrections_on_postgresql(tmp_path) -> None:
    from newsgraph.store import testing

    if testing.pg_url() is None:
        pytest.skip(f"no PostgreSQL: set {testing.PG_ENV} (scripts/postgres.sh)")
    with testing.store_url("postgres", tmp_path) as url:
        with open_store(url) as store:
            store.add([make_record("a1")])
            made = store.add_correction("a1", "event", {"event": 0}, "correct",
                                        {"type": "ASSAULT"}, author="Ana", note="fire")
            assert made.id >= 1 and store.get_article("a1").events[0].type == "ASSAULT"
            assert store.get_article("a1", corrected=False).events[0].type == "RETREAT"
            assert next(store.iter_records()).events[0].type == "ASSAULT"
            store.retract_correction(made.id, author="Bo")
            log = store.corrections("a1")
            assert [(c.action, c.retracted_by) for c in log] == [
                ("correct", log[1].id), ("retract", None)]
            assert store.get_article("a1").events[0].type == "RETREAT"


def test_entity_pages_drop_articles_an_analyst_disowned(client: TestClient) -> None:
    page = client.get("/api/entities/Oleg%20Petrenko").json()
    assert [a["id"] for a in page["articles"]] == ["a1"] and page["quotes"]
    _post(client, {"kind": "entity", "target": {"entity": "e1"}, "action": "wrong",
                   "author": "Ana"})
    page = client.get("/api/entities/Oleg%20Petrenko").json()
    assert page["articles"] == [] and page["quotes"] == []
    kharkiv = client.get("/api/entities/Kharkiv").json()["articles"]
    assert sorted(a["id"] for a in kharkiv) == ["a1", "b2"]  # b2's headline names it too
    _post(client, {"kind": "place", "target": {"entity": "e9"}, "action": "correct",
                   "changes": {"geonameid": KYIV_ID}, "author": "Ana"})
    assert [a["id"] for a in client.get("/api/entities/Kharkiv").json()["articles"]] == ["b2"]
    assert 'href="/articles/a1"' not in client.get("/entities/Kharkiv").text


@pytest.mark.parametrize("headers", [{"origin": "https://evil.example"},
                                     {"sec-fetch-site": "cross-site"}])
def test_a_form_posted_from_another_site_is_refused(client: TestClient, headers: dict) -> None:
    r = client.post("/articles/a1/corrections", data={
        "target": "event:0", "action": "wrong", "author": "Mallory"}, headers=headers,
        follow_redirects=False)
    assert r.status_code == 403
    assert client.post("/articles/a1/corrections/1/retract", data={"author": "M"},
                       headers=headers).status_code == 403
    assert client.get("/api/articles/a1/corrections").json()["items"] == []
    ok = client.post("/articles/a1/corrections", data={
        "target": "event:0", "action": "wrong", "author": "Ana"},
        headers={"origin": "http://testserver", "sec-fetch-site": "same-origin"},
        follow_redirects=False)
    assert ok.status_code == 303


def test_search_facets_and_maps_follow_corrections(store_url: str) -> None:
    # issue 14.7: the fact tables behind facets, story maps and co-occurrence are rebuilt
    # from the corrected record, and rebuilt back when the correction is retracted
    with open_store(store_url) as store:
        def places() -> set:
            return {f.label for f in store.search(None).facets["place"]}

        def event_types() -> set:
            return {f.value for f in store.search(None).facets["event_type"]}

        def top() -> set:
            return {e for s in store.stories() for e in s.top_entities}

        before_places, before_top = places(), top()
        assert "AID" not in event_types()
        made = store.add_correction("a1", "place", {"entity": "e9"}, "correct",
                                    {"geonameid": KYIV_ID}, author="Ana")
        assert places() != before_places and any("Kyiv" in p for p in places())
        store.add_correction("a1", "event", {"event": 0}, "correct", {"type": "AID"},
                             author="Ana")
        assert "AID" in event_types()
        assert top() != before_top  # the story list's top entities follow
        store.retract_correction(made.id, author="Ana")
        assert places() == before_places and top() == before_top

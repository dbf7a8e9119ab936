"""Issue 15: reader comments in the web app: accounts, CSRF, posting, the held comment and
why, the moderation queue, the audit log, rate limits, bans, escaping, POST /api/moderate."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient
from web_support import make_record, make_store

from newsgraph.store import open_store
from newsgraph.store.comments import Comments
from newsgraph.store.testing import pg_url, store_url
from newsgraph.web import create_app
from newsgraph.web.routers.accounts import RateLimit, hash_password

CSRF = re.compile(r'name="csrf" value="([^"]+)"')


@pytest.fixture()
def db(tmp_path):
    path = make_store(tmp_path / "c.db", [make_record("a1")])
    with open_store(path) as store:
        Comments(store).add_user("mod", hash_password("modpass123"), role="moderator")
    return path


@pytest.fixture()
def app(db):
    return create_app(db)


def client(app) -> TestClient:
    return TestClient(app, base_url="http://testserver")


def csrf_of(page: str) -> str:
    return CSRF.search(page).group(1)


def register(c: TestClient, name: str, password: str = "secret-pass") -> str:
    form = c.get("/register")
    r = c.post("/register", data={"name": name, "password": password,
                                  "csrf": csrf_of(form.text)}, follow_redirects=False)
    assert r.status_code == 303, r.text
    return csrf_of(c.get("/articles/a1/comments").text)


def login(c: TestClient, name: str, password: str) -> str:
    form = c.get("/login")
    r = c.post("/login", data={"name": name, "password": password,
                               "csrf": csrf_of(form.text)}, follow_redirects=False)
    assert r.status_code == 303, r.text
    return csrf_of(c.get("/articles/a1/comments").text)


def post(c: TestClient, token: str, text: str, **extra):
    return c.post("/comments", data={"kind": "article", "target_id": "a1", "text": text,
                                     "csrf": token, **extra}, follow_redirects=False)


def test_session_cookie_is_httponly_and_samesite(app):
    c = client(app)
    form = c.get("/register")
    assert "httponly" in form.headers["set-cookie"].lower()
    r = c.post("/register", data={"name": "ana", "password": "secret-pass",
                                  "csrf": csrf_of(form.text)}, follow_redirects=False)
    cookie = r.headers["set-cookie"].lower()
    assert "ng_session=" in cookie and "httponly" in cookie and "samesite=lax" in cookie


def test_reading_needs_no_account_posting_does(app):
    c = client(app)
    page = c.get("/articles/a1/comments")
    assert page.status_code == 200 and "Log in" in page.text
    r = c.post("/comments", data={"kind": "article", "target_id": "a1", "text": "hi",
                                  "csrf": "x"})
    assert r.status_code == 403  # no session: its token cannot match


def test_csrf_token_required(app):
    c = client(app)
    token = register(c, "ana")
    assert post(c, "", "A fair point about the ceasefire.").status_code == 403
    assert post(c, "forged", "A fair point about the ceasefire.").status_code == 403
    r = c.post("/comments", data={"kind": "article", "target_id": "a1", "text": "x",
                                  "csrf": token}, headers={"origin": "http://evil.example"})
    assert r.status_code == 403
    assert post(c, token, "A fair point about the ceasefire.").status_code == 303
    # login and register forms are protected too
    assert c.post("/login", data={"name": "ana", "password": "secret-pass"}).status_code == 403


def test_clean_comment_goes_live_and_reply_is_one_level(app, db):
    c = client(app)
    token = register(c, "ana")
    assert post(c, token, "I think the ministry's figures need a second source.").status_code \
        == 303
    with open_store(db) as store:
        first = Comments(store).thread("article", "a1")[0]
    assert first.status == "live"
    assert post(c, token, "Agreed, the numbers look early.", parent_id=str(first.id)
                ).status_code == 303
    with open_store(db) as store:
        reply = Comments(store).thread("article", "a1")[0].replies[0]
    assert post(c, token, "A reply to the reply.", parent_id=str(reply.id)).status_code == 303
    with open_store(db) as store:
        thread = Comments(store).thread("article", "a1")
    assert len(thread) == 1 and len(thread[0].replies) == 2  # joined the first level
    anon = client(app).get("/articles/a1/comments").text
    assert "second source" in anon and "numbers look early" in anon


def test_held_comment_shown_to_author_with_why_not_to_others(app):
    c = client(app)
    token = register(c, "ana")
    post(c, token, "You are a f#cking idiot")
    mine = c.get("/articles/a1/comments").text
    assert "Held for a moderator" in mine and "f#cking" in mine
    assert re.search(r'<mark class="ev ev-obscene"[^>]*>f#cking</mark>', mine)
    other = client(app).get("/articles/a1/comments").text
    assert "f#cking" not in other


def test_moderator_queue_approve_reject_and_audit(app, db):
    c = client(app)
    token = register(c, "ana")
    post(c, token, "You are a f#cking idiot")
    post(c, token, "Shut up you moron")
    m = client(app)
    assert m.get("/moderation").status_code == 401
    mtoken = login(m, "mod", "modpass123")
    queue = m.get("/moderation").text
    assert queue.index("f#cking") < queue.index("moron")  # oldest first
    ids = [int(x) for x in re.findall(r'id="q(\d+)"', queue)]
    assert m.post(f"/moderation/{ids[0]}", data={"csrf": mtoken, "action": "approve"},
                  follow_redirects=False).status_code == 303
    assert m.post(f"/moderation/{ids[1]}", data={"csrf": mtoken, "clause": "personal"},
                  follow_redirects=False).status_code == 303
    # a reader cannot decide
    assert c.post(f"/moderation/{ids[1]}", data={"csrf": token, "action": "approve"}
                  ).status_code == 403
    with open_store(db) as store:
        com = Comments(store)
        assert com.get(ids[0]).status == "live"
        assert com.get(ids[1]).status == "rejected" and com.get(ids[1]).clauses == ["personal"]
    audit = m.get("/moderation/audit").text
    assert "approve" in audit and "reject" in audit and "personal" in audit
    assert "Rejected" in c.get("/articles/a1/comments").text


def test_edit_delete_tombstone_keeps_text_in_audit(app, db):
    c = client(app)
    token = register(c, "ana")
    post(c, token, "The headline undersells the retreat.")
    with open_store(db) as store:
        cid = Comments(store).thread("article", "a1")[0].id
    assert c.post(f"/comments/{cid}/edit", data={"csrf": token, "text": "Edited: fine."},
                  follow_redirects=False).status_code == 303
    assert c.post(f"/comments/{cid}/delete", data={"csrf": token},
                  follow_redirects=False).status_code == 303
    page = client(app).get("/articles/a1/comments").text
    assert "[deleted]" in page and "Edited: fine." not in page
    with open_store(db) as store:
        log = Comments(store).audit_log(comment_id=cid)
    assert [e.action for e in log] == ["delete", "edit", "post"]
    assert log[0].before == "Edited: fine."
    assert log[1].before == "The headline undersells the retreat."


def test_someone_else_cannot_edit_or_delete(app, db):
    a = client(app)
    post(a, register(a, "ana"), "Mine.")
    with open_store(db) as store:
        cid = Comments(store).thread("article", "a1")[0].id
    b = client(app)
    tb = register(b, "bob")
    assert b.post(f"/comments/{cid}/edit", data={"csrf": tb, "text": "hacked"}
                  ).status_code == 422
    assert b.post(f"/comments/{cid}/delete", data={"csrf": tb}).status_code == 403
    # a report sends it back to the queue
    assert b.post(f"/comments/{cid}/report", data={"csrf": tb, "reason": "rude"},
                  follow_redirects=False).status_code == 303
    with open_store(db) as store:
        assert Comments(store).get(cid).status == "held"


def test_script_in_comment_is_text(app):
    c = client(app)
    token = register(c, "ana")
    post(c, token, '<script>alert("x")</script> <img src=x onerror=alert(1)>')
    page = client(app).get("/articles/a1/comments").text
    assert "<script>alert" not in page and "<img src=x" not in page
    assert "&lt;script&gt;alert(" in page


def test_rate_limit_per_account_and_address(app):
    app.state.rate_limits = {"account": RateLimit(3, 60), "address": RateLimit(5, 60),
                             "login": RateLimit(100, 60)}
    c = client(app)
    token = register(c, "ana")
    codes = [post(c, token, f"Point number {i} about the story.").status_code
             for i in range(4)]
    assert codes == [303, 303, 303, 429]
    d = client(app)
    t2 = register(d, "bob")
    codes = [post(d, t2, f"Another point {i}.").status_code for i in range(3)]
    assert codes == [303, 303, 429]  # the address is at 5
    r = post(d, t2, "more")
    assert r.status_code == 429 and int(r.headers["retry-after"]) > 0


def test_banned_account_cannot_post(app, db):
    c = client(app)
    register(c, "ana")
    with open_store(db) as store:
        Comments(store).set_banned("ana", True, actor="test")
    # a ban ends the session: log in again, still cannot post
    token = login(c, "ana", "secret-pass")
    assert post(c, token, "hello").status_code == 403


def test_api_moderate_shape(app):
    c = client(app)
    r = c.post("/api/moderate", json={"id": "x1", "text": "You are a f#cking idiot"})
    assert r.status_code == 200
    body = r.json()
    assert body["id"] == "x1" and body["decision"] == "reject"
    assert set(body["clauses"]) >= {"obscene", "personal"}
    ev = {e["text"]: e for e in body["evidence"]}
    assert ev["f#cking"]["clause"] == "obscene"
    assert "You are a f#cking idiot"[ev["f#cking"]["start"]:ev["f#cking"]["end"]] == "f#cking"
    many = c.post("/api/moderate", json={"items": [{"id": 1, "text": "Thanks for the report."},
                                                   {"id": 2, "text": "s h i t"}]}).json()
    assert [i["decision"] for i in many["items"]] == ["allow", "reject"]
    assert c.post("/api/moderate", json={}).status_code == 422


def test_api_comments_post_needs_csrf_header(app):
    c = client(app)
    token = register(c, "ana")
    body = {"kind": "article", "target_id": "a1", "text": "Good reporting."}
    assert c.post("/api/comments", json=body).status_code == 403
    r = c.post("/api/comments", json=body, headers={"x-csrf-token": token})
    assert r.status_code == 201 and r.json()["status"] == "live"
    got = c.get("/api/comments", params={"kind": "article", "target_id": "a1"}).json()
    assert got["items"][0]["text"] == "Good reporting."
    assert c.post("/api/comments", json={**body, "target_id": "nope"},
                  headers={"x-csrf-token": token}).status_code == 404


def test_article_and_story_pages_link_their_comments(app, db):
    c = client(app)
    assert 'href="/articles/a1/comments"' in c.get("/articles/a1").text
    with open_store(db) as store:
        sid = store.stories()[0].id
    assert f'href="/stories/{sid}/comments"' in c.get(f"/stories/{sid}").text
    assert c.get(f"/stories/{sid}/comments").status_code == 200
    assert c.get("/stories/nope/comments").status_code == 404


@pytest.mark.postgres
@pytest.mark.skipif(pg_url() is None, reason="no PostgreSQL (scripts/postgres.sh)")
def test_comment_flow_on_postgres(tmp_path):
    with store_url("postgres", tmp_path) as url:
        with open_store(url) as store:
            store.add([make_record("a1")])
            store.update_stories()
            Comments(store).add_user("mod", hash_password("modpass123"), role="moderator")
        app = create_app(url)
        c = client(app)
        token = register(c, "ana")
        assert post(c, token, "A fair question about the supply lines.").status_code == 303
        assert post(c, token, "You are a f#cking idiot").status_code == 303
        m = client(app)
        mtoken = login(m, "mod", "modpass123")
        cid = int(re.search(r'id="q(\d+)"', m.get("/moderation").text).group(1))
        assert m.post(f"/moderation/{cid}", data={"csrf": mtoken, "clause": "obscene"},
                      follow_redirects=False).status_code == 303
        assert "reject" in m.get("/moderation/audit").text
        with open_store(url) as store:
            com = Comments(store)
            assert com.get(cid).status == "rejected" and com.count("live") == 1
        app.state.stores.close()

"""Issue 15: comments, accounts and the audit log in the store (SQLite; PostgreSQL marked
``postgres``), and an older store upgraded without losing its data."""

from __future__ import annotations

import sqlite3
from types import SimpleNamespace

import pytest
from web_support import make_record

from newsgraph.errors import InputError
from newsgraph.store import open_store
from newsgraph.store.comments import Comments, comment_tables
from newsgraph.store.schema import tables
from newsgraph.store.testing import store_url


def verdict(decision: str = "allow", clauses: list[str] | None = None) -> SimpleNamespace:
    """A policy decision as the store keeps it (the classifier is tested elsewhere)."""
    return SimpleNamespace(decision=decision, clauses=clauses or [], score=0.1, evidence=[],
                           reason="test")


@pytest.fixture
def store(backend, tmp_path):
    with store_url(backend, tmp_path) as url, open_store(url) as s:
        s.add([make_record("a1")])
        yield s


def test_post_reply_thread_and_statuses(store):
    c = Comments(store)
    c.add_user("ana", "hash")
    c.add_user("mod", "hash", role="moderator")
    ana, mod = c.user("ana"), c.user("mod")
    live = c.post(ana, "article", "a1", "Fine piece.", verdict())
    held = c.post(ana, "article", "a1", "You idiot.", verdict("reject", ["personal"]))
    reply = c.post(mod, "article", "a1", "Thanks.", verdict(), parent_id=live.id)
    assert (live.status, held.status, reply.parent_id) == ("live", "held", live.id)
    # readers see live comments only; the author and moderators see the held one
    assert [x.id for x in c.thread("article", "a1")] == [live.id]
    assert [x.id for x in c.thread("article", "a1", viewer=ana)] == [live.id, held.id]
    assert [x.id for x in c.thread("article", "a1", viewer=mod)] == [live.id, held.id]
    assert [r.id for r in c.thread("article", "a1")[0].replies] == [reply.id]
    assert [x.id for x in c.queue()] == [held.id]
    decided = c.decide(mod, held.id, "reject", "personal")
    assert decided.status == "rejected" and decided.clauses == ["personal"]
    log = c.audit_log(comment_id=held.id)
    assert [(e.action, e.actor, e.clause) for e in log][:1] == [("reject", "mod", "personal")]
    with pytest.raises(InputError):
        c.decide(ana, live.id, "approve")  # not a moderator
    with pytest.raises(InputError):
        c.decide(mod, live.id, "reject")  # no clause


def test_delete_is_a_tombstone_and_banned_cannot_post(store):
    c = Comments(store)
    c.add_user("ana", "hash")
    ana = c.user("ana")
    got = c.post(ana, "story", "s1", "First.", verdict())
    c.delete(ana, got.id)
    assert c.get(got.id).status == "deleted" and c.get(got.id).text == ""
    assert c.audit_log(comment_id=got.id)[0].before == "First."
    c.set_banned("ana", True, actor="mod")
    with pytest.raises(InputError, match="banned"):
        c.post(c.user("ana"), "story", "s1", "Again.", verdict())
    with pytest.raises(InputError):
        c.add_user("ana", "hash")  # taken


def test_sessions_store_only_a_hash(store):
    c = Comments(store)
    c.add_user("ana", "hash")
    token, csrf = c.start_session(c.user("ana"))
    user, got_csrf = c.session(token)
    assert user.name == "ana" and got_csrf == csrf
    assert not store._q("SELECT 1 FROM sessions WHERE token = ?", (token,))
    c.end_session(token)
    assert c.session(token) is None


def test_previous_store_upgrades_without_losing_data(tmp_path):
    """A store made by the version before comments (its schema: ``tables`` without the
    comment tables) opens, gains them, and keeps its articles."""
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    new = set(comment_tables("INTEGER PRIMARY KEY AUTOINCREMENT"))
    for stmt in tables("INTEGER PRIMARY KEY AUTOINCREMENT", "BLOB"):
        if stmt not in new:
            conn.execute(stmt)
    conn.execute("CREATE VIRTUAL TABLE fts USING fts5(id UNINDEXED, headline, text, "
                 "tokenize = 'porter unicode61 remove_diacritics 2')")
    conn.commit()
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert "comments" not in names and "articles" in names
    conn.close()
    with open_store(path) as s:
        s.add([make_record("a1")])
    # simulate the old version having written it: drop the new tables again
    conn = sqlite3.connect(path)
    for t in ("users", "sessions", "comments", "comment_reports", "audit"):
        conn.execute(f"DROP TABLE {t}")
    conn.commit()
    conn.close()
    with open_store(path) as s:
        assert s.get_article("a1") is not None
        assert s.counts().articles == 1
        c = Comments(s)
        c.add_user("ana", "hash")
        c.post(c.user("ana"), "article", "a1", "After the upgrade.", verdict())
        assert c.count() == 1
    with open_store(path) as s:  # and again: nothing is recreated or lost
        assert Comments(s).count() == 1 and s.get_article("a1") is not None


def test_cli_users_add_admin_then_list_role_ban(tmp_path):
    import os
    import subprocess
    import sys

    db = str(tmp_path / "u.db")
    env = {**os.environ, "NEWSGRAPH_PASSWORD": "admin-password"}

    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "newsgraph", "users", *args, "--db", db],
                              capture_output=True, text=True, env=env)

    assert run("add", "root", "--role", "admin").returncode == 0
    assert run("add", "ana").returncode == 0
    again = run("add", "ana")
    assert again.returncode == 2 and "taken" in again.stderr
    assert run("role", "ana", "moderator").returncode == 0
    assert run("ban", "ana").returncode == 0
    listed = run("list").stdout.splitlines()
    assert listed == ["ana\tmoderator\tbanned", "root\tadmin"]
    with open_store(db) as s:
        c = Comments(s)
        stored = c.user_password("root")[1]
        assert stored.startswith("$argon2id$") and "admin-password" not in stored
        assert [e.action for e in c.audit_log()][:2] == ["ban", "set role"]


def test_edit_window_and_replies_only_to_live_comments(store):
    c = Comments(store)
    c.add_user("ana", "hash")
    ana = c.user("ana")
    live = c.post(ana, "article", "a1", "First.", verdict())
    held = c.post(ana, "article", "a1", "Rude.", verdict("review", ["personal"]))
    with pytest.raises(InputError, match="not shown"):
        c.post(ana, "article", "a1", "Reply.", verdict(), parent_id=held.id)
    with pytest.raises(InputError, match="not on this page"):
        c.post(ana, "story", "s1", "Reply.", verdict(), parent_id=live.id)
    assert c.edit(ana, live.id, "First, edited.", verdict()).text == "First, edited."
    # an edit that the policy holds goes back to the queue
    assert c.edit(ana, live.id, "Edited to rude.", verdict("reject", ["obscene"])
                  ).status == "held"
    with store._transaction():
        store._execute("UPDATE comments SET created = ? WHERE id = ?",
                       ("2020-01-01T00:00:00Z", live.id))
    with pytest.raises(InputError, match="edit window"):
        c.edit(ana, live.id, "Too late.", verdict())

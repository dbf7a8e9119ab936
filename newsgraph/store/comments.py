"""Reader comments, accounts, sessions and the moderation audit log, in the same store.

    comments = Comments(store)              # any SQLStore (SQLite or PostgreSQL)
    uid = comments.add_user("ana", password_hash, role="reader")
    cid = comments.post(user, "article", "a1b2", "Good piece.", decision)
    comments.thread("article", "a1b2", viewer=user)

1. Tables (``comment_tables``) are created with ``IF NOT EXISTS`` next to the corpus tables
   when a store opens, so a store made by an older newsgraph gains them on its next open
   and keeps everything it had.
2. A comment is ``live`` (shown to all), ``held`` (in the moderation queue; its author sees
   it and why), ``rejected`` (its author sees it and the clause) or ``deleted`` (a
   tombstone: the text is blanked, the audit row keeps it).
3. Every change a person makes (post, edit, delete, report, approve, reject, ban, role) is
   one ``audit`` row: who, when, what, why, and the text before the change.
"""

from __future__ import annotations

import json
import secrets
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from hashlib import sha256
from typing import Any

from ..errors import InputError

ROLES = ("reader", "moderator", "admin")
TARGETS = ("article", "story")
STATUSES = ("live", "held", "rejected", "deleted")
EDIT_WINDOW = timedelta(minutes=15)
SESSION_DAYS = 14
MAX_COMMENT = 5000


def comment_tables(seq: str) -> list[str]:
    """CREATE statements for accounts, sessions, comments, reports and the audit log."""
    return [
        f"""CREATE TABLE IF NOT EXISTS users (
            id {seq}, name TEXT NOT NULL UNIQUE, password TEXT NOT NULL,
            role TEXT NOT NULL DEFAULT 'reader', banned INTEGER NOT NULL DEFAULT 0,
            created TEXT NOT NULL)""",
        """CREATE TABLE IF NOT EXISTS sessions (
            token TEXT PRIMARY KEY, user_id BIGINT NOT NULL, csrf TEXT NOT NULL,
            created TEXT NOT NULL, expires TEXT NOT NULL)""",
        f"""CREATE TABLE IF NOT EXISTS comments (
            id {seq}, target_kind TEXT NOT NULL, target_id TEXT NOT NULL, parent_id BIGINT,
            user_id BIGINT NOT NULL, text TEXT NOT NULL, status TEXT NOT NULL,
            decision TEXT NOT NULL, clauses TEXT NOT NULL, score DOUBLE PRECISION,
            evidence TEXT NOT NULL, reason TEXT, created TEXT NOT NULL, edited TEXT,
            address TEXT)""",
        "CREATE INDEX IF NOT EXISTS comments_target ON comments (target_kind, target_id)",
        "CREATE INDEX IF NOT EXISTS comments_status ON comments (status, id)",
        f"""CREATE TABLE IF NOT EXISTS comment_reports (
            id {seq}, comment_id BIGINT NOT NULL, user_id BIGINT NOT NULL, reason TEXT,
            created TEXT NOT NULL)""",
        f"""CREATE TABLE IF NOT EXISTS audit (
            id {seq}, at TEXT NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL,
            comment_id BIGINT, subject TEXT, clause TEXT, note TEXT, before TEXT)""",
        "CREATE INDEX IF NOT EXISTS audit_comment ON audit (comment_id)",
    ]


def now() -> str:
    """UTC now, ISO 8601 to the second."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _parse(ts: str) -> datetime:
    return datetime.strptime(ts, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)


@dataclass(slots=True)
class User:
    id: int
    name: str
    role: str
    banned: bool

    @property
    def moderator(self) -> bool:
        return self.role in ("moderator", "admin")


@dataclass(slots=True)
class Comment:
    id: int
    target_kind: str
    target_id: str
    parent_id: int | None
    user_id: int
    author: str
    text: str
    status: str
    decision: str
    clauses: list[str]
    score: float | None
    evidence: list[dict[str, Any]]
    reason: str | None
    created: str
    edited: str | None
    replies: list[Comment] = field(default_factory=list)
    reports: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "target": {"kind": self.target_kind, "id": self.target_id},
                "parent_id": self.parent_id, "author": self.author,
                "text": self.text, "status": self.status, "created": self.created,
                "edited": self.edited, "replies": [r.to_dict() for r in self.replies]}


@dataclass(slots=True)
class AuditEntry:
    id: int
    at: str
    actor: str
    action: str
    comment_id: int | None
    subject: str | None
    clause: str | None
    note: str | None
    before: str | None


def _bad(message: str, hint: str) -> InputError:
    return InputError(message, source="comment", hint=hint)


_COLS = ("c.id, c.target_kind, c.target_id, c.parent_id, c.user_id, u.name, c.text, c.status, "
         "c.decision, c.clauses, c.score, c.evidence, c.reason, c.created, c.edited")


def _comment(row: tuple) -> Comment:
    return Comment(int(row[0]), row[1], row[2], None if row[3] is None else int(row[3]),
                   int(row[4]), row[5], row[6], row[7], row[8], json.loads(row[9]),
                   row[10], json.loads(row[11]), row[12], row[13], row[14])


class Comments:
    """Comments, accounts and the audit log over an open SQL store."""

    def __init__(self, store: Any):
        self.store = store

    def _q(self, sql: str, params: Any = ()) -> list[tuple]:
        return self.store._q(sql, params)

    def _insert(self, sql: str, params: Any) -> int:
        # RETURNING works on SQLite 3.35+ and PostgreSQL alike
        return int(self.store._execute(sql + " RETURNING id", params).fetchone()[0])

    def _audit(self, actor: str, action: str, *, comment_id: int | None = None,
               subject: str | None = None, clause: str | None = None, note: str | None = None,
               before: str | None = None) -> None:
        self.store._execute(
            "INSERT INTO audit (at, actor, action, comment_id, subject, clause, note, before) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (now(), actor, action, comment_id, subject, clause, note, before))

    # -- accounts -------------------------------------------------------------------------
    def add_user(self, name: str, password_hash: str, *, role: str = "reader",
                 actor: str = "register") -> int:
        """A new account; InputError when the name is taken or the role unknown."""
        if role not in ROLES:
            raise _bad(f"unknown role {role!r}", f"use one of {', '.join(ROLES)}")
        with self.store._transaction():
            if self._q("SELECT 1 FROM users WHERE name = ?", (name,)):
                raise _bad(f"the name {name!r} is taken", "choose another name")
            uid = self._insert("INSERT INTO users (name, password, role, banned, created) "
                               "VALUES (?, ?, ?, 0, ?)", (name, password_hash, role, now()))
            self._audit(actor, "add user", subject=name, note=f"role {role}")
        return uid

    def set_role(self, name: str, role: str, *, actor: str) -> None:
        if role not in ROLES:
            raise _bad(f"unknown role {role!r}", f"use one of {', '.join(ROLES)}")
        with self.store._transaction():
            self.store._execute("UPDATE users SET role = ? WHERE name = ?", (role, name))
            self._audit(actor, "set role", subject=name, note=f"role {role}")

    def set_banned(self, name: str, banned: bool, *, actor: str, note: str | None = None
                   ) -> None:
        with self.store._transaction():
            self.store._execute("UPDATE users SET banned = ? WHERE name = ?",
                                (1 if banned else 0, name))
            if banned:  # a banned account is signed out everywhere
                self.store._execute("DELETE FROM sessions WHERE user_id IN "
                                    "(SELECT id FROM users WHERE name = ?)", (name,))
            self._audit(actor, "ban" if banned else "unban", subject=name, note=note)

    def user_password(self, name: str) -> tuple[User, str] | None:
        rows = self._q("SELECT id, name, role, banned, password FROM users WHERE name = ?",
                       (name,))
        if not rows:
            return None
        r = rows[0]
        return User(int(r[0]), r[1], r[2], bool(r[3])), r[4]

    def user(self, name: str) -> User | None:
        found = self.user_password(name)
        return found[0] if found else None

    def users(self) -> list[User]:
        return [User(int(r[0]), r[1], r[2], bool(r[3])) for r in
                self._q("SELECT id, name, role, banned FROM users ORDER BY name")]

    # -- sessions -------------------------------------------------------------------------
    def start_session(self, user: User) -> tuple[str, str]:
        """A new session: (token for the cookie, CSRF token for its forms). Only the
        token's hash is stored."""
        token = secrets.token_urlsafe(32)
        csrf = secrets.token_urlsafe(32)
        expires = (datetime.now(UTC) + timedelta(days=SESSION_DAYS)).strftime(
            "%Y-%m-%dT%H:%M:%SZ")
        with self.store._transaction():
            self.store._execute("INSERT INTO sessions (token, user_id, csrf, created, expires)"
                                " VALUES (?, ?, ?, ?, ?)",
                                (sha256(token.encode()).hexdigest(), user.id, csrf, now(),
                                 expires))
        return token, csrf

    def session(self, token: str) -> tuple[User, str] | None:
        """The signed-in user and the session's CSRF token, or None."""
        rows = self._q("SELECT u.id, u.name, u.role, u.banned, s.csrf, s.expires FROM sessions s "
                       "JOIN users u ON u.id = s.user_id WHERE s.token = ?",
                       (sha256(token.encode()).hexdigest(),))
        if not rows or rows[0][5] < now():
            return None
        r = rows[0]
        return User(int(r[0]), r[1], r[2], bool(r[3])), r[4]

    def end_session(self, token: str) -> None:
        with self.store._transaction():
            self.store._execute("DELETE FROM sessions WHERE token = ?",
                                (sha256(token.encode()).hexdigest(),))

    # -- comments -------------------------------------------------------------------------
    def post(self, user: User, target_kind: str, target_id: str, text: str, decision: Any,
             *, parent_id: int | None = None, address: str | None = None) -> Comment:
        """Store a comment with the policy's decision: allow goes live, the rest is held."""
        if user.banned:
            raise _bad(f"the account {user.name!r} is banned", "it cannot post")
        if target_kind not in TARGETS:
            raise _bad(f"cannot comment on a {target_kind!r}", "comment on an article or story")
        text = text.strip()
        if not text:
            raise _bad("the comment is empty", "write something")
        if len(text) > MAX_COMMENT:
            raise _bad(f"the comment is over {MAX_COMMENT} characters", "shorten it")
        if parent_id is not None:
            parent = self.get(parent_id)
            if parent is None or (parent.target_kind, parent.target_id) != (target_kind,
                                                                             target_id):
                raise _bad("the comment replied to is not on this page", "reply on its page")
            if parent.status != "live":
                raise _bad("the comment replied to is not shown", "reply to a live comment")
            if parent.parent_id is not None:
                parent_id = parent.parent_id  # one level: a reply to a reply joins the thread
        status = "live" if decision.decision == "allow" else "held"
        with self.store._transaction():
            cid = self._insert(
                "INSERT INTO comments (target_kind, target_id, parent_id, user_id, text, "
                "status, decision, clauses, score, evidence, reason, created, address) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (target_kind, target_id, parent_id, user.id, text, status, decision.decision,
                 json.dumps(decision.clauses), decision.score,
                 json.dumps([e.to_dict() for e in decision.evidence]), decision.reason, now(),
                 address))
            self._audit(user.name, "post", comment_id=cid, clause=",".join(decision.clauses)
                        or None, note=f"classifier: {decision.decision} ({decision.reason})")
        got = self.get(cid)
        assert got is not None
        return got

    def get(self, comment_id: int) -> Comment | None:
        rows = self._q(f"SELECT {_COLS} FROM comments c JOIN users u ON u.id = c.user_id "
                       "WHERE c.id = ?", (comment_id,))
        return _comment(rows[0]) if rows else None

    def thread(self, target_kind: str, target_id: str, *, viewer: User | None = None
               ) -> list[Comment]:
        """Top-level comments oldest first, each with its replies: live ones, tombstones,
        and the viewer's own held or rejected ones (moderators see every held one)."""
        rows = [_comment(r) for r in self._q(
            f"SELECT {_COLS} FROM comments c JOIN users u ON u.id = c.user_id "
            "WHERE c.target_kind = ? AND c.target_id = ? ORDER BY c.id", (target_kind,
                                                                          target_id))]
        shown = [c for c in rows if c.status in ("live", "deleted") or (
            viewer is not None and (c.user_id == viewer.id or viewer.moderator))]
        top = {c.id: c for c in shown if c.parent_id is None}
        for c in shown:
            if c.parent_id is not None and c.parent_id in top:
                top[c.parent_id].replies.append(c)
        return list(top.values())

    def count_recent(self, *, user_id: int | None = None, address: str | None = None,
                     seconds: int = 60) -> int:
        since = (datetime.now(UTC) - timedelta(seconds=seconds)).strftime("%Y-%m-%dT%H:%M:%SZ")
        col, val = ("user_id", user_id) if user_id is not None else ("address", address)
        return int(self._q(f"SELECT count(*) FROM comments WHERE {col} = ? AND created >= ?",
                           (val, since))[0][0])

    def edit(self, user: User, comment_id: int, text: str, decision: Any) -> Comment:
        """The author's edit within ``EDIT_WINDOW``; the new text is judged again."""
        c = self.get(comment_id)
        if c is None or c.user_id != user.id:
            raise _bad("no comment of yours with that id", "edit your own comments")
        if c.status == "deleted":
            raise _bad("the comment is deleted", "post a new one")
        if datetime.now(UTC) - _parse(c.created) > EDIT_WINDOW:
            raise _bad("the edit window has passed",
                       f"comments can be edited for {EDIT_WINDOW.seconds // 60} minutes")
        text = text.strip()
        if not text or len(text) > MAX_COMMENT:
            raise _bad("the comment is empty or too long", f"1 to {MAX_COMMENT} characters")
        status = "live" if decision.decision == "allow" else "held"
        with self.store._transaction():
            self.store._execute(
                "UPDATE comments SET text = ?, status = ?, decision = ?, clauses = ?, "
                "score = ?, evidence = ?, reason = ?, edited = ? WHERE id = ?",
                (text, status, decision.decision, json.dumps(decision.clauses), decision.score,
                 json.dumps([e.to_dict() for e in decision.evidence]), decision.reason, now(),
                 comment_id))
            self._audit(user.name, "edit", comment_id=comment_id, before=c.text,
                        note=f"classifier: {decision.decision}")
        got = self.get(comment_id)
        assert got is not None
        return got

    def delete(self, user: User, comment_id: int, *, note: str | None = None) -> None:
        """A tombstone: the text is blanked; the audit row keeps it."""
        c = self.get(comment_id)
        if c is None or (c.user_id != user.id and not user.moderator):
            raise _bad("no comment you may delete with that id",
                       "delete your own comments (moderators: any)")
        if c.status == "deleted":
            return
        with self.store._transaction():
            self.store._execute("UPDATE comments SET text = '', status = 'deleted', "
                                "edited = ? WHERE id = ?", (now(), comment_id))
            self._audit(user.name, "delete", comment_id=comment_id, before=c.text, note=note)

    def report(self, user: User, comment_id: int, reason: str | None) -> None:
        """A reader's report: the comment goes back to the queue if it was live."""
        c = self.get(comment_id)
        if c is None or c.status == "deleted":
            raise _bad("no comment with that id", "report a comment shown on the page")
        with self.store._transaction():
            self.store._execute("INSERT INTO comment_reports (comment_id, user_id, reason, "
                                "created) VALUES (?, ?, ?, ?)",
                                (comment_id, user.id, (reason or "")[:500], now()))
            if c.status == "live":
                self.store._execute("UPDATE comments SET status = 'held', reason = ? "
                                    "WHERE id = ?",
                                    (f"reported by a reader: {(reason or '')[:200]}",
                                     comment_id))
            self._audit(user.name, "report", comment_id=comment_id, note=reason)

    # -- moderation -----------------------------------------------------------------------
    def queue(self, limit: int = 100) -> list[Comment]:
        """Held comments, oldest first."""
        return [_comment(r) for r in self._q(
            f"SELECT {_COLS} FROM comments c JOIN users u ON u.id = c.user_id "
            "WHERE c.status = 'held' ORDER BY c.id LIMIT ?", (limit,))]

    def decide(self, moderator: User, comment_id: int, action: str,
               clause: str | None = None, note: str | None = None) -> Comment:
        """approve (goes live) or reject (with the clause it breaks)."""
        if not moderator.moderator:
            raise _bad("only moderators decide", "ask an admin for the moderator role")
        if action not in ("approve", "reject"):
            raise _bad(f"unknown action {action!r}", "approve or reject")
        if action == "reject" and clause not in ("obscene", "derogatory", "personal", "spam"):
            raise _bad("a rejection names its clause", "obscene, derogatory, personal or spam")
        c = self.get(comment_id)
        if c is None or c.status == "deleted":
            raise _bad("no comment with that id", "pick one from the queue")
        status = "live" if action == "approve" else "rejected"
        with self.store._transaction():
            self.store._execute("UPDATE comments SET status = ?, reason = ? WHERE id = ?",
                                (status, f"{action}d by a moderator" +
                                 (f": {clause}" if clause else ""), comment_id))
            if action == "reject":
                self.store._execute("UPDATE comments SET clauses = ? WHERE id = ?",
                                    (json.dumps([clause]), comment_id))
            self._audit(moderator.name, action, comment_id=comment_id, clause=clause,
                        note=note, before=c.text)
        got = self.get(comment_id)
        assert got is not None
        return got

    def audit_log(self, limit: int = 200, comment_id: int | None = None) -> list[AuditEntry]:
        """Newest first."""
        where, params = ("WHERE comment_id = ?", [comment_id]) if comment_id else ("", [])
        return [AuditEntry(int(r[0]), *r[1:]) for r in self._q(
            "SELECT id, at, actor, action, comment_id, subject, clause, note, before FROM "
            f"audit {where} ORDER BY id DESC LIMIT ?", [*params, limit])]

    def count(self, status: str | None = None) -> int:
        if status:
            return int(self._q("SELECT count(*) FROM comments WHERE status = ?", (status,))[0][0])
        return int(self._q("SELECT count(*) FROM comments")[0][0])

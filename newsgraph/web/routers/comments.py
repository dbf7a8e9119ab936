"""Reader comments on articles and stories: the thread page, post, reply, edit, delete,
report; the same as JSON under ``/api/comments``.

Reading needs no account; posting does. Each comment is judged by the civility policy
(``newsgraph.moderation``): allowed ones go live, the rest wait in the moderation queue and
their author sees them held, with why. Posts are rate-limited per account and per address
(429 with Retry-After); a banned account cannot post.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Form, Header, HTTPException, Request
from fastapi.responses import RedirectResponse, Response
from pydantic import BaseModel, Field

from ...errors import InputError
from ...store.comments import MAX_COMMENT, Comment, Comments, User
from ..deps import ERRORS, StoreDep, render
from .accounts import ViewerDep, address, check_csrf, rate_limited, require_user

router = APIRouter()

Kind = Literal["article", "story"]


def segments(text: str, evidence: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The text cut at its evidence spans, for highlighting (the template escapes each)."""
    out: list[dict[str, Any]] = []
    pos = 0
    for e in sorted(evidence, key=lambda e: (e["start"], e["end"])):
        s, t = max(e["start"], pos), min(e["end"], len(text))
        if t <= s:
            continue
        if s > pos:
            out.append({"text": text[pos:s]})
        out.append({"text": text[s:t], "clause": e["clause"], "quoted": e.get("quoted", False),
                    "source": e.get("source", "")})
        pos = t
    if pos < len(text):
        out.append({"text": text[pos:]})
    return out


def _target_exists(store: Any, kind: str, target_id: str) -> bool:
    table = "articles" if kind == "article" else "stories"
    return bool(store._q(f"SELECT 1 FROM {table} WHERE id = ?", (target_id,)))


def _judge(text: str) -> Any:
    from ...moderation.policy import moderate

    return moderate(text)


def _post(request: Request, store: Any, user: User, kind: str, target_id: str, text: str,
          parent_id: int | None) -> Comment:
    if user.banned:
        raise HTTPException(403, "this account is banned and cannot post")
    if not _target_exists(store, kind, target_id):
        raise HTTPException(404, f"no {kind} {target_id!r} in this store")
    rate_limited(request, "account", f"user:{user.id}")
    rate_limited(request, "address", address(request))
    try:
        return Comments(store).post(user, kind, target_id, text, _judge(text),
                                    parent_id=parent_id, address=address(request))
    except InputError as err:
        raise HTTPException(422, err.message) from err


def _thread_url(kind: str, target_id: str) -> str:
    return f"/{'articles' if kind == 'article' else 'stories'}/{target_id}/comments"


def _thread_page(request: Request, store: Any, who: Any, kind: str, target_id: str,
                 message: str | None = None, status: int = 200) -> Response:
    if not _target_exists(store, kind, target_id):
        raise HTTPException(404, f"no {kind} {target_id!r} in this store")
    thread = Comments(store).thread(kind, target_id, viewer=who.user)

    def view(c: Comment) -> dict[str, Any]:
        own = who.user is not None and c.user_id == who.user.id
        return {"c": c, "own": own,
                "segments": segments(c.text, c.evidence) if (own or (
                    who.user and who.user.moderator)) and c.status != "live" else
                [{"text": c.text}],
                "replies": [view(r) for r in c.replies]}

    title = None
    if kind == "article":
        rows = store._q("SELECT headline, substr(text, 1, 200) FROM articles WHERE id = ?",
                        (target_id,))
        title = (rows[0][0] or rows[0][1]) if rows else None
    else:
        rows = store._q("SELECT title FROM stories WHERE id = ?", (target_id,))
        title = rows[0][0] if rows else None
    response = render(request, "comments.html", {
        "kind": kind, "target_id": target_id, "title": title or target_id,
        "back": f"/{'articles' if kind == 'article' else 'stories'}/{target_id}",
        "items": [view(c) for c in thread], "viewer": who, "message": message,
        "max_len": MAX_COMMENT}, status_code=status)
    return response


@router.get("/articles/{article_id}/comments", include_in_schema=False)
def article_comments(request: Request, store: StoreDep, who: ViewerDep,
                     article_id: str) -> Response:
    return _thread_page(request, store, who, "article", article_id)


@router.get("/stories/{story_id}/comments", include_in_schema=False)
def story_comments(request: Request, store: StoreDep, who: ViewerDep, story_id: str) -> Response:
    return _thread_page(request, store, who, "story", story_id)


@router.post("/comments", include_in_schema=False)
def post_form(request: Request, store: StoreDep, who: ViewerDep,
              kind: Annotated[Kind, Form()], target_id: Annotated[str, Form()],
              text: Annotated[str, Form(max_length=MAX_COMMENT)],
              csrf: Annotated[str, Form()] = "",
              parent_id: Annotated[int | None, Form()] = None) -> Response:
    check_csrf(request, who, csrf)
    user = require_user(who)
    c = _post(request, store, user, kind, target_id, text, parent_id)
    return RedirectResponse(f"{_thread_url(kind, target_id)}#c{c.id}", status_code=303)


def _own_action(request: Request, store: Any, who: Any, comment_id: int, csrf: str
                ) -> tuple[User, Comment]:
    check_csrf(request, who, csrf)
    user = require_user(who)
    c = Comments(store).get(comment_id)
    if c is None:
        raise HTTPException(404, f"no comment {comment_id}")
    return user, c


@router.post("/comments/{comment_id}/edit", include_in_schema=False)
def edit_form(request: Request, store: StoreDep, who: ViewerDep, comment_id: int,
              text: Annotated[str, Form(max_length=MAX_COMMENT)],
              csrf: Annotated[str, Form()] = "") -> Response:
    user, c = _own_action(request, store, who, comment_id, csrf)
    try:
        Comments(store).edit(user, comment_id, text, _judge(text))
    except InputError as err:
        raise HTTPException(422, err.message) from err
    return RedirectResponse(f"{_thread_url(c.target_kind, c.target_id)}#c{c.id}", 303)


@router.post("/comments/{comment_id}/delete", include_in_schema=False)
def delete_form(request: Request, store: StoreDep, who: ViewerDep, comment_id: int,
                csrf: Annotated[str, Form()] = "") -> Response:
    user, c = _own_action(request, store, who, comment_id, csrf)
    try:
        Comments(store).delete(user, comment_id)
    except InputError as err:
        raise HTTPException(403, err.message) from err
    return RedirectResponse(f"{_thread_url(c.target_kind, c.target_id)}#c{c.id}", 303)


@router.post("/comments/{comment_id}/report", include_in_schema=False)
def report_form(request: Request, store: StoreDep, who: ViewerDep, comment_id: int,
                csrf: Annotated[str, Form()] = "",
                reason: Annotated[str, Form(max_length=500)] = "") -> Response:
    user, c = _own_action(request, store, who, comment_id, csrf)
    rate_limited(request, "account", f"user:{user.id}")
    try:
        Comments(store).report(user, comment_id, reason or None)
    except InputError as err:
        raise HTTPException(422, err.message) from err
    return RedirectResponse(_thread_url(c.target_kind, c.target_id), 303)


# -- JSON ----------------------------------------------------------------------------------
class CommentIn(BaseModel):
    """A new comment or reply (signed in; the session's CSRF token in ``X-CSRF-Token``)."""

    kind: Kind
    target_id: str = Field(min_length=1, max_length=200)
    text: str = Field(min_length=1, max_length=MAX_COMMENT)
    parent_id: int | None = None


def _public(c: Comment, viewer: User | None) -> dict[str, Any]:
    out = c.to_dict()
    if viewer is not None and (viewer.id == c.user_id or viewer.moderator):
        out["moderation"] = {"decision": c.decision, "clauses": c.clauses,
                             "score": c.score, "evidence": c.evidence, "reason": c.reason}
    out["replies"] = [_public(r, viewer) for r in c.replies]
    return out


@router.get("/api/comments", summary="Comments on an article or story", tags=["comments"],
            responses=ERRORS)
def api_thread(store: StoreDep, who: ViewerDep, kind: Kind, target_id: str
               ) -> dict[str, Any]:
    """Top-level comments oldest first, with their replies; a held comment only for its
    author (with the policy's decision) and moderators."""
    if not _target_exists(store, kind, target_id):
        raise HTTPException(404, f"no {kind} {target_id!r} in this store")
    thread = Comments(store).thread(kind, target_id, viewer=who.user)
    return {"items": [_public(c, who.user) for c in thread]}


@router.post("/api/comments", summary="Post a comment", tags=["comments"], status_code=201,
             responses={**ERRORS, 401: {"description": "not signed in"},
                        403: {"description": "CSRF token missing, or banned"},
                        429: {"description": "rate limited"}})
def api_post(request: Request, store: StoreDep, who: ViewerDep, body: CommentIn,
             x_csrf_token: Annotated[str | None, Header()] = None) -> dict[str, Any]:
    """Post as the signed-in user; the answer says whether it is live or held, and why."""
    check_csrf(request, who, x_csrf_token)
    user = require_user(who)
    c = _post(request, store, user, body.kind, body.target_id, body.text, body.parent_id)
    return _public(c, user)

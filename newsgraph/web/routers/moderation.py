"""Moderation: the queue of held comments (oldest first, reason and highlighted spans,
approve or reject with a clause in one click), the audit log, bans; and
``POST /api/moderate``, the policy's decision on comments without storing them."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Form, HTTPException, Request
from fastapi.responses import RedirectResponse, Response
from pydantic import BaseModel, Field, model_validator

from ...errors import InputError
from ...store.comments import Comments
from ..deps import ERRORS, StoreDep, render
from .accounts import ViewerDep, address, check_csrf, rate_limited, require_moderator
from .comments import segments

router = APIRouter()

CLAUSES = ("obscene", "derogatory", "personal", "spam")


@router.get("/moderation", include_in_schema=False)
def queue_page(request: Request, store: StoreDep, who: ViewerDep) -> Response:
    require_moderator(who)
    items = [{"c": c, "segments": segments(c.text, c.evidence)}
             for c in Comments(store).queue()]
    return render(request, "moderation.html", {"items": items, "viewer": who,
                                               "clauses": CLAUSES})


@router.post("/moderation/{comment_id}", include_in_schema=False)
def decide(request: Request, store: StoreDep, who: ViewerDep, comment_id: int,
           csrf: Annotated[str, Form()] = "",
           action: Annotated[Literal["approve", "reject"] | None, Form()] = None,
           clause: Annotated[str | None, Form()] = None) -> Response:
    """One click: the Approve button sends action=approve, each Reject button its clause."""
    check_csrf(request, who, csrf)
    moderator = require_moderator(who)
    action = action or ("reject" if clause else None)
    if action is None:
        raise HTTPException(422, "approve, or reject with a clause")
    try:
        Comments(store).decide(moderator, comment_id, action, clause)
    except InputError as err:
        raise HTTPException(422, err.message) from err
    return RedirectResponse("/moderation", status_code=303)


@router.get("/moderation/audit", include_in_schema=False)
def audit_page(request: Request, store: StoreDep, who: ViewerDep) -> Response:
    require_moderator(who)
    comments = Comments(store)
    return render(request, "audit.html", {"entries": comments.audit_log(), "viewer": who,
                                          "users": comments.users()})


@router.post("/moderation/users/{name}/ban", include_in_schema=False)
def ban(request: Request, store: StoreDep, who: ViewerDep, name: str,
        csrf: Annotated[str, Form()] = "", banned: Annotated[bool, Form()] = True,
        note: Annotated[str, Form(max_length=500)] = "") -> Response:
    check_csrf(request, who, csrf)
    moderator = require_moderator(who)
    comments = Comments(store)
    target = comments.user(name)
    if target is None:
        raise HTTPException(404, f"no user {name!r}")
    if target.role == "admin" and moderator.role != "admin":
        raise HTTPException(403, "only an admin bans an admin")
    comments.set_banned(name, banned, actor=moderator.name, note=note or None)
    return RedirectResponse("/moderation/audit", status_code=303)


class ModerateItem(BaseModel):
    id: Any = None
    text: str = Field(max_length=20_000)


class ModerateIn(BaseModel):
    """One comment (``{"id", "text"}``) or several (``{"items": [...]}``, at most 500)."""

    id: Any = None
    text: str | None = Field(None, max_length=20_000)
    items: list[ModerateItem] | None = Field(None, max_length=500)

    @model_validator(mode="after")
    def one_or_many(self) -> ModerateIn:
        if (self.text is None) == (self.items is None):
            raise ValueError('give "text" (one comment) or "items" (several)')
        return self


@router.post("/api/moderate", summary="The civility policy's decision on comments",
             tags=["moderation"], responses={**ERRORS, 429: {"description": "rate limited"}})
def api_moderate(request: Request, body: ModerateIn) -> Any:
    """``{"id", "decision": "allow"|"review"|"reject", "clauses", "score", "evidence":
    [{"start", "end", "text", "clause"}]}`` per comment (``items`` in, ``items`` out).
    Nothing is stored."""
    from ...moderation.policy import moderate

    rate_limited(request, "address", f"moderate:{address(request)}")
    if body.items is not None:
        return {"items": [moderate(i.text).to_dict(i.id) for i in body.items]}
    return moderate(body.text or "").to_dict(body.id)

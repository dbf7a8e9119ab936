"""Accounts: register, log in, log out; the session cookie and CSRF tokens every form
carries.

1. Passwords are hashed with argon2id (argon2-cffi); only the hash is stored.
2. The session cookie (``ng_session``) is HttpOnly and SameSite=Lax (Secure over HTTPS);
   the store keeps only its SHA-256.
3. CSRF: a signed-in form carries the session's token; the login and register forms carry
   a token that must equal the ``ng_csrf`` cookie (HttpOnly, SameSite=Strict). A form post
   whose Origin is another site is refused (403) before anything else.
"""

from __future__ import annotations

import re
import secrets
import threading
import time
from collections import deque
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Form, HTTPException, Request
from fastapi.responses import RedirectResponse, Response

from ...errors import InputError
from ...store.comments import Comments, User
from ..deps import StoreDep, refuse_cross_site, render

router = APIRouter()

SESSION_COOKIE = "ng_session"
CSRF_COOKIE = "ng_csrf"
NAME = re.compile(r"^[A-Za-z0-9_.-]{3,40}$")
MIN_PASSWORD = 8


def hasher() -> Any:
    from argon2 import PasswordHasher

    # lighter than the library's default memory (64 MiB) so a burst of logins on a small
    # server does not swap; still argon2id with a random salt
    return PasswordHasher(time_cost=2, memory_cost=19_456, parallelism=1)


def hash_password(password: str) -> str:
    """An argon2id hash of ``password``."""
    return hasher().hash(password)


def check_password(hashed: str, password: str) -> bool:
    from argon2.exceptions import InvalidHashError, VerificationError

    try:
        return hasher().verify(hashed, password)
    except (VerificationError, InvalidHashError):
        return False


class Viewer:
    """Who is asking: the signed-in user (or None) and the CSRF token their forms carry."""

    def __init__(self, user: User | None, csrf: str, token: str | None):
        self.user = user
        self.csrf = csrf
        self.token = token


def viewer(request: Request, store: StoreDep) -> Viewer:
    """The request's viewer, from the session cookie."""
    token = request.cookies.get(SESSION_COOKIE)
    if token:
        found = Comments(store).session(token)
        if found:
            return Viewer(found[0], found[1], token)
    return Viewer(None, request.cookies.get(CSRF_COOKIE) or "", None)


ViewerDep = Annotated[Viewer, Depends(viewer)]


def check_csrf(request: Request, who: Viewer, token: str | None) -> None:
    """403 unless ``token`` is the viewer's CSRF token."""
    refuse_cross_site(request, "forms are posted from this site's own pages")
    if not token or not who.csrf or not secrets.compare_digest(token, who.csrf):
        raise HTTPException(403, "the form's security token is missing or stale: reload the "
                                 "page and send it again")


def require_user(who: Viewer) -> User:
    if who.user is None:
        raise HTTPException(401, "log in to do that")
    return who.user


def require_moderator(who: Viewer) -> User:
    user = require_user(who)
    if not user.moderator:
        raise HTTPException(403, "moderators only")
    return user


class RateLimit:
    """At most ``n`` events per ``seconds`` per key (an account, an address), in memory."""

    def __init__(self, n: int, seconds: float):
        self.n = n
        self.seconds = seconds
        self._events: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def hit(self, key: str) -> float | None:
        """Count one event; None when allowed, else the seconds until one is."""
        t = time.monotonic()
        with self._lock:
            q = self._events.setdefault(key, deque())
            while q and q[0] <= t - self.seconds:
                q.popleft()
            if len(q) >= self.n:
                return q[0] + self.seconds - t
            q.append(t)
            return None


def limits(request: Request) -> dict[str, RateLimit]:
    """The app's rate limits: posts per account and per address, logins per address."""
    state = request.app.state
    if not hasattr(state, "rate_limits"):
        state.rate_limits = {"account": RateLimit(5, 60), "address": RateLimit(60, 60),
                             "login": RateLimit(20, 60)}
    return state.rate_limits


def rate_limited(request: Request, kind: str, key: str) -> None:
    """429 with Retry-After when ``key`` is over the ``kind`` limit."""
    wait = limits(request)[kind].hit(key)
    if wait is not None:
        raise HTTPException(429, f"too many requests from this {kind}: wait "
                                 f"{int(wait) + 1} s", headers={"Retry-After":
                                                                  str(int(wait) + 1)})


def address(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def _form_page(request: Request, template: str, message: str | None = None,
               status: int = 200, name: str = "") -> Response:
    token = request.cookies.get(CSRF_COOKIE) or secrets.token_urlsafe(32)
    response = render(request, template, {"csrf": token, "message": message, "name": name,
                                          "viewer": None}, status_code=status)
    response.set_cookie(CSRF_COOKIE, token, httponly=True, samesite="strict",
                        secure=request.url.scheme == "https", path="/")
    return response


def _signed_in(request: Request, store: Any, user: User, to: str) -> Response:
    token, _ = Comments(store).start_session(user)
    response = RedirectResponse(to, status_code=303)
    response.set_cookie(SESSION_COOKIE, token, httponly=True, samesite="lax",
                        secure=request.url.scheme == "https", path="/",
                        max_age=14 * 86400)
    return response


def _next(url: str | None) -> str:
    # only paths on this site: no open redirect
    return url if url and url.startswith("/") and not url.startswith("//") else "/"


@router.get("/register", include_in_schema=False)
def register_page(request: Request) -> Response:
    return _form_page(request, "register.html")


@router.post("/register", include_in_schema=False)
def register(request: Request, store: StoreDep, who: ViewerDep,
             name: Annotated[str, Form()], password: Annotated[str, Form()],
             csrf: Annotated[str, Form()] = "", next: Annotated[str, Form()] = "/") -> Response:
    check_csrf(request, Viewer(None, request.cookies.get(CSRF_COOKIE) or "", None), csrf)
    rate_limited(request, "login", address(request))
    if not NAME.match(name):
        return _form_page(request, "register.html", "a name is 3 to 40 letters, digits, "
                          "dots, dashes or underscores", 422, name)
    if len(password) < MIN_PASSWORD:
        return _form_page(request, "register.html",
                          f"a password has at least {MIN_PASSWORD} characters", 422, name)
    comments = Comments(store)
    try:
        comments.add_user(name, hash_password(password))
    except InputError as err:
        return _form_page(request, "register.html", err.message, 409, name)
    user = comments.user(name)
    assert user is not None
    return _signed_in(request, store, user, _next(next))


@router.get("/login", include_in_schema=False)
def login_page(request: Request) -> Response:
    return _form_page(request, "login.html")


@router.post("/login", include_in_schema=False)
def login(request: Request, store: StoreDep, name: Annotated[str, Form()],
          password: Annotated[str, Form()], csrf: Annotated[str, Form()] = "",
          next: Annotated[str, Form()] = "/") -> Response:
    check_csrf(request, Viewer(None, request.cookies.get(CSRF_COOKIE) or "", None), csrf)
    rate_limited(request, "login", address(request))
    found = Comments(store).user_password(name)
    if found is None or not check_password(found[1], password):
        return _form_page(request, "login.html", "wrong name or password", 401, name)
    return _signed_in(request, store, found[0], _next(next))


@router.post("/logout", include_in_schema=False)
def logout(request: Request, store: StoreDep, who: ViewerDep,
           csrf: Annotated[str, Form()] = "") -> Response:
    check_csrf(request, who, csrf)
    if who.token:
        Comments(store).end_session(who.token)
    response = RedirectResponse("/", status_code=303)
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response

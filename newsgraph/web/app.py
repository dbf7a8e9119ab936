"""The FastAPI application: pages for people, a JSON API for programs, over one store.

    create_app(store_url) -> FastAPI

1. Middleware: request bodies over ``max_body_bytes`` are refused with 413 before they are
   read; ``HEAD`` is answered as ``GET`` without the body; every answer (errors and /docs
   included) carries nosniff, a referrer policy and a Content-Security-Policy that allows
   only this site's own scripts, so text that slipped through escaping still could not run.
   Shown text has its bidirectional controls neutralized (``store.display``).
2. Routers, one per resource (``routers/``): stories, articles, entities, search, analyze,
   home. Each has its JSON routes under ``/api`` (plus ``POST /analyze``) in the OpenAPI
   schema at ``/docs``, and its HTML pages outside it.
3. Errors: every error is ``{"ok": false, "status", "error", "message"}`` JSON with its HTTP
   status, except for a browser asking for a page, which gets the same message as HTML.
"""

from __future__ import annotations

import base64
import hashlib
import logging
import re
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from fastapi_offline import FastAPIOffline
from markupsafe import Markup
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .. import __version__
from ..errors import InputError, ModelError, NewsgraphError, StoreError
from ..output import plural
from ..store import Store, open_store
from ..store.display import display_title, neutralize_bidi
from . import render
from .deps import error_response

log = logging.getLogger(__name__)

HERE = Path(__file__).parent
MAX_BODY_BYTES = 2_000_000  # a long article as HTML is ~300 kB; 2 MB leaves room

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
       "frame-ancestors 'none'")
# The offline Swagger and ReDoc pages start with an inline script: it is allowed by its hash
# (computed from the page itself), never by 'unsafe-inline'. Their bundled CSS injects
# styles and ReDoc runs a worker from a blob: URL.
DOCS_CSP = ("default-src 'self'; script-src 'self' {hashes}; style-src 'self' 'unsafe-inline'; "
            "img-src 'self' data:; font-src 'self' data:; worker-src 'self' blob:; "
            "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
            "frame-ancestors 'none'")
DOCS_PATHS = ("/docs", "/redoc")
BASE_HEADERS = {"x-content-type-options": "nosniff", "referrer-policy": "no-referrer",
                "x-frame-options": "DENY"}


class StoreProvider:
    """One store connection per worker thread (SQLite connections must stay on theirs)."""

    def __init__(self, url: str | None, store: Store | None = None):
        self.url = url
        self._fixed = store
        self._local = threading.local()
        self._opened: list[Store] = []
        self._lock = threading.Lock()

    def get(self) -> Store:
        """This thread's store, opened on first use."""
        if self._fixed is not None:
            return self._fixed
        store = getattr(self._local, "store", None)
        if store is None:
            store = open_store(self.url)
            self._local.store = store
            with self._lock:
                self._opened.append(store)
        return store

    def close(self) -> None:
        """Close every connection this provider opened."""
        with self._lock:
            for store in self._opened:
                try:
                    store.close()
                except Exception:  # closing at shutdown: nothing left to do about it
                    log.exception("closing %s", self.url)
            self._opened.clear()


class BodyLimit:
    """Refuse request bodies larger than ``limit`` bytes with 413 (declared or streamed)."""

    def __init__(self, app: ASGIApp, limit: int):
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.limit:
            await self._refuse(scope, receive, send)
            return
        seen = 0

        async def counted() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.limit:
                    # Raised inside the app, so its HTTP error handler answers the 413.
                    raise StarletteHTTPException(413, self._message())
            return message

        await self.app(scope, counted, send)

    def _message(self) -> str:
        return f"request body over {self.limit} bytes: send a shorter article, or split it"

    async def _refuse(self, scope: Scope, receive: Receive, send: Send) -> None:
        response = error_response(413, self._message())
        await response(scope, receive, send)


def _wants_html(request: Request) -> bool:
    path = request.url.path
    if path.startswith(("/api/", "/static/")) or path == "/openapi.json":
        return False
    return "text/html" in request.headers.get("accept", "")


def _install_errors(app: FastAPI, templates: Jinja2Templates) -> None:
    def answer(request: Request, status: int, message: str, hint: str | None = None,
               detail: Any = None) -> Response:
        if _wants_html(request):
            return templates.TemplateResponse(
                request, "error.html", {"status": status, "message": message, "hint": hint},
                status_code=status)
        return error_response(status, message, hint=hint, detail=detail)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        message = exc.detail if isinstance(exc.detail, str) else str(exc.detail)
        if exc.status_code == 404 and message == "Not Found":
            message = f"no page or endpoint at {request.url.path}"
        response = answer(request, exc.status_code, message)
        if exc.headers:  # a 429's Retry-After
            response.headers.update(exc.headers)
        return response

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        problems = []
        for err in exc.errors():
            where = ".".join(str(x) for x in err.get("loc", ()) if x != "body")
            problems.append({"field": where, "problem": err.get("msg", "invalid")})
        message = "; ".join(f"{p['field']}: {p['problem']}" for p in problems) or "invalid"
        return answer(request, 422, message, detail=problems)

    @app.exception_handler(NewsgraphError)
    async def newsgraph_error(request: Request, exc: NewsgraphError) -> Response:
        status = 422 if isinstance(exc, InputError) else 503 if isinstance(
            exc, StoreError | ModelError) else 500
        return answer(request, status, exc.message, hint=exc.hint)

    @app.exception_handler(Exception)
    async def crashed(request: Request, exc: Exception) -> Response:
        log.exception("unhandled error on %s", request.url.path)
        response = answer(request, 500, f"internal error ({type(exc).__name__})",
                          hint="see the server log")
        # Starlette answers this one outside every middleware: set the headers here.
        response.headers.update(security_headers(request.url.path))
        return response


def security_headers(path: str, body: bytes | None = None) -> dict[str, str]:
    """The headers every answer carries; the docs pages' CSP allows their inline script by
    hash (``body`` is the page)."""
    headers = dict(BASE_HEADERS)
    if path.startswith(DOCS_PATHS):
        hashes = " ".join(f"'sha256-{h}'" for h in inline_script_hashes(body or b""))
        headers["content-security-policy"] = DOCS_CSP.format(hashes=hashes)
    else:
        headers["content-security-policy"] = CSP
    return headers


_INLINE_SCRIPT = re.compile(rb"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", re.S | re.I)


def inline_script_hashes(html: bytes) -> list[str]:
    """Base64 SHA-256 of each inline <script> body, as CSP wants them."""
    return [base64.b64encode(hashlib.sha256(m.group(1)).digest()).decode()
            for m in _INLINE_SCRIPT.finditer(html)]


class SecurityHeaders:
    """Adds nosniff, the referrer policy and the Content-Security-Policy to every answer.

    Plain ASGI rather than ``@app.middleware("http")``: that one reads the request body in
    a task of its own, where ``BodyLimit``'s 413 would escape the app's error handlers.
    The docs pages are buffered (a few kB) so their CSP can name their inline script.
    """

    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path = scope["path"]
        if not path.startswith(DOCS_PATHS):
            async def with_headers(message: Message) -> None:
                if message["type"] == "http.response.start":
                    message = _add_headers(message, security_headers(path))
                await send(message)

            await self.app(scope, receive, with_headers)
            return

        start: Message | None = None
        body = bytearray()

        async def buffered(message: Message) -> None:
            nonlocal start
            if message["type"] == "http.response.start":
                start = message
                return
            if message["type"] == "http.response.body":
                body.extend(message.get("body", b""))
                if message.get("more_body"):
                    return
                assert start is not None
                await send(_add_headers(start, security_headers(path, bytes(body))))
                await send({"type": "http.response.body", "body": bytes(body)})
                return
            await send(message)

        await self.app(scope, receive, buffered)


def _add_headers(message: Message, extra: dict[str, str]) -> Message:
    headers = list(message.get("headers", []))
    names = {k.lower() for k, _ in headers}
    headers += [(k.encode(), v.encode()) for k, v in extra.items() if k.encode() not in names]
    return {**message, "headers": headers}


class HeadAsGet:
    """Answers ``HEAD`` on every ``GET`` route: runs the ``GET`` and drops its body (the
    headers, Content-Length included, stay those of the ``GET``)."""

    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "HEAD":
            await self.app(scope, receive, send)
            return

        async def no_body(message: Message) -> None:
            if message["type"] == "http.response.body":
                if message.get("more_body"):
                    return
                message = {"type": "http.response.body", "body": b""}
            await send(message)

        await self.app({**scope, "method": "GET"}, receive, no_body)


def _shown(value: Any) -> Any:
    """Jinja finalize: every value printed in a page has its bidi controls neutralized."""
    if isinstance(value, str):
        shown = neutralize_bidi(value)
        return Markup(shown) if isinstance(value, Markup) else shown
    return value


def create_app(store_url: str | None = None, *, store: Store | None = None,
               max_body_bytes: int = MAX_BODY_BYTES) -> FastAPI:
    """The newsgraph web application over one store.

    Args:
        store_url: the store's path or URL (see ``newsgraph.store.open_store``); opened per
            worker thread on first use.
        store: an already open store to use instead (tests); left open at shutdown.
        max_body_bytes: request bodies larger than this are refused with 413.
    """
    from .routers import (
        accounts,
        analyze,
        articles,
        comments,
        entities,
        home,
        ingest,
        moderation,
        search,
        stories,
    )

    provider = StoreProvider(store_url, store)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        provider.close()

    app = FastAPIOffline(
        title="newsgraph", version=__version__, lifespan=lifespan,
        description="News articles in, structured and evidenced records out. JSON API over "
                    "a newsgraph store: stories, articles with their evidence, entities, "
                    "search with facets, and `POST /analyze` for one article. Errors are "
                    "JSON: `{\"ok\": false, \"status\", \"error\", \"message\"}`.",
        static_url="/static/docs")
    app.state.stores = provider
    app.state.store_url = store_url
    templates = Jinja2Templates(directory=HERE / "templates")
    # Set before any template compiles (finalize is read at compile time). JSON in pages
    # keeps non-ASCII characters as they are, so finalize sees (and neutralizes) them too.
    templates.env.finalize = _shown
    templates.env.policies["json.dumps_kwargs"] = {"sort_keys": True, "ensure_ascii": False}
    templates.env.globals["version"] = __version__
    templates.env.filters["snippet"] = render.snippet_html
    templates.env.filters["plural"] = plural
    templates.env.globals["article_title"] = display_title
    templates.env.filters["safe_url"] = render.safe_url
    app.state.templates = templates

    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    for module in (home, stories, articles, entities, search, analyze, ingest, accounts,
                   comments, moderation):
        app.include_router(module.router)
    _install_errors(app, templates)
    # The last added runs first: headers go on everything, BodyLimit's own 413 included.
    app.add_middleware(BodyLimit, limit=max_body_bytes)
    app.add_middleware(HeadAsGet)
    app.add_middleware(SecurityHeaders)

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> Response:
        return Response(status_code=204)

    return app

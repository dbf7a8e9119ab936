"""``POST /api/ingest``: a running server analyzes and stores articles, so a feed that sends
a few articles every few minutes does not pay the model's load (seconds) on each run.

Writing to the store takes a token: ``NEWSGRAPH_INGEST_TOKEN`` in the server's environment,
sent as ``Authorization: Bearer <token>``. Without the variable the endpoint is off (403).
Each call stores its articles and places them in stories, like ``newsgraph ingest``; the same
article sent twice is counted as a duplicate, not stored twice.
"""

from __future__ import annotations

import hmac
import os
from typing import Annotated

from fastapi import APIRouter, Header
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, Field, model_validator
from starlette.concurrency import run_in_threadpool

from ...errors import InputError
from ..deps import ERRORS, StoreDep, error_response
from .analyze import _ANALYZE_LOCK, MAX_CHARS, MODEL, ModelLoading

router = APIRouter()

TOKEN_ENV = "NEWSGRAPH_INGEST_TOKEN"
MAX_ARTICLES = 100  # per call; a feed sends more in more calls


class IngestArticle(BaseModel):
    """One article to store: its text or its HTML, with what is known about it."""

    text: str | None = Field(None, min_length=1, max_length=MAX_CHARS)
    html: str | None = Field(None, min_length=1, max_length=MAX_CHARS)
    published: str | None = Field(
        None, pattern=r"^\d{4}-\d{2}-\d{2}([T ][0-9:.+\-Z]+)?$",
        description="publication date (ISO 8601); relative dates resolve against it")
    source: str | None = Field(None, max_length=200)
    url: str | None = Field(None, max_length=2000)

    @model_validator(mode="after")
    def _one_body(self) -> IngestArticle:
        if (self.text is None) == (self.html is None):
            raise ValueError('give the article in "text" or in "html" (one of them)')
        return self


class IngestRequest(BaseModel):
    articles: list[IngestArticle] = Field(min_length=1, max_length=MAX_ARTICLES)


def _authorized(authorization: str | None) -> Response | None:
    """None when the bearer token is right; else the error response to send."""
    token = os.environ.get(TOKEN_ENV)
    if not token:
        return error_response(403, "ingest over HTTP is off on this server",
                              hint=f"start `newsgraph serve` with {TOKEN_ENV} set")
    sent = (authorization or "").removeprefix("Bearer ").strip()
    if not hmac.compare_digest(sent.encode(), token.encode()):
        return error_response(403, "a wrong or missing ingest token",
                              hint=f"send Authorization: Bearer <{TOKEN_ENV}>")
    return None


@router.post("/api/ingest", summary="Analyze and store articles", tags=["ingest"],
             responses=ERRORS)
async def api_ingest(req: IngestRequest, store: StoreDep,
                     authorization: Annotated[str | None, Header()] = None) -> Response:
    """Analyze the articles, store them and place them in stories; answers what was done:
    ``{"new", "duplicate", "failed", "failed_by_reason", "failures", "stories", ...}``."""
    refused = _authorized(authorization)
    if refused is not None:
        return refused
    try:
        analyzer = MODEL.get()
    except ModelLoading as wait:
        return error_response(
            503, f"loading the language model: retry in {wait.retry_after} s",
            hint="the model loads once per server",
            headers={"retry-after": str(wait.retry_after)})
    summary = await run_in_threadpool(_ingest, req, store, analyzer)
    return JSONResponse(summary.to_dict())


def _ingest(req: IngestRequest, store: object, analyzer: object) -> object:
    from ...ingest import ingest_items
    from ...inputs import Item

    items: list[Item | InputError] = []
    for n, a in enumerate(req.articles, 1):
        try:  # a date that looks ISO but is none (2022-13-45) fails this article only
            items.append(Item(raw=a.html if a.html is not None else a.text or "",
                              is_html=a.html is not None, published=a.published,
                              source=a.source, url=a.url, name=f"POST /api/ingest #{n}"))
        except InputError as err:
            items.append(err)
    with _ANALYZE_LOCK:  # one analysis at a time per process, as for /analyze
        return ingest_items(items, store, analyzer=analyzer, progress=False)

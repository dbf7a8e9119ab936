"""Analyze one pasted article: ``POST /analyze`` answers its record (JSON, or a page)."""

from __future__ import annotations

import threading
from typing import Any

from fastapi import APIRouter, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, Field, ValidationError
from starlette.concurrency import run_in_threadpool

from ...errors import InputError
from ...record import Record
from .. import render as view
from ..deps import ERRORS, render

router = APIRouter()

MAX_CHARS = 1_000_000

# One spaCy pipeline per process, shared; one analysis at a time keeps memory flat and
# avoids running the same Language object from two threads at once.
_ANALYZE_LOCK = threading.Lock()


class AnalyzeRequest(BaseModel):
    """One article to analyze."""

    text: str = Field(min_length=1, max_length=MAX_CHARS,
                      description="the article as plain text or HTML")
    html: bool | None = Field(None, description="true: HTML, false: plain text, null: detect")
    published: str | None = Field(
        None, pattern=r"^\d{4}-\d{2}-\d{2}([T ][0-9:.+\-Z]+)?$",
        description="publication date (ISO); relative dates resolve against it")
    source: str | None = Field(None, max_length=200, description="the publishing site")
    url: str | None = Field(None, max_length=2000, description="the article's address")


_BODY_DOC = {
    "requestBody": {
        "required": True,
        "content": {
            "application/json": {"schema": AnalyzeRequest.model_json_schema()},
            "application/x-www-form-urlencoded": {
                "schema": AnalyzeRequest.model_json_schema()},
        },
    }
}


def analyze_request(req: AnalyzeRequest) -> Record:
    """Run the pipeline on one request (the model loads on first use)."""
    from ...inputs import looks_like_html
    from ...pipeline import Item, get_analyzer

    is_html = looks_like_html(req.text) if req.html is None else req.html
    item = Item(raw=req.text, is_html=is_html, published=req.published or None,
                source=req.source or None, url=req.url or None, name="POST /analyze")
    with _ANALYZE_LOCK:
        return get_analyzer().analyze(item)


async def _read(request: Request) -> tuple[AnalyzeRequest, bool]:
    """The request's fields from JSON or a form; whether it came from the page's form."""
    ctype = request.headers.get("content-type", "")
    from_form = ctype.startswith(("application/x-www-form-urlencoded", "multipart/form-data"))
    if from_form:
        form = await request.form()
        data: Any = {k: v for k, v in form.items() if isinstance(v, str) and v != ""}
        kind = data.pop("kind", "auto")
        data["html"] = {"html": True, "text": False}.get(kind)
    elif ctype.startswith("application/json") or not ctype:
        try:
            data = await request.json()
        except ValueError as exc:
            raise RequestValidationError(
                [{"loc": ("body",), "msg": f"not JSON: {exc}", "type": "json_invalid"}]
            ) from exc
    else:
        from fastapi import HTTPException

        raise HTTPException(415, f"unsupported content type {ctype!r}: send JSON "
                                 "({\"text\": ...}) or a form")
    try:
        return AnalyzeRequest.model_validate(data), from_form
    except ValidationError as exc:
        raise RequestValidationError(exc.errors()) from exc


@router.post("/analyze", summary="Analyze one article",
             response_model=Record, tags=["analyze"], responses=ERRORS,
             openapi_extra=_BODY_DOC)
async def analyze(request: Request) -> Response:
    """Analyze one article (text or HTML) and answer its record. A browser's form post
    (``Accept: text/html``) gets the analyze page with the record shown instead."""
    req, from_form = await _read(request)
    if not (from_form and "text/html" in request.headers.get("accept", "")):
        record = await run_in_threadpool(analyze_request, req)
        return JSONResponse(record.to_dict())
    try:
        record = await run_in_threadpool(analyze_request, req)
    except InputError as err:
        # Keep the pasted text in the form, with the reason beside it.
        return render(request, "analyze.html", {"form": req, "rv": None, "error": err},
                      status_code=422)
    return render(request, "analyze.html", {"form": req, "rv": view.record_view(record)})


@router.post("/api/analyze", summary="Analyze one article (alias)",
             response_model=Record, tags=["analyze"], responses=ERRORS,
             openapi_extra=_BODY_DOC)
async def api_analyze(request: Request) -> Response:
    """The same as ``POST /analyze``, under ``/api`` with the rest of the API."""
    req, _ = await _read(request)
    record = await run_in_threadpool(analyze_request, req)
    return JSONResponse(record.to_dict())


@router.get("/analyze", include_in_schema=False)
def analyze_page(request: Request) -> Response:
    return render(request, "analyze.html", {"form": None, "rv": None, "error": None})

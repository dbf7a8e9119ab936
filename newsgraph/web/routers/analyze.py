"""Analyze one pasted article: ``POST /analyze`` answers its record (JSON, or a page).

The language model takes seconds to load, once per process. The first request starts
loading it in the background and is answered at once: 503 with ``Retry-After`` (JSON), or
the page saying so with the pasted text kept. ``serve`` starts the load when the server
starts, so it is usually ready before anyone asks.
"""

from __future__ import annotations

import threading
from typing import Any

from fastapi import APIRouter, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, Field, ValidationError
from starlette.concurrency import run_in_threadpool

from ...errors import InputError, ModelError
from ...record import Record
from .. import render as view
from ..deps import ERRORS, error_response, render

router = APIRouter()

MAX_CHARS = 1_000_000

# One spaCy pipeline per process, shared; one analysis at a time keeps memory flat and
# avoids running the same Language object from two threads at once.
_ANALYZE_LOCK = threading.Lock()
RETRY_AFTER_S = 10  # the model loads in ~5-10 s on a laptop


class ModelLoading(Exception):
    """The model is still loading: ask again in ``retry_after`` seconds."""

    def __init__(self, retry_after: int = RETRY_AFTER_S):
        super().__init__("the language model is loading")
        self.retry_after = retry_after


class ModelLoader:
    """Loads the analyzer once, in a background thread; never makes a request wait for it."""

    def __init__(self, load: Any = None):
        self._load = load
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self.analyzer: Any = None
        self.error: BaseException | None = None

    def start(self) -> None:
        """Begin loading (once); returns at once."""
        with self._lock:
            if self.analyzer is not None or self._thread is not None:
                return
            self._thread = threading.Thread(target=self._run, name="newsgraph-model-load",
                                            daemon=True)
            self._thread.start()

    def _run(self) -> None:
        try:
            if self._load is not None:
                self.analyzer = self._load()
            else:
                from ...pipeline import get_analyzer

                self.analyzer = get_analyzer()
        except BaseException as exc:  # reported to the next request, which may retry
            self.error = exc
            with self._lock:
                self._thread = None

    def get(self) -> Any:
        """The loaded analyzer; raises ModelLoading (after starting the load) until then."""
        if self.analyzer is not None:
            return self.analyzer
        if self.error is not None:
            error, self.error = self.error, None
            raise ModelError(f"the language model failed to load: {error}",
                             hint="check the install (make install), then retry") from error
        self.start()
        raise ModelLoading()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until loaded (tests, scripts); whether it is loaded."""
        thread = self._thread
        if thread is not None:
            thread.join(timeout)
        return self.analyzer is not None


MODEL = ModelLoader()


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
    """Run the pipeline on one request; raises ModelLoading until the model is loaded."""
    from ...inputs import looks_like_html
    from ...pipeline import Item

    is_html = looks_like_html(req.text) if req.html is None else req.html
    item = Item(raw=req.text, is_html=is_html, published=req.published or None,
                source=req.source or None, url=req.url or None, name="POST /analyze")
    analyzer = MODEL.get()
    with _ANALYZE_LOCK:
        return analyzer.analyze(item)


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
        except RecursionError as exc:
            # json.loads recurses once per level: '[[[[...' of a few kB exhausts the stack
            raise RequestValidationError(
                [{"loc": ("body",), "msg": "JSON nested too deeply: send "
                  "{\"text\": ...} with plain values", "type": "json_invalid"}]) from exc
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
        return await _analyze_json(req)
    try:
        record = await run_in_threadpool(analyze_request, req)
    except InputError as err:
        # Keep the pasted text in the form, with the reason beside it.
        return render(request, "analyze.html", {"form": req, "rv": None, "error": err},
                      status_code=422)
    except ModelLoading as wait:
        response = render(request, "analyze.html",
                          {"form": req, "rv": None, "loading": wait.retry_after},
                          status_code=503)
        response.headers["retry-after"] = str(wait.retry_after)
        return response
    return render(request, "analyze.html", {"form": req, "rv": view.record_view(record)})


async def _analyze_json(req: AnalyzeRequest) -> Response:
    try:
        record = await run_in_threadpool(analyze_request, req)
    except ModelLoading as wait:
        return error_response(
            503, f"loading the language model (first request since the server started): "
                 f"retry in {wait.retry_after} s", hint="the model loads once per server",
            headers={"retry-after": str(wait.retry_after)})
    return JSONResponse(record.to_dict())


@router.post("/api/analyze", summary="Analyze one article (alias)",
             response_model=Record, tags=["analyze"], responses=ERRORS,
             openapi_extra=_BODY_DOC)
async def api_analyze(request: Request) -> Response:
    """The same as ``POST /analyze``, under ``/api`` with the rest of the API."""
    req, _ = await _read(request)
    return await _analyze_json(req)


@router.get("/analyze", include_in_schema=False)
def analyze_page(request: Request) -> Response:
    return render(request, "analyze.html", {"form": None, "rv": None, "error": None})

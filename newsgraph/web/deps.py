"""What the routers share: the store, the templates, pagination and JSON envelopes."""

from __future__ import annotations

from typing import Annotated, Any, Generic, TypeVar
from urllib.parse import urlencode

from fastapi import Depends, HTTPException, Query, Request
from fastapi.responses import JSONResponse
from fastapi.templating import Jinja2Templates
from pydantic import BaseModel
from starlette.responses import Response

from ..store import Store

T = TypeVar("T")

MAX_LIMIT = 200

_ERROR_NAMES = {400: "bad_request", 403: "forbidden", 404: "not_found", 405: "method_not_allowed",
                413: "too_large", 415: "unsupported_media_type", 422: "invalid",
                500: "internal", 503: "unavailable"}


def refuse_cross_site(request: Request, message: str) -> None:
    """403 with ``message`` when the browser says a form was posted from another site."""
    origin = request.headers.get("origin")
    cross = request.headers.get("sec-fetch-site") == "cross-site" or (
        origin is not None and origin != "null"
        and origin.split("://", 1)[-1] != request.headers.get("host"))
    if cross:
        raise HTTPException(403, message)


def get_store(request: Request) -> Store:
    """The store for this request's worker thread."""
    return request.app.state.stores.get()


StoreDep = Annotated[Store, Depends(get_store)]


class Paging(BaseModel):
    """``limit``/``offset`` query parameters, bounded."""

    limit: int
    offset: int


def paging(limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description="items per page")] = 20,
           offset: Annotated[int, Query(ge=0, le=10_000_000, description="items to skip")] = 0
           ) -> Paging:
    """Pagination parameters shared by every list endpoint."""
    return Paging(limit=limit, offset=offset)


PagingDep = Annotated[Paging, Depends(paging)]


class Page(BaseModel, Generic[T]):
    """One page of a list: its items, where it starts, and how to get the next one."""

    items: list[T]
    limit: int
    offset: int
    total: int | None = None  # None where counting would cost a second query
    next: str | None = None  # the URL of the next page, None on the last one


class ErrorBody(BaseModel):
    """Every error the API answers."""

    ok: bool = False
    status: int
    error: str
    message: str
    hint: str | None = None
    detail: Any = None


ERRORS: dict[int | str, dict[str, Any]] = {
    404: {"model": ErrorBody, "description": "not found"},
    413: {"model": ErrorBody, "description": "request body too large"},
    422: {"model": ErrorBody, "description": "invalid parameters or input"},
    503: {"model": ErrorBody, "description": "the store or model is unavailable"},
}


def page_of(request: Request, items: list[Any], paging: Paging, *, has_more: bool,
            total: int | None = None) -> dict[str, Any]:
    """The JSON page envelope with a ``next`` link keeping the request's other parameters."""
    nxt = None
    if has_more:
        params = dict(request.query_params)
        params.update(limit=str(paging.limit), offset=str(paging.offset + paging.limit))
        nxt = f"{request.url.path}?{urlencode(params)}"
    return {"items": items, "limit": paging.limit, "offset": paging.offset,
            "total": total, "next": nxt}


def error_response(status: int, message: str, *, hint: str | None = None,
                   detail: Any = None, headers: dict[str, str] | None = None) -> JSONResponse:
    """The API's error answer: JSON with the status, a short name and a message."""
    body: dict[str, Any] = {"ok": False, "status": status,
                            "error": _ERROR_NAMES.get(status, "error"), "message": message}
    if hint:
        body["hint"] = hint
    if detail is not None:
        body["detail"] = detail
    return JSONResponse(body, status_code=status, headers=headers)


def not_found(what: str, key: str) -> HTTPException:
    """404 naming what was looked for."""
    return HTTPException(404, f"no {what} {key!r} in this store")


def render(request: Request, template: str, context: dict[str, Any],
           status_code: int = 200) -> Response:
    """A page from the app's templates (autoescaped)."""
    templates: Jinja2Templates = request.app.state.templates
    return templates.TemplateResponse(request, template, context, status_code=status_code)


def page_links(request: Request, paging: Paging, has_more: bool) -> dict[str, str | None]:
    """Previous/next page URLs for a page's pagination bar."""
    params = dict(request.query_params)

    def at(offset: int) -> str:
        return f"{request.url.path}?{urlencode({**params, 'offset': str(offset)})}"

    return {"prev": at(max(0, paging.offset - paging.limit)) if paging.offset > 0 else None,
            "next": at(paging.offset + paging.limit) if has_more else None}

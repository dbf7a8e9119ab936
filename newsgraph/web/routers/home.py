"""Home page (latest stories, search box), the story list, and the store's counts."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response

from ... import __version__
from ...store.models import Counts
from .. import render as view
from ..deps import ERRORS, PagingDep, StoreDep, page_links, render

router = APIRouter()


@router.get("/api/counts", summary="Corpus counts",
            response_model=Counts, tags=["corpus"], responses=ERRORS)
def api_counts(store: StoreDep) -> dict[str, Any]:
    """How many articles, stories, entities, quotes, events and sources are stored."""
    return store.counts().to_dict()


@router.get("/api/health", summary="Health and version", tags=["corpus"])
def api_health() -> dict[str, Any]:
    """The server is up; its newsgraph version."""
    return {"ok": True, "version": __version__}


@router.get("/", include_in_schema=False)
def home(request: Request, store: StoreDep, paging: PagingDep) -> Response:
    stories = view.story_summaries(store.stories(limit=paging.limit + 1,
                                                 offset=paging.offset))
    has_more = len(stories) > paging.limit
    latest = store.articles(limit=10) if paging.offset == 0 else []
    return render(request, "home.html", {
        "counts": store.counts(), "stories": stories[:paging.limit], "latest": latest,
        "pages": page_links(request, paging, has_more)})

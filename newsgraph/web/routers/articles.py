"""Articles: the list, one record as JSON, and the article page with its evidence."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from ...record import Record
from ...store.models import ArticleSummary
from .. import render as view
from ..deps import ERRORS, Page, PagingDep, StoreDep, not_found, page_of, render

router = APIRouter()

DateQ = Query(pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$", description="ISO date, inclusive")


@router.get("/api/articles", summary="List articles",
            response_model=Page[ArticleSummary], tags=["articles"],
            responses=ERRORS)
def api_articles(request: Request, store: StoreDep, paging: PagingDep,
                 source: str | None = None,
                 date_from: Annotated[str | None, DateQ] = None,
                 date_to: Annotated[str | None, DateQ] = None,
                 story: str | None = None, entity: str | None = None) -> dict[str, Any]:
    """Articles, newest first, filtered by source, publication dates, story or entity."""
    items = store.articles(limit=paging.limit + 1, offset=paging.offset, source=source,
                           date_from=date_from, date_to=date_to, story=story, entity=entity)
    return page_of(request, [a.to_dict() for a in items[:paging.limit]], paging,
                   has_more=len(items) > paging.limit)


@router.get("/api/articles/{article_id}", summary="One article's record",
            response_model=Record, tags=["articles"],
            responses=ERRORS)
def api_article(article_id: str, store: StoreDep) -> dict[str, Any]:
    """The article's full record: clean text, entities, places, times, quotes, events,
    copy-desk issues and what was cut, every fact with its offsets into ``text``."""
    record = store.get_article(article_id)
    if record is None:
        raise not_found("article", article_id)
    return record.to_dict()


@router.get("/articles/{article_id}", include_in_schema=False)
def article_page(request: Request, article_id: str, store: StoreDep) -> Response:
    record = store.get_article(article_id)
    if record is None:
        raise not_found("article", article_id)
    return render(request, "article.html", {"rv": view.record_view(record)})

"""Full-text search with filters and facet counts."""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from ...store.models import SearchResult
from ..deps import ERRORS, PagingDep, StoreDep, page_links, render
from ..render import country_name

router = APIRouter()

DateQ = Query(pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$", description="ISO date, inclusive")
SortQ = Query(pattern=r"^(relevance|date)$",
              description="relevance: best match first (BM25 on SQLite, ts_rank on "
                          "PostgreSQL; newest first without q); date: newest first")
FACET_FILTER = {"entity": "entity", "place": "place", "country": "country",
                "event_type": "event_type", "source": "source"}


@router.get("/api/search", summary="Search with facets",
            response_model=SearchResult, tags=["search"], responses=ERRORS)
def api_search(store: StoreDep, paging: PagingDep,
               q: Annotated[str | None, Query(max_length=500, description="words")] = None,
               entity: str | None = None, place: str | None = None,
               country: Annotated[str | None, Query(pattern=r"^[A-Za-z]{2}$")] = None,
               date_from: Annotated[str | None, DateQ] = None,
               date_to: Annotated[str | None, DateQ] = None,
               event_type: str | None = None, source: str | None = None,
               sort: Annotated[str, SortQ] = "relevance") -> dict[str, Any]:
    """Articles matching all the words of ``q`` and every filter given, with facet counts
    (entity, place, country, date, event_type, source) over all matches. Each hit has its
    relevance ``score`` (higher is better) and a snippet: ``snippet_text`` with the query's
    words at ``highlights`` ([start, end) offsets), and ``snippet`` with them in [ ] for
    terminals. Page with ``limit``/``offset``; ``total`` counts every match."""
    result = store.search(q or None, entity=entity, place=place,
                          country=country.upper() if country else None, date_from=date_from,
                          date_to=date_to, event_type=event_type, source=source,
                          limit=paging.limit, offset=paging.offset, sort=sort)
    return result.to_dict()


@router.get("/search", include_in_schema=False)
def search_page(request: Request, store: StoreDep, paging: PagingDep,
                q: Annotated[str | None, Query(max_length=500)] = None,
                entity: str | None = None, place: str | None = None,
                country: Annotated[str | None, Query(pattern=r"^[A-Za-z]{2}$")] = None,
                date_from: Annotated[str | None, DateQ] = None,
                date_to: Annotated[str | None, DateQ] = None,
                event_type: str | None = None, source: str | None = None,
                sort: Annotated[str, SortQ] = "relevance") -> Response:
    filters = {"entity": entity, "place": place, "country": country.upper() if country else None,
               "date_from": date_from, "date_to": date_to, "event_type": event_type,
               "source": source}
    result = store.search(q or None, limit=paging.limit, offset=paging.offset, sort=sort,
                          **filters)
    active = {k: v for k, v in filters.items() if v}
    base = {"q": q} if q else {}
    if sort != "relevance":
        base["sort"] = sort

    def with_filter(key: str, value: str | None) -> str:
        params = {**base, **active}
        if value is None:
            params.pop(key, None)
        else:
            params[key] = value
        return "/search?" + urlencode(params)

    facets = []
    for key, counts in result.facets.items():
        if key == "date":
            # a date facet filters on one day: from and to that day
            rows = [{"label": c.label or c.value, "count": c.count,
                     "href": "/search?" + urlencode({**base, **active, "date_from": c.value,
                                                    "date_to": c.value}),
                     "on": active.get("date_from") == c.value} for c in counts]
        else:
            rows = [{"label": c.label or (country_name(c.value) if key == "country" else c.value),
                     "count": c.count,
                     "href": with_filter(FACET_FILTER.get(key, key), c.value),
                     "on": active.get(FACET_FILTER.get(key, key)) == c.value} for c in counts]
        facets.append({"key": key, "rows": rows})
    chips = [{"key": k, "value": v, "href": with_filter(k, None)} for k, v in active.items()]
    has_more = paging.offset + len(result.hits) < result.total
    keep = {**({"q": q} if q else {}), **active}
    sorts = [{"value": v, "label": v, "on": v == sort,
              "href": "/search?" + urlencode({**keep, **({"sort": v} if v != "relevance"
                                                         else {})})}
             for v in ("relevance", "date")]
    return render(request, "search.html", {
        "q": q or "", "result": result, "facets": facets, "chips": chips, "filters": filters,
        "sort": sort, "sorts": sorts, "pages": page_links(request, paging, has_more)})

"""Entities across the corpus: titles over time, articles, quotes, co-occurrence, places."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response

from ...store.models import EntityPage
from .. import render as view
from ..deps import ERRORS, StoreDep, not_found, render

router = APIRouter()


@router.get("/api/entities/{name_or_id:path}", summary="One entity across the corpus",
            response_model=EntityPage, tags=["entities"],
            responses=ERRORS)
def api_entity(name_or_id: str, store: StoreDep) -> dict[str, Any]:
    """A corpus entity by id, or by its name or an alias, or a last name ("Reznikov"):
    the most mentioned match. 404 when none matches (no wildcards, no substrings)."""
    return _entity(store, name_or_id).to_dict()


def _entity(store: Any, name_or_id: str) -> EntityPage:
    page = store.entity(name_or_id)
    if page is None:
        raise not_found("entity", name_or_id)
    page.quotes = view.fold_quotes(page.quotes, page.articles)
    page.stories = view.story_summaries(page.stories)
    return page


@router.get("/entities/{name_or_id:path}", include_in_schema=False)
def entity_page(request: Request, name_or_id: str, store: StoreDep) -> Response:
    page = _entity(store, name_or_id)
    places = list(page.places)
    if page.geo is not None and all(p.id != page.geo.id for p in places):
        places.insert(0, page.geo)
    return render(request, "entity.html", {
        "entity": page,
        "map": {"points": view.place_points(places),
                "countries": view.countries_numeric([p.country for p in places])},
        "titles": _title_rows(page), "articles": {a.id: a for a in page.articles}})


def _title_rows(page: EntityPage) -> list[dict[str, Any]]:
    """Titles with their first/last sighting placed on a shared time axis (0..1)."""
    seen = [d for t in page.titles for d in (t.first_seen, t.last_seen) if d]
    if not seen:
        return [{"title": t, "left": 0.0, "width": 1.0} for t in page.titles]
    lo, hi = _day(min(seen)), _day(max(seen))
    span = max(hi - lo, 1)
    rows = []
    for t in page.titles:
        a = _day(t.first_seen) if t.first_seen else lo
        b = _day(t.last_seen) if t.last_seen else hi
        rows.append({"title": t, "left": (a - lo) / span,
                     "width": max((b - a) / span, 0.02)})
    return rows


def _day(iso: str) -> int:
    from datetime import date

    parts = [int(x) for x in iso[:10].split("-")] + [1, 1]
    try:
        return date(parts[0], parts[1] or 1, parts[2] or 1).toordinal()
    except ValueError:
        return date(parts[0], 1, 1).toordinal()

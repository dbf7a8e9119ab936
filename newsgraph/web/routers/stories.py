"""Stories: the list, one story with its timeline, map, articles by source and quotes."""

from __future__ import annotations

from collections import defaultdict
from typing import Any
from urllib.parse import quote

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response

from ...store.models import Story, StorySummary
from .. import render as view
from ..deps import ERRORS, Page, PagingDep, StoreDep, not_found, page_of, render

router = APIRouter()


@router.get("/api/stories", summary="List stories",
            response_model=Page[StorySummary], tags=["stories"],
            responses=ERRORS)
def api_stories(request: Request, store: StoreDep, paging: PagingDep) -> dict[str, Any]:
    """Stories, most recent first."""
    items = view.story_summaries(store.stories(limit=paging.limit + 1, offset=paging.offset))
    return page_of(request, [s.to_dict() for s in items[:paging.limit]], paging,
                   has_more=len(items) > paging.limit, total=store.counts().stories)


@router.get("/api/stories/{story_id}", summary="One story",
            response_model=Story, tags=["stories"],
            responses=ERRORS)
def api_story(story_id: str, store: StoreDep) -> dict[str, Any]:
    """One story: its articles and sources, merged events, people, places and quotes.

    A story merged into another answers with the story it is now part of, and ``moved_to``
    names that story's id (use it from now on). A near-duplicate article's evidence and
    quotes are folded into those of the article it republishes: ``also_in`` lists the
    copies. Analysts' event corrections are applied to ``events``."""
    story = store.story(story_id)
    if story is None:
        raise not_found("story", story_id)
    return view.fold_story(story, _log(store, story)).to_dict()


@router.get("/stories/{story_id}", include_in_schema=False)
def story_page(request: Request, story_id: str, store: StoreDep) -> Response:
    story = store.story(story_id)
    if story is None:
        raise not_found("story", story_id)
    if story.moved_to:  # merged into another story: its address moved for good
        return RedirectResponse(f"/stories/{quote(story.moved_to, safe='')}", status_code=301)
    story = view.fold_story(story, _log(store, story))
    by_source: dict[str, list[Any]] = defaultdict(list)
    for art in story.articles:
        by_source[art.source or "unknown source"].append(art)
    events = [e.to_dict() for e in story.events]
    points = view.place_points(story.places)
    return render(request, "story.html", {
        "story": story, "by_source": sorted(by_source.items(), key=lambda kv: kv[0].lower()),
        "articles": {a.id: a for a in story.articles},
        "timeline": view.timeline(events),
        "map": {"points": points,
                "countries": view.countries_numeric([p.country for p in story.places])}})


def _log(store: Any, story: Story) -> dict[str, Any]:
    """The analysts' corrections of the story's articles."""
    return store.corrections_of([a.id for a in story.articles])

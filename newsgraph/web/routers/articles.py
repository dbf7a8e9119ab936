"""Articles: the list, one record as JSON, the article page with its evidence, and analysts'
corrections (an audit log kept apart from the machine's record, applied when shown)."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query, Request
from fastapi.responses import RedirectResponse, Response
from pydantic import BaseModel, Field

from ...errors import InputError
from ...record import Record
from ...store import corrections as fixes
from ...store.models import ArticleSummary, Correction
from .. import render as view
from ..deps import (
    ERRORS,
    Page,
    PagingDep,
    StoreDep,
    not_found,
    page_of,
    refuse_cross_site,
    render,
)

router = APIRouter()

DateQ = Query(pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$", description="ISO date, inclusive")


class CorrectionIn(BaseModel):
    """An analyst's correction of one fact of the article."""

    kind: Literal["entity", "place", "event"] = Field(
        description="entity; place (its GeoNames resolution); event")
    target: dict[str, str | int] = Field(
        description='the fact by the record\'s local id: {"entity": "e9"} or {"event": 2}')
    action: Literal["wrong", "correct"] = Field(description="wrong: remove it; correct: "
                                                            "change it")
    changes: dict[str, str | int | float | None] = Field(
        default_factory=dict,
        description="for correct: entity type/name/country; place geonameid (looked up "
                    "offline) or lat/lon/name/country; event type/actor1/actor2/mode")
    author: str = Field(min_length=1, max_length=200, description="who makes it")
    note: str | None = Field(None, max_length=2000, description="why")


class RetractIn(BaseModel):
    """Withdraw a correction (the log keeps both)."""

    author: str = Field(min_length=1, max_length=200)
    note: str | None = Field(None, max_length=2000)


class CorrectionLog(BaseModel):
    article_id: str
    items: list[Correction]


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
def api_article(article_id: str, store: StoreDep,
                machine: Annotated[bool, Query(description="the machine's output, without "
                                               "analysts' corrections")] = False
                ) -> dict[str, Any]:
    """The article's full record: clean text, entities, places, times, quotes, events,
    copy-desk issues and what was cut, every fact with its offsets into ``text``. Analysts'
    corrections are applied (``machine=true``: as the pipeline made it)."""
    record = store.get_article(article_id, corrected=not machine)
    if record is None:
        raise not_found("article", article_id)
    return record.to_dict()


@router.get("/api/articles/{article_id}/corrections", summary="The article's corrections",
            response_model=CorrectionLog, tags=["corrections"], responses=ERRORS)
def api_corrections(article_id: str, store: StoreDep) -> dict[str, Any]:
    """The audit log: every correction and retraction, oldest first, with who, when and
    why; ``applied`` says whether it still matches the stored record's text."""
    if store.get_article(article_id, corrected=False) is None:
        raise not_found("article", article_id)
    return {"article_id": article_id,
            "items": [c.to_dict() for c in store.corrections(article_id)]}


@router.post("/api/articles/{article_id}/corrections", summary="Correct a fact",
             response_model=Correction, status_code=201, tags=["corrections"],
             responses=ERRORS)
def api_correct(article_id: str, body: CorrectionIn, store: StoreDep) -> dict[str, Any]:
    """Mark an entity, a place or an event of the article as wrong, or correct it. Kept
    apart from the machine's record, anchored in the text (it survives a re-analysis), and
    applied to pages, the API and exports."""
    if store.get_article(article_id, corrected=False) is None:
        raise not_found("article", article_id)
    made = store.add_correction(article_id, body.kind, dict(body.target), body.action,
                                dict(body.changes), author=body.author, note=body.note)
    return made.to_dict()


@router.post("/api/corrections/{correction_id}/retract", summary="Withdraw a correction",
             response_model=Correction, status_code=201, tags=["corrections"],
             responses=ERRORS)
def api_retract(correction_id: int, body: RetractIn, store: StoreDep) -> dict[str, Any]:
    """Withdraw a correction: a new entry in the log; the machine's fact shows again."""
    return store.retract_correction(correction_id, author=body.author,
                                    note=body.note).to_dict()


@router.get("/articles/{article_id}", include_in_schema=False)
def article_page(request: Request, article_id: str, store: StoreDep) -> Response:
    return _article_page(request, article_id, store)


def _article_page(request: Request, article_id: str, store: Any, *,
                  error: InputError | None = None, form: dict[str, str] | None = None
                  ) -> Response:
    machine = store.get_article(article_id, corrected=False)
    if machine is None:
        raise not_found("article", article_id)
    log = store.corrections(article_id)
    record, applied = fixes.apply(machine, log)
    return render(request, "article.html", {
        "rv": view.record_view(record, corrected=applied.changed), "log": log,
        "targets": view.correction_targets(machine), "error": error, "form": form or {}},
        status_code=422 if error else 200)


def same_site(request: Request) -> None:
    """Refuse a form posted from another site: a page elsewhere must not write corrections
    in an analyst's name."""
    refuse_cross_site(request, "corrections are made from this site's own pages")


@router.post("/articles/{article_id}/corrections", include_in_schema=False)
async def correct_from_page(request: Request, article_id: str, store: StoreDep) -> Response:
    same_site(request)
    form = {k: v for k, v in (await request.form()).items() if isinstance(v, str)}
    kind, _, ref = form.get("target", "").partition(":")
    target: dict[str, Any] = {"event": int(ref) if ref.isdigit() else ref} if kind == "event" \
        else {"entity": ref}
    action = form.get("action", "")
    fields = fixes.FIELDS.get(kind, ())
    changes = {k: form[k] for k in fields if form.get(k, "").strip()} if action == "correct" \
        else {}
    try:
        if store.get_article(article_id, corrected=False) is None:
            raise not_found("article", article_id)
        store.add_correction(article_id, kind, target, action, changes,
                             author=form.get("author", ""), note=form.get("note") or None)
    except InputError as err:
        return _article_page(request, article_id, store, error=err, form=form)
    return RedirectResponse(f"/articles/{view.quote_id(article_id)}#corrections",
                            status_code=303)


@router.post("/articles/{article_id}/corrections/{correction_id}/retract",
             include_in_schema=False)
async def retract_from_page(request: Request, article_id: str, correction_id: int,
                            store: StoreDep) -> Response:
    same_site(request)
    form = {k: v for k, v in (await request.form()).items() if isinstance(v, str)}
    try:
        store.retract_correction(correction_id, author=form.get("author", ""),
                                 note=form.get("note") or None)
    except InputError as err:
        return _article_page(request, article_id, store, error=err, form=form)
    return RedirectResponse(f"/articles/{view.quote_id(article_id)}#corrections",
                            status_code=303)

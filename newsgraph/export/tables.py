"""Flat rows from records, shared by the CSV and Parquet exporters.

Tables: ``articles`` (one row per article), ``entities`` (one per article entity),
``events``, ``quotes``, and ``plover``/``acled`` (rows from ``newsgraph.export.plover`` /
``acled``).
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Iterator
from typing import Any

from ..record import Record

TABLES = ("articles", "entities", "events", "quotes", "plover", "acled")


def _join(values: Iterable[str | None]) -> str:
    seen: list[str] = []
    for v in values:
        if v and v not in seen:
            seen.append(v)
    return "; ".join(seen)


def article_row(r: Record) -> dict[str, Any]:
    """One article as flat columns (lists joined with '; ')."""
    by_type = lambda *types: _join(e.name for e in r.entities if e.type in types)  # noqa: E731
    return {
        "id": r.id, "published": r.published, "source": r.source.name, "url": r.source.url,
        "headline": r.headline, "dateline": r.dateline.text if r.dateline else None,
        "credits": _join(r.credits), "people": by_type("PERSON"),
        "organizations": by_type("ORG"), "places": by_type("GPE", "LOC", "FAC"),
        "countries": _join(e.country for e in r.entities if e.type in ("GPE", "LOC", "FAC")),
        "event_types": _join(e.type for e in r.events), "n_entities": len(r.entities),
        "n_quotes": len(r.quotes), "n_events": len(r.events), "words": len(r.text.split()),
        "text": r.text,
    }


def entity_rows(r: Record) -> Iterator[dict[str, Any]]:
    from ..stories.entities import entity_id

    for e in r.entities:
        yield {"article_id": r.id, "published": r.published, "entity": e.id,
               "corpus_entity": entity_id(e), "name": e.name, "type": e.type,
               "titles": _join(e.titles), "country": e.country, "mentions": len(e.mentions),
               "lat": e.geo.lat if e.geo else None, "lon": e.geo.lon if e.geo else None,
               "geonameid": e.geo.geonameid if e.geo else None}


def event_rows(r: Record) -> Iterator[dict[str, Any]]:
    names = {e.id: e.name for e in r.entities}
    for i, e in enumerate(r.events):
        yield {"article_id": r.id, "published": r.published, "index": i, "type": e.type,
               "mode": e.mode, "modality": e.modality,
               "actor1": e.actor1.text if e.actor1 else None,
               "actor1_country": e.actor1.country if e.actor1 else None,
               "actor2": e.actor2.text if e.actor2 else None,
               "actor2_country": e.actor2.country if e.actor2 else None,
               "place": names.get(e.place or ""), "time": e.time,
               "evidence": r.text[e.evidence.start:e.evidence.end],
               "confidence": e.confidence}


def quote_rows(r: Record) -> Iterator[dict[str, Any]]:
    for i, q in enumerate(r.quotes):
        yield {"article_id": r.id, "published": r.published, "index": i, "text": q.text,
               "direct": q.direct, "speaker": q.speaker.text if q.speaker else None,
               "cue": q.cue}


def rows(records: Iterable[Record], table: str = "articles") -> Iterator[dict[str, Any]]:
    """Flat dict rows of ``table`` for every record."""
    if table not in TABLES:
        raise ValueError(f"unknown table {table!r}; choose one of {', '.join(TABLES)}")
    if table in ("plover", "acled"):
        module = importlib.import_module(f"newsgraph.export.{table}")
        for r in records:
            yield from module.rows(r)
        return
    per = {"entities": entity_rows, "events": event_rows, "quotes": quote_rows}.get(table)
    for r in records:
        if per is None:
            yield article_row(r)
        else:
            yield from per(r)

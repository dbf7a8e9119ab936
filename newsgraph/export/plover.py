"""POLECAT-style JSONL rows: one row per event, actors as ISO alpha-3 + sector code.

Field names follow the POLECAT/PLOVER data sets (event_id, story_date, event_type, event_mode,
source/target actor, agent and country, location with coordinates). Background and negated
events are not rows: they did not happen as news of this article.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import IO, Any

from ..events.lexicon import SECTOR_CODES
from ..places.countries import alpha3
from ..record import Actor, Event, Record


def write(records: Iterable[Record], fh: IO[str]) -> int:
    """The records' event rows as JSON lines; returns rows written."""
    n = 0
    for record in records:
        for r in rows(record):
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
            n += 1
    return n


def rows(record: Record) -> list[dict[str, Any]]:
    """The record's events as POLECAT-style dicts (JSON-ready), in text order."""
    out = []
    for i, ev in enumerate(record.events):
        if ev.background or ev.modality == "negated":
            continue
        out.append(row(record, ev, i))
    return out


def row(record: Record, ev: Event, i: int) -> dict[str, Any]:
    """One event as a POLECAT-style dict."""
    place = record.entity(ev.place) if ev.place else None
    geo = place.geo if place is not None else None
    return {
        "event_id": f"{record.id}-{i + 1}",
        "story_id": record.id,
        "story_date": record.published,
        "event_date": ev.time,
        "event_date_source": ev.time_source,
        "event_type": ev.type,
        "event_mode": ev.mode,
        "modality": ev.modality,
        "event_text": record.text[ev.evidence.start:ev.evidence.end],
        "evidence": [ev.evidence.start, ev.evidence.end],
        **_actor("source", ev.actor1),
        **_actor("target", ev.actor2),
        "claimed_by": ev.claimed_by.text if ev.claimed_by else None,
        "location": place.name if place is not None else None,
        "location_entity": ev.place,
        "latitude": geo.lat if geo else None,
        "longitude": geo.lon if geo else None,
        "geonameid": geo.geonameid if geo else None,
        "feature_type": geo.kind if geo else None,
        "admin1": geo.admin1 if geo else None,
        "country": alpha3(geo.country if geo else getattr(place, "country", None)),
        "confidence": ev.confidence,
        "publisher": record.source.name,
        "url": record.source.url,
        "headline": record.headline,
        "language": record.language,
    }


def _actor(prefix: str, a: Actor | None) -> dict[str, Any]:
    if a is None:
        return {prefix: None, f"{prefix}_entity": None, f"{prefix}_country": None,
                f"{prefix}_agent": None}
    return {prefix: a.text, f"{prefix}_entity": a.entity, f"{prefix}_country": alpha3(a.country),
            f"{prefix}_agent": SECTOR_CODES.get(a.sector or "", None)}

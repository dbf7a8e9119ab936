"""A record as a summary a person reads in the terminal, its facts with their evidence."""

from __future__ import annotations

from collections.abc import Iterable
from typing import IO

from ..record import Record


def write(records: Iterable[Record], fh: IO[str]) -> int:
    """Each record's summary; returns how many."""
    n = 0
    for record in records:
        fh.write(summary(record, record.source.url))
        n += 1
    return n


def summary(record: Record, name: str | None = None) -> str:
    """A summary a person reads in the terminal: the record's facts with their evidence."""
    lines: list[str] = []
    add = lines.append
    add("=" * 78)
    if name:
        add(f"{name}")
    add(f"HEADLINE   {record.headline or '-'}")
    src = record.source.name or "-"
    add(f"SOURCE     {src}    PUBLISHED {record.published or 'unknown'}    ID {record.id}")
    if record.dateline:
        add(f"DATELINE   {record.dateline.text}")
    if record.credits:
        add(f"CREDITS    {', '.join(record.credits)}")
    kinds = [p.kind for p in record.paragraphs]
    add(f"TEXT       {len(record.text)} chars, {kinds.count('body')} paragraphs, "
        f"{kinds.count('subheading')} subheadings")
    if record.removed:
        add("REMOVED")
        for r in record.removed:
            why = f"{r.reason}" + (f" ({r.detail})" if r.detail else "")
            add(f"  - [{why}] {_short(r.text, 60)}")
    if record.issues:
        add("COPY DESK")
        for issue in record.issues:
            add(f"  - {issue.kind}: {issue.message}")
    if record.entities:
        add("ENTITIES")
        for e in record.entities:
            extra = []
            if e.titles:
                extra.append("; ".join(e.titles))
            if e.country:
                extra.append(e.country)
            if e.age is not None:
                extra.append(f"age {e.age}")
            if e.geo:
                extra.append(f"{e.geo.lat:.2f},{e.geo.lon:.2f} {e.geo.kind}")
            add(f"  {e.id:>4} {e.type:<7} {e.name}  ({len(e.mentions)}x)"
                + (f"  [{', '.join(extra)}]" if extra else ""))
    if record.times:
        add("TIMES")
        for t in record.times:
            add(f"  - {t.text!r} -> {t.value or 'unresolved'}"
                + (f" ({t.grain}{', ' + t.mod if t.mod else ''})" if t.grain else ""))
    if record.quotes:
        add("QUOTES")
        for q in record.quotes:
            who = q.speaker.text if q.speaker else "?"
            mark = "“”" if q.direct else "reported"
            add(f"  - {who} [{q.cue or '-'}, {mark}]: {_short(q.text, 70)}")
    if record.events:
        add("EVENTS")
        for ev in record.events:
            a1 = ev.actor1.text if ev.actor1 else "?"
            a2 = ev.actor2.text if ev.actor2 else "-"
            where = record.entity(ev.place) if ev.place else None
            place = where.name if where is not None else "-"
            add(f"  - {ev.type}{'/' + ev.mode if ev.mode else ''} {a1} -> {a2} at {place} "
                f"on {ev.time or '?'} [{ev.modality}{', background' if ev.background else ''}]")
            add(f"      {_short(record.text[ev.evidence.start:ev.evidence.end], 72)}")
    return "\n".join(lines) + "\n"


def _short(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"

"""ACLED-style rows: political violence, protests and strategic developments, one per event.

Columns are ``ACLED_COLUMNS``. The event and sub-event types come from the PLOVER type, mode,
actors and evidence (newsgraph.events.acled); events ACLED does not code (talks, demands,
accusations, aid) give no row. Precision codes mean what they mean in ACLED's codebook:

geo_precision   1  the exact town, city or village is named
                2  a part of a region, or near a named town ("outskirts", an undefined place)
                3  only a larger region (province, country) is named
time_precision  1  the exact day is known
                2  only the week or a few days around it (here: the article's date was used)
                3  only the month is known
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import IO, Any

import pycountry

from ..events.acled import acled_type
from ..record import Actor, Event, Record

ACLED_COLUMNS = ("event_date", "event_type", "sub_event_type", "actor1", "actor2", "country",
                 "admin1", "location", "latitude", "longitude", "geo_precision",
                 "time_precision", "source", "notes")

_ACTOR_NAMES = {"military": "Military Forces of {c}", "police": "Police Forces of {c}",
                "government": "Government of {c}", "judiciary": "Government of {c}",
                "legislature": "Government of {c}", "civilians": "Civilians ({c})",
                "rebels": "Rebel Group ({c})", "opposition": "Protesters ({c})",
                "media": "Civilians ({c})", "criminals": "Unidentified Armed Group ({c})"}


def write(records: Iterable[Record], fh: IO[str]) -> int:
    """The records' event rows as CSV with ACLED's columns; returns rows written."""
    writer = csv.DictWriter(fh, fieldnames=list(ACLED_COLUMNS))
    writer.writeheader()
    n = 0
    for record in records:
        for r in rows(record):
            writer.writerow(r)
            n += 1
    return n


def rows(record: Record) -> list[dict[str, Any]]:
    """The record's events that ACLED would code, as dicts keyed by ``ACLED_COLUMNS``."""
    out = []
    for ev in record.events:
        if ev.background or ev.modality in ("negated", "planned"):
            continue
        text = record.text[ev.evidence.start:ev.evidence.end]
        kind = acled_type(ev, text)
        if kind is None:
            continue
        out.append(row(record, ev, kind, text))
    return out


def row(record: Record, ev: Event, kind: tuple[str, str], text: str) -> dict[str, Any]:
    """One ACLED-style row."""
    place = record.entity(ev.place) if ev.place else None
    geo = place.geo if place is not None else None
    country_code = (geo.country if geo else None) or (place.country if place else None)
    return {
        "event_date": _day(ev.time),
        "event_type": kind[0],
        "sub_event_type": kind[1],
        "actor1": actor_name(ev.actor1),
        "actor2": actor_name(ev.actor2),
        "country": _country_name(country_code),
        "admin1": geo.admin1 if geo else None,
        "location": (geo.name if geo else None) or (place.name if place else None),
        "latitude": geo.lat if geo else None,
        "longitude": geo.lon if geo else None,
        "geo_precision": geo_precision(geo.kind if geo else None),
        "time_precision": time_precision(ev.time, ev.time_source),
        "source": record.source.name,
        "notes": text,
    }


def geo_precision(kind: str | None) -> int | None:
    """ACLED geo_precision of a place kind: city 1, other/unclear 2, region or country 3."""
    if kind is None:
        return None
    return {"city": 1, "region": 3, "country": 3, "continent": 3}.get(kind, 2)


def time_precision(value: str | None, source: str | None) -> int | None:
    """ACLED time_precision: a day from the text 1, a week or the article's date 2, a month 3."""
    if not value:
        return None
    if source == "published" or "W" in value:
        return 2
    if len(value) >= 10:
        return 1
    return 3


def actor_name(a: Actor | None) -> str | None:
    """ACLED-style actor name: 'Military Forces of Russia', 'Civilians (Ukraine)', or the text."""
    if a is None:
        return None
    country = _country_name(a.country)
    if a.sector in _ACTOR_NAMES and country:
        return _ACTOR_NAMES[a.sector].format(c=country)
    return a.text


# ACLED's country names where they differ from ISO's
_SHORT = {"RU": "Russia", "IR": "Iran", "SY": "Syria", "KR": "South Korea", "KP": "North Korea",
          "VE": "Venezuela", "TZ": "Tanzania", "BO": "Bolivia", "MD": "Moldova", "VN": "Vietnam",
          "LA": "Laos", "CD": "Democratic Republic of Congo", "CG": "Republic of Congo",
          "PS": "Palestine", "TR": "Turkey", "GB": "United Kingdom", "US": "United States"}


def _country_name(code: str | None) -> str | None:
    if not code:
        return None
    if code in _SHORT:
        return _SHORT[code]
    c = pycountry.countries.get(alpha_2=code)
    if c is None:
        return code
    return getattr(c, "common_name", None) or c.name


def _day(value: str | None) -> str | None:
    """ACLED dates are days: a month or week value is given as its first day."""
    if not value:
        return None
    if len(value) == 7 and value[4] == "-":  # 2022-05
        return value + "-01"
    if "W" in value:  # 2022-W19
        import datetime as dt
        import re

        m = re.match(r"(\d{4})-W(\d{2})", value)
        if m is None or not 1 <= int(m.group(2)) <= 53:
            return None  # "2022-WI" (winter), "XXXX-W19": no day to give
        try:
            return dt.date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1).isoformat()
        except ValueError:
            return None
    return value[:10]

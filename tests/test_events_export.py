"""POLECAT-style and ACLED-style export rows from hand-built records."""

from __future__ import annotations

import pytest

from newsgraph.export import acled, plover
from newsgraph.record import Actor, Entity, Event, Evidence, Geo, Mention, Record

TEXT = "Russian troops withdrew from Kharkiv on Friday. Austin spoke with Shoigu."


def _record(**event_fields) -> Record:
    kharkiv = Entity(id="e1", name="Kharkiv", type="GPE", country="UA",
                     mentions=[Mention(29, 36, "Kharkiv")],
                     geo=Geo(lat=49.98, lon=36.25, kind="city", country="UA",
                             admin1="Kharkivska Oblast", geonameid=706483, name="Kharkiv",
                             confidence=0.9))
    fields = dict(type="ASSAULT", evidence=Evidence(0, 47), mode=None, modality="claimed",
                  actor1=Actor("Russian troops", None, "RU", "military"),
                  actor2=Actor("Ukrainian forces", None, "UA", "military"),
                  place="e1", time="2022-05-13", time_source="text", confidence=0.8)
    fields.update(event_fields)
    return Record(id="abc", text=TEXT, published="2022-05-14", entities=[kharkiv],
                  events=[Event(**fields)])


def test_plover_row():
    (row,) = plover.rows(_record())
    assert row["event_type"] == "ASSAULT" and row["event_id"] == "abc-1"
    assert row["source_country"] == "RUS" and row["source_agent"] == "MIL"
    assert row["target_country"] == "UKR"
    assert row["location"] == "Kharkiv" and row["latitude"] == 49.98 and row["country"] == "UKR"
    assert row["event_text"] == TEXT[:47]
    assert row["modality"] == "claimed"


@pytest.mark.parametrize("fields", [{"background": True}, {"modality": "negated"}])
def test_plover_skips_background_and_negated(fields):
    assert plover.rows(_record(**fields)) == []


def test_acled_row_columns_and_codes():
    (row,) = acled.rows(_record())
    assert tuple(row) == acled.ACLED_COLUMNS
    assert row["event_type"] == "Battles" and row["sub_event_type"] == "Armed clash"
    assert row["actor1"] == "Military Forces of Russia"
    assert row["actor2"] == "Military Forces of Ukraine"
    assert row["country"] == "Ukraine" and row["admin1"] == "Kharkivska Oblast"
    assert row["geo_precision"] == 1 and row["time_precision"] == 1
    assert row["event_date"] == "2022-05-13"


@pytest.mark.parametrize("kind, code", [("city", 1), ("other", 2), ("region", 3),
                                        ("country", 3), (None, None)])
def test_geo_precision(kind, code):
    assert acled.geo_precision(kind) == code


@pytest.mark.parametrize("value, source, code", [
    ("2022-05-13", "text", 1), ("2022-05-14", "published", 2), ("2022-W19", "text", 2),
    ("2022-05", "text", 3), (None, None, None),
])
def test_time_precision(value, source, code):
    assert acled.time_precision(value, source) == code


def test_acled_skips_talks():
    rec = _record(type="CONSULT", mode="phone")
    assert acled.rows(rec) == []


def test_acled_month_date_is_first_day():
    (row,) = acled.rows(_record(time="2022-05", time_source="text"))
    assert row["event_date"] == "2022-05-01" and row["time_precision"] == 3

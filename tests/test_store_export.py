"""Exports from the store: JSONL round trip, CSV and Parquet tables."""

from __future__ import annotations

import csv
import io

import pytest

from newsgraph.export import FORMATS, export_store, parquet, write
from newsgraph.export import records as jsonl
from newsgraph.export.tables import TABLES, rows
from newsgraph.store import open_store
from newsgraph.store.testing import make_record


@pytest.fixture
def records():
    a = make_record("Vladimir Putin met Joe Biden in Geneva.", headline="Summit",
                    published="2021-06-16", source="Wire A",
                    people=("Vladimir Putin", "Joe Biden"), places=(("Geneva", "CH", 2660646),),
                    events=("CONSULT",), quotes=(("Joe Biden", "It went well"),))
    b = make_record("Nothing of note happened; no one was named.", headline="Quiet day",
                    published="2021-06-17", source="Paper B")
    return [a, b]


def test_jsonl_round_trip(tmp_path, records):
    path = tmp_path / "out.jsonl"
    assert write(records, "jsonl", path) == 2
    assert [r.to_dict() for r in jsonl.read(path)] == [r.to_dict() for r in records]
    buf = io.StringIO()
    jsonl.write_jsonl(records[:1], buf)
    assert buf.getvalue().count("\n") == 1


@pytest.mark.parametrize("table, n", [("articles", 2), ("entities", 3), ("events", 1),
                                      ("quotes", 1)])
def test_csv_tables(tmp_path, records, table, n):
    path = tmp_path / f"{table}.csv"
    assert write(records, "csv", path, table=table) == n
    with open(path, newline="") as fh:
        got = list(csv.DictReader(fh))
    assert len(got) == n
    if table == "articles":
        assert got[0]["people"] == "Vladimir Putin; Joe Biden"
        assert got[0]["countries"] == "CH" and got[1]["event_types"] == ""
    if table == "events":
        assert got[0]["type"] == "CONSULT" and got[0]["place"] == "Geneva"


def test_unknown_table_is_refused(records):
    with pytest.raises(ValueError, match="choose one of"):
        list(rows(records, "nope"))
    assert "plover" in TABLES and "acled" in TABLES


def test_parquet_from_the_store(tmp_path, records):
    import pyarrow.parquet as pq

    with open_store(tmp_path / "s.db") as store:
        store.add(records)
        path = tmp_path / "out.parquet"
        # a large batch size would hide the all-null-first-batch case; one row per batch
        parquet._BATCH = 1
        try:
            assert parquet.write(store.iter_records(), path) == 2
        finally:
            parquet._BATCH = 1000
    table = pq.read_table(path)
    assert table.num_rows == 2
    assert table.column("id").to_pylist() == [r.id for r in records]
    assert '"headline": "Summit"' in table.column("record")[0].as_py()
    assert table.schema.field("n_entities").type.to_pandas_dtype().__name__ == "int64"


def test_parquet_filters_by_date(tmp_path, records):
    import pyarrow.parquet as pq

    with open_store(tmp_path / "s.db") as store:
        store.add(records)
        parquet.write(store.iter_records(date_from="2021-06-17"), tmp_path / "late.parquet",
                      table="articles")
    assert pq.read_table(tmp_path / "late.parquet").column("headline").to_pylist() == \
        ["Quiet day"]


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet", "plover", "acled"])
def test_export_store(tmp_path, records, fmt):
    db = tmp_path / "s.db"
    with open_store(db) as store:
        store.add(records)
    out = tmp_path / f"out.{fmt}"
    n = export_store(str(db), fmt, out, source="Wire A")
    if fmt in ("jsonl", "csv", "parquet"):
        assert n == 1  # Paper B's article is filtered out
    assert out.exists()
    with pytest.raises(ValueError, match="unknown export format"):
        export_store(str(db), "xml", out)


def test_every_format_writes_from_one_registry(tmp_path, records):
    for name in FORMATS:
        out = tmp_path / f"all.{name}"
        n = write(records, name, out)
        assert out.exists() and not out.with_name(out.name + ".part").exists()
        assert n >= {"plover": 1, "acled": 0}.get(name, 2)


def test_export_of_a_missing_store_fails_and_creates_nothing(tmp_path):
    from newsgraph.errors import StoreError

    db = tmp_path / "missing.db"
    with pytest.raises(StoreError, match="no store here"):
        export_store(str(db), "jsonl", tmp_path / "out.jsonl")
    assert not db.exists() and not (tmp_path / "out.jsonl").exists()

"""Parquet export (pyarrow) of one flat table; the articles table keeps the record JSON."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..record import Record
from .tables import rows

_BATCH = 1000


def write(records: Iterable[Record], out: Path, *, table: str = "articles") -> int:
    """Write ``table`` rows to a Parquet file in batches (memory stays flat).

    The ``articles`` table gets a ``record`` column with the full JSON record.
    Returns the number of rows written.
    """
    import pyarrow as pa
    import pyarrow.parquet as pq

    writer = None
    schema = None
    n = 0
    try:
        for batch in _batches(_rows(records, table)):
            if schema is None:
                schema = _schema(batch)
            arrays = pa.Table.from_pylist(batch, schema=schema)
            if writer is None:
                writer = pq.ParquetWriter(str(out), schema)
            writer.write_table(arrays)
            n += len(batch)
    finally:
        if writer is not None:
            writer.close()
    if writer is None:  # no rows: still leave a valid (empty) file
        pq.write_table(pa.table({"id": pa.array([], pa.string())}), str(out))
    return n


_INTS = {"n_entities", "n_quotes", "n_events", "words", "mentions", "index", "geonameid"}
_FLOATS = {"lat", "lon", "confidence"}


def _schema(batch: list[dict]):
    """Column types fixed from known names, else the first non-null value (null: string).

    Inferring from one batch alone would type an all-null column as null and break on the
    next batch that has a value.
    """
    import pyarrow as pa

    fields = []
    for key in batch[0]:
        if key in _INTS:
            typ = pa.int64()
        elif key in _FLOATS:
            typ = pa.float64()
        else:
            sample = next((row.get(key) for row in batch if row.get(key) is not None), None)
            typ = (pa.bool_() if isinstance(sample, bool) else pa.int64()
                   if isinstance(sample, int) else pa.float64()
                   if isinstance(sample, float) else pa.string())
        fields.append(pa.field(key, typ))
    return pa.schema(fields)


def _rows(records: Iterable[Record], table: str) -> Iterator[dict]:
    if table != "articles":
        yield from rows(records, table)
        return
    for r in records:
        (row,) = rows([r], table)
        row["record"] = json.dumps(r.to_dict(), ensure_ascii=False)
        yield row


def _batches(it: Iterator[dict]) -> Iterator[list[dict]]:
    batch: list[dict] = []
    for row in it:
        batch.append(row)
        if len(batch) >= _BATCH:
            yield batch
            batch = []
    if batch:
        yield batch

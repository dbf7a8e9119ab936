"""Exporters: records to other formats (POLECAT-style JSONL, ACLED-style CSV, ...).

Each format is a module here; ``write_export`` picks one by name, for the CLI and the API:

    jsonl    full records, one a line (``jsonl``)
    csv      one flat table: articles, entities, events or quotes (``csv``)
    parquet  the same tables as Parquet (``parquet``, pyarrow)
    plover   POLECAT-style event rows as JSON lines (``plover``)
    acled    ACLED-style event rows as CSV (``acled``)
"""

from __future__ import annotations

import contextlib
import csv as _csv
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO

from ..record import Record


def write_export(records: Iterable[Record], fmt: str, out: Path | None, *,
                 table: str = "articles") -> int:
    """Write records in format ``fmt`` to ``out`` (None: standard output); returns rows."""
    if fmt == "jsonl":
        from . import jsonl

        return jsonl.write(records, out)
    if fmt == "csv":
        from . import csv

        return csv.write(records, out, table=table)
    if fmt == "parquet":
        from . import parquet

        if out is None:
            raise ValueError("parquet needs an output file")
        return parquet.write(records, out, table=table)
    if fmt == "plover":
        from . import plover

        n = 0
        with _open(out) as fh:
            for record in records:
                for row in plover.rows(record):
                    fh.write(json.dumps(row, ensure_ascii=False) + "\n")
                    n += 1
        return n
    if fmt == "acled":
        from . import acled

        n = 0
        with _open(out, newline="") as fh:
            writer = _csv.DictWriter(fh, fieldnames=list(acled.ACLED_COLUMNS))
            writer.writeheader()
            for record in records:
                for row in acled.rows(record):
                    writer.writerow(row)
                    n += 1
        return n
    raise ValueError(f"unknown export format {fmt!r}")


@contextlib.contextmanager
def _open(out: Path | None, newline: str | None = None) -> Iterator[IO[str]]:
    if out is None or str(out) == "-":
        yield sys.stdout
        return
    with open(out, "w", encoding="utf-8", newline=newline) as fh:
        yield fh

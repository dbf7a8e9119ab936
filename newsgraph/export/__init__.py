"""Writers: records out in other formats, for ``analyze --format`` and ``export --format``.

Every format is a ``write(records, fh, *, table) -> int`` (rows written) in a module here,
registered in ``FORMATS``:

    json     records as JSON: one object, an array for several   records.write_json
    jsonl    one record a line (read back with records.read)      records.write_jsonl
    pretty   a summary to read in a terminal                      pretty.write
    csv      one flat table (``--table``, see tables.TABLES)      csv.write
    parquet  the same tables as a Parquet file (not a stream)     parquet.write
    plover   POLECAT-style event rows as JSON lines               plover.write
    acled    ACLED-style event rows as CSV                        acled.write

``write`` writes to a file through a ``.part`` file renamed at the end, so a run that fails
half way never leaves half an export where the last good one was.
"""

from __future__ import annotations

import contextlib
import importlib
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from ..errors import NewsgraphError
from ..record import Record

__all__ = ["FORMATS", "Format", "export_store", "write"]


@dataclass(frozen=True, slots=True)
class Format:
    name: str
    writer: str  # "module:function" under newsgraph.export
    help: str
    binary: bool = False  # writes a file, not a text stream (needs --output)
    tables: bool = False  # takes --table
    newline: str | None = None  # csv writes its own line ends


FORMATS: dict[str, Format] = {f.name: f for f in (
    Format("json", "records:write_json", "one object (an array for several)"),
    Format("jsonl", "records:write_jsonl", "one record a line"),
    Format("pretty", "pretty:write", "a summary to read"),
    Format("csv", "csv:write", "one flat table (--table)", tables=True, newline=""),
    Format("parquet", "parquet:write", "one flat table as Parquet (needs -o FILE)",
           binary=True, tables=True),
    Format("plover", "plover:write", "POLECAT-style event rows, JSON lines"),
    Format("acled", "acled:write", "ACLED-style event rows, CSV", newline=""),
)}


def write(records: Iterable[Record], fmt: str, out: Path | None, *,
          table: str = "articles") -> int:
    """Write records in format ``fmt`` to ``out`` (None: standard output); returns rows."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    f = FORMATS[fmt]
    module, _, name = f.writer.partition(":")
    writer = getattr(importlib.import_module(f"newsgraph.export.{module}"), name)
    kwargs = {"table": table} if f.tables else {}
    if f.binary:
        if out is None or str(out) == "-":
            raise NewsgraphError(f"{fmt} is a binary file format", hint="give -o FILE")
        with _replacing(Path(out)) as tmp:
            return writer(records, tmp, **kwargs)
    with _text_output(out, f.newline) as fh:
        return writer(records, fh, **kwargs)


def export_store(store_url: str | None, fmt: str, out: Path | str | None = None, *,
                 table: str = "articles", source: str | None = None,
                 date_from: str | None = None, date_to: str | None = None) -> int:
    """Export an existing store's records (optionally filtered) in ``fmt``; returns rows.

    Args:
        store_url: the store (path, sqlite:///, postgresql://); it must exist.
        fmt: a name in ``FORMATS``.
        out: a path, or None for standard output (not for parquet).
        table: for csv/parquet: articles | entities | events | quotes | plover | acled.
        source, date_from, date_to: keep only these articles.
    """
    from ..store import open_store

    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    with open_store(store_url, create=False) as store:
        records = store.iter_records(source=source, date_from=date_from, date_to=date_to)
        return write(records, fmt, Path(out) if out is not None else None, table=table)


@contextlib.contextmanager
def _replacing(target: Path) -> Iterator[Path]:
    tmp = target.with_name(target.name + ".part")
    try:
        yield tmp
        tmp.replace(target)
    finally:
        tmp.unlink(missing_ok=True)


@contextlib.contextmanager
def _text_output(out: Path | None, newline: str | None) -> Iterator[IO[str]]:
    if out is None or str(out) == "-":
        yield sys.stdout
        return
    with _replacing(Path(out)) as tmp, open(tmp, "w", encoding="utf-8", newline=newline) as fh:
        yield fh

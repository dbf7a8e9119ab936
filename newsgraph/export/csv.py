"""CSV export of one flat table (articles by default; see ``tables``)."""

from __future__ import annotations

import csv
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import IO

from ..record import Record
from .tables import rows


def write(records: Iterable[Record], out: str | Path | IO[str] | None = None, *,
          table: str = "articles") -> int:
    """Write ``table`` rows as CSV (header from the first row) to a path, file or stdout.

    Returns the number of rows written.
    """
    if out is None or out == "-":
        return _write(records, sys.stdout, table)
    if isinstance(out, str | Path):
        with open(out, "w", encoding="utf-8", newline="") as fh:
            return _write(records, fh, table)
    return _write(records, out, table)


def _write(records: Iterable[Record], fh: IO[str], table: str) -> int:
    writer = None
    n = 0
    for row in rows(records, table):
        if writer is None:
            writer = csv.DictWriter(fh, fieldnames=list(row), extrasaction="ignore")
            writer.writeheader()
        writer.writerow(row)
        n += 1
    return n

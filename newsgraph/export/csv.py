"""CSV export of one flat table (articles by default; see ``tables``)."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import IO

from ..record import Record
from .tables import rows


def write(records: Iterable[Record], fh: IO[str], *, table: str = "articles") -> int:
    """``table`` rows as CSV, the header from the first row; returns rows written."""
    writer = None
    n = 0
    for row in rows(records, table):
        if writer is None:
            writer = csv.DictWriter(fh, fieldnames=list(row), extrasaction="ignore")
            writer.writeheader()
        writer.writerow(row)
        n += 1
    return n

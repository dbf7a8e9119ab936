"""JSONL export: one full record (spec v1 JSON) per line, readable back with Record.from_dict."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import IO

from ..record import Record


def write(records: Iterable[Record], out: str | Path | IO[str] | None = None) -> int:
    """Write records as JSON lines to a path, an open text file or stdout (None, '-').

    Returns the number of records written.
    """
    if out is None or out == "-":
        return _write(records, sys.stdout)
    if isinstance(out, str | Path):
        with open(out, "w", encoding="utf-8") as fh:
            return _write(records, fh)
    return _write(records, out)


def _write(records: Iterable[Record], fh: IO[str]) -> int:
    n = 0
    for r in records:
        fh.write(json.dumps(r.to_dict(), ensure_ascii=False) + "\n")
        n += 1
    return n


def read(path: str | Path) -> list[Record]:
    """Records back from a JSONL export."""
    with open(path, encoding="utf-8") as fh:
        return [Record.from_dict(json.loads(line)) for line in fh if line.strip()]

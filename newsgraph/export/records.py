"""Whole records as JSON (one object, or an array for several) and JSON Lines.

JSON Lines is the format to keep: ``read`` gives the records back (``Record.from_dict``).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import IO

from ..record import Record


def dumps(record: Record, indent: int | None = 2) -> str:
    """The record as JSON; keys in a fixed order, so equal records give equal bytes."""
    return json.dumps(record.to_dict(), ensure_ascii=False, indent=indent)


def write_jsonl(records: Iterable[Record], fh: IO[str]) -> int:
    """One record a line; returns how many."""
    n = 0
    for record in records:
        fh.write(dumps(record, indent=None) + "\n")
        n += 1
    return n


def write_json(records: Iterable[Record], fh: IO[str]) -> int:
    """One record as an object, several as an array (streamed: not held in memory)."""
    it = iter(records)
    first = next(it, None)
    if first is None:
        return 0
    second = next(it, None)
    if second is None:
        fh.write(dumps(first) + "\n")
        return 1
    n = 0
    fh.write("[\n")
    for record in _chain(first, second, it):
        fh.write((",\n" if n else "") + _indented(dumps(record)))
        n += 1
    fh.write("\n]\n")
    return n


def read(path: str | Path) -> list[Record]:
    """Records back from a JSON Lines file."""
    with open(path, encoding="utf-8") as fh:
        return [Record.from_dict(json.loads(line)) for line in fh if line.strip()]


def _chain(first: Record, second: Record, rest: Iterable[Record]) -> Iterable[Record]:
    yield first
    yield second
    yield from rest


def _indented(text: str) -> str:
    return "\n".join("  " + line for line in text.split("\n"))

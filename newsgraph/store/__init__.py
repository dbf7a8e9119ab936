"""Storage of records and the corpus built over them (see ``base``).

``open_store`` picks the backend from the address: a file path or ``sqlite:///path`` for
SQLite (``sqlite``), ``postgresql://...`` for PostgreSQL (``postgres``). Both share the SQL
of ``sql`` and the interface of ``base.Store``.
"""

from __future__ import annotations

from pathlib import Path

from ..errors import StoreError
from .base import DEFAULT_STORE, AddResult, Store

__all__ = ["DEFAULT_STORE", "AddResult", "Store", "open_store"]


def open_store(url_or_path: str | Path | None = None, *, create: bool = True) -> Store:
    """Open the store at a path or URL.

    Args:
        url_or_path: a file path or ``sqlite:///path`` for SQLite, or
            ``postgresql://...`` (or ``postgres://``) for PostgreSQL. None: ``newsgraph.db``.
        create: make a new SQLite file when there is none. Reading commands pass False, so
            a mistyped path is an error instead of an empty new store.
    """
    target = str(url_or_path) if url_or_path is not None else DEFAULT_STORE
    if target.startswith(("postgresql://", "postgres://")):
        from .postgres import PostgresStore

        return PostgresStore(target)
    if target.startswith("sqlite:///"):
        target = target[len("sqlite:///"):]
        # sqlite:////abs/path keeps its leading slash; sqlite:///rel/path is relative
    elif "://" in target:
        raise StoreError(f"unknown store URL {target!r}",
                         hint="use a file path, sqlite:///path or postgresql://...")
    if not create and not Path(target).is_file():
        raise StoreError("no store here", source=target,
                         hint=f"ingest into it first: newsgraph ingest SOURCES --db {target}")
    from .sqlite import SQLiteStore

    return SQLiteStore(target)

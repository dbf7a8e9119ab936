"""SQLite backend: one file, WAL journal (readers work while an ingest writes), FTS5 search."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from ..errors import StoreError
from .schema import tables
from .sql import MARK_END, MARK_START, SQLStore, query_terms


class SQLiteStore(SQLStore):
    """The embedded default store."""

    def __init__(self, path: str | Path):
        super().__init__()
        self.path = Path(path)
        self.url = f"sqlite:///{self.path}"
        try:
            if self.path.parent and not self.path.parent.exists():
                self.path.parent.mkdir(parents=True, exist_ok=True)
            # isolation_level=None: we issue BEGIN/COMMIT ourselves (one per record).
            self.conn = sqlite3.connect(str(self.path), isolation_level=None, timeout=60,
                                        check_same_thread=False)
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA synchronous=NORMAL")
            self.conn.execute("PRAGMA busy_timeout=60000")
            with self._transaction():
                for stmt in tables("INTEGER PRIMARY KEY AUTOINCREMENT", "BLOB"):
                    self.conn.execute(stmt)
                self.conn.execute(
                    "CREATE VIRTUAL TABLE IF NOT EXISTS fts USING fts5(id UNINDEXED, "
                    "headline, text, tokenize = 'porter unicode61 remove_diacritics 2')")
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"cannot open the SQLite store: {exc}", source=str(self.path),
                             hint="is it a newsgraph database? give another path with --db"
                             ) from exc

    def _execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        return self.conn.execute(sql, tuple(params))

    def _executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        self.conn.executemany(sql, [tuple(r) for r in rows])

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        with self._lock:
            # IMMEDIATE takes the write lock up front: two ingests queue instead of failing.
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise
            self.conn.execute("COMMIT")

    def _index_text(self, seq_or_id: Any, article_id: str, headline: str, text: str) -> None:
        self.conn.execute("INSERT INTO fts (id, headline, text) VALUES (?, ?, ?)",
                          (article_id, headline, text))

    def _fts_filter(self, query: str) -> tuple[str, list[Any]]:
        match = fts5_query(query)
        if not match:
            return "", []
        return "a.id IN (SELECT id FROM fts WHERE fts MATCH ?)", [match]

    def _fts_rank(self, query: str) -> tuple[str, list[Any], str, list[Any]]:
        # bm25() is negative, more so for better matches; a headline match weighs 4 times
        # a match in the text (columns: id, headline, text).
        join = ("JOIN (SELECT id AS fts_id, bm25(fts, 0.0, 4.0, 1.0) AS bm25 FROM fts "
                "WHERE fts MATCH ?) r ON r.fts_id = a.id")
        return "-r.bm25", [], join, [fts5_query(query)]

    def _fts_best(self, query: str, limit: int, offset: int
                  ) -> list[tuple[str, float, Any]] | None:
        # Same weights as _fts_rank; the newest (highest rowid) breaks a tie.
        return [(i, -float(b), rowid) for i, b, rowid in self._q(
            "SELECT id, bm25(fts, 0.0, 4.0, 1.0) AS b, rowid FROM fts WHERE fts MATCH ? "
            "ORDER BY b, rowid DESC LIMIT ? OFFSET ?", [fts5_query(query), limit, offset])]

    def _fts_newest(self, query: str, limit: int) -> tuple[list[str], int] | None:
        # The index's rowids follow the articles' insertion order (both only ever grow),
        # so the newest matches are the highest rowids: FTS5 walks them backwards itself.
        match = fts5_query(query)
        ids = [r[0] for r in self._q("SELECT id FROM fts WHERE fts MATCH ? ORDER BY rowid DESC "
                                     "LIMIT ?", [match, limit])]
        total = len(ids) if len(ids) < limit else \
            int(self._one("SELECT COUNT(*) FROM fts WHERE fts MATCH ?", [match]))
        return ids, total

    def _snippets(self, ids: list[str], query: str | None,
                  index_rows: list[Any] | None = None) -> dict[str, str]:
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        match = fts5_query(query or "")
        if match:
            # by the index's rowids when known (a lookup); else by id (a scan of the matches)
            where = f"rowid IN ({','.join('?' * len(index_rows))})" if index_rows \
                else f"id IN ({marks})"
            rows = self._q(f"SELECT id, snippet(fts, 2, ?, ?, '…', 24) FROM fts "
                           f"WHERE fts MATCH ? AND {where}",
                           [MARK_START, MARK_END, match, *(index_rows or ids)])
            found = dict(rows)
            if all(found.get(i) for i in ids):
                return found
        else:
            found = {}
        rows = self._q(f"SELECT id, substr(text, 1, 200) FROM articles WHERE id IN ({marks})",
                       ids)
        return {i: found.get(i) or s for i, s in rows}

    def close(self) -> None:
        with self._lock:
            self.conn.close()


def fts5_query(query: str) -> str:
    """A safe FTS5 MATCH string: every word or phrase quoted, all required."""
    return " ".join('"' + t.replace('"', "") + '"' for t in query_terms(query))

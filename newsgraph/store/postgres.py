"""PostgreSQL backend (psycopg 3): the server's full-text search over a generated tsvector."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from ..errors import StoreError
from .schema import tables
from .sql import MARK_END, MARK_START, SQLStore, query_terms

_PLACEHOLDER = re.compile(r"\?")
_HEADLINE_OPTS = (f"StartSel={MARK_START}, StopSel={MARK_END}, MaxWords=40, MinWords=15, "
                  "MaxFragments=2")


class PostgresStore(SQLStore):
    """A store on a PostgreSQL server, given a ``postgresql://`` URL."""

    _optimize_sql = ("ANALYZE",)  # samples a bounded number of rows per table

    def __init__(self, url: str):
        super().__init__()
        import psycopg

        self.url = url
        try:
            # autocommit: every write goes through an explicit transaction block instead.
            self.conn = psycopg.connect(url, autocommit=True, connect_timeout=10)
        except psycopg.OperationalError as exc:
            raise StoreError(f"cannot connect to PostgreSQL: {str(exc).strip()}",
                             source=_redact(url),
                             hint="is the server running? scripts/postgres.sh starts one "
                             "and prints its URL") from exc
        with self._transaction():
            # two processes creating the schema at once would collide in the catalog
            self.conn.execute("SELECT pg_advisory_xact_lock(715517)")
            for stmt in tables("BIGSERIAL PRIMARY KEY", "BYTEA"):
                self.conn.execute(stmt)
            self.conn.execute(
                "ALTER TABLE articles ADD COLUMN IF NOT EXISTS tsv tsvector GENERATED ALWAYS "
                "AS (to_tsvector('english', coalesce(headline, '') || ' ' || text)) STORED")
            self.conn.execute("CREATE INDEX IF NOT EXISTS articles_tsv ON articles "
                              "USING GIN (tsv)")

    def _execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        return self.conn.execute(_PLACEHOLDER.sub("%s", sql), tuple(params))

    def _executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        rows = [tuple(r) for r in rows]
        if rows:
            with self.conn.cursor() as cur:
                cur.executemany(_PLACEHOLDER.sub("%s", sql), rows)

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        with self._lock, self.conn.transaction():
            yield

    def _fts_filter(self, query: str) -> tuple[str, list[Any]]:
        q = pg_query(query)
        if not q:
            return "", []
        return "a.tsv @@ websearch_to_tsquery('english', ?)", [q]

    def _fts_rank(self, query: str) -> tuple[str, list[Any], str, list[Any]]:
        # The headline's words again at weight A (the stored vector has everything at D):
        # a match in the headline counts most, as on SQLite. Normalized by log(length)
        # (flag 1), so a long article does not win by its size alone.
        return ("ts_rank(setweight(to_tsvector('english', coalesce(a.headline, '')), 'A') "
                "|| a.tsv, websearch_to_tsquery('english', ?), 1)", [pg_query(query)], "", [])

    def _snippets(self, ids: list[str], query: str | None,
                  index_rows: list[Any] | None = None) -> dict[str, str]:
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        q = pg_query(query or "")
        if q:
            rows = self._q("SELECT id, ts_headline('english', text, "
                           "websearch_to_tsquery('english', ?), ?) FROM articles "
                           f"WHERE id IN ({marks})", [q, _HEADLINE_OPTS, *ids])
        else:
            rows = self._q(f"SELECT id, substr(text, 1, 200) FROM articles WHERE id IN "
                           f"({marks})", ids)
        return dict(rows)

    def _blob(self, data: bytes) -> Any:
        return data

    def close(self) -> None:
        with self._lock:
            self.conn.close()


def pg_query(query: str) -> str:
    """The user's words and "phrases" for websearch_to_tsquery (all required)."""
    return " ".join(f'"{t}"' if " " in t else t for t in query_terms(query))


def _redact(url: str) -> str:
    return re.sub(r"://([^:@/]+):[^@/]*@", r"://\1:***@", url)

"""The store: where analyzed records live, and the corpus views built over them.

``open_store(url_or_path)`` picks the backend:

    corpus.db, ./x.sqlite, sqlite:///abs/path.db   -> SQLiteStore (one file, WAL, FTS5)
    postgresql://user@host:port/db                 -> PostgresStore (psycopg 3, tsvector)

Every backend implements ``Store``. Writes are transactions: a record is stored with all its
rows or not at all, so a bad input or a killed process never leaves half an article.
``add`` is idempotent by record id. Stories and corpus entities are derived data:
``update_stories()`` recomputes them deterministically from the stored articles.
"""

from __future__ import annotations

import abc
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from ..record import Record
from .models import (
    ArticleSummary,
    Correction,
    Counts,
    EntityPage,
    SearchResult,
    Story,
    StorySummary,
)

DEFAULT_STORE = "newsgraph.db"


@dataclass(slots=True)
class AddResult:
    """What ``Store.add`` did with each record."""

    added: list[str]
    existing: list[str]  # ids already stored: nothing changed


class Store(abc.ABC):
    """A corpus of records with stories, merged entities and full-text search."""

    url: str

    # -- writing ---------------------------------------------------------------------------
    @abc.abstractmethod
    def add(self, records: Iterable[Record], *, input_keys: Iterable[str | None] | None = None
            ) -> AddResult:
        """Store records, each in its own transaction; an id already stored is left as is.

        Args:
            records: analyzed records.
            input_keys: optional, one per record: the ingest's key of the input it came
                from, remembered so a rerun can skip it without analyzing it again.
        """

    @abc.abstractmethod
    def known_inputs(self, keys: Iterable[str]) -> set[str]:
        """The input keys (see ``add``) already ingested."""

    @abc.abstractmethod
    def update_stories(self) -> int:
        """Recompute near-duplicates, stories and their titles from the stored articles.

        Deterministic in the set of stored articles (not their order); returns the number
        of stories.
        """

    # -- reading ---------------------------------------------------------------------------
    @abc.abstractmethod
    def get_article(self, article_id: str, *, corrected: bool = True) -> Record | None:
        """The stored record with its analysts' corrections applied (``corrected=False``:
        the machine's output as stored), or None."""

    @abc.abstractmethod
    def articles(self, limit: int = 50, offset: int = 0, *, source: str | None = None,
                 date_from: str | None = None, date_to: str | None = None,
                 story: str | None = None, entity: str | None = None
                 ) -> list[ArticleSummary]:
        """Articles, newest first, optionally filtered."""

    @abc.abstractmethod
    def iter_records(self, *, source: str | None = None, date_from: str | None = None,
                     date_to: str | None = None, ids: Iterable[str] | None = None,
                     corrected: bool = True) -> Iterator[Record]:
        """All matching records in ingest order (for export), corrections applied unless
        ``corrected=False``; streams, does not load all."""

    # -- analysts' corrections (newsgraph.store.corrections) ------------------------------
    @abc.abstractmethod
    def add_correction(self, article_id: str, kind: str, target: dict[str, Any],
                       action: str, changes: dict[str, Any] | None = None, *, author: str,
                       note: str | None = None) -> Correction:
        """Record an analyst's correction of one fact (kept apart from the record).

        Args:
            article_id: the article.
            kind: entity | place (its GeoNames resolution) | event.
            target: the fact by the record's local id: ``{"entity": "e9"}`` or
                ``{"event": 2}``; stored as a selector anchored in the text.
            action: "wrong" (remove it) or "correct" (change it).
            changes: for "correct": entity ``type``/``name``/``country``; place
                ``geonameid`` (filled in from the offline gazetteer) or ``lat``/``lon``/
                ``name``/``country``; event ``type``/``actor1``/``actor2``/``mode``.
            author: who made it (the audit log keeps it).
            note: why.

        Raises:
            InputError: no such article or fact, or changes that are not allowed.
        """

    @abc.abstractmethod
    def retract_correction(self, correction_id: int, *, author: str,
                           note: str | None = None) -> Correction:
        """Withdraw a correction: one more row in the log (nothing is deleted)."""

    @abc.abstractmethod
    def corrections(self, article_id: str) -> list[Correction]:
        """The article's audit log of corrections, oldest first."""

    @abc.abstractmethod
    def corrections_of(self, ids: Sequence[str]) -> dict[str, list[Correction]]:
        """{article id: its corrections, retractions included, oldest first} (stories)."""

    @abc.abstractmethod
    def stories(self, limit: int = 50, offset: int = 0) -> list[StorySummary]:
        """Stories, most recent (then largest) first."""

    @abc.abstractmethod
    def story(self, story_id: str) -> Story | None:
        """One story in full, or None."""

    @abc.abstractmethod
    def entity(self, name_or_id: str) -> EntityPage | None:
        """The corpus entity with this id, or the best match for this name/alias, or None."""

    @abc.abstractmethod
    def search(self, query: str | None = None, *, entity: str | None = None,
               place: str | None = None, country: str | None = None,
               date_from: str | None = None, date_to: str | None = None,
               event_type: str | None = None, source: str | None = None,
               limit: int = 20, offset: int = 0, sort: str = "relevance") -> SearchResult:
        """Full-text search with filters; facets count over all matching articles.

        Args:
            query: words to find (all of them; "quoted phrases" kept); None/"" matches all.
            entity: a corpus entity id or name that the article mentions.
            place: a place (entity id or name) the article mentions.
            country: ISO alpha-2 code of a place the article mentions.
            date_from, date_to: inclusive ISO dates on the publication date.
            event_type: a PLOVER type one of the article's events has.
            source: the publishing source's name.
            sort: "relevance" (best match first: BM25 on SQLite, ts_rank on PostgreSQL;
                newest first without a query) or "date" (newest first).
        """

    @abc.abstractmethod
    def near_duplicate_count(self) -> int:
        """Stored articles marked as republishing another stored article."""

    @abc.abstractmethod
    def counts(self) -> Counts:
        """How many articles, stories, entities, quotes, events, sources are stored."""

    def optimize(self) -> None:
        """Refresh the query planner's statistics after writes (a no-op where none)."""
        return None

    def story_redirect(self, story_id: str) -> str | None:
        """The id a merged story now lives under (None when it was not merged)."""
        return None

    @abc.abstractmethod
    def close(self) -> None:
        """Release the connection."""

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

"""Typed answers of the store: what ``Store.story()``, ``entity()``, ``search()`` return.

Each has ``to_dict()`` giving plain JSON-ready data (the CLI and the HTTP API print it).
Article content itself is a ``newsgraph.record.Record``; these types describe the corpus
around it: stories, cross-article entities, search hits and facets.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..record import plain


class _Plain:
    """Mixin: ``to_dict()`` for a dataclass (``newsgraph.record.plain`` does the walk)."""

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready form."""
        return plain(self)


@dataclass(slots=True)
class ArticleSummary(_Plain):
    """One stored article, without its analysis."""

    id: str
    headline: str | None
    published: str | None
    source: str | None
    url: str | None = None
    story_id: str | None = None
    duplicate_of: str | None = None  # the article it near-duplicates (same wire story)
    title: str = ""  # what to call it: the headline, else its first sentence (display.py)


@dataclass(slots=True)
class StorySummary(_Plain):
    """One line of the story list."""

    id: str
    title: str
    date_from: str | None
    date_to: str | None
    n_articles: int
    sources: list[str] = field(default_factory=list)
    top_entities: list[str] = field(default_factory=list)


@dataclass(slots=True)
class EntityRef(_Plain):
    """A corpus-level entity as it appears somewhere (a story, an entity page)."""

    id: str
    name: str
    type: str
    count: int = 0  # mentions (or articles, where the context says so)
    country: str | None = None


@dataclass(slots=True)
class PlaceRef(_Plain):
    """A place with its coordinates and how often it is mentioned."""

    id: str
    name: str
    count: int = 0
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    kind: str | None = None  # city | region | country | ...
    geonameid: int | None = None


@dataclass(slots=True)
class QuoteRef(_Plain):
    """One quote, with the article it comes from."""

    article_id: str
    text: str
    direct: bool
    speaker: str | None = None
    speaker_entity: str | None = None  # corpus entity id
    published: str | None = None
    start: int | None = None
    end: int | None = None
    also_in: list[str] = field(default_factory=list)  # near-duplicate articles saying it too


@dataclass(slots=True)
class QuoteGroup(_Plain):
    """Quotes of a story grouped by who said them."""

    speaker: str
    entity_id: str | None
    quotes: list[QuoteRef] = field(default_factory=list)


@dataclass(slots=True)
class EventSupport(_Plain):
    """Where one article states an event: the article and the evidence span in its text."""

    article_id: str
    start: int
    end: int
    text: str
    modality: str = "asserted"
    also_in: list[str] = field(default_factory=list)  # near-duplicate articles saying it too


@dataclass(slots=True)
class StoryEvent(_Plain):
    """A merged event: the same type, actors, place and day, stated by one or more articles."""

    type: str
    actor1: str | None
    actor2: str | None
    place: str | None
    time: str | None
    articles: list[str] = field(default_factory=list)  # supporting article ids
    support: list[EventSupport] = field(default_factory=list)
    mode: str | None = None


@dataclass(slots=True)
class Story(_Plain):
    """A real-world story: the articles on it, from which sources, and what they say."""

    id: str
    title: str
    date_from: str | None
    date_to: str | None
    articles: list[ArticleSummary] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    events: list[StoryEvent] = field(default_factory=list)
    people: list[EntityRef] = field(default_factory=list)
    organizations: list[EntityRef] = field(default_factory=list)
    places: list[PlaceRef] = field(default_factory=list)
    quotes: list[QuoteGroup] = field(default_factory=list)
    # set when the id asked for was merged into this story: the id to use from now on
    moved_to: str | None = None


@dataclass(slots=True)
class TitleSpan(_Plain):
    """A title a person holds in the corpus, and when it was seen."""

    title: str
    first_seen: str | None
    last_seen: str | None
    count: int = 1


@dataclass(slots=True)
class EntityPage(_Plain):
    """Everything the corpus says about one entity (merged across articles)."""

    id: str
    name: str
    type: str
    country: str | None = None
    aliases: list[str] = field(default_factory=list)
    titles: list[TitleSpan] = field(default_factory=list)
    articles: list[ArticleSummary] = field(default_factory=list)
    quotes: list[QuoteRef] = field(default_factory=list)
    cooccurring: list[EntityRef] = field(default_factory=list)
    places: list[PlaceRef] = field(default_factory=list)
    stories: list[StorySummary] = field(default_factory=list)
    geo: PlaceRef | None = None  # when the entity is itself a place


@dataclass(slots=True)
class SearchHit(_Plain):
    """One matching article, how well it matches, and a passage with the matches."""

    article: ArticleSummary
    snippet: str  # for terminals: matched words wrapped in [ ] (a "[" in the text is kept)
    score: float = 0.0  # relevance: BM25 (SQLite FTS5) or ts_rank (PostgreSQL); 0 without q
    snippet_text: str = ""  # the passage, plain
    highlights: list[list[int]] = field(default_factory=list)  # [start, end) in snippet_text


@dataclass(slots=True)
class FacetCount(_Plain):
    value: str
    count: int
    label: str | None = None  # display name where value is an id


@dataclass(slots=True)
class SearchResult(_Plain):
    """A page of hits, the total across pages, and facet counts over all matching articles."""

    hits: list[SearchHit]
    total: int
    facets: dict[str, list[FacetCount]] = field(default_factory=dict)
    # keys: entity, place, country, date (YYYY-MM-DD), event_type, source
    limit: int = 20
    offset: int = 0
    sort: str = "relevance"  # relevance (best match first; date without a query) | date
    # how many matching articles the facets count: all of them (``total``) up to
    # newsgraph.store.sql.FACET_SAMPLE, else that many of the newest
    facets_counted: int | None = None


@dataclass(slots=True)
class Correction(_Plain):
    """An analyst's correction of one fact of one article, as the audit log keeps it.

    Never updated or deleted: a retraction is another correction (``action="retract"``,
    ``retracts`` its id). See ``newsgraph.store.corrections``.
    """

    id: int
    article_id: str
    kind: str  # entity | place | event
    target: dict[str, Any]  # where the fact is in the text: {name, type, start, end}
    action: str  # wrong | correct | retract
    changes: dict[str, Any] = field(default_factory=dict)  # new values ("correct")
    author: str = ""
    note: str | None = None
    created: str = ""  # ISO 8601, UTC
    retracts: int | None = None  # the correction a retraction withdraws
    retracted_by: int | None = None  # filled when read: the retraction withdrawing this one
    applied: bool | None = None  # filled when read with its record: does it match the text


@dataclass(slots=True)
class Counts(_Plain):
    articles: int = 0
    stories: int = 0
    entities: int = 0
    quotes: int = 0
    events: int = 0
    sources: int = 0

"""The cleaned article: one canonical text, its layout, and what was cut (``Cleaned``)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from ..record import Dateline, Paragraph, Record, Removed, Source


@dataclass(slots=True)
class DatelineSpan:
    text: str  # the place as written ("Kyiv", "KYIV")
    start: int  # offsets into Cleaned.text
    end: int
    date: str | None = None  # the date it carries, as written ("March 3")
    story_start: int | None = None  # where the story's words begin after its date, credit, dash


@dataclass(slots=True)
class Cleaned:
    """The canonical text of an article with its layout; all offsets point into ``text``."""

    text: str
    headline: str | None = None
    dateline: DatelineSpan | None = None
    credits: list[str] = field(default_factory=list)
    bylines: list[str] = field(default_factory=list)
    paragraphs: list[Paragraph] = field(default_factory=list)
    removed: list[Removed] = field(default_factory=list)
    published: dt.date | None = None  # a datetime when a time was given
    published_source: str | None = None  # given | html | page | url
    headline_source: str | None = None  # text | html
    headline_missing: str | None = None  # why there is no headline
    source: str | None = None
    url: str | None = None
    language: str = "en"
    name: str = "<input>"

    @property
    def body_start(self) -> int:
        """Offset of the first non-headline paragraph (the headline is paragraph 0 if any)."""
        for p in self.paragraphs:
            if p.kind != "headline":
                return p.start
        return 0

    def skeleton(self, record_id: str) -> Record:
        """The record of this article before analysis: its text, layout and metadata.

        The dateline's entity, the entities, times, quotes, events and copy-desk issues are
        the stages' to fill (``newsgraph.pipeline.to_record``).
        """
        d = self.dateline
        return Record(
            id=record_id, text=self.text, source=Source(name=self.source, url=self.url),
            published=self.published.isoformat() if self.published else None,
            language=self.language, headline=self.headline,
            dateline=Dateline(text=d.text, entity=None, start=d.start, end=d.end) if d else None,
            published_source=self.published_source, headline_source=self.headline_source,
            headline_missing=self.headline_missing, credits=list(self.credits),
            bylines=list(self.bylines), paragraphs=list(self.paragraphs),
            removed=list(self.removed))

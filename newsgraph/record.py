"""The article record: one typed object between stages and at every edge.

The JSON shape is the contract of ../shared/spec/record.md (version 1); this module
adds fields but never renames or drops one. Every ``start``/``end`` is a character
offset into ``Record.text`` (end-exclusive), so ``text[start:end]`` is the evidence.

``Record.to_dict()`` gives the JSON form; ``Record.from_dict()`` reads it back
(the store and the HTTP API rely on the round trip).
"""

from __future__ import annotations

import dataclasses
import types
import typing
from dataclasses import dataclass, field
from typing import Any

RECORD_VERSION = 1


@dataclass(slots=True)
class Source:
    name: str | None = None
    url: str | None = None


@dataclass(slots=True)
class Paragraph:
    start: int
    end: int
    kind: str  # headline | standfirst | body | subheading


@dataclass(slots=True)
class Removed:
    """A piece of the raw input that is not in ``text``, and why."""

    text: str
    reason: str  # duplicate_headline | credit_line | boilerplate | photo_credit | ...
    detail: str | None = None  # which rule matched, for people auditing the cut


@dataclass(slots=True)
class Issue:
    """A copy-desk finding. ``text`` itself is never rewritten."""

    kind: str  # misspelled_name | inconsistent_spelling | mixed_spelling | first_name_reference
    start: int
    end: int
    text: str
    message: str
    suggestion: str | None = None


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    text: str


@dataclass(slots=True)
class Geo:
    lat: float
    lon: float
    kind: str  # city | region | country | continent | other
    country: str | None = None  # ISO 3166-1 alpha-2
    admin1: str | None = None
    geonameid: int | None = None
    name: str | None = None  # the gazetteer's name of the place
    confidence: float = 0.0


@dataclass(slots=True)
class Entity:
    id: str
    name: str
    type: str  # PERSON | ORG | GPE | LOC | NORP | FAC | EVENT | OTHER
    mentions: list[Mention] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    country: str | None = None
    # how ``country`` was found: "text" (the article says it), "gazetteer" (a place's own
    # country), "actors" (a well-known political actor's, from a public actor dictionary), or
    # "dateline" (not said nor known; the wire convention that people quoted in a datelined
    # story are of its country: a weak guess, shown as such)
    country_source: str | None = None
    geo: Geo | None = None
    age: int | None = None
    # mentions where a place stands for its government or forces ("Moscow's forces")
    metonymy: list[Mention] = field(default_factory=list)


@dataclass(slots=True)
class Dateline:
    text: str
    entity: str | None = None
    start: int | None = None  # None: the dateline was cut from the text with the credit
    end: int | None = None


@dataclass(slots=True)
class Time:
    text: str
    start: int
    end: int
    value: str | None  # ISO 8601 as far as the text allows; None when unresolved
    # day | week | month | quarter | half | season | year | decade | century | time | duration
    grain: str | None
    anchor: str | None  # published | text | None
    type: str = "DATE"  # DATE | TIME | DURATION | SET (TIMEX3 types)
    mod: str | None = None  # early | mid | late | before | after | approx | more_than | less_than


@dataclass(slots=True)
class Speaker:
    text: str
    entity: str | None = None
    start: int | None = None
    end: int | None = None


@dataclass(slots=True)
class Quote:
    text: str
    start: int
    end: int
    direct: bool
    speaker: Speaker | None = None
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None


@dataclass(slots=True)
class Actor:
    text: str
    entity: str | None = None
    country: str | None = None
    # government | military | police | judiciary | rebels | civilians | business | ...
    sector: str | None = None


@dataclass(slots=True)
class Evidence:
    start: int
    end: int


@dataclass(slots=True)
class Event:
    type: str  # one of PLOVER_TYPES
    evidence: Evidence
    mode: str | None = None
    modality: str = "asserted"  # asserted | claimed | hedged | negated | planned
    actor1: Actor | None = None
    actor2: Actor | None = None
    place: str | None = None  # entity id of the place
    time: str | None = None  # ISO value
    time_source: str | None = None  # "text" (from times) | "story" (the news day) | "published"
    background: bool = False
    confidence: float = 0.0
    claimed_by: Actor | None = None  # who the text attributes the event to ("X said ...")


@dataclass(slots=True)
class Pipeline:
    newsgraph: str
    model: str | None = None
    seconds: float | None = None  # only with timings on: it would break byte-identical output


@dataclass(slots=True)
class Record:
    id: str
    text: str
    version: int = RECORD_VERSION
    source: Source = field(default_factory=Source)
    published: str | None = None
    language: str = "en"
    headline: str | None = None
    dateline: Dateline | None = None
    # where ``published`` came from: given | html (page metadata) | page (a date line) | url
    published_source: str | None = None
    headline_source: str | None = None  # text (the page model) | html (trafilatura)
    headline_missing: str | None = None  # why ``headline`` is None
    credits: list[str] = field(default_factory=list)
    bylines: list[str] = field(default_factory=list)
    paragraphs: list[Paragraph] = field(default_factory=list)
    removed: list[Removed] = field(default_factory=list)
    issues: list[Issue] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    times: list[Time] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    pipeline: Pipeline | None = None

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of the record (spec v1 field order first)."""
        return plain(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Record:
        """Read a record back from its JSON form; unknown keys are ignored."""
        return _from_plain(cls, data)

    def entity(self, entity_id: str) -> Entity | None:
        """The entity with this id, or None."""
        for ent in self.entities:
            if ent.id == entity_id:
                return ent
        return None


# Spec v1 shows these keys first; the rest follow in declaration order.
_RECORD_ORDER = ("version", "id", "source", "published", "language", "headline", "dateline",
                 "credits", "bylines", "published_source", "headline_source",
                 "headline_missing", "text", "paragraphs", "removed", "issues", "entities",
                 "times", "quotes", "events", "pipeline")


def plain(obj: Any) -> Any:
    """JSON-ready data from dataclasses, lists, tuples and dicts (the Record in spec order)."""
    if isinstance(obj, Record):
        return {name: plain(getattr(obj, name)) for name in _RECORD_ORDER}
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: plain(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, list | tuple):
        return [plain(x) for x in obj]
    if isinstance(obj, dict):
        return {k: plain(v) for k, v in obj.items()}
    return obj


_HINTS: dict[type, dict[str, Any]] = {}


def _from_plain(tp: Any, data: Any) -> Any:
    if data is None:
        return None
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in typing.get_args(tp) if a is not type(None)]
        return _from_plain(inner[0], data)
    if origin is list:
        (item,) = typing.get_args(tp)
        return [_from_plain(item, x) for x in data]
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        hints = _HINTS.get(tp)
        if hints is None:
            hints = _HINTS[tp] = typing.get_type_hints(tp)
        kwargs = {f.name: _from_plain(hints[f.name], data[f.name])
                  for f in dataclasses.fields(tp) if f.name in data}
        return tp(**kwargs)
    return data


PLOVER_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
                "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE",
                "COERCE", "ASSAULT")

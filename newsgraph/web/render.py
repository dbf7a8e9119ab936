"""What the pages show, computed from records and store answers (no HTML here).

The record view splits the article text into segments at every annotation boundary, so
overlapping facts (a place inside a quote inside an event's evidence) all stay clickable:
each segment lists the facts covering it, innermost first. The templates escape every piece
of text; nothing here builds markup.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any
from urllib.parse import quote

from markupsafe import Markup, escape

from ..record import Entity, Record
from ..store import corrections
from ..store.display import story_title
from ..store.models import (
    ArticleSummary,
    Correction,
    PlaceRef,
    QuoteRef,
    Story,
    StorySummary,
)

PLACE_TYPES = ("GPE", "LOC", "FAC")

# How much context an evidence snippet shows on each side of the span.
_CONTEXT = 120
_SENTENCE_END = re.compile(r"[.!?]\s|\n")


@dataclass(slots=True)
class Segment:
    """A run of text covered by the same facts."""

    text: str
    facts: list[str] = field(default_factory=list)  # fact ids, innermost first
    classes: str = ""


@dataclass(slots=True)
class Block:
    """One paragraph of the record's text, as segments."""

    kind: str  # headline | standfirst | body | subheading
    segments: list[Segment]


@dataclass(slots=True)
class RecordView:
    """Everything the record template needs."""

    record: Record
    blocks: list[Block]
    facts: dict[str, dict[str, Any]]  # fact id -> JSON-ready description (for the side panel)
    places: list[dict[str, Any]]  # map points
    countries: list[str]  # ISO numeric codes of countries to shade on the map
    entity_names: dict[str, str]  # record-local entity id -> name
    entities: list[Entity]  # most mentioned first


@dataclass(slots=True)
class _Span:
    start: int
    end: int
    fact: str
    cls: str
    order: int


def snippet(text: str, start: int, end: int) -> dict[str, Any]:
    """The span with its sentence around it: {"before", "match", "after", "start", "end"}."""
    while end > start and text[end - 1].isspace():
        end -= 1
    lo = max(0, start - _CONTEXT)
    head = text[lo:start]
    cuts = list(_SENTENCE_END.finditer(head))
    if cuts:
        lo += cuts[-1].end()
    elif lo > 0:
        lo = text.find(" ", lo, start) + 1 or lo
    hi = min(len(text), end + _CONTEXT)
    cut = _SENTENCE_END.search(text, end, hi)
    if cut:
        hi = cut.start() + 1
    elif hi < len(text):
        hi = text.rfind(" ", end, hi) if text.rfind(" ", end, hi) > end else hi
    return {"before": text[lo:start].lstrip(), "match": text[start:end],
            "after": text[end:hi].rstrip(), "start": start, "end": end}


def entity_href(name_or_id: str) -> str:
    """The entity page's address for a corpus entity id or a name."""
    return "/entities/" + quote(name_or_id, safe="")


def _evidence(text: str, start: int | None, end: int | None) -> list[dict[str, Any]]:
    """[snippet] for a span inside the text; [] for a missing or out-of-range one."""
    if start is None or end is None or not 0 <= start < end <= len(text):
        return []
    return [snippet(text, start, end)]


def _entity_class(ent: Entity) -> str:
    cls = f"m m-{ent.type}"
    if ent.geo is not None or ent.type in PLACE_TYPES:
        cls += " place"
    return cls


def _spans(record: Record) -> tuple[list[_Span], dict[str, dict[str, Any]]]:
    """Every annotation of the record as a span, and the facts they point at."""
    text = record.text
    spans: list[_Span] = []
    facts: dict[str, dict[str, Any]] = {}
    names = {e.id: e.name for e in record.entities}

    def add(start: int | None, end: int | None, fact: str, cls: str) -> None:
        if start is None or end is None or not 0 <= start < end <= len(text):
            return
        # A span that ends in the paragraph break would mark the break itself.
        while end > start and text[end - 1].isspace():
            end -= 1
        while start < end and text[start].isspace():
            start += 1
        if start == end:
            return
        spans.append(_Span(start, end, fact, cls, len(spans)))

    for ent in record.entities:
        fid = f"ent-{ent.id}"
        geo = None
        if ent.geo is not None:
            g = ent.geo
            geo = {"lat": g.lat, "lon": g.lon, "kind": g.kind, "country": g.country,
                   "admin1": g.admin1, "geonameid": g.geonameid, "name": g.name,
                   "confidence": g.confidence}
        facts[fid] = {
            "kind": "place" if geo or ent.type in PLACE_TYPES else "entity",
            "label": ent.name, "type": ent.type, "titles": list(ent.titles),
            "country": ent.country, "age": ent.age, "geo": geo,
            "mentions": len(ent.mentions),
            "metonymy": [m.text for m in ent.metonymy],
            "href": entity_href(ent.name),
            "evidence": [x for m in ent.mentions[:6] for x in _evidence(text, m.start, m.end)],
        }
        for m in ent.mentions:
            add(m.start, m.end, fid, _entity_class(ent))
    for i, t in enumerate(record.times):
        fid = f"time-{i}"
        facts[fid] = {"kind": "time", "label": t.text, "value": t.value, "grain": t.grain,
                      "anchor": t.anchor, "type": t.type, "mod": t.mod,
                      "evidence": _evidence(text, t.start, t.end)}
        add(t.start, t.end, fid, "t")
    for i, q in enumerate(record.quotes):
        fid = f"quote-{i}"
        sp = q.speaker
        facts[fid] = {
            "kind": "quote", "label": q.text, "direct": q.direct,
            "speaker": sp.text if sp else None,
            "speaker_entity": names.get(sp.entity) if sp and sp.entity else None,
            "cue": q.cue, "evidence": _evidence(text, q.start, q.end)}
        add(q.start, q.end, fid, "q")
        if sp is not None:
            add(sp.start, sp.end, fid, "q-speaker")
    for i, ev in enumerate(record.events):
        fid = f"event-{i}"

        def actor(a: Any) -> dict[str, Any] | None:
            if a is None:
                return None
            return {"text": a.text, "entity": names.get(a.entity) if a.entity else None,
                    "country": a.country, "sector": a.sector}

        facts[fid] = {
            "kind": "event", "label": ev.type, "mode": ev.mode, "modality": ev.modality,
            "actor1": actor(ev.actor1), "actor2": actor(ev.actor2),
            "place": names.get(ev.place, ev.place) if ev.place else None,
            "time": ev.time, "time_source": ev.time_source, "background": ev.background,
            "confidence": ev.confidence,
            "evidence": _evidence(text, ev.evidence.start, ev.evidence.end)}
        add(ev.evidence.start, ev.evidence.end, fid, "v")
    for i, iss in enumerate(record.issues):
        fid = f"issue-{i}"
        facts[fid] = {"kind": "issue", "label": iss.kind.replace("_", " "),
                      "message": iss.message, "suggestion": iss.suggestion,
                      "evidence": _evidence(text, iss.start, iss.end)}
        add(iss.start, iss.end, fid, "iss")
    return spans, facts


def segment(text: str, start: int, end: int, spans: list[_Span]) -> list[Segment]:
    """Split text[start:end] at every span boundary; each piece lists the spans over it."""
    inside = [s for s in spans if s.start < end and s.end > start]
    cuts = sorted({start, end} | {s.start for s in inside if start < s.start < end}
                  | {s.end for s in inside if start < s.end < end})
    out: list[Segment] = []
    for a, b in zip(cuts, cuts[1:]):
        over = sorted((s for s in inside if s.start <= a and s.end >= b),
                      key=lambda s: (s.end - s.start, s.order))
        fids = list(dict.fromkeys(s.fact for s in over))
        classes = " ".join(dict.fromkeys(c for s in over for c in s.cls.split()))
        if out and out[-1].facts == fids:
            out[-1].text += text[a:b]
        else:
            out.append(Segment(text[a:b], fids, classes))
    return out


def record_view(record: Record, corrected: dict[str, list[int]] | None = None) -> RecordView:
    """Segments, facts and map points for showing one record; ``corrected``: fact id ->
    the analysts' corrections that changed it (shown with the fact)."""
    spans, facts = _spans(record)
    for fid, ids in (corrected or {}).items():
        if fid in facts:
            facts[fid]["corrected"] = [f"#{i}" for i in ids]
    text = record.text
    paras = [(p.start, p.end, p.kind) for p in record.paragraphs
             if 0 <= p.start < p.end <= len(text)]
    if not paras:
        paras = [(m.start(), m.end(), "body") for m in re.finditer(r"[^\n]+(?:\n[^\n]+)*", text)]
    blocks = [Block(kind, segment(text, a, b, spans)) for a, b, kind in paras]
    places = record_places(record)
    return RecordView(record=record, blocks=blocks, facts=facts, places=places,
                      countries=countries_numeric([p["country"] for p in places]),
                      entity_names={e.id: e.name for e in record.entities},
                      entities=sorted(record.entities, key=lambda e: -len(e.mentions)))


def record_places(record: Record) -> list[dict[str, Any]]:
    """Map points for the record's geocoded entities, sized by mention count."""
    points = []
    for ent in record.entities:
        if ent.geo is None:
            continue
        points.append({"name": ent.name, "lat": ent.geo.lat, "lon": ent.geo.lon,
                       "count": max(1, len(ent.mentions)), "kind": ent.geo.kind,
                       "country": ent.geo.country or ent.country,
                       "fact": f"ent-{ent.id}", "href": None})
    return sorted(points, key=lambda p: -p["count"])


def place_points(places: list[PlaceRef]) -> list[dict[str, Any]]:
    """Map points for the store's places (those with coordinates)."""
    return [{"name": p.name, "lat": p.lat, "lon": p.lon, "count": max(1, p.count),
             "kind": p.kind, "country": p.country, "fact": None,
             "href": entity_href(p.id)}
            for p in places if p.lat is not None and p.lon is not None]


@cache
def _numeric(alpha2: str) -> str | None:
    import pycountry

    country = pycountry.countries.get(alpha_2=alpha2.upper())
    return country.numeric if country else None


@cache
def country_name(alpha2: str) -> str:
    """The country's common name for an ISO alpha-2 code (the code itself when unknown)."""
    import pycountry

    country = pycountry.countries.get(alpha_2=alpha2.upper()) if len(alpha2) == 2 else None
    if country is None:
        return alpha2
    return getattr(country, "common_name", None) or country.name


def countries_numeric(codes: list[str | None]) -> list[str]:
    """ISO alpha-2 codes -> the numeric codes the world-atlas outlines use as ids."""
    out = []
    for code in codes:
        num = _numeric(code) if code and len(code) == 2 else None
        if num and num not in out:
            out.append(num)
    return out


def timeline(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Events with a time, oldest first, each with a sortable ``date`` (YYYY-MM-DD)."""
    dated = []
    for ev in events:
        value = ev.get("time")
        if not value or not re.match(r"\d{4}", value):
            continue
        date = value[:10] if re.match(r"\d{4}-\d{2}-\d{2}", value) else (
            value[:7] + "-01" if re.match(r"\d{4}-\d{2}", value) else value[:4] + "-01-01")
        dated.append({**ev, "date": date})
    return sorted(dated, key=lambda e: (e["date"], e.get("type") or ""))


def snippet_html(text: str, highlights: list[list[int]] | None = None) -> Markup:
    """A search snippet as escaped HTML, the ``highlights`` ([start, end) offsets into
    ``text``) in <mark>. The text's own brackets are text: "[Reuters]" is not a match."""
    out, last = [], 0
    for start, end in sorted(highlights or []):
        if not last <= start < end <= len(text):
            continue  # overlapping or out of range: skip rather than garble
        out += [str(escape(text[last:start])), f"<mark>{escape(text[start:end])}</mark>"]
        last = end
    out.append(str(escape(text[last:])))
    return Markup("".join(out))


# -- near-duplicates: republished copy shown once, "also in: ..." ----------------------------

def _norm(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())


def canonical_ids(articles: list[ArticleSummary]) -> dict[str, str]:
    """{article id: the article it republishes, or itself} (chains followed)."""
    dup = {a.id: a.duplicate_of for a in articles if a.duplicate_of}
    out = {}
    for a in articles:
        root, seen = a.id, set()
        while root in dup and root not in seen:
            seen.add(root)
            root = dup[root] or root
        out[a.id] = root
    return out


def _fold(items: list[Any], canon: dict[str, str], same_text: bool) -> list[Any]:
    """Items (EventSupport or QuoteRef, each with ``article_id`` and ``also_in``) with those
    from near-duplicates of one article folded into the first one, order kept. ``same_text``:
    fold only items whose text is the same too (quotes); else every item of a copy folds
    into the first item of its original (an event's evidence)."""
    groups: dict[tuple[str, str], list[Any]] = {}
    for item in items:
        root = canon.get(item.article_id, item.article_id)
        key = (root, _norm(item.text) if same_text else "")
        groups.setdefault(key, []).append(item)
    keep: set[int] = set()
    for (root, _), members in groups.items():
        # the original (or, when it is not here, the first copy) keeps its own items
        primary = root if any(m.article_id == root for m in members) else members[0].article_id
        mine = [m for m in members if m.article_id == primary]
        others = sorted({m.article_id for m in members if m.article_id != primary})
        mine[0].also_in = list(dict.fromkeys([*mine[0].also_in, *others]))
        keep.update(id(m) for m in mine)
    return [item for item in items if id(item) in keep]


def fold_story(story: Story, log: dict[str, list[Correction]] | None = None) -> Story:
    """The story as shown: analysts' event corrections (``log``: article id -> its
    corrections) applied to the timeline; near-duplicate articles' event evidence and quotes
    folded into the article they republish (``also_in`` lists the copies); its title."""
    if log:
        story.events = corrections.story_events(story.events, log)
    canon = canonical_ids(story.articles)
    story.title = story_title(story.title)
    if not any(a != r for a, r in canon.items()):
        return story
    for ev in story.events:
        ev.support = _fold(ev.support, canon, same_text=False)
    for group in story.quotes:
        group.quotes = _fold(group.quotes, canon, same_text=True)
    return story


def fold_quotes(quotes: list[QuoteRef], articles: list[ArticleSummary]) -> list[QuoteRef]:
    """Quotes with near-duplicates' copies folded (see ``fold_story``)."""
    return _fold(quotes, canonical_ids(articles), same_text=True)


def story_summaries(stories: list[StorySummary]) -> list[StorySummary]:
    """Story list entries with their titles as shown (``store.display.story_title``)."""
    for s in stories:
        s.title = story_title(s.title)
    return stories



def quote_id(value: str) -> str:
    """An id as one path segment."""
    return quote(value, safe="")


def correction_targets(record: Record) -> list[dict[str, str]]:
    """The facts an analyst can correct, for the form: value ``kind:ref`` and a label."""
    out = []
    for ent in sorted(record.entities, key=lambda e: (-len(e.mentions), e.name)):
        out.append({"value": f"entity:{ent.id}", "label": f"Entity · {ent.name} ({ent.type})"})
    for ent in record.entities:
        if ent.geo is not None:
            where = ", ".join(x for x in (ent.geo.name, ent.geo.country) if x)
            out.append({"value": f"place:{ent.id}",
                        "label": f"Place · {ent.name} → {where} (GeoNames "
                                 f"{ent.geo.geonameid or '?'})"})
    for i, ev in enumerate(record.events):
        who = ev.actor1.text if ev.actor1 else "—"
        text = record.text[ev.evidence.start:ev.evidence.end]
        out.append({"value": f"event:{i}",
                    "label": f"Event {i + 1} · {ev.type} · {who} · “{text[:60]}”"})
    return out



def safe_url(url: str | None) -> str | None:
    """The URL if it is http(s), else None: a stored ``javascript:`` link must not be live."""
    if url and re.match(r"^https?://", url.strip(), re.IGNORECASE):
        return url.strip()
    return None

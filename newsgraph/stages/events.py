"""Stage ``newsgraph_events``: sets ``doc._.events``, PLOVER events with actors and evidence.

Reads ``doc._.entities`` (falls back to spaCy's NER when the entity stage is absent),
``doc._.times``, ``doc._.quotes`` and ``doc._.article`` (publication date, layout, dateline).
Rules only (no torch), so the stage costs little beyond the parse; see newsgraph.events.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..events.extract import extract


@Language.factory("newsgraph_events", assigns=["doc._.events"],
                  default_config={"keep_background": False})
def make_events(nlp: Language, name: str, keep_background: bool) -> Events:
    return Events(keep_background)


class Events:
    """Adds ``list[record.Event]`` to each Doc (background events only when asked)."""

    def __init__(self, keep_background: bool = False):
        self.keep_background = keep_background

    def __call__(self, doc: Doc) -> Doc:
        article = doc._.article
        skip = [(p.start, p.end) for p in getattr(article, "paragraphs", None) or []
                if p.kind in ("headline", "standfirst", "subheading")]
        dl = getattr(article, "dateline", None)
        # the dateline with its date and credit ("Bucharest, Jan 28 (EFE).-"): no actor's part
        dateline = (dl.start, getattr(dl, "story_start", None) or dl.end) \
            if dl is not None and dl.start is not None else None
        doc._.events = extract(
            doc, entities=doc._.entities, times=doc._.times, quotes=doc._.quotes,
            published=getattr(article, "published", None), skip=skip, dateline=dateline,
            keep_background=self.keep_background)
        return doc

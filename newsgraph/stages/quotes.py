"""Stage ``newsgraph_quotes``: sets ``doc._.quotes``, direct quotes and reported speech.

Runs after ``newsgraph_entities`` so speakers link to entity ids; without entities
(``doc._.entities`` is None) speakers keep their text and offsets and no entity.
The rules are in ``newsgraph.quotes``; they read the parse only (no model of their own).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..quotes import extract_quotes


@Language.factory("newsgraph_quotes", assigns=["doc._.quotes"],
                  requires=["token.dep", "token.lemma", "token.pos"])
def make_quotes(nlp: Language, name: str) -> Quotes:
    return Quotes()


class Quotes:
    """Adds ``list[record.Quote]`` to each Doc, speakers linked to ``doc._.entities``."""

    def __call__(self, doc: Doc) -> Doc:
        quotes = extract_quotes(doc, doc._.entities)
        # "Floods kill dozens, officials say": a headline's attribution restates the story's
        # own; only a quotation in the headline is a quote of its own.
        heads = [(p.start, p.end) for p in getattr(doc._.article, "paragraphs", None) or []
                 if p.kind == "headline"]
        doc._.quotes = [q for q in quotes if q.direct
                        or not any(s <= q.start < e for s, e in heads)]
        return doc

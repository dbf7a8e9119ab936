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
        doc._.quotes = extract_quotes(doc, doc._.entities)
        return doc

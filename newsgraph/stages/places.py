"""Stage ``newsgraph_places``: geocode the article's place entities and mark metonymy.

Wiring only; the work is ``newsgraph.places.geocode``. Runs after ``newsgraph_entities`` and
fills ``geo``, ``country`` and ``metonymy`` on each GPE/LOC/FAC entity of ``doc._.entities``.
Without the entities stage (``doc._.entities`` is None) it builds place entities from the
model's GPE/LOC/FAC spans, so it also works alone.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..places.geocode import PLACE_TYPES, entities_from_doc, geocode
from ..places.resolve import Resolver


@Language.factory("newsgraph_places", assigns=["doc._.entities"], requires=["doc.ents"])
def make_places_stage(nlp: Language, name: str) -> PlacesStage:
    return PlacesStage()


class PlacesStage:
    """Geocodes place entities; the gazetteer is loaded on the first article."""

    def __init__(self) -> None:
        self._resolver: Resolver | None = None

    @property
    def resolver(self) -> Resolver:
        if self._resolver is None:
            self._resolver = Resolver()
        return self._resolver

    def __call__(self, doc: Doc) -> Doc:
        if doc._.entities is None:
            doc._.entities = entities_from_doc(doc)
        article = doc._.article
        dateline = article.dateline.text if article is not None and article.dateline else None
        geocode(doc, doc._.entities, self.resolver, dateline)
        return doc


__all__ = ["PLACE_TYPES", "PlacesStage"]

"""Stage ``newsgraph_entities``: people, organizations, places and groups, one per referent.

Wiring only; the work is ``newsgraph.entities.build.entities_of`` (corrected NER spans, written
back to ``doc.ents``, grouped into referents with titles, age and country).
``doc._.entities``: ``list[record.Entity]``, ids "e1", "e2", ... in order of first mention.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from ..entities.build import KEPT_LABELS, entities_of, lexicon_names


@Language.factory("newsgraph_entities", assigns=["doc.ents", "doc._.entities"],
                  requires=["doc.ents"])
def make_entities_stage(nlp: Language, name: str) -> EntitiesStage:
    return EntitiesStage(nlp)


class EntitiesStage:
    """Corrects the NER and builds ``doc._.entities``."""

    def __init__(self, nlp: Language):
        self.matcher = PhraseMatcher(nlp.vocab)  # ORTH: "AP" is an agency, "ap" is not
        self.matcher.add("ORG", [nlp.make_doc(n) for n in lexicon_names()])

    def __call__(self, doc: Doc) -> Doc:
        article = getattr(doc._, "article", None)
        matches = [(s, e) for _, s, e in self.matcher(doc)]
        doc._.entities = entities_of(doc, article, matches)
        return doc


__all__ = ["KEPT_LABELS", "EntitiesStage"]

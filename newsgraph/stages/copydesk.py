"""Stage ``newsgraph_copydesk`` (runs last): sets ``doc._.issues``, the copy desk's findings."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..copydesk import review


@Language.factory("newsgraph_copydesk", assigns=["doc._.issues"])
def make_copydesk(nlp: Language, name: str) -> CopyDesk:
    return CopyDesk()


class CopyDesk:
    """Adds ``list[record.Issue]`` to each Doc; reads names from ``doc._.entities``/``doc.ents``."""

    def __call__(self, doc: Doc) -> Doc:
        doc._.issues = review(doc)
        return doc

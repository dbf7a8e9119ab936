"""Stage ``newsgraph_times``: sets ``doc._.times``, date and time expressions with ISO values.

Values are resolved against the publication date on ``doc._.article.published``; without
one, relative expressions ("on Friday", "last week") stay unresolved. The rules are in
``newsgraph.times``; the stage holds only the compiled Matcher.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..times.extract import extract_times
from ..times.recognize import build_matcher


@Language.factory("newsgraph_times", assigns=["doc._.times"])
def make_times(nlp: Language, name: str) -> Times:
    return Times(nlp)


class Times:
    """Adds ``list[record.Time]`` to each Doc."""

    def __init__(self, nlp: Language):
        self.matcher = build_matcher(nlp.vocab)

    def __call__(self, doc: Doc) -> Doc:
        article = doc._.article
        published = getattr(article, "published", None)
        doc._.times = extract_times(doc, self.matcher, published)
        return doc

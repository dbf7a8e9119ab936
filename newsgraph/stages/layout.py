"""Stage ``newsgraph_layout``: a paragraph break always starts a sentence, and so does the
story after a dateline ("Kyiv – Ukraine's military said ...": "Kyiv –" is no part of it).

Runs before spaCy's parser, which keeps sentence starts set in advance. Without it the parser
runs the headline and a "Kyiv –" dateline into the first sentence of the body, and every later
stage (quotes, events, times) sees one sentence where the page has two.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.component("newsgraph_layout")
def layout(doc: Doc) -> Doc:
    """Mark the first token after each line break as a sentence start."""
    if doc.has_annotation("DEP"):
        return doc  # parsed already: its sentences are set and cannot be changed
    after_break = False
    for token in doc:
        if "\n" in token.text or "\n" in token.whitespace_:
            after_break = True
            if token.is_space:
                continue
        elif after_break and not token.is_space:
            token.is_sent_start = True
            after_break = False
    article = doc._.article if doc.has_extension("article") else None
    dateline = getattr(article, "dateline", None)
    if dateline is not None:
        inside = []
        for token in doc:
            if token.idx < dateline.start or token.is_space:
                continue
            # the rest of the dateline: ", May 13 (Reuters) -", "(AP) —", "–"
            if token.idx < dateline.end or token.is_punct or token.like_num \
                    or token.text.lower() in _DATELINE_TAIL:
                inside.append(token)
                continue
            token.is_sent_start = True
            for t in inside[1:]:
                t.is_sent_start = False
            break
    return doc


# Words that can stand between a dateline's place and its dash.
_DATELINE_TAIL = {"ap", "reuters", "afp", "upi", "dpa", "jan", "feb", "mar", "apr", "may",
                  "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "january",
                  "february", "march", "april", "june", "july", "august", "september",
                  "october", "november", "december"}

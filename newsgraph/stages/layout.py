"""Stage ``newsgraph_layout``: a paragraph break always starts a sentence, and so does the
story after a dateline ("Kyiv – Ukraine's military said ...": "Kyiv –" is no part of it).

Runs before spaCy's parser, which keeps sentence starts set in advance. Without it the parser
runs the headline and a "Kyiv –" dateline into the first sentence of the body, and every later
stage (quotes, events, times) sees one sentence where the page has two.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from spacy.attrs import IDX, IS_SPACE
from spacy.language import Language
from spacy.tokens import Doc

from ..clean.rules import AGENCIES
from ..doctext import doc_text


@Language.component("newsgraph_layout")
def layout(doc: Doc) -> Doc:
    """Mark the first token after each line break as a sentence start."""
    if doc.has_annotation("DEP"):
        return doc  # parsed already: its sentences are set and cannot be changed
    for i in _after_breaks(doc):
        doc[i].is_sent_start = True
    article = doc._.article if doc.has_extension("article") else None
    dateline = getattr(article, "dateline", None)
    if dateline is not None:
        inside = []
        dashed = False  # past the dateline's dash: "Kaduna – Six suspected ..." starts the story
        for token in doc:
            if token.idx < dateline.start or token.is_space:
                continue
            # the rest of the dateline: ", May 13 (Reuters) -", "(AP) —", "–"
            if token.idx < dateline.end or token.is_punct or (
                    not dashed and (token.like_num or token.text.lower() in _DATELINE_TAIL
                                    or token.text.lower() in AGENCIES)):
                inside.append(token)
                dashed = dashed or token.text in _DASHES
                continue
            token.is_sent_start = True
            for t in inside[1:]:
                t.is_sent_start = False
            if token.i + 1 < len(doc) and not doc[token.i + 1].is_space \
                    and not doc[token.i + 1].is_punct:
                # the story's first word is no sentence of its own ("Kyiv – Ukraine | military
                # on Saturday said": the parser's split)
                doc[token.i + 1].is_sent_start = False
            break
    return doc


def _after_breaks(doc: Doc) -> list[int]:
    """The first token after each line break that is neither space nor holds a break.

    Read from the line breaks of the text and token arrays: a Python Token for every token of
    the article cost more than the rest of the stage."""
    if not len(doc):
        return []
    starts, spaces = doc.to_array([IDX, IS_SPACE]).T.tolist()
    # a character belongs to the last token starting at or before it
    breaks = {bisect_right(starts, m.start()) - 1 for m in re.finditer("\n", doc_text(doc))}
    out = []
    for b in sorted(breaks):
        j = b + 1
        while j < len(starts) and (j in breaks or spaces[j]):
            j += 1
        if j < len(starts) and (not out or out[-1] != j):
            out.append(j)
    return out


_DASHES = frozenset({"-", "--", "–", "—", "―", ":"})
# Words that can stand between a dateline's place and its dash: months, weekdays (and any wire
# agency's name, from the cleaner's AGENCIES: "Imphal, Jan 11 (PTI) Authorities ...").
_DATELINE_TAIL = {"jan", "feb", "mar", "apr", "may",
                  "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "january",
                  "february", "march", "april", "june", "july", "august", "september",
                  "october", "november", "december",
                  # the weekday a paper's dateline may carry ("KINSHASA, DR Congo, Friday -")
                  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}

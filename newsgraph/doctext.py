"""Whole-Doc reads without a Python Token object per token (the stages' main cost).

- ``doc_text``: spaCy's ``Doc.text`` joins every token again on each access; a stage that
  reads it once per quote or event pays for a pass over the article each time. The string is
  kept in ``doc.user_data`` instead: a Doc's text never changes (retokenizing merges and
  splits tokens, not characters), so it stays right for the Doc's life.
- ``title_propns``, ``lower_texts``: token attributes read as numpy arrays, for loops that
  only look at a few of an article's tokens.
"""

from __future__ import annotations

import numpy
from spacy.attrs import IS_LOWER, IS_TITLE, ORTH, POS
from spacy.parts_of_speech import PROPN
from spacy.tokens import Doc

_KEY = "newsgraph.text"


def doc_text(doc: Doc) -> str:
    """``doc.text``, computed on the first call for this Doc only."""
    cached = doc.user_data.get(_KEY)
    # The token count guards against user_data copied onto another Doc (Span.as_doc).
    if cached is not None and cached[0] == len(doc):
        return cached[1]
    text = doc.text
    doc.user_data[_KEY] = (len(doc), text)
    return text


def title_propns(doc: Doc) -> list[int]:
    """Indices of the proper nouns written in title case ("Kharkiv", not "NATO"), in order."""
    if not len(doc):
        return []
    arr = doc.to_array([POS, IS_TITLE])
    return numpy.flatnonzero((arr[:, 0] == PROPN) & (arr[:, 1] == 1)).tolist()


def lower_texts(doc: Doc) -> set[str]:
    """The texts of the Doc's lowercase tokens (``{t.text for t in doc if t.is_lower}``)."""
    if not len(doc):
        return set()
    arr = doc.to_array([IS_LOWER, ORTH])
    strings = doc.vocab.strings
    return {strings[orth] for orth in numpy.unique(arr[arr[:, 0] == 1, 1]).tolist()}

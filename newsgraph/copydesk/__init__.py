"""The copy desk: what a sub-editor would query in an article. ``text`` is never rewritten.

Checks, in the order their issues are listed:

1. ``misspelled_name``: a headline name the body never uses, one or two edits from a body
   name ("Khakriv" in the headline, "Kharkiv" in the body).
2. ``inconsistent_spelling``: one name spelled two ways ("Zelenskyy"/"Zelensky"), pointing
   at the less used spelling.
3. ``mixed_spelling``: British and American spelling in one article ("defence"/"defense").
4. ``first_name_reference``: a person named in full, later called by the first name alone.

Each check reads a ``View`` of the Doc (``view.py``): its words, layout (headline first) and
which words are names (from the entities stage when it ran, else spaCy's tags and entities,
else capitals).
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..record import Issue
from .names import inconsistent_spellings, misspelled_names
from .people import first_name_references
from .varieties import mixed_spellings
from .view import View, build_view

__all__ = ["View", "build_view", "review"]


def review(doc: Doc) -> list[Issue]:
    """All copy-desk issues of one processed article, by check, then by position."""
    view = build_view(doc)
    issues: list[Issue] = []
    issues += misspelled_names(view)
    issues += inconsistent_spellings(view)
    issues += mixed_spellings(view)
    issues += first_name_references(view, doc)
    return issues

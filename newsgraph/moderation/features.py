"""What the classifier sees of a comment: its normalized text with placeholders for handles
and links, and counts of lexicon terms by clause."""

from __future__ import annotations

import re

import numpy as np

from .lexicon import CLAUSES, Lexicon, lexicon
from .normalize import Normalizer

_USER = re.compile(r"@\w+")
_URL = re.compile(r"\b(?:https?://\S+|www\.\S+|url)\b")
LEX_FEATURES = [f"lex:{c}:{s}" for c in CLAUSES[:3] for s in ("strong", "weak")]


def model_text(norm: str) -> str:
    """The normalized text with @handles and links as placeholder words (as OLID has them)."""
    return _URL.sub(" urltoken ", _USER.sub(" usertoken ", norm))


def lexicon_counts(norm: str, lex: Lexicon | None = None) -> np.ndarray:
    """log(1 + count) of lexicon terms per clause and strength."""
    lex = lex or lexicon()
    out = np.zeros(len(LEX_FEATURES))
    for hit in lex.find(norm):
        if hit.term.clause in CLAUSES[:3]:
            out[LEX_FEATURES.index(f"lex:{hit.term.clause}:"
                                   f"{'strong' if hit.term.strong else 'weak'}")] += 1
    return np.log1p(out)


def normalizer() -> Normalizer:
    """The normalizer that knows the policy's words."""
    return Normalizer(lexicon().words())

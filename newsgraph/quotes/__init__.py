"""Quotes and attribution: who said what, directly or in reported speech.

``marks`` finds quoted passages, ``lexicon`` holds the cue verbs, ``speakers`` finds and
links the speaker of a cue, and ``extract`` runs the cascade (see its docstring).
"""

from __future__ import annotations

from .extract import extract_quotes

__all__ = ["extract_quotes"]

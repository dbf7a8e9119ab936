"""Ordinary English words, to tell a capitalized word ("Minority", "Station") from a name
(the entities stage and the copy desk both ask)."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def _common() -> frozenset[str]:
    # Webster's Second (the ``web2`` list of the english-words package) writes proper nouns
    # capitalized, so its lowercase entries are ordinary words.
    from english_words import get_english_words_set

    return frozenset(w for w in get_english_words_set(["web2"], alpha=True) if w.islower())


@lru_cache(maxsize=1)
def _american() -> dict[str, str]:
    """British spelling -> American, from the ``breame`` pairs the copy desk uses too: the
    word list is American, so "centre" and "labour" are found by "center" and "labor"."""
    from breame.data.spelling_constants import BRITISH_ENGLISH_SPELLINGS

    return BRITISH_ENGLISH_SPELLINGS


def is_common_word(word: str) -> bool:
    """Is this (in lowercase) an ordinary English word? "Majority" and "Centre" yes,
    "Kharkiv" no."""
    w = word.lower()
    return w in _common() or _american().get(w, "") in _common()

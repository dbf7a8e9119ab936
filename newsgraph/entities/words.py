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


# British spellings of the American forms Webster's lists ("centre", "labour", "defence",
# "organise", "organisation")
_BRITISH = (("re", "er"), ("our", "or"), ("ence", "ense"), ("ise", "ize"), ("isation", "ization"))


def is_common_word(word: str) -> bool:
    """Is this (in lowercase) an ordinary English word? "Majority" and "Centre" yes,
    "Kharkiv" no."""
    w = word.lower()
    common = _common()
    # (words of six letters or more: "Tyre" is a town, not "tyer")
    return w in common or len(w) >= 6 and any(w.endswith(gb) and w[:-len(gb)] + us in common
                                              for gb, us in _BRITISH)

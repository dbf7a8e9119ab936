"""Name keys: how a place name is normalized before it is looked up."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "ʼ": "'", "ʹ": "'", "´": "'"})
_SPACES = re.compile(r"[\s\-–—_/]+")
_DROP = re.compile(r"[.,;:!?\"“”()\[\]]")
# Abbreviated first words, spelled out so that "St. Petersburg" and "Saint Petersburg" share a
# key (GeoNames keeps one form as the main name, the other as an alternate or not at all).
_ABBREVIATED = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort"}

# Words after a name that say "the region called X" ("the Kharkiv region", "Kharkiv Oblast").
REGION_WORDS = frozenset({
    "region", "oblast", "province", "state", "governorate", "prefecture", "district",
    "county", "department", "territory", "krai", "kray", "republic", "canton", "emirate",
    "voivodeship", "parish", "municipality", "division", "area", "regions", "provinces",
    "township", "twp",
})


def fold(text: str) -> str:
    """Strip accents: 'Kyïv' -> 'Kyiv' (letters outside Latin are kept)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


# An article asks for the same few names' keys hundreds of times (each mention, each
# candidate, each comparison): remembered, bounded.
@lru_cache(maxsize=65536)
def key(text: str) -> str:
    """The lookup key of a name: folded, lowercased, punctuation dropped, no leading 'the'."""
    s = fold(text.translate(_APOSTROPHES)).lower()
    if s.endswith("'s"):  # possessive: "Moscow's forces"
        s = s[:-2]
    s = _DROP.sub("", s)
    s = _SPACES.sub(" ", s).strip()
    if s.startswith("the "):
        s = s[4:]
    first, sep, rest = s.partition(" ")
    if sep and first in _ABBREVIATED:
        s = f"{_ABBREVIATED[first]} {rest}"
    return s


def is_latin(text: str) -> bool:
    """True when every letter of the name is Latin script (alternate names in other scripts
    never match English text, and skipping them keeps the index small)."""
    return all(ord(c) < 0x250 or not c.isalpha() for c in text)


def split_region_word(k: str) -> tuple[str, str | None]:
    """'kharkiv region' -> ('kharkiv', 'region'); a key without such a word -> (key, None)."""
    head, _, last = k.rpartition(" ")
    if head and last in REGION_WORDS:
        return head, last
    return k, None

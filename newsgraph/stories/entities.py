"""Cross-article entity identity: the same person, organization or place is one corpus entity.

Within an article the entities stage already merged "Lloyd Austin", "Austin" and "Defense
Secretary Lloyd Austin". Across articles we key entities by a normalized name:

1. places with a gazetteer id share ``place:<geonameid>`` whatever they are called;
2. other entities get ``<type>:<normalized name>`` (case, accents, punctuation and leading
   honorifics removed, so "Mr. Putin" and "PUTIN" meet);
3. ``merge_short_names`` maps a one-word person name ("Reznikov") onto the one full name in
   the corpus that ends with it ("Oleksii Reznikov"), when exactly one does.

The corpus id is a short hash of the key, so the same entity gets the same id in any store.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable

from ..entities.lexicon import NAME_PREFIXES
from ..record import Entity

PLACE_TYPES = ("GPE", "LOC", "FAC")
_HONORIFICS = NAME_PREFIXES  # honorifics and titles: entities.lexicon, the one list
_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}
_TYPE_GROUP = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "PLACE", "LOC": "PLACE",
               "FAC": "PLACE", "NORP": "NORP", "EVENT": "EVENT"}


def normalize_name(name: str) -> str:
    """Lowercase, accents and punctuation removed, whitespace collapsed."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.replace("’", "'").lower()
    text = re.sub(r"'s\b", "", text)
    text = re.sub(r"[^\w\s-]", " ", text)
    text = re.sub(r"[\s_-]+", " ", text).strip()
    return text


def person_tokens(name: str) -> list[str]:
    """Normalized name tokens without leading honorifics or trailing suffixes."""
    tokens = normalize_name(name).split()
    while len(tokens) > 1 and tokens[0] in _HONORIFICS:
        tokens = tokens[1:]
    while len(tokens) > 1 and tokens[-1] in _SUFFIXES:
        tokens = tokens[:-1]
    return tokens


def entity_key(entity: Entity) -> str:
    """The corpus-wide key of an article entity (see the module docstring)."""
    group = _TYPE_GROUP.get(entity.type, "OTHER")
    if group == "PLACE" and entity.geo is not None and entity.geo.geonameid:
        return f"place:{entity.geo.geonameid}"
    if entity.type == "PERSON":
        name = " ".join(person_tokens(entity.name))
    else:
        name = normalize_name(entity.name)
        if name.startswith("the "):
            name = name[4:]
    return f"{group.lower()}:{name or entity.name.lower()}"


def key_id(key: str) -> str:
    """The corpus entity id for a key: stable across stores and runs."""
    return "E" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


def entity_id(entity: Entity) -> str:
    """Shorthand: ``key_id(entity_key(entity))``."""
    return key_id(entity_key(entity))


def merge_short_names(people: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Map one-word person entities onto the unique full name ending in that word.

    Args:
        people: (corpus id, name) of every PERSON entity in the corpus.
    Returns:
        {short id: full id} for the short names that have exactly one candidate.
    """
    by_last: dict[str, set[str]] = defaultdict(set)
    short: dict[str, str] = {}
    for ent_id, name in people:
        tokens = person_tokens(name)
        if len(tokens) == 1:
            short[ent_id] = tokens[0]
        elif tokens:
            by_last[tokens[-1]].add(ent_id)
    mapping = {}
    for ent_id, last in short.items():
        candidates = by_last.get(last, set())
        if len(candidates) == 1:
            mapping[ent_id] = next(iter(candidates))
    return mapping

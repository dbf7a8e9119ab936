"""Places: an offline gazetteer (GeoNames via PyPI packages) and a resolver.

- ``country_code(name)``, ``country_of_demonym(word)``: countries by name and nationality word.
- ``is_place(text)``: whether a name is a known place (country, region, city, area).
- ``get_gazetteer()``: the place index; ``resolve.Resolver`` picks one place per mention.
"""

from __future__ import annotations

from .countries import country, country_code, country_of_demonym
from .gazetteer import Gazetteer, Place, get_gazetteer
from .names import key, split_region_word


def is_place(text: str, min_population: int = 15000, *, alternates: bool = True) -> bool:
    """True when ``text`` names a country, region or area, or a city of at least
    ``min_population`` people ("Kharkiv", "the Kharkiv region", "Donbas", "U.S.").

    Case matters for abbreviations ("US" is a place, "us" is not). With ``alternates=False``
    only main names count ("Kiev" is then not one). A True answer says the name *can* be a
    place; the caller still weighs its context ("Austin said" is a person).
    """
    if country_code(text) is not None:
        return True
    k = key(text)
    if not k or not any(c.isupper() for c in text):
        return False
    gaz = get_gazetteer()
    base, word = split_region_word(k)
    found = gaz.named(k, alternates=alternates) or (
        gaz.named(base, alternates=alternates) if word else [])
    for i in found:
        p = gaz.place(i)
        if p.kind != "city" or p.population >= min_population:
            return True
    return False


def place_ids(text: str) -> frozenset[int]:
    """GeoNames-style identities of the places whose main name ``text`` is (gazetteer
    indices): two names with disjoint sets name different places ("Slovakia"/"Slovenia")."""
    return frozenset(get_gazetteer().named(key(text), alternates=False))


__all__ = ["Gazetteer", "Place", "country", "country_code", "country_of_demonym",
           "get_gazetteer", "is_place", "place_ids"]

"""The gazetteer's answers the entity stage needs, behind one small interface (cached per
name; ``newsgraph.places`` owns the gazetteer)."""

from __future__ import annotations

from functools import lru_cache

from ..places import country_code as _country_code
from ..places import country_of_demonym as _country_of_demonym
from ..places import get_gazetteer as _get_gazetteer
from ..places import is_place as _is_place
from ..places.names import REGION_WORDS
from ..places.names import key as _key

__all__ = ["REGION_WORDS", "SETTLEMENT_NOUNS", "country_code", "country_of_demonym",
           "dateline_country", "is_major_place", "is_place", "place_country", "town_countries"]


# nouns that name a settlement or an area in an "of" phrase ("the western city of Maracaibo",
# "the Koulikoro region"): the entity stage finds places after them, the events stage targets
SETTLEMENT_NOUNS = frozenset({"city", "town", "village", "port", "capital", "island"}) \
    | REGION_WORDS


@lru_cache(maxsize=4096)
def country_code(name: str) -> str | None:
    """ISO alpha-2 code when ``name`` names a country ("U.S.", "Ukraine"), else None."""
    return _country_code(name)


@lru_cache(maxsize=4096)
def country_of_demonym(word: str) -> str | None:
    """ISO alpha-2 code of a nationality word ("Russian", "Russians"), else None."""
    return _country_of_demonym(word)


@lru_cache(maxsize=4096)
def is_place(name: str, min_population: int = 15000) -> bool:
    """True when the gazetteer knows ``name`` as a place (a city of ``min_population``+)."""
    return _is_place(name, min_population)


@lru_cache(maxsize=4096)
def place_country(name: str) -> str | None:
    """The country a named place is or lies in: the country itself, else the country of the
    gazetteer's most important place of that name (regions before cities, then population)."""
    code = country_code(name)
    if code:
        return code
    places = _get_gazetteer().lookup(name)
    if not places or any(p.kind == "continent" for p in places):
        return None  # ("Africa", "Asia": a continent, not the towns that share its name)
    rank = {"country": 0, "region": 1, "other": 2, "city": 3}
    best = min(places, key=lambda p: (rank.get(p.kind, 5), -p.population))
    city = max((p for p in places if p.kind == "city" and _key(p.name) == _key(name)),
               key=lambda p: p.population, default=None)  # (its own name, not a former one:
    # Chattogram was once called Islamabad)
    if best.kind == "region" and city is not None and (city.population >= 1_000_000
                                                        or city.capital) \
            and city.population > best.population:
        # the city of Milan, not Colombia's Milán district of 7,500; Samoa's capital Apia,
        # not Colombia's Apía
        return city.country
    return best.country


@lru_cache(maxsize=4096)
def town_countries(name: str, min_population: int = 15000) -> frozenset[str]:
    """The countries that have a city or town of ``name`` with ``min_population``+ people."""
    return frozenset(p.country for p in _get_gazetteer().lookup(name)
                     if p.kind == "city" and p.population >= min_population and p.country)


@lru_cache(maxsize=4096)
def is_major_place(name: str) -> bool:
    """True for a country, a capital, or a region or city of a million people:
    names the article almost surely means as places even where the NER says ORG."""
    if country_code(name):
        return True
    if not any(c.isupper() for c in name) or (
            name.isupper() and len(name) <= 4):
        return False  # short capitals are codes and abbreviations ("THR"), not places
    # Not every region: the index also holds counties and districts named like people
    # ("Page County", "White County"), so a region needs a million people too.
    return any(p.kind == "country" or p.capital or p.population >= 1_000_000
               for p in _get_gazetteer().lookup(name))


def is_capital(name: str) -> bool:
    """True for a national capital ("Beijing", "Kyiv")."""
    return any(p.capital for p in _get_gazetteer().lookup(name))


def dateline_country(text: str) -> str | None:
    """Country of a dateline: "KYIV" -> UA; "PARIS, Texas" -> US (the second part names where
    the first lies); "GOMA, Congo" -> CD (the city says which of two Congos is meant)."""
    parts = [p.strip() for p in text.split(",") if p.strip()]
    if not parts:
        return None
    first = place_country(parts[0])
    if len(parts) == 1:
        return first
    second = place_country(parts[-1])
    if second is None or first is None:
        return second or first
    candidates = {p.country for p in _get_gazetteer().lookup(parts[0])}
    return second if second in candidates else first

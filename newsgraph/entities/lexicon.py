"""Word lists for titles, roles and well-known institutions.

No PyPI package ships English political/military title words or a table of news
institutions with their countries, so these short lists are hand-written, as data: the word
lists in ``data/lexicon.json`` (each with what it is for), the organizations in
``data/organizations.tsv``; honorifics and titles come from nameparser. They hold general
vocabulary of news writing, never names taken from one article.
"""

from __future__ import annotations

import json
from pathlib import Path

from nameparser.config import CONSTANTS as _NAMEPARSER

from .organizations import of_kind

_DATA = json.loads((Path(__file__).parent / "data" / "lexicon.json").read_text(encoding="utf-8"))


def _words(name: str) -> frozenset[str]:
    return frozenset(_DATA[name]["words"])


TITLE_HEADS = _words("title_heads")

TITLE_MODIFIERS = _words("title_modifiers")

TITLE_ABBREVIATIONS = _words("title_abbreviations")

# Honorifics are not titles: "Mr. Austin" -> no title, but a person for sure. The courtesy
# titles of nameparser's title list (it has no separate list of them), with and without the
# period news writes after them.
_COURTESY = ("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "lord", "lady",
             "madam")
HONORIFICS = frozenset(w + dot for w in _COURTESY if w in _NAMEPARSER.titles for dot in ("", "."))

# Words that stand before a person's name and are not part of it, for keys that must not
# depend on them ("Mr. Putin", "President Putin", "PUTIN" are one name): honorifics, the
# title heads and abbreviations above, and nameparser's titles.
NAME_PREFIXES = frozenset(
    {w.rstrip(".") for w in HONORIFICS | TITLE_HEADS | TITLE_ABBREVIATIONS}
    | {t for t in _NAMEPARSER.titles if t.isascii() and t.isalpha()} | {"the"})

FAMILY_FIRST = _words("family_first")

SHIP_PREFIXES = _words("ship_prefixes")
VESSEL_NOUNS = _words("vessel_nouns")

UNIT_WORDS = _words("unit_words")

ROLE_NOUNS = _words("role_nouns")

GENERIC_PERSON_NOUNS = _words("generic_person_nouns")

INSTITUTION_HEADS: tuple[tuple[str, ...], ...] = tuple(
    tuple(p) for p in _DATA["institution_heads"]["phrases"])

# Wire agencies and broadcasters whose name news prints alone ("-AP/BBC", "(Reuters)"), and
# institutions named by a common word or a building whose country the text rarely states ("the
# Pentagon said"), from the one organizations table (data/organizations.tsv): name as written
# -> ISO alpha-2 of the country it is based in.
WIRE_AGENCIES: dict[str, str | None] = {
    n: o.country for n, o in of_kind("agency", "press-wire").items()}
INSTITUTIONS: dict[str, str] = {
    n: o.country for n, o in of_kind("institution", "platform").items() if o.country}

LOCATIVE_PREPOSITIONS = _words("locative_prepositions")
STRONG_LOCATIVES = _words("strong_locatives")

ORG_SUFFIXES = _words("org_suffixes")
ORG_NAME_HEADS = _words("org_name_heads")

# International bodies: a person speaking for one belongs to no country, so the dateline's
# country is not given to people named beside them ("Commission President Ursula von der
# Leyen" in a story datelined Brussels). Any ORG whose name starts "International" counts too.
# They are organizations, never places ("the EU", "NATO's eastern flank").
INTERNATIONAL_BODIES = frozenset(of_kind("international"))


def international_body(name: str) -> bool:
    """Whether a name is an international body's or one of its organs' ("the UN's", "United
    Nations Security Council", "African Union Commission", "International Crisis Group")."""
    name = name.removeprefix("the ").removeprefix("The ")
    name = name.removesuffix("'s").removesuffix("’s").strip()
    if name in INTERNATIONAL_BODIES or name.startswith("International "):
        return True
    first = name.split()[:3]
    if len(first) > 1 and first[0].isupper() and first[0] in INTERNATIONAL_BODIES:
        return True  # an organ named after its body's acronym: "ECOWAS Commission"
    return any(len(first) >= n and " ".join(first[:n]) in INTERNATIONAL_BODIES for n in (3, 2))

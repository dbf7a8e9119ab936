"""Extract well-known political actors from the Phoenix/PETRARCH2 actor dictionaries.

    python scripts/extract_actors.py PATH/TO/petrarch2/data/dictionaries

writes newsgraph/entities/data/actors.tsv: one row per person (name, country, role, other
names), from Phoenix.Countries.actors.txt and Phoenix.International.actors.txt,
newsgraph/entities/data/groups.tsv: armed and militant groups with the country their code
names, from Phoenix.MilNonState.actors.txt, and newsgraph/events/data/agents.tsv: the
one-word agent nouns of Phoenix.agents.txt ("junta", "magistrate", "mutineer") with the
sector their code names (MIT licence, Open Event Data Alliance; source and version in
docs/data.md).

A dictionary entry is a name line, "+" lines with other spellings, and tab-indented lines of
CAMEO codes with date ranges ("[RUSGOV >080508]"). The person's country is the one of the code
with the latest start (an open range ">date" counts as the latest): the first three letters are
an ISO alpha-3 code, or IGO/NGO/... for international bodies (country left empty, role "IGO").
Spellings that carry a title ("PRESIDENT_PUTIN_") are dropped: entity names never do.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pycountry

from newsgraph.entities.lexicon import NAME_PREFIXES, TITLE_MODIFIERS

FILES = ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt")
DATA = Path(__file__).resolve().parents[1] / "newsgraph" / "entities" / "data"
OUT = DATA / "actors.tsv"
GROUPS_FILE = "Phoenix.MilNonState.actors.txt"
GROUPS_OUT = DATA / "groups.tsv"
GROUPS_HEADER = """# Armed and militant non-state groups: name, country (ISO alpha-2 of the country
# their CAMEO code names), role (CAMEO: REB rebels, INS insurgents, ...), other spellings (|).
# Extracted by scripts/extract_actors.py from the Phoenix/PETRARCH2 actor dictionaries (MIT
# licence; see docs/data.md). Groups coded international or unknown (IMG..., KKL...) are
# left out.
name\tcountry\trole\taliases
"""
_CODE = re.compile(r"\[([A-Z]{3})([A-Z]{0,6})\s*([<>]?)(\d*)")
INTERNATIONAL = ("IGO", "NGO", "MNC", "INT")
HEADER = """# Well-known political actors: name, country (ISO alpha-2; empty for people of an
# international body), role (CAMEO: GOV government, ELI elite, MIL military, OPP opposition,
# IGO international body, ...), other spellings (|). Extracted by scripts/extract_actors.py
# from the Phoenix/PETRARCH2 actor dictionaries (MIT licence; see docs/data.md).
name\tcountry\trole\taliases
"""


def _name(raw: str) -> str | None:
    """'VLADIMIR_V._PUTIN_' -> 'Vladimir V. Putin'; None for a form with a title word."""
    words = [w for w in raw.strip().strip("_").split("_") if w]
    if not words or any(w.lower().strip(".,") in NAME_PREFIXES
                        or w.lower() in TITLE_MODIFIERS for w in words):
        return None
    if any(not re.fullmatch(r"[A-Za-z][A-Za-z.'-]*", w) for w in words):
        return None
    return " ".join(w[:1] + w[1:].lower() if not w.isupper() or len(w) > 1 else w
                    for w in (x.capitalize() if x.isupper() else x for x in words))


def _country(codes: list[tuple[str, str, str, str]]) -> tuple[str, str] | None:
    """(alpha-2 or "", role) of the latest code, or None when no code is readable."""
    def start(c):
        return (1, 0) if c[2] == ">" else (0, int(c[3] or 0))

    for head, rest, _, _ in sorted(codes, key=start, reverse=True):
        if head in INTERNATIONAL:
            return "", "IGO"
        country = pycountry.countries.get(alpha_3=head)
        if country is not None:
            return country.alpha_2, rest[:3] or "ELI"
    return None


def entries(text: str):
    """Each dictionary entry: (its spellings, its codes, whether the code stood on the name
    line). A name line starts an entry, "+" lines add spellings, indented lines add codes."""
    names: list[str] = []
    codes: list[tuple[str, str, str, str]] = []
    inline = False
    for line in text.splitlines():
        body = line.split("#", 1)[0].rstrip()
        if not body.strip():
            continue
        if line[:1] in "\t ":
            codes.extend(_CODE.findall(body))
        elif body.startswith("+"):
            names.append(body[1:])
        else:
            if names:
                yield names, codes, inline
            names, codes = [body.split("[", 1)[0]], _CODE.findall(body)
            inline = "[" in body
    if names:
        yield names, codes, inline


def parse(text: str) -> list[tuple[str, str, str, list[str]]]:
    """People: entries whose codes follow on their own lines (a code on the name line marks a
    country or a body), with a name of two words or more."""
    rows = []
    for entry, codes, inline in entries(text):
        found = _country(codes) if codes and not inline else None
        names = list(dict.fromkeys(n for n in (_name(e) for e in entry) if n))
        if found is not None and names and len(names[0].split()) >= 2:
            rows.append((names[0], found[0], found[1], names[1:]))
    return rows


def _group_name(raw: str) -> str | None:
    """'BOKO_HARAM' -> 'Boko Haram'; bracketed acronyms and stray characters dropped."""
    words = [w for w in re.sub(r"\([^)]*\)", "", raw).strip().strip("_+").split("_") if w]
    if not words or any(not re.fullmatch(r"[A-Za-z][A-Za-z.'-]*", w) for w in words):
        return None
    small = {"OF", "THE", "FOR", "AND", "ON", "IN", "AT", "TO"}
    return " ".join(w.lower() if w in small and i else
                    w.capitalize() if w.isupper() and (len(w) > 3 or w in small) else w
                    for i, w in enumerate(words))


def parse_groups(text: str) -> list[tuple[str, str, str, list[str]]]:
    """Groups: every entry whose first code names a country."""
    rows = []
    for entry, codes, _ in entries(text):
        good = list(dict.fromkeys(n for n in (_group_name(x) for x in entry) if n))
        country = pycountry.countries.get(alpha_3=codes[0][0]) if codes else None
        if country is not None and good:
            rows.append((good[0], country.alpha_2, codes[0][1][:3], good[1:]))
    return rows


AGENTS_FILE = "Phoenix.agents.txt"
AGENTS_OUT = DATA.parents[1] / "events" / "data" / "agents.tsv"
AGENTS_HEADER = """# Agent nouns and the sector of the actor they head: noun (lower case, singular),
# sector (newsgraph's names of the ICEWS/PLOVER sectors). Extracted by
# scripts/extract_actors.py from Phoenix.agents.txt of the Phoenix/PETRARCH2 dictionaries
# (MIT licence; see docs/data.md). The events stage reads them after its own sector words.
noun\tsector
"""
# the agents file's sector codes (first three letters) in the sector names events use;
# elites, environmentalists, radicals and parties say nothing the rules use
AGENT_SECTORS = {
    "GOV": "government", "SPY": "government", "MIL": "military", "COP": "police",
    "JUD": "judiciary", "REB": "rebels", "CRM": "criminals", "BUS": "business",
    "MED": "media", "OPP": "opposition", "LEG": "legislature",
    "CVL": "civilians", "AGR": "civilians", "LAB": "civilians", "EDU": "civilians",
    "HLH": "civilians", "REF": "civilians", "PPL": "civilians",
    "REL": "religion", "CHR": "religion", "MUS": "religion", "JEW": "religion",
    "HIN": "religion", "BUD": "religion",
}
# entries that are no one who acts: events ("revolt"), places and buildings ("village",
# "hospital", "barracks"), adjectives ("naval", "retired") and abstractions ("governance")
AGENT_SKIP = {
    "revolt", "rebellion", "uprising", "insurgency", "insurgence", "religion", "governance",
    "echelon", "phalanx", "gangdom", "gangland", "blog", "website", "telecom", "tv",
    "television", "publication", "islamic", "jewish", "naval", "retired", "native",
    "naturalized", "state-owned", "semi-official", "sunni", "industry", "community",
    "population", "settlement", "village", "neighborhood", "neighbourhood", "college",
    "school", "schoolhouse", "university", "kindergarden", "kindergarten", "preschool",
    "conservatory", "hospital", "infirmary", "sanatarium", "sanatorium", "sanitarium",
    "prison", "barracks", "monastery", "diocese", "archdiocese", "consulate", "chancellery",
    "chancery", "kingdom", "polity", "chamber", "intelligence", "boss", "chief", "carrier",
    "bomber", "oiler", "monger", "producer", "waiter", "waitress", "cabinetmaker", "doc",
    "husband", "mother", "girl", "child", "children", "women", "woman", "man", "men",
    "people", "persons",
}


def parse_agents(text: str) -> list[tuple[str, str]]:
    """(noun, sector) of the agents file's one-word entries ("JUNTA [~GOV]")."""
    rows = {}
    for line in text.splitlines():
        line = line.split("#")[0].strip()
        m = re.match(r"^([A-Z][A-Z.\-]*)_?\s+(?:\{\}\s*)?\[~([A-Z]{3})", line)
        if not m:
            continue
        word, code = m.group(1).lower(), m.group(2)
        if code in AGENT_SECTORS and word not in AGENT_SKIP and "." not in word:
            rows.setdefault(word, AGENT_SECTORS[code])
    return sorted(rows.items())


def main(folder: Path) -> None:
    rows = []
    for name in FILES:
        rows += parse((folder / name).read_text(encoding="utf-8", errors="replace"))
    seen = set()
    lines = []
    for name, country, role, aliases in rows:
        if name in seen:
            continue
        seen.add(name)
        lines.append(f"{name}\t{country}\t{role}\t{'|'.join(aliases)}")
    OUT.write_text(HEADER + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} actors in {OUT}")
    groups = parse_groups((folder / GROUPS_FILE).read_text(encoding="utf-8", errors="replace"))
    glines = [f"{n}\t{c}\t{r}\t{'|'.join(a)}" for n, c, r, a in groups]
    GROUPS_OUT.write_text(GROUPS_HEADER + "\n".join(glines) + "\n", encoding="utf-8")
    print(f"{len(glines)} groups in {GROUPS_OUT}")
    agents = parse_agents((folder / AGENTS_FILE).read_text(encoding="utf-8", errors="replace"))
    AGENTS_OUT.write_text(AGENTS_HEADER + "".join(f"{w}\t{sec}\n" for w, sec in agents),
                          encoding="utf-8")
    print(f"{len(agents)} agent nouns in {AGENTS_OUT}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))

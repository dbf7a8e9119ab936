"""Well-known political actors and armed groups with their countries (``data/actors.tsv``,
``data/groups.tsv``, extracted from the Phoenix/PETRARCH2 actor dictionaries by
scripts/extract_actors.py; ``data/actors_extra.tsv`` and ``data/groups_extra.tsv``,
hand-written, for actors and groups who rose after those dictionaries were made).

``known_actor(name)`` answers for a person's name as an article writes it: a full name
("Sergei Shoigu" finds "Sergey Shoygu": spellings are compared after folding the common
transliteration variants), or one word the dictionary itself lists alone ("Putin"). A name that
two actors of different countries share gives no answer.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from ..datafile import data_lines, tsv_rows
from ..places.names import fold


@dataclass(slots=True, frozen=True)
class Actor:
    name: str
    country: str | None  # ISO alpha-2; None for people of an international body
    role: str  # CAMEO role code: GOV, ELI, MIL, OPP, IGO, ...


_FOLDS = (("kh", "h"), ("y", "i"), ("j", "i"), ("w", "v"), ("ou", "u"), ("ph", "f"))


@lru_cache(maxsize=65536)  # (asked for the same names many times per article)
def name_key(name: str) -> str:
    """A spelling-tolerant key: "Sergei Shoigu" and "Sergey Shoygu" share one."""
    s = fold(name).lower().replace("’", "'")
    s = re.sub(r"[^a-z ]+", " ", s)
    for a, b in _FOLDS:
        s = s.replace(a, b)
    s = re.sub(r"(.)\1", r"\1", s)  # "Netanyyahu", "Asad"/"Assad"
    return " ".join(s.split())


@lru_cache(maxsize=1)
def _index() -> tuple[dict[str, Actor | None], dict[str, Actor | None],
                    dict[str, Actor]]:
    """(full-name key -> actor, one-word alias key -> actor, surname key -> actor); None where
    names clash. A one-word alias is one the dictionary lists alone ("Putin"); the surname
    table holds the surnames that only one actor of the dictionary has ("Shoigu")."""
    folder = resources.files("newsgraph.entities").joinpath("data")
    lines = []
    # the later file first: its actors are the current holders of names both files have
    for name in ("actors_extra.tsv", "actors.tsv"):
        text = folder.joinpath(name).read_text(encoding="utf-8")
        rows = data_lines(text)
        lines += rows if not lines else rows[1:]  # one header
    full: dict[str, Actor | None] = {}
    single: dict[str, Actor | None] = {}

    def put(table: dict[str, Actor | None], k: str, actor: Actor) -> None:
        if k not in table:
            table[k] = actor
        elif table[k] is not None and table[k].country != actor.country:
            table[k] = None  # two actors of different countries share the name
        # (else the first file's entry stays: the current holder of the name, its role now)

    surnames: dict[str, set[Actor]] = {}
    for row in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE):
        actor = Actor(row["name"], row["country"] or None, row["role"])
        for n in (row["name"], *(a for a in row["aliases"].split("|") if a)):
            k = name_key(n)
            if not k:
                continue
            put(full if " " in k else single, k, actor)
            if " " in k:
                surnames.setdefault(k.rsplit(" ", 1)[1], set()).add(actor)
    unique = {k: next(iter(a)) for k, a in surnames.items()
              if len(k) >= 5 and k not in single and len(a) == 1}
    return full, single, unique


def known_actor(name: str, *, surname: bool = True) -> Actor | None:
    """The well-known actor this person's name names, or None. One word is looked up among
    the one-word aliases, then (``surname``) among the surnames only one actor has."""
    k = name_key(name)
    if not k:
        return None
    full, single, unique = _index()
    if " " in k:
        return full.get(k)
    return single.get(k) or (unique.get(k) if surname else None)


@lru_cache(maxsize=1)
def _groups() -> tuple[dict[str, Actor | None], set[str]]:
    """(name key -> group, keys of the groups' main names); None where names clash across
    kinds, no country where they clash across countries only."""
    folder = resources.files("newsgraph.entities").joinpath("data")
    table: dict[str, Actor | None] = {}
    main: set[str] = set()
    newer: set[str] = set()  # keys of groups_extra.tsv: the current name wins over 2014's
    for file in ("groups_extra.tsv", "groups.tsv"):
        for row in tsv_rows(folder.joinpath(file).read_text(encoding="utf-8")):
            group = Actor(row["name"], row["country"] or None, row["role"])
            main.add(name_key(row["name"]))
            for n in (row["name"], *(a for a in row["aliases"].split("|") if a)):
                k = name_key(n)
                if k in newer:
                    continue
                if file == "groups_extra.tsv":
                    newer.add(k)
                old = table.get(k, group)
                if old is None or old.country == group.country:
                    table[k] = old if old is None else group
                elif old.role == group.role:
                    # one name, groups of two countries of one kind ("National Liberation
                    # Army": Colombia's and Bolivia's rebels): a group, its country unknown
                    table[k] = Actor(group.name, None, group.role)
                else:
                    table[k] = None
    return table, main


@lru_cache(maxsize=1)
def current_group_names() -> list[str]:
    """The names and other spellings of the groups of groups_extra.tsv (today's armed
    groups) as written, that are unmistakable where they stand: of several words ("Islamic
    State") or an acronym ("JNIM"), not one word that is also a name ("Wagner", "Fano")."""
    folder = resources.files("newsgraph.entities").joinpath("data")
    out = []
    for row in tsv_rows(folder.joinpath("groups_extra.tsv").read_text(encoding="utf-8")):
        for n in (row["name"], *(a for a in row["aliases"].split("|") if a)):
            if " " in n or (n.isupper() and len(n) >= 3):
                out.append(n)
    return out


@lru_cache(maxsize=1)
def group_name_starts() -> frozenset[str]:
    """The keys of the first words of every known group's names ("jamaat nusrat al islam"
    of "Jama'at Nusrat al-Islam wal-Muslimin"): whether a name may go on into a group's."""
    table, _ = _groups()
    out = set()
    for k in table:
        words = k.split()
        out.update(" ".join(words[:n]) for n in range(1, len(words)))
    return frozenset(out)


def known_group(name: str, *, main_name: bool = False) -> Actor | None:
    """The armed or militant group this organization's name names ("Hamas", "al-Shabab"),
    or None; with ``main_name`` only the group's own name counts, not its other names."""
    k = name_key(name.removeprefix("the ").removeprefix("The "))
    table, main = _groups()
    if main_name and k not in main:
        return None
    return table.get(k)


__all__ = ["Actor", "current_group_names", "group_name_starts", "known_actor", "known_group",
           "name_key"]

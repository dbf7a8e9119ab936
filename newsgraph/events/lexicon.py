"""Trigger lexicon: words and phrases that signal each PLOVER event type, with the mode,
and the word lists the event rules read. The data is ``data/lexicon.json`` (each list with a
line on what it is for); this module gives it its Python types.

Written from the definitions in the PLOVER manual (draft 0.7/0.8, openeventdata/PLOVER) and the
CAMEO→PLOVER 2021 table; see docs/events.md. A key is matched against a verb (or event noun)
and its dependents, most specific first:

    "lemma"                     the verb alone                         ("withdraw")
    "lemma particle"            phrasal verb: prt/advmod child        ("push back", "pull out")
    "lemma prep"                a preposition child                    ("speak with", "call for")
    "lemma object"              direct object lemma       ("hold talks", "impose sanction")
    "lemma prep object"         preposition and its object ("put on trial", "open fire on")

A value is (type, mode, role). ``role`` says who the grammatical subject is:
    "agent"    the subject did it (actor1), the object/with-phrase received it (actor2);
    "patient"  the subject underwent it ("X stood trial", "X faces charges"): subject -> actor2;
    "joint"    all subjects are sources (talks, clashes): subject -> actor1, with/and -> actor2.
"""

from __future__ import annotations

import json
from pathlib import Path

Trigger = tuple[str, str | None, str]  # (PLOVER type, mode, role)

A, P, J = "agent", "patient", "joint"

_DATA = json.loads((Path(__file__).parent / "data" / "lexicon.json").read_text(encoding="utf-8"))


def _triggers(name: str) -> dict[str, Trigger]:
    return {k: (t, mode, role) for k, (t, mode, role) in _DATA[name]["entries"].items()}


def _words(name: str) -> set[str]:
    return set(_DATA[name]["words"])


def _map(name: str) -> dict[str, str]:
    return dict(_DATA[name]["map"])


VERBS: dict[str, Trigger] = _triggers("verbs")
NOUNS: dict[str, Trigger] = _triggers("nouns")  # event nouns heading a clause argument
TRADE_WORDS = _words("trade_words")
GENERIC_TRANSFER = _words("generic_transfer")
NOT_MATERIAL = _words("not_material")
AID_MODES: dict[str, set[str]] = {k: set(v) for k, v in _DATA["aid_modes"]["sets"].items()}
QUANTITY_HEADS = _words("quantity_heads")
SECTOR_MODIFIERS = _map("sector_modifiers")
HABITUAL = _words("habitual")
STRIKE_PROTEST_CUES = _words("strike_protest_cues")
REPORTING = _words("reporting")
HEDGES = _words("hedges")
JUDGMENTS = _words("judgments")  # words that condemn an act said of it
PLANNED = _words("planned")
HYPOTHETICAL_MARKS = _words("hypothetical_marks")
AVOID = _words("avoid")
BACKGROUND_PREPS = _words("background_preps")
BACKGROUND_SPANS = _words("background_spans")
SECTOR_WORDS = _map("sector_words")  # sector of an actor from titles and head nouns
ACTOR_NOUNS = _words("actor_nouns")  # heads that are actors without telling the sector
SECTOR_CODES = _map("sector_codes")


def _agents() -> dict[str, str]:
    rows = (line.split("\t") for line in (Path(__file__).parent / "data" / "agents.tsv")
            .read_text(encoding="utf-8").splitlines() if line and not line.startswith("#"))
    return {w: sector for w, sector in rows if w != "noun"}


# Phoenix's agent nouns ("junta", "magistrate"), read after SECTOR_WORDS (see data/agents.tsv)
AGENT_SECTORS: dict[str, str] = _agents()


def agent_sector(word: str, lemma: str | None = None) -> str | None:
    """The sector an agent noun names, by its word or lemma (lower case), else None."""
    return AGENT_SECTORS.get(word) or (AGENT_SECTORS.get(lemma) if lemma else None)

"""Word lists for attribution (cue verbs, group nouns, pronouns), kept as data in
``data/lexicon.json`` with a line on each list and on where it comes from."""

from __future__ import annotations

import json
from pathlib import Path

_DATA = json.loads((Path(__file__).parent / "data" / "lexicon.json").read_text(encoding="utf-8"))


def _words(name: str) -> frozenset[str]:
    return frozenset(_DATA[name]["words"])


CUE_VERBS = _words("cue_verbs")  # lemmas of verbs that introduce speech
NEEDS_CLAUSE = _words("needs_clause")  # "accused X of ...": speech only with a clause
DIRECTIVE_VERBS = _words("directive_verbs")  # "urged citizens to stay home"
FRAMING_VERBS = _words("framing_verbs")  # "called the bill "a disaster""
GROUP_NOUNS = _words("group_nouns")  # "officials said": no entity
SPOKES_NOUNS = _words("spokes_nouns")  # "a spokesman for the ministry": the ministry
PERSON_PRONOUNS = _words("person_pronouns")
SELF_PRONOUNS = _words("self_pronouns")  # the quoted person inside the quote
RELATIVE_PRONOUNS = _words("relative_pronouns")

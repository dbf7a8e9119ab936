"""The policy's data: its clauses, the lexicon of policy terms and the cues, from JSON files
in ``data/`` (edited as data, not code)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

DATA = Path(__file__).parent / "data"
CLAUSES = ("obscene", "derogatory", "personal", "spam")


@dataclass(frozen=True, slots=True)
class Term:
    """One lexicon entry: the normalized word or phrase, its clause and its strength."""

    text: str
    clause: str
    strong: bool


@dataclass(frozen=True, slots=True)
class Hit:
    """A lexicon term found in normalized text at [start, end)."""

    start: int
    end: int
    term: Term


class Lexicon:
    """Policy terms by clause, matched as whole words on normalized text."""

    def __init__(self, data: dict):
        terms: dict[str, Term] = {}
        for clause, groups in data.items():
            if clause.startswith("_"):
                continue
            if clause not in CLAUSES:
                raise ValueError(f"lexicon clause {clause!r} is not one of {CLAUSES}")
            for strength in ("strong", "weak"):
                for text in groups.get(strength, ()):
                    # a word under two clauses keeps the first strong one
                    old = terms.get(text)
                    if old is None or (strength == "strong" and not old.strong):
                        terms[text] = Term(text, clause, strength == "strong")
        self.terms = terms
        alts = sorted(terms, key=len, reverse=True)
        self._pattern = re.compile(r"(?<![\w])(" + "|".join(re.escape(t) for t in alts)
                                   + r")(?![\w])")

    def words(self) -> list[str]:
        """Every term (the normalizer resolves masked words against them)."""
        return list(self.terms)

    def find(self, norm_text: str) -> list[Hit]:
        """Every term in ``norm_text`` (already normalized), left to right."""
        return [Hit(m.start(), m.end(), self.terms[m.group(1)])
                for m in self._pattern.finditer(norm_text)]


@cache
def policy_data() -> dict:
    """``data/policy.json``: clauses, decisions, quoting cues, spam rules."""
    return json.loads((DATA / "policy.json").read_text(encoding="utf-8"))


@cache
def lexicon() -> Lexicon:
    """``data/lexicon.json`` as a ``Lexicon``."""
    return Lexicon(json.loads((DATA / "lexicon.json").read_text(encoding="utf-8")))

"""Abbreviations an article spells out before it writes them in brackets.

"Pakistan Tehreek-e-Insaf (PTI)": the brackets define the party's initials, which are also a
wire agency's name (India's Press Trust). Both the cleaner (is "(PTI)" a credit?) and the
entity stage (is PTI the agency?) ask this. Hand-written: it is three lines of string work
on the words before the brackets, no library's job.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[A-Za-z][\w'-]*")


def spelled_out(text: str, at: int, short: str) -> str | None:
    """The capitalised words right before ``text[at]`` (where "(short)" stands) whose
    initials are ``short``'s letters, in order ("Pakistan Tehreek-e-Insaf" for "PTI"), or
    None when the brackets define nothing."""
    letters = "".join(c for c in short if c.isalpha())
    if not 2 <= len(letters) <= 6 or not short.isupper():
        return None
    caps = [w for w in _WORD.findall(text[max(0, at - 80):at]) if w[0].isupper()]
    for n in range(1, min(len(caps), len(letters)) + 1):
        tail = " ".join(caps[-n:])
        if "".join(re.findall(r"\b[A-Z]", tail)) == letters.upper():  # "Tehreek-e-Insaf"
            return tail
    return None

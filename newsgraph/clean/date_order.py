"""How a page writes numeric dates: day first or month first.

``order_from_named``: a slash date the page also writes with the month's name ("EFE |
12/05/2026" over "Santo Domingo, May 12 (EFE).-") settles the order by itself.

``british_spelling``: which spelling a page follows, as a weaker cue.

A page in British spelling ("defence", "neighbourhood", "programme": the UK, Ireland, India,
Pakistan, Africa's and the Gulf's English press, Australia) writes a numeric date day first
("03/04/2025" is 3 April); American spelling goes with month first. The pairs are breame's
(``copydesk.varieties``); -ise/-ize pairs say nothing (Oxford spelling uses -ize).
"""

from __future__ import annotations

import re

from ..copydesk.varieties import spelling_of

_WORD = re.compile(r"[A-Za-z]{4,}")


def british_spelling(paragraphs: list[str]) -> bool | None:
    """True when the text spells more words the British way than the American, False when
    the reverse, None when it uses neither (or as many of each)."""
    british = american = 0
    for para in paragraphs:
        for word in _WORD.findall(para):
            found = spelling_of(word)
            if found is None or found.ize:
                continue
            if found.variety == "British":
                british += 1
            else:
                american += 1
    return None if british == american else british > american


# month names as pages write them: English in full or cut, and the site's own language
# ("12 de mayo", "12 mai")
_MONTH_NUMBERS = {name: n for n, names in enumerate((
    "january jan enero janvier gennaio janeiro", "february feb febrero février fevrier "
    "febbraio fevereiro", "march mar marzo mars março", "april apr abril avril aprile",
    "may mayo mai maggio maio", "june jun junio juin giugno junho",
    "july jul julio juillet luglio julho", "august aug agosto août aout",
    "september sep sept septiembre septembre settembre setembro",
    "october oct octubre octobre ottobre outubro",
    "november nov noviembre novembre novembro",
    "december dec diciembre décembre decembre dicembre dezembro"), 1) for name in names.split()}
_MONTH = "(" + "|".join(sorted(_MONTH_NUMBERS, key=len, reverse=True)) + r")\.?"
_NAMED = re.compile(rf"\b{_MONTH}\s+(\d{{1,2}})\b|\b(\d{{1,2}})(?:\s+de)?\s+{_MONTH}(?!\w)",
                    re.I)
_SLASHED = re.compile(r"\b(\d{1,2})/(\d{1,2})/(?:19|20)\d\d\b")


def order_from_named(texts: list[str]) -> bool | None:
    """True (day first) or False (month first) when a slash date in ``texts`` is also written
    there with its month's name, as a dateline or a line in the site's language writes it
    ("12/05/2026" beside "May 12" or "12 de mayo"); None when none settles it."""
    named = set()
    for text in texts:
        for m in _NAMED.finditer(text):
            if m.group(1):
                named.add((_MONTH_NUMBERS[m.group(1).lower()], int(m.group(2))))
            else:
                named.add((_MONTH_NUMBERS[m.group(4).lower()], int(m.group(3))))
    for text in texts:
        for m in _SLASHED.finditer(text):
            a, b = int(m.group(1)), int(m.group(2))
            if a == b or a > 12 or b > 12:
                continue
            if (b, a) in named:
                return True
            if (a, b) in named:
                return False
    return None

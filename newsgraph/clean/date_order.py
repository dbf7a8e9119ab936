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

import calendar
import datetime as dt
import re
import unicodedata
from functools import lru_cache

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


# the languages whose month names a page in English may carry in its furniture ("12 de
# mayo", "12 mai"): their names come from dateparser's locale data
_PAGE_LANGUAGES = ("es", "fr", "it", "pt")


@lru_cache(maxsize=1)
def _month_numbers() -> dict[str, int]:
    """Month name -> number: English as ``times.lexicon`` has it, and each page language's
    names (not its three-letter cuts: "set", "ago" are English words), accents or none."""
    from dateparser.languages import default_loader

    from ..times.lexicon import MONTHS

    out = {name.rstrip("."): n for name, n in MONTHS.items()}
    for code in _PAGE_LANGUAGES:
        info = default_loader.get_locale(code).info
        for n in range(1, 13):  # (dateparser keys its names by the English month)
            forms = [f.lower() for f in info.get(calendar.month_name[n].lower(), [])]
            for form in forms:
                if len(form) >= 4 or form == max(forms, key=len):
                    out.setdefault(form, n)
                    out.setdefault(_unaccented(form), n)
    return out


def _unaccented(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word)
                   if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def _named() -> re.Pattern[str]:
    month = "(" + "|".join(sorted(map(re.escape, _month_numbers()), key=len, reverse=True)) \
        + r")\.?"
    return re.compile(rf"\b{month}\s+(\d{{1,2}})\b|\b(\d{{1,2}})(?:\s+de)?\s+{month}(?!\w)",
                      re.I)


_SLASHED = re.compile(r"\b(\d{1,2})/(\d{1,2})/((?:19|20)\d\d)\b")
_WEEKDAY = re.compile(r"\b(" + "|".join(calendar.day_name) + r")\b", re.I)


def order_from_named(texts: list[str]) -> bool | None:
    """True (day first) or False (month first) when a slash date in ``texts`` is also written
    there with its month's name, as a dateline or a line in the site's language writes it
    ("12/05/2026" beside "May 12" or "12 de mayo"), or beside its weekday's name, which only
    one order falls on ("Saturday, 04/07/2026" is 4 July); None when none settles it."""
    weekday = _order_from_weekday(texts)
    if weekday is not None:
        return weekday
    months = _month_numbers()
    named = set()
    for text in texts:
        for m in _named().finditer(text):
            if m.group(1):
                named.add((months[m.group(1).lower()], int(m.group(2))))
            else:
                named.add((months[m.group(4).lower()], int(m.group(3))))
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


def _order_from_weekday(texts: list[str]) -> bool | None:
    names = [d.lower() for d in calendar.day_name]
    for text in texts:
        day = _WEEKDAY.search(text)
        if day is None:
            continue
        wanted = names.index(day.group(1).lower())
        for m in _SLASHED.finditer(text):
            a, b, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
            if a == b or a > 12 or b > 12:
                continue
            day_first = dt.date(year, b, a).weekday() == wanted
            month_first = dt.date(year, a, b).weekday() == wanted
            if day_first != month_first:
                return day_first
    return None

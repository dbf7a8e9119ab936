"""The publication date: given, from the HTML's metadata, from a date line of the page, or
from the URL — and which of them it came from (``published_source``).

Only a full date with its year counts: "Published 3 hours ago" would resolve against today,
which is never an article's date. Dates are read by dateparser.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from ..errors import InputError

_MONTH = (r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?")
_WEEKDAY = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?"
# "10:34 PM", "· 15:20 (GMT+7)", "- 13:48 JST"
_CLOCK = (r"(?:,?\s*(?:[|·•–—-]\s*)?(?:at\s+)?\d{1,2}\s*[:.]\s*\d\d(?:\s*[ap]\.?\s?m\.?)?"
          r"(?:\s*\(?[A-Z]{2,5}(?:[+-]\d{1,2}(?::?\d\d)?)?\)?)?)")
_DATE = (rf"(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}(?:st|nd|rd|th)?\s+"
         rf"(?:of\s+)?{_MONTH},?\s+\d{{4}}|\d{{4}}-\d\d-\d\d|\d{{1,2}}/\d{{1,2}}/\d{{4}}"
         # "13.03.2025", "2025.03.11": the dotted forms of European and East Asian pages
         rf"|\d{{1,2}}\.\d{{1,2}}\.(?:19|20)\d\d|(?:19|20)\d\d\.\d\d\.\d\d)")
_PREFIX = (r"(?:(?:first\s+)?(?:published|updated|last\s+updated|posted|modified|issued|dated?)"
           r"\s*(?:on|:|at)?\s*)")
# A line that holds nothing but a date: "March 01, 2008", "Friday, March 08, 2013",
# "PUBLISHED: MONDAY, MARCH 11, 2013, 10: 34 PM", "Wed, Sep 19 2012 at 11: 47 AM".
# The page's section may follow ("Posted on 19/02/2025 | World").
_SECTION = r"(?:\s*[|·•]\s*[A-Z][\w&'-]*(?:\s+[A-Z&][\w&'-]*){0,2})"
DATE_LINE = re.compile(
    # (a page may print the date twice, in two forms: "09/17/2026September 17, 2026")
    rf"^{_PREFIX}?(?:{_WEEKDAY}\s*)?{_DATE}(?:\s*{_DATE})?{_CLOCK}?(?:\s*[|·•-]?\s*|{_SECTION})$",
    re.I)
PUBLISHED_LINE = re.compile(rf"^{_PREFIX}", re.I)
DATE_IN_LINE = re.compile(rf"(?<!\w){_DATE}(?!\w)", re.I)  # "By Jane Roe | May 20, 2022"
_URL_DATE = re.compile(r"/((?:19|20)\d\d)[/-](\d{1,2})[/-](\d{1,2})(?=[/-]|$)"
                       r"|/((?:19|20)\d\d)(\d\d)(\d\d)(?=/)")


def parse(value: str | date | None, name: str = "<input>", strict: bool = True) -> date | None:
    """An ISO 8601 date (a ``date``) or datetime (a ``datetime``) from what was given.

    None and "" stay None; a ``date`` passes through; anything else is an InputError (or
    None when ``strict`` is False, for metadata that may be junk).
    """
    if value is None or isinstance(value, date):
        return value
    value = str(value).strip()
    if not value:
        return None
    try:
        if len(value) == 10:
            return date.fromisoformat(value)
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        if not strict:
            return None
        raise InputError(f"publication date {value!r} is not an ISO 8601 date", source=name,
                         reason="bad_published",
                         hint="write it as YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS") from None


def is_date_line(line: str) -> bool:
    """True when the line is nothing but a full date (maybe with a weekday, time, prefix)."""
    return len(line) <= 80 and DATE_LINE.match(line.strip()) is not None


def from_line(line: str, day_first: bool | None = None) -> date | None:
    """The date of a "Published: May 14, 2022", date-only or byline-and-date line."""
    # two forms of one date glued: "09/17/2026September 17, 2026"
    line = re.sub(r"(?<=\d)(?=[A-Z][a-z])", " ", line.strip())
    if not re.search(r"\b(19|20)\d\d\b", line):
        return None
    if len(line) > 100:  # a long row is read only for the date it opens with ("April 14,
        opening = DATE_IN_LINE.match(line)  # 2026 | 07:55 | By X | 6 min read | Share ...")
        return _parse(opening.group(0), day_first) if opening is not None else None
    found = _parse(PUBLISHED_LINE.sub("", line), day_first)
    if found is None:
        inside = DATE_IN_LINE.search(line)  # "Posted by Newsdesk | May 20, 2022"
        if inside is not None:
            # the clock after the date still tells its order ("08/07/2025 - 14:05 Modified")
            found = _parse(inside.group(0), day_first or bool(_CLOCK_24.search(line)))
    return found


_NUMERIC = re.compile(r"\b(\d{1,2})([./])(\d{1,2})\2((?:19|20)\d\d)\b")
_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


# a clock without am/pm: the 24-hour time of pages that also write the day first
_CLOCK_24 = re.compile(r"\b(?:[01]?\d|2[0-3]):[0-5]\d\b(?!\s*[ap]\.?\s?m\b)", re.I)


def _numeric(value: str, day_first: bool | None = None) -> date | None:
    """A day.month.year or day/month/year date, read the way the line itself settles it: a
    weekday written beside it picks the order that falls on that day ("Tuesday 06/05/2025" is
    6 May); dots are day first (European and Asian pages); else a part over 12 decides. An
    undecided slash date is read day first beside a 24-hour clock ("08/07/2025 - 14:05") or
    on a page whose spelling says it follows British usage (``day_first``), else month first
    (the American order)."""
    m = _NUMERIC.search(value)
    if m is None:
        return None
    a, sep, b, year = int(m.group(1)), m.group(2), int(m.group(3)), int(m.group(4))
    options = []
    for month, day in ((b, a), (a, b)):  # day first, then month first
        try:
            options.append(date(year, month, day))
        except ValueError:
            pass
    if not options:
        return None
    low = value.lower()
    named = next((i for i, w in enumerate(_WEEKDAYS) if re.search(rf"\b{w}", low)), None)
    if named is not None:
        fits = [d for d in options if d.weekday() == named]
        if fits:
            return fits[0]
    if sep == "." or len(options) == 1:
        return options[0]
    if day_first or _CLOCK_24.search(value):
        return options[0]
    return date(year, a, b) if a <= 12 else options[0]


def _parse(value: str, day_first: bool | None = None) -> date | None:
    import dateparser

    found = _numeric(value, day_first)
    if found is not None:
        return found
    value = re.sub(r"(\d{1,2})\s*:\s*(\d\d)", r"\1:\2", value)  # "10: 34 PM" (tokenised text)
    value = re.sub(r"\s+at\s+", " ", value).strip(" |·•-")
    when = dateparser.parse(value, languages=["en"],
                            settings={"REQUIRE_PARTS": ["day", "month", "year"],
                                      "RETURN_AS_TIMEZONE_AWARE": False,
                                      "PREFER_DATES_FROM": "past"})
    return when.date() if when is not None else None


_PAGE_YEAR = re.compile(r"(?:©|\(c\)|copyright)\s*(?:\d{4}\s*[-–]\s*)?((?:19|20)\d\d)\b", re.I)


def dateline_date(written: str, page_lines: list[str], lede: str = "", body: str = ""
                  ) -> date | None:
    """The date of a wire dateline ("CARACAS, March 3 (Reuters) -"): the day the story was
    filed, which is the publication date when the page gives none. A dateline without its
    year takes the year of the page's copyright line ("© 2025 Daily Globe"); with none, the
    one year that the story's own years and the weekday its lede names agree on
    (``_year_by_weekday``); else the date stays unknown rather than guessed."""
    found = _parse(written)
    if found is not None:
        return found
    years = {m.group(1) for line in page_lines if (m := _PAGE_YEAR.search(line))}
    if len(years) == 1:
        return _parse(f"{written} {years.pop()}")
    if years or not lede:
        return None
    return _year_by_weekday(written, lede, body)


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_YEAR_IN_TEXT = re.compile(r"\b(19[5-9]\d|20\d\d)\b")


def _year_by_weekday(written: str, lede: str, body: str) -> date | None:
    """'BISHKEK, March 13. /TASS/. ... signed a treaty on Thursday': with no year anywhere on
    the page but the story's own, the year after the latest one the story names, or that
    year, whichever puts the dateline's day on the weekday the lede names (one only)."""
    named = {d for d in _WEEKDAYS if re.search(rf"\b{d}\b", lede, re.I)}
    years = [int(y) for y in _YEAR_IN_TEXT.findall(body)]
    if len(named) != 1 or not years:
        return None
    day = named.pop()
    fits = [d for y in (max(years), max(years) + 1)
            if (d := _parse(f"{written} {y}")) is not None and _WEEKDAYS[d.weekday()] == day]
    return fits[0] if len(fits) == 1 else None


def from_url(url: str | None) -> date | None:
    """The date in a URL's path ("/2022/05/14/...", "/20220514/"), or None."""
    if not url:
        return None
    m = _URL_DATE.search(url)
    if not m:
        return None
    y, mo, d = (m.group(1), m.group(2), m.group(3)) if m.group(1) else \
        (m.group(4), m.group(5), m.group(6))
    try:
        return date(int(y), int(mo), int(d))
    except ValueError:
        return None


def from_page(lines: list[tuple[str, bool]], url: str | None, day_first: bool | None = None,
              top: list[str] | tuple[str, ...] = ()) -> tuple[date | None, str | None]:
    """(date, source) from the page's date lines, else its URL; ``lines`` are (text, near_top).

    A "Published" line wins over an "Updated" one; a bare date line counts only near the top
    (a date at the foot of a page is a comment's or a copyright's). ``day_first``: the page
    writes dates day first (see ``_numeric``). ``top``: date lines far above the story (a
    masthead's date, a date and weather row): the day the page was printed, which for a news
    page is as a rule its story's; the last resort, with source "page_top".
    """
    ranked = sorted(
        ((0 if re.match(r"(first\s+)?(published|posted)\b", t, re.I) else
          1 if near and not re.match(r"(last\s+)?(updated|modified)\b", t, re.I) else 2, t)
         for t, near in lines if near or PUBLISHED_LINE.match(t)),
        key=lambda pair: pair[0])  # stable: reading order within a rank
    for _, text in ranked:
        found = from_line(text, day_first)
        if found is not None:
            return found, "page"
    found = from_url(url)
    if found:
        return found, "url"
    for text in top:
        found = from_line(text, day_first)
        if found is not None:
            return found, "page_top"
    return None, None

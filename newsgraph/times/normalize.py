"""Time expression text -> TIMEX3-style value, resolved against the publication date.

Hand-written rules rather than dateparser alone: dateparser has no notion of grain beyond its
``period``, reads "late February" and "weeks" as nothing and a bare "21" as a day of this
month, and resolves weekdays without regard to tense. It stays the fallback for the forms
the rules do not know (``_dateparser``), called only on candidate spans and cached.

``normalize(text, published, future)`` tries, in order:

1. references: "now", "recently", "the future" (PRESENT_REF / PAST_REF / FUTURE_REF);
2. sets: "every week", "annually";
3. durations: "two weeks", "more than two weeks", "weeks", "the past several months";
4. clock times: "3 p.m.", "10:30", "noon", optionally with a day ("3 p.m. Friday");
5. calendar dates: "May 13, 2022", "13 May", "2022-05-13", "5/13/2022", "February 2022",
   "late February", "the 1990s", "2009", quarters and seasons;
6. relative days and periods: "yesterday", "Friday", "last week", "this month",
   "two years ago", "next summer";
7. dateparser, for anything else that looks like a date.

``from_reference`` then resolves what counts from a time named earlier in the text ("two
years later", "the following day"): the extractor passes it the last date it resolved.

The year of an expression that does not give one ("late February", "May 13", "the fourth
quarter") is the nearest one not after publication, or not before it when the governing verb
is future. Without a publication date such expressions stay unresolved (value None).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from .lexicon import (
    DAY_PARTS,
    HOLIDAYS,
    MONTHS,
    NUMBER_WORDS,
    ORDINALS,
    PREPOSITIONS,
    SEASONS,
    TIME_UNITS,
    UNIT_PLURALS,
    UNITS,
    VAGUE_COUNTS,
    WEEKDAYS,
)


@dataclass(frozen=True, slots=True)
class Resolved:
    """What a time expression means: the fields of ``record.Time`` besides its span."""

    value: str | None
    grain: str | None
    anchor: str | None  # published | text | None
    type: str = "DATE"
    mod: str | None = None


_MON = (r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|"
        r"aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_WD = (r"(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|"
       r"thu(?:rs?)?|fri|sat|sun)\.?")
_DAY = r"(?P<day>0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>1[6-9]\d\d|20\d\d)"
_NUM = r"(?P<num>\d+(?:\.\d+)?|[a-z]+(?:[- ][a-z]+)?)"
_UNIT = (r"(?P<unit>seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|quarters?|"
         r"years?|decades?|century|centuries)")
_REL = r"(?P<rel>this|last|next|past|previous|coming|current|following|same|that)"
_SEASON = r"(?P<season>spring|summer|fall|autumn|winter)"
_PART = r"(?P<part>morning|afternoon|evening|night)"
_CLOCK = (r"(?P<h>\d{1,2})(?:[:.](?P<m>\d\d))?\s*(?P<ampm>a\.?m\.?|p\.?m\.?)|"
          r"(?P<h2>\d{1,2}):(?P<m2>\d\d)|(?P<noon>noon|midday|midnight)")

_MODS = (
    (re.compile(r"^(?:more than|over|at least|upwards of)\s+"), "more_than"),
    (re.compile(r"^(?:less than|fewer than|under|nearly|almost|up to|just under)\s+"),
     "less_than"),
    (re.compile(r"^(?:about|around|approximately|roughly|some|nearly|an estimated)\s+"),
     "approx"),
    (re.compile(r"^(?:the\s+)?(?:early|beginning of|start of)[\s-]+(?:the\s+)?"), "early"),
    (re.compile(r"^(?:the\s+)?(?:mid|middle of)[\s-]+(?:the\s+)?"), "mid"),
    (re.compile(r"^(?:the\s+)?(?:late|end of|close of)[\s-]+(?:the\s+)?"), "late"),
)


def normalize(text: str, published: dt.date | None, future: bool = False) -> Resolved | None:
    """Resolve one time expression; None when the text is not a time expression.

    Args:
        text: the expression as written, a leading preposition allowed ("on Friday").
        published: the publication date, or None (relative expressions then stay unresolved).
        future: the governing verb points forward ("will meet on Friday").

    Returns:
        Resolved; its value is None (and anchor None) when it needs a publication date that
        is not known or names an unknown date.
    """
    return _normalize(_clean(text), published, future)


@lru_cache(maxsize=4096)
def _normalize(s: str, pub: dt.date | None, future: bool) -> Resolved | None:
    mod = None
    for pattern, name in _MODS:
        m = pattern.match(s)
        if m:
            s, mod = s[m.end():], name
            break
    s = re.sub(r"^(?:the|a period of)\s+", "", s)
    for rule in (_reference, _set, _duration, _clock, _calendar, _relative):
        found = rule(s, pub, future, mod)
        if found is not None:
            return found
    return _dateparser(s, pub, future, mod)


def _clean(text: str) -> str:
    s = " ".join(text.lower().replace("’", "'").replace("–", "-").split())
    s = s.rstrip(".,;:") if not s.endswith(("a.m.", "p.m.")) else s
    words = s.split(" ")
    while len(words) > 1 and words[0] in PREPOSITIONS:
        words = words[1:]
    return " ".join(words)


# 1. references ------------------------------------------------------------------------------

_REFS = {"now": "PRESENT_REF", "right now": "PRESENT_REF", "currently": "PRESENT_REF",
         "nowadays": "PRESENT_REF", "present": "PRESENT_REF", "these days": "PRESENT_REF",
         "at the moment": "PRESENT_REF", "recently": "PAST_REF", "lately": "PAST_REF",
         "past": "PAST_REF", "future": "FUTURE_REF"}


def _reference(s: str, pub, future, mod) -> Resolved | None:
    if s in _REFS:
        return Resolved(_REFS[s], None, "published", "DATE", mod)
    return None


# 2. sets ------------------------------------------------------------------------------------

_SET_ADVERBS = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y",
                "yearly": "P1Y", "hourly": "PT1H"}


def _set(s: str, pub, future, mod) -> Resolved | None:
    if s in _SET_ADVERBS:
        return Resolved(_SET_ADVERBS[s], "duration", "text", "SET", mod)
    m = re.fullmatch(rf"(?:every|each|per)\s+(?:other\s+)?(?:{_NUM}\s+)?{_UNIT}", s)
    if m:
        n = _count(m.group("num")) if m.group("num") else 1
        return Resolved(_duration_value(n, m.group("unit")), "duration", "text", "SET", mod)
    m = re.fullmatch(rf"(?:every|each)\s+(?:{_WD}|{_SEASON})", s)
    if m:
        value = f"XXXX-WXX-{WEEKDAYS[_wd_key(m.group('wd'))] + 1}" if m.group("wd") \
            else f"XXXX-{SEASONS[m.group('season')]}"
        return Resolved(value, "duration", "text", "SET", mod)
    return None


# 3. durations -------------------------------------------------------------------------------

def _duration(s: str, pub, future, mod) -> Resolved | None:
    # "the past two weeks", "the next few months": a period counted from publication; TIMEX3
    # gives it as a DURATION.
    s = re.sub(r"^(?:past|last|next|coming|previous|first|final|recent|following)\s+", "", s)
    m = re.fullmatch(rf"(?:a\s+|an\s+)?{_NUM}(?:\s+of|-|\s)\s*{_UNIT}(?:\s+and a half)?(?:-long)?",
                     s)
    if m:
        n = _count(m.group("num"))
        if n is None:
            return None
        if s.endswith("and a half"):
            n = n + 0.5 if n != "X" else n
        return Resolved(_duration_value(n, m.group("unit")), "duration", "text", "DURATION",
                        mod)
    m = re.fullmatch(_UNIT, s)
    if m and s in UNIT_PLURALS:  # bare plural: "after weeks of bombardment"
        return Resolved(_duration_value("X", s), "duration", "text", "DURATION", mod)
    m = re.fullmatch(rf"(?:a\s+)?(?:few|several|couple of)\s+{_UNIT}", s)
    if m:
        return Resolved(_duration_value("X", m.group("unit")), "duration", "text", "DURATION",
                        mod)
    return None


def _count(word: str) -> float | str | None:
    word = word.replace("-", " ")
    if re.fullmatch(r"\d+(?:\.\d+)?", word):
        return float(word) if "." in word else int(word)
    if word in VAGUE_COUNTS or word in ("a few", "a couple", "couple of", "dozens"):
        return "X"
    parts = word.split(" ")
    if all(p in NUMBER_WORDS for p in parts):
        return sum(NUMBER_WORDS[p] for p in parts) or None
    if word == "a dozen" or word == "dozen":
        return 12
    return None


def _duration_value(n: float | str | None, unit: str) -> str:
    unit = UNIT_PLURALS.get(unit, unit)
    letter, mult = UNITS[unit]
    if n is None or isinstance(n, str):  # a count we cannot read ("every zero days"): unknown
        amount = "X"
    else:
        total = n * mult
        amount = str(int(total)) if float(total).is_integer() else str(total)
    return f"PT{amount}{letter}" if unit in TIME_UNITS else f"P{amount}{letter}"


# 4. clock times -----------------------------------------------------------------------------

def _clock(s: str, pub, future, mod) -> Resolved | None:
    m = re.fullmatch(rf"(?:{_CLOCK})(?:\s+(?:[a-z]{{2,4}}\s+)?(?P<dayword>.+))?", s)
    if not m:
        return None
    if m.group("noon"):
        hh, mm = (0 if m.group("noon") == "midnight" else 12), 0
    else:
        hh = int(m.group("h") or m.group("h2"))
        mm = int(m.group("m") or m.group("m2") or 0)
        ampm = (m.group("ampm") or "").replace(".", "")
        if ampm == "pm" and hh < 12:
            hh += 12
        elif ampm == "am" and hh == 12:
            hh = 0
        if hh > 23 or mm > 59:
            return None
    day: Resolved | None = None
    if m.group("dayword"):
        day = _relative(m.group("dayword"), pub, future, None) or \
            _calendar(m.group("dayword"), pub, future, None)
        if day is None or day.grain != "day":
            return None
    elif pub is not None:
        day = Resolved(pub.isoformat(), "day", "published")
    if day is None or day.value is None:
        return Resolved(None, "time", None, "TIME", mod)
    return Resolved(f"{day.value}T{hh:02d}:{mm:02d}", "time", day.anchor, "TIME", mod)


# 5. calendar dates --------------------------------------------------------------------------

def _calendar(s: str, pub, future, mod) -> Resolved | None:
    m = re.fullmatch(r"(?P<year>\d{4})-(?P<mon>\d\d)-(?P<day>\d\d)", s)
    if m:
        return _ymd(int(m["year"]), int(m["mon"]), int(m["day"]), mod)
    m = re.fullmatch(r"(?P<mon>\d{1,2})/(?P<day>\d{1,2})/(?P<year>\d{4}|\d\d)", s)
    if m:  # US order: the sources are English-language news
        year = int(m["year"]) + (2000 if len(m["year"]) == 2 else 0)
        return _ymd(year, int(m["mon"]), int(m["day"]), mod)
    wd = rf"(?:{_WD},?\s+)?"
    m = (re.fullmatch(rf"{wd}{_MON}\s+{_DAY}(?:,?\s+{_YEAR})?", s)
         or re.fullmatch(rf"{wd}(?:the\s+)?{_DAY}(?:\s+of)?\s+{_MON},?(?:\s+{_YEAR})?", s))
    if m:
        month, day = MONTHS[_mon_key(m["mon"])], int(m["day"])
        if m["year"]:
            return _ymd(int(m["year"]), month, day, mod)
        if pub is None:
            return Resolved(None, "day", None, "DATE", mod)
        year = _nearest_year(pub, (month, day), (pub.month, pub.day), future)
        found = _ymd(year, month, day, mod)
        return Resolved(found.value, "day", "published", "DATE", mod) if found else None
    m = re.fullmatch(rf"{_MON}(?:\s+of)?,?\s+{_YEAR}", s)
    if m:
        return Resolved(f"{m['year']}-{MONTHS[_mon_key(m['mon'])]:02d}", "month", "text",
                        "DATE", mod)
    m = re.fullmatch(rf"(?P<rel>this|last|next|coming|past)\s+{_MON}", s)
    if m:  # "next April": the first April after publication's month; "last April" the one before
        month = MONTHS[_mon_key(m["mon"])]
        if pub is None:
            return Resolved(None, "month", None, "DATE", mod)
        if m["rel"] == "this":
            year = pub.year
        elif m["rel"] in ("next", "coming"):
            year = pub.year if month > pub.month else pub.year + 1
        else:
            year = pub.year if month < pub.month else pub.year - 1
        return Resolved(f"{year}-{month:02d}", "month", "published", "DATE", mod)
    m = re.fullmatch(_MON, s)
    if m:
        month = MONTHS[_mon_key(m["mon"])]
        if pub is None:
            return Resolved(None, "month", None, "DATE", mod)
        year = _nearest_year(pub, (month,), (pub.month,), future)
        return Resolved(f"{year}-{month:02d}", "month", "published", "DATE", mod)
    m = re.fullmatch(rf"(?:year\s+|fiscal\s+(?:year\s+)?)?{_YEAR}", s)
    if m:
        return Resolved(m["year"], "year", "text", "DATE", mod)
    m = re.fullmatch(r"(?P<n>[1-9]|1\d|2[0-2])(?:st|nd|rd|th) century", s)
    if m:  # the 21st century is 2000-2099: TIMEX3 "20"
        return Resolved(f"{int(m['n']) - 1:02d}", "century", "text", "DATE", mod)
    m = re.fullmatch(r"(?:(?P<c>1[6-9]|20)(?P<d>\d)0|'?(?P<d2>\d)0)'?s", s)
    if m:
        if m["c"]:
            value = f"{m['c']}{m['d']}"
        else:  # "the '90s": the most recent such decade not after publication
            ref = pub.year if pub is not None else 2099
            century = ref // 100 if int(m["d2"]) * 10 <= ref % 100 else ref // 100 - 1
            value = f"{century}{m['d2']}"
        return Resolved(value, "decade", "text", "DATE", mod)
    m = re.fullmatch(rf"(?:(?P<rel>this|last|next|current|previous)\s+|fiscal\s+)?"
                     rf"(?P<ord>first|second|third|fourth|final|last|1st|2nd|3rd|4th)\s+"
                     rf"(?:fiscal\s+)?quarter(?:\s+of\s+(?:(?:the\s+)?(?:fiscal\s+)?year\s+)?"
                     rf"(?:fiscal\s+)?{_YEAR})?", s) \
        or re.fullmatch(rf"q(?P<qn>[1-4])(?:\s+{_YEAR})?", s)
    if m:
        g = m.groupdict()
        q = int(g["qn"]) if g.get("qn") else ORDINALS.get(g["ord"], 4)
        if m["year"]:
            return Resolved(f"{m['year']}-Q{q}", "quarter", "text", "DATE", mod)
        if pub is None:
            return Resolved(None, "quarter", None, "DATE", mod)
        pq = (pub.month - 1) // 3 + 1
        year = pub.year - 1 if (q > pq and not future) else pub.year
        if future and q < pq:
            year = pub.year + 1
        return Resolved(f"{year}-Q{q}", "quarter", "published", "DATE", mod)
    m = re.fullmatch(rf"(?P<h>first|second) half(?: of(?: the| this| (?P<rel>last|next))?"
                     rf"(?: year)?)?(?:\s+{_YEAR})?", s)
    if m:
        half = 1 if m["h"] == "first" else 2
        if m["year"]:
            return Resolved(f"{m['year']}-H{half}", "half", "text", "DATE", mod)
        if pub is None:
            return Resolved(None, "half", None, "DATE", mod)
        year = pub.year + {"last": -1, "next": 1}.get(m["rel"] or "", 0)
        if not m["rel"] and half == 2 and pub.month <= 6 and not future:
            year -= 1  # past tense before July: the second half that is over
        return Resolved(f"{year}-H{half}", "half", "published", "DATE", mod)
    m = re.fullmatch(rf"{_SEASON}(?:\s+(?:of\s+)?{_YEAR})?", s) or \
        re.fullmatch(rf"{_YEAR}\s+{_SEASON}", s)
    if m:
        code = SEASONS[m["season"]]
        if m["year"]:
            return Resolved(f"{m['year']}-{code}", "season", "text", "DATE", mod)
        if pub is None:
            return Resolved(None, "season", None, "DATE", mod)
        start = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[code]
        year = _nearest_year(pub, (start,), (pub.month,), future)
        return Resolved(f"{year}-{code}", "season", "published", "DATE", mod)
    return None


def _ymd(year: int, month: int, day: int, mod) -> Resolved | None:
    try:
        return Resolved(dt.date(year, month, day).isoformat(), "day", "text", "DATE", mod)
    except ValueError:
        return None


def _nearest_year(pub: dt.date, when: tuple, now: tuple, future: bool) -> int:
    """The year of a month (and day) without one: not after publication, or not before it."""
    if future:
        return pub.year if when >= now else pub.year + 1
    return pub.year if when <= now else pub.year - 1


def _mon_key(text: str) -> str:
    text = text.rstrip(".")
    return text if text in MONTHS else text[:3]


def _wd_key(text: str) -> str:
    text = text.rstrip(".")
    if text in WEEKDAYS:
        return text
    return next(k for k in WEEKDAYS if k.startswith(text[:3]))


# 6. relative days and periods ---------------------------------------------------------------

def _relative(s: str, pub, future, mod) -> Resolved | None:
    m = re.fullmatch(rf"(?P<dw>today|yesterday|tomorrow|tonight)(?:\s+{_PART})?|"
                     rf"(?P<this>this|last)\s+(?P<p2>morning|afternoon|evening|night)", s)
    if m:
        if pub is None:
            return Resolved(None, "time" if (m["part"] or m["p2"]) else "day", None,
                            "TIME" if (m["part"] or m["p2"]) else "DATE", mod)
        shift = {"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0}.get(m["dw"] or "", 0)
        if m["this"] == "last":  # "last night": the evening before publication
            shift = -1
        day = (pub + dt.timedelta(days=shift)).isoformat()
        part = m["part"] or m["p2"] or ("night" if m["dw"] == "tonight" else None)
        if part:
            return Resolved(f"{day}T{DAY_PARTS[part]}", "time", "published", "TIME", mod)
        return Resolved(day, "day", "published", "DATE", mod)
    m = re.fullmatch(rf"(?:(?P<rel>last|next|this|coming|past)\s+)?{_WD}(?:\s+{_PART})?", s)
    if m:
        if pub is None:
            return Resolved(None, "time" if m["part"] else "day", None,
                            "TIME" if m["part"] else "DATE", mod)
        day = _weekday(pub, WEEKDAYS[_wd_key(m["wd"])], m["rel"], future)
        if m["part"]:
            return Resolved(f"{day.isoformat()}T{DAY_PARTS[m['part']]}", "time", "published",
                            "TIME", mod)
        return Resolved(day.isoformat(), "day", "published", "DATE", mod)
    s = re.sub(r"^this past ", "last ", s)
    m = re.fullmatch(rf"{_REL}\s+(?P<what>day|week|weekend|month|year|quarter|decade|century|"
                     rf"spring|summer|fall|autumn|winter)", s)
    if m:
        if m["rel"] in ("following", "same", "that", "previous") or m["what"] == "day":
            # anaphoric: relative to a time in the text, not to publication
            return Resolved(None, _grain(m["what"]), None, "DATE", mod)
        if pub is None:
            return Resolved(None, _grain(m["what"]), None, "DATE", mod)
        step = {"this": 0, "current": 0, "last": -1, "past": -1, "next": 1, "coming": 1}[m["rel"]]
        return _period(pub, m["what"], step, mod)
    m = re.fullmatch(r"(?:(?:earlier|later)\s+(?:this|in the)\s+)?(?P<what>week|month|year)", s)
    if m and (mod in ("early", "mid", "late") or s != m["what"]):
        # "the end of the year", "earlier this month": the period of publication
        return _period(pub, m["what"], 0, mod) if pub is not None else \
            Resolved(None, m["what"], None, "DATE", mod)
    if s in ("weekend", "this weekend"):
        if pub is None:
            return Resolved(None, "week", None, "DATE", mod)
        step = 0 if pub.weekday() >= 5 or s.startswith("this") else -1
        return _period(pub, "weekend", step, mod)
    if s in HOLIDAYS:
        if pub is None:
            return Resolved(None, "day", None, "DATE", mod)
        month, day = HOLIDAYS[s]
        year = _nearest_year(pub, (month, day), (pub.month, pub.day), future)
        return Resolved(f"{year}-{month:02d}-{day:02d}", "day", "published", "DATE", mod)
    m = re.fullmatch(rf"{_NUM}\s+{_UNIT}\s+(?P<dir>ago|earlier|before|from now|hence|later)", s)
    if m:
        n = _count(m["num"])
        if n is None:
            return None
        unit = UNIT_PLURALS.get(m["unit"], m["unit"])
        if n == "X" and m["dir"] == "ago":  # "several weeks ago"
            return Resolved("PAST_REF", None, "published", "DATE", mod)
        if m["dir"] in ("earlier", "later", "before") or pub is None or n == "X":
            return Resolved(None, _grain(unit), None, "DATE", mod)
        sign = -1 if m["dir"] == "ago" else 1
        return _shifted(pub, unit, sign * int(n), mod)
    return None


def _weekday(pub: dt.date, wd: int, rel: str | None, future: bool) -> dt.date:
    """News is past tense: the last such weekday up to publication, unless pointing forward."""
    if rel in ("next", "coming") or (future and rel not in ("last", "past")):
        return pub + dt.timedelta(days=(wd - pub.weekday()) % 7)
    back = (pub.weekday() - wd) % 7
    if rel in ("last", "past") and back == 0:
        back = 7
    return pub - dt.timedelta(days=back)


def _grain(what: str) -> str:
    if what in SEASONS:
        return "season"
    return {"weekend": "week", "century": "decade"}.get(what, what)


def _period(pub: dt.date, what: str, step: int, mod) -> Resolved | None:
    if what in ("week", "weekend"):
        year, week, _ = (pub + dt.timedelta(weeks=step)).isocalendar()
        suffix = "-WE" if what == "weekend" else ""
        return Resolved(f"{year}-W{week:02d}{suffix}", "week", "published", "DATE", mod)
    if what == "month":
        y, mo = divmod(pub.year * 12 + pub.month - 1 + step, 12)
        return Resolved(f"{y}-{mo + 1:02d}", "month", "published", "DATE", mod)
    if what == "year":
        return Resolved(str(pub.year + step), "year", "published", "DATE", mod)
    if what == "quarter":
        y, q = divmod(pub.year * 4 + (pub.month - 1) // 3 + step, 4)
        return Resolved(f"{y}-Q{q + 1}", "quarter", "published", "DATE", mod)
    if what == "decade":
        return Resolved(str(pub.year // 10 + step), "decade", "published", "DATE", mod)
    if what == "century":
        return Resolved(str(pub.year // 100 + step), "decade", "published", "DATE", mod)
    code = SEASONS[what]
    start = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[code]
    if step == 0:
        year = pub.year
    elif step < 0:  # the last one that is over
        year = pub.year if start + 3 <= pub.month else pub.year - 1
    else:  # the next one that has not begun
        year = pub.year + 1 if start <= pub.month else pub.year
    return Resolved(f"{year}-{code}", "season", "published", "DATE", mod)


def _shifted(pub: dt.date, unit: str, n: int, mod) -> Resolved | None:
    if unit == "day":
        return Resolved((pub + dt.timedelta(days=n)).isoformat(), "day", "published", "DATE", mod)
    if unit in ("week", "fortnight"):
        return _period(pub, "week", n * (2 if unit == "fortnight" else 1), mod)
    if unit in ("month", "quarter"):
        return _period(pub, "month", n * (3 if unit == "quarter" else 1), mod)
    if unit == "year":
        return _period(pub, "year", n, mod)
    if unit == "decade":
        return Resolved(str(pub.year + 10 * n), "year", "published", "DATE", mod)
    return None  # "three hours ago": the hour of publication is not known


# 7. dateparser fallback ---------------------------------------------------------------------

_PERIOD_GRAIN = {"day": "day", "week": "week", "month": "month", "year": "year", "time": "time"}
_parsers: dict[tuple[dt.date, bool], object] = {}


def _dateparser(s: str, pub, future, mod) -> Resolved | None:
    # A bare number is an age, a count or a day of the month at best; dateparser would
    # happily turn "21" into the 21st of this month.
    if pub is None or not re.search(r"[a-z]", s) or not re.search(rf"\d|\b{_MON}\b", s):
        return None
    from dateparser.date import DateDataParser  # slow to import: only when needed

    key = (pub, future)
    parser = _parsers.get(key)
    if parser is None:
        parser = _parsers[key] = DateDataParser(languages=["en"], settings={
            "RELATIVE_BASE": dt.datetime(pub.year, pub.month, pub.day),
            "PREFER_DATES_FROM": "future" if future else "past",
            "RETURN_AS_TIMEZONE_AWARE": False})
    data = parser.get_date_data(s)  # type: ignore[attr-defined]
    if data.date_obj is None:
        return None
    grain = _PERIOD_GRAIN.get(data.period or "day", "day")
    d = data.date_obj
    value = {"year": f"{d.year}", "month": f"{d.year}-{d.month:02d}"}.get(
        grain, d.date().isoformat())
    if grain == "week":
        y, w, _ = d.isocalendar()
        value = f"{y}-W{w:02d}"
    anchor = "text" if re.search(r"\b(1[6-9]|20)\d\d\b", s) else "published"
    return Resolved(value, grain, anchor, "DATE", mod)


# 8. anaphora: "two years later", "the following day", "that year" --------------------------

_ANAPHORA = re.compile(
    rf"(?:(?P<num>[a-z]+|\d+)\s+{_UNIT}\s+(?P<dir>later|earlier|before|after)"
    rf"|(?P<rel>following|previous|same|that|next|prior)\s+(?P<what>day|week|month|year))")


def from_reference(text: str, ref: str) -> Resolved | None:
    """Resolve an expression counted from a time named earlier in the text ("two years
    later" after "in 2020"); ``ref`` is that time's ISO value. None when it does not apply.
    """
    m = _ANAPHORA.fullmatch(re.sub(r"^the\s+", "", _clean(text)))
    if m is None:
        return None
    if m["rel"]:
        unit = m["what"]
        n = {"following": 1, "next": 1, "previous": -1, "prior": -1}.get(m["rel"], 0)
    else:
        count = _count(m["num"])
        if not isinstance(count, int):
            return None
        unit = UNIT_PLURALS.get(m["unit"], m["unit"])
        n = count if m["dir"] in ("later", "after") else -count
    base = _parse_iso(ref)
    if base is None:
        return None
    day, grain = base
    if unit == "day":
        if grain != "day":
            return None
        return Resolved((day + dt.timedelta(days=n)).isoformat(), "day", "text", "DATE")
    if unit == "week":
        if grain not in ("day", "week"):
            return None
        found = _period(day, "week", n, None)
    elif unit == "month":
        if grain not in ("day", "week", "month"):
            return None
        found = _period(day, "month", n, None)
    elif unit == "year":
        found = _period(day, "year", n, None)
    else:
        return None
    return Resolved(found.value, found.grain, "text", "DATE") if found else None


def _parse_iso(value: str) -> tuple[dt.date, str] | None:
    """A day inside an ISO date, week, month or year value, with that value's grain."""
    try:
        if re.fullmatch(r"\d{4}-\d\d-\d\d", value):
            return dt.date.fromisoformat(value), "day"
        m = re.fullmatch(r"(\d{4})-W(\d\d)", value)
        if m:
            return dt.date.fromisocalendar(int(m[1]), int(m[2]), 1), "week"
        if re.fullmatch(r"\d{4}-\d\d", value):
            return dt.date.fromisoformat(value + "-01"), "month"
        if re.fullmatch(r"\d{4}", value):
            return dt.date(int(value), 1, 1), "year"
    except ValueError:
        return None
    return None

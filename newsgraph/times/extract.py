"""Doc -> ``list[record.Time]``: the time expressions of an article, in text order.

1. ``recognize.find_spans``: TIMEX3-like extents from token patterns and spaCy's entities;
2. ``recognize.is_future``: the tense of the verb each one hangs on, and
   ``recognize.is_scheduled``: a month and day without a year that names what is ahead;
3. ``normalize.normalize``: the value against the publication date, or, for "two years
   later" and the like, ``normalize.from_reference`` against the last date resolved;
4. the record's extent takes the preposition before it ("on Friday").
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from spacy.tokens import Doc, Span

from ..doctext import doc_text
from ..record import Time
from .lexicon import WEEKDAYS
from .normalize import Resolved, from_reference, normalize
from .recognize import TimeMatcher, find_spans, is_future, is_scheduled, with_preposition

_RANGE = re.compile(r"^((?:1[6-9]|20)\d\d)[-–]((?:1[6-9]|20)?\d\d)$")


def published_date(published: dt.date | str | None) -> dt.date | None:
    """The publication date: a date as it is (a datetime's date part), or the date part of an
    ISO date or datetime string; None when absent or unreadable."""
    if not published:
        return None
    if isinstance(published, dt.datetime):
        return published.date()
    if isinstance(published, dt.date):
        return published
    try:
        return dt.date.fromisoformat(published[:10])
    except ValueError:
        return None


def extract_times(doc: Doc, matcher: TimeMatcher,
                  published: dt.date | str | None) -> list[Time]:
    """Every time expression of the Doc, resolved against the publication date (a date; an
    ISO string is read too; None when unknown)."""
    pub = published_date(published)
    times: list[Time] = []
    reference: str | None = None
    for span in find_spans(doc, matcher, readable=lambda text: normalize(text, pub) is not None):
        range_match = _RANGE.match(span.text)
        if range_match:  # "2009-2010": two years, as TIMEX3 annotates them
            times.extend(_year_range(span, range_match))
            continue
        resolved = normalize(span.text, pub, is_future(span) or is_scheduled(span))
        if resolved is None:
            continue
        if resolved.value is None and reference is not None:
            resolved = from_reference(span.text, reference) or resolved
        if resolved.type == "TIME" and reference is not None and len(reference) == 10 \
                and pub is not None and (resolved.value or "").startswith(pub.isoformat()) \
                and not _DAY_WORDS.intersection(span.text.lower().split()):
            # "around midday" in the story of Sunday's strike is Sunday's midday (TimeML
            # anchors a bare time of day to the narrative's day, not to the paper's)
            resolved = dataclasses.replace(resolved, value=reference + resolved.value[10:])
        if resolved.type == "DATE" and resolved.value and resolved.value[:1].isdigit():
            reference = resolved.value  # the narrative's time: what "a day later" counts from
        if resolved.type == "DURATION" and _is_rate(span):
            resolved = dataclasses.replace(resolved, type="SET")
        times.append(_time(with_preposition(span), resolved))
    return _joined(doc_text(doc), times)


_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")
# words that tie a time of day to a day of its own ("this morning", "Sunday night")
_DAY_WORDS = frozenset({"this", "today", "tonight", "yesterday", "tomorrow", "last",
                        "next"}) | frozenset(WEEKDAYS)


def _joined(text: str, times: list[Time]) -> list[Time]:
    """A month or weekday and the relative year or week right after it are one expression:
    "in late February last year" (the February of last year), "on Monday last week" (that
    week's Monday), "in March next year"."""
    out: list[Time] = []
    for t in times:
        prev = out[-1] if out else None
        between = text[prev.end:t.start] if prev is not None else ""
        joined = None
        if prev is not None and between.strip() in ("", "of") and len(between) <= 4 \
                and prev.anchor == "published" and t.anchor == "published" and prev.value \
                and t.value:
            joined = _join_values(prev, t)
        if joined is None:
            out.append(t)
            continue
        out[-1] = dataclasses.replace(prev, text=text[prev.start:t.end], end=t.end,
                                      value=joined)
    return out


def _join_values(first: Time, second: Time) -> str | None:
    """The value of "<first> <second>" when the second says which year or week the first
    (a month, or a day named by its weekday) falls in; else None."""
    rel = second.text.lower()
    if first.grain == "month" and second.grain == "year" and "year" in rel \
            and re.fullmatch(r"\d{4}-\d{2}", first.value or ""):
        return f"{second.value}-{first.value[5:7]}"
    week = _WEEK.match(second.value or "")
    if first.grain == "day" and week and "week" in rel and any(
            d in first.text.lower() for d in ("mon", "tue", "wed", "thu", "fri", "sat", "sun")):
        day = dt.date.fromisoformat(first.value).isoweekday()
        return dt.date.fromisocalendar(int(week[1]), int(week[2]), day).isoformat()
    return None


def _is_rate(span: Span) -> bool:
    """ "$1 billion a week", "twice a day": a frequency (TIMEX3 SET), not a duration."""
    if len(span) != 2 or span[0].lower_ not in ("a", "an", "per"):
        return False
    if span.start == 0:
        return False
    prev = span.doc[span.start - 1]
    return prev.like_num or prev.lower_ in ("once", "twice", "times") or prev.is_currency


def _time(span: Span, r: Resolved) -> Time:
    return Time(text=span.text, start=span.start_char, end=span.end_char, value=r.value,
                grain=r.grain, anchor=r.anchor if r.value is not None else None, type=r.type,
                mod=r.mod)


def _year_range(span: Span, m: re.Match) -> list[Time]:
    first, second = m.group(1), m.group(2)
    if len(second) == 2:
        second = first[:2] + second
    start = span.start_char
    out = [Time(first, start, start + 4, first, "year", "text")]
    at = start + m.start(2)
    out.append(Time(m.group(2), at, at + len(m.group(2)), second, "year", "text"))
    return out

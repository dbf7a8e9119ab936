"""Wire credits, bylines and the dateline at the head of the body."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..abbreviations import spelled_out
from ..entities.words import is_common_word
from .published import DATE_IN_LINE
from .rules import (
    AGENCIES,
    BYLINE,
    CONTRIBUTED,
    CONTRIBUTOR,
    CREDIT_ONLY,
    GENERIC_BYLINE,
    GENERIC_CREDIT,
    GENERIC_NAMES,
    INLINE_AGENCY,
    REPORTED_FROM,
    REPORTING_BY,
    agency,
    undecorated,
)

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
# a month as written or in capitals ("BELGRADE, MARCH 11 -", a caption's "MAY 13:")
_ANY_MONTH = rf"(?:{_MONTH}|{_MONTH.upper()})"
# A capital (accented ones too: "ZÜRICH", "Líbano") then letters of any script.
_PLACE_WORD = r"[A-ZÀ-ÖØ-Þ][^\W\d_]*(?:[.'’-][^\W\d_]*)*\.?"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_YEAR = r"(?:,?[ ](?:19|20)\d\d)?"
_PLACE = rf"{_PLACE_WORD}(?:[ ]{_PLACE_WORD}){{0,3}}"
# "KINSHASA, DR Congo, Friday -": a paper's dateline may carry the weekday it was filed
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
# "KYIV (AP) —", "Kyiv –", "WASHINGTON, May 13 (Reuters) -", "PARIS, Texas (AP) —",
# "NEW DELHI, India —", "LOS ANGELES, April 05, 2018 (GLOBE NEWSWIRE) --",
# "KYIV/MOSCOW, 14 May (Reuters) -", "NEW DELHI:".
# The place is 1-4 capitalised words (two places joined by "/" in a joint report); a dash
# or a colon ends the dateline, or a wire's credit alone after a date ("Imphal, Jan 11 (PTI)
# Authorities ..."); the date is month-day or day-month. Text renderers drop the
# space a page set after a dash in its own markup ("<b>BEIJING --</b>At least" -> "BEIJING
# --At least"), so the gap after the dash may be empty (``dateline`` says when that counts).
DATELINE = re.compile(
    rf"^(?P<place>{_PLACE})(?:/(?P<place2>{_PLACE}))?"
    rf"(?:,[ ](?P<region>{_PLACE_WORD}(?:[ ]{_PLACE_WORD}){{0,2}})"
    # EFE's "Guayaquil (Ecuador), Jan 30 (EFE).-": the country in brackets before a comma
    rf"|[ ]\((?P<country>{_PLACE_WORD}(?:[ ]{_PLACE_WORD}){{0,2}})\)(?=,))?"
    rf"(?:,?[ ](?P<date>{_ANY_MONTH}[ ]{_DAY}{_YEAR}|{_DAY}[ ]{_ANY_MONTH}{_YEAR}))?"
    rf"(?:,[ ](?P<weekday>{_WEEKDAY}))?"
    # ("KINSHASA, (Xinhua) --": a comma before a known agency's brackets)
    rf"(?:(?P<comma>,)?[ ]?\((?P<agency>[^)]{{1,40}})\)"
    # TASS's "BISHKEK, March 13. /TASS/. Kyrgyzstan's ...": the agency between slashes
    rf"|\.[ ]?/(?P<slashed>[A-Za-z][\w-]{{1,20}})/\.?"
    # the Caribbean wires' "GEORGETOWN, Guyana, Oct 7, CMC –": a known agency, no brackets
    rf"|,[ ](?P<unbracketed>[A-Z]{{2,8}})(?=[ ]*(?:[–—―]|-{{1,3}})))?"
    r"(?:[ ]*(?P<dash>[–—―]|-{1,3}|:|\.-)(?P<gap>[ ]*)|(?:(?<=\))|(?<=/\.))(?P<bare>[ ]+))(?=\S)")
# words of a page's time stamp after a byline ("| Updated: 10:42 IST", "| 3 min read")
_DATE_WORD = re.compile(r"\b(?:updated|published|posted|min read|\d{1,2}:\d\d)\b", re.I)
# Zero-width marks a page sets around a dash ("LONDON (Reuters) \u200b—\u200b Britain"):
# read as spaces, so offsets into the paragraph stay where they were (the text keeps them).
_INVISIBLE = {ord(c): " " for c in "\u200b\u2060\ufeff"}
# A photo caption's date after the place ("WASHINGTON, DC - MAY 13: ..."): captions sit
# above the story in a page read as text, and a story never goes on so.
_CAPTION_DATE = re.compile(rf"{_ANY_MONTH}[ ]{_DAY}(?:,?[ ](?:19|20)\d\d)?:")
# Capitalised words that open a sentence but are never a dateline's place.
_NOT_PLACES = re.compile(
    r"^(?:by|breaking|breaking news|update|updated|exclusive|watch|live|opinion|analysis|"
    r"editorial|correction|comment|news|photos?|video|factbox|highlights|scorecard|timeline|"
    r"published|posted|edited|modified|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)"
    r"day|today|yesterday|tomorrow|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\b", re.I)


# "-AFP/Nation", "-Reuters/The Local", "Andes Report / EFE / Reuters": a credit line after
# the story naming a wire and an outlet the agency list does not know (1-4 capitalised words
# each, two or three names, the dash maybe left out)
_OUTLET_NAME = r"[A-Z][\w.'’&-]*(?:[ ][A-Z][\w.'’&-]*){0,3}"
_OUTLET_CREDIT = re.compile(  # (or in brackets: "(Lusa/Ilhas Hoje)")
    rf"^(?:(?:[-–—]+[ ]*)?(?P<names>{_OUTLET_NAME}(?:[ ]*/[ ]*{_OUTLET_NAME}){{1,2}})"
    rf"|\([ ]*(?P<bracketed>{_OUTLET_NAME}(?:[ ]*/[ ]*{_OUTLET_NAME}){{1,2}})[ ]*\)\.?)[ ]*$")


# "Source: Daily Trust/Agencies": the same names after a "Source:" label
_SOURCE_CREDIT = re.compile(
    rf"^source:[ ]*(?P<names>{_OUTLET_NAME}(?:[ ]*/[ ]*{_OUTLET_NAME}){{1,2}})[ ]*\.?$", re.I)


@dataclass(slots=True)
class Credits:
    """Agencies and bylines found in one line."""

    agencies: list[str] = field(default_factory=list)
    bylines: list[str] = field(default_factory=list)


def split_agencies(text: str) -> list[str]:
    """'AP/BBC' -> ['AP', 'BBC'], 'Reuters Health' -> ['Reuters']; unknown names are
    dropped."""
    found = []
    for part in re.split(r"\s*(?:/|,|&|\band\b)\s*", text):
        # "Reuters Health", "AP Photo": a wire's desk or service credits the wire
        name = agency(part) or (agency(part.split()[0]) if 1 < len(part.split()) <= 3 else None)
        if name and name not in found:
            found.append(name)
    return found


def _without_place(name: str) -> str:
    """"Jane Doe in Berlin" -> "Jane Doe" (where a reporter filed from is no part of a name)."""
    return re.split(r"\s+in\s+(?=[A-Z])", name, maxsplit=1)[0]


# A writer's name with the wires in brackets, as DW's pages print it
_NAME_WITH_AGENCIES = re.compile(
    r"^(?P<name>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3})\s+\((?:with|via|and|from)\s+"
    r"(?P<agencies>[^()]{2,60})\)$")


def credit_line(line: str) -> Credits | None:
    """Credits when the whole line is a credit or byline line, else None."""
    stripped = undecorated(line)
    if ";" in stripped:
        # "-- Reuters; additional reporting by Monrovia Mirror staff": credits in a row
        parts = [p.strip() for p in stripped.split(";") if p.strip()]
        found = [credit_line(p) for p in parts] if len(parts) > 1 else [None]
        if all(f is not None for f in found):
            return Credits(agencies=[a for f in found if f for a in f.agencies],
                           bylines=[b for f in found if f for b in f.bylines])
    if GENERIC_CREDIT.match(stripped):
        return Credits()
    m = CREDIT_ONLY.match(stripped)
    if m:
        return Credits(agencies=split_agencies(m.group(1)))
    labelled = _SOURCE_CREDIT.match(stripped)
    m = _OUTLET_CREDIT.match(stripped) or labelled
    if m:
        # "-AFP/Nation", "-Reuters/Gulf Times": a wire and the paper the copy came through;
        # a known wire among the names (or a "Source:" label) makes the line a credit, and
        # each name is credited
        names = m.group("names") or m.groupdict().get("bracketed") or ""
        parts = [p.strip() for p in names.split("/")]
        if labelled or any(agency(p) for p in parts):
            return Credits(agencies=[agency(p) or p for p in parts
                                     if not GENERIC_CREDIT.match(p)])
    if CONTRIBUTED.match(stripped):
        return Credits(agencies=split_agencies(stripped.split(" contributed")[0]))
    if REPORTING_BY.match(stripped):
        # "Reporting by Jane Doe; Editing by John Roe", "With reporting from AFP and dpa"
        # (an editor is no byline: "; Editing by Sandra Maler" credits no reporting)
        names = re.findall(r"(?<!editing )\b(?:by|from)\s+([^;.()]+)", stripped, re.I)
        parts = [n.strip() for chunk in names for n in re.split(r",|\band\b|&", chunk)
                 if n.strip() and n.strip().lower() not in GENERIC_NAMES]
        return Credits(agencies=[a for p in parts if (a := agency(p))],
                       bylines=[_without_place(p) for p in parts if not agency(p)])
    m = CONTRIBUTOR.match(stripped) or REPORTED_FROM.match(stripped)
    if m:
        from ..places import country_code  # (loaded only for such a line)

        # "Ignatius Ssuuna in Kigali, Rwanda": the country after the town is no contributor
        people = [_without_place(n.strip()) for n in re.split(r"\s*(?:,|\band\b)\s*",
                                                               m.group("names"))
                  if n.strip() and country_code(n.strip()) is None]
        return Credits(bylines=people)
    m = _NAME_WITH_AGENCIES.match(stripped)
    if m and split_agencies(m.group("agencies")):
        # "Mamadou Alpha Diallo (with AFP, Reuters)": a writer and the wires the copy drew on
        return Credits(agencies=split_agencies(m.group("agencies")), bylines=[m.group("name")])
    m = BYLINE.match(stripped)
    if m is None and stripped[:3].lower() == "by " and "|" in stripped:
        # "By Press Trust of India | Updated: January 11, 2025 10:42 IST": a byline, then the
        # page's date (``published.from_line`` reads it)
        head, _, rest = stripped.partition("|")
        if DATE_IN_LINE.search(rest) or _DATE_WORD.search(rest):
            m = BYLINE.match(head.strip())
    if m:
        people = [n.strip() for n in re.split(r"\s*(?:,|\band\b|&)\s*", m.group("names"))
                  if n.strip() and not GENERIC_BYLINE.match(n.strip())]
        tail = m.group("agency")
        agencies = split_agencies(tail) if tail else []
        # "By Press Trust of India": an agency's name where a person's stands
        agencies += [a for p in people if (a := agency(p)) and a not in agencies]
        people = [p for p in people if not agency(p)]
        if tail and not agencies:
            # "By Jane Doe, Staff Writer": the tail is a role, not an agency; keep the names.
            pass
        return Credits(agencies=agencies, bylines=[p.title() if p.isupper() else p
                                                   for p in people])
    return None


@dataclass(slots=True)
class DatelineMatch:
    place: str
    place_start: int  # offsets into the paragraph
    place_end: int
    agencies: list[str]
    credit: str | None = None  # what the brackets hold: "AP", "Sports Network"
    dash: str = "-"
    date: str | None = None  # the date it carries: "March 3", "April 05, 2018", "14 May"
    story_start: int = 0  # where the story's words begin, past its date, credit and dash


def dateline(paragraph: str) -> DatelineMatch | None:
    """The dateline at the start of the first body paragraph, if there is one.

    A capitalised lead-in followed by a dash is only taken as a dateline when it looks like
    one: in capitals ("KYIV —"), with an agency ("Kyiv (AP) —"), or one to three words set
    off by a spaced dash ("Kyiv – Ukraine's military said ..."). One followed by a colon
    only when a sentence of the story follows ("New Delhi: The government said on ...").
    """
    paragraph = paragraph.translate(_INVISIBLE)
    first = _AGENCY_FIRST.match(paragraph)
    if first is not None and split_agencies(first.group(1)):
        return _after_agency(paragraph, first)
    m = DATELINE.match(paragraph)
    if not m or _NOT_PLACES.match(m.group("place")):
        return None
    if m.group("unbracketed") is not None:
        return _unbracketed_dateline(paragraph, m)
    place = m.group("place")
    words = place.split()
    shouting = place.isupper() and len(place) > 1
    after = paragraph[m.end():m.end() + 1]
    if m.group("bare") is not None:
        return _bare_dateline(paragraph, m, after)
    # "Kyiv – Ukraine's military said": the story starts after the dash with a capital.
    starts_story = after.isupper() or after.isdigit() or after in "\"“‘'"
    if _CAPTION_DATE.match(paragraph, m.end()):
        return None  # "WASHINGTON, DC - MAY 13: President ...": a photo agency's caption
    before_dash = paragraph[m.start("dash") - 1: m.start("dash")]
    if not m.group("gap") and not _glued_dateline(m, place, before_dash, after):
        return None
    if m.group("dash") == ":" and not (
            (shouting or m.group("agency") or len(words) <= 3) and starts_story
            and len(paragraph.split()) >= 15):
        # "Washington: the talks ..." and "Ukraine: what we know" are headings;
        # "BEIJING (Xinhua):" and "New Delhi: The government on Monday ..." datelines.
        return None
    has_agency = m.group("agency") is not None and bool(split_agencies(m.group("agency")))
    if m.group("comma") and not has_agency:
        return None  # "Paris, (France) -": only a wire's credit is set off so
    spaced_dash = paragraph[m.start("dash") - 1: m.start("dash")] == " "
    # "President Biden - who spoke ... - said": an aside, set off by a pair of dashes.
    aside = bool(re.search(r"\s[–—―-]{1,2}\s", paragraph[m.end():m.end() + 200].split(". ")[0]))
    bracket = m.group("agency") is not None and len(m.group("agency").split()) <= 4
    colon = m.group("dash") == ":"
    if not (shouting or has_agency or (bracket and spaced_dash) or colon
            or (spaced_dash and len(words) <= 3 and starts_story and not aside)):
        return None
    if place.lower() in AGENCIES:
        return None
    # A wire's credit vouches for a place in capitals the gazetteer lacks ("UNITED NATIONS
    # (Reuters) -", "ABOARD AIR FORCE ONE (AP) —").
    if not (has_agency and shouting) and not _resolves(place) \
            and not (m.group("region") and _resolves(m.group("region"))) \
            and not (m.group("country") and _resolves(m.group("country"))) \
            and not (shouting and len(words) <= 2 and after.isupper() and not m.group("date")
                     and m.group("dash") == ":"
                     and not any(is_common_word(w.lower()) for w in words)):
        # "SOUTHWEST MIAMI-DADE, FLA.": the state vouches for the place; "PALLEKELE: Sri
        # Lanka ...": a town too small for the gazetteer, in capitals, no word of English
        return None
    end = m.end("region") if m.group("region") else m.end("place")
    return DatelineMatch(place=paragraph[m.start("place"):end], place_start=m.start("place"),
                         place_end=end,
                         agencies=split_agencies(m.group("agency")) if has_agency else [],
                         credit=m.group("agency"), dash=m.group("dash"), date=m.group("date"),
                         story_start=m.end())


# ANSA's order, the agency before the place: "(ANSA) - BELGRADE, MARCH 11 - Serbian police ..."
_AGENCY_FIRST = re.compile(
    r"\(\s*([A-Za-z][\w .&/-]{1,30}?)\s*\)\s*(?:[–—―]|-{1,3})\s+(?=[A-ZÀ-Þ])")


def _after_agency(paragraph: str, first: re.Match[str]) -> DatelineMatch | None:
    """The dateline after an agency's credit that opens the paragraph, its offsets kept."""
    rest = paragraph[first.end():]
    found = dateline(rest)
    if found is None or not found.place.split(",")[0].isupper():
        return None
    shift = first.end()
    return DatelineMatch(place=found.place, place_start=found.place_start + shift,
                         place_end=found.place_end + shift,
                         agencies=split_agencies(first.group(1)) + found.agencies,
                         credit=first.group(1), dash=found.dash, date=found.date,
                         story_start=found.story_start + shift)


def _unbracketed_dateline(paragraph: str, m: re.Match[str]) -> DatelineMatch | None:
    """A dateline whose agency stands after a comma, without brackets ("GEORGETOWN, Guyana,
    Oct 7, CMC – ..."): only a known agency, after a date, before a capitalised word."""
    credit = m.group("unbracketed")
    after = paragraph[m.end():m.end() + 1]
    if not split_agencies(credit) or not m.group("date") or not after.isupper() \
            or not _resolves(m.group("place")):
        return None
    end = m.end("region") if m.group("region") else m.end("place")
    return DatelineMatch(place=paragraph[m.start("place"):end], place_start=m.start("place"),
                         place_end=end, agencies=split_agencies(credit), credit=credit,
                         dash=m.group("dash"), date=m.group("date"), story_start=m.end())


def _bare_dateline(paragraph: str, m: re.Match[str], after: str) -> DatelineMatch | None:
    """A dateline that a credit in brackets ends with no dash ("Imphal, Jan 11 (PTI)
    Authorities in Manipur ...", the style of Indian wires): only a known agency, a date and
    a place the gazetteer knows, before a capitalised word."""
    credit = m.group("agency") or m.group("slashed")
    agencies = split_agencies(credit or "")
    place = m.group("place")
    if not agencies or not m.group("date") or not after.isupper() or not _resolves(place) \
            or place.lower() in AGENCIES:
        return None
    end = m.end("region") if m.group("region") else m.end("place")
    return DatelineMatch(place=paragraph[m.start("place"):end], place_start=m.start("place"),
                         place_end=end, agencies=agencies, credit=credit, dash="",
                         date=m.group("date"), story_start=m.end())


def _glued_dateline(m: re.Match[str], place: str, before_dash: str, after: str) -> bool:
    """A dateline whose dash is glued to the story ("BEIJING --At least", "LONDON (Reuters)
    -Britain said", "WASHINGTON—President Trump"): only a place in capitals or one with a
    credit in brackets, and only before a capitalised word or a quote; a hyphen glued on both
    sides joins words ("U.S.-China talks", "COVID-19") unless a credit stands before it."""
    if m.group("dash") == ":" or not (after.isupper() or after in "\"“‘"):
        return False
    credit = m.group("agency") is not None
    if m.group("dash") == "-" and before_dash not in (" ", ")"):
        return False
    return credit or (place.isupper() and len(place) > 1)


def wire_dateline(paragraph: str) -> DatelineMatch | None:
    """A dateline that cannot be a paragraph's ordinary opening: a place, a credit in
    brackets and a dash ("LOS ANGELES (AP) —", "Mannheim, Germany (Sports Network) -")."""
    found = dateline(paragraph)
    if found is None or found.credit is None or found.dash == ":":
        return None
    return found


def set_dateline(paragraph: str) -> DatelineMatch | None:
    """A dateline a copy desk set: a place in capitals and a spaced dash, opening a paragraph
    of some length ("MIDDLETOWN — Middletown High School senior ...", "CHARLESTON, W.Va. --
    All lanes ..."). A story's later paragraph does not open so, nor does a blurb or a
    notice a page kept above the story, so it is taken below them like a wire dateline."""
    found = wire_dateline(paragraph)
    if found is not None:
        return found
    found = dateline(paragraph)
    if found is None or found.dash == ":" or len(paragraph.split()) < 15:
        return None
    head = found.place.split(",")[0]
    if not (head.isupper() and len(head) > 2):
        return None
    dash_at = paragraph.find(found.dash, found.place_end)
    return found if dash_at > 0 and paragraph[dash_at - 1] == " " else None


# Where a dateline with a wire agency may start after a prefix the page glued onto the lede
# ("By Jane Doe 3 min read MOSCOW, June 24 (Reuters) - ..."): a word in capitals.
# (two capitals at least: "A-", a text-size control, is no place)
_INNER_START = re.compile(r"(?<=\s)(?=[A-ZÀ-Þ][A-ZÀ-Þ.'’-]*[A-ZÀ-Þ][A-ZÀ-Þ.'’-]*[ ,(])")
INNER_REACH = 150  # characters into the paragraph
# A photo's alt text that a renderer printed at the head of the lede ("A view of the scene
# CAIRO - ...", lynx and html2text print an inline image's alt text) is short.
SHORT_PREFIX = 60
_STORY_START = re.compile(r"[A-Z0-9\"“‘']")
# ... unless the capitals go on a sentence ("Talks in GENEVA - ...")
_LEADS_ON = re.compile(r"\b(?:a|an|and|at|by|for|from|in|near|of|on|the|to|with)\s*$", re.I)


def inner_dateline(paragraph: str) -> tuple[int, DatelineMatch] | None:
    """A dateline that starts a little way into the paragraph, after a byline, a timestamp
    or a photo's alt text the page put on the same line, and where it starts: one with a
    wire agency in brackets; after a short prefix, also any credit in brackets or a place in
    capitals set off by a spaced dash before a capitalised word ("A view of the scene CAIRO
    - Egypt's ..."), as ``set_dateline`` takes them."""
    for m in _INNER_START.finditer(paragraph[:INNER_REACH]):
        rest = paragraph[m.start():]
        found = dateline(rest)
        if found is None or not found.place.split(",")[0].isupper():
            continue
        if found.agencies:
            return m.start(), found
        if m.start() > SHORT_PREFIX or _LEADS_ON.search(paragraph[:m.start()]) \
                or set_dateline(rest) is None:
            continue
        dash_end = rest.find(found.dash, found.place_end) + len(found.dash)
        if _STORY_START.match(rest[dash_end:].lstrip()):
            return m.start(), found
    return None


def _resolves(place: str) -> bool:
    """True when the dateline's place is in the gazetteer (towns of 1,000 people and up)."""
    from ..places import is_place

    name = place.rstrip(".")
    return is_place(name, min_population=1000) or is_place(name.title(), min_population=1000)


def inline_agencies(paragraph: str) -> list[str]:
    """Agencies named in parentheses in a paragraph's first line ("LONDON (Reuters) -")."""
    head = paragraph[:120]
    found: list[str] = []
    for m in INLINE_AGENCY.finditer(head):
        if spelled_out(head, m.start(), m.group(1)) is not None:
            continue  # "Pakistan Tehreek-e-Insaf (PTI) supporters": a party's initials
        for name in split_agencies(m.group(1)):
            if name not in found:
                found.append(name)
    return found

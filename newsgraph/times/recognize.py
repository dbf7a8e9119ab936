"""Finding time expressions: token patterns (spaCy Matcher), then spaCy's DATE/TIME entities.

spaCy's own DATE/TIME entities are noisy for this job ("Friday after months" as one date, an
age "21" as a DATE, "45-year-old" as a DATE), so the extents come from patterns over tokens,
shaped like TIMEX3 extents: a leading "the" and modifiers ("late", "more than") are inside,
a leading preposition is not. An entity that no pattern overlaps is kept only when the
normalizer can read it. ``with_preposition`` widens an extent to the record's form
("on Saturday"), ``is_future`` reads the tense of the verb the expression hangs on.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable

import numpy
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans
from spacy.vocab import Vocab

from ..doctext import doc_text
from .lexicon import (
    DAY_PARTS,
    DAY_WORDS,
    FUTURE_AUX,
    FUTURE_LEMMAS,
    HOLIDAYS,
    INTENT_LEMMAS,
    MONTHS,
    NUMBER_WORDS,
    PREPOSITIONS,
    SEASONS,
    UNIT_PLURALS,
    UNITS,
    VAGUE_COUNTS,
    WEEKDAYS,
)

Pattern = list[dict]

_FULL_MONTHS = [m for m in MONTHS if len(m) > 4 or m in ("may", "june", "july")]
MON_FULL = {"LOWER": {"IN": _FULL_MONTHS}, "IS_TITLE": True}
MON_ANY = {"LOWER": {"IN": list(MONTHS)}, "IS_TITLE": True}
DAYNUM = {"TEXT": {"REGEX": r"^(0?[1-9]|[12]\d|3[01])(st|nd|rd|th)?$"}}
YEAR = {"TEXT": {"REGEX": r"^(1[6-9]\d\d|20\d\d)$"}}
YEAR_RANGE = {"TEXT": {"REGEX": r"^(1[6-9]|20)\d\d[-–]((1[6-9]|20)\d\d|\d\d)$"}}
DECADE = {"TEXT": {"REGEX": r"^((1[6-9]|20)\d0s|'?\d0s)$"}}
WD = {"LOWER": {"IN": list(WEEKDAYS)}}
TOD = {"LOWER": {"IN": list(DAY_PARTS)}}
SEASON = {"LOWER": {"IN": [s for s in SEASONS if s != "fall"]}}
ANY_SEASON = {"LOWER": {"IN": list(SEASONS)}}
UNIT_ONE = {"LOWER": {"IN": list(UNITS)}}
UNIT_ANY = {"LOWER": {"IN": list(UNITS) + list(UNIT_PLURALS)}}
UNIT_MANY = {"LOWER": {"IN": list(UNIT_PLURALS)}}
NUM = {"LOWER": {"IN": [w for w in NUMBER_WORDS if w != "half"] + list(VAGUE_COUNTS)}}
DIGITS = {"TEXT": {"REGEX": r"^\d+(\.\d+)?$"}}
AMPM = {"LOWER": {"IN": ["a.m.", "p.m.", "am", "pm", "a.m", "p.m"]}}
CLOCK = {"TEXT": {"REGEX": r"^\d{1,2}:\d\d$"}}  # not "5.41": a price, not a time
HOUR = {"TEXT": {"REGEX": r"^\d{1,2}$"}}
REL = {"LOWER": {"IN": ["this", "last", "next", "past", "previous", "coming", "current",
                        "following", "same", "that"]}}
THE = {"LOWER": "the"}
DASH = {"ORTH": {"IN": ["-", "–"]}}


def _w(*words: str) -> Pattern:
    return [{"LOWER": w} for w in words]


def _expand(*slots: list[Pattern]) -> list[Pattern]:
    """Every concatenation of one alternative per slot ([] in a slot makes it optional)."""
    return [sum(combo, []) for combo in itertools.product(*slots)]


def _opt(token: dict) -> dict:
    return {**token, "OP": "?"}


# Modifiers TIMEX3 keeps inside the extent. Optional tokens use "OP": "?" rather than more
# patterns: the Matcher's cost grows with the number of patterns.
PART = {"LOWER": {"IN": ["early", "mid", "late"]}}
_PART = [[_opt(THE), _opt(PART), _opt(DASH)]]
_OF_PART = [[_opt(THE), {"LOWER": {"IN": ["end", "beginning", "start", "middle", "close"]}},
             {"LOWER": "of"}]]
_QUANT = [[], _w("more", "than"), _w("less", "than"), _w("fewer", "than"), _w("at", "least"),
          [{"LOWER": {"IN": ["nearly", "almost"]}}], _w("up", "to")]
_COUNT = [[NUM], [DIGITS]]

PATTERNS: dict[str, list[Pattern]] = {
    "date": (
        [[_opt(WD), _opt({"ORTH": ","}), _opt(PART), MON_ANY, DAYNUM, _opt({"ORTH": ","}),
          _opt(YEAR)],
         # "the October 9 election": longer than "the October" of the month patterns (the
         # "the" is trimmed off the extent)
         [THE, MON_ANY, DAYNUM, _opt({"ORTH": ","}), _opt(YEAR)],
         [_opt(WD), _opt({"ORTH": ","}), DAYNUM, MON_ANY, _opt(YEAR)],
         [_opt(WD), _opt({"ORTH": ","}), THE, DAYNUM, {"LOWER": "of"}, MON_ANY, _opt(YEAR)],
         [{"TEXT": {"REGEX": r"^(1[6-9]|20)\d\d-[01]\d-[0-3]\d$"}}],
         [{"TEXT": {"REGEX": r"^[01]?\d/[0-3]?\d/(\d\d|\d{4})$"}}]]
    ),
    "month": _expand(_PART + _OF_PART, [[MON_ANY, _opt({"LOWER": {"IN": ["of", ","]}}), YEAR],
                                        [MON_FULL]])
    # "next April", "last September": the TIMEX3 extent takes the relative word
    + [[{"LOWER": {"IN": ["this", "last", "next", "coming", "past"]}}, MON_FULL]],
    "year": (
        # no bare "the": in "the 2015 bombing" the TIMEX3 is "2015"
        _expand([[_opt(PART), _opt(DASH)]] + _OF_PART,
                [[_opt({"LOWER": "fiscal"}), _opt({"LOWER": "year"}), YEAR]])
        + [[YEAR_RANGE], [YEAR, DASH, {"TEXT": {"REGEX": r"^((1[6-9]|20)\d\d|\d\d)$"}}],
           [_opt(THE), _opt(PART), _opt({"ORTH": "'"}), DECADE],
           [_opt(THE), {"TEXT": {"REGEX": r"^\d{1,2}(st|nd|rd|th)$"}}, {"LOWER": "century"}]]
    ),
    "quarter": [
        [{"LOWER": {"IN": ["the", "this", "last", "next", "current", "previous"]}},
         _opt({"LOWER": "fiscal"}),
         {"LOWER": {"IN": ["first", "second", "third", "fourth", "final", "1st", "2nd", "3rd",
                           "4th"]}},
         _opt({"LOWER": "fiscal"}), {"LOWER": "quarter"}, _opt({"LOWER": "of"}),
         _opt({"LOWER": {"IN": ["the", "this", "last", "next"]}}), _opt({"LOWER": "year"}),
         _opt(YEAR)],
        [{"TEXT": {"REGEX": r"^[Qq][1-4]$"}}, _opt(YEAR)],
    ],
    "half": [[_opt(THE), {"LOWER": {"IN": ["first", "second"]}}, {"LOWER": "half"},
              _opt({"LOWER": "of"}), _opt({"LOWER": {"IN": ["the", "this", "last", "next"]}}),
              _opt({"LOWER": "year"}), _opt(YEAR)]],
    "season": [
        [_opt({"LOWER": {"IN": ["the", "this", "last", "next", "past", "previous", "coming",
                                "early", "late"]}}), SEASON, _opt({"LOWER": "of"}), _opt(YEAR)],
        [{"LOWER": {"IN": ["the", "this", "last", "next", "past", "previous", "coming"]}},
         {"LOWER": "fall"}, _opt({"LOWER": "of"}), _opt(YEAR)],
        [YEAR, ANY_SEASON],
    ],
    "weekday": [[_opt({"LOWER": {"IN": ["last", "next", "this", "coming", "past", "early",
                                         "late"]}}), WD, _opt(TOD)]],
    "dayword": [[{"LOWER": {"IN": list(DAY_WORDS)}}, _opt(TOD)],
                [{"LOWER": {"IN": ["this", "last"]}}, TOD]],
    "relative": (
        _expand([[_opt(THE), _opt(PART)]] + _OF_PART, [[REL, _opt({"LOWER": "past"})]],
                [[{"LOWER": {"IN": ["week", "weekend", "month", "year", "quarter", "decade",
                                    "century"]}}], [ANY_SEASON]])
        + [[_opt(THE), {"LOWER": {"IN": ["following", "previous", "same", "that", "next",
                                          "prior"]}}, {"LOWER": "day"}]]
        + [[{"LOWER": {"IN": ["earlier", "later"]}}, {"LOWER": {"IN": ["this", "in"]}},
            _opt(THE), {"LOWER": {"IN": ["week", "month", "year"]}}],
           _w("the", "weekend"), _w("this", "weekend")]
        + _expand(_OF_PART, [[{"LOWER": {"IN": ["week", "month", "year"]}}]])
        + _expand([[_opt({"LOWER": "a"})]], _COUNT, [[UNIT_ANY]],
                  [_w("ago"), _w("earlier"), _w("later"), _w("from", "now")])
    ),
    "duration": (
        _expand(_QUANT, [[_opt(THE), _opt({"LOWER": {"IN": [
            "past", "last", "next", "coming", "first", "previous", "following"]}}),
            _opt({"LOWER": "a"})]], _COUNT, [[_opt({"LOWER": "of"}), _opt(DASH), UNIT_ANY]])
        + [[_opt(THE), _opt({"LOWER": {"IN": ["past", "last", "coming", "recent", "next"]}}),
            UNIT_MANY]]
        + _expand(_COUNT, [[DASH, UNIT_ONE, DASH, {"LOWER": "long"}]])
    ),
    "time": _expand([[HOUR, AMPM], [CLOCK, _opt(AMPM)], [{"LOWER": {"IN": ["noon",
                                                                            "midnight"]}}]],
                    [[_opt({"LOWER": {"IN": list(WEEKDAYS) + ["today", "yesterday",
                                                               "tomorrow"]}})]]),
    "set": (_expand([[{"LOWER": {"IN": ["every", "each", "per"]}}]],
                    [[_opt({"LOWER": "other"})], [NUM], [DIGITS]],
                    [[UNIT_ANY], [WD], [ANY_SEASON]])
            + [[{"LOWER": {"IN": ["annually", "yearly"]}}]]),
    "reference": [[{"LOWER": {"IN": ["now", "currently", "recently", "nowadays"]}}],
                  [THE, {"LOWER": {"IN": ["past", "future"]}}], _w("these", "days")],
    "holiday": [_w(*k.replace("'s", " 's").split()) for k in HOLIDAYS],
}


# A gate: lowercase words (or a regular expression on the text) that one required token of
# a pattern must match, so that a stretch of text without such a token holds no match of it.
Gate = frozenset[str] | str


def _gate(pattern: Pattern) -> Gate:
    """The gate of a pattern: preferably a set of trigger words (rare in text), else a regex,
    else the smallest word set among its required tokens."""
    required = [t for t in pattern if t.get("OP") not in ("?", "*", "!")]
    words = [w for w in map(_words, required) if w is not None]
    rare = [w for w in words if w <= TRIGGERS]
    if rare:
        return min(rare, key=lambda w: (len(w), sorted(w)))
    regexes = [t["TEXT"]["REGEX"] for t in required
               if isinstance(t.get("TEXT"), dict) and "REGEX" in t["TEXT"]]
    if regexes:
        return regexes[0]
    return min(words, key=len)


def _words(token: dict) -> frozenset[str] | None:
    """The lowercase words a token spec accepts, if it is a word or a word list."""
    for attr in ("LOWER", "ORTH", "TEXT"):
        value = token.get(attr)
        if isinstance(value, str):
            return frozenset([value.lower()])
        if isinstance(value, dict) and "IN" in value:
            return frozenset(w.lower() for w in value["IN"])
    return None


class TimeMatcher:
    """The patterns of ``PATTERNS`` in one spaCy Matcher per gate (``_gate``).

    Over a window of text only the Matchers whose gate some token of the window passes run:
    a Matcher's cost grows with its patterns times the tokens it sees, and a window seldom
    passes more than a few of the gates. The extents found are those of one Matcher with
    every pattern (the kinds of two patterns with one extent may come in another order; no
    caller reads the kind).
    """

    def __init__(self, vocab: Vocab):
        groups: dict[Gate, dict[str, list[Pattern]]] = {}
        for name, patterns in PATTERNS.items():
            for pattern in patterns:
                groups.setdefault(_gate(pattern), {}).setdefault(name, []).append(pattern)
        self.gates = list(groups)
        self.matchers = []
        for gate in self.gates:
            matcher = Matcher(vocab)
            for name, patterns in groups[gate].items():
                matcher.add(name, patterns)
            self.matchers.append(matcher)
        self._masks: dict[int, int] = {}  # ORTH id -> bit k set when the word passes gate k

    def __call__(self, doc: Doc, windows: list[tuple[int, int]]) -> list[tuple[int, int, int]]:
        """(match_id, start, end) of the pattern matches inside the windows."""
        if not windows:
            return []
        orth = doc.to_array("ORTH")
        ids, where = numpy.unique(orth, return_inverse=True)
        masks = numpy.array([self._mask(doc.vocab.strings, int(h)) for h in ids],
                            dtype=numpy.int64)[where]
        found = []
        for w_start, w_end in windows:
            passed = int(numpy.bitwise_or.reduce(masks[w_start:w_end]))
            window = doc[w_start:w_end]
            k = 0
            while passed:
                if passed & 1:
                    found += [(match_id, w_start + start, w_start + end)
                              for match_id, start, end in self.matchers[k](window)]
                passed >>= 1
                k += 1
        return found

    def _mask(self, strings, orth: int) -> int:
        mask = self._masks.get(orth)
        if mask is None:
            if len(self._masks) > 500_000:  # bounded: a long batch sees many words
                self._masks.clear()
            text = strings[orth]
            lower = text.lower()
            mask = self._masks[orth] = sum(
                1 << k for k, gate in enumerate(self.gates)
                if (re.search(gate, text) if isinstance(gate, str) else lower in gate))
        return mask


def build_matcher(vocab: Vocab) -> TimeMatcher:
    """The matcher of every pattern of ``PATTERNS``, one match id per kind."""
    return TimeMatcher(vocab)


def find_spans(doc: Doc, matcher: TimeMatcher, readable=None) -> list[Span]:
    """Non-overlapping TIMEX3-like extents, in text order.

    ``readable(text) -> bool`` says whether a spaCy DATE/TIME entity that no pattern found
    is worth keeping (the stage passes the normalizer).
    """
    found = [Span(doc, start, end, label=match_id)
             for match_id, start, end in matcher(doc, _windows(doc))]
    # filter_spans keeps the longest extents; which kind an extent got does not matter
    found = [span for span in (_trim(f, words=False) for f in filter_spans(found))
             if span is not None and _plausible(span)]
    taken = {i for span in found for i in range(span.start, span.end)}
    if readable is not None:
        for ent in doc.ents:
            if ent.label_ not in ("DATE", "TIME") or taken.intersection(range(ent.start, ent.end)):
                continue
            ent = _trim(ent)
            if ent is not None and _plausible(ent) and readable(ent.text):
                found.append(ent)
    return sorted(found, key=lambda s: s.start)


# Every pattern has at least one of these words or a number that could be in a date.
TRIGGERS = frozenset(
    list(MONTHS) + list(WEEKDAYS) + list(SEASONS) + list(DAY_PARTS) + list(DAY_WORDS)
    + list(UNITS) + list(UNIT_PLURALS) + ["weekend", "half", "now", "currently", "recently",
                                          "nowadays", "past", "future", "annually", "yearly",
                                          "noon", "midnight", "christmas", "halloween"])
_BEFORE, _AFTER = 9, 5  # the longest patterns reach this far around their trigger word


_trigger_cache: dict[int, bool] = {}


# Numbers that can be part of a date or duration; not "5.41" or "40,000".
_NUMERIC = re.compile(r"^(\d{1,4}(s|st|nd|rd|th)?|'\d0s|\d{1,2}:\d\d|\d{4}[-–].*|\d{1,2}/.*)$")


def _is_trigger(lower: str) -> bool:
    return lower in TRIGGERS or bool(_NUMERIC.match(lower)) or (
        len(lower) == 2 and lower[0] == "q" and lower[1] in "1234")


def _windows(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges around trigger words: the Matcher's cost grows with the tokens it sees,
    and most of an article has no time expression."""
    lower = doc.to_array("LOWER")  # numpy: no Token objects for the words we skip
    strings = doc.vocab.strings
    hits = []
    for h in numpy.unique(lower):
        key = int(h)
        flag = _trigger_cache.get(key)
        if flag is None:
            if len(_trigger_cache) > 500_000:  # bounded: a long batch sees many words
                _trigger_cache.clear()
            flag = _trigger_cache[key] = _is_trigger(strings[key])
        if flag:
            hits.append(key)
    windows: list[tuple[int, int]] = []
    for i in numpy.flatnonzero(numpy.isin(lower, hits)).tolist():
        start, end = max(0, i - _BEFORE), min(len(doc), i + _AFTER)
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], end)
        else:
            windows.append((start, end))
    return windows


def _trim(span: Span, words: bool = True) -> Span | None:
    """Without leading punctuation (and prepositions and hedges: ``words``) or trailing
    punctuation."""
    start, end = span.start, span.end
    while start < end and (span.doc[start].is_punct or words and (
            span.doc[start].lower_ in PREPOSITIONS
            or span.doc[start].lower_ in ("about", "around", "approximately", "roughly",
                                          "some"))):
        start += 1
    # "a two-year renovation", "the 100-day plan": TIMEX3 starts at the number
    if end - start > 2 and span.doc[start].lower_ in ("a", "an", "the") and (
            span.doc[start + 1].like_num and span.doc[start + 1].lower_ not in ("a", "an")
            and (span.doc[start].lower_ != "the" or span.doc[end - 2].text in "-–")):
        start += 1
    if end - start > 2 and span.doc[start].lower_ == "the" \
            and span.doc[start + 1].lower_.rstrip(".") in MONTHS:
        start += 1  # "the October 9 election": TIMEX3 starts at the month
    while end > start and span.doc[end - 1].is_punct:
        end -= 1
    return Span(span.doc, start, end, label=span.label) if end > start else None


def _plausible(span: Span) -> bool:
    """False for ages ("a 45-year-old", "21 years old"), names ("Theresa May") and counts."""
    doc = span.doc
    nxt = doc[span.end] if span.end < len(doc) else None
    after = doc[span.end + 1] if span.end + 1 < len(doc) else None
    if nxt is not None and (nxt.lower_ == "old" or (nxt.text in "-–" and after is not None
                                                    and after.lower_ in ("old", "olds"))):
        return False
    if span.start > 0 and doc[span.start - 1].lower_ in ("aged", "age", "ages"):
        return False
    first = span[0]
    if all(t.ent_type_ == "PERSON" for t in span) or (
            len(span) == 1 and nxt is not None and nxt.ent_type_ == "PERSON"
            and nxt.is_title and span.start > 0
            and doc[span.start - 1].lower_ not in PREPOSITIONS
            and doc[span.start - 1].pos_ in ("NOUN", "PROPN")):
        return False  # "council chairman Monday Kassah": a name
    if span[-1].lower_ == "second" and nxt is not None and nxt.pos_ in ("NOUN", "ADJ"):
        return False  # "entered a second week": the ordinal, not one second
    if re.fullmatch(r"\d{1,2}(st|nd|rd|th)", span[-1].lower_) and nxt is not None \
            and nxt.is_lower and nxt.is_alpha \
            and nxt.lower_ not in ("of", "and", "or", "to", "century", "centuries"):
        return False  # "for a 17th straight night": an ordinal, not the 17th of the month
    if len(span) == 1 and (first.lower_ in MONTHS or first.lower_ in SEASONS) \
            and span.start > 0:
        prev = doc[span.start - 1]
        # "Theresa May", "Arab Spring": a title-case word before a bare month or season
        if prev.is_title and not prev.is_sent_start and prev.lower_ not in PREPOSITIONS \
                and prev.lower_ not in ("early", "mid", "late", "last", "next", "this"):
            return False
    if len(span) == 1 and first.lower_ == "may" and (nxt is None or nxt.pos_ in ("VERB", "AUX")
                                                     or nxt.tag_ == "PRP"):
        return False  # the modal verb
    if len(span) == 1 and _looks_like_year(first.text):
        if first.ent_type_ in ("MONEY", "QUANTITY", "PERCENT", "CARDINAL") \
                and first.ent_type_ != "DATE":
            return False
        if nxt is not None and nxt.tag_ == "NNS":  # "2000 troops"
            return False
        if span.start > 0 and doc[span.start - 1].text in ("$", "€", "£", "#", "No.", "no."):
            return False
    return True


def _looks_like_year(text: str) -> bool:
    """Whether a token looks like a year on its own (as the YEAR pattern)."""
    return len(text) == 4 and text.isdigit() and text[:2] in ("16", "17", "18", "19", "20")


def with_preposition(span: Span) -> Span:
    """The record's extent: the TIMEX3 extent with the preposition before it ("on Friday")."""
    if span.start > 0 and span.doc[span.start - 1].lower_ in PREPOSITIONS:
        return span.doc[span.start - 1:span.end]
    return span


_FUTURE_WORDS = frozenset(("next", "coming", "upcoming", "tomorrow"))


def is_future(span: Span) -> bool:
    """Whether the verb the expression hangs on points forward ("will meet on Friday")."""
    if any(t.lower_ in _FUTURE_WORDS for t in span):
        return True
    doc = span.doc
    if doc.has_annotation("DEP"):
        verb = span.root
        for _ in range(4):
            if verb.pos_ in ("VERB", "AUX") or verb.head is verb:
                break
            verb = verb.head
        if _designates(span, verb):
            return True  # "declared Monday a non-working day": the day named is ahead
        verb = _reporting_verb(span, verb)
        while verb.dep_ in ("xcomp", "advcl", "prep") and verb.tag_ in ("VBG", "VBN") \
                and verb.head.i != verb.i:
            verb = verb.head  # "would follow starting Wednesday": the clause's own verb
        return _future_verb(verb) or _modal(span, verb) or _timetable(span, verb) or (
            verb.dep_ in ("xcomp", "ccomp", "advcl", "conj") and verb.tag_ == "VB"
            and _future_verb(verb.head))
    # No parse (hand-built Docs): a future auxiliary earlier in the same clause.
    window = doc[max(0, span.start - 8):span.start]
    return _future_words(t.lower_ for t in window)


def _reporting_verb(span: Span, verb: Token) -> Token:
    """The verb of saying that a time between it and its clause's subject belongs to: in
    "said on Wednesday she would not accept", the parser hangs the day on "accept", but a
    clause does not open before its own subject, so the day is when she said it."""
    head = verb.head
    if verb.dep_ != "ccomp" or head.i >= span.start or head.i == verb.i:
        return verb
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if subjects and span.end <= subjects[0].left_edge.i:
        return head
    return verb


# Reporting verbs in the present ("says") tell when something was said, not that it is ahead.
_SPEECH_LEMMAS = frozenset(("say", "tell", "add", "note", "claim", "report", "announce",
                            "insist", "argue", "write", "warn"))


# nouns of acts a date before them says were done, not planned ("the October 7 attacks")
_DONE_NOUNS = frozenset(("deal", "agreement", "accord", "ceasefire", "truce", "attack", "raid",
                         "strike", "bombing", "massacre", "coup", "killing", "shooting",
                         "invasion", "assault", "uprising", "ruling", "verdict", "decision",
                         "explosion", "blast", "earthquake", "crash", "arrest"))


def is_scheduled(span: Span) -> bool:
    """Whether a month (and day) written without a year names something ahead: it modifies
    a noun ("a June 18 runoff") or hangs on a present-tense verb ("takes office on Oct. 1",
    "is pencilled in for late April"). News drops the year only for dates of the current
    year, so such a date is the coming one, while "resumed on June 18" stays past."""
    doc = span.doc
    if not doc.has_annotation("DEP") or not any(t.lower_.rstrip(".") in MONTHS for t in span) \
            or any(_looks_like_year(t.text) for t in span):
        return False
    root = span.root
    if root.dep_ in ("nmod", "compound", "amod") and root.head.i >= span.end \
            and root.head.pos_ in ("NOUN", "PROPN"):
        # "faces a June 18 runoff" is ahead, but "confirmed him as winner of the October 9
        # election" (a verb in the past above the noun) is behind
        if root.head.lemma_.lower() in _DONE_NOUNS:
            return False  # "under the November 27 deal", "the October 7 attacks": made, past
        up = root.head
        for _ in range(5):
            if up.pos_ in ("VERB", "AUX") or up.head is up:
                break
            up = up.head
        return not (up.pos_ in ("VERB", "AUX") and up.tag_ == "VBD")
    verb = root
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX") or verb.head is verb:
            break
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_ in _SPEECH_LEMMAS:
        return False
    if verb.tag_ in ("VBZ", "VBP"):
        return True
    return verb.tag_ == "VBN" and any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP")
                                      and c.lemma_ == "be" for c in verb.children)


# Verbs that name a day as something ("declared Monday a holiday", "made Friday a day of
# mourning"): the day is the one ahead whatever the tense of the declaring.
_DESIGNATING = frozenset(("declare", "designate", "make", "name", "proclaim"))
# Modal auxiliaries that put the verb ahead of the telling: "sanctions would follow", "talks
# could resume" ("would have" looks back, so a perfect is left alone).
_MODALS = frozenset(("would", "could", "should", "can", "must", "'d"))
_COMMENT_LEMMAS = frozenset(("comment", "confirm", "disclose", "elaborate", "reach", "specify"))


def _designates(span: Span, verb) -> bool:
    if verb.lemma_ not in _DESIGNATING:
        return False
    root = span.root
    if root.head.i != verb.i or root.dep_ not in ("dobj", "npadvmod", "nsubj"):
        return False
    # the second object that says what the day becomes ("a non-working day", "a holiday")
    return any(c.dep_ in ("appos", "oprd", "attr") for c in root.children) or any(
        c.dep_ in ("npadvmod", "oprd", "attr", "dobj") and c.i > root.i
        for c in verb.children)


def _modal(span: Span, verb) -> bool:
    """A modal before the verb ("sanctions would follow", "talks could resume"): the weekday
    is ahead of the telling. (A bare present is not enough: headlines tell the past in it.)"""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(c.lower_ == "have" for c in aux) or not any(c.lower_ in _MODALS for c in aux):
        return False
    # "could not be reached Monday", "would not comment Friday": a refusal or failure on
    # that day, which is past; so is a speech act the modal only softens.
    negated = any(c.dep_ == "neg" for c in verb.children)
    return not negated and verb.lemma_ not in _SPEECH_LEMMAS | _COMMENT_LEMMAS


def _timetable(span: Span, verb) -> bool:
    """A weekday on a verb in the simple present, past the headline, is on the timetable:
    "the ceasefire expires on Sunday", "the summit opens on Monday" (a headline's present
    tells the past: "Troops pull back on Saturday"; "says", "is" tell nothing)."""
    # VBZ with its -s only: the tagger calls unknown past forms VBP ("it retook the town")
    if verb.tag_ != "VBZ" or not verb.lower_.endswith("s") or verb.lemma_ in _SPEECH_LEMMAS \
            or verb.lemma_ in ("be", "have") or not any(t.lower_ in WEEKDAYS for t in span):
        return False
    before = doc_text(span.doc)[:span.sent.start_char]
    return "\n" in before and bool(before.strip())  # not the first paragraph (headline)


def _future_verb(verb) -> bool:
    if verb.lemma_ in FUTURE_LEMMAS and verb.tag_ in ("VBN", "VBG") and any(
            c.lower_ in ("is", "are", "was", "were", "be", "'s", "'re") for c in verb.children):
        return True  # "is scheduled for Friday", "is expected on Friday"
    for child in verb.children:
        if child.dep_ in ("aux", "auxpass") and child.lower_ in FUTURE_AUX:
            return True
        if child.dep_ == "aux" and child.lower_ in ("would", "'d") and not any(
                c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children):
            return True  # reported future: "said talks would resume on Friday"
        if child.dep_ == "aux" and child.lower_ == "to" and verb.head is not verb and (
                verb.head.lemma_ in FUTURE_LEMMAS or verb.head.lemma_ in INTENT_LEMMAS
                or verb.head.lemma_ == "be"):
            return True  # "is to meet", "plans to visit", "is going to", "vowed to return"
    return False


def _future_words(words: Iterable[str]) -> bool:
    words = list(words)
    if any(w in FUTURE_AUX for w in words):
        return True
    return any(a in ("is", "are", "plans", "plan", "going", "expected", "scheduled", "due")
               and b == "to" for a, b in zip(words, words[1:]))

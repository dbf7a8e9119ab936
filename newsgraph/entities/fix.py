"""Corrections of the statistical NER's spans and labels, before mentions are grouped.

1. ``trim``: spans lose a leading "the", a trailing possessive, and titles or honorifics the
   NER swallowed into a person ("Gen. Mark Milley" -> "Mark Milley").
2. ``drop_title_words``: an ORG that is only title words ("Defense" in "U.S. Defense
   Secretary Lloyd Austin") is dropped.
3. ``dateline``: the dateline place (found by the cleaner, often missed by the NER) is a GPE.
4. ``lexicon``: wire agencies and well-known institutions are ORGs ("AP", "Reuters"); the
   agency credited after the dateline ("MOSCOW (Reuters) -") is no entity
   (``dateline_credit``).
5. ``country_compounds``: a country and an institution word make an ORG ("Ukraine military",
   "Ukraine's general staff").
6. ``ages``: "Name, 21," and "21-year-old Name" are ages; the number is no DATE.
7. ``places``: a name tagged PERSON or ORG that the gazetteer knows as a place becomes a GPE,
   unless the article uses it as part of a person's name or the context says organization;
   ``surnames``: the other way round, a one-word ORG/GPE/LOC that is the surname of a person
   named in the article is that person ("Scholz told the Bundestag"), unless it is a known
   place after a preposition of place.
8. ``titled_people``: a proper name after a title ("President Zelenskyy") or in apposition to
   one ("the prosecutor, Iryna Venediktova") is a PERSON even where the NER missed it.
9. ``kinds``: what a name's form says it is, whatever the NER said: a vessel ("INS Mysore")
   is no person or place; "<Name> People's Republic" is an organization (the name inside it is
   no person); international bodies ("EU", "NATO") are organizations, not places; a
   measurement unit ("3 min") or a bare suffix ("Sr.") is no name at all.

Each step takes and returns a list of ``Span`` (non-overlapping, ordered) so the result can be
written back to ``doc.ents`` for every later stage.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from ..doctext import doc_text, lower_texts, title_propns
from ..times.lexicon import MONTHS, WEEKDAYS
from . import geo
from .actors import group_name_starts, known_actor, known_group, name_key
from .lexicon import (
    FAMILY_FIRST,
    HONORIFICS,
    INSTITUTION_HEADS,
    INSTITUTIONS,
    INTERNATIONAL_BODIES,
    LOCATIVE_PREPOSITIONS,
    ORG_SUFFIXES,
    ROLE_NOUNS,
    SHIP_PREFIXES,
    STRONG_LOCATIVES,
    TITLE_ABBREVIATIONS,
    TITLE_HEADS,
    TITLE_MODIFIERS,
    UNIT_WORDS,
    VESSEL_NOUNS,
    WIRE_AGENCIES,
)
from .words import is_common_word

PLACE_LABELS = frozenset({"GPE", "LOC"})
# Letters after a name: "Simon Reeve KC", "Jane Roe MP" (not "Jr.", which is part of it).
POSTNOMINALS = frozenset({"KC", "QC", "SC", "MP", "MEP", "MSP", "MLA", "OBE", "MBE", "CBE",
                          "PhD", "MD"})
_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
_MAX_AGE = 120


@dataclass(slots=True)
class Fixed:
    """The corrected entity spans, with what the corrections learned on the way."""

    spans: list[Span]
    ages: dict[int, int] = field(default_factory=dict)  # person span start token -> age
    countries: dict[tuple[int, int], str] = field(default_factory=dict)  # span -> country


def is_title_word(text: str) -> bool:
    """True for words that make up titles ("Defense", "Minister", "Gen.")."""
    low = text.lower()
    return low in TITLE_HEADS or low in TITLE_MODIFIERS or low in TITLE_ABBREVIATIONS


def _overlaps(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def _replace(spans: list[Span], new: Span, *, keep: frozenset[str] = frozenset()) -> list[Span]:
    """``spans`` with ``new`` in, and the spans it overlaps out (unless one has a label in
    ``keep``: then ``new`` is not added)."""
    hit = [s for s in spans if _overlaps(s, new)]
    if any(s.label_ in keep for s in hit):
        return spans
    out = [s for s in spans if not _overlaps(s, new)] + [new]
    return sorted(out, key=lambda s: s.start)


_LEADING_WORDS = {"the", "some", "many", "several", "all", "most", "both", "each", "every"}
_CLOCK = re.compile(r"\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)(?:\s+[A-Z]{2,4})?", re.I)


def split_coordinated(doc: Doc, spans: list[Span]) -> list[Span]:
    """A place span the NER ran over a conjunction ("the Dominican Republic and Uruguay") is
    two places when each part is one and the whole is none; two spans joined by "and" that
    name one country together ("Trinidad and Tobago") are one."""
    out = []
    for s in spans:
        cut = [t.i for t in s if t.lower_ == "and" and s.start < t.i < s.end - 1]
        if s.label_ not in ("GPE", "LOC") or len(cut) != 1 or geo.country_code(s.text) \
                or geo.is_place(s.text, 0):
            out.append(s)
            continue
        parts = [(s.start, cut[0]), (cut[0] + 1, s.end)]
        parts = [(a + (doc[a].lower_ == "the"), b) for a, b in parts]
        if all(b > a and (geo.country_code(doc[a:b].text) or geo.is_place(doc[a:b].text))
               for a, b in parts):
            out += [Span(doc, a, b, label=s.label_) for a, b in parts]
        else:
            out.append(s)
    # and the other way: "Trinidad" + "and" + "Tobago" tagged apart are one country
    joined: list[Span] = []
    for s in out:
        prev = joined[-1] if joined else None
        if prev is not None and s.start == prev.end + 1 and doc[prev.end].lower_ == "and" \
                and geo.country_code(doc[prev.start:s.end].text):
            joined[-1] = Span(doc, prev.start, s.end, label="GPE")
        else:
            joined.append(s)
    return joined


# particles inside a person's name ("Ursula von der Leyen", "Ludwig van Beethoven")
_NAME_PARTICLES = frozenset({"von", "van", "der", "den", "de", "del", "della", "di", "da",
                             "dos", "du", "la", "le", "bin", "bint", "ibn", "al"})


def name_particles(doc: Doc, spans: list[Span]) -> list[Span]:
    """A person's span the NER cut at a particle ("Ursula von der" + "Leyen" as a place)
    runs on to the capitalised name after it."""
    out = list(spans)
    for s in spans:
        if s.label_ == "PERSON" and s.end + 1 < len(doc) and doc[s.end].text == "e" \
                and doc[s.end + 1].is_title and doc[s.end + 1].pos_ == "PROPN":
            end = s.end + 2  # "Ulisses Correia" + "e Silva": Portuguese names join with "e"
        elif s.label_ != "PERSON" or s[-1].lower_ not in _NAME_PARTICLES \
                or s.end >= len(doc) or not doc[s.end].is_title:
            continue
        else:
            end = s.end + 1
        grown = Span(doc, s.start, end, label="PERSON")
        out = [x for x in out if x is not s and not (x.start < end and s.start < x.end)]
        out.append(grown)
    return sorted(out, key=lambda x: x.start)


# the last word of an organization's name after a plural's apostrophe ("Workers' Party")
def trim(doc: Doc, spans: list[Span]) -> list[Span]:
    """Drop a leading determiner, a trailing possessive or punctuation, and leading titles or
    honorifics from PERSON spans."""
    out = []
    covered = {i for s in spans for i in range(s.start, s.end)}
    for s in _split_paragraphs(doc, spans):
        start, end = s.start, s.end
        while start < end and doc[start].lower_ in _LEADING_WORDS:
            start += 1  # "the", "Some State Board of Education"
        while end > start and (doc[end - 1].text in _POSSESSIVE or doc[end - 1].is_punct
                               and doc[end - 1].text not in (".", ")")
                               or doc[end - 1].lower_ in ("of", "and", "&", "for", "in")):
            end -= 1  # "News & Observer of" (the NER stopped before the place)
        if end - start > 3 and doc[end - 2].text in ("-", "\u2013") \
                and doc[end - 1].is_digit and doc[end - 3].is_digit:
            end -= 3  # "Man City 2-0": the score is not part of the name
        if _CLOCK.fullmatch(doc[start:end].text.strip()):
            continue  # "11:11pm PDT": a time, not a name
        if s.label_ == "ORG" and end == s.end and end + 1 < len(doc) \
                and doc[end].text in ("'", "’") and doc[end - 1].text.endswith("s") \
                and doc[end + 1].is_title and doc[end + 1].lower_ in _ORG_HEADS:
            end += 2  # "Kurdistan Workers' Party": the plural's apostrophe is inside
        while end > start and doc[end - 1].is_space:
            end -= 1
        comma = next((j for j in range(start + 1, end - 1) if doc[j].text == ","), None)
        if s.label_ == "ORG" and comma is not None and geo.is_place(doc[start:comma].text) \
                and doc[comma + 1].text[:1].isupper():
            # "In Abuja, ECOWAS Commission President ...": a place, then the body's name
            out.append(Span(doc, start, comma, label="GPE"))
            start = comma + 1
        if s.label_ == "PERSON":
            while end - start > 1 and (is_title_word(doc[start].text)
                                       or doc[start].lower_ in HONORIFICS):
                start += 1
            if end - start > 2 and geo.country_of_demonym(doc[start].text) \
                    and not geo.country_code(doc[start].text):
                # "Kenyan Nicholas Mutai Rotich": a nationality before the name is no part of it
                out.append(Span(doc, start, start + 1, label="NORP"))
                start += 1
            elif start > 0 and start - 1 not in covered and doc[start - 1].is_title \
                    and geo.country_of_demonym(doc[start - 1].text) \
                    and not geo.country_code(doc[start - 1].text):
                out.append(Span(doc, start - 1, start, label="NORP"))  # the NER left it out
            if start > 0 and doc[start - 1].lower_ in ("to", "of"):
                # "Ambassador to Sri Lanka Qi Zhenhong": the post's country is no name part
                k = next((k for k in range(end - 2, start, -1)
                          if geo.country_code(doc[start:k].text)), None)
                if k is not None:
                    out.append(Span(doc, start, k, label="GPE"))
                    start = k
            # "Simon Reeve KC": letters after a name are a title (read by the entity stage)
            while end - start > 1 and doc[end - 1].text in POSTNOMINALS:
                end -= 1
        if start < end:
            out.append(s if (start, end) == (s.start, s.end) else
                       Span(doc, start, end, label=s.label_))
    return out


def _split_paragraphs(doc: Doc, spans: list[Span]) -> list[Span]:
    """A name never runs across a line break: "Kyiv\n\nBERLIN" is two spans."""
    out = []
    for s in spans:
        breaks = [t.i for t in s if t.is_space and "\n" in t.text]
        if not breaks:
            out.append(s)
            continue
        start = s.start
        for b in breaks + [s.end]:
            if b > start:
                out.append(Span(doc, start, b, label=s.label_))
            start = b + 1
    return out


def drop_title_words(doc: Doc, spans: list[Span]) -> list[Span]:
    """Drop ORG spans made only of title words and followed by a title head
    ("Defense" in "Defense Secretary") or ending one ("State" in "Secretary of State")."""
    out = []
    for s in spans:
        if (s.label_ == "ORG" and all(is_title_word(t.text) for t in s)
                and s.end < len(doc) and doc[s.end].lower_ in TITLE_HEADS):
            continue
        # "the army, Lieutenant General Dennis Alibuzwi": a rank, its name right after it
        if (s.label_ in ("ORG", "PERSON") and all(is_title_word(t.text) for t in s)
                and s[-1].lower_ in TITLE_HEADS and s.end < len(doc) and doc[s.end].is_title
                and doc[s.end].pos_ == "PROPN"):
            continue
        # "State" in "Secretary of State Brad Raffensperger": the end of a title
        if (s.label_ == "ORG" and all(is_title_word(t.text) for t in s) and s.start > 1
                and doc[s.start - 1].lower_ == "of" and doc[s.start - 2].lower_ in TITLE_HEADS
                and (doc[s.start - 2].is_title or doc[s.start - 2].is_upper)):
            continue
        out.append(s)
    return out


def people_in_orgs(doc: Doc, spans: list[Span]) -> list[Span]:
    """A person's name the tagger took for an organization's: a well-known political actor
    ("Bidzina Ivanishvili", "Aung San Suu Kyi" tagged ORG), a name after a rank or title
    ("Major General Sylvain Ekenge"), or one glued to the body it serves ("Foreign Ministry
    Mohammed Al-Khulaifi"): the name becomes a person's span."""
    out = []
    for s in spans:
        if s.label_ not in ("ORG", "NORP", "FAC") or len(s) < 2:
            out.append(s)
            continue
        heads = [t.i for t in s if _org_head(t)]
        if heads:
            # the name after the body's head word: "Foreign Ministry Mohammed Al-Khulaifi"
            last_head = heads[-1]
            tail = doc[last_head + 1:s.end]
            if len(tail) >= 2 and all(t.pos_ == "PROPN" and t.text[:1].isupper()
                                      for t in tail if t.text != "-") \
                    and known_group(tail.text) is None and not geo.is_place(tail.text, 1000):
                out.append(Span(doc, s.start, last_head + 1, label=s.label_))
                out.append(Span(doc, tail.start, tail.end, label="PERSON"))
                continue
            out.append(s)
            continue
        start = s.start
        while start < s.end and is_title_word(doc[start].text):
            start += 1
        name = doc[start:s.end]
        if start > s.start and doc[start - 1].lower_ in TITLE_HEADS and len(name) >= 2 \
                and all(t.pos_ == "PROPN" for t in name):
            out.append(Span(doc, start, s.end, label="PERSON"))  # "Major General X Y"
        elif start == s.start and known_actor(s.text, surname=False) is not None \
                and known_group(s.text) is None:
            out.append(Span(doc, s.start, s.end, label="PERSON"))  # "Bidzina Ivanishvili"
        else:
            out.append(s)
    return out


def dateline(doc: Doc, spans: list[Span], start: int | None, end: int | None) -> list[Span]:
    """Make the dateline place a GPE (``start``/``end``: its character offsets)."""
    if start is None or end is None:
        return spans
    whole = doc.char_span(start, end, alignment_mode="expand")
    if whole is None:
        return spans
    # "CUPERTINO, California": a place and the region or country it lies in
    parts, part_start = [], whole.start
    for t in list(whole) + [None]:
        if t is None or t.text == ",":
            stop = t.i if t is not None else whole.end
            if stop > part_start:
                parts.append(Span(doc, part_start, stop, label="GPE"))
            part_start = stop + 1
    for span in parts:
        if not any(s.start == span.start and s.end == span.end and s.label_ in PLACE_LABELS
                   for s in spans):
            spans = _replace(spans, span)
    return spans


def dateline_credit(doc: Doc, spans: list[Span], end: int | None) -> list[Span]:
    """Drop the agency credited in brackets right after the dateline ("CARACAS, Jan 10
    (Reuters) -"): a credit of the copy (``record.credits``), not something in the story."""
    if end is None:
        return spans
    return [s for s in spans if not (
        s.text in WIRE_AGENCIES and 0 <= s.start_char - end < 40 and s.start > 0
        and doc[s.start - 1].text == "(")]


def lexicon(doc: Doc, spans: list[Span], matches: list[tuple[int, int]]) -> list[Span]:
    """Make the wire agencies and institutions found by the stage's matcher ORG spans
    (a larger ORG around one is kept)."""
    for start, end in matches:
        text = doc[start:end].text
        if text.isupper() and len(text) <= 3:
            # Short capitals ("AP", "CP") are agencies only as a credit, not inside a
            # capitalized headline or an abbreviation run ("AP EXCLUSIVE", "AP-NORC").
            nxt = doc[end].text if end < len(doc) else ""
            if nxt in ("-", "–") and end + 1 < len(doc) and doc[end + 1].is_alpha:
                continue
        new = Span(doc, start, end, label="ORG")
        if any(s.label_ == "ORG" and s.start <= start and s.end >= end for s in spans):
            continue
        # a longer person's name around it stays ("Pentagon" in no name, but a name may hold
        # a word of the table); the same span tagged a person is the organization ("Twitter")
        spans = [s for s in spans if (s.start, s.end) != (start, end)]
        spans = _replace(spans, new, keep=frozenset({"PERSON"}))
    return spans


def _institution_end(doc: Doc, i: int) -> int | None:
    """End token of an institution head starting at ``i`` ("general staff"), else None."""
    best = None
    for words in INSTITUTION_HEADS:
        j = i + len(words)
        if j <= len(doc) and all(doc[i + k].lower_ == w for k, w in enumerate(words)):
            if best is None or j > best:
                best = j
    if best is not None and best < len(doc) - 1 and doc[best].lower_ == "of" \
            and doc[i].lower_ == "ministry" and is_title_word(doc[best + 1].text):
        best += 2  # "ministry of defense"
        # the rest of the portfolio: "of Foreign Affairs", "of Agriculture and Rural Development"
        while best < len(doc) and best - i < 10 and (
                doc[best].is_title and doc[best].pos_ in ("PROPN", "NOUN", "ADJ")
                or doc[best].lower_ == "and" and best + 1 < len(doc) and doc[best + 1].is_title):
            best += 1
    return best


def country_compounds(doc: Doc, fixed: Fixed) -> None:
    """A country (or a nationality word) followed by an institution word is an ORG of that
    country: "Ukraine military", "Ukraine's general staff", "the Russian military"."""
    for s in list(fixed.spans):
        if s.label_ not in ("GPE", "NORP"):
            continue
        if s.label_ == "GPE":
            code = geo.country_code(s.text)
        else:
            code = geo.country_of_demonym(s.text)
        if code is None:
            continue
        i = s.end
        if s.label_ == "GPE" and i < len(doc) and doc[i].text in _POSSESSIVE:
            i += 1
        end = _institution_end(doc, i) if i < len(doc) else None
        if end is None:
            continue
        head = doc[i:end]
        if s.label_ == "NORP" and head[-1].lower_ in ("forces", "prosecutors", "police"):
            continue  # "Russian forces" is a group of people, not one organization
        new = Span(doc, s.start, end, label="ORG")
        before = fixed.spans
        fixed.spans = _replace(fixed.spans, new, keep=frozenset({"PERSON"}))
        if fixed.spans is not before:
            fixed.countries[(new.start, new.end)] = code


def _age(token_text: str) -> int | None:
    if not token_text.isdigit():
        return None
    n = int(token_text)
    return n if 0 < n <= _MAX_AGE else None


def ages(doc: Doc, fixed: Fixed) -> None:
    """Find ages beside people ("Name, 21," / "Name (21)" / "21-year-old Name") and drop
    the DATE or CARDINAL spans the NER put on them."""
    age_tokens: list[int] = []
    for s in fixed.spans:
        if s.label_ != "PERSON":
            continue
        i = s.end
        if i + 1 < len(doc) and doc[i].text in (",", "(") and (age := _age(doc[i + 1].text)):
            after = doc[i + 2] if i + 2 < len(doc) else None
            # "Name, 21, appeared": a verb may follow the age, as may punctuation
            if after is None or after.is_punct or after.lower_ in ("and", "of", "from", "who") \
                    or (after.pos_ in ("VERB", "AUX") and after.is_lower):
                fixed.ages[s.start] = age
                age_tokens.append(i + 1)
                continue
        # "Name, a 34-year-old mother of four": the age in an indefinite appositive
        j = i + 2
        if i < len(doc) and doc[i].text == "," and j + 4 < len(doc) \
                and doc[i + 1].lower_ in ("a", "an") and doc[j + 1].text == "-" \
                and doc[j + 2].lower_ == "year" and doc[j + 3].text == "-" \
                and doc[j + 4].lower_ == "old" and (age := _age(doc[j].text)):
            fixed.ages[s.start] = age
            age_tokens.extend(range(j, j + 5))
            continue
        # "21-year-old Name", allowing up to two words between ("21-year-old soldier Name")
        for j in range(max(0, s.start - 7), s.start - 4):
            if (doc[j + 1].text == "-" and doc[j + 2].lower_ == "year"
                    and doc[j + 3].text == "-" and doc[j + 4].lower_ == "old"
                    and (age := _age(doc[j].text))):
                fixed.ages[s.start] = age
                age_tokens.extend(range(j, j + 5))
                break
    if age_tokens:
        fixed.spans = [s for s in fixed.spans
                       if not any(s.start <= t < s.end for t in age_tokens)
                       or s.label_ == "PERSON"]


def _name_words(spans: list[Span]) -> dict[str, set[str]]:
    """Every word of every multi-word PERSON name in the article -> the names holding it."""
    words: dict[str, set[str]] = {}
    for s in spans:
        if s.label_ == "PERSON" and len(s) > 1:
            for t in s:
                words.setdefault(t.text, set()).add(s.text)
    return words


def _in_other_name(s: Span, person_words: dict[str, set[str]]) -> bool:
    """Whether a word of ``s`` is part of another person's name ("Wad Madani" tagged a person
    is not evidence against itself being a place)."""
    return any(person_words.get(t.text, set()) - {s.text} for t in s)


def places(doc: Doc, spans: list[Span]) -> list[Span]:
    """Relabel as GPE the PERSON and ORG spans that name a known place, unless the name is
    part of a person's name in the article, follows a title or honorific, or the context
    says organization. An ORG needs more evidence than a PERSON (many companies share a
    city's name): the same name used as a place elsewhere, a country, region, capital or
    city of a million, or a preposition of movement; a PERSON, a preposition of place.
    The other way round, a name the NER calls a person more often than a place is a person
    wherever no preposition of place comes before it ("Page said", "Page's site")."""
    person_words = _name_words(spans)
    votes: dict[str, Counter[str]] = {}
    for s in spans:
        label = "GPE" if s.label_ in PLACE_LABELS else s.label_
        votes.setdefault(s.text, Counter())[label] += 1
    # the NER's majority label for each name: one name, one kind of thing per article
    place_texts = {t for t, c in votes.items() if c["GPE"] > max(c["PERSON"], c["ORG"])
                   or (c["GPE"] and c["GPE"] == c["PERSON"] and geo.is_place(t))}
    # a name written after "in", "near" ... anywhere in the article is a place everywhere:
    # "Israel strikes Rafah" (tagged a person twice in the headline) is the "in Rafah" of the lede
    after = _after_locatives(doc)
    located_texts = {s.text for s in spans if s.label_ in (*PLACE_LABELS, "PERSON", "ORG")
                     and (_after_locative(doc, s) or s.label_ == "PERSON" and s.text in after)
                     and geo.is_place(s.text)}
    place_texts |= {t for t in located_texts if votes[t]["ORG"] == 0}
    person_texts = {t for t, c in votes.items() if c["PERSON"] > c["GPE"]} - located_texts
    # "Cork, Ireland", "Austin, Texas": a name followed by a country or large region
    located = {s.start - 2 for s in spans if s.label_ == "GPE" and s.start >= 2
               and doc[s.start - 1].text == "," and geo.is_major_place(s.text)}
    # a mention that reads as a place ("has besieged El Fasher", "the Kharkiv region") makes
    # the name a place in its other mentions too ("on the edge of El Fasher", tagged ORG)
    looks = {s.start: _looks_like_place(doc, s, person_words, place_texts)
             for s in spans if s.label_ in ("PERSON", "ORG", "FAC")}
    more = {s.text for s in spans if looks.get(s.start)} - place_texts
    place_texts |= more
    out = []
    for s in spans:
        if s.label_ in ("PERSON", "ORG", "FAC") and (
                looks[s.start] or s.text in more
                and _looks_like_place(doc, s, person_words, place_texts)
                or (s.end - 1 in located and geo.is_place(s.text)
                    and not _in_other_name(s, person_words))):
            s = Span(doc, s.start, s.end, label="GPE")
        elif s.label_ in PLACE_LABELS and s.text in person_texts and not _after_locative(doc, s):
            s = Span(doc, s.start, s.end, label="PERSON")
        elif s.label_ == "ORG" and len(s) > 1 and votes[s.text]["PERSON"] > votes[s.text]["ORG"]:
            s = Span(doc, s.start, s.end, label="PERSON")  # "Bettie Page" called ORG once
        out.append(s)
    return out


# verbs whose object is ground: a known place name after them is the place
_GROUND_VERBS = frozenset({"retake", "capture", "recapture", "seize", "storm", "besiege",
                           "encircle", "liberate", "overrun", "evacuate", "shell", "bomb",
                           "flee", "enter"})
# Prepositions that take places but hardly people ("to Page" and "of Page" take both).
_PLACE_ONLY = frozenset({"in", "near", "outside", "inside", "across", "around", "into",
                         "through", "toward", "towards"})


def _after_locative(doc: Doc, s: Span) -> bool:
    return s.start > 0 and doc[s.start - 1].lower_ in _PLACE_ONLY


def _after_locatives(doc: Doc) -> set[str]:
    """The texts of the one to four capitalized words after each "in", "near" ... of the Doc
    (tagged or not; one pass, where a regex over the text per name cost 8% of the pipeline)."""
    out = set()
    for i in range(1, len(doc)):
        if doc[i - 1].lower_ in _PLACE_ONLY and doc[i].is_title:
            out.update(doc[i:i + n].text for n in range(1, 5) if i + n <= len(doc))
    return out


# what a place has that an organization has not ("the Chaman crossing"), and who live there
_PLACE_PARTS = frozenset({"crossing", "sector", "outskirts", "suburbs"})
_INHABITANTS = frozenset({"resident", "inhabitant", "villager", "townspeople", "townsfolk"})
# what a place of any size is called before its name ("the port of Lampedusa", "the town of
# X"; and the compass: "south of X")
_PLACE_NOUNS = frozenset({"town", "village", "city", "port", "island", "district", "province",
                          "municipality", "commune", "suburb", "settlement", "hamlet"})


def _named_a_place(doc: Doc, s: Span) -> bool:
    """"the port of Lampedusa", "the towns of X and Y", "south of X", "a shipwreck off X":
    the words before a name call it a place, however small."""
    k = s.start - 1
    if k >= 1 and doc[k].lower_ == "and" and doc[k - 1].pos_ == "PROPN":
        k = doc[k - 1].left_edge.i - 1  # the second of two: "the towns of X and Y"
    if k < 0 or doc[k].lower_ not in ("of", "off"):
        return False
    return doc[k].lower_ == "off" and doc[k].dep_ == "prep" \
        or k >= 1 and (doc[k - 1].lemma_.lower() in _PLACE_NOUNS
                       or doc[k - 1].lower_ in _COMPASS)


def _looks_like_place(doc: Doc, s: Span, person_words: dict[str, set[str]],
                      place_texts: set[str]) -> bool:
    text = s.text
    if text in INSTITUTIONS or text in WIRE_AGENCIES or known_group(text) is not None \
            or _in_other_name(s, person_words):
        return False  # ("Hamas" is also another name of Hamm, a German town)
    if _named_a_place(doc, s):
        return geo.is_place(text, 1000)
    if not geo.is_place(text):
        return False
    prev = doc[s.start - 1] if s.start > 0 else None
    nxt = doc[s.end] if s.end < len(doc) else None
    if prev is not None and (is_title_word(prev.text) or prev.lower_ in HONORIFICS):
        return False
    if nxt is not None and nxt.lower_ in ORG_SUFFIXES:
        return False
    if text.isupper() and len(text) <= 4 and not geo.country_code(text):
        return False  # "THR", "KO": abbreviations collide with place codes and tiny places
    if len(s) == 1 and is_common_word(text) and not geo.is_major_place(text):
        return False  # "Dad jokes": a word that some place also goes by
    if text in place_texts or geo.is_major_place(text):
        return True
    if nxt is not None and (nxt.lower_ in geo.REGION_WORDS or nxt.lower_ in _PLACE_PARTS):
        return True  # "the Kharkiv region", "the Chaman crossing", "the Chaman sector"
    if prev is not None and prev.lower_ == "of" and s.start >= 2 \
            and doc[s.start - 2].lemma_.lower() in _INHABITANTS:
        return True  # "residents of Chaman": people live in places
    if s.root.dep_ == "dobj" and s.root.head.lemma_.lower() in _GROUND_VERBS:
        return True  # "the army retook Sennar": ground is taken, not people
    locative = STRONG_LOCATIVES if s.label_ == "ORG" else LOCATIVE_PREPOSITIONS
    # Names of people and small places collide ("Bush", "Page", "Lyons"): a mid-sized place
    # needs a preposition of place before it.
    return prev is not None and prev.lower_ in locative and geo.is_place(text, 100000)


def surnames(doc: Doc, spans: list[Span]) -> list[Span]:
    """Relabel as PERSON the one-word ORG/GPE/LOC/FAC spans that repeat the surname of a
    person named in full in the article (the first word of a name written family name first,
    "Wang" of "Wang Yi"), or that a dictionary of well-known actors lists alone ("Putin")."""
    last_names = {_last_word(s) for s in spans if s.label_ == "PERSON" and len(s) > 1}
    last_names |= {s[0].text for s in spans if s.label_ == "PERSON" and len(s) == 2
                   and s[0].text in FAMILY_FIRST}
    # a one-word name after a title or honorific ("Sheikh Hasina", "ousted prime minister
    # Hasina") names a person; the NER calls its bare repeats a town ("Hasina, 77, fled")
    last_names |= {s.text for s in spans if s.label_ == "PERSON" and len(s) == 1
                   and s.start > 0 and (is_title_word(doc[s.start - 1].text)
                                        or doc[s.start - 1].lower_ in HONORIFICS)
                   and not geo.is_place(s.text, 100000)}
    # a first name alone ("Yehia" after "Yehia Hammad"), unless it is a sizeable place
    first_names = {s[0].text for s in spans if s.label_ == "PERSON" and len(s) >= 2
                   and s[0].is_title and s[0].is_alpha}
    out = []
    for s in spans:
        if (len(s) == 1 and s.label_ in ("GPE", "LOC", "ORG") and s.text in first_names
                and s.text not in INSTITUTIONS and s.text not in WIRE_AGENCIES
                and s.text not in last_names and not geo.country_code(s.text)
                and not geo.is_place(s.text, 100000)):
            out.append(Span(doc, s.start, s.end, label="PERSON"))
            continue
        if ((len(s) == 1 or _hyphenated_surname(s))
                and s.label_ in ("ORG", "GPE", "LOC", "FAC", "NORP")
                and (s.text in last_names or _known_person(s))
                and not geo.country_code(s.text) and not geo.country_of_demonym(s.text)):
            prev = doc[s.start - 1] if s.start > 0 else None
            if not (prev is not None and prev.lower_ in LOCATIVE_PREPOSITIONS
                    and geo.is_place(s.text)):
                s = Span(doc, s.start, s.end, label="PERSON")
        out.append(s)
    return out


# generational suffixes, no part of the name a person is called by (coref uses them too)
NAME_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})


def _last_word(s: Span) -> str:
    """The span's last word, a hyphenated one whole ("Fils-Aimé" of "Alix Didier Fils-Aimé"),
    before a generational suffix ("Marcos" of "Ferdinand Marcos Jr.")."""
    while len(s) > 2 and s[-1].lower_ in NAME_SUFFIXES:
        s = s[:-1]
    k = len(s) - 1
    while k > 0 and not s[k - 1].whitespace_:
        k -= 1
    return s[k:].text


def _known_person(s: Span) -> bool:
    """A one-word ORG, or a place no bigger than a town, that the actor dictionary lists alone
    as a person ("Putin", "Obama")."""
    if not s.text[:1].isupper() or (s.label_ == "ORG" and geo.is_place(s.text)) or (
            s.label_ in PLACE_LABELS and geo.is_place(s.text, 100000)):
        return False  # a town of its own name is a place ("Obama" the person, not the town)
    actor = known_actor(s.text, surname=False)
    return actor is not None and actor.role != "IGO"


_PEOPLES_REPUBLIC = ("people", "'s", "republic")


# Nouns a person's name modifies ("the Obama administration", "the Kennedy family").
_PERSON_NOUNS = frozenset({"administration", "government", "family", "campaign", "era",
                           "presidency", "cabinet", "team", "camp", "estate", "foundation",
                           "doctrine", "years", "case", "trial", "verdict", "murder", "killing"})
# Street and venue words that end a name taggers take for a person's ("Dubonet Drive").
_STREET_HEADS = frozenset({"Drive", "Street", "Avenue", "Road", "Lane", "Boulevard", "Way",
                           "Square", "Plaza", "Court", "Place", "Terrace", "Crescent"})
# Words that make no name alone, whatever their capital letter ("Saint", "League").
_NOT_NAMES = (TITLE_HEADS | ROLE_NOUNS) - {"king", "queen", "pope"} | frozenset({
    "saint", "st", "league", "umm", "uh", "oh", "engr", "lordship", "ladyship", "arts",
    "education", "culture", "health", "sports"})
_CUT_MARKS = frozenset({"/", "(", "|", "'", "‘"})


def _cut_at_punctuation(s: Span) -> int | None:
    """End token of a name cut before a slash, an open bracket or a stray quote inside it
    ("Joris van Gennip / HH", "Degree(Optometry", "Mohamed 'Beebo"); None when clean."""
    for t in s[1:]:
        if t.text in ("'", "’") and t.i > s.start and t.nbor(-1).text.endswith("s") \
                and t.i + 1 < s.end and t.nbor(1).lower_ in _ORG_HEADS:
            continue  # "Kurdistan Workers' Party": a plural's apostrophe
        if t.text in _CUT_MARKS or (t.text == "-" and t.whitespace_):
            return t.i
    return None


# Lower-case words that belong inside personal names ("Ursula von der Leyen", "bin Salman").
_NAME_PARTICLES = frozenset("von van der den de da di du la le bin ibn al el dos das del ter "
                            "ten y e".split())


def _lowercase_inside(s: Span) -> int | None:
    """Token index just after the last ordinary lower-case word inside a PERSON span ("Jays
    fan Ray Payette"), or None when every word is a name word or a particle."""
    cut = None
    for t in s:
        if t.is_alpha and t.is_lower and t.lower_ not in _NAME_PARTICLES \
                and not _hyphenated_syllable(t):
            cut = t.i + 1
    return cut


def _hyphenated_syllable(t) -> bool:
    """The second syllable of a hyphenated given name ("Kim Yo-jong", "Lai Ching-te"): a
    lower-case word glued by a hyphen to a capitalised one."""
    if t.i < 2 or t.i - 2 < t.sent.start:
        return False
    hyphen, first = t.nbor(-1), t.nbor(-2)
    return hyphen.text == "-" and not hyphen.whitespace_ and not first.whitespace_ \
        and first.text[:1].isupper() and first.is_alpha


# Words that name a storm before its given name ("Hurricane Maria", "Typhoon Haiyan").
_STORMS = frozenset({"hurricane", "typhoon", "cyclone", "storm", "tropical"})
# Endings of one-word company names that no personal name has.
_ORG_ENDINGS = ("bank", "group", "corp", "soft", "tech", "telecom", "holding")


# words for a kind of landform or water, no place alone ("Sea", "River"; "the Gulf" is one)
_FEATURE_WORDS = frozenset({"sea", "ocean", "river", "lake", "strait", "bay", "valley",
                            "desert", "coast", "mountain", "mountains", "island", "islands",
                            "peninsula", "canal", "channel", "plateau", "delta", "basin"})


# common nouns for an organization, whose name may follow them ("rights group Foro Penal")
_ORG_NOUNS = frozenset({"group", "organisation", "organization", "party", "movement", "agency",
                        "company", "firm", "network", "coalition", "alliance", "union",
                        "charity", "watchdog", "monitor", "broadcaster", "newspaper",
                        "outlet", "militia", "faction", "bloc", "ngo", "association",
                        "gang", "cartel"})
# what businesses are called in apposition ("Exor, the Agnelli family holding company")
_BUSINESS_NOUNS = frozenset({"bank", "lender", "insurer", "carmaker", "automaker", "brokerage",
                             "broker", "conglomerate", "retailer", "manufacturer", "airline",
                             "startup", "consultancy", "operator", "producer", "miner",
                             "exchange", "fund", "investor", "subsidiary", "developer"})
# the endings of nouns of those who do a trade ("machinist", "cashier", "electrician")
_TRADE_ENDINGS = ("ist", "ier", "ian", "smith", "wright")
# a pollster's product: "an LSEG poll", "a Gallup survey"
_SURVEYS = frozenset({"poll", "survey"})
# roles held at a firm or institute: "an analyst at Equita", "an economist at Capital
# Economics"
_DESK_ROLES = frozenset({"analyst", "economist", "strategist", "researcher", "trader",
                         "fellow", "partner", "banker"})
# the organization nouns a name stands beside ("the Chadema party", "union ADEDY"; not
# "monitor", which heads people's roles too: "election monitors")
_NAMING_ORG_NOUNS = _ORG_NOUNS - {"monitor"}
# words that introduce an organization's short name ("known by its French initials UGTT")
ACRONYM_CUES = frozenset({"initials", "acronym", "abbreviation"})


# the last word of a sports club named after its town, where the whole is no town itself
# ("Manchester City", "Newcastle United"; "Mexico City" stays a city)
_CLUB_HEADS = frozenset({"City", "United", "Rovers", "Wanderers", "Athletic", "Albion",
                         "Hotspur", "FC", "County"})


# nouns a named exercise, operation or meeting is followed by ("the Freedom Shield exercise")
_NAMED_EVENT_NOUNS = frozenset({"exercise", "exercises", "drill", "drills", "operation",
                                "offensive", "summit", "festival", "games", "tournament"})
_BEFORE_EVENT_NOUN = re.compile(
    rf"([A-Z][\w'-]*(?: [A-Z][\w'-]*){{0,3}}) (?:{'|'.join(sorted(_NAMED_EVENT_NOUNS))})\b")


def _exercise_names(doc: Doc) -> set[str]:
    """The capitalized words before an exercise or operation noun anywhere in the Doc ("the
    Iron Mace exercise"), and their tails ("The Iron Mace" -> "Iron Mace", "Mace")."""
    out = set()
    for m in _BEFORE_EVENT_NOUN.finditer(doc_text(doc)):
        words = m.group(1).split()
        out.update(" ".join(words[i:]) for i in range(len(words)))
    return out


_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")


def _plural_subject(s: Span) -> bool:
    """A one-word town that is the subject of a plural verb ("Liverpool have gained
    popularity", "Barcelona are top"): a club or team, as British usage writes it."""
    root = s.root
    if root.dep_ != "nsubj" or root.tag_ in ("NNS", "NNPS"):
        return False
    verb = root.head
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i > root.i]
    first = aux[0] if aux else verb
    # the verb right after the name ("Kinshasa, the UN and Western countries accuse" is plural
    # by its list)
    return first.i - root.i <= 2 and (first.tag_ == "VBP" or first.lower_ == "were")


def kinds(doc: Doc, spans: list[Span]) -> list[Span]:
    """What a name's form says it is (step 9 of the module docstring)."""
    out: list[Span] = []
    lower_words = lower_texts(doc)
    exercises = _exercise_names(doc)
    full_name_words = {t.text for x in spans if x.label_ == "PERSON" and len(x) > 1 for t in x}
    clubs: set[str] = set()
    for s in spans:
        prev = doc[s.start - 1] if s.start > 0 else None
        text = s.text.removeprefix("the ").removeprefix("The ")
        if s.label_ in PLACE_LABELS and len(s) == 1 and s.text.istitle() \
                and s.text.lower() in _COMPASS:
            continue  # "the North" (a country named by its half): no town called North
        nxt = doc[s.end] if s.end < len(doc) else None
        if s.label_ in ("DATE", "TIME") and all(t.is_title and t.is_alpha for t in s) \
                and _names_a_region(doc, s.start, s.end):
            out.append(Span(doc, s.start, s.end, label="GPE"))  # "the Amhara region" as DATE
            continue
        if s.label_ not in ("DATE", "TIME") and 2 <= len(s) <= 3 \
                and s[0].lower_ in MONTHS and all(t.like_num for t in s[1:]):
            out.append(Span(doc, s.start, s.end, label="DATE"))  # a dateline's "Nov 2" as ORG
            continue
        if len(s) > 1 and s[0].text == "Operation" or prev is not None and prev.text == "Operation":
            start = s.start if s[0].text == "Operation" else s.start - 1
            out.append(Span(doc, start, s.end, label="EVENT"))  # "Operation Lafiya Dole"
            continue
        if _ORDINAL.fullmatch(s[0].text) and nxt is not None and nxt.is_lower \
                and nxt.pos_ == "NOUN" and s.label_ in ("ORG", "PERSON", "GPE", "NORP"):
            continue  # "the 57th Independence anniversary": an occasion, not a name
        if s.label_ == "GPE" and len(s) == 1 and _plural_subject(s) \
                and not geo.country_code(s.text):
            clubs.add(s.text)
            out.append(Span(doc, s.start, s.end, label="ORG"))  # "Liverpool have gained ..."
            continue
        if s.label_ in ("ORG", "PERSON") and len(s) == 1 and is_common_word(s.text) \
                and not s.text.isupper() and nxt is not None and nxt.text == "," \
                and s.end + 1 < len(doc) and doc[s.end + 1].is_lower \
                and doc[s.end + 1].pos_ == "NOUN":
            continue  # "disciplines such as Medicine, engineering, pharmacy": a common noun
        if s.label_ in ("ORG", "PERSON", "GPE", "LOC") and len(s) == 1 \
                and s.start == s.sent.start and doc[s.start].pos_ in ("ADJ", "ADV") \
                and is_common_word(s.text) and not s.text.isupper() \
                and not geo.country_of_demonym(s.text) and nxt is not None and nxt.is_lower:
            continue  # "Fierce fighting has broken out": a sentence's first word, no name
        if doc[s.start].text in SHIP_PREFIXES and len(s) > 1:
            s = Span(doc, s.start, s.end, label="PRODUCT")  # "INS Mysore"
        elif prev is not None and prev.text in SHIP_PREFIXES and prev.is_upper:
            s = Span(doc, s.start - 1, s.end, label="PRODUCT")  # the NER left "MV" out
        elif s.label_ in ("PERSON", "GPE", "ORG") and prev is not None and prev.is_lower \
                and prev.lower_ in VESSEL_NOUNS:
            s = Span(doc, s.start, s.end, label="PRODUCT")  # "its vessel Teresa Magbanua"
        elif doc[s.start].lower_ in _STORMS and len(s) > 1 or (
                prev is not None and prev.lower_ in _STORMS and prev.is_title):
            start = s.start if doc[s.start].lower_ in _STORMS else s.start - 1
            s = Span(doc, start, s.end, label="EVENT")  # "Hurricane Ian" is no town
        elif s.label_ == "PERSON" and prev is not None and prev.is_lower \
                and prev.lemma_.lower() in _ORG_NOUNS:
            s = Span(doc, s.start, s.end, label="ORG")  # "human rights group Foro Penal"
        elif s.label_ in ("ORG", "GPE", "NORP", "WORK_OF_ART", "FAC") and len(s) >= 2 \
                and all(t.is_title or t.text == "-" for t in s) \
                and _described_as_person(doc, s.end) \
                and known_group(s.text) is None and not geo.is_place(s.text):
            s = Span(doc, s.start, s.end, label="PERSON")  # "Abdou-Rahamane Sika, a regional
            # commander, told ...": a person, whatever the tagger said
        elif s.label_ == "PERSON" and len(s) > 1 and s[0].text in ("Los", "Las", "Les"):
            s = Span(doc, s.start, s.end, label="ORG")  # "Los Choneros": a plural, no person
        elif s.label_ in ("GPE", "LOC", "NORP") and len(s) > 1 and s[-1].is_title \
                and s[-1].lower_ in _BODY_HEADS and not geo.country_code(s.text) \
                and not geo.is_place(s.text):
            # ("the West Bank": a place the gazetteer knows keeps its kind)
            # "South Sudan People's Defence Forces", "Indigenous Tribal Leaders' Forum": a
            # body's head word ends the name, whatever place it opens with
            s = Span(doc, s.start, s.end, label="ORG")
        elif (s.label_ in ("GPE", "LOC", "ORG") or s.label_ == "PERSON" and s.end < len(doc)
              and (is_title_word(doc[s.end].text) or doc[s.end].pos_ == "NOUN")) \
                and len(s) == 1 and geo.country_of_demonym(s.text) \
                and not geo.country_code(s.text):
            # "Emirati", "Kosovar": a people; "Azerbaijani Foreign Minister" tagged a person
            s = Span(doc, s.start, s.end, label="NORP")
        elif s.label_ in ("PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "FAC") \
                and _names_a_region(doc, s.start, s.end):
            s = Span(doc, s.start, s.end, label="GPE")  # "the Kursk region" tagged PRODUCT
        elif s.label_ == "NORP" and not geo.country_of_demonym(s.text) and (
                prev is not None and prev.lower_ in LOCATIVE_PREPOSITIONS
                and not (s.end < len(doc) and doc[s.end].pos_ in ("NOUN", "PROPN"))
                and geo.is_place(s.text, 100000)
                or _names_a_region(doc, s.start, s.end)
                # "a bridge linking Omdurman and Khartoum North": a city, not a people
                or len(s) == 1 and geo.is_place(s.text, 100000) and not is_common_word(s.text)
                and s.text.lower() not in lower_words and doc[s.start].pos_ == "PROPN"):
            # "in Omdurman", "the Odesa region": a place, not a people
            s = Span(doc, s.start, s.end, label="GPE")
        elif s.label_ in ("PERSON", "ORG", "GPE") and s.text in exercises \
                and known_actor(
                    s.text, surname=False) is None and not geo.is_place(s.text, 100000) \
                and not geo.country_of_demonym(s.text):
            s = Span(doc, s.start, s.end, label="EVENT")  # "the Freedom Shield exercise"
        elif s.label_ == "PERSON" and prev is not None and prev.lower_ == "the" \
                and s.end < len(doc) and doc[s.end].is_lower and doc[s.end].pos_ == "NOUN" \
                and doc[s.end].lower_ not in _PERSON_NOUNS and geo.is_place(s.text) \
                and known_actor(s.text, surname=False) is None:
            s = Span(doc, s.start, s.end, label="GPE")  # "the Gainesville sewer system"
        elif s.label_ in ("PERSON", *PLACE_LABELS) and len(s) > 1 and s[-1].text in _CLUB_HEADS \
                and not geo.is_place(text) and geo.is_place(doc[s.start:s.end - 1].text):
            s = Span(doc, s.start, s.end, label="ORG")  # "Manchester City": a club, not a town
        elif s.label_ in ("PERSON", "ORG") and (end := _cut_at_punctuation(s)) is not None:
            s = Span(doc, s.start, end, label=s.label_)  # "Joris van Gennip / HH"
        elif s.label_ == "PERSON" and len(s) > 1 and s[-1].text in _STREET_HEADS:
            s = Span(doc, s.start, s.end, label="FAC")  # "Dubonet Drive"
        elif s.label_ in ("PERSON", "ORG") and len(s) == 1 and s.text.lower() in _NOT_NAMES:
            continue  # "League", "Saint", "Umm": words, not names
        elif len(s.text.rstrip(".")) == 1 and s.label_ not in ("DATE", "TIME", "CARDINAL",
                                                                "ORDINAL", "QUANTITY"):
            continue  # "a post on X.": a letter is no name
        elif s.label_ in PLACE_LABELS and len(s) == 1 and s.text.lower() in _FEATURE_WORDS:
            continue  # "into Sea of Japan" cut short: a sea, a river alone names none
        elif s.label_ == "ORG" and len(s) == 1 and nxt is not None \
                and nxt.lower_ in TITLE_HEADS and geo.is_place(s.text, 100000) \
                and known_group(s.text) is None and s.text not in INSTITUTIONS \
                and not s.text.isupper():  # ("SDF commander X": an acronym, an airport's too)
            s = Span(doc, s.start, s.end, label="GPE")  # "Krasnodar governor X": a region
        elif s.label_ == "PERSON" and len(s) == 1 and s.start >= 2 \
                and doc[s.start - 1].lower_ == "the" \
                and doc[s.start - 2].lower_ in LOCATIVE_PREPOSITIONS \
                and geo.is_place(s.text, 0) and known_actor(s.text, surname=False) is None:
            s = Span(doc, s.start, s.end, label="LOC")  # "terrorism in the Sahel": a region
        elif s.label_ == "PERSON" and (cut := _lowercase_inside(s)) is not None:
            if s.end - cut < 1:
                continue
            s = Span(doc, cut, s.end, label="PERSON")  # "Jays fan Ray Payette" -> the name
        elif s.label_ in PLACE_LABELS and len(s) == 1 and is_common_word(s.text) \
                and not (prev is not None and prev.lower_ in LOCATIVE_PREPOSITIONS) \
                and not geo.country_code(s.text) and not geo.country_of_demonym(s.text) \
                and not geo.is_place(s.text, 100000):
            continue  # "Dad", "Crescent": an ordinary word, no town of that name meant
        elif s.label_ in PLACE_LABELS and len(s) == 1 and doc[s.start].pos_ == "ADJ" \
                and not geo.country_of_demonym(s.text) and not geo.country_code(s.text):
            continue  # "Naval commandos": an adjective, not a place
        elif s.label_ in ("GPE", "LOC", "PERSON", "FAC", "NORP") and (
                text in INTERNATIONAL_BODIES or known_group(text, main_name=True)):
            s = Span(doc, s.start, s.end, label="ORG")
        elif s.label_ in ("PERSON", "ORG", "GPE", "LOC", "FAC") and (
                not any(c.isupper() for c in s.text) or s.text.lower() in UNIT_WORDS
                or s.text.rstrip(".") in ("Jr", "Sr")):
            continue  # "3 min", "km", a bare "Sr.": no name
        elif s.label_ == "PERSON" and len(s) == 1 and s.text.lower().endswith(_ORG_ENDINGS) \
                and s.text.lower() not in _ORG_ENDINGS:
            s = Span(doc, s.start, s.end, label="ORG")  # "Promsvyazbank", "Rostelecom"
        elif s.label_ == "PERSON" and len(s) > 1 and any(_org_head(t) for t in s[1:]):
            s = Span(doc, s.start, s.end, label="ORG")  # "Abuja Chamber of Commerce",
            # "International Crimes Tribunal"
        elif s.label_ in ("PERSON", "ORG") and _named_region(s):
            s = Span(doc, s.start, s.end, label="GPE")  # "Sokoto State", "Kherson Oblast"
        elif s.label_ == "PERSON" and _place_in_list_or_after_org(doc, s, spans):
            s = Span(doc, s.start, s.end, label="GPE")  # "Prešov and Košice", "FUTO, Owerri"
        elif s.label_ == "ORG" and prev is not None and prev.lower_ in ("and", ",", "or") \
                and text not in INSTITUTIONS and text not in WIRE_AGENCIES \
                and known_group(text) is None \
                and _place_in_list_or_after_org(doc, s, spans):  # (not "Israel and Hamas")
            s = Span(doc, s.start, s.end, label="GPE")  # "in Mombasa and Kisumu"
        elif s.label_ in ("PERSON", "ORG", "NORP") and len(s) == 1 and s.start == s.sent.start \
                and s.end < len(doc) and doc[s.start].dep_ in ("compound", "amod") \
                and doc[s.start].head.i == s.end and doc[s.end].lower_ in _FORCE_NOUNS \
                and is_common_word(s.text) and not geo.country_of_demonym(s.text):
            continue  # "Riot police fired ...": a sentence's first word naming a kind of force
        elif s.label_ in ("PERSON", "ORG", "NORP") and len(s) == 1 and s.start == s.sent.start \
                and doc[s.start].tag_ == "NNS" and not geo.country_of_demonym(s.text) \
                and s.text not in full_name_words:
            # "Warplanes struck ...": a common plural noun opening the sentence (but "Morales,
            # speaking on his radio show, accused ..." after "Evo Morales": his surname)
            continue
        elif s.label_ == "NORP" and len(s) == 1 and s.text.lower() in lower_words \
                and not geo.country_of_demonym(s.text):
            continue  # "Protests are planned": a sentence's first word, written lower elsewhere
        end = _peoples_republic_end(doc, s)
        if end is not None:
            s = Span(doc, s.start, end, label="ORG")
        out.append(s)
    # one name, one kind: "Omdurman bridge" is the city that "in Omdurman" showed it to be
    cities = {s.text for s in out if s.label_ == "GPE" and not geo.country_of_demonym(s.text)}
    out = _relabel(out, cities, ("NORP",), "GPE")
    out = _relabel(out, clubs, ("GPE",), "ORG")  # "Liverpool have …": "the Liverpool Academy"
    # "the Freedom Shield exercise" ... "Freedom Shield is the first ...": the same exercise
    out = _relabel(out, {s.text for s in out if s.label_ == "EVENT"}, ("PERSON", "ORG"), "EVENT")
    return sorted(filter_spans(out), key=lambda s: s.start)


# What only an organization has: "Chadema's deputy secretary-general", "the firm's shares"
_ORG_POSSESSIONS = frozenset({"secretary-general", "chairman", "chairwoman", "chairperson",
                              "headquarters", "shares", "board", "branch", "wing", "founder",
                              "subsidiary", "members", "membership", "leadership", "executive"})
_OWNED_BY_ORGS = re.compile(rf"\b(?:{'|'.join(map(re.escape, _ORG_POSSESSIONS))})\b")
# what is held in a company: "shares in Kazatomprom", "a stake in Cargolux"
_HOLDINGS = frozenset({"shares", "stake", "stakes", "shareholding", "holding", "holdings"})
# a company's legal form after its name: "Khazanah Nasional Bhd", "Vinamilk JSC"
_COMPANY_FORMS = frozenset({"bhd", "berhad", "jsc", "ltd", "ltd.", "plc", "inc", "inc.", "llc",
                            "corp", "corp.", "gmbh", "pjsc", "tbk", "pte", "nv", "asa", "spa"})


def org_contexts(doc: Doc, spans: list[Span]) -> list[Span]:
    """One name, one kind, by what the document says of it: a name the tagger took for a
    person's, or left untagged, is an organization's where one of its mentions stands as only
    an organization's does — in apposition to an organization noun ("Cristosal, a human
    rights group"), before one ("the Chadema party"), owning what only an organization owns
    ("Chadema's deputy secretary-general") or before a company's legal form ("Khazanah
    Nasional Bhd"). Never a name known as a person's, nor a surname of a longer person's
    name in the document."""
    surnames = {s[-1].text for s in spans if s.label_ == "PERSON" and len(s) > 1}
    taken = {i for s in spans for i in range(s.start, s.end)}
    found = [Span(doc, start, end, label="ORG") for start, end in _untagged_orgs(doc, taken)]
    named = {i for s in spans if s.label_ not in _NUMBER_LABELS for i in range(s.start, s.end)}
    found += _named_groups(doc, named | {i for s in found for i in range(s.start, s.end)})
    orgs = {s.text for s in found}
    placed = {s.text for s in spans if _after_locative(doc, s)}
    groups = set()
    for s in spans:
        # (a mention the tagger already called an organization's, in such a context, tells
        # of the others it called a person's: "Ryanair's shares rose" and "Ryanair said")
        if s.label_ in ("PERSON", "ORG") and s.text not in surnames \
                and (_org_context(doc, s.start, s.end)
                     or s.label_ == "PERSON" and _which_clause(doc, s)) \
                and known_actor(s.text, surname=False) is None \
                and not _described_as_person(doc, s.end):
            orgs.add(s.text)
        elif s.label_ in (*PLACE_LABELS, "NORP") \
                and (s.text not in placed or _described_as_org(doc, s.end)
                     or _held_in(doc, s.start)) \
                and _org_context(doc, s.start, s.end) and not geo.country_code(s.text) \
                and not geo.country_of_demonym(s.text) and not geo.is_place(s.text, 100000):
            groups.add(s.text)  # "the Los Lobos gang", "allied Wazalendo militias"
    out = _relabel(_relabel(spans, orgs, ("PERSON",), "ORG"), groups,
                   (*PLACE_LABELS, "NORP", "PERSON"), "ORG") + found
    # the other mentions of a name found so, untagged
    for t in doc:
        if t.i not in taken and t.text in orgs and t.pos_ == "PROPN" \
                and not any(s.start <= t.i < s.end for s in found):
            out.append(Span(doc, t.i, t.i + 1, label="ORG"))
    return sorted(filter_spans(out), key=lambda s: s.start)


# what a name's number may have been tagged alone ("GenZ 212": "212")
_NUMBER_LABELS = frozenset({"CARDINAL", "ORDINAL", "QUANTITY", "DATE"})


def _named_groups(doc: Doc, taken: set[int]) -> list[Span]:
    """A name an organization noun introduces ("the youth movement known as GenZ 212", "a
    militia called Wagner"), however the tagger read its words (a number, a capital inside),
    and its other mentions in the document."""
    out: list[Span] = []
    for t in doc:
        if t.lower_ not in ("known", "called", "named") or t.i < 1 or t.i + 2 >= len(doc) \
                or doc[t.i - 1].lemma_.lower() not in _NAMING_ORG_NOUNS:
            continue
        start = t.i + 2 if t.lower_ == "known" and doc[t.i + 1].lower_ == "as" else t.i + 1
        if t.lower_ == "known" and start == t.i + 1:
            continue
        end = start
        while end < len(doc) and end - start < 5 and (
                doc[end].text[:1].isupper() or doc[end].like_num and end > start):
            end += 1
        if end > start and not any(i in taken for i in range(start, end)):
            out.append(Span(doc, start, end, label="ORG"))
    words = [[w.text for w in s] for s in out]
    for name in words:  # its later mentions: "GenZ 212 repeated its demand"
        n = len(name)
        for i in range(len(doc) - n + 1):
            if [w.text for w in doc[i:i + n]] == name and not any(
                    j in taken or any(s.start <= j < s.end for s in out)
                    for j in range(i, i + n)):
                out.append(Span(doc, i, i + n, label="ORG"))
    return out


def _untagged_orgs(doc: Doc, taken: set[int]) -> list[tuple[int, int]]:
    """Runs of capitalised proper nouns no span holds, in an organization's context."""
    out = []
    for t in doc:
        if t.i in taken or not (t.pos_ == "PROPN" and t.is_title or _acronym(t)
                                and t.pos_ in ("PROPN", "NOUN")) \
                or is_title_word(t.text) \
                or t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "PROPN" \
                and doc[t.i + 1].is_title and doc[t.i + 1].lower_ not in _COMPANY_FORMS:
            continue  # (the run's last word: a company's form is the end of its name)
        end = t.i + 1
        if t.lower_ in _COMPANY_FORMS:
            start = _propn_run_before(doc, t.i)
            if start < t.i and not any(i in taken for i in range(start, end)):
                out.append((start, end))
            continue
        start = _propn_run_before(doc, end) if t.is_title else t.i
        if not any(i in taken for i in range(start, end)) and _org_context(doc, start, end) \
                and known_actor(doc[start:end].text, surname=False) is None:
            out.append((start, end))
    return out


def _held_in(doc: Doc, start: int) -> bool:
    """"shares in Kazatomprom", "a controlling stake in Cargolux": a company's name."""
    return start > 1 and doc[start - 1].lower_ == "in" and doc[start - 2].lower_ in _HOLDINGS


def _which_clause(doc: Doc, s: Span) -> bool:
    """"Ryanair, which operates ...": a subject's name before ", which" is a thing's or a
    body's, never a person's ("who"). (After a name inside a phrase, "which" may be the
    phrase's: "the death of blogger X, which triggered ...")"""
    return s.end + 1 < len(doc) and doc[s.end].text == "," \
        and doc[s.end + 1].lower_ == "which" and s.root.dep_ in ("nsubj", "nsubjpass")


def _acronym(t: Token) -> bool:
    """An all-capital word of three letters or more: "ADEDY", "GSEE"."""
    return t.is_upper and t.is_alpha and len(t) >= 3


def _org_context(doc: Doc, start: int, end: int) -> bool:
    nxt = doc[end] if end < len(doc) else None
    if nxt is None:
        return False
    if nxt.lower_ in _COMPANY_FORMS and nxt.text[:1].isupper():
        return True
    if nxt.is_lower and nxt.dep_ == "compound" and end + 1 < len(doc) \
            and doc[end + 1].is_lower and doc[end + 1].lemma_.lower() in _NAMING_ORG_NOUNS:
        nxt = doc[end + 1]  # "its Amaq news agency", "the M23 rebel group"
    if nxt.is_lower and nxt.lemma_.lower() in _NAMING_ORG_NOUNS and nxt.dep_ != "appos":
        return True  # "the Chadema party"
    before = doc[start - 1] if start > 0 else None
    if before is not None and before.lower_ in ACRONYM_CUES:
        return True  # "the Tunisian General Labour Union, known by its French initials UGTT"
    if before is not None and before.is_lower and before.tag_ == "NN" \
            and before.lemma_ in _NAMING_ORG_NOUNS and nxt.pos_ not in ("NOUN", "PROPN"):
        return True  # "the construction workers' union Suntracs", "the militia M23,"
    if nxt.tag_ == "POS" and _OWNED_BY_ORGS.search(doc[end + 1:end + 5].text.lower()):
        return True
    if nxt.lemma_.lower() in _SURVEYS and nxt.is_lower:
        return True  # "an LSEG poll", "a Gallup survey": a pollster's
    if before is not None and before.lower_ == "at" and start > 1 \
            and doc[start - 2].lemma_.lower() in _DESK_ROLES:
        return True  # "an analyst at Equita": the firm that employs them
    if _held_in(doc, start):
        return True
    root = doc[start:end].root
    return any(c.dep_ == "appos" and c.lemma_.lower() in _ORG_NOUNS and c.i > end
               for c in root.children) or _described_as_org(doc, end)


def _described_as_org(doc: Doc, end: int) -> bool:
    """"Exor, the Agnelli family holding company that ...": an appositive noun phrase after
    the name whose head is an organization noun."""
    head = _appositive_head(doc, end)
    return head is not None and head.lemma_.lower() in _ORG_NOUNS | _BUSINESS_NOUNS


def _described_as_person(doc: Doc, end: int) -> bool:
    """"Jean-Felix Mabiala, a spokesman for the National Council of Republicans": a name
    described by a person's role is a person's, whatever organization the sentence names."""
    head = _appositive_head(doc, end)
    if head is None:
        return False
    lemma = head.lemma_.lower()
    # (or a noun of one who does a trade: "a machinist", "a cashier", "a pharmacist")
    return lemma in TITLE_HEADS | ROLE_NOUNS or lemma.endswith(_TRADE_ENDINGS) \
        and lemma not in _ORG_NOUNS | _BUSINESS_NOUNS


def _appositive_head(doc: Doc, end: int) -> Token | None:
    """The head noun of ", a/the ... <noun>" or ", X's ... <noun>" right after a name ending
    at ``end``, read from the words where the parse lost the apposition ("Exor, the Agnelli
    family holding company that ...", "Abdou-Rahamane Sika, a regional commander, ...",
    "Cargolux, Europe's largest all-cargo airline")."""
    if end + 2 >= len(doc) or doc[end].text != ",":
        return None
    start = end + 2 if doc[end + 1].lower_ in ("the", "a", "an") else _after_possessor(doc, end + 1)
    if start is None:
        return None
    head = None
    for t in doc[start:start + 6]:
        if t.pos_ in ("NOUN", "PROPN", "ADJ") or t.tag_ in ("VBG", "VBN", "HYPH") \
                or t.i + 1 < len(doc) and doc[t.i + 1].tag_ == "HYPH":  # "all-cargo"
            head = t if t.pos_ == "NOUN" else head
            continue
        if t.pos_ in ("VERB", "AUX"):
            return None  # ", the list includes ...": a clause's subject, no apposition
        break
    return head


def _after_possessor(doc: Doc, i: int) -> int | None:
    """Where the phrase goes on after a possessive name of up to three words at ``i``
    ("Europe's largest all-cargo airline", "Kazakhstan's state uranium miner"), or None."""
    k = i
    while k < len(doc) and k - i < 3 and doc[k].pos_ == "PROPN":
        k += 1
    return k + 1 if i < k < len(doc) and doc[k].tag_ == "POS" else None


def _relabel(spans: list[Span], texts: set[str], labels: tuple[str, ...], to: str) -> list[Span]:
    """Every span with one of ``labels`` whose text is in ``texts`` gets the label ``to``."""
    return [Span(s.doc, s.start, s.end, label=to) if s.label_ in labels and s.text in texts
            else s for s in spans]


def _names_a_region(doc: Doc, start: int, end: int) -> bool:
    """Whether doc[start:end] stands before a region word and the gazetteer knows it, not as
    an ordinary word ("the Kursk region", "the Odesa oblast"; not "the Western region")."""
    text = doc[start:end].text
    return end < len(doc) and doc[end].lower_ in geo.REGION_WORDS and geo.is_place(text) \
        and not is_common_word(text)


# "Riot police", "Border guards": kinds of forces, after a capitalised first word
_FORCE_NOUNS = frozenset({"police", "officers", "troops", "forces", "guards", "squad", "units",
                          "personnel", "patrols", "agents"})


# Head words that make a name an organization's wherever they stand after its first word.
_ORG_HEADS = (ORG_SUFFIXES - {"news", "times", "post", "sa", "ag", "co", "co."}) | frozenset({
    "chamber", "commerce", "industry", "ministry", "commission", "authority", "board",
    "federation", "organization", "organisation", "corporation", "institute", "academy",
    "school", "hospital", "church", "museum", "library", "trust", "fund", "network",
    "front", "congress", "movement", "league", "alliance", "army", "forces", "brigade",
    "brigades", "tribunal", "court", "assembly", "parliament", "senate", "navy", "police",
    "gendarmerie", "guard", "guards", "forum", "rifles", "corps", "command", "coalition",
    "syndicate"})


# head words only a body's name ends with, never a place's (not "Bank", "Court", "Guard":
# "the West Bank", "Court Square", "Guard Hill")
_BODY_HEADS = frozenset({"forces", "forum", "front", "movement", "army", "brigade", "brigades",
                         "corps", "rifles", "command", "coalition", "syndicate", "party",
                         "alliance", "league", "federation", "militia", "militias"})


def _org_head(t: Token) -> bool:
    """Is the word an organization's head word, in the singular or the plural?"""
    return t.lower_ in _ORG_HEADS or t.lower_.removesuffix("s") in _ORG_HEADS


def _named_region(s: Span) -> bool:
    """"<Name> State/Province/Oblast/County" that the gazetteer knows as a region."""
    if len(s) < 2 or s[-1].lower_ not in geo.REGION_WORDS or not s[0].text[:1].isupper():
        return False
    return geo.is_place(s.text) and not any(is_title_word(t.text) for t in s[:-1])


def _place_in_list_or_after_org(doc: Doc, s: Span, spans: list[Span]) -> bool:
    """A name the gazetteer knows as a city of 100,000 that stands in a list with places
    ("in Žilina, Nitra, Prešov and Košice") or after an organization and a comma ("Federal
    University of Technology, Owerri")."""
    if len(s) > 2 or not geo.is_place(s.text, 100000):
        return False
    prev = doc[s.start - 1] if s.start > 0 else None
    before = [o for o in spans if o.end <= s.start - 1 and o.end >= s.start - 3]
    if prev is not None and prev.text == "," and any(o.label_ == "ORG" and o.end == s.start - 1
                                                     for o in before):
        return True
    if any(o.label_ == "PERSON" and len(o) > 1 and o[-1].text == s.text for o in spans):
        return False  # "..., Hassan added": the surname of a person named before
    if prev is not None and prev.lower_ in ("and", ",", "or"):
        # the list's last place right before the joint ("Nitra, Prešov", "Prešov, and"), not
        # a place a phrase earlier ("in Birnin Gwari on Thursday, Hassan added")
        return any(o.label_ in PLACE_LABELS and (o.end == s.start - 1 or o.end == s.start - 2
                                                 and doc[o.end].text == ",")
                   for o in before)
    return False


# Lower-case nouns that finish a place's name ("the Lachin corridor", "the Dnipro river").
_PLACE_TAILS = frozenset({"corridor", "river", "valley", "strait", "sea", "gorge", "pass",
                          "peninsula", "delta", "basin", "canal", "lake", "mountains"})


def _place_before_time(doc: Doc, s: Span) -> list[Span]:
    """"the city of Maracaibo early on Wednesday" tagged one DATE: the place and the time."""
    if s.label_ not in ("DATE", "TIME") or len(s) < 2 or s.start < 2 \
            or doc[s.start - 1].lower_ != "of" or doc[s.start - 2].lower_ not in _SETTLEMENT_NOUNS \
            or not s[0].is_title or not geo.is_place(s[0].text, 0):
        return [s]
    return [Span(doc, s.start, s.start + 1, label="GPE"), Span(doc, s.start + 1, s.end,
                                                                label=s.label_)]


# nouns of a settlement whose name follows "of" ("the city of Maracaibo")
_SETTLEMENT_NOUNS = geo.SETTLEMENT_NOUNS


def missed_places(doc: Doc, spans: list[Span]) -> list[Span]:
    """Places the NER left out or cut short:

    1. an untagged name of one or two capitalized words right after a preposition of place
       that the gazetteer knows as a country, a capital or a city of a million ("In Kyiv,
       President ..."): a place;
    2. a name followed by a lower-case place noun that together are a gazetteer name ("the
       Lachin corridor"): that place, the noun included;
    3. a dateline in capitals at the head of the body that the cleaner did not mark (text
       given as is): "MANSFIELD, Ohio —", "BEIRUT (AP) -";
    4. an untagged name between "the" and a region word that the gazetteer knows ("hit the
       Donetsk region"): a place;
    5. an untagged name after a settlement noun and "of" that the gazetteer knows ("the
       western city of Maracaibo"): a place;
    6. an untagged name after a preposition of place that the gazetteer knows as a town
       (15,000+) of a country the document names ("met Kenya's president in Entebbe" in a
       story datelined in Uganda): a place, unless it is an ordinary English word or part of
       a person's name the document gives.
    """
    spans = [part for s in spans for part in _place_before_time(doc, s)]
    taken = {i for s in spans for i in range(s.start, s.end)}
    out = list(spans)
    dateline = _capital_dateline(doc, taken)
    if dateline is not None:
        out.append(dateline)
        taken.update(range(dateline.start, dateline.end))
    for i, tok in enumerate(doc):
        if i in taken or i == 0 or not tok.is_title or not tok.is_alpha:
            continue
        after_the = doc[i - 1].lower_ == "the" or (
            doc[i - 1].lower_ in _COMPASS_ADJECTIVES and i >= 2 and doc[i - 2].lower_ == "the")
        if after_the and i + 1 not in taken and _names_a_region(doc, i, i + 1) \
                and not geo.country_of_demonym(tok.text):
            out.append(Span(doc, i, i + 1, label="GPE"))  # 4. "hit the Donetsk region"
            taken.add(i)
            continue
        if i >= 2 and doc[i - 1].lower_ == "of" and doc[i - 2].lower_ in _SETTLEMENT_NOUNS:
            # 5. "the western city of Maracaibo", "the town of Boni": a place the gazetteer
            # knows, of any size (the noun says it is a settlement)
            for end in (i + 2, i + 1):
                if end <= len(doc) and not any(j in taken or not doc[j].is_title
                                               for j in range(i, end)) \
                        and geo.is_place(doc[i:end].text, 0):
                    out.append(Span(doc, i, end, label="GPE"))
                    taken.update(range(i, end))
                    break
            continue
        if doc[i - 1].lower_ not in LOCATIVE_PREPOSITIONS:
            continue
        for end in (i + 2, i + 1):
            if end > len(doc) or any(j in taken or not doc[j].is_title
                                     for j in range(i, end)):
                continue
            if geo.is_major_place(doc[i:end].text) or _town_of_the_story(doc, i, end, out):
                out.append(Span(doc, i, end, label="GPE"))
                taken.update(range(i, end))
                break
    final = []
    for s in out:
        tail = doc[s.end] if s.end < len(doc) else None
        if s.label_ in ("PERSON", "ORG", "GPE", "LOC") and tail is not None \
                and tail.lower_ in _PLACE_TAILS and tail.is_lower \
                and geo.is_place(f"{s.text} {tail.text}", 0):
            s = Span(doc, s.start, s.end + 1, label="LOC")
        final.append(s)
    return sorted(filter_spans(final), key=lambda s: s.start)


def _town_of_the_story(doc: Doc, start: int, end: int, spans: list[Span]) -> bool:
    """Rule 6 of ``missed_places``: a town of a country the document's places name."""
    name = doc[start:end].text
    if any(doc[j].ent_type_ or is_common_word(doc[j].text) for j in range(start, end)):
        return False  # a date or time the NER tagged, an ordinary word ("in Reading")
    towns = geo.town_countries(name)
    if not towns:
        return False
    if any(s.label_ == "PERSON" and name in s.text.split() for s in spans):
        return False  # a surname ("Ruto in Ruto's ...")
    story = {c for s in spans if s.label_ == "GPE" and (c := geo.place_country(s.text))}
    story |= {c for s in spans if s.label_ == "NORP" and (c := geo.country_of_demonym(s.text))}
    return bool(towns & story)


_DATELINE_ENDS = frozenset({",", "(", "-", "--", "—", "–", ":"})


def _capital_dateline(doc: Doc, taken: set[int]) -> Span | None:
    """A run of one to three capitalized words opening a paragraph in the first lines, then
    "," "(" or a dash, that the gazetteer knows as a place: the story's dateline."""
    for i in range(min(200, len(doc))):
        prev = doc[i - 1] if i else None
        # at a paragraph's head, or (text with its lines run together) after a sentence or
        # the date of a byline: "... in debt. MANSFIELD -- The City Council ..."
        if prev is not None and "\n" not in prev.text_with_ws and not (
                prev.text in (".", "!", "?") or prev.like_num):
            continue
        end = i
        while end < min(i + 3, len(doc)) and doc[end].is_upper and doc[end].is_alpha:
            end += 1
        if end == i or end >= len(doc) or doc[end].text not in _DATELINE_ENDS:
            continue
        if prev is not None and "\n" not in prev.text_with_ws and doc[end].text in (",", "("):
            continue  # inside running text only a dash or colon ends a dateline
        if any(j in taken for j in range(i, end)) or sum(len(t) for t in doc[i:end]) < 3:
            continue
        name = doc[i:end].text.title()
        if geo.is_place(name, 1000) and not geo.country_code(doc[i:end].text):
            return Span(doc, i, end, label="GPE")
    return None


def _peoples_republic_end(doc: Doc, s: Span) -> int | None:
    """End of "<Name> People's Republic" when the span is its name part (or all of it)."""
    i = s.end
    words = [t.lower_ for t in doc[i:i + 3]]
    if tuple(w.replace("’", "'") for w in words) == _PEOPLES_REPUBLIC and s[-1].text[:1].isupper():
        return i + 3
    tail = tuple(t.lower_.replace("’", "'") for t in s[-3:])
    if len(s) > 3 and tail == _PEOPLES_REPUBLIC:
        return s.end
    return None


def _propn_run_before(doc: Doc, end: int) -> int:
    """Start of the run of capitalized proper nouns ending at token ``end - 1``."""
    start = end
    while start > 0:
        if doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title \
                and not is_title_word(doc[start - 1].text):
            start -= 1
        elif start > 1 and start < end and doc[start - 1].text == "-" \
                and not doc[start - 1].whitespace_ and not doc[start - 2].whitespace_ \
                and doc[start - 2].is_title and doc[start - 2].is_alpha:
            start -= 2  # "Jean-Felix Mabiala": a hyphenated first name is one word of it
        else:
            break
    return start


# the portfolio of a minister, which the NER may take into the name after "Minister of"
_PORTFOLIOS = frozenset({"agriculture", "finance", "defence", "defense", "health", "education",
                         "justice", "interior", "foreign", "affairs", "trade", "energy",
                         "labour", "labor", "information", "transport", "tourism",
                         "environment", "water", "mines", "mining", "communications", "culture",
                         "economy", "planning", "security", "home", "industry", "commerce",
                         "fisheries", "lands", "works", "sports", "youth"})


def titled_people(doc: Doc, spans: list[Span]) -> list[Span]:
    """Proper names the NER missed or called ORG after a capitalized title ("President
    Zelenskyy") or in apposition to a title noun ("the prosecutor, Iryna Venediktova")."""
    taken = {i: s for s in spans for i in range(s.start, s.end)}
    for i in title_propns(doc):  # the rest cannot be a name's last word
        tok = doc[i]
        if is_title_word(tok.text):
            continue
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if nxt is not None and nxt.pos_ == "PROPN" and nxt.is_title:
            continue  # only at the last word of a name
        start = _propn_run_before(doc, tok.i + 1)
        prev = doc[start - 1] if start > 0 else None
        if prev is not None and prev.text == "." and start > 1 \
                and f"{doc[start - 2].lower_}." in TITLE_ABBREVIATIONS:
            prev = doc[start - 2]  # "Col . Felipe Maraggun": the tokenizer split "Col."
        portfolio = start  # where a portfolio the NER took into the name begins
        if prev is not None and prev.lower_ in _PORTFOLIOS:
            # "Minister of Agriculture Chimwemwe Banda": the portfolio before the name
            k = start - 1
            while k > 1 and doc[k - 1].lower_ in _PORTFOLIOS:
                k -= 1
            head = k - 2
            if head >= 2 and doc[head].lower_ == "state" and doc[head - 1].lower_ == "of":
                head -= 2  # "Secretary of State for Transport Helder Ngunza"
            if k >= 2 and doc[k - 1].lower_ in ("of", "for") and head >= 0 \
                    and doc[head].lower_ in TITLE_HEADS \
                    and not all(is_common_word(doc[j].text) for j in range(start, tok.i + 1)):
                portfolio = k
        titled = prev is not None and (
            (prev.lower_ in TITLE_ABBREVIATIONS or prev.lower_ in TITLE_HEADS) and prev.is_title
            or portfolio < start)
        # "state prosecutor Idamis Pastor": a lower-case title noun right before a full name
        titled = titled or (prev is not None and prev.pos_ == "NOUN" and prev.is_lower
                            and prev.lower_ in TITLE_HEADS and tok.i > start)
        # "the prosecutor, Iryna Venediktova", "His lead lawyer, Ezekiel Lual Madut,"
        apposed = tok.dep_ == "appos" and tok.head.pos_ == "NOUN" and (
            tok.head.lemma_.lower() in TITLE_HEADS or tok.head.lemma_.lower() in ROLE_NOUNS)
        # "Yolande Makolo, a spokeswoman for ...": a title or role noun in apposition after
        apposed = apposed or (tok.i > start and any(
            c.dep_ == "appos" and c.i > tok.i and c.pos_ == "NOUN"
            and (c.lemma_.lower() in TITLE_HEADS or c.lemma_.lower() in ROLE_NOUNS)
            for c in tok.children))
        if not (titled or apposed):
            continue
        hit = {taken[i] for i in range(start, tok.i + 1) if i in taken}
        # a one-word place the NER saw inside a titled full name is the surname ("former
        # President Alejandro Toledo": "Toledo" GPE), as is a titled word no gazetteer knows
        # ("Sheikh Hasina"); a whole run that is a place is not
        if any(s.start < portfolio or s.end > tok.i + 1 or not (
                s.label_ == "ORG" or (s.label_ in PLACE_LABELS and titled and len(s) == 1
                                      and (tok.i > start or not geo.is_place(s.text, 0))
                                      and not geo.country_code(s.text))
                # "a police spokeswoman, Rae Hamoonga,", "Police spokesperson Rae Hamoonga":
                # a name no gazetteer knows
                or (s.label_ in PLACE_LABELS and (apposed or titled)
                    and not geo.is_place(s.text, 0) and not geo.country_code(s.text)))
               for s in hit):
            continue
        new = Span(doc, start, tok.i + 1, label="PERSON")
        spans = _replace(spans, new)
        for s in hit:
            if s.label_ == "ORG" and s.start < start and start - s.start >= 2:
                # "Secretary of Health and Human Services Kathleen Sebelius": the department
                spans = _replace(spans, Span(doc, s.start, start, label="ORG"))
        for i in range(new.start, new.end):
            taken[i] = new
    return spans


# Lower-case particles inside surnames: "Ursula von der Leyen", "Ahmed bin Salman".
NAME_PARTICLES = frozenset({"von", "van", "der", "den", "de", "da", "del", "della", "di", "du",
                            "le", "la", "al", "bin", "ben", "ibn", "dos", "das", "ter"})
# Words that make a following name a storm's, not a person's: "Typhoon Haiyan".
STORM_WORDS = frozenset({"typhoon", "hurricane", "cyclone", "storm", "tropical"})


_OPEN_QUOTES = frozenset({'"', "\u201c", "'", "\u2018"})
_CLOSE_QUOTES = frozenset({'"', "\u201d", "'", "\u2019"})


def _name_run(doc: Doc, i: int, step: int, most: int) -> int:
    """How many capitalized proper-noun-like words run from token ``i`` in direction ``step``
    (at most ``most``), stopping at title words ("President")."""
    n = 0
    while n < most and 0 <= i + step * n < len(doc):
        t = doc[i + step * n]
        if not (t.is_title and t.is_alpha) or is_title_word(t.text):
            break
        n += 1
    return n


# a given name written short before the rest of the name ("Ma.", "Md.", "Mohd.", "Wm.")
_NAME_ABBREVIATION = re.compile(r"^[A-Z][a-z]{1,3}$")


def adjacent_people(doc: Doc, spans: list[Span]) -> list[Span]:
    """Two person spans the NER cut from one name, nothing between them ("Mirza Fakhrul" +
    "Islam Alamgir"): one person."""
    out: list[Span] = []
    for s in sorted(spans, key=lambda x: x.start):
        prev = out[-1] if out else None
        if prev is not None and prev.label_ == "PERSON" and prev.end == s.start \
                and not doc[prev.end - 1].is_space \
                and (s.label_ == "PERSON" or _hyphenated_surname(s)):
            # (or a hyphenated surname the NER gave another type: "Alix Didier" +
            # "Fils-Aimé" ORG)
            out[-1] = Span(doc, prev.start, s.end, label="PERSON")
            continue
        if prev is not None and prev.label_ == "PERSON" and s.label_ == "PERSON" \
                and len(prev) == 1 and prev.end + 1 == s.start and doc[prev.end].text == "." \
                and _NAME_ABBREVIATION.match(prev.text):
            # "Ma." + "Theresa Lazaro", "Md." + "Yunus": a given name cut short, one person
            out[-1] = Span(doc, prev.start, s.end, label="PERSON")
            continue
        if prev is not None and s.label_ == "PERSON" and prev.end == s.start \
                and _first_name_as_place(doc, prev):
            # "Marta" GPE + "Elena Guzmán": a first name the NER took for a town
            out[-1] = Span(doc, prev.start, s.end, label="PERSON")
            continue
        out.append(s)
    return out


def _first_name_as_place(doc: Doc, s: Span) -> bool:
    """A one-word place right before a person's name, opening its sentence or after a comma
    or "and" (not "in Kabul Ahmad said"), that is no country nor big city."""
    if s.label_ not in ("GPE", "LOC") or len(s) != 1 or not s.text.istitle():
        return False
    prev = doc[s.start - 1] if s.start > 0 else None
    if prev is not None and not (s.start == s.sent.start or prev.text in (",", "and", "\n\n")
                                 or prev.is_space):
        return False
    return geo.country_code(s.text) is None and not geo.is_place(s.text, 100000)


def _hyphenated_surname(s: Span) -> bool:
    """One capitalised word joined by a hyphen to another ("Fils-Aimé", "Pierre-Louis")."""
    return len(s) == 3 and s[1].text == "-" and not s[0].whitespace_ \
        and not s[1].whitespace_ and all(t.is_alpha and t.text[:1].isupper() for t in (s[0], s[2]))


# the particles that join the words of a name in Urdu, Persian and Arabic ("Tehreek-e-Taliban",
# "Hizb-ul-Mujahideen", "Jaish-e-Mohammed")
_JOINERS = frozenset({"e", "i", "ul", "al", "ud", "ut", "us", "ur", "o", "wal"})


def _joined_name(doc: Doc, end: int, whole_end: int) -> bool:
    """Do the hyphenated pieces from ``end`` on read "-e-Taliban": a joiner, then a word in
    title case?"""
    pieces = [doc[k] for k in range(end + 1, whole_end, 2)]
    return len(pieces) >= 2 and pieces[0].lower_ in _JOINERS and pieces[-1].is_title


# a word after an elided article ("d’Ivoire", "d'Haiti"), which the NER cuts off the name
_ELIDED = re.compile(r"\b[a-z]['’][A-ZÀ-Þ][\w-]*")


def elided_country_names(doc: Doc, spans: list[Span]) -> list[Span]:
    """A country's name with an elided article ("Côte d’Ivoire", "République d'Haïti"), any
    apostrophe, is one GPE when the country table knows the name it ends."""
    text = doc_text(doc)
    for m in _ELIDED.finditer(text):
        tail = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if tail is None:
            continue
        start = tail.start
        while start > max(tail.start - 3, 0) and doc[start - 1].is_title:
            start -= 1
            if geo.country_code(doc[start:tail.end].text):
                spans = _replace(spans, Span(doc, start, tail.end, label="GPE"))
                break
    return spans


def untagged_demonyms(doc: Doc, spans: list[Span]) -> list[Span]:
    """A nationality word the NER left untagged ("a Turkmen blogger", "Cape Verdean
    officials"): a NORP, where it qualifies a common noun; one or two capitalised words the
    country table knows as a demonym, not a country's name ("Cabo Verde" stays a place)."""
    taken = {i for s in spans for i in range(s.start, s.end)}
    out = list(spans)
    skip_to = 0
    for i, tok in enumerate(doc):
        if i < skip_to or not tok.is_title or i in taken:
            continue
        for n in (2, 1):
            j = i + n
            # (cheap tests first: the word after is a common noun's, in lower case; the
            # gazetteer is asked only then)
            if j >= len(doc) or not doc[j].is_lower:
                continue
            last = doc[j - 1]
            if last.dep_ not in ("amod", "compound", "nmod") or last.head.pos_ != "NOUN" \
                    or last.head.i <= last.i:
                continue
            if n == 2 and (not doc[i + 1].is_title or i + 1 in taken):
                continue
            text = doc[i:j].text
            if geo.country_of_demonym(text) and not geo.country_code(text):
                out.append(Span(doc, i, j, label="NORP"))
                skip_to = j
                break
    return sorted(out, key=lambda s: s.start)


def known_group_names(doc: Doc, spans: list[Span]) -> list[Span]:
    """A span the NER cut short of a known armed group's name ("Jama'at Nusrat al-Islam" of
    "Jama'at Nusrat al-Islam wal-Muslimin (JNIM)"): the group's whole name, an ORG."""
    out: list[Span] = []
    taken: set[int] = set()
    for s in sorted(spans, key=lambda x: x.start):
        if s.start in taken:
            continue
        if s.label_ in ("PERSON", "ORG", "NORP", *PLACE_LABELS) and s.end < len(doc) \
                and doc[s.end].is_alpha and name_key(s.text) in group_name_starts():
            stop = min(len(doc), s.end + 6)
            for end in range(stop, s.end, -1):
                if any(t.text in "(),.;:" or t.is_space for t in doc[s.end:end]):
                    continue
                if known_group(doc[s.start:end].text) is not None:
                    taken |= set(range(s.end, end))
                    s = Span(doc, s.start, end, label="ORG")
                    break
        out.append(s)
    return out


def weekday_in_name(doc: Doc, spans: list[Span]) -> list[Span]:
    """A person's name with a weekday inside it ("James Monday Enoka": a South Sudanese
    name; the NER stops at the day): the whole name, when a capitalised name word follows
    the day and the day has no preposition of its own ("told James on Monday")."""
    taken = {i for s in spans for i in range(s.start, s.end)}
    out = []
    for s in spans:
        end = s.end
        if s.label_ == "PERSON" and end + 1 < len(doc) and doc[end].is_title \
                and doc[end].lower_ in WEEKDAYS \
                and doc[end + 1].pos_ == "PROPN" and doc[end + 1].is_title \
                and end + 1 not in taken and not is_common_word(doc[end + 1].text):
            s = Span(doc, s.start, end + 2, label="PERSON")
        out.append(s)
    return filter_spans(out)


def hyphenated_places(doc: Doc, spans: list[Span]) -> list[Span]:
    """A name the NER cut at a hyphen ("Guinea" of "Guinea-Bissau", "Rostov" + "Don" of
    "Rostov-on-Don"): the whole hyphenated word, when it names a country or a place, is one
    place."""
    out: list[Span] = []
    swallowed: set[int] = set()
    for s in sorted(spans, key=lambda x: x.start):
        if s.start in swallowed:
            continue
        start, end = s.start, s.end
        while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ \
                and not doc[end].whitespace_ and doc[end + 1].is_alpha:
            end += 2
        while start >= 2 and doc[start - 1].text == "-" and not doc[start - 2].whitespace_ \
                and not doc[start - 1].whitespace_ and doc[start - 2].is_alpha \
                and (not out or out[-1].end <= start - 2):
            start -= 2
        if (start, end) != (s.start, s.end):
            whole = doc[start:end].text
            if geo.country_code(whole) or geo.is_place(whole):
                swallowed |= set(range(s.end, end))
                s = Span(doc, start, end, label="GPE")
            elif s.label_ == "ORG" and start == s.start and all(
                    doc[k].is_upper for k in range(s.end + 1, end, 2)):
                # "CPN-UML": initials joined by a hyphen are one party
                swallowed |= set(range(s.end, end))
                s = Span(doc, start, end, label="ORG")
            elif s.label_ in ("ORG", "PERSON") and start == s.start \
                    and _joined_name(doc, s.end, end):
                # "Tehreek" of "Tehreek-e-Taliban Pakistan (TTP)", "Hizb-ul-Mujahideen": the
                # words a name's joiners link are the name's, as is a country word before its
                # acronym in brackets
                if end + 1 < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_title \
                        and doc[end + 1].text == "(":
                    end += 1
                swallowed |= set(range(s.end, end))
                s = Span(doc, start, end, label=s.label_)
        elif s.label_ in ("ORG", "PERSON", "NORP") and "-" in s.text and geo.country_code(s.text):
            s = Span(doc, s.start, s.end, label="GPE")  # "Guinea-Bissau" as an ORG
        out.append(s)
    return out


def nicknames(doc: Doc, spans: list[Span]) -> list[Span]:
    """One person for a name with a nickname in quotes inside it: Ismael "El Mayo" Zambada,
    Joaquin "El Chapo" Guzman (the NER makes two or three entities of the pieces, often
    organizations). Given and family names of one to two words each, the nickname of one to
    three capitalized words."""
    text = doc_text(doc)
    if not any(q in text for q in ('"', "\u201c", "'", "\u2018")):
        return spans
    for i in range(1, len(doc) - 3):
        if doc[i].text not in _OPEN_QUOTES:
            continue
        inner = _name_run(doc, i + 1, 1, 3)
        close = i + 1 + inner
        if not inner or close >= len(doc) - 1 or doc[close].text not in _CLOSE_QUOTES:
            continue
        before = _name_run(doc, i - 1, -1, 2)
        after = _name_run(doc, close + 1, 1, 2)
        if not before or not after:
            continue
        start, end = i - before, close + 1 + after
        if start > 0 and doc[start - 1].is_title and doc[start - 1].is_alpha \
                and not is_title_word(doc[start - 1].text):
            continue  # a longer capitalized run: a title or a headline, not a name
        if any(s.label_ in ("PERSON", "ORG", "GPE", "NORP") and s.start < end and s.end > start
               for s in spans):
            spans = _replace(spans, Span(doc, start, end, label="PERSON"))
    return spans


def name_parts(doc: Doc, spans: list[Span]) -> list[Span]:
    """Whole person names where the NER cut or mislabeled them:

    1. a name ending in a particle takes the surname after it ("Ursula von der" + "Leyen");
    2. a name takes the capitalized words up to the one it modifies that no entity covers
       ("Njuguna" + "Ndung'u": the NER stops at the apostrophe, the parse does not; "Aung
       San" + "Suu Kyi"), or a one-word place the NER saw there, and an untagged proper noun
       right after a name of two words or more ("Maria Corina" + "Machado");
    3. a storm's name is no person ("Typhoon Haiyan", "Tropical Storm Yagi");
    4. one capitalized word that the article also writes in lower case is no person
       ("Turnout in Georgia's primary ..." beside "turnout dips"), unless part of a full name,
       and no organization opening the headline ("Army says ..." beside "the army"), unless
       an acronym or a known institution.
    """
    taken = {i: s for s in spans for i in range(s.start, s.end)}
    lower_words = lower_texts(doc)
    name_words = _name_words(spans)
    title_end = _title_case_headline_end(doc)
    out: list[Span] = []
    for s in spans:
        if s.label_ in ("ORG", "PERSON") and len(s) == 1 and s.end_char <= title_end \
                and is_common_word(s.text) and not s.text.isupper() \
                and s.text not in INSTITUTIONS and s.text not in WIRE_AGENCIES:
            continue  # "Curfew Imposed In Imphal ..., Internet Suspended": a headline's capital
        if s.label_ == "ORG" and len(s) == 1 and s[0].lower_ in lower_words \
                and s.start == 0 \
                and not s.text.isupper() and s.text not in INSTITUTIONS \
                and s.text not in WIRE_AGENCIES:
            # "Army says it retook ..." opening the headline beside "the army" in the text (a
            # capital that says nothing; "the Navy" in the text names one)
            continue
        if s.label_ != "PERSON":
            out.append(s)
            continue
        end = s.end
        while end < len(doc) and doc[end - 1].lower_ in NAME_PARTICLES and doc[end].is_title:
            end += 1
        if end == s.end and doc[end - 1].dep_ == "compound":
            # the capitalized words up to the head the name's last word modifies ("Aung San"
            # + "Suu Kyi": the parse joins them, the NER stops)
            head = doc[end - 1].head.i
            j = end
            while j <= head < len(doc) and _swallowable(taken.get(j)) \
                    and doc[j].text[:1].isupper() \
                    and doc[j].pos_ == "PROPN" and not is_title_word(doc[j].text) \
                    and doc[j].text not in POSTNOMINALS:
                j += 1
            if j > head >= end:
                end = head + 1
        after = taken.get(end)
        if end == s.end and end < len(doc) and doc[end].lower_ in NAME_PARTICLES \
                and after is not None and after.label_ == "PERSON" and after.start == end:
            end = after.end  # "Prince Abdulaziz" + "bin Salman": one name the NER cut in two
        if end == s.end and end < len(doc) and doc[end].pos_ == "PROPN" \
                and (after is None and not doc[end].ent_type_ or after is not None
                     and after.label_ == "PERSON" and len(after) == 1 and after.start == end) \
                and doc[end].is_title and doc[end].is_alpha \
                and not is_title_word(doc[end].text) and doc[end].lower_ not in lower_words \
                and len(s) >= 2:
            # "Maria Corina" + "Machado": an untagged proper noun right after a name, or a
            # one-word name the NER split off ("Hassan Sheikh" + "Mohamud")
            end += 1
        first = doc[s.start - 1] if s.start > 0 else None
        if doc[s.start].lower_ in STORM_WORDS or (first is not None
                                                  and first.lower_ in STORM_WORDS):
            continue
        if len(s) == 1 and s[0].lower_ in lower_words and s[0].text not in name_words:
            continue
        start = s.start
        while start > 0 and (start - 1) not in taken and doc[start - 1].pos_ == "PROPN" \
                and doc[start - 1].is_title and not doc[start - 1].is_sent_start \
                and doc[start - 1].dep_ == "compound" and s.start <= doc[start - 1].head.i < end \
                and not is_title_word(doc[start - 1].text) \
                and doc[start - 1].lower_ not in HONORIFICS \
                and doc[start - 1].ent_type_ not in ("GPE", "NORP", "ORG", "LOC") \
                and geo.country_code(doc[start - 1].text) is None \
                and not (start >= 2 and doc[start - 2].is_title):
            # "Junta chief Min Aung Hlaing": the NER dropped the first name (but "City
            # Council Member Jumaane Williams": a capitalized title runs before it)
            start -= 1
        if (start, end) != (s.start, s.end):
            s = Span(doc, start, end, label="PERSON")
            out = [o for o in out if not _overlaps(o, s)]
        out.append(s)
    # a span the longer name swallowed ("Leyen" as GPE) goes
    result: list[Span] = []
    for s in sorted(out, key=lambda x: (x.start, -len(x))):
        if result and _overlaps(result[-1], s):
            continue
        result.append(s)
    return result


def _title_case_headline_end(doc: Doc) -> int:
    """End offset of the first line when it is a headline in Title Case (most of its words
    capitalised, "Curfew Imposed In Imphal After Fresh Clashes"), else 0."""
    text = doc_text(doc)
    end = text.find("\n")
    words = [w for w in text[:end].split() if w[:1].isalpha()] if end > 0 else []
    if len(words) < 4 or sum(w[0].isupper() for w in words) < 0.8 * len(words):
        return 0
    return end


def _swallowable(span: Span | None) -> bool:
    """Whether a name may run over this token: untagged, or a one-word place or organization
    that is no country ("Maria Corina" + "Machado", which the NER called a town)."""
    return span is None or (len(span) == 1 and span.label_ in ("GPE", "LOC", "ORG")
                            and not geo.country_code(span.text))


# Nouns that say the name beside them is a place: "the border town of Ijevan",
# "Nagorno-Karabakh, a mountainous region".
PLACE_NOUNS = frozenset({"town", "city", "village", "province", "region", "district", "state",
                         "county", "port", "capital", "island", "territory", "oblast",
                         "municipality", "suburb", "neighborhood", "neighbourhood", "enclave",
                         "department", "governorate", "prefecture", "canton", "commune",
                         "emirate", "borough", "township"})
_COMPASS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast",
                      "southwest"})


def place_context(doc: Doc, spans: list[Span]) -> list[Span]:
    """Labels and extents that the words around a name decide:

    1. after "<place noun> of" or with a place noun in apposition, a NORP/ORG/PERSON is a
       place ("the border town of Ijevan", "Nagorno-Karabakh, a mountainous region");
    2. a place before a lower-case "party" is the party's name ("the ruling Morena party");
    3. a compass word before "of" ends no place name ("Rizal province east of Manila");
    4. a name before a lower-case "river(s)", "mountains", "valley" ..., or before "and <name>
       rivers", is the feature's, a place ("the Tigris and Euphrates rivers", "the Dnipro
       river", "the High Atlas mountains": the capitalized words before it are the name's).
    """
    out = []
    name_words = _name_words(spans)
    for s in spans:
        before = doc[s.start - 2:s.start] if s.start >= 2 else None
        after = doc[s.end] if s.end < len(doc) else None
        if _names_a_river(doc, s):
            start = s.start  # "Morocco's High Atlas mountains": "High" is the name's
            while start > 0 and doc[start - 1].is_title and not doc[start - 1].is_sent_start \
                    and doc[start - 1].pos_ in ("PROPN", "ADJ") \
                    and not any(o.start <= start - 1 < o.end for o in spans):
                start -= 1
            if s.label_ != "LOC" or start != s.start:
                s = Span(doc, start, s.end, label="LOC")
        if s.label_ in ("NORP", "ORG", "PERSON") and not (
                s.label_ == "PERSON" and after is not None and after.lower_ == "party"):
            named_as_place = before is not None and before[1].lower_ == "of" \
                and before[0].lower_ in PLACE_NOUNS and before[0].is_lower
            apposed = any(c.dep_ == "appos" and c.i >= s.end and c.lower_ in PLACE_NOUNS
                          for c in s.root.children)
            if named_as_place or apposed:
                s = Span(doc, s.start, s.end, label="GPE")
        elif s.label_ in (*PLACE_LABELS, "PERSON") and after is not None \
                and after.lower_ == "party":
            s = Span(doc, s.start, s.end, label="ORG")  # (and "the ruling Frelimo party")
        if s.label_ in PLACE_LABELS and len(s) > 1 and s[-1].lower_ in _COMPASS \
                and after is not None and after.lower_ == "of":
            s = Span(doc, s.start, s.end - 1, label=s.label_)
        if s.label_ == "PERSON" and _person_in_place_slot(doc, s, name_words, out):
            s = Span(doc, s.start, s.end, label="GPE")
        out.append(s)
    return out


# adjectives of direction between "in" and a place ("in eastern Ladakh")
_COMPASS_ADJECTIVES = frozenset({"northern", "southern", "eastern", "western", "central",
                                 "northeastern", "northwestern", "southeastern", "southwestern"})


def _person_in_place_slot(doc: Doc, s: Span, name_words: dict[str, set[str]],
                          done: list[Span]) -> bool:
    """A name the NER called a person that stands where only a place can: before a lower-case
    place noun ("the strike on Kyauk Ni Maw village", "in Ann town"), right after "in" or
    "near" (with a compass adjective: "in eastern Ladakh"), or joined by "and" to a place after
    such a preposition ("in Bint Jbeil and Aitaroun"). Not a known person, not a name with a
    title before it, not a possessive, not part of another person's name."""
    after = doc[s.end] if s.end < len(doc) else None
    prev = doc[s.start - 1] if s.start > 0 else None
    if after is not None and after.text in _POSSESSIVE or prev is None \
            or is_title_word(prev.text) or prev.lower_ in HONORIFICS:
        return False
    j = s.start - 1
    if doc[j].lower_ in _COMPASS_ADJECTIVES and j > 0:
        j -= 1
    slot = after is not None and after.is_lower and after.lower_ in PLACE_NOUNS \
        or doc[j].lower_ in ("in", "near") \
        or prev.lower_ == "and" and any(
            o.label_ in PLACE_LABELS and o.end == s.start - 1 and o.start > 0
            and doc[o.start - 1].lower_ in ("in", "near") for o in done)
    return slot and known_actor(s.text, surname=False) is None \
        and not _in_other_name(s, name_words)


# Lower-case nouns of land and water after a name that make it the feature's name
_WATERS = {"river", "rivers", "mountains", "hills", "valley", "desert", "plateau",
           "highlands", "lake", "peninsula"}
_PLURAL_WATERS = {"rivers", "mountains", "hills"}


def _names_a_river(doc: Doc, s: Span) -> bool:
    """'the Tigris and Euphrates rivers': the name before a lower-case river noun, or the first
    of two names joined by "and" before the plural."""
    nxt = doc[s.end] if s.end < len(doc) else None
    if nxt is None:
        return False
    if nxt.lower_ in _WATERS and nxt.is_lower:
        return True
    if nxt.lower_ == "and" and s.end + 2 < len(doc):
        j = s.end + 1
        while j < len(doc) and doc[j].is_title:
            j += 1
        return j > s.end + 1 and j < len(doc) and doc[j].lower_ in _PLURAL_WATERS
    return False

"""Corrections of the statistical NER's spans and labels, before mentions are grouped.

1. ``trim``: spans lose a leading "the", a trailing possessive, and titles or honorifics the
   NER swallowed into a person ("Gen. Mark Milley" -> "Mark Milley").
2. ``drop_title_words``: an ORG that is only title words ("Defense" in "U.S. Defense
   Secretary Lloyd Austin") is dropped.
3. ``dateline``: the dateline place (found by the cleaner, often missed by the NER) is a GPE.
4. ``lexicon``: wire agencies and well-known institutions are ORGs ("AP", "Reuters").
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

Each step takes and returns a list of ``Span`` (non-overlapping, ordered) so the result can be
written back to ``doc.ents`` for every later stage.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from . import geo
from .lexicon import (
    HONORIFICS,
    INSTITUTION_HEADS,
    INSTITUTIONS,
    LOCATIVE_PREPOSITIONS,
    ORG_SUFFIXES,
    STRONG_LOCATIVES,
    TITLE_ABBREVIATIONS,
    TITLE_HEADS,
    TITLE_MODIFIERS,
    WIRE_AGENCIES,
)

PLACE_LABELS = frozenset({"GPE", "LOC"})
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


def trim(doc: Doc, spans: list[Span]) -> list[Span]:
    """Drop a leading determiner, a trailing possessive or punctuation, and leading titles or
    honorifics from PERSON spans."""
    out = []
    for s in _split_paragraphs(doc, spans):
        start, end = s.start, s.end
        while start < end and doc[start].lower_ == "the":
            start += 1
        while end > start and (doc[end - 1].text in _POSSESSIVE or doc[end - 1].is_punct
                               and doc[end - 1].text not in (".", ")")):
            end -= 1
        while end > start and doc[end - 1].is_space:
            end -= 1
        if s.label_ == "PERSON":
            while end - start > 1 and (is_title_word(doc[start].text)
                                       or doc[start].lower_ in HONORIFICS):
                start += 1
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
    ("Defense" in "Defense Secretary")."""
    out = []
    for s in spans:
        if (s.label_ == "ORG" and all(is_title_word(t.text) for t in s)
                and s.end < len(doc) and doc[s.end].lower_ in TITLE_HEADS):
            continue
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
            if after is None or after.is_punct or after.lower_ in ("and", "of", "from", "who"):
                fixed.ages[s.start] = age
                age_tokens.append(i + 1)
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


def _name_words(spans: list[Span]) -> set[str]:
    """Every word of every multi-word PERSON name in the article."""
    words: set[str] = set()
    for s in spans:
        if s.label_ == "PERSON" and len(s) > 1:
            words.update(t.text for t in s)
    return words


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
    place_texts = {t for t, c in votes.items() if c["GPE"] > max(c["PERSON"], c["ORG"])}
    person_texts = {t for t, c in votes.items() if c["PERSON"] > c["GPE"]}
    # "Cork, Ireland", "Austin, Texas": a name followed by a country or large region
    located = {s.start - 2 for s in spans if s.label_ == "GPE" and s.start >= 2
               and doc[s.start - 1].text == "," and geo.is_major_place(s.text)}
    out = []
    for s in spans:
        if s.label_ in ("PERSON", "ORG") and (
                _looks_like_place(doc, s, person_words, place_texts)
                or (s.end - 1 in located and geo.is_place(s.text)
                    and not any(t.text in person_words for t in s))):
            s = Span(doc, s.start, s.end, label="GPE")
        elif s.label_ in PLACE_LABELS and s.text in person_texts and not _after_locative(doc, s):
            s = Span(doc, s.start, s.end, label="PERSON")
        elif s.label_ == "ORG" and len(s) > 1 and votes[s.text]["PERSON"] > votes[s.text]["ORG"]:
            s = Span(doc, s.start, s.end, label="PERSON")  # "Bettie Page" called ORG once
        out.append(s)
    return out


# Prepositions that take places but hardly people ("to Page" and "of Page" take both).
_PLACE_ONLY = frozenset({"in", "near", "outside", "inside", "across", "around", "into",
                         "through", "toward", "towards"})


def _after_locative(doc: Doc, s: Span) -> bool:
    return s.start > 0 and doc[s.start - 1].lower_ in _PLACE_ONLY


def _looks_like_place(doc: Doc, s: Span, person_words: set[str],
                      place_texts: set[str]) -> bool:
    text = s.text
    if not geo.is_place(text) or text in INSTITUTIONS or text in WIRE_AGENCIES:
        return False
    if any(t.text in person_words for t in s):
        return False
    prev = doc[s.start - 1] if s.start > 0 else None
    nxt = doc[s.end] if s.end < len(doc) else None
    if prev is not None and (is_title_word(prev.text) or prev.lower_ in HONORIFICS):
        return False
    if nxt is not None and nxt.lower_ in ORG_SUFFIXES:
        return False
    if text.isupper() and len(text) <= 4 and not geo.country_code(text):
        return False  # "THR", "KO": abbreviations collide with place codes and tiny places
    if text in place_texts or geo.is_major_place(text):
        return True
    if nxt is not None and nxt.lower_ in geo.REGION_WORDS:
        return True  # "the Kharkiv region"
    locative = STRONG_LOCATIVES if s.label_ == "ORG" else LOCATIVE_PREPOSITIONS
    # Names of people and small places collide ("Bush", "Page", "Lyons"): a mid-sized place
    # needs a preposition of place before it.
    return prev is not None and prev.lower_ in locative and geo.is_place(text, 100000)


def surnames(doc: Doc, spans: list[Span]) -> list[Span]:
    """Relabel as PERSON the one-word ORG/GPE/LOC/FAC spans that repeat the last name of a
    person named in full in the article."""
    last_names = {s[-1].text for s in spans if s.label_ == "PERSON" and len(s) > 1}
    out = []
    for s in spans:
        if (len(s) == 1 and s.label_ in ("ORG", "GPE", "LOC", "FAC") and s.text in last_names
                and not geo.country_code(s.text)):
            prev = doc[s.start - 1] if s.start > 0 else None
            if not (prev is not None and prev.lower_ in LOCATIVE_PREPOSITIONS
                    and geo.is_place(s.text)):
                s = Span(doc, s.start, s.end, label="PERSON")
        out.append(s)
    return out


def _propn_run_before(doc: Doc, end: int) -> int:
    """Start of the run of capitalized proper nouns ending at token ``end - 1``."""
    start = end
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title \
            and not is_title_word(doc[start - 1].text):
        start -= 1
    return start


def titled_people(doc: Doc, spans: list[Span]) -> list[Span]:
    """Proper names the NER missed or called ORG after a capitalized title ("President
    Zelenskyy") or in apposition to a title noun ("the prosecutor, Iryna Venediktova")."""
    taken = {i: s for s in spans for i in range(s.start, s.end)}
    for tok in doc:
        if tok.pos_ != "PROPN" or not tok.is_title or is_title_word(tok.text):
            continue
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if nxt is not None and nxt.pos_ == "PROPN" and nxt.is_title:
            continue  # only at the last word of a name
        start = _propn_run_before(doc, tok.i + 1)
        prev = doc[start - 1] if start > 0 else None
        titled = prev is not None and (
            (prev.text in TITLE_ABBREVIATIONS or prev.lower_ in TITLE_HEADS) and prev.is_title)
        apposed = tok.dep_ == "appos" and tok.head.lemma_.lower() in TITLE_HEADS \
            and tok.head.pos_ == "NOUN"
        if not (titled or apposed):
            continue
        hit = {taken[i] for i in range(start, tok.i + 1) if i in taken}
        if any(s.label_ != "ORG" or s.start < start or s.end > tok.i + 1 for s in hit):
            continue
        new = Span(doc, start, tok.i + 1, label="PERSON")
        spans = _replace(spans, new)
        for i in range(new.start, new.end):
            taken[i] = new
    return spans

"""First-name references: a person named in full, later called by the first name alone.

News style uses the surname on second reference ("Synyehubov also warned", not "Oleh also
warned"). Left alone, because the style allows them or the first name is not one:
- names written family name first (Chinese, Korean, Vietnamese: "Xi" is the surname);
- a first name after a title that takes it ("Prince Mohammed", "Sir Keir", "Pope Francis");
- two people with one surname (first names tell them apart), a first name that is another
  person's surname, and children (an entity's age under 18);
- words inside quotation marks (people quoted speak as they like);
- a "first name" that is here a place or an ordinary word and not tagged as a person
  ("Charlotte" the city, "Will the talks resume?"), or that describes a noun ("the Tamil
  community"); and "names" that are buildings or services ("Riverton Station").

Full names come from PERSON entities and, since taggers miss some (an unfamiliar name read
as a place), from runs of name words whose last word the article also uses alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from nameparser.config import CONSTANTS as NAMEPARSER
from spacy.tokens import Doc

from ..entities.lexicon import FAMILY_FIRST, ORG_SUFFIXES, TITLE_ABBREVIATIONS, TITLE_HEADS
from ..entities.words import is_common_word
from ..places.resolve import GENERIC_WORDS, NAMESAKE_WORDS
from ..record import Issue
from .view import View, Word, adjacent

# Words that stand before a full name in news copy and are not part of it: nameparser's titles,
# and the office words of entities.lexicon that it lacks ("Spokesman", "Defense").
TITLES = frozenset(
    {w.capitalize() for w in NAMEPARSER.titles if w.isascii() and w.isalpha()}
    | {w.rstrip(".").capitalize() for w in TITLE_HEADS | TITLE_ABBREVIATIONS
       if w.rstrip(".").isalpha()}
    | {"Acting", "Former", "Crown", "Defense", "Defence", "Interior"})
# Titles that are properly followed by the first name alone ("Prince Mohammed"): nameparser's
# first-name titles and the peerage and clergy ones it lacks.
FIRST_NAME_TITLES = frozenset(
    {w.capitalize() for w in NAMEPARSER.first_name_titles if w.isascii() and w.isalpha()}
    | {"Lord", "Lady", "Saint", "St", "Crown", "Emir", "Sultan", "Imam", "Rabbi", "Cardinal"})
# Words that end names of buildings, services and organizations, which taggers take for
# persons' surnames: the head words the places and entities packages already list (streets and
# venues, generic geographic words, organization suffixes), capitalized.
FACILITIES = frozenset(w.capitalize() for w in NAMESAKE_WORDS | GENERIC_WORDS | ORG_SUFFIXES
                       if w.isalpha()) | {"Fire", "Police", "Library", "Museum", "Court"}
PARTICLES = frozenset("von van der den de da di du la le bin ibn al el dos das del ter ten".split())
SUFFIXES = frozenset({"Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV"})
_QUOTE_MARKS = re.compile('[“”"]')
_NAME_WORD = re.compile(r"^[A-Z][^\W\d_]*(?:['’-][A-Za-z][^\W\d_]*)*$")


@dataclass(slots=True)
class Person:
    full: str  # "Oleh Synyehubov"
    first: str  # "Oleh"
    surname: str  # "Synyehubov", "von der Leyen"
    end: int  # where the first full mention ends
    age: int | None = None


def split_name(name: str) -> tuple[str, str] | None:
    """(first name, surname) of a full personal name, titles dropped; None if not two parts."""
    parts = [p.strip(",") for p in name.split()]
    while parts and parts[-1] in SUFFIXES:
        parts = parts[:-1]
    while parts and parts[0].rstrip(".") in TITLES:
        parts = parts[1:]
    # A title inside the span ends what is not the name: "Riverton Mayor Jane Doe" (but
    # "Martin Luther King" keeps its King: a title leaves at least two words after it).
    titles = [k for k in range(len(parts) - 2) if parts[k].rstrip(".") in TITLES]
    if titles:
        parts = parts[titles[-1] + 1:]
    if len(parts) < 2 or not parts[0][:1].isupper() or not parts[0].isalpha():
        return None
    if parts[0] in FAMILY_FIRST:
        return None
    i = len(parts) - 1
    while i > 1 and parts[i - 1] in PARTICLES:
        i -= 1
    surname = " ".join(parts[i:])
    if not _NAME_WORD.match(parts[-1]):
        return None  # "Route 4", a possessive: not a personal name
    return parts[0], surname


def people(view: View, doc: Doc) -> list[Person]:
    """Persons named in full, in order of their first full mention."""
    ages: dict[str, int | None] = {}
    for ent in (doc._.entities if Doc.has_extension("entities") else None) or []:
        if getattr(ent, "type", None) == "PERSON":
            ages[ent.name] = getattr(ent, "age", None)
    found: dict[str, Person] = {}
    for start, end in sorted(set(view.persons) | set(_surname_evidenced(view))):
        full = view.text[start:end]
        split = split_name(full)
        if split is None:
            continue
        first, surname = split
        if surname in FACILITIES:
            continue  # "Riverton Station", "Riverton Fire": a building or service
        key = f"{first} {surname}"
        if key not in found or end < found[key].end:
            age = next((a for n, a in ages.items() if first in n and surname in n), None)
            found[key] = Person(key, first, surname, end, age)
    return sorted(found.values(), key=lambda p: p.end)


def quoted_spans(view: View) -> list[tuple[int, int]]:
    """Spans inside quotation marks; a quote left open runs to its paragraph's end (news
    copy does not close a quote that goes on in the next paragraph)."""
    spans = []
    for start, end, _ in view.paragraphs:
        opened = None
        for mark in _QUOTE_MARKS.finditer(view.text, start, end):  # not every character
            k = mark.start()
            ch = view.text[k]
            if opened is None and ch in "“\"":
                opened = k
            elif opened is not None and ch in "”\"":
                spans.append((opened, k + 1))
                opened = None
        if opened is not None:
            spans.append((opened, end))
    return spans


def _surname_evidenced(view: View) -> list[tuple[int, int]]:
    """Name runs ("Dragan Petković") the tagger did not call PERSON, whose last word the article
    also uses on its own: that is how news copy refers to a person. Known places are left out
    ("Saudi Arabia", then "Arabia")."""
    from .names import is_place

    runs: list[list[Word]] = []
    prev = None
    for w in view.words:
        if not w.name and not (w.propn or w.label == "PERSON"):
            prev = None
            continue
        if prev is not None and w.i == prev.i + 1 and adjacent(view.text, prev.end, w.start):
            runs[-1].append(w)
        else:
            runs.append([w])
        prev = w
    alone = {run[0].text for run in runs if len(run) == 1}
    out = []
    for run in runs:
        if not (2 <= len(run) <= 3 and run[-1].text in alone):
            continue
        # Only runs that could be a person's name: no ordinary words ("Riverton Police"),
        # no organization or group label, not a place, not starting with a place's name.
        if any(is_common_word(w.text) or w.label not in ("", "PERSON", "GPE") for w in run):
            continue
        start, end = run[0].start, run[-1].end
        if is_place(view.text[start:end]) or is_place(run[0].text):
            continue
        out.append((start, end))
    return out


def _modifier(doc: Doc, i: int) -> bool:
    tok = doc[i]
    return tok.dep_ in ("compound", "amod") and tok.head.pos_ == "NOUN"


def first_name_references(view: View, doc: Doc) -> list[Issue]:
    """Second references by first name only, each suggesting the surname."""
    persons = people(view, doc)
    if not persons:
        return []
    from .names import is_place

    surnames = [p.surname for p in persons]
    surname_words = {w for s in surnames for w in s.split()}
    quoted = quoted_spans(view)
    tagged = doc.has_annotation("TAG")
    words = view.words
    by_first: dict[str, list[Person]] = {}
    for p in persons:
        by_first.setdefault(p.first, []).append(p)
    issues = []
    for k, w in enumerate(words):
        candidates = [p for p in by_first.get(w.text, ()) if p.end <= w.start]
        if not candidates:
            continue
        person = candidates[-1]  # the latest named before this mention
        if person.first in surname_words or surnames.count(person.surname) > 1:
            continue
        if person.age is not None and person.age < 18:
            continue
        if tagged and not w.propn and w.label != "PERSON":
            continue  # "Will", "Rich" as ordinary words
        if w.label in ("LOC", "FAC", "ORG", "NORP") or (
                w.label != "PERSON" and (is_place(w.text) or is_common_word(w.text))):
            continue  # "Charlotte" the city, "Mark" the word: unless tagged as a person
        if tagged and _modifier(doc, w.i):
            continue  # "the Tamil community": a word describing a noun, not a person
        if any(s <= w.start < e for s, e in quoted):
            continue
        nxt = words[k + 1] if k + 1 < len(words) else None
        prev = words[k - 1] if k > 0 else None
        if nxt is not None and nxt.text[:1].isupper() and adjacent(view.text, w.end, nxt.start):
            continue  # a full name again, or another person's ("Oleh Petrenko")
        if prev is not None and adjacent(view.text, prev.end, w.start) and (
                prev.text in FIRST_NAME_TITLES or (prev.text[:1].isupper() and not prev.initial)):
            continue
        issues.append(Issue(
            kind="first_name_reference", start=w.start, end=w.end, text=w.text,
            suggestion=person.surname,
            message=f"'{w.text}' alone on second reference: news style uses the surname, "
                    f"'{person.surname}' ({person.full} is named in full earlier)"))
    return issues

"""Bodies named in capitals that the tagger missed or misread: "the Public Security
Directorate", "Economic Freedom Fighters", "the Assam Rifles", "the Ministry of State
Security", "the Citizens' Constitution Defence Movement" (read as a law).

A capitalised run of words that ends with an organization's head word (``org_name_heads`` in
``data/lexicon.json``), or goes on from one with "of"/"for" ("Observatory of Human Rights"),
is an organization's name. A step of ``entities.build.correct``, after ``fix.org_contexts``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from . import geo
from .lexicon import ORG_NAME_HEADS, ORG_SUFFIXES, TITLE_ABBREVIATIONS, TITLE_HEADS

# words that may join the capitalised words of one name ("Ministry *of* State Security",
# "Treatment *of* Prisoners *of* War"), with "and" and the possessive (``_joins``)
_JOINS = frozenset({"of", "for", "on", "-"})
_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
# what the tagger may have called such a name; a run holding a span of another kind (a
# facility, a date, an amount) is left alone
_REREAD = frozenset({"ORG", "PERSON", "LAW", "WORK_OF_ART", "PRODUCT", "EVENT", "NORP", "GPE",
                     "LOC"})
# words that begin a title or describe a body, never its name's first word ("Assistant
# Police Commissioner", "the Opposition People's National Party")
_NOT_FIRST = frozenset({"assistant", "deputy", "acting", "vice", "senior", "interim",
                        "associate", "opposition", "ruling"})
# most words in capitals of a sentence that is a headline written in title case
_TITLE_CASE_SHARE = 0.7


def headed_bodies(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with every capitalised run ending in an organization's head word as ORG
    (replacing the spans it holds)."""
    found: list[Span] = []
    # the words of names of places, people and peoples (their possessive starts no body's
    # name: "Russia's Africa Corps"), and where the tagger's bodies start
    named = {i for s in spans if s.label_ in ("GPE", "LOC", "PERSON", "NORP")
             for i in range(s.start, s.end)}
    bodies = {_start(s) for s in spans if s.label_ == "ORG"
              and any(w.lower_ in ORG_NAME_HEADS or w.lower_ in ORG_SUFFIXES for w in s)}
    for t in doc:
        if t.lower_ not in ORG_NAME_HEADS or not t.is_title or t.i == t.sent.start \
                or found and found[-1].end > t.i:
            continue
        if _title_case(t.sent):
            continue  # a headline in title case: every word has a capital
        start = _run_start(doc, t, named)
        end = _run_end(doc, t.i + 1, bodies)
        while start < t.i and doc[start].lower_ in _NOT_FIRST:
            start += 1
        if start == t.i or geo.country_code(doc[start:end].text):
            continue  # the head alone ("Police said"), or a country ("Russian Federation")
        found.append(Span(doc, start, end, label="ORG"))
    if not found:
        return spans
    kept = []
    for body in found:
        inside = [s for s in spans if s.start < body.end and body.start < s.end]
        if all(_start(s) >= body.start and s.end <= body.end and s.label_ in _REREAD
               for s in inside) and not any(s.start == body.start and s.end == body.end
                                            and s.label_ == "ORG" for s in inside):
            kept.append(body)
    if not kept:
        return spans
    rest = [s for s in spans if not any(b.start <= _start(s) and s.end <= b.end for b in kept)]
    return sorted(filter_spans(rest + kept), key=lambda s: s.start)


def _start(s: Span) -> int:
    """A span's first word of a name, after a leading "the" or a description ("The
    Coordination Headquarters ...", "Opposition People's National Party")."""
    k = s.start
    while k < s.end - 1 and (s.doc[k].lower_ == "the" or s.doc[k].lower_ in _NOT_FIRST):
        k += 1
    return k


def _name_word(t: Token) -> bool:
    return t.is_title and t.pos_ in ("PROPN", "NOUN", "ADJ") \
        and t.lower_ not in TITLE_HEADS and t.lower_ not in TITLE_ABBREVIATIONS


def _run_start(doc: Doc, head: Token, named: set[int]) -> int:
    """The first word of the name that ends at ``head``: capitalised words, and the joining
    words between them, back to the sentence's start or a word of a title ("Inspector General
    of Police" is a title, no body)."""
    start = head.i
    k = head.i - 1
    while k >= head.sent.start:
        t = doc[k]
        if _name_word(t) and not (k == head.sent.start and t.pos_ != "PROPN"
                                  and head.i - k < 2):
            start = k  # (a sentence's first word only in a longer name: not "Riot Police")
        elif k > head.sent.start and _name_word(doc[k - 1]) and _joins(doc, k, named):
            pass  # a joining word between two of the name's words
        else:
            break
        k -= 1
    return start


def _joins(doc: Doc, k: int, named: set[int]) -> bool:
    """Does the word at ``k`` join two words of one name? Not "and" between two names ("the
    Assam Rifles and Manipur Police", "Georgian and European"), nor the possessive of a place,
    a person or a body ("Russia's Africa Corps", "the Army's Eastern Command"); "People's
    Congress", "Prosecutor's Office" are one name."""
    word, before = doc[k].lower_, doc[k - 1]
    if word == "and":
        return before.lower_ not in ORG_NAME_HEADS and (k - 1) not in named \
            and not geo.country_of_demonym(before.text)
    if word in _POSSESSIVE:
        return (k - 1) not in named and before.lower_ not in ORG_NAME_HEADS \
            and not geo.country_code(before.text)
    return word in _JOINS


def _run_end(doc: Doc, i: int, bodies: set[int]) -> int:
    """The end of the name after its head: "of"/"for" and capitalised words ("Ministry of
    State Security", "Mechanism for Myanmar", "Headquarters for the Treatment of Prisoners of
    War"), up to another body the tagger found ("the Violence Observatory of the National
    Autonomous University": two bodies; but "Committee for the Defense of Human Rights")."""
    end = i
    k = i
    while k < len(doc) and k - i < 10 and k not in bodies:
        t = doc[k]
        if t.lower_ in ("of", "for") or t.lower_ in ("the", "and") and k > i:
            k += 1
            continue
        if _name_word(t) and k > i:
            end = k + 1
            k += 1
            continue
        break
    return end


def _title_case(sent: Span) -> bool:
    words = [t for t in sent if t.is_alpha]
    return len(words) > 2 and sum(t.is_title for t in words) / len(words) >= _TITLE_CASE_SHARE

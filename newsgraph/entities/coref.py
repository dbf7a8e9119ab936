"""Name coreference: group the article's entity mentions into one cluster per referent.

1. People: a one-word mention is the person named earlier whose first or last name it is
   ("Austin" -> "Lloyd Austin", "Oleh" -> "Oleh Synyehubov"); a full name absorbs an earlier
   one-word mention of its surname ("Reznikov says ..." in a headline).
2. Places: one cluster per country code ("U.S." = "US" = "United States"), else per name key.
3. Organizations: same name key; an acronym of an earlier name or given in brackets after it
   ("United States Air Force (USAF)"); a first word of an earlier name ("Lockheed" ->
   "Lockheed Martin").
4. Groups (NORP): one cluster per country ("Russian" = "Russians"), else per word.
5. One name, one referent: clusters of different labels whose mentions all read the same
   name ("Wad Madani" a PERSON in the headline, a GPE in the body; "from Mali" a PERSON
   beside "Mali's government") are one referent, labelled by their mentions' vote.
6. Misspellings: a name seen once that is one edit (transposition included) from another
   cluster's name joins it ("Khakriv" -> "Kharkiv"), whatever the NER labelled it; so does a
   proper noun the NER missed, and a surname it missed (``recover_names``).
7. A name only the headline writes, one slip from a name the body writes, is the body's
   referent ("El Fashir" / "El Fasher", "Morroco" / "Morocco"; ``fold_headline_misspellings``).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

import numpy
from rapidfuzz.distance import OSA
from spacy.attrs import ORTH
from spacy.tokens import Doc, Span

from ..doctext import title_propns
from ..spelling import one_slip
from . import geo
from .fix import NAME_SUFFIXES, is_title_word

_PLACE = frozenset({"GPE", "LOC"})
_ACRONYM_SKIP = frozenset({"of", "and", "the", "for", "&", "de", "du", "la"})


@dataclass(slots=True)
class Cluster:
    """Mentions of one referent, in text order."""

    spans: list[Span] = field(default_factory=list)
    key: str = ""
    chosen: str | None = None  # the label, where the mentions' vote was decided by a rule
    slips: set[int] = field(default_factory=set)  # starts of misspelled mentions (no name)


    @property
    def first(self) -> int:
        return self.spans[0].start_char

    @property
    def label(self) -> str:
        """The majority label (the first mention's on a tie)."""
        if self.chosen is not None:
            return self.chosen
        counts = Counter(s.label_ for s in self.spans)
        best = max(counts.values())
        return next(s.label_ for s in self.spans if counts[s.label_] == best)

    def words(self) -> list[str]:
        """Words of the longest mention."""
        return [t.text for t in max(self.spans, key=len)]


# Legal-form words that do not distinguish a company: "Apple Inc." = "Apple".
_LEGAL_FORMS = frozenset({"inc", "corp", "corporation", "co", "ltd", "llc", "plc", "ag", "sa",
                          "nv", "se", "gmbh", "limited", "incorporated", "&"})


def name_key(text: str) -> str:
    """Case- and punctuation-insensitive key of a name, without a company's legal form."""
    words = text.lower().replace(".", "").replace(",", " ").replace("’", "'") \
        .replace("'s ", " ").split()  # "Sudan's army" = "Sudan army"
    while len(words) > 1 and words[-1] in _LEGAL_FORMS:
        words.pop()
    return " ".join(words)


def acronym(words: list[str]) -> str:
    """"United States Air Force" -> "USAF" (small function words skipped)."""
    return "".join(w[0] for w in words if w.lower() not in _ACRONYM_SKIP and w[:1].isupper())


def _is_acronym(text: str) -> bool:
    """A word written like an organization's initials ("RSF", "ELN")."""
    return text.isupper() and text.isalpha() and 2 <= len(text) <= 6


def _bracketed_after(span: Span, other: Span) -> bool:
    """True when ``span`` is written in brackets right after ``other``: "Name (ACR)"."""
    doc = span.doc
    return (span.start >= 2 and doc[span.start - 1].text == "("
            and other.end == span.start - 1)


def cluster(spans: list[Span]) -> list[Cluster]:
    """Group mention spans (in text order) into clusters, ordered by first mention."""
    clusters: list[Cluster] = []
    by_key: dict[tuple[str, str], Cluster] = {}
    people: list[Cluster] = []
    orgs: list[Cluster] = []
    for span in spans:
        label = span.label_
        target: Cluster | None = None
        if label == "PERSON":
            target = _person_target(span, people)
            if target is None:
                target = Cluster(key=name_key(span.text))
                people.append(target)
                clusters.append(target)
            target.spans.append(span)
            continue
        if label in _PLACE:
            code = geo.country_code(span.text)
            k = ("place", f"country:{code}" if code else name_key(span.text))
        elif label == "NORP":
            code = geo.country_of_demonym(span.text)
            k = ("norp", code or name_key(span.text).rstrip("s"))
        elif label == "ORG":
            k = ("org", name_key(span.text))
            target = by_key.get(k) or _org_target(span, orgs)
        else:
            k = (label.lower(), name_key(span.text))
        target = target or by_key.get(k)
        if target is None:
            target = Cluster(key=k[1])
            clusters.append(target)
            if label == "ORG":
                orgs.append(target)
        by_key.setdefault(k, target)
        target.spans.append(span)
    clusters = _merge_same_names(clusters)
    clusters = _merge_acronyms_before(clusters)
    clusters = _merge_misspellings(clusters)
    for c in clusters:
        c.spans.sort(key=lambda s: s.start)
    return sorted(clusters, key=lambda c: c.first)


_LABEL_RANK = {"GPE": 0, "LOC": 1, "ORG": 2, "NORP": 3, "FAC": 4, "PERSON": 5}


def _merge_same_names(clusters: list[Cluster]) -> list[Cluster]:
    """Join clusters of different labels whose every mention is the same name (one name key):
    the NER labels a name differently from line to line (title case in a headline, "from X"),
    but an article means one thing by it. The joined cluster's label is the mentions' majority
    (``Cluster.label``); on a tie, a place the gazetteer knows stays a place, else an
    organization wins, else the non-person label, since the NER's PERSON is its most frequent
    error on bare names."""
    by_name: dict[str, list[Cluster]] = {}
    for c in clusters:
        keys = {name_key(s.text) for s in c.spans}
        if len(keys) == 1:
            by_name.setdefault(keys.pop(), []).append(c)
    out = list(clusters)
    for group in by_name.values():
        if len(group) < 2 or len({c.label for c in group}) < 2 or "NORP" in {
                c.label for c in group}:
            continue  # "Russian" the group and "Russian" the language stay apart
        counts = Counter(s.label_ for c in group for s in c.spans)
        best = max(counts.values())
        tied = [lab for lab, n in counts.items() if n == best]
        text = group[0].spans[0].text
        if len(tied) > 1:
            place = [lab for lab in tied if lab in _PLACE]
            if place and geo.is_place(text, 1000):
                label = place[0]
            elif "ORG" in tied:
                label = "ORG"  # "the West Coast Bank" (ORG) = "West Coast Bank" (LOC)
            else:
                label = min(tied, key=lambda lab: _LABEL_RANK.get(lab, 9))
        else:
            label = tied[0]
        keep = group[0]
        for c in group[1:]:
            keep.spans.extend(c.spans)
            out.remove(c)
        keep.spans.sort(key=lambda s: s.start)
        keep.chosen = label
    return out


def _merge_acronyms_before(clusters: list[Cluster]) -> list[Cluster]:
    """An acronym written before the full name ("RSF fighters flee" in a headline, "the Rapid
    Support Forces" in the body) is the same organization (the reverse order is found as the
    mentions come, by ``_org_target``)."""
    out = list(clusters)
    for c in clusters:
        if c.label != "ORG" or c not in out:
            continue
        texts = {sp.text for sp in c.spans}
        if len(texts) != 1:
            continue
        short = texts.pop()
        if not _is_acronym(short):
            continue
        full = next((o for o in out if o is not c and o.label == "ORG" and any(
            len(sp) > 1 and acronym([t.text for t in sp]) == short for sp in o.spans)), None)
        if full is not None:
            full.spans.extend(c.spans)
            full.spans.sort(key=lambda sp: sp.start)
            out.remove(c)
    return out


def _unsuffixed(words: list[str]) -> list[str]:
    while len(words) > 2 and words[-1].lower() in NAME_SUFFIXES:  # "Marcos" = "... Marcos Jr."
        words = words[:-1]
    return words


def _person_target(span: Span, people: list[Cluster]) -> Cluster | None:
    words = _unsuffixed([t.text for t in span])
    for c in reversed(people):  # the most recent person of that name
        names = [_unsuffixed([t.text for t in s]) for s in c.spans]
        longest = max(names, key=len)
        if [w.lower() for w in words] == [w.lower() for w in longest]:
            return c
        if len(words) == 1 and len(longest) > 1 and words[0] in (longest[0], longest[-1]):
            return c
        if len(words) == 1 and len(longest) > 1 and len(words[0]) >= 6 and \
                OSA.distance(words[0], longest[-1], score_cutoff=1) <= 1 and \
                words[0][0] == longest[-1][0]:
            return c  # "Zelensky" in a headline, "Volodymyr Zelenskyy" in the body
        if len(words) > 1 and len(longest) == 1 and (longest[0] in (words[0], words[-1]) or (
                len(longest[0]) >= 6 and longest[0][0] == words[-1][0]
                and OSA.distance(longest[0], words[-1], score_cutoff=1) <= 1)):
            return c
        if len(words) > 1 and len(longest) > 1 and words[0] == longest[0] \
                and words[-1] == longest[-1]:
            return c  # "Lloyd J. Austin" = "Lloyd Austin"
        short, full = sorted((words, longest), key=len)
        if 1 < len(short) < len(full) and full[-len(short):] == short:
            return c  # "Suu Kyi" = "Aung San Suu Kyi"
    return None


def _org_target(span: Span, orgs: list[Cluster]) -> Cluster | None:
    words = [t.text for t in span]
    text = span.text
    for c in reversed(orgs):
        for other in c.spans:
            owords = [t.text for t in other]
            if len(owords) > 1 and text.isupper() and len(text) >= 2 and (
                    acronym(owords) == text or _bracketed_after(span, other)):
                return c
            if len(words) == 1 and len(owords) > 1 and words[0] == owords[0] \
                    and len(words[0]) >= 4 and words[0][0].isupper():
                return c
    return None


def _merge_misspellings(clusters: list[Cluster]) -> list[Cluster]:
    """Fold a one-mention cluster into another cluster one edit away from its name."""
    out = list(clusters)
    for c in clusters:
        if len(c.spans) != 1:
            continue
        text = c.spans[0].text
        if len(text) < 6 or " " in text or geo.country_of_demonym(text):
            continue  # ("Russian" is no misspelling of "Russia")
        best = None
        for other in out:
            if other is c or len(other.spans) < 2:
                continue
            otext = max((s.text for s in other.spans), key=len)
            if otext[0] == text[0] and OSA.distance(text, otext) == 1 and \
                    not any(s.text == text for s in other.spans):
                best = other
                break
        if best is not None:
            best.spans.append(c.spans[0])
            out.remove(c)
    return out


def _bare_name(span: Span) -> tuple[Span, list[str]]:
    """The span without lower-case words after the name ("Sagiang village" -> "Sagiang"),
    and its words."""
    end = span.end
    while end - 1 > span.start and span.doc[end - 1].is_lower:
        end -= 1
    if end != span.end:
        span = Span(span.doc, span.start, end, label=span.label_)
    return span, [t.text for t in span]


def fold_headline_misspellings(clusters: list[Cluster], body_start: int) -> list[Cluster]:
    """Join a cluster that only the headline mentions to the body's cluster whose name it
    misspells by one slip ("El Fashir" in the headline, "El Fasher" in the body; "Sagiang
    village" / "Sagaing"; "Morroco" / "Morocco"). The body's label wins: the NER's label for
    an unknown spelling says little. Copy desks flag the same slips (``copydesk.names``)."""
    if body_start <= 0:
        return clusters
    body = [c for c in clusters if any(s.start_char >= body_start for s in c.spans)]
    out = list(clusters)
    for c in clusters:
        if c in body or c.label == "NORP":
            continue
        head, words = _bare_name(c.spans[0])
        best = None
        for other in body:
            if other.label == "NORP":
                continue
            if any(one_slip(words, _bare_name(s)[1]) for s in other.spans
                   if s.start_char >= body_start) \
                    and (best is None or len(other.spans) > len(best.spans)):
                best = other
        if best is None:
            continue
        best.chosen = best.label
        best.spans.extend([head] + c.spans[1:])
        best.slips.update(sp.start for sp in [head] + c.spans[1:])
        best.spans.sort(key=lambda sp: sp.start)
        out.remove(c)
    return out


def _recover_acronyms(doc: Doc, clusters: list[Cluster], taken: set[int]) -> list[Span]:
    """Upper-case tokens the NER missed that are an organization's acronym: the one in
    brackets after its name, or its initials ("United Nations Children's Fund" is not
    "UNCF": only a bracketed acronym may differ from the initials)."""
    acronyms: dict[str, Cluster] = {}
    for c in clusters:
        if c.label != "ORG":
            continue
        for s in c.spans:
            if len(s) >= 2:
                initials = acronym([t.text for t in s])
                if len(initials) >= 3:
                    acronyms.setdefault(initials, c)
            if s.end + 2 < len(doc) and doc[s.end].text == "(" and doc[s.end + 2].text == ")":
                inner = doc[s.end + 1].text
                if _is_acronym(inner):
                    acronyms.setdefault(inner, c)
    if not acronyms:
        return []
    strings = doc.vocab.strings
    wanted = {strings.add(a): a for a in acronyms}
    orths = doc.to_array(ORTH)
    found = []
    for i in numpy.flatnonzero(numpy.isin(orths, list(wanted))).tolist():
        if i in taken:
            continue
        target = acronyms[wanted[int(orths[i])]]
        span = Span(doc, i, i + 1, label="ORG")
        target.spans.append(span)
        target.spans.sort(key=lambda sp: sp.start)
        found.append(span)
    return found


def _said_of(tok) -> bool:
    """A lone given name standing as a person does: the subject of a verb, or a possessor
    ("Abiy said", "Abiy's government"), not a word of another name or a place's modifier."""
    return tok.dep_ in ("nsubj", "nsubjpass", "poss") and tok.head.pos_ in ("VERB", "AUX",
                                                                           "NOUN")


def recover_names(doc: Doc, clusters: list[Cluster], taken: set[int]) -> list[Span]:
    """Proper nouns the NER missed that are a person's surname written in full elsewhere
    ("Scholz told parliament" after "Olaf Scholz"), or one edit from a name written at least
    twice ("Khakriv" in a headline, "Kharkiv" in the body), or a one-word place written again,
    or an organization's acronym given in brackets after its name or spelled by its initials
    ("National Liberation Army (ELN)" ... "The ELN said"), or a one-word organization's name
    written again.
    Each joins that cluster; returns the new spans (already added to their clusters)."""
    found = _recover_acronyms(doc, clusters, taken)
    taken = taken | {i for sp in found for i in range(sp.start, sp.end)}
    surnames: dict[str, Cluster] = {}
    given: dict[str, Cluster | None] = {}  # first names: "Abiy" for Abiy Ahmed, as Ethiopian
    # (and Thai, Indonesian, Icelandic) copy calls people; None where two people share one
    names: dict[str, Cluster] = {}
    places: dict[str, Cluster] = {}
    for c in clusters:
        label = c.label
        if label not in ("PERSON", "ORG", "GPE", "LOC"):
            continue
        for s in c.spans:
            if label == "PERSON" and len(s) > 1 and len(s[-1].text) >= 3:
                surnames.setdefault(s[-1].text, c)
            if label == "PERSON" and len(s) > 1 and len(s[0].text) >= 3 and s[0].is_title \
                    and not is_title_word(s[0].text):
                given[s[0].text] = c if given.get(s[0].text, c) is c else None
            if label in ("GPE", "LOC", "ORG") and len(s) == 1 and len(s.text) >= 3:
                # "in Rafah", untagged, after a tagged "Rafah"; "Orano, which is owned by the
                # state, denounced ..." after a tagged "Orano"
                places.setdefault(s.text, c)
            if len(c.spans) >= 2:
                for t in s:
                    if len(t.text) >= 6 and t.is_title:
                        names.setdefault(t.text, c)
    if not names and not surnames and not places:
        return found
    for i in title_propns(doc):  # only a capitalized proper noun can be a missed name
        if i in taken:
            continue
        tok = doc[i]
        text = tok.text
        target = surnames.get(text) or places.get(text)
        if target is None and text not in surnames and given.get(text) is not None \
                and _said_of(tok):
            target = given[text]  # "Abiy said ...", after "Abiy Ahmed"
        if target is None and len(text) >= 6 and text not in names \
                and not geo.country_of_demonym(text):  # ("Angolan" is no slip of "Angola")
            for name, c in names.items():
                if text in (name + "s", name + "es") or name in (text + "s", text + "es"):
                    continue  # a plural: "Boeings" are aircraft, not the company
                if name[0] == text[0] and OSA.distance(text, name, score_cutoff=1) == 1:
                    if not geo.is_place(text):  # else a real place of its own
                        target = c
                    break
        if target is None:
            continue
        span = Span(doc, tok.i, tok.i + 1, label=target.label)
        target.spans.append(span)
        target.spans.sort(key=lambda s: s.start)
        found.append(span)
    return found

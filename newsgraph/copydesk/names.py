"""Names spelled two ways: a headline name the body spells otherwise, and in-article variants.

1. Collect the words that read as names (``Word.name``, see ``View.is_name``), with where
   they stand.
2. ``misspelled_names``: a headline name that never appears in the body but is one or two
   edits from a body name ("Khakriv" / "Kharkiv").
3. ``inconsistent_spellings``: two close forms of a name in the article ("Zelenskyy" /
   "Zelensky"); every occurrence of the less used form is pointed at.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from ..entities.words import is_common_word
from ..places import is_place as _is_place
from ..record import Issue
from ..spelling import close_forms, distinct_places
from .view import View, Word, adjacent


def is_place(name: str) -> bool:
    """Is this the main name of a known place (a country, a region, a city of 15,000)?"""
    return name[:1].isupper() and _is_place(name, 15000, alternates=False)


def _times(n: int) -> str:
    return "once" if n == 1 else f"{n} times"


def misspelled_names(view: View) -> list[Issue]:
    """Headline names absent from the body but one or two edits from a body name."""
    names = [w for w in view.words if w.name]
    body = [w for w in names if not view.in_headline(w)]
    body_counts = Counter(w.text for w in body)
    body_text = " ".join(view.text[s:e] for s, e, kind in view.paragraphs if kind != "headline")
    issues = []
    seen: set[str] = set()
    for w in names:
        if not view.in_headline(w) or w.text in seen:
            continue
        if re.search(rf"\b{re.escape(w.text)}\b", body_text, re.IGNORECASE):
            continue
        if is_common_word(w.text):
            continue  # "Probe" in a headline is a word, whatever names the body has
        best = None
        for form, count in body_counts.items():
            dist = close_forms(w.text, form)
            if dist is None or distinct_places(w.text, form):
                continue
            key = (dist, -count, form)
            if best is None or key < best:
                best = key
        if best is None:
            continue
        seen.add(w.text)
        form = best[2]
        issues.append(Issue(
            kind="misspelled_name", start=w.start, end=w.end, text=w.text, suggestion=form,
            message=f"headline spells '{w.text}'; the body says '{form}' "
                    f"{_times(body_counts[form])}"))
    return issues


def inconsistent_spellings(view: View) -> list[Issue]:
    """Occurrences of the less used of two close spellings of one name."""
    names = [w for w in view.words if w.name]
    body_forms = {w.text for w in names if not view.in_headline(w)}
    # Forms only in the headline are misspelled_names' business.
    names = [w for w in names if w.text in body_forms]
    counts = Counter(w.text for w in names)
    first_seen: dict[str, int] = {}
    for w in names:
        first_seen.setdefault(w.text, w.start)
    companions = _companions(view, names)
    labels: dict[str, set[str]] = defaultdict(set)
    for w in names:
        labels[w.text].add(w.label)

    forms = sorted(counts)
    lowered = {f: f.lower() for f in forms}
    parent = {f: f for f in forms}

    def root(f: str) -> str:
        while parent[f] != f:
            f = parent[f]
        return f

    for i, a in enumerate(forms):
        la = lowered[a]
        for b in forms[i + 1:]:
            lb = lowered[b]
            # close_forms needs the same first letter and at most two edits: most pairs fail
            # that, and the check here is far cheaper than the call
            if la[0] != lb[0] or abs(len(la) - len(lb)) > 2:
                continue
            if close_forms(a, b) is None or distinct_places(a, b):
                continue
            if is_common_word(a) and is_common_word(b):
                continue  # "Majority"/"Minority" in titles: two words, not one name
            if _demonym_pair(labels[a], labels[b]):
                continue  # "German"/"Germany": a people and its country
            if _different_people(companions[a], companions[b]):
                continue
            parent[root(b)] = root(a)
    groups: dict[str, list[str]] = defaultdict(list)
    for f in forms:
        groups[root(f)].append(f)

    issues = []
    for group in groups.values():
        if len(group) < 2:
            continue
        # The spelling used most is taken as meant; on a tie, the one used first.
        major = min(group, key=lambda f: (-counts[f], first_seen[f]))
        for w in names:
            if w.text in group and w.text != major:
                issues.append(Issue(
                    kind="inconsistent_spelling", start=w.start, end=w.end, text=w.text,
                    suggestion=major,
                    message=f"'{w.text}' here, but the article spells this name '{major}' "
                            f"{_times(counts[major])}; use one spelling throughout"))
    return issues


def _demonym_pair(a: set[str], b: set[str]) -> bool:
    places = {"GPE", "LOC"}
    return (a == {"NORP"} and bool(b & places)) or (b == {"NORP"} and bool(a & places))


def _companions(view: View, names: list[Word]) -> dict[str, set[str]]:
    """Form -> the name words written right next to it ("Vadim" for "Shishimarin")."""
    words = view.words
    pos = {w.i: k for k, w in enumerate(words)}
    out: dict[str, set[str]] = defaultdict(set)
    for w in names:
        k = pos[w.i]
        if k > 0 and adjacent(view.text, words[k - 1].end, w.start) and words[k - 1].name:
            out[w.text].add(words[k - 1].text)
        if k + 1 < len(words) and adjacent(view.text, w.end, words[k + 1].start) \
                and words[k + 1].name:
            out[w.text].add(words[k + 1].text)
    return out


def _different_people(a: set[str], b: set[str]) -> bool:
    """Both forms come with other name words, and never the same ones: "Ahmed Ali" and
    "Ahmad Shah" are two people, not one name spelled two ways."""
    return bool(a and b and not a & b)

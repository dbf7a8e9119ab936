"""Mixed British and American spelling ("defence" and "defense" in one article).

The pairs come from the ``breame`` package (about 1,700 British/American spelling pairs).

1. Each word of the article with a British or an American spelling is looked up; words both
   varieties use in some sense are left out (``NEUTRAL``: "program" of a computer, "tire" the
   verb, "draft" the document, "judgment" of a British court...).
2. Words inside a proper name keep the name's own spelling and are neither counted nor pointed
   at: "Department of Defense", "Defense Secretary", "Labour Party", "Pearl Harbor" are
   official names or titles a sub-editor does not respell. A word counts as in a name when it
   is capitalized away from the start of a sentence or tagged as part of a name (outside Title
   Case headlines, where capitals say nothing).
3. The variety used more often (on a tie: the one the body uses first) is the article's; every
   word in the other variety is an issue, with the spelling of the article's variety.
4. -ise/-ize is judged on its own: "organize" with "colour" is Oxford spelling, used by many
   British publishers, so -ize is only reported against -ise; but -ise in an otherwise American
   article is reported (American spelling has no -ise).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from ..record import Issue
from .view import NAME_LABELS, View

# Forms that both varieties use (in some sense), so they say nothing about the variety.
# Hand-written: breame lists them as one-sided, but British English writes "practice" (noun),
# "license"/"licensed"/"licensing" (verb), "program" (software), "tire" (to weary), "draft"
# (document), "meter" (gauge), "disk" (computer), "judgment" (legal), "ton" and "gram" (units),
# "filter", "biased", "install", "gasses" (verb), "buses"; and American English writes "disc",
# "catalogue", "dialogue", "prologue", "glamour", "axe", "gases", "fillet" (of fish).
NEUTRAL = frozenset("""
practice practices license licenses licensed licensing program programs tire tires tired
draft drafts drafted drafting meter meters disk disks disc discs judgment judgments ton tons
gram grams filter filters filtered filtering biased biasing install installs gasses busses
bevy bevies groin groins siphon siphons sheik chili chimera gypsies griffin catalogue
catalogues dialogue dialogues prologue prologues epilogue epilogues monologue monologues
glamour axe axes gases buses whiskey whisky inquiry inquiries enquiry enquiries annex annexe
fetus fetal fillet fillets
""".split())


@dataclass(frozen=True, slots=True)
class Spelling:
    variety: str  # "British" | "American"
    other: str  # the same word in the other variety
    ize: bool  # the pair differs only in -ise/-ize


@lru_cache(maxsize=1)
def _pairs() -> dict[str, Spelling]:
    from breame.data.spelling_constants import (
        AMERICAN_ENGLISH_SPELLINGS,
        BRITISH_ENGLISH_SPELLINGS,
    )

    table: dict[str, Spelling] = {}
    for word, other in BRITISH_ENGLISH_SPELLINGS.items():
        table[word] = Spelling("British", other, _ize_pair(word, other))
    for word, other in AMERICAN_ENGLISH_SPELLINGS.items():
        table[word] = Spelling("American", other, _ize_pair(other, word))
    for word in NEUTRAL:
        table.pop(word, None)
    return table


def _ize_pair(british: str, american: str) -> bool:
    if len(british) != len(american):
        return False
    diffs = [(b, a, i) for i, (b, a) in enumerate(zip(british, american)) if b != a]
    return bool(diffs) and all(b == "s" and a == "z" and i > 0 and british[i - 1] == "i"
                               for b, a, i in diffs)


def spelling_of(word: str) -> Spelling | None:
    """The variety of a word's spelling, if it has one ("colour" -> British)."""
    return _pairs().get(word.lower())


def match_case(model: str, word: str) -> str:
    """``word`` written in the capitals of ``model`` ("Defence" -> "Defense")."""
    if model.isupper() and len(model) > 1:
        return word.upper()
    if model[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


@dataclass(slots=True)
class _Use:
    text: str
    start: int
    end: int
    spelling: Spelling
    in_body: bool


def mixed_spellings(view: View) -> list[Issue]:
    """Words spelled in the variety the rest of the article does not use."""
    uses: list[_Use] = []
    names = Counter()  # how often each spelling appears inside a proper name
    for w in view.words:
        sp = spelling_of(w.text)
        if sp is None:
            continue
        if _in_name(view, w):
            names[w.text.lower()] += 1
            continue
        uses.append(_Use(w.text, w.start, w.end, sp, not view.in_headline(w)))

    general = [u for u in uses if not u.spelling.ize]
    ize = [u for u in uses if u.spelling.ize]
    issues: list[Issue] = []
    house = _majority(general)
    if house is not None:
        issues += _report(general, house, uses, names)
    ize_house = _majority(ize)
    if ize_house is not None:
        issues += _report(ize, ize_house, uses, names)
    elif ize and ize[0].spelling.variety == "British" and _leaning(general) == "American":
        # Only -ise words, in an American article: American spelling has no -ise.
        issues += _report(ize, "American", uses, names)
    return sorted(issues, key=lambda i: i.start)


def _in_name(view: View, w) -> bool:
    if not w.text[:1].isupper():
        return False
    if w.label in NAME_LABELS and w.label not in ("NORP", "LANGUAGE"):
        return True
    if view.title_case[w.paragraph]:
        return False
    return w.propn or not w.initial


def _majority(uses: list[_Use]) -> str | None:
    """The variety used more often; None when only one is used (nothing is mixed)."""
    counts = Counter(u.spelling.variety for u in uses)
    if len(counts) < 2:
        return None
    if counts["British"] != counts["American"]:
        return counts.most_common(1)[0][0]
    first = next((u for u in uses if u.in_body), uses[0])
    return first.spelling.variety


def _times(n: int) -> str:
    return "once" if n == 1 else f"{n} times"


def _leaning(uses: list[_Use]) -> str | None:
    """The variety most of these words are in (None when there are none)."""
    counts = Counter(u.spelling.variety for u in uses)
    if not counts or counts["British"] == counts["American"]:
        return _majority(uses) if counts else None
    return counts.most_common(1)[0][0]


def _report(group: list[_Use], house: str, uses: list[_Use], names: Counter) -> list[Issue]:
    issues = []
    house_words = Counter(u.text.lower() for u in uses if u.spelling.variety == house)
    for u in group:
        if u.spelling.variety == house:
            continue
        other = u.spelling.other
        same = house_words.get(other, 0)
        if same:
            in_names = names.get(other, 0)
            also = f", and {in_names} more in names" if in_names else ""
            where = f"the {house} '{other}' ({_times(same)}{also})"
        else:
            examples = ", ".join(f"'{w}'" for w, _ in house_words.most_common(3))
            where = f"{house} spelling ({examples}): {house} '{other}'"
        issues.append(Issue(
            kind="mixed_spelling", start=u.start, end=u.end, text=u.text,
            suggestion=match_case(u.text, other),
            message=f"'{u.text}' is the {u.spelling.variety} spelling; the article otherwise "
                    f"uses {where}"))
    return issues

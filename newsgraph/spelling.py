"""Close spellings of one name: the test the copy desk and name coreference share.

``close_forms`` says whether two name forms read as one name misspelled ("Khakriv" /
"Kharkiv", "Morroco" / "Morocco"), ``related_forms`` whether they are related words instead
("Russia" / "Russian"), ``distinct_places`` whether both are real, different places
("Slovakia" / "Slovenia").
"""

from __future__ import annotations

import re

from rapidfuzz.distance import OSA, Indel

from .places import place_ids

# Endings that turn one name into a related one rather than a misspelling of it: plurals,
# demonyms and adjectives ("Russia"/"Russian", "Israel"/"Israeli", "Sudan"/"Sudanese"), and the
# feminine -a of Slavic surnames ("Ivanov"/"Ivanova": two people, not a typo).
_RELATED_ENDINGS = ("", "s", "es", "n", "ns", "an", "ans", "ian", "i", "is", "ese", "a", "ic",
                    "er", "ers")


def related_forms(a: str, b: str) -> bool:
    """One stem with related endings: "Russia"/"Russian", "Democratic"/"Democrats"."""
    for end_a in _RELATED_ENDINGS:
        if end_a and not a.endswith(end_a):
            continue
        stem = a[:len(a) - len(end_a)]
        if len(stem) >= 3 and b.startswith(stem) and b[len(stem):] in _RELATED_ENDINGS:
            return True
    return False


def close_forms(a: str, b: str) -> int | None:
    """Edit distance between two name forms when it reads as a misspelling, else None.

    One edit (a transposition counts as one) for names of five letters or more, two for
    names of eight or more; the first letter must agree (typos rarely hit it, and distinct
    names that differ there are common: "Iran"/"Oran"). A letter doubled in the wrong place
    is one slip, though two edits ("Morroco"/"Morocco", "Phillipines"/"Philippines").
    """
    la, lb = a.lower(), b.lower()
    if la == lb or la[0] != lb[0]:
        return None
    n = min(len(la), len(lb))
    if n < 5:
        return None
    if _undoubled(la) == _undoubled(lb):
        return 1  # (before the related endings: "Omdurmann" is no "-n" form of "Omdurman")
    if related_forms(la, lb):
        return None
    dist = OSA.distance(la, lb, score_cutoff=2)
    if dist == 1 or (dist == 2 and n >= 8):
        return dist
    return None


def distinct_places(a: str, b: str) -> bool:
    """True when both forms are main names of different real places ("Slovakia"/"Slovenia").

    Main names only: a variant such as "Kiev" is then unknown, so "Kiev"/"Kyiv" is still
    reported, as it should be."""
    ia, ib = place_ids(a), place_ids(b)
    return bool(ia and ib and not ia & ib)




def letter_dropped(short: str, long: str) -> bool:
    """Is ``short`` ``long`` with one letter left out ("kils" of "kills"), the commonest slip?"""
    return len(long) == len(short) + 1 and Indel.distance(short, long) == 1


def _undoubled(word: str) -> str:
    """The word with every doubled letter written once: "morroco" -> "moroco"."""
    return "".join(c for i, c in enumerate(word) if i == 0 or c != word[i - 1])


def one_slip(words: list[str], other: list[str]) -> bool:
    """Same words but one, and that one a misspelling of the other's: "El Fashir" /
    "El Fasher" (``close_forms``), not two real places."""
    if len(words) != len(other):
        return False
    diff = [(a, b) for a, b in zip(words, other, strict=True) if a.lower() != b.lower()]
    return len(diff) == 1 and close_forms(*diff[0]) is not None \
        and not distinct_places(*diff[0])


_INFLECTIONS = ("", "s", "es", "ed", "d", "ing", "ly", "er", "ers")


def unknown_words(line: str, known: set[str]) -> int:
    """How many lowercase words of ``line`` (a headline) are neither in ``known`` (the words
    of the story) nor an English word with a common inflection: of two printed copies of one
    headline, the one with a slip ("arested", "relased") has more."""
    count = 0
    for word in re.findall(r"[a-z]+", line):
        if len(word) < 4 or word in known:
            continue
        if not any(word.endswith(end) and _stem_is_word(word[:len(word) - len(end)])
                   for end in _INFLECTIONS if len(word) - len(end) >= 3):
            count += 1
    return count


def _stem_is_word(stem: str) -> bool:
    """A word, or one whose last consonant an ending doubled ("kidnapp" of "kidnapped")."""
    from .entities.words import is_common_word  # (the word list loads on first use)

    return is_common_word(stem) or (len(stem) >= 4 and stem[-1] == stem[-2]
                                    and stem[-1] not in "aeiou" and is_common_word(stem[:-1]))

"""Undo the usual disguises of offensive words, keeping a map back to the original text.

    norm = normalize("You are a f#cking b!tch")
    norm.text          # "you are a fucking bitch"
    norm.span(10, 17)  # (10, 17): the offsets of "f#cking" in the original

1. Unicode: NFKC, lower case, zero-width and combining marks dropped, homoglyphs (Cyrillic
   and Greek letters that look Latin) mapped to the Latin letter.
2. Spaced letters: "f u c k", "f.u.c.k", "s p a c e d" become one word.
3. Inside a word that has letters: l33t digits and symbols (0 1 3 4 5 7 8 @ $ !) become
   letters; masking symbols (* # % ?) are matched against the policy's lexicon as wildcards.
4. Letters repeated three times or more collapse to one ("fuuuuck"), two to one when that
   gives a lexicon word ("fuuck").
5. Misspelt and run-together policy words, when the word is no English word: two letters
   swapped ("fcuking"), "ph" for "f" ("phuck"), and policy words inside a longer word
   ("clusterf**k", "fuckingridiculous") set apart; only words that are never part of an
   innocent one are looked for inside others (``_INSIDE``: never "cunt", or Scunthorpe).

The classifier is trained and run on the normalized text, so evidence spans found there are
mapped back with ``span`` to the text the reader wrote.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass

# letters that render like Latin ones (Cyrillic, Greek, a few symbols)
HOMOGLYPHS = {
    "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "і": "i", "ї": "i",
    "ј": "j", "ѕ": "s", "һ": "h", "ԁ": "d", "ԛ": "q", "ԝ": "w", "к": "k", "м": "m", "т": "t",
    "в": "b", "н": "h", "ь": "b", "ɡ": "g", "ɑ": "a", "ο": "o", "α": "a", "ε": "e", "ι": "i",
    "κ": "k", "ν": "v", "ρ": "p", "τ": "t", "υ": "u", "χ": "x", "ϲ": "c", "β": "b", "η": "n",
    "ı": "i", "ł": "l", "ø": "o", "ß": "ss", "æ": "ae", "œ": "oe",
}
LEET = {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b", "@": "a",
        "$": "s", "!": "i", "|": "l", "€": "e", "+": "t"}
# l33t characters that stand for one of two letters ("c1own", "1d10t")
LEET_ALT = {"1": "l", "!": "l", "|": "i"}
MASKS = set("*#%?_")
# policy words looked for inside a longer word that is no English word: the ones of six
# letters or more, and these shorter ones that end no innocent word's letters
_INSIDE = ("fuck", "shit")
_INSIDE_MIN = 6
ZERO_WIDTH = {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"}

_WORD = re.compile(r"[^\s]+")
# three or more single letters (or leet characters) separated by one space, dot, dash or
# underscore: "f u c k", "f.u.c.k", "b-i-t-c-h"
_SPACED = re.compile(r"(?<![^\s\"'(])((?:[a-z0-9@$!*#][ .\-_]){2,}[a-z0-9@$!*#])"
                     r"(?![^\s\"'),.!?;:])")
_REPEAT3 = re.compile(r"([a-z])\1{2,}")


@dataclass(slots=True)
class Normalized:
    """Normalized text and, for each of its characters, the offset it came from."""

    text: str
    source: list[int]
    original: str

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original text's [start, end) for the normalized text's [start, end)."""
        if not self.source or start >= end:
            return start, start
        start = min(start, len(self.source) - 1)
        end = min(end, len(self.source))
        return self.source[start], self.source[end - 1] + 1


class _Builder:
    def __init__(self) -> None:
        self.chars: list[str] = []
        self.source: list[int] = []

    def add(self, text: str, at: int) -> None:
        for ch in text:
            self.chars.append(ch)
            self.source.append(at)


def _unicode_pass(text: str) -> tuple[str, list[int]]:
    b = _Builder()
    for i, ch in enumerate(text):
        if ch in ZERO_WIDTH:
            continue
        for c in unicodedata.normalize("NFKD", ch):
            if unicodedata.combining(c):
                continue
            c = unicodedata.normalize("NFKC", c).lower()
            b.add(HOMOGLYPHS.get(c, c) if len(c) == 1 else
                  "".join(HOMOGLYPHS.get(x, x) for x in c), i)
    return "".join(b.chars), b.source


def _rewrite(text: str, source: list[int], pattern: re.Pattern[str],
             fix: Callable[[re.Match[str]], str | None]) -> tuple[str, list[int]]:
    """Replace each match by ``fix(match)`` (None: keep), carrying the source offsets."""
    b = _Builder()
    pos = 0
    for m in pattern.finditer(text):
        new = fix(m)
        if new is None:
            continue
        for k in range(pos, m.start()):
            b.add(text[k], source[k])
        old = list(range(m.start(), m.end()))
        # each new character points at the old one in the same relative place
        for j, ch in enumerate(new):
            k = old[-1] if j == len(new) - 1 else old[min(len(old) - 1, j * len(old) // len(new))]
            b.add(ch, source[k])
        pos = m.end()
    for k in range(pos, len(text)):
        b.add(text[k], source[k])
    return "".join(b.chars), b.source


def _fits(masked: str, word: str) -> bool:
    """Do the letters of ``masked`` (mask symbols as wildcards) spell ``word``?"""
    return len(masked) == len(word) and all(
        m == w or m in MASKS for m, w in zip(masked, word, strict=True))


class Normalizer:
    """The normalizer with the lexicon it resolves masked and doubled letters against."""

    def __init__(self, lexicon: Iterable[str] = ()):
        self.words = {w for w in lexicon if " " not in w}
        by_len: dict[int, list[str]] = {}
        for w in sorted(self.words):
            by_len.setdefault(len(w), []).append(w)
        self._by_len = by_len
        self._longest_first = sorted(self.words, key=len, reverse=True)
        self._inside = [w for w in self._longest_first if len(w) >= _INSIDE_MIN or w in _INSIDE]

    def __call__(self, text: str) -> Normalized:
        """Normalize ``text`` (see the module's docstring)."""
        norm, src = _unicode_pass(text)
        norm, src = _rewrite(norm, src, _SPACED, self._join_spaced)
        norm, src = _rewrite(norm, src, _WORD, self._fix_word)
        return Normalized(norm, src, text)

    def _join_spaced(self, m: re.Match[str]) -> str | None:
        joined = re.sub(r"[ .\-_]", "", m.group(1))
        # "a b c" lists and initials ("u.s.a") stay; joined words that read as a lexicon
        # word, or long runs (5+ letters) are joined
        fixed = self._resolve(joined)
        if fixed in self.words:
            return fixed
        if len(joined) >= 5:
            return fixed if " " in fixed else self._split_known(fixed)
        return None

    def _split_known(self, run: str, inside: bool = False) -> str:
        """Several spaced words joined into one run ("fuckingidiot"): lexicon words inside
        it are set apart, longest first ("fucking idiot"). ``inside``: a written word, where
        only the words of ``_INSIDE`` and those of ``_INSIDE_MIN`` letters are looked for."""
        for w in self._inside if inside else self._longest_first:
            if len(w) >= 4 and w in run:
                k = run.index(w)
                left, right = run[:k], run[k + len(w):]
                parts = [self._split_known(left, inside) if left else "", w,
                         self._split_known(right, inside) if right else ""]
                return " ".join(p for p in parts if p)
        return run

    def _fix_word(self, m: re.Match[str]) -> str | None:
        word = m.group(0)
        fixed = self._resolve(word)
        return fixed if fixed != word else None

    def _resolve(self, word: str) -> str:
        # keep punctuation around the word: "b!tch," -> core "b!tch"
        lead = len(word) - len(word.lstrip("\"'(["))
        trail = len(word) - len(word.rstrip("\"'),.;:?!]"))
        core = word[lead:len(word) - trail] if trail else word[lead:]
        if not core or not any(c.isalpha() for c in core):
            return word
        if core.startswith(("@", "#", "http")) and core[1:].isalnum():
            return word  # mentions and hashtags
        if core.startswith(("http://", "https://", "www.")):
            return word  # an address ("www" is no repeated letter)
        fixed = core
        if any(c in "-—–" for c in core.strip("-—–")):
            # a dash inside a policy word ("sh-it", "motherf—king"), not between two words
            joined = re.sub(r"[-—–]", "", core)
            unmasked = "".join(LEET.get(c, c) for c in joined)
            if unmasked in self.words or joined.isalpha() and self._split_known(
                    joined, inside=True) != joined:
                core = fixed = joined
            else:  # "circle-w*nk": each part on its own
                parts = re.split(r"([-—–])", core)
                done = [p if p in "-—–" or not p else self._resolve(p) for p in parts]
                if any(d != p and d in self.words for d, p in zip(done, parts, strict=True)):
                    return word[:lead] + "".join(done) + (word[len(word) - trail:]
                                                          if trail else "")
        if "." in core.strip("."):
            # a dot inside a word ("motherf.ucker"), not between words ("u.s.a")
            joined = core.replace(".", "")
            if joined in self.words or joined.isalpha() and len(joined) >= 7 \
                    and self._split_known(joined, inside=True) != joined:
                core = fixed = joined
        if any(c in LEET or c in MASKS for c in core):
            fixed = self._unleet(core)
        fixed = _REPEAT3.sub(r"\1", fixed)
        if fixed not in self.words:
            dedup = re.sub(r"([a-z])\1", r"\1", fixed)
            if dedup in self.words:
                fixed = dedup
        if fixed not in self.words and fixed.isalpha() and len(fixed) >= 4:
            fixed = self._misspelt(fixed)
        return word[:lead] + fixed + (word[len(word) - trail:] if trail else "")

    def _misspelt(self, word: str) -> str:
        """Step 5 of the module's docstring; ``word`` is letters only."""
        from ..entities.words import is_common_word

        if is_common_word(word):
            return word  # "lair" is no misspelt "liar", "hose" no "hoes"
        if "ph" in word and word.replace("ph", "f") in self.words:
            return word.replace("ph", "f")
        for k in range(len(word) - 1):
            swapped = word[:k] + word[k + 1] + word[k] + word[k + 2:]
            if swapped in self.words:
                return swapped
        if len(word) >= 7:
            split = self._split_known(word, inside=True)
            if split != word:
                return split
        return word

    def _unleet(self, core: str) -> str:
        if any(c in MASKS for c in core):
            # a masked word: the lexicon word of the same length that fits, when only one
            # does ("f*ck" -> fuck; "sh*t" -> shit)
            letters = "".join(LEET.get(c, c) if c not in MASKS else c for c in core)
            pattern = re.compile("".join("." if c in MASKS else re.escape(c) for c in letters))
            fits = [w for w in self._by_len.get(len(core), ()) if pattern.fullmatch(w)]
            if len(fits) == 1:
                return fits[0]
            # a masked policy word that ends or starts a longer one ("clusterf**k")
            for w in _INSIDE:
                n = len(w)
                if len(core) <= n + 2:
                    continue
                if _fits(letters[-n:], w) and letters[:-n].isalpha():
                    return letters[:-n] + w
                if _fits(letters[:n], w) and letters[n:].isalpha():
                    return w + letters[n:]
            return core
        out = "".join(LEET.get(c, c) for c in core)
        if out in self.words:
            return out
        # "1" is "i" or "l": the reading that gives a policy word, or starts one ("1d10tic")
        variants = [out]
        for k, c in enumerate(core):
            if c in LEET_ALT:
                variants += [v[:k] + LEET_ALT[c] + v[k + 1:] for v in variants]
        for v in variants:
            if v in self.words:
                return v
        for v in variants:
            if any(v.startswith(w) for size in (len(v) - 2, len(v) - 3)
                   for w in self._by_len.get(size, [])):
                return v
        # not a policy word: only a word that starts with a letter and has two or more
        # ("sh1t" yes; "4B", "3rd", "b4" stay as written)
        n_letters = sum(c.isalpha() for c in core)
        return out if core[0].isalpha() and n_letters >= 2 and n_letters > len(core) // 2 \
            else core

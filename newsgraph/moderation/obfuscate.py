"""Disguise words the way commenters do, by rule, to measure the classifier on obfuscated
text (``newsgraph eval olid-obfuscated``) and to test the normalizer.

    obfuscate("you are an idiot", rule="leet", rng=random.Random(1), share=1.0)
    # "y0u 4r3 4n 1d10t"

Rules: ``mask`` (a vowel becomes * or #: f*ck), ``leet`` (a→4/@, e→3, i→1/!, o→0, s→$),
``spaced`` (s p a c e d), ``repeat`` (one letter four times), ``homoglyph`` (Cyrillic
а е о р с у х for the Latin ones), ``mixed`` (one of these at random per word).
"""

from __future__ import annotations

import random
import re

RULES = ("mask", "leet", "spaced", "repeat", "homoglyph")
_LEET = {"a": "4@", "e": "3", "i": "1!", "o": "0", "s": "$5", "t": "7"}
_GLYPH = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "y": "у", "x": "х", "i": "і"}
_WORD = re.compile(r"(?<![@#\w])[A-Za-z]{3,}(?![\w])")


def obfuscate_word(word: str, rule: str, rng: random.Random) -> str:
    """One word disguised by ``rule``."""
    if rule == "mixed":
        rule = rng.choice(RULES)
    if rule == "mask":
        vowels = [i for i, c in enumerate(word) if c.lower() in "aeiou" and 0 < i]
        if not vowels:
            return word
        i = rng.choice(vowels)
        return word[:i] + rng.choice("*#") + word[i + 1:]
    if rule == "leet":
        return "".join(rng.choice(_LEET[c.lower()]) if c.lower() in _LEET else c for c in word)
    if rule == "spaced":
        return " ".join(word)
    if rule == "repeat":
        i = rng.randrange(len(word))
        return word[:i] + word[i] * 4 + word[i + 1:]
    if rule == "homoglyph":
        return "".join(_GLYPH.get(c, c) for c in word)
    raise ValueError(f"unknown rule {rule!r}: one of {RULES + ('mixed',)}")


def obfuscate(text: str, rule: str, rng: random.Random, share: float = 0.5) -> str:
    """``text`` with each word of three letters or more disguised with chance ``share``
    (handles and hashtags are left alone)."""
    return _WORD.sub(lambda m: obfuscate_word(m.group(0), rule, rng)
                     if rng.random() < share else m.group(0), text)

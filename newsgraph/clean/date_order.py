"""Which spelling a page follows, as a cue to how it writes dates.

A page in British spelling ("defence", "neighbourhood", "programme": the UK, Ireland, India,
Pakistan, Africa's and the Gulf's English press, Australia) writes a numeric date day first
("03/04/2025" is 3 April); American spelling goes with month first. The pairs are breame's
(``copydesk.varieties``); -ise/-ize pairs say nothing (Oxford spelling uses -ize).
"""

from __future__ import annotations

import re

from ..copydesk.varieties import spelling_of

_WORD = re.compile(r"[A-Za-z]{4,}")


def british_spelling(paragraphs: list[str]) -> bool | None:
    """True when the text spells more words the British way than the American, False when
    the reverse, None when it uses neither (or as many of each)."""
    british = american = 0
    for para in paragraphs:
        for word in _WORD.findall(para):
            found = spelling_of(word)
            if found is None or found.ize:
                continue
            if found.variety == "British":
                british += 1
            else:
                american += 1
    return None if british == american else british > american

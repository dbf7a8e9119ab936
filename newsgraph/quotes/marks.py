"""Quotation-mark spans in a text: “…”, "…", ‘…’, «…», „…“ and '…'.

Hand-written (a character scan) because no maintained library pairs quotation marks: the
ambiguity of straight marks and of the apostrophe (’) needs the rules below.

- A quote opens on an opening mark and closes on its closer; marks of other styles inside it
  are nested quotes and belong to it.
- Straight double quotes pair in order within a paragraph.
- Single marks (‘…’, '…') open only at the start of a word and close only before a non-letter,
  so "don’t" and "it's" are apostrophes, not quotes.
- A quote never crosses a paragraph break. News style leaves a quote that runs on into the
  next paragraph open, and opens it again there: an unclosed quote ends with its paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# opener -> closers it accepts
_PAIRS = {
    "“": "”",
    "«": "»",
    "„": "“”",
    "‘": "’",
    '"': '"',
    "'": "'",
}
_SINGLE = {"‘", "'"}
# The scan jumps from mark to mark: a character loop over the whole text cost more.
_OPENERS = re.compile("[" + re.escape("".join(_PAIRS)) + "]")
_CLOSERS = {opener: re.compile("[" + re.escape(closers) + "]")
            for opener, closers in _PAIRS.items()}
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n|\n")


@dataclass(slots=True, frozen=True)
class QuoteMarks:
    """A quoted passage: ``text[open:close + 1]`` includes both marks."""

    open: int  # offset of the opening mark
    close: int  # offset of the closing mark, or the paragraph end when left open
    closed: bool = True

    @property
    def start(self) -> int:
        return self.open + 1

    @property
    def end(self) -> int:
        return self.close


def find_quotes(text: str) -> list[QuoteMarks]:
    """All top-level quoted passages in ``text``, in order."""
    found: list[QuoteMarks] = []
    pos = 0
    for brk in _PARAGRAPH_BREAK.finditer(text + "\n"):
        found.extend(_scan(text, pos, brk.start()))
        pos = brk.end()
    return found


def _is_word_start(text: str, i: int, lo: int) -> bool:
    before = text[i - 1] if i > lo else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isalnum() and not after.isspace()


def _is_word_end(text: str, i: int, hi: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < hi else " "
    return not before.isspace() and not after.isalnum()


def _scan(text: str, lo: int, hi: int) -> list[QuoteMarks]:
    out: list[QuoteMarks] = []
    i = lo
    while i < hi:
        mark = _OPENERS.search(text, i, hi)
        if mark is None:
            break
        i = mark.start()
        ch = text[i]
        if (ch in _SINGLE or ch == '"') and not _is_word_start(text, i, lo):
            i += 1
            continue
        closers = _CLOSERS[ch]
        j = i + 1
        close = -1
        while (found := closers.search(text, j, hi)) is not None:
            j = found.start()
            if ch not in _SINGLE or _is_word_end(text, j, hi):
                close = j
                break
            j += 1
        if close == -1:
            # Left open: runs to the paragraph end (news style for multi-paragraph quotes),
            # unless it is a lone single mark, which is more likely a stray apostrophe.
            if ch in _SINGLE:
                i += 1
                continue
            end = hi
            while end > i + 1 and text[end - 1].isspace():
                end -= 1
            if end > i + 1:
                out.append(QuoteMarks(i, end, closed=False))
            break
        if close > i + 1:
            out.append(QuoteMarks(i, close))
        i = close + 1
    return out

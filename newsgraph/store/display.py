"""How stored text is shown: an article's display title, and text made safe to read.

    display_title(headline, text) -> "Troops pull back from Kharkiv"
    display_title(None, "KYIV (AP) — Russian troops withdrew on Saturday. ...")
        -> "Russian troops withdrew on Saturday."
    neutralize_bidi("evil\u202e...") -> "evil\ufffd..."

One rule for every place an article is named (search hits, entity pages, stories, quote
sources, the API's ``title`` fields): the headline when there is one, else the first real
sentence of the text, cut on a word with an ellipsis when long. Never an id.
"""

from __future__ import annotations

import re

# Bidirectional controls reorder what a reader sees ("evil" + U+202E ... reads "live"):
# embeddings and overrides U+202A-202E, isolates U+2066-2069, marks U+200E/U+200F, and the
# Arabic letter mark U+061C. Shown text gets U+FFFD in their place, visibly.
BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"
_BIDI_TABLE = {ord(c): "\ufffd" for c in BIDI_CONTROLS}

TITLE_MAX = 120
UNTITLED = "Untitled article"
UNTITLED_STORY = "Untitled story"
STORED_TITLE_CUT = 80  # older stores kept a headline-less story's title as text[:80]

# "KYIV (AP) — ", "WASHINGTON, May 3 (Reuters) - ": a wire dateline before the first sentence.
_DATELINE = re.compile(r"^[A-Z][A-Z .,'’-]{1,40}(?:,\s*[A-Z][a-z]{2,8}\.? \d{1,2})?"
                       r"\s*(?:\([^)]{1,30}\))?\s*[—–-]{1,2}\s+")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*(?=\s|$)")
_ABBREV = {"mr", "mrs", "ms", "dr", "gen", "col", "lt", "sgt", "capt", "gov", "sen", "rep",
           "st", "mt", "ft", "jr", "sr", "no", "vs", "inc", "corp", "co", "ltd", "prof",
           "rev", "hon", "pres", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
           "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n", "e.g", "i.e", "a.m", "p.m",
           "approx", "est", "fig", "vol"}
_WORD = re.compile(r"[^\W\d_]{2,}")
_CLOCK_OR_DATE = re.compile(r"^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|am|pm|"
                            r"updated|published|posted|by|gmt|utc|edt|est|bst|cet)",
                            re.IGNORECASE)


def neutralize_bidi(text: str) -> str:
    """The text with every bidirectional control character replaced by U+FFFD."""
    return text.translate(_BIDI_TABLE)


def shorten(text: str, limit: int = TITLE_MAX) -> str:
    """``text`` cut on a word boundary to at most ``limit`` characters, "…" when cut."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:—–-") + "…"


def _is_noise(line: str) -> bool:
    """A line with hardly any words that are not dates or clock times ("May 2, 2013, 1: 12
    PM", "Updated 10:41 GMT"): not a sentence to name an article by."""
    words = [w for w in _WORD.findall(line) if not _CLOCK_OR_DATE.match(w)]
    return len(words) < 3


def first_sentence(text: str, limit: int = TITLE_MAX) -> str | None:
    """The first real sentence of ``text`` (dateline dropped), shortened; None if none."""
    for line in text.splitlines():
        line = " ".join(line.split())
        if not line or _is_noise(line):
            continue
        line = _DATELINE.sub("", line, count=1) or line
        end = len(line)
        for m in _SENTENCE_END.finditer(line):
            before = line[:m.start()].rsplit(" ", 1)[-1].lower().lstrip("(\"'“‘")
            if before in _ABBREV or (len(before) == 1 and before.isalpha()):
                continue  # "Gen. Smith", "J. Smith": not the end of the sentence
            end = m.end()
            break
        sentence = line[:end].strip()
        if end < len(line) or len(sentence) > limit:
            return shorten(sentence, limit) if len(sentence) > limit else sentence
        return sentence
    return None


def display_title(headline: str | None, text: str | None = None, *,
                  limit: int = TITLE_MAX) -> str:
    """How to name an article to a reader: its headline, else its first sentence.

    Args:
        headline: the article's headline (None or blank when the page had none).
        text: the article's text, or its first few hundred characters.
        limit: the longest title; longer ones are cut on a word with "…".

    Returns:
        A non-empty title with bidi controls neutralized; "Untitled article" when the text
        has no sentence either (never the article's id).
    """
    if headline and headline.strip():
        return neutralize_bidi(shorten(headline, max(limit, 160)))
    sentence = first_sentence(text or "", limit)
    return neutralize_bidi(sentence) if sentence else UNTITLED


def story_title(title: str | None) -> str:
    """A stored story title as shown: its first real sentence, "…" where it was cut."""
    if not title or not title.strip():
        return UNTITLED_STORY
    sentence = first_sentence(title)
    if sentence is None:
        return neutralize_bidi(shorten(title))
    cut_short = (len(title) == STORED_TITLE_CUT and title.rstrip().endswith(sentence)
                 and not sentence.endswith((".", "!", "?", "…", '"', "”", "’", "'")))
    if cut_short and " " in sentence:
        sentence = sentence.rsplit(" ", 1)[0].rstrip(" ,;:—–-") + "…"
    return neutralize_bidi(sentence)

"""Features of a page's blocks for the page model (``newsgraph.clean.segment``).

Each block gets features of its own shape (length, end punctuation, share of stop words,
capitals, digits, links, list and heading marks, date and byline shapes), of where it sits
(position, repetition, similarity to the URL slug) and of its neighbourhood (the shapes of
the blocks around it and how much prose lies before and after it). None names a site or a
phrase: the model has to learn what navigation looks like, not which navigation it saw.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from functools import lru_cache

import numpy as np

from .blocks import Block

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_TOKEN = re.compile(r"\w+")
_MONTH = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d"
                    r"|\b\d{1,2}\.?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", re.I)
_YEAR = re.compile(r"\b(?:19[5-9]\d|20[0-4]\d)\b")
_CLOCK = re.compile(r"\b\d{1,2}:\d\d\b")
_AGO = re.compile(r"\b\d+\s*(?:min|mins|minutes?|hours?|hrs?|h|days?|d)\b(?:\s+ago)?", re.I)
_URLISH = re.compile(r"https?://|www\.|\.(?:com|org|net|html?|php)\b|@\w", re.I)
_SEPARATORS = re.compile(r"[|•·»›>/\\]|\s[-–—]\s")
_BYLINE = re.compile(r"^(?:by|von|par|por|written by|posted by)\s+\S", re.I)
_COPYRIGHT = re.compile(r"©|\(c\)|copyright|all rights reserved", re.I)
_DATELINE = re.compile(r"^[A-ZÀ-Þ][\w.'’ -]{1,40}(?:,[^—–(]{1,40})?\s*(?:\([^)]{1,40}\))?\s*"
                       r"(?:[–—―]|-{1,2})\s")
_QUOTE_START = tuple("\"“‘'«")


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """Stop words of the languages of the training pages (spaCy's lists), lower case."""
    from spacy.lang.de.stop_words import STOP_WORDS as de
    from spacy.lang.en.stop_words import STOP_WORDS as en
    from spacy.lang.es.stop_words import STOP_WORDS as es
    from spacy.lang.fr.stop_words import STOP_WORDS as fr
    from spacy.lang.pl.stop_words import STOP_WORDS as pl

    return frozenset(w.lower() for lst in (en, de, fr, es, pl) for w in lst)


OWN = ("log_chars", "log_words", "mean_word_len", "terminal", "colon_end", "alnum_end",
       "title_share", "upper_share", "stop_share", "digit_share", "punct_share", "urlish",
       "link_density", "links", "separators", "heading", "bullet", "byline", "copyright",
       "month_date", "year", "clock", "ago", "commas", "sentences", "quote_start",
       "dateline_shape", "indent", "first_lower", "slug_overlap", "repeats", "long_prose")
CONTEXT = ("log_chars", "terminal", "stop_share", "link_density", "bullet", "heading",
           "long_prose", "title_share")
OFFSETS = (-3, -2, -1, 1, 2, 3)
POSITION = ("rel_pos", "log_index", "log_from_end", "prose_before", "prose_after",
            "prose_window", "short_run", "n_blocks_log", "next_prose", "prev_prose",
            "lede_overlap")


def names() -> list[str]:
    """The feature names, in the column order of ``matrix``."""
    out = list(OWN) + list(POSITION)
    for off in OFFSETS:
        out += [f"{name}@{off:+d}" for name in CONTEXT]
    return out


def slug_words(url: str | None) -> set[str]:
    """Words of a URL's last path parts ("/2022/05/kharkiv-likely-won" -> kharkiv, likely, won)."""
    if not url:
        return set()
    path = re.sub(r"^[a-z]+://[^/]+", "", url.lower()).split("?")[0]
    parts = [p for p in path.split("/") if p]
    words: set[str] = set()
    for part in parts[-2:]:
        words |= {w for w in re.split(r"[^a-z0-9]+", re.sub(r"\.\w+$", "", part))
                  if len(w) > 2 and not w.isdigit()}
    return words


# How a CMS writes a word with diacritics into a URL: "möglich" as "moeglich" (German
# transliteration) or "moglich" (the accents dropped), "président" as "president".
_TRANSLIT = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def _slug_forms(words: list[str]) -> set[str]:
    forms = set(words)
    for w in words:
        if not w.isascii():
            forms.add(w.translate(_TRANSLIT))
            forms.add(unicodedata.normalize("NFKD", w).encode("ascii", "ignore").decode())
    return forms


def _own(block: Block, stops: frozenset[str], slug: set[str]) -> list[float]:
    text = block.text
    words = _WORD.findall(text)
    n_words = len(words)
    n_chars = len(text)
    n_letters = sum(map(str.isalpha, text))
    n_digits = sum(map(str.isdigit, text))
    n_other = n_chars - sum(map(str.isalnum, text)) - sum(map(str.isspace, text))
    tokens = text.split()
    lower_words = [w.lower() for w in words]
    last = text[-1:]
    long_prose = float(n_words >= 12 and text.endswith(tuple('.!?"”’)…'))
                       and block.link_chars < 0.5 * n_chars)
    slug_overlap = (len(slug & _slug_forms(lower_words)) / len(slug)) if slug else -1.0
    return [
        math.log1p(n_chars),
        math.log1p(n_words),
        (sum(map(len, words)) / n_words) if n_words else 0.0,
        float(text.endswith(tuple('.!?…')) or text.endswith(('."', '.”', '?"', '?”', '!"',
                                                             '!”', ".’", ".)"))),
        float(last == ":"),
        float(last.isalnum()),
        (sum(1 for w in words if w[:1].isupper()) / n_words) if n_words else 0.0,
        (sum(map(str.isupper, text)) / n_letters) if n_letters else 0.0,
        (sum(1 for w in lower_words if w in stops) / n_words) if n_words else 0.0,
        n_digits / max(n_chars, 1),
        n_other / max(n_chars, 1),
        float(bool(_URLISH.search(text))),
        block.link_chars / max(n_chars, 1),
        math.log1p(block.links),
        math.log1p(len(_SEPARATORS.findall(text))),
        float(block.heading),
        float(block.bullet),
        float(bool(_BYLINE.match(text))),
        float(bool(_COPYRIGHT.search(text))),
        float(bool(_MONTH.search(text))),
        float(bool(_YEAR.search(text))),
        float(bool(_CLOCK.search(text))),
        float(bool(_AGO.search(text))),
        text.count(",") / max(len(tokens), 1),
        math.log1p(len(re.findall(r"[.!?][\"”’)]?\s+[A-Z\"“]", text))),
        float(text.startswith(_QUOTE_START)),
        float(bool(_DATELINE.match(text))),
        math.log1p(block.indent),
        float(text[:1].islower()),
        slug_overlap,
        0.0,  # repeats: filled in by matrix()
        long_prose,
    ]


def _content_words(text: str, stops: frozenset[str]) -> set[str]:
    return {w for w in (x.lower() for x in _WORD.findall(text)) if len(w) > 2 and w not in stops}


def _prose_neighbours(blocks: list[Block], prose: np.ndarray, stops: frozenset[str]
                      ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Blocks to the next and the previous prose paragraph (log, capped), and the share of a
    block's content words that the next two prose paragraphs use (a headline tells the lede's
    story; a menu line does not)."""
    n = len(blocks)
    at = np.flatnonzero(prose > 0)
    next_d = np.full(n, math.log1p(50), dtype=np.float32)
    prev_d = np.full(n, math.log1p(50), dtype=np.float32)
    lede = np.zeros(n, dtype=np.float32)
    if not len(at):
        return next_d, prev_d, lede
    words: dict[int, set[str]] = {}
    for i in range(n):
        k = int(np.searchsorted(at, i, side="right"))  # first prose block after i
        if k < len(at):
            nxt = int(at[k])
            next_d[i] = math.log1p(min(nxt - i, 50))
            if nxt - i <= 15:
                mine = _content_words(blocks[i].text, stops)
                if mine:
                    ahead: set[str] = set()
                    for j in at[k:k + 2]:
                        j = int(j)
                        if j not in words:
                            words[j] = _content_words(blocks[j].text, stops)
                        ahead |= words[j]
                    lede[i] = len(mine & ahead) / len(mine)
        k = int(np.searchsorted(at, i, side="left")) - 1  # last prose block before i
        if k >= 0:
            prev_d[i] = math.log1p(min(i - int(at[k]), 50))
    return next_d, prev_d, lede


def moving_mean(values: np.ndarray, radius: int) -> np.ndarray:
    """Mean of each value and ``radius`` neighbours each side (zeros past the ends)."""
    padded = np.concatenate([np.zeros(radius + 1), values, np.zeros(radius)])
    sums = np.cumsum(padded)
    return ((sums[2 * radius + 1:] - sums[:-(2 * radius + 1)]) / (2 * radius + 1)).astype(
        np.float32)


def matrix(blocks: list[Block], url: str | None = None) -> np.ndarray:
    """The feature matrix of a page's blocks: one row a block, columns as in ``names()``."""
    stops = stop_words()
    slug = slug_words(url)
    n = len(blocks)
    own = np.array([_own(b, stops, slug) for b in blocks], dtype=np.float32).reshape(n, len(OWN))
    keys = [re.sub(r"\W+", " ", b.text.lower()).strip() for b in blocks]
    counts = Counter(keys)
    own[:, OWN.index("repeats")] = [math.log(counts[k]) for k in keys]

    chars = np.array([len(b.text) for b in blocks], dtype=np.float32)
    prose = own[:, OWN.index("long_prose")] * chars
    total = max(float(prose.sum()), 1.0)
    before = np.concatenate([[0.0], np.cumsum(prose)[:-1]]) / total if n else prose
    after = (total - np.cumsum(prose)) / total if n else prose
    window = moving_mean(own[:, OWN.index("long_prose")], 3)
    short = (own[:, OWN.index("log_words")] <= math.log1p(4)).astype(np.float32)
    run = np.zeros(n, dtype=np.float32)
    for i in range(n):  # length of the run of short blocks this one is in
        if short[i]:
            run[i] = run[i - 1] + 1 if i and short[i - 1] else 1
    for i in range(n - 2, -1, -1):
        if short[i] and short[i + 1]:
            run[i] = run[i + 1]
    idx = np.arange(n, dtype=np.float32)
    next_prose, prev_prose, lede = _prose_neighbours(blocks, own[:, OWN.index("long_prose")],
                                                     stops)
    position = np.stack([
        idx / max(n - 1, 1), np.log1p(idx), np.log1p(n - 1 - idx), before, after, window,
        np.log1p(run), np.full(n, math.log1p(n), dtype=np.float32), next_prose, prev_prose,
        lede], axis=1) if n else np.zeros((0, len(POSITION)), dtype=np.float32)

    cols = [OWN.index(c) for c in CONTEXT]
    ctx = own[:, cols]
    shifted = []
    for off in OFFSETS:
        pad = np.full((abs(off), len(cols)), -1.0, dtype=np.float32)
        if off < 0:
            part = np.vstack([pad, ctx[:off]])[:n] if n else ctx
        else:
            part = np.vstack([ctx[off:], pad])[-n:] if n else ctx
        shifted.append(part)
    return np.hstack([own, position, *shifted]).astype(np.float32)

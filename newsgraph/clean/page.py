"""A page that arrives as text -> its headline, its article blocks and what was cut.

1. ``blocks.split_blocks``: lines -> blocks (wrapped lines joined once the document's shape
   is known; markdown reduced to text).
2. ``segment``: the page model gives each block P(boilerplate, body, headline).
3. The article is the run from the first to the last body block (moved up to a lede that
   opens with a dateline when the model cut it just above). Inside it a block the model
   doubts is kept when it is likely prose or shaped like a subheading between two paragraphs
   (a line rule still cuts "Advertisement" and the like later); outside it everything is cut.
4. The headline: the most headline-like short block above the article (or, in clean text
   that opens with a title-like line and nothing else above the article, that line). When
   none is likely enough the headline is None and ``headline_missing`` says why.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np

from . import headline, segment
from .blocks import Block, ends_sentence, split_blocks
from .credits import dateline, inner_dateline
from .rules import classify_boilerplate

# Chosen on the page model's dev pages (trafilatura-eval, every fifth page), not on a test set.
KEEP_INSIDE_MIN = 0.30
# Chosen on the dev pages (no change to their segments) and ECB+ train/dev topics (sentence
# lines removed 19 -> 12 of 10,740); 0.15 and 0.35 did no better.
TAIL_MIN = 0.25
_SENTENCE_END = re.compile(r"[.!?](?:[\"”’'\s]|'')*$")
LEDE_LOOKBACK = 3  # blocks above the article searched for a lede that opens with a dateline
LEDE_LOOKAHEAD = 5  # ... and its first blocks, for one below a caption or a toolbar


@dataclass(slots=True)
class PageText:
    """What the page model found in a text page; ``kept`` and ``cut`` hold block indices."""

    blocks: list[Block]
    headline: int | None = None
    headline_missing: str | None = None
    kept: list[int] = field(default_factory=list)
    cut: list[int] = field(default_factory=list)
    first: int = 0  # first and last article block
    last: int = -1


def read(raw: str, url: str | None = None) -> PageText:
    """Segment a text page: headline, article blocks, cut blocks."""
    return read_many([(raw, url)])[0]


def read_many(pages: list[tuple[str, str | None]]) -> list[PageText]:
    """``read`` for many pages, the model run once over all their blocks."""
    blocks = [split_blocks(raw) for raw, _ in pages]
    found = segment.load().read_many([(b, url) for b, (_, url) in zip(blocks, pages)])
    return [_read(b, p, x) for b, (p, x) in zip(blocks, found)]


def _read(blocks: list[Block], proba: np.ndarray, x: np.ndarray) -> PageText:
    page = PageText(blocks)
    if not blocks:
        return page
    # Nothing read as article prose: the likeliest block is kept so the caller can say why.
    body, was_forced = segment.body_blocks(proba)
    forced = body[0] if was_forced else None
    page.first, page.last = body[0], body[-1]
    lede = _lede_above(blocks, page.first)
    page.last = _prose_after(blocks, proba, page.last)
    if lede is not None:
        page.first = lede
    elif (ahead := _lede_ahead(blocks, page.first, page.last)) is not None:
        page.first = ahead
    page.headline = _headline(blocks, proba, x, page.first)
    if page.headline is None:
        page.headline_missing = "no title-like line above the article's first paragraph"
    elif page.headline == page.first:
        # clean text that opens with its title: the article starts after it
        page.first += 1
        if page.last < page.first:
            page.last = min(page.first, len(blocks) - 1)
    for i in range(len(blocks)):
        if i == page.headline:
            continue
        if blocks[i].image and i != forced:
            page.cut.append(i)  # an image's alt text is no text of the article
        elif i in (forced, lede) or (page.first <= i <= page.last
                                     and _keep_inside(i, blocks, proba)):
            page.kept.append(i)
        else:
            page.cut.append(i)
    return page


def _lede_above(blocks: list[Block], first: int) -> int | None:
    """The article's first block, moved up to a lede the model cut just above it.

    A long paragraph that opens with a dateline ("AUSTIN (KXAN) — Texas voters ...", also
    after a photo's alt text a renderer set on its line) is the story's first paragraph
    wherever it stands: the model sometimes cuts it when links fill it or a share bar sits
    right above it. Only the few blocks above the article are looked at.
    """
    for j in range(first - 1, max(first - LEDE_LOOKBACK, 0) - 1, -1):
        if _dateline_lede(blocks[j]):
            return j
    return None


def _lede_ahead(blocks: list[Block], first: int, last: int) -> int | None:
    """The article's first block, moved down to a lede that opens with a dateline when only
    short blocks stand above it in the article: a copy desk starts the story at its dateline,
    and what a page shows between the title and the dateline ("Text size: A A A", a photo's
    caption and credit, "Match facts: ...", the title printed again) is not the story. A long
    paragraph of prose above it means the story began before (a dateline further down opens
    another part of a roundup)."""
    if _dateline_lede(blocks[first]):
        return None  # the story opens with its own dateline (a later one opens another part)
    for j in range(first, min(first + LEDE_LOOKAHEAD, last + 1)):
        block = blocks[j]
        if j > first and _dateline_lede(block):
            return j
        if len(block.text.split()) > 40 and ends_sentence(block.text):
            return None
    return None


def _dateline_lede(block: Block) -> bool:
    return (len(block.text.split()) >= 15 and block.link_chars <= 0.5 * len(block.text)
            and (dateline(block.text) is not None or inner_dateline(block.text) is not None
                 or _AGENCY_LEDE.match(block.text) is not None))


# a lede that opens with its agency alone: "(Bloomberg) -- Veritas agreed to ..."
_AGENCY_LEDE = re.compile(r"^\([A-Z][\w&.'’ -]{1,30}\)\s*(?:--|[-–—])\s+[A-Z\"“‘']")


def _prose_after(blocks: list[Block], proba: np.ndarray, last: int) -> int:
    """The article's last block, moved to the end of the text when all that follows it are
    sentences the model doubted only because they end the text: in clean text the story's
    last lines are as much prose as the rest ("She died an hour later at the county
    hospital."). Each must read as a sentence of the story and keep at least ``TAIL_MIN`` of
    body probability; a page whose footer follows the article keeps its end."""
    for i in range(last + 1, len(blocks)):
        block = blocks[i]
        text = block.text
        if not (proba[i, segment.BODY] >= TAIL_MIN and len(text.split()) >= 6
                and _SENTENCE_END.search(text) and (text[:1].isupper() or text[:1] in "\"“‘'`")
                and not block.bullet and not block.heading and block.link_chars == 0
                and classify_boilerplate(text) is None):
            return last
    return len(blocks) - 1


def _keep_inside(i: int, blocks: list[Block], proba: np.ndarray) -> bool:
    if proba[i].argmax() == segment.BODY or proba[i, segment.BODY] >= KEEP_INSIDE_MIN:
        return True
    block = blocks[i]
    if classify_boilerplate(block.text) is not None or block.link_chars > 0.5 * len(block.text):
        return False
    # A subheading: a short capitalised line between two paragraphs of the story.
    before = i > 0 and proba[i - 1].argmax() == segment.BODY
    after = i + 1 < len(blocks) and proba[i + 1].argmax() == segment.BODY
    words = block.text.split()
    return (before and after and len(words) <= 12 and block.text[:1].isupper()
            and not block.bullet and not ends_sentence(block.text))


def _headline(blocks: list[Block], proba: np.ndarray, x: np.ndarray, first: int
              ) -> int | None:
    model = segment.load()
    best = headline.choose(model.headline, model.headline_min, blocks, proba, x, first)
    if best is None and first <= 1 and len(blocks) > 1 and _title_like(blocks[0].text):
        # Clean text (nothing above the article but its first line): that line is the title.
        return 0
    return best


def _title_like(text: str) -> bool:
    words = text.split()
    return (0 < len(words) <= headline.MAX_WORDS and text[:1].isupper()
            and not text.endswith((".", ":", ";", ",")) and classify_boilerplate(text) is None
            and not headline.opens_story(text))

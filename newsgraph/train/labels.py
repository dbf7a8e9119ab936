"""Labels for a rendered page's blocks, by alignment with a known body and the page's title.

A block is body when most of its word trigrams occur in the body text (short blocks: when
they are a whole line of it); the headline is the block, above the body, that best matches
the page's own title (``og:title``, ``<h1>``, ``<title>``); everything else is boilerplate.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from ..clean.blocks import Block
from ..clean.segment import BODY, BOILERPLATE, HEADLINE  # the model's labels

LABELS = ("boilerplate", "body", "headline")
_TOKEN = re.compile(r"\w+")


def norm(text: str) -> str:
    """Lower case words joined by single spaces (for comparing titles and lines)."""
    return " ".join(_TOKEN.findall(text.lower()))


def page_titles(html: str) -> list[str]:
    """The page's own titles: og:title, twitter:title, the <h1>s and <title>, suffixes cut."""
    import lxml.html

    try:
        tree = lxml.html.fromstring(html)
    except Exception:  # noqa: BLE001 - a page lxml cannot read has no titles
        return []
    found: list[str] = []
    for xpath in ('//meta[@property="og:title"]/@content', '//meta[@name="twitter:title"]/@content',
                  "//h1", "//title"):
        for node in tree.xpath(xpath)[:3]:
            text = node if isinstance(node, str) else node.text_content()
            text = re.sub(r"\s+", " ", str(text)).strip()
            if not text:
                continue
            found.append(text)
            # "Headline | Site" / "Headline - Site" / "Site: Headline"
            for part in re.split(r"\s+[|–—-]\s+|\s+::\s+", text):
                if len(part.split()) >= 3 and part != text:
                    found.append(part.strip())
    return list(dict.fromkeys(found))


def title_match(candidate: str, titles: list[str]) -> float:
    """How well ``candidate`` matches the best of ``titles`` (0-100)."""
    a = norm(candidate)
    if not a:
        return 0.0
    return max((fuzz.ratio(a, norm(t)) for t in titles if norm(t)), default=0.0)


def trigrams(text: str) -> set[tuple[str, ...]]:
    toks = _TOKEN.findall(text.lower())
    return {tuple(toks[i:i + 3]) for i in range(len(toks) - 2)}


def label_blocks(blocks: list[Block], body: str, titles: list[str],
                 must: tuple[str, ...] = (), must_not: tuple[str, ...] = ()) -> list[int]:
    """One label per block (BOILERPLATE, BODY or HEADLINE)."""
    body_grams = trigrams(body)
    body_lines = {norm(ln) for ln in body.split("\n") if ln.strip()}
    must_n = [norm(s) for s in must if len(norm(s).split()) >= 2]
    must_not_n = [norm(s) for s in must_not if norm(s)]
    labels: list[int] = []
    for b in blocks:
        n = norm(b.text)
        grams = trigrams(b.text)
        if grams:
            share = sum(1 for g in grams if g in body_grams) / len(grams)
            is_body = share >= 0.5
        else:
            is_body = bool(n) and n in body_lines
        if any(s and s in n for s in must_n):
            is_body = True
        elif any(s and (n == s or (s in n and len(s) >= 0.5 * len(n))) for s in must_not_n):
            is_body = False
        labels.append(BODY if is_body else BOILERPLATE)
    first_body = next((i for i, lab in enumerate(labels) if lab == BODY), None)
    if titles and first_body is not None:
        best, best_i = 0.0, None
        for i in range(max(0, first_body - 40), min(len(blocks), first_body + 2)):
            if len(blocks[i].text.split()) > 40:
                continue
            score = title_match(blocks[i].text, titles)
            # the nearest copy above the body wins a tie
            if score >= 85 and score >= best:
                best, best_i = score, i
        if best_i is not None:
            labels[best_i] = HEADLINE
    return labels

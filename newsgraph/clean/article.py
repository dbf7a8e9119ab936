"""``clean()``: raw text or HTML -> ``Cleaned``.

1. HTML -> trafilatura (main text + title, date, author, site name); text -> as is.
2. Lines -> paragraphs (hard-wrapped lines re-joined; a short title-like line stays its own).
3. The headline: the first paragraph when it reads as one, else the HTML title.
   Copies of it printed again by a scraper -> ``removed`` (duplicate_headline).
4. Each later paragraph: credit/byline line -> ``removed`` (credit_line) with its credits;
   boilerplate -> ``removed`` (boilerplate, with the rule's name); short title-like line
   followed by text -> subheading; anything else -> body.
5. The dateline at the head of the first body paragraph (kept in the text: it is the
   reporter's words; its agency goes to ``credits``).
6. Language check on the body, then the text is assembled with one blank line between
   paragraphs and every paragraph's offsets.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from rapidfuzz import fuzz

from ..errors import InputError, LanguageError
from ..record import Paragraph, Removed
from . import Cleaned, DatelineSpan
from .credits import credit_line, dateline, inline_agencies
from .language import detect_language
from .rules import classify_boilerplate

MAX_HEADLINE_WORDS = 30
MAX_SUBHEADING_WORDS = 12
MIN_BODY_WORDS = 3
_TERMINAL = tuple('.!?:;"”’)')


def clean(raw: str, *, is_html: bool = False, published: str | None = None,
          source: str | None = None, url: str | None = None, name: str = "<input>",
          check_language: bool = True) -> Cleaned:
    """Clean one article. Raises InputError when there is no English article in it."""
    published = normalize_published(published, name)
    title = None
    html_author = None
    if is_html:
        raw, meta = _from_html(raw, name)
        title = meta.get("title")
        html_author = meta.get("author")
        published = published or normalize_published(meta.get("date"), name, strict=False)
        source = source or meta.get("sitename")
        url = url or meta.get("url")
    # trafilatura gives one paragraph a line; a plain text may be hard-wrapped.
    paragraphs = split_paragraphs(raw, rejoin=not is_html)
    if not paragraphs:
        raise InputError("no article text in it", source=name, reason="empty",
                         hint="give a file that holds the article's text or HTML")

    removed: list[Removed] = []
    credits: list[str] = []
    bylines: list[str] = [a.strip() for a in re.split(r";|\band\b", html_author or "")
                          if a.strip()]
    kept: list[tuple[str, str]] = []  # (paragraph text, kind)

    headline = None
    first = paragraphs[0]
    if _reads_as_headline(first) and len(paragraphs) > 1:
        headline = first
        paragraphs = paragraphs[1:]
    elif title:
        headline = title.strip()
    if headline:
        kept.append((headline, "headline"))

    prev_rule: str | None = None  # the boilerplate rule of the paragraph before
    for i, para in enumerate(paragraphs):
        if headline and i < 3 and _same_headline(para, headline):
            removed.append(Removed(para, "duplicate_headline"))
            continue
        found = credit_line(para)
        if found is not None:
            removed.append(Removed(para, "credit_line"))
            _extend(credits, found.agencies)
            _extend(bylines, found.bylines)
            continue
        rule = classify_boilerplate(para)
        if rule is None and prev_rule in ("related_heading", "related_link") \
                and _is_related_link(para):
            rule = "related_link"
        prev_rule = rule
        if rule is not None:
            removed.append(Removed(para, "boilerplate", rule))
            continue
        kept.append((para, "body"))

    if published is None:
        published = _published_from_page(removed)
    _mark_subheadings(kept)
    body = [p for p, kind in kept if kind == "body"]
    if not body:
        raise InputError("no article body left after removing headline and boilerplate",
                         source=name, reason="no_body",
                         hint="check that the file holds the article itself, not only a page "
                              "frame or a list of links")
    n_words = sum(len(p.split()) for p in body)
    if n_words < MIN_BODY_WORDS:
        raise InputError(f"too short to be an article ({n_words} word{'s' * (n_words != 1)})",
                         source=name, reason="too_short",
                         hint="give the whole article, not a title or a fragment")
    lang = detect_language(" ".join(body)) if check_language else None
    if lang is not None and lang.code != "en":
        raise LanguageError(f"the article is in {lang.name}, not English", source=name,
                            reason="language",
                            hint="newsgraph analyzes English news; translate it first or "
                                 "leave it out")

    text, spans = _assemble(kept)
    cleaned = Cleaned(text=text, headline=headline, paragraphs=spans, removed=removed,
                      published=published, source=source, url=url, name=name)
    first_body = next((p for p in spans if p.kind == "body"), None)
    if first_body is not None:
        para_text = text[first_body.start:first_body.end]
        found_dl = dateline(para_text)
        if found_dl is not None:
            cleaned.dateline = DatelineSpan(found_dl.place, first_body.start + found_dl.place_start,
                                            first_body.start + found_dl.place_end)
            _extend(credits, found_dl.agencies)
        _extend(credits, inline_agencies(para_text))
    # Bylines are credits too (spec: "wire agencies and bylines found in the text").
    cleaned.credits = credits + [b for b in bylines if b not in credits]
    cleaned.bylines = bylines
    return cleaned


def normalize_published(value: str | None, name: str = "<input>", strict: bool = True
                        ) -> str | None:
    """An ISO 8601 date or datetime as given; None stays None; anything else is an error."""
    if value is None or str(value).strip() == "":
        return None
    value = str(value).strip()
    try:
        if len(value) == 10:
            return date.fromisoformat(value).isoformat()
        return datetime.fromisoformat(value.replace("Z", "+00:00")).isoformat()
    except ValueError:
        if not strict:
            return None
        raise InputError(f"publication date {value!r} is not an ISO 8601 date", source=name,
                         reason="bad_published",
                         hint="write it as YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS") from None


def _published_from_page(removed: list[Removed]) -> str | None:
    """The date of a "Published: May 14, 2022" line the site printed, when no date was given.

    Only a full date with its year counts: a bare "Published 3 hours ago" would resolve
    against today, which is never an article's date.
    """
    import dateparser

    lines = [r.text for r in removed if r.detail == "updated"]
    # The publication line wins over an "Updated" one.
    lines.sort(key=lambda t: not re.match(r"(published|posted)\b", t, re.I))
    for line in lines:
        if not re.search(r"\b(19|20)\d\d\b", line):
            continue
        value = re.sub(r"^(published|updated|last\s+updated|posted)\s*(on|:|at)?\s*", "", line,
                       flags=re.I)
        when = dateparser.parse(value, languages=["en"],
                                settings={"REQUIRE_PARTS": ["day", "month", "year"],
                                          "RETURN_AS_TIMEZONE_AWARE": False})
        if when is not None:
            return when.date().isoformat()
    return None


def _is_related_link(para: str) -> bool:
    """A bulleted headline: what follows a "Related Coverage" heading."""
    return re.match(r"^[-–—•*·]\s", para) is not None and len(para.split()) <= 30


def split_paragraphs(raw: str, rejoin: bool = True) -> list[str]:
    """Paragraphs of a plain text: blank-line blocks, hard-wrapped lines joined back."""
    raw = raw.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    paragraphs: list[str] = []
    for block in re.split(r"\n\s*\n", raw):
        lines = [re.sub(r"[ \t\u00a0]+", " ", ln).strip() for ln in block.split("\n")]
        lines = [ln for ln in lines if ln]
        current = ""
        for line in lines:
            if current and rejoin and _wrapped(current, line):
                current = f"{current} {line}"
            else:
                if current:
                    paragraphs.append(current)
                current = line
        if current:
            paragraphs.append(current)
    return paragraphs


def _wrapped(previous: str, line: str) -> bool:
    # A hard-wrapped paragraph: the previous line is long and stops mid-sentence, or the
    # next line goes on in lower case. A short title-like line is a heading, not a wrap.
    if _same_headline(line, previous):  # a headline printed twice, line after line
        return False
    if previous.endswith(_TERMINAL):
        return line[:1].islower()
    return len(previous) >= 50 or line[:1].islower()


def _reads_as_headline(para: str) -> bool:
    words = para.split()
    return 0 < len(words) <= MAX_HEADLINE_WORDS and not para.endswith((".", ":", ";"))


def _same_headline(para: str, headline: str) -> bool:
    a = re.sub(r"\W+", " ", para).strip().lower()
    b = re.sub(r"\W+", " ", headline).strip().lower()
    return a == b or (len(a) > 15 and fuzz.ratio(a, b) >= 92)


def _mark_subheadings(kept: list[tuple[str, str]]) -> None:
    # A subheading is a short line without final punctuation between body paragraphs.
    body_seen = False
    for i, (para, kind) in enumerate(kept):
        if kind != "body":
            continue
        nxt = kept[i + 1] if i + 1 < len(kept) else None
        words = para.split()
        if (body_seen and nxt is not None and nxt[1] == "body"
                and len(words) <= MAX_SUBHEADING_WORDS and not para.endswith(_TERMINAL)
                and para[:1].isupper() and not para.startswith(("“", '"', "‘", "'", "-"))):
            kept[i] = (para, "subheading")
        else:
            body_seen = True


def _assemble(kept: list[tuple[str, str]]) -> tuple[str, list[Paragraph]]:
    parts: list[str] = []
    spans: list[Paragraph] = []
    pos = 0
    for para, kind in kept:
        if parts:
            parts.append("\n\n")
            pos += 2
        spans.append(Paragraph(pos, pos + len(para), kind))
        parts.append(para)
        pos += len(para)
    return "".join(parts), spans


def _extend(target: list[str], items: list[str]) -> None:
    for item in items:
        if item not in target:
            target.append(item)


def _from_html(html: str, name: str) -> tuple[str, dict[str, str | None]]:
    import trafilatura

    try:
        # trafilatura's defaults otherwise: they are what its published scores measure.
        doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    except Exception as exc:  # trafilatura raises many kinds on broken markup
        raise InputError(f"the HTML could not be parsed ({type(exc).__name__})", source=name,
                         reason="bad_html",
                         hint="check that the file is a whole HTML page") from exc
    if doc is None or not (doc.text or "").strip():
        raise InputError("no article text found in the HTML page", source=name, reason="empty",
                         hint="the page may be a front page, a list of links or need "
                              "JavaScript; save the article page itself")
    meta = {"title": doc.title, "date": doc.date, "author": doc.author,
            "sitename": doc.sitename, "url": doc.url}
    text = doc.text
    title = (doc.title or "").strip()
    # trafilatura puts the <h1> at the top of the text when the page repeats the title there;
    # otherwise the title comes from <title>/og:title and is added above the body.
    if title and not _same_headline(split_paragraphs(text)[0], title):
        text = f"{title}\n\n{text}"
    return text, meta

"""``clean()``: raw text or HTML -> ``Cleaned``.

1. HTML -> trafilatura (main text + title, date, author, site name), one paragraph a line;
   the headline is its first line when it reads as one, else the HTML title.
   Text -> ``page.read``: blocks, labelled by the page model (headline, body, boilerplate);
   blocks outside the article are cut, with the line rule's name or "page_model".
2. Copies of the headline printed again by a scraper -> ``removed`` (duplicate_headline).
3. Each later paragraph: credit/byline line -> ``removed`` (credit_line) with its credits;
   boilerplate -> ``removed`` (boilerplate, with the rule's name); short title-like line
   followed by text -> subheading; anything else -> body.
4. The publication date, when none was given: HTML metadata, a "Published:" or date-only
   line near the top, or a date in the URL (``published_source`` says which).
5. The dateline at the head of the first body paragraph (kept in the text: it is the
   reporter's words; its agency goes to ``credits``).
6. Language check on the body, then the text is assembled with one blank line between
   paragraphs and every paragraph's offsets.
"""

from __future__ import annotations

import datetime as dt
import re

from ..errors import InputError, LanguageError
from ..record import Paragraph, Removed
from ..spelling import letter_dropped, unknown_words
from .cleaned import Cleaned, DatelineSpan
from .credits import (
    SHORT_PREFIX,
    credit_line,
    dateline,
    inline_agencies,
    inner_dateline,
    set_dateline,
)
from .date_order import british_spelling, order_from_named
from .headline import same_title, site_suffix, title_part
from .language import detect_language
from .page import PageText
from .page import read as read_page
from .published import DATE_IN_LINE, dateline_date, parse
from .published import from_page as published_from_page
from .rules import GLUED_SIGN_OFF, classify_boilerplate

MAX_HEADLINE_WORDS = 30
MAX_SUBHEADING_WORDS = 12
MAX_STANDFIRST_WORDS = 50
MIN_BODY_WORDS = 3
WIRE_REACH = 12  # body paragraphs searched for a wire dateline below what a page kept above it
_TERMINAL = tuple('.!?:;"”’)')
# A list item as a text renderer marks it: html2text's "*", inscriptis' and lynx's "*", "+",
# "o" and "-" at deeper levels.
# the mark a list item opens with ("- ", "• ", "» Somalia, Ethiopia sign ...", lynx's "o ")
_LIST_ITEM = re.compile(r"^(?:[-–—*+•·▪►▸◦‣»›]|o(?= [A-Z0-9])|\d{1,2}[.)])\s")


def clean(raw: str, *, is_html: bool = False, published: dt.date | str | None = None,
          source: str | None = None, url: str | None = None, name: str = "<input>",
          check_language: bool = True, page: PageText | None = None) -> Cleaned:
    """Clean one article. Raises InputError when there is no English article in it.

    ``page``: the page model's reading of ``raw`` when the caller already has it
    (``page.read_many`` reads a batch of pages at once). ``published``: a date, or an ISO
    8601 string for callers that have one (an InputError when it is not).
    """
    published = parse(published, name)
    published_source = "given" if published else None
    headline = None
    headline_source = None
    headline_missing = None
    trail: str | None = None  # a breadcrumb trail cut off the headline's line
    site: str | None = None  # ... and a site's name ("Title | Site")
    html_author = None
    # (paragraph, cut by the page model, next to the article) in reading order
    items: list[tuple[str, bool, bool]]
    if is_html:
        raw, meta = _from_html(raw, name)
        html_author = meta.get("author")
        if published is None:
            published = parse(meta.get("date"), name, strict=False)
            published_source = "html" if published else None
        source = source or meta.get("sitename")
        url = url or meta.get("url")
        # trafilatura gives one paragraph a line
        paragraphs = split_paragraphs(raw)
        if not paragraphs:
            raise _empty(name)
        if _reads_as_headline(paragraphs[0]) and len(paragraphs) > 1:
            headline, paragraphs = paragraphs[0], paragraphs[1:]
            headline_source = "html"
        elif title := meta.get("title"):
            headline, headline_source = title.strip(), "html"
        items = [(p, False, True) for p in paragraphs]
        page_lines = paragraphs
    else:
        page = page if page is not None else read_page(raw, url)
        if not page.blocks:
            raise _empty(name)
        page_lines = [b.text for b in page.blocks]
        if page.headline is not None:
            page.headline = _better_copy(page.blocks, page.headline)
            headline, headline_source = page.blocks[page.headline].text, "text"
            trail, headline = _breadcrumb_tail(headline)
            headline, site = site_suffix(headline, page_lines)
        headline_missing = page.headline_missing
        cut = set(page.cut)
        # near the story: around its body, or between its headline and its lede (a date
        # under the headline, with share buttons, a byline and a picture before the lede)
        top = page.headline if page.headline is not None else page.first
        items = [(b.text, i in cut, min(top, page.first - 6) <= i <= page.last + 6)
                 for i, b in enumerate(page.blocks) if i != page.headline]

    removed: list[Removed] = []
    if trail:
        removed.append(Removed(trail, "boilerplate", "breadcrumb"))
    if site:
        removed.append(Removed(site, "boilerplate", "site_name"))
    credits: list[str] = []
    bylines: list[str] = [a.strip() for a in re.split(r";|\band\b", html_author or "")
                          if a.strip()]
    kept: list[tuple[str, str]] = [(headline, "headline")] if headline else []
    dates: list[tuple[str, bool]] = []  # date lines: (text, near the top of the article)
    top_dates: list[str] = []  # date lines far above the story (a masthead's, a widget's)
    prev_rule: str | None = None  # the boilerplate rule of the paragraph before
    prev_short = False  # ... and whether it was a bare label ("Related:")
    body_so_far = 0  # body paragraphs kept so far
    signed_off = False  # the story's sign-off seen under its body ("(Reporting by ...)")
    cut_at: dict[str, int] = {}  # a kept paragraph -> how many lines were cut before it
    for para, was_cut, near in items:
        if headline and body_so_far == 0 and (same_title(para, headline) or same_title(
                site_suffix(para, page_lines)[0], headline)):
            removed.append(Removed(para, "duplicate_headline"))
            continue
        found = credit_line(para) if near else None
        rule = classify_boilerplate(para)
        if (found is not None or rule in _DATE_RULES) and _standfirst_above(kept, body_so_far):
            # the byline and date come between the page's summary and the story
            kept[-1] = (kept[-1][0], "standfirst")
            body_so_far = 0
        if found is not None:
            removed.append(Removed(para, "credit_line"))
            _extend(credits, found.agencies)
            _extend(bylines, found.bylines)
            if DATE_IN_LINE.search(para):
                dates.append((para, near and body_so_far == 0))  # "By X | May 20, 2022"
            signed_off = signed_off or body_so_far >= 3
            continue
        if body_so_far >= 3 and (rule in _SIGN_OFFS or rule == "photo_credit"
                                 and _AGENCIES_SOURCE.match(para)):
            signed_off = True
        if rule in _DATE_RULES:
            dates.append((para, near and body_so_far < 3))
            if not near and body_so_far == 0:
                top_dates.append(para)
        elif rule == "first_published":
            dates.append((para, True))  # its date is the story's, wherever it stands
        elif (was_cut or rule is not None) and body_so_far == 0 and DATE_IN_LINE.search(para) \
                and (len(para.split()) <= 14 or DATE_IN_LINE.match(para.strip())
                     and len(para.split()) <= 30):
            # "Posted by Newsdesk | May 20, 2022", "Jane Roe | 28.08.2026 | 5 min read" above
            # the story, whichever way it is cut (a row that opens with the date may carry
            # share buttons and a comment count after it)
            if near:
                dates.append((para, True))
            else:
                top_dates.append(para)
        if was_cut:
            removed.append(Removed(para, "boilerplate", rule or "page_model"))
            # (what a caption's credit line is above; the list a cut heading opens)
            if rule in ("photo_credit", "related_heading", "read_more", "interface"):
                prev_rule, prev_short = rule, len(para.split()) <= 4
            continue
        if rule is None and (prev_rule in ("related_heading", "related_link")
                             # (a bare label of the site's: "Read more", "Most read")
                             or prev_rule in ("read_more", "interface") and prev_short) \
                and (_is_related_link(para) or _title_line(para)):
            rule = "related_link"  # (after "Related:" or "Also read:" on its own line too)
        elif rule is None and prev_rule == "photo_credit" and prev_short and _title_line(para) \
                and not para.rstrip().endswith("?"):
            rule = "caption"  # "Getty Images" above "Balloons seized by border guards"
        prev_rule, prev_short = rule, len(para.split()) <= 4
        if rule is None and signed_off and not _after_story(para):
            rule = "after_signoff"
        if rule is not None:
            removed.append(Removed(para, "boilerplate", rule))
            continue
        kept.append((para, "body"))
        cut_at[para] = len(removed)
        body_so_far += 1

    # a teaser list under the story's last paragraph ("- Famine spreads in Darfur camps, UN
    # says"): bulleted titles, no sentence of the story
    while len(kept) > 1 and kept[-1][1] == "body" and _teaser_item(kept[-1][0]):
        removed.append(Removed(kept.pop()[0], "boilerplate", "related_link"))
    # the site speaking to its readers under the story ("If you value our reporting, please
    # consider becoming a member.", "All comments are subject to moderation."): the story's
    # last paragraphs report; a notice addresses "you" or speaks of "our" site or comments
    # — where the page's footer follows it (clean text has no footer: its last lines are the
    # story's, whoever they address), and only when the story itself never speaks so (a blog
    # post, a tutorial or a column addresses its reader throughout)
    start = len(kept)
    while start > 0 and len(kept) - start < MAX_NOTICES \
            and kept[start - 1][1] in ("body", "subheading") and _site_voice(kept[start - 1][0]):
        start -= 1
    story = [p for p, kind in kept[:start] if kind == "body"]
    story_lang = detect_language(" ".join(story)[:3000]) if start < len(kept) else None
    if start < len(kept) and len(story) >= MIN_STORY_PARAGRAPHS \
            and (story_lang is None or story_lang.code == "en") \
            and cut_at.get(kept[-1][0], len(removed)) < len(removed) \
            and not any(_SITE_VOICE.search(_QUOTED.sub("", p)) for p in story):
        removed.extend(Removed(p, "boilerplate", "site_notice") for p, _ in kept[start:])
        del kept[start:]
    _unglue_sign_off(kept, credits)
    if published is None:
        # (the page's spelling is read only when a slash date leaves the order open)
        day_first = None
        if any("/" in line for line, _ in dates):
            day_first = order_from_named([line for line, _ in dates]
                                         + [p for p, _ in kept[:2]]
                                         + [r.text for r in removed[:10]])
            if day_first is None:
                day_first = british_spelling([p for p, _ in kept])
        published, published_source = published_from_page(dates, url, day_first, top_dates)
    _mark_paragraph_kinds(kept)
    body = [p for p, kind in kept if kind in ("body", "standfirst")]
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
                      published=published, source=source, url=url, name=name,
                      published_source=published_source, headline_source=headline_source,
                      headline_missing=headline_missing)
    _find_dateline(cleaned, credits)
    _cut_before_dateline(cleaned, kept, bylines)
    if cleaned.published is None and cleaned.dateline is not None \
            and cleaned.dateline.date is not None:
        lede = next((cleaned.text[p.start:p.end] for p in cleaned.paragraphs
                     if p.kind == "body"), "")
        cleaned.published = dateline_date(cleaned.dateline.date, [r.text for r in removed],
                                          lede, cleaned.text)
        cleaned.published_source = "dateline" if cleaned.published else None
    # Bylines are credits too (spec: "wire agencies and bylines found in the text").
    cleaned.credits = credits + [b for b in bylines if b not in credits]
    cleaned.bylines = bylines
    return cleaned


# "Home > World > Africa > Floods kill dozens in eastern Congo": a trail of short section
# names that ends in the title.
_TRAIL = re.compile(r"^((?:[^|›»>/]{1,30}?\s*(?:[›»>]|(?<=\s)/(?=\s))\s*){2,})([^|›»>]{20,})$")


def _breadcrumb_tail(line: str) -> tuple[str | None, str]:
    """(the trail, the title) of a breadcrumb line that ends in the title; (None, line) else."""
    m = _TRAIL.match(line.strip())
    if m is None:
        return None, line
    return m.group(1).strip(), m.group(2).strip()


def _empty(name: str) -> InputError:
    return InputError("no article text in it", source=name, reason="empty",
                      hint="give a file that holds the article's text or HTML")


def _find_dateline(cleaned: Cleaned, credits: list[str]) -> None:
    """The dateline at the head of the first body paragraph, or of a later one after short
    lines that came before the story (a standfirst, a caption, a byline the rules missed),
    and the agencies named there."""
    body = [p for p in cleaned.paragraphs if p.kind == "body"][:WIRE_REACH]
    long_above = 0
    for n, par in enumerate(body):
        para_text = cleaned.text[par.start:par.end]
        shift = 0
        if long_above or n >= 4:
            # Below a long paragraph or the first four, only a wire dateline ("LOS ANGELES
            # (AP) —") or one in capitals set off by a spaced dash ("MIDDLETOWN — ") is
            # taken: what a page kept above the story (a browser notice, a blurb, a row of
            # share links) can be long or many; a story's own paragraphs do not open so.
            found = set_dateline(para_text)
            if found is None and (inner := inner_dateline(para_text)) is not None \
                    and inner[0] <= SHORT_PREFIX:
                shift, found = inner  # after a photo's alt text: "A view of ... CAIRO — "
        else:
            found = dateline(para_text)
            if found is None and (inner := inner_dateline(para_text)) is not None:
                shift, found = inner
        if found is not None:
            at = par.start + shift
            cleaned.dateline = DatelineSpan(found.place, at + found.place_start,
                                            at + found.place_end, found.date,
                                            at + found.story_start)
            _extend(credits, found.agencies)
            _extend(credits, inline_agencies(para_text))
            return
        if n == 0:
            _extend(credits, inline_agencies(para_text))
        if len(para_text.split()) > 40 and _reads_as_prose(para_text):
            long_above += 1
            if long_above > 1:
                return  # the story has begun without a dateline


def _cut_before_dateline(cleaned: Cleaned, kept: list[tuple[str, str]],
                         bylines: list[str]) -> None:
    """The story starts at its dateline: what a page printed before it on the lede's line (a
    photo's alt text, a byline, a timestamp: "A view of the port CAIRO — ...") goes to
    ``removed`` and the text is assembled again."""
    d = cleaned.dateline
    if d is None:
        return
    n, par = next((i, p) for i, p in enumerate(cleaned.paragraphs) if p.start <= d.start < p.end)
    shift = d.start - par.start
    if shift == 0:
        return
    para, kind = kept[n]
    prefix = para[:shift].strip()
    found = credit_line(prefix)
    if found is not None:
        _extend(bylines, found.bylines)
    cleaned.removed.append(Removed(prefix, "credit_line") if found is not None
                           else Removed(prefix, "boilerplate", "before_dateline"))
    kept[n] = (para[shift:], kind)
    cleaned.text, cleaned.paragraphs = _assemble(kept)
    cleaned.dateline = DatelineSpan(d.text, d.start - shift, d.end - shift, d.date,
                                    None if d.story_start is None else d.story_start - shift)


_DATE_RULES = ("updated", "date_line")  # the boilerplate rules of a line that dates the page
# The lines that close a story's copy: an agency's desk slug ("EFE/jrs/mgm", "Enditem"), a
# syndicated feed's note, the wire's disclaimer, where it was compiled from and first published
_SIGN_OFFS = frozenset({"agency_slug", "syndicated", "disclaimer", "compiled_from",
                        "first_published"})
# "Source: Al Jazeera and news agencies" under a story
_AGENCIES_SOURCE = re.compile(r"^source\s*:.*\bagenc", re.I)


def _unglue_sign_off(kept: list[tuple[str, str]], credits: list[str]) -> None:
    """Cut the sign-off a page glued onto the story's last paragraph ("... government.
    Enditem", "... said. (AFP)"); its agencies are the story's credits."""
    if not kept or kept[-1][1] != "body":
        return
    m = GLUED_SIGN_OFF.search(kept[-1][0])
    if m is None or m.start() == 0:
        return
    kept[-1] = (kept[-1][0][:m.start()], "body")
    found = credit_line(m.group().strip(" .-–—"))
    if found is not None:
        _extend(credits, found.agencies)


# the grammatical persons of a site addressing its readers, and what only a site's notice is
# about; "US" (the country) is not "us"
_SITE_VOICE = re.compile(r"\b(?i:you|your|yours|we|our|ours|please)\b|\bus\b")
_QUOTE_MARKS = re.compile(r"[\"“”«»]|``|''")
_REPORTING = re.compile(r"\b(said|says|told|according\s+to)\b", re.I)
MIN_STORY_PARAGRAPHS = 3  # a notice is cut from the end of a story at least this long
MAX_NOTICES = 3  # ... and at most this many paragraphs of them
_QUOTED = re.compile(r"[\"“«][^\"”»]*[\"”»]|``.*?''")  # what speakers say, in their own voice


def _site_voice(para: str) -> bool:
    """Does a paragraph speak as the site to its readers? No quotation (a speaker's "we" is
    the story's), no reporting verb. A paragraph not in English under an English story (a
    bilingual site's notice) is the site's too (``clean`` refuses other languages later)."""
    if _QUOTE_MARKS.search(para) is not None or _REPORTING.search(para) is not None:
        return False
    if _SITE_VOICE.search(para) is not None:
        return True
    lang = detect_language(para)
    return lang is not None and lang.code != "en"


def _after_story(para: str) -> bool:
    """Does a paragraph under the story's sign-off (its reporting credit, desk slug or
    source line) still read as part of it? Wire copy ends at its sign-off, so what a page
    prints under it is furniture (match stats, a share quote, "More from ...", a teaser
    title) unless it is a paragraph of prose (a correction, an editor's note)."""
    return len(para.split()) >= 15 and _reads_as_prose(para)


def _reads_as_prose(para: str) -> bool:
    """A paragraph of sentences, not a run of menu or tag names a text renderer put on one
    line ("Home World Business Markets Politics TV ..."): it ends a sentence and most of its
    words are in lower case. Only prose above the lede means the story began without a
    dateline."""
    words = para.split()
    if _LIST_ITEM.match(para):
        return False  # a menu entry with its blurb ("+ Careers What does a ... do all day?")
    lower = sum(1 for w in words if w[:1].islower())
    return para.rstrip().endswith(_TERMINAL) and lower >= 0.4 * len(words)


def _title_line(para: str) -> bool:
    """A story's title as a link list prints it: short, capitalised, no full stop ("Lithuania
    shuts Belarus border over smuggling balloons", "Why are smugglers using balloons?",
    'Peña marks three years with call for "national unity"': a quoted phrase, not a quote's
    sentence)."""
    words = para.split()
    end = para.rstrip()
    if end.endswith(('"', "”")):
        end = end[:-1]
        if not end[-1:].isalpha():
            return False  # ('... we will fight."': a quoted sentence)
    return 3 <= len(words) <= 16 and para[:1].isupper() and not end.endswith(
        (".", ":", ";", ","))


def _is_related_link(para: str) -> bool:
    """A bulleted headline: what follows a "Related Coverage" heading."""
    return _LIST_ITEM.match(para) is not None and len(para.split()) <= 30


def _teaser_item(para: str) -> bool:
    """A bulleted title ("» Neighbours sign trade deal"), not a sentence of a list."""
    mark = _LIST_ITEM.match(para)
    return mark is not None and len(para.split()) <= 30 \
        and para[mark.end():].lstrip()[:1].isupper() \
        and not para.rstrip().endswith((".", "!", "?", '"', "”"))


def split_paragraphs(raw: str) -> list[str]:
    """Paragraphs of an extracted text: one a line (trafilatura's output), spaces tidied."""
    raw = raw.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    lines = (re.sub(r"[ \t\u00a0]+", " ", ln).strip() for ln in raw.split("\n"))
    return [ln for ln in lines if ln]


def _reads_as_headline(para: str) -> bool:
    words = para.split()
    return 0 < len(words) <= MAX_HEADLINE_WORDS and not para.endswith((".", ":", ";"))


_TRAIL_MARKS = frozenset("/|›»>:–-")


# how many lines apart two printings of the headline may stand (a page's <title> over its
# masthead, menus, a date widget and a breadcrumb, then the <h1>)
_COPY_REACH = 10


def _better_copy(blocks: list, at: int) -> int:
    """Of a headline printed twice with a slip in one copy, the copy spelled as the story
    spells it ("Kenyan senator arested ..." / "... arrested ..."): the block index to take."""
    near = range(max(0, at - _COPY_REACH), min(len(blocks), at + _COPY_REACH + 1))
    head = blocks[at].text.strip()
    for i in near:
        # "World News / Nepal: Police fire ..." above "Nepal: Police fire ...": the copy
        # without the section trail
        tail = blocks[i].text.strip()
        if i != at and len(tail) >= 20 and len(head) > len(tail) and head.endswith(tail) \
                and head[:-len(tail)].rstrip()[-1:] in _TRAIL_MARKS:
            return i
    # (a copy may carry the site's name: "Title kils 14" / "Title kills 14 - Horn Observer")
    copies = [i for i in near
              if i != at and blocks[i].text != blocks[at].text
              and same_title(title_part(blocks[i].text), title_part(head))]
    if not copies:
        return at
    known = set(re.findall(r"[a-z]+", " ".join(b.text for i, b in enumerate(blocks)
                                               if i != at and i not in copies).lower()))
    slips = {i: unknown_words(blocks[i].text.lower(), known) for i in [at, *copies]}
    words = {i: re.findall(r"[a-z]+", blocks[i].text.lower()) for i in slips}
    # a slip may still be a word ("aid depot" / "aid deport"): the copy whose words the
    # story itself uses more is the one spelled as the story spells
    unused = {i: sum(len(w) >= 4 and w not in known
                     for w in re.findall(r"[a-z]+", title_part(blocks[i].text).lower()))
              for i in slips}  # (of the title: a site's name after it is no slip)
    # a letter left out is the commonest slip ("kils" / "kills", "kidnaped" / "kidnapped"),
    # and the short form may still pass for a word: the copy with fewer such words wins a tie
    dropped = {i: sum(letter_dropped(w, v) for w in words[i] for j in slips if j != i
                      for v in words[j])
               for i in slips}
    return min(slips, key=lambda i: (slips[i], unused[i], dropped[i], i != at))


def _standfirst_above(kept: list[tuple[str, str]], body_so_far: int) -> bool:
    """Is the one paragraph kept so far the page's summary of the story (a standfirst), now
    that a byline or date line follows it? A story's first paragraph is not followed so; a
    lede that opens with a dateline is the story's, wherever the byline stands."""
    if body_so_far != 1 or kept[-1][1] != "body":
        return False
    para = kept[-1][0]
    return len(para.split()) <= MAX_STANDFIRST_WORDS and dateline(para) is None


def _mark_paragraph_kinds(kept: list[tuple[str, str]]) -> None:
    """A subheading is a short line without final punctuation between body paragraphs; a
    standfirst, the summary a page sets under the headline ("Police used tear gas on striking
    teachers as unions threaten a shutdown"), is a longer one above the story's first."""
    body_seen = False
    for i, (para, kind) in enumerate(kept):
        if kind != "body":
            continue
        nxt = kept[i + 1] if i + 1 < len(kept) else None
        words = para.split()
        if (not body_seen and nxt is not None and nxt[1] == "body"
                and MAX_SUBHEADING_WORDS < len(words) <= MAX_STANDFIRST_WORDS
                and not para.endswith(_TERMINAL) and para[:1].isupper()
                and nxt[0].rstrip().endswith(_TERMINAL) and dateline(para) is None):
            kept[i] = (para, "standfirst")
            continue
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
    if isinstance(doc, dict):  # only with as_dict=True, which is not asked for
        doc = None
    if doc is None or not (doc.text or "").strip():
        raise InputError("no article text found in the HTML page", source=name, reason="empty",
                         hint="the page may be a front page, a list of links or need "
                              "JavaScript; save the article page itself")
    meta = {"title": doc.title, "date": doc.date, "author": doc.author,
            "sitename": doc.sitename, "url": doc.url}
    text = doc.text or ""
    title = (doc.title or "").strip()
    # trafilatura puts the <h1> at the top of the text when the page repeats the title there;
    # otherwise the title comes from <title>/og:title and is added above the body.
    if title and not same_title(split_paragraphs(text)[0], title):
        text = f"{title}\n\n{text}"
    return text, meta

"""Which block of a page given as text is its headline.

The candidates are the title-sized blocks above the article (and the first two of it, where a
teaser can come first) that no boilerplate rule claims: never a menu, skip link, timer or
subscription line. A small model ranks them (``newsgraph train headlines``, weights in the
page model's file): it sees the page model's reading of the block and its neighbours, the
block's own shape, how much of it the lede repeats, how far it stands from the article and how
it compares with the other candidates. The best one is the headline when the model gives it at
least ``model.headline_min``; else the page has none and the record says why.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

import numpy as np
from rapidfuzz import fuzz

from ..spelling import one_slip
from ..threads import one_thread
from .blocks import Block, ends_sentence, kept_marker
from .credits import dateline, inner_dateline
from .features import names
from .language import foreign_phrase
from .rules import AGENCIES, classify_boilerplate
from .segment import BODY, BOILERPLATE, HEADLINE

MAX_WORDS = 30
# Never a title: lynx's "#rss" lines of the page's <link> tags, an image's "[file.jpg]"
# placeholder.
# (and a picture's alt text the renderer marked: "DPMM players celebrate (image)")
_NOT_A_TITLE = re.compile(r"^#\S|^\[[^\]]*\]$|^\S+\.(?:jpe?g|png|gif|webp|svg)\b"
                          r"|[(\[](?:image|photo|picture|img|video|graphic)[)\]]$"
                          # a notice that ends by sending the reader on: "... today – see the
                          # map", "... – read more", "... – click here"
                          r"|\s[–—-]\s(?:see|read|watch|find\s+out|learn|click|check|listen|"
                          r"view)\b[^.!?]{0,30}$", re.I)
SEARCH = 40  # blocks above the article searched for its headline
# a list marker lynx or inscriptis kept ("* Sign in"), a ticker's symbol ("⚡ LIVE: ...")
_MARK = re.compile(r"^(?:[*+•·-]|[^\w\s\"“‘'(]+)\s+")
# a site's masthead or tagline at the top of the page: "HORN OBSERVER", "Independent news
# from Ethiopia and the Horn" (a headline in capitals has more words)
_TAGLINE = re.compile(r"^(?:(?:the\s+)?(?:independent|latest|daily|breaking)\s+)?news\s+"
                      r"(?:from|about|on)\s", re.I)
_LEDE = names().index("lede_overlap")


def candidates(blocks: list[Block], first: int) -> list[int]:
    """Indices of the blocks that may be the headline of an article starting at ``first``."""
    out = []
    for i in range(max(0, first - SEARCH), min(first + 3, len(blocks))):
        text = blocks[i].text
        if len(text.split()) > MAX_WORDS or len(text) < 8 or text.endswith(":") \
                or blocks[i].image or _NOT_A_TITLE.search(text) or _list_item(blocks, i) \
                or classify_boilerplate(_plain(text)) is not None or opens_story(text) \
                or _BYLINE.match(text) or menu_row(text) or _masthead(text) \
                or i <= 2 and _site_line(text, i):
            continue
        out.append(i)
    # a line under a picture's credit ("Getty Images" / "Residents inspect burnt-out cars")
    # is its caption, the headline only where nothing else can be
    out = [i for i in out if not _under_credit(blocks, i)] or out
    titles = [i for i in out if not _TICKER.match(blocks[i].text)]
    return titles or out  # a ticker's item is the headline only where nothing else can be


def _under_credit(blocks: list[Block], i: int) -> bool:
    """Under a picture's credit alone ("Getty Images"; a caption that ends with its credit
    may stand over the title: "... Gaza City. Photo: X/Anadolu via Getty Images")."""
    prev = blocks[i - 1].text if i > 0 else ""
    return len(prev.split()) <= 5 and classify_boilerplate(_plain(prev)) == "photo_credit"


def printed_twice(blocks: list[Block], cands: list[int]) -> int | None:
    """A title a scraper printed twice, one copy right under the other (maybe one with the
    site's name after it: "Title | Site" over "Title"): the headline, whatever else the top
    of the page holds. The copy without the site's name is taken."""
    page = [block.text for block in blocks]  # (a suffix is a site's name where the page
    split = {i: site_suffix(blocks[i].text, page) for i in cands}  # prints the title without)
    below = _display_title(blocks, cands, split)
    if below is not None:
        return below
    for a, b in zip(cands, cands[1:]):
        if b - a > 2 or len(blocks[b].text.split()) < 4 or ends_sentence(blocks[b].text):
            continue  # (a photo's alt text over its caption ends a sentence)
        (title_a, site_a), (title_b, site_b) = split[a], split[b]
        x, y = _title_key(title_a), _title_key(title_b)
        # (or the copies differ by a typing slip in one word: "accuses" / "acuses")
        if x == y or len(x.split()) >= 4 and one_slip(x.split(), y.split()):
            # the copy without the site's name (the article picks the better spelled one)
            return b if site_a and not site_b else a
        if _extended(x.split(), y.split()) or _extended(y.split(), x.split()):
            return a  # the display title over the page's longer one ("... troops sent" /
            # "... troops sent to Culiacan"): the upper, as the page shows it first
    return None


# how far below the page's <title> line the article's headline may stand (menus, a ticker,
# a breadcrumb between them)
_TITLE_TO_H1 = 8
_OPENING = 5  # words two copies of a title share at their start


def _display_title(blocks: list[Block], cands: list[int],
                   split: dict[int, tuple[str, str | None]]) -> int | None:
    """The page's <title> ("Title | Site") and, below the menus, the article's own display
    headline opening with the same words, which may go on differently ("... pact in
    Canberra | Site" over "... pact as protesters rally outside Parliament"): the display
    headline. ``split``: each candidate's (title, site's name), as ``site_suffix`` reads it."""
    for k, a in enumerate(cands):
        title_a, site_a = split[a]
        if site_a is None:
            continue
        x = _title_key(title_a).split()
        for b in cands[k + 1:]:
            if b - a > _TITLE_TO_H1:
                break
            title_b, site_b = split[b]
            if site_b is None and not ends_sentence(blocks[b].text) \
                    and _same_opening(x, _title_key(title_b).split()):
                return b
    return None


def _same_opening(x: list[str], y: list[str]) -> bool:
    """Do two titles open with the same five words, or with one slip among them?"""
    if min(len(x), len(y)) < _OPENING + 1:
        return False
    a, b = x[:_OPENING], y[:_OPENING]
    return a == b or one_slip(a, b)


def _extended(short: list[str], long: list[str]) -> bool:
    """Is one title the other with a few words added at its end (five words at least before
    them, four at most added)?"""
    return len(short) >= 5 and 0 < len(long) - len(short) <= 4 and long[:len(short)] == short


def _title_key(text: str) -> str:
    return re.sub(r"\W+", " ", text).strip().lower()


# "Title | Site", "Title - Site Name": a site's name after a title, as a page's <title> and
# the scrapers that print it have it
_SEP = r"\s(?:[|–—-]|::)\s"
_SITE_SEP = re.compile(rf"{_SEP}(?!.*{_SEP})")  # the last separator
_FIRST_SEP = re.compile(_SEP)
# words of news sites' names ("Islamabad Chronicle", "Iberia Today", "Gulf Sport Daily")
SITE_WORDS = frozenset("""news times post daily wire herald online today tribune journal
chronicle gazette observer mirror monitor ledger dispatch courier express review report press
media weekly insider digest bulletin telegraph standard guardian independent star sun voice
pulse watch eye beat reporter record sentinel examiner inquirer recorder leader nation globe
world network tv radio magazine""".split())


def site_name(text: str) -> bool:
    """Does a short capitalised phrase read as a news site's name: one of its words a name
    word of news sites ("Iberia Today"), or one word with a capital inside ("VnBizWire")?"""
    words = text.split()
    if not 1 <= len(words) <= 4 or not all(w[:1].isupper() or w[:1].isdigit()
                                           or w.lower() in ("of", "the", "&", "and")
                                           for w in words):
        return False
    return any(w.lower().strip(".,") in SITE_WORDS for w in words) or (
        len(words) == 1 and re.search(r"[a-z][A-Z]", words[0]) is not None)


def site_suffix(text: str, page: list[str] | None = None) -> tuple[str, str | None]:
    """(the title, the site's name) of "Title | Site Name" (or "Site Name – Title", where the
    part before the first bar or dash is a site's name); (text, None) when what follows
    the last bar or dash is no site's name ("Talks stall - analysis") or too little stands
    before it. With the ``page``'s other lines, a suffix the page prints alone (its
    masthead) is a site's name whatever its words, and so is one whose title the page
    prints without it."""
    m = _SITE_SEP.search(text)
    if m is None:
        return text, None
    first = _FIRST_SEP.search(text)
    if first is not None and site_name(text[:first.start()].strip()) \
            and len(text[first.end():].split()) >= 4 and not site_name(text[m.end():].strip()):
        # the site's name before the title: "EuroEast Monitor – Ukraine, Russia swap ..."
        return text[first.end():].strip(), text[:first.start()].strip()
    title, site = text[:m.start()].strip(), text[m.end():].strip()
    if len(title.split()) < 3 or title.count("(") > title.count(")"):
        return text, None  # (a bar or dash inside brackets splits no name off)
    if site_name(site) or site.lower() in AGENCIES:
        return title, site
    if page is not None and len(site.split()) <= 5 and any(
            line.strip().lower() in (site.lower(), title.lower())
            or line != text and same_title(line, title) or _masthead_of(line, site)
            for line in page):
        # (the title printed alone, maybe with a slip in it, or a masthead that opens with
        # the name: "Bissau Hoje - notícias e análise")
        return title, site
    return text, None


def _masthead_of(line: str, site: str) -> bool:
    """Does a page line open with the site's name and then its tagline or menu?"""
    return site[:1].isupper() and re.match(
        re.escape(site) + r"\s*(?:[|–—:-]\s|$)", line.strip()) is not None


def same_title(a: str, b: str) -> bool:
    """Two printings of one title: the same words, or nearly so (a slip in one copy)."""
    x, y = _title_key(a), _title_key(b)
    return x == y or (len(x) > 15 and fuzz.ratio(x, y) >= 92)


def title_part(text: str) -> str:
    """What stands before a title's last bar or dash ("Title | Site"), when three words at
    least do; else the text: the title a copy printed with a name after it shares."""
    m = _SITE_SEP.search(text)
    if m is None or len(text[:m.start()].split()) < 3:
        return text
    return text[:m.start()].strip()


# an item of a news ticker above the story: "Breaking: Curfew extended in Kathmandu valley"
_TICKER = re.compile(r"^(breaking(\s+news)?|just\s+in|developing|live|latest|flash)\s*[:|–—-]\s",
                     re.I)


# "By The Associated Press", "By Jane Roe and John Doe.": a byline is never the headline
_BYLINE = re.compile(r"^By\s+[A-Z][^.!?]{0,60}\.?$")
# the names of a news site's sections, which its navigation rows are made of
_SECTION_WORDS = frozenset("""home latest news world politics business markets economy opinion
sport sports video videos live tech technology science health culture entertainment lifestyle
life travel local national international africa asia americas europe us uk india middle east
weather photos podcasts more menu search trending features analysis investigations""".split())


def _plain(text: str) -> str:
    """A line without its list marker and the pictograms of a site's controls ("☰ Menu 🔍
    Search" -> "Menu Search")."""
    text = "".join(" " if unicodedata.category(ch) == "So" and ch not in "©®"
                   else ch for ch in _MARK.sub("", text))
    return " ".join(text.split())


# what a site's tagline calls its work: "Investigative reporting from Southeast Europe",
# "Zimbabwe's independent voice"
_TAGLINE_WORDS = frozenset({"news", "journalism", "reporting", "voice", "coverage", "source",
                            "newspaper", "magazine", "edition"})


def _site_line(text: str, i: int) -> bool:
    """At the very top of a page, the site's name ("NordicMarkets Daily": the first line, of
    three words at most) or its tagline (a short line of what the site does): no title of an
    article stands first on a page with such a masthead."""
    words = text.split()
    if i == 0 and len(words) <= 3 and all(w[:1].isupper() or w.lower() in ("of", "the", "&")
                                          for w in words):
        return True  # (a name's words are all capitalised; "Budget talks open" is a title)
    if i == 1 and site_name(text):
        return True  # under a skip link: "Skip to main content" / "Vistula Report"
    # a name and what the site covers: "VnBizWire – Vietnam business & markets", "Gulf Sport
    # Daily - Golf"
    parts = re.split(r"\s[|·•–—-]\s", text, maxsplit=1)
    if len(parts) == 2 and site_name(parts[0]) and (len(parts[1].split()) <= 5
                                                    or _TAGLINE.match(parts[1])
                                                    or foreign_phrase(parts[1])):
        # (and "Great Lakes Observer - News from DRC, Rwanda, Burundi and Uganda", "Frontera
        # Press | Noticias en inglés desde el norte de México")
        return True
    if i <= 2 and len(parts) == 2 and len(parts[0].split()) <= 4 and foreign_phrase(parts[1]):
        # "Téla Non Diário | Notícias de São Tomé e Príncipe em inglês": a name and a tagline
        # in the site's own language; an English story's title has no foreign half
        return True
    if i in (1, 2) and words[0] == "Your" and len(words) <= 8 and not ends_sentence(text):
        return True  # "Your window on South Sudan and the region" under the masthead
    return len(words) <= 8 and bool(_TAGLINE_WORDS & {w.lower().strip(".,'’s") for w in words}) \
        and not any(w[:1].isdigit() and not _FOUNDED.search(text) for w in words)


# "Your trusted voice since 2009": the year a site was founded is no news
_FOUNDED = re.compile(r"\b(?:since|est\.?|established|founded)\s+(?:in\s+)?\d{4}\b", re.I)


def _masthead(text: str) -> bool:
    """A site's name in capitals (three words at most, or four before a bar: "KYIV
    POST-GAZETTE UA | EN", "BALKAN INSIGHT DAILY | Home | Kosovo") or its tagline ("News
    from ...")."""
    if text.isupper() and len(text.split()) <= 3:
        return True
    site = re.split(r"\s[|·•–]\s", text, maxsplit=1)
    if len(site) == 2 and site[0].isupper() and len(site[0].split()) <= 4:
        return True  # ("DIARIO CENTROAMÉRICA · English Edition")
    return _TAGLINE.match(text) is not None and ":" not in text


_TICKER_LABEL = re.compile(r"^[\w ]{2,20}:\s")


def menu_row(text: str) -> bool:
    """A navigation row a renderer put on one line ("Home Latest World News Markets Opinion
    Politics", "Myanmar Thailand Cambodia Laos Region Opinion": a regional site's sections
    are countries): four or more capitalised words, most of them section or country names (a
    headline in Title Case has a verb and names of its own); a row split by bars with two
    or more interface items ("The Herald e-Paper | Subscribe | Sign In"); or a breadcrumb
    trail of short capitalised names ("Region / Armenia")."""
    parts = [p.strip() for p in text.split("|") if p.strip()]
    if len(parts) >= 3 and sum(classify_boilerplate(p) is not None for p in parts[1:]) >= 2:
        return True
    if len(parts) >= 3 and _TICKER_LABEL.match(parts[0]):
        return True  # a ticker of topics: "Latest news: Novi Sad anniversary | Elections | ..."
    trail = [p.split() for p in re.split(r"\s[/>›»]\s", text)]
    if len(trail) >= 2 and all(1 <= len(p) <= 3 and all(w[:1].isupper() for w in p)
                               for p in trail):
        return True  # a breadcrumb trail: "Region / Armenia", "News › World › Africa"
    dotted = [p.split() for p in re.split(r"\s[·•]\s", text)]
    if len(dotted) >= 3 and all(1 <= len(p) <= 3 and all(w[:1].isupper() for w in p)
                                for p in dotted):
        return True  # topics set off by dots: "North Africa · Sahel · Mediterranean"
    words = text.split()
    return len(words) >= 4 and all(w[:1].isupper() or not w[:1].isalpha() for w in words) \
        and sum(w.lower().strip(".,|") in _SECTION_WORDS or _country_word(w.strip(".,|"))
                for w in words) >= 0.6 * len(words)


def _country_word(word: str) -> bool:
    from ..places import country_code  # clean does not load the gazetteer until asked

    return word[:1].isupper() and country_code(word) is not None


def opens_story(text: str) -> bool:
    """A one-sentence lede that opens with a dateline ("NEW YORK (AP) — The Latest on ...")
    is title-sized, but it is the story's first paragraph: a headline never opens so; nor
    with one after a photo's alt text or a byline a renderer put on its line."""
    found = dateline(text)
    if found is not None and found.dash == ":" and not ends_sentence(text):
        return False  # "South Sudan: Riek Machar placed under house arrest": a title's topic
    return found is not None or inner_dateline(text) is not None


def _list_item(blocks: list[Block], i: int) -> bool:
    """An item of a list (a menu, related links) that kept its marker in a text rendering
    ("+ KBS WORLD TV"): a run of two or more; a lone numbered line may be a title."""
    if not kept_marker(blocks[i]):
        return False
    return any(0 <= j < len(blocks) and blocks[j].bullet for j in (i - 1, i + 1))


def features(blocks: list[Block], proba: np.ndarray, x: np.ndarray, first: int,
             cands: list[int]) -> np.ndarray:
    """One row per candidate: its block features and page-model reading, and how it stands
    among the other candidates and towards the article."""
    n = len(blocks)
    head = proba[cands, HEADLINE]
    lede = x[cands, _LEDE]
    order = (-head).argsort().argsort()  # 0 = the most headline-like candidate
    rows = []
    for k, i in enumerate(cands):
        prev = proba[i - 1] if i > 0 else np.full(3, -1.0)
        nxt = proba[i + 1] if i + 1 < n else np.full(3, -1.0)
        words = len(blocks[i].text.split())
        above = [j for j in cands if j < i]
        rows.append(np.concatenate([
            x[i], proba[i], prev, nxt,
            [first - i, i / max(n, 1), float(i >= first), words, order[k],
             head[k] - head.max(), lede[k] - lede.max(), len(cands), len(above),
             float(cands[-1] == i), proba[i, BODY] - proba[i, BOILERPLATE]]]))
    return np.asarray(rows, dtype=np.float32)


def choose(ranker: Any, threshold: float, blocks: list[Block], proba: np.ndarray,
           x: np.ndarray, first: int) -> int | None:
    """The headline's block index, or None when no candidate is likely enough."""
    cands = candidates(blocks, first)
    if not cands:
        return None
    with one_thread():  # as the page model: OpenMP threads only wait for so few rows
        p = ranker.predict_proba(features(blocks, proba, x, first, cands))[:, 1]
    twice = printed_twice(blocks, cands)
    if twice is not None and p[cands.index(twice)] >= threshold:
        # a title printed twice that the model finds likely enough (a teaser's image and link
        # also print a title twice, but the model reads it as a teaser)
        return twice
    best = int(np.argmax(p))
    return cands[best] if p[best] >= threshold else None

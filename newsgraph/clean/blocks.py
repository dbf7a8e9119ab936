"""Page text -> blocks: the units the page model labels.

A page arrives as text in one of two shapes, decided once per document from its line lengths:

- hard-wrapped (html2text, lynx, e-mail): lines are filled up to a width, so a line that was
  wrapped is one whose next word would not have fitted; those lines are joined back;
- one line a paragraph (inscriptis, copy-paste, most scrapers, line-per-sentence corpora):
  every line is its own block.

Markdown that a renderer adds (``[text](url)``, ``![alt](src)``, ``#`` headings, ``*``
emphasis) is reduced to its text; the block remembers that it was a heading, a list item or
mostly links, because those shapes are what tell navigation from prose.

Hand-written: no library splits already-rendered page text back into its blocks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .published import is_date_line

_BULLET = re.compile(r"^(?:[*+•·▪►◦‣-]|\d{1,3}[.)])\s+")
_MD_HEADING = re.compile(r"^(#{1,6})\s*")
_MD_QUOTE = re.compile(r"^(?:>\s?)+")
_MD_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_MD_LINK = re.compile(r"\[([^\]]*)\]\((?:[^()\s]|\([^()]*\))*(?:\s+\"[^\"]*\")?\)")
_MD_REF = re.compile(r"\[(\d{1,4})\]")  # lynx's numbered link marks
# html2text sets a space between a closing mark and the stop after it ("**MOSCOW** , June
# 24"): the space goes with the marks.
_MD_EMPH = re.compile(r"(?<!\w)(\*\*|__|\*|_)(?=\S)(.+?)(?<=\S)\1(?!\w)(?: (?=[,.;:!?]))?")
# Bold as html2text writes it ("**CAIRO —** On a ..."), also where a page has too few links
# to be read as markdown and where the bold ran over a wrapped line: a pair of double marks
# around text is never the page's own (html2text's strong; "__" is left: __init__).
_MD_STRONG = re.compile(
    r"(?<![\w*])\*\*(?=[^\s*])(.+?)(?<=[^\s*])\*\*(?![\w*])(?: (?=[,.;:!?]))?")
# html2text's escape of a dash that could read as a list marker: "(Reuters) \\- A court"
_MD_ESCAPED_DASH = re.compile(r"(?:(?<=\s)|^)\\(?=-+(?:\s|$))")
_HYPHEN_END = re.compile(r"[^\W\d_]-$")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u3000]+")
_TERMINAL = tuple('.!?:;"”’)…')
_STOP_END = re.compile(r"[.!?…:;][\"”’)]*$")


@dataclass(slots=True)
class Block:
    """One paragraph-like unit of a page, with the shape it had before its markup was cut."""

    text: str
    line: int  # index of its first line in the input
    heading: bool = False  # a markdown "#" line
    bullet: bool = False  # a list item
    links: int = 0  # markdown links and images it had
    link_chars: int = 0  # characters of link text
    indent: int = 0  # leading spaces of its first line
    image: bool = False  # a line that was only an image (markdown): its alt text, no title


def is_markdown(raw: str) -> bool:
    """True when the page text carries markdown links (html2text and similar)."""
    return len(_MD_LINK.findall(raw[:200_000])) >= 2


def wrap_width(lines: list[str]) -> int | None:
    """The width a hard-wrapped text was filled to, or None when lines are paragraphs.

    A filled text has many lines ending within a few characters of one width, and such a
    line goes on in the next line; in a text of one line a paragraph a line that long is a
    whole paragraph, followed by a blank line or another paragraph.
    """
    # a link's address is never broken by a wrapping renderer: such lines run over the width
    usable = [(len(ln.rstrip()), i) for i, ln in enumerate(lines)
              if ln.strip() and "](" not in ln and "://" not in ln]
    fitting = sorted(n for n, _ in usable if n <= 140)
    if len(fitting) < 3 or len(usable) - len(fitting) > 0.1 * len(usable):
        return None
    # a line or two the renderer let run over (a link's marker and title) stand alone above
    # the width the story's lines crowd under (five lines or more within two characters)
    for _ in range(2):
        if len(fitting) > 20 and fitting[-1] - fitting[-2] > 2 \
                and sum(1 for n in fitting[:-1] if n >= fitting[-2] - 2) >= 5:
            fitting.pop()
    width = fitting[int(len(fitting) * 0.98) - 1] if len(fitting) > 50 else fitting[-1]
    # On a page of many short lines (menus) the few filled lines of the story can be fewer
    # than the 2% cut off: lines a few characters longer are the width still (lynx fills to
    # 74-77 of its 80), where a stray long line is far longer.
    width = max(n for n in fitting if n <= width + 6)
    if _filled_to(width, lines, usable, fitting):
        return width
    # A few rows longer than the story's lines (a rule of dashes, a long title) put the 2%
    # cut off above the width the story was filled to: the width most lines stop short of.
    if fitting[-1] < 40:
        return None
    densest = max(range(40, fitting[-1] + 1),
                  key=lambda w: sum(1 for n in fitting if w - 12 <= n <= w))
    return densest if densest < width and _filled_to(densest, lines, usable, fitting) else None


def _filled_to(width: int, lines: list[str], usable: list[tuple[int, int]],
               fitting: list[int]) -> bool:
    """Do the lines read as a text filled to ``width``?"""
    if width < 40:
        return False
    # Menus and lists are short lines in any shape: judge by the lines of some length.
    long = [n for n in fitting if n >= width / 2]
    near = [i for n, i in usable if width - 12 <= n <= width]
    going_on = sum(1 for i in near if i + 1 < len(lines) and lines[i + 1].strip()
                   and not _BULLET.match(lines[i + 1].strip()))
    # a line-per-sentence text has near-width lines too, but each ends its sentence
    mid_sentence = sum(1 for i in near if not ends_sentence(lines[i].rstrip()))
    return not (len(near) < max(0.3 * len(long), 3) or going_on < 0.6 * len(near)
                or mid_sentence < 0.5 * len(near))


def _strip_markdown(line: str) -> tuple[str, int, int]:
    links = 0
    link_chars = 0

    def keep(m: re.Match[str]) -> str:
        nonlocal links, link_chars
        links += 1
        link_chars += len(m.group(1))
        return m.group(1)

    line = _MD_IMAGE.sub(lambda m: keep(m) + _after_image(m), line)
    line = _MD_LINK.sub(keep, line)
    line = _MD_EMPH.sub(r"\2", line)
    line = line.replace("\\-", "-").replace("\\.", ".").replace("\\#", "#").replace("\\*", "*")
    return line, links, link_chars


def split_blocks(raw: str, *, markdown: bool | None = None) -> list[Block]:
    """The blocks of a page text, in order, markup reduced to text."""
    raw = raw.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    lines = raw.split("\n")
    if markdown is None:
        markdown = is_markdown(raw)
    width = wrap_width(lines)
    blocks: list[Block] = []
    current: Block | None = None
    prev_len = 0
    for i, raw_line in enumerate(lines):
        if not raw_line.strip():
            current = None
            continue
        indent = len(raw_line) - len(raw_line.lstrip(" "))
        text = _SPACES.sub(" ", raw_line).strip()
        heading = bullet = False
        links = link_chars = 0
        # html2text escapes a dash the page typed at a paragraph's start ("\\- Negotiators
        # ..."): text, not the renderer's list item
        typed_dash = markdown and text.startswith("\\-")
        image = _MD_IMAGE.fullmatch(text) is not None
        if markdown:
            text = _MD_QUOTE.sub("", text)  # html2text's blockquote: "> Support ..."
            m = _MD_HEADING.match(text)
            if m:
                heading = True
                text = text[m.end():]
            text, links, link_chars = _strip_markdown(text)
        elif "\\" in text or "](" in text:
            # html2text writes its links and escapes on a page with too few links to be read
            # as markdown too ("LOS ANGELES ([AP](https://apnews.com)) —", "(Reuters) \\-
            # A court"): their text only, uncounted, as the page model was trained.
            text = _MD_LINK_WRAPPED.sub(_wrapped_link_text, _MD_ESCAPED_DASH.sub("", text))
        # A wrapping renderer breaks before a dash too ("... said on Monday (Reuters)" /
        # "- President ..."; lynx also well short of the width): a "- " line right after a
        # near-full line that stops mid-sentence goes on it (a list follows a blank line).
        dash_wrap = (text.startswith("- ") and current is not None and not current.bullet
                     and width is not None and prev_len >= width - 12
                     and _STOP_END.search(current.text) is None)
        if _BULLET.match(text) and not re.match(r"^-{2,}", text) and not dash_wrap \
                and not typed_dash:
            bullet = True
            if markdown:  # "* " is the renderer's; a dash typed in plain text is the page's
                text = _BULLET.sub("", text, count=1)
        text = _MD_REF.sub("", text).strip() if not markdown else text.strip()
        if not text:
            continue
        # A heading wraps too (html2text fills "# Title" lines at its width like the rest).
        # (not under a line set far further in: lynx centres the page's <title> line, and
        # the link under it is no more of it)
        wrapped = dash_wrap or (current is not None and not bullet and not heading
                                and current.indent - indent <= _CENTRED
                                and _continues(prev_len, text, width, current.text))
        if wrapped and current is not None:
            # a renderer breaks lines after a word's hyphen too: "fast-" + "ruby" = "fast-ruby"
            glue = "" if _HYPHEN_END.search(current.text) and text[:1].isalpha() else " "
            current.text = f"{current.text}{glue}{text}"
            current.links += links
            current.link_chars += link_chars
            current.image = False
        else:
            current = Block(text, i, heading, bullet, links, link_chars, indent, image)
            blocks.append(current)
        prev_len = len(raw_line.rstrip())
    if markdown:
        blocks = _merge_markdown_spill(blocks)
        for block in blocks:
            if "](" in block.text:
                _strip_wrapped_links(block)
    for block in blocks:
        if "**" in block.text:
            block.text = _MD_STRONG.sub(r"\1", block.text)
    return _join_bare_datelines(blocks)


# how much further in than the next line a line may stand and still be wrapped onto it
_CENTRED = 8
_WIDTH_SLACK = 4
# a byline's row under a title, written in lower case: "by Staff Writer | October 6, 2026"
_ROW_START = re.compile(r"^by\s+[A-Z][^|]{0,40}\|")

_BARE_END = re.compile(r"(?:[–—―]|-{1,3}|:)$")
# The dash that opens a paragraph set under its dateline ("ANKARA (Reuters)" in one element,
# "- Negotiators ..." in the next): the list-item reading of "- " must not keep them apart.
_DASH_START = re.compile(r"^(?:[–—―]|-{1,3})\s")
# A drop cap that a renderer set apart from the rest of its word ("A NKARA (Reuters) -",
# "A nkara, June 24 (Reuters) -": inscriptis prints an inline element's end as a space).
_DROP_CAP = re.compile(r"^([A-Z]) (?=[A-Za-z])")


def _undo_drop_cap(block: Block) -> None:
    """Glue a drop cap back onto its word when only the glued form opens with a dateline."""
    from .credits import dateline  # credits -> rules -> blocks

    if not _DROP_CAP.match(block.text):
        return
    found = dateline(block.text)
    if found is None or found.place.startswith(block.text[:2]):
        glued = block.text[0] + block.text[2:]
        if dateline(glued) is not None:
            block.text = glued


def _join_bare_datelines(blocks: list[Block]) -> list[Block]:
    """A dateline the page set apart ("<div class=dateline>BEIRUT —</div><p>Israeli jets
    ...") goes back onto the paragraph it opens, where a copy desk would print it."""
    from .credits import INNER_REACH, SHORT_PREFIX, dateline, inner_dateline

    out: list[Block] = []
    i = 0
    while i < len(blocks):
        block = blocks[i]
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        _undo_drop_cap(block)
        if (nxt is not None and len(block.text) <= SHORT_PREFIX and not block.bullet
                and _DASH_START.match(nxt.text) and len(nxt.text.split()) >= 9
                and dateline(f"{block.text} {nxt.text}") is not None):
            # the dateline in one element, the dash and the story in the next
            out.append(Block(f"{block.text} {nxt.text}", block.line, False, False,
                             block.links + nxt.links, block.link_chars + nxt.link_chars,
                             block.indent))
            i += 2
            continue
        if (nxt is not None and len(block.text) <= INNER_REACH
                and _BARE_END.search(block.text)
                and not block.bullet and not nxt.bullet and len(nxt.text.split()) >= 8):
            joined = f"{block.text} {nxt.text}"
            # A wrapping renderer also runs the line above onto it ("The Guardian logo Jane
            # Doe HARTFORD —"): that line stays a block of its own.
            cut = 0
            if len(block.text) > 60 or dateline(joined) is None:
                inner = inner_dateline(joined)
                cut = inner[0] if inner is not None and inner[0] < len(block.text) else -1
            if cut >= 0:
                if cut:
                    out.append(Block(block.text[:cut].rstrip(), block.line, False, False, 0,
                                     0, block.indent))
                out.append(Block(joined[cut:], block.line, False, False,
                                 block.links + nxt.links, block.link_chars + nxt.link_chars,
                                 block.indent))
                i += 2
                continue
        out.append(block)
        i += 1
    return out


_RULE = re.compile(r"^[-=_*~#.]{3,}$")


def _continues(prev_len: int, line: str, width: int | None, previous: str) -> bool:
    """True when ``line`` goes on the line before it (``width``: the text's wrap width)."""
    if is_date_line(line) or _RULE.match(line) or _RULE.match(previous):
        return False  # (a rule of dashes may be as long as the lines: it goes on nothing)
    if line[:1].islower() and not ends_sentence(previous) and not _agency_alone(line) \
            and not _ROW_START.match(line):
        return True  # a sentence does not start in lower case (a byline's row may)
    if width is None:
        return False
    # filled: the line's first word would have fitted on the line before (within the few
    # characters the width's estimate may stand above the renderer's: lynx fills to 74-77
    # of its 80, and a row printed as it is may be longer)
    if prev_len + 1 + len(line.split(" ", 1)[0]) > width - 1 - _WIDTH_SLACK:
        return True
    # wrapped by hand, ragged: a long line that stops mid-sentence
    return prev_len >= 0.75 * width and (not ends_sentence(previous) or line[:1].islower())


def _agency_alone(line: str) -> bool:
    """A line that is only an agency's name, some spelled in lower case ("dpa"): a credit
    under a title, not the rest of it."""
    from .rules import AGENCIES  # rules -> blocks

    return line.strip().lower() in AGENCIES


def _merge_markdown_spill(blocks: list[Block]) -> list[Block]:
    # html2text wraps inside a link's text: "[Cafe\nHurricane](url)" leaves two halves.
    out: list[Block] = []
    for b in blocks:
        if out and out[-1].text.count("[") > out[-1].text.count("]"):
            out[-1].text = f"{out[-1].text} {b.text}"
            continue
        out.append(b)
    return out


# A link html2text wrapped across lines, joined again: "[fast-\nruby](https://x.org/fast-\n
# ruby)" -> "[fast- ruby](https://x.org/fast- ruby)"; the one-line pattern cannot see it.
_MD_LINK_WRAPPED = re.compile(
    r"(!?)\[([^\[\]]*)\]\((?:https?:|/|#|mailto:|\.\.?/|www\.)[^()\[\]]{0,600}?\)")


def _strip_wrapped_links(block: Block) -> None:
    # The text only: the page model was trained with such links uncounted in ``links``.
    block.text = _SPACES.sub(" ", _MD_LINK_WRAPPED.sub(_wrapped_link_text, block.text)).strip()


def _wrapped_link_text(m: re.Match[str]) -> str:
    return m.group(2) + (_after_image(m) if m.group(1) else "")


def _after_image(m: re.Match[str]) -> str:
    """The space that sets an image's alt text off from text glued after it ("![A view of
    the port.](x.jpg)CAIRO — ..."), as lynx prints it; html2text prints none."""
    return " " if m.end() < len(m.string) and not m.string[m.end()].isspace() else ""


def kept_marker(block: Block) -> bool:
    """A list item whose marker is still in its text ("+ KBS WORLD TV"): how text renderings
    (lynx, inscriptis) print lists; markdown's markers are cut when the block is read."""
    return block.bullet and _BULLET.match(block.text) is not None


def ends_sentence(text: str) -> bool:
    """True when a block ends with sentence-final punctuation."""
    return text.endswith(_TERMINAL)

"""Sources: readers that turn a path into ``Item``s (or an ``InputError`` per bad input).

A reader is chosen per file by ``READERS`` (first match wins), so a new kind of source is one
function and one ``register_reader`` call:

    feed  (.rss .atom .xml, or a file that starts like one)  RSS/Atom entries via feedparser
    warc  (.warc .warc.gz .arc .arc.gz, or WARC magic)        HTML responses via warcio
    else                                                     newsgraph.inputs: text, HTML, JSONL

Folders are walked recursively in sorted order (hidden files skipped), so a rerun meets the
inputs in the same order.
"""

from __future__ import annotations

import gzip
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from urllib.parse import urlparse

from ..errors import InputError
from ..inputs import Item

Reader = Callable[[Path], Iterator["Item | InputError"]]
Matcher = Callable[[Path, bytes], bool]
READERS: list[tuple[str, Matcher, Reader]] = []


def register_reader(name: str, matcher: Matcher, reader: Reader, *, first: bool = False
                    ) -> None:
    """Add a reader: ``matcher(path, first_512_bytes)`` says whether ``reader(path)`` reads it.

    ``first=True`` puts it before the built-in readers (to take over a suffix).
    """
    if first:
        READERS.insert(0, (name, matcher, reader))
    else:
        READERS.append((name, matcher, reader))


def read_sources(paths: Iterable[str]) -> Iterator[Item | InputError]:
    """Every item of every path (file, folder, JSONL, feed, WARC, or '-' for stdin)."""
    for raw in paths:
        path = Path(raw)
        if raw != "-" and path.is_dir():
            from ..inputs import folder_files

            files = folder_files(path)
            if not files:
                yield InputError("folder holds no files", source=str(path), reason="empty",
                                 hint="point at a folder of articles, feeds or WARC files")
            for file in files:
                yield from read_file(file)
        else:
            yield from read_file(path) if raw != "-" else _generic("-")


def read_file(path: Path) -> Iterator[Item | InputError]:
    """The items of one file, read by the first reader whose matcher accepts it."""
    head = b""
    try:
        with open(path, "rb") as fh:
            head = fh.read(512)
    except OSError:
        pass  # the generic reader reports a missing or unreadable file
    for _name, matcher, reader in READERS:
        if matcher(path, head):
            yield from reader(path)
            return
    yield from _generic(str(path))


def _generic(path: str) -> Iterator[Item | InputError]:
    from ..inputs import load_paths

    for loaded in load_paths([path]):
        if isinstance(loaded, InputError):
            yield loaded
            continue
        for warning in loaded.warnings:  # the article goes on; say what was dropped or guessed
            print(f"newsgraph: warning: {warning}", file=sys.stderr)
        yield loaded.item


# -- RSS / Atom -------------------------------------------------------------------------------
def _is_feed(path: Path, head: bytes) -> bool:
    if path.suffix.lower() in (".rss", ".atom"):
        return True
    start = head.lstrip()[:300].lower()
    return start.startswith(b"<?xml") and (b"<rss" in start or b"<feed" in start) or \
        start.startswith((b"<rss", b"<feed"))


def read_feed(path: Path) -> Iterator[Item | InputError]:
    """One Item per feed entry: its full content (or summary), link, date and feed title."""
    import feedparser

    feed = feedparser.parse(str(path))
    if not feed.entries:
        reason = getattr(feed, "bozo_exception", None)
        yield InputError(f"feed has no entries{f' ({reason})' if reason else ''}",
                         source=str(path), reason="bad_feed",
                         hint="give an RSS or Atom file with <item>/<entry> elements")
        return
    title = feed.feed.get("title")
    for n, entry in enumerate(feed.entries, 1):
        name = f"{path}#{n}"
        body = ""
        if entry.get("content"):
            body = entry.content[0].get("value", "")
        body = body or entry.get("summary", "") or entry.get("description", "")
        if not body.strip():
            yield InputError("feed entry has no content or summary", source=name,
                             reason="empty", hint="the feed carries only links; fetch the "
                             "pages and ingest them as HTML or WARC")
            continue
        headline = entry.get("title")
        html = f"<html><head><title>{_escape(headline)}</title></head><body>" \
               f"<h1>{_escape(headline)}</h1>{body}</body></html>" if headline else body
        parsed = entry.get("published_parsed") or entry.get("updated_parsed")
        published = time.strftime("%Y-%m-%d", parsed) if parsed else None
        link = entry.get("link")
        yield Item(raw=html, is_html=True, published=published,
                   source=title or (urlparse(link).netloc if link else None), url=link,
                   name=name)


def _escape(text: str | None) -> str:
    from html import escape

    return escape(text or "")


# -- WARC -------------------------------------------------------------------------------------
def _is_warc(path: Path, head: bytes) -> bool:
    name = path.name.lower()
    if name.endswith((".warc", ".warc.gz", ".arc", ".arc.gz")):
        return True
    if head.startswith(b"WARC/"):
        return True
    if head.startswith(b"\x1f\x8b"):
        try:
            with gzip.open(path, "rb") as fh:
                return fh.read(5) == b"WARC/"
        except (OSError, EOFError):
            return False
    return False


def read_warc(path: Path) -> Iterator[Item | InputError]:
    """One Item per HTML response record (status 200) in a WARC file."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    try:
        with open(path, "rb") as fh:
            for n, rec in enumerate(ArchiveIterator(fh), 1):
                if rec.rec_type != "response" or rec.http_headers is None:
                    continue
                url = rec.rec_headers.get_header("WARC-Target-URI")
                name = f"{path}#{url or n}"
                ctype = (rec.http_headers.get_header("Content-Type") or "").lower()
                if rec.http_headers.get_statuscode() != "200" or "html" not in ctype:
                    continue  # redirects, images, scripts: not articles
                data = rec.content_stream().read()
                text = _decode_html(data, ctype)
                if not text.strip():
                    yield InputError("empty HTML response", source=name, reason="empty")
                    continue
                yield Item(raw=text, is_html=True, url=url,
                           source=urlparse(url).netloc if url else None, name=name)
    except (ArchiveLoadFailed, OSError, EOFError) as exc:
        yield InputError(f"cannot read the WARC file ({exc})", source=str(path),
                         reason="bad_warc", hint="check that the file is a complete WARC")


def _decode_html(data: bytes, ctype: str) -> str:
    charset = "utf-8"
    if "charset=" in ctype:
        charset = ctype.split("charset=", 1)[1].split(";")[0].strip() or "utf-8"
    try:
        return data.decode(charset, errors="replace")
    except LookupError:
        return data.decode("utf-8", errors="replace")


register_reader("feed", _is_feed, read_feed)
register_reader("warc", _is_warc, read_warc)

"""Reading articles from paths: text and HTML files, folders, JSONL rows, standard input.

Every problem with one input becomes an ``InputError`` naming it (the batch goes on); a file
that is readable but was not UTF-8 is decoded with the detected encoding and a warning.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .clean.published import parse as parse_published
from .errors import InputError

MAX_BYTES = 5 * 1024 * 1024  # a news article is rarely over 200 KB even as a full HTML page

# Signatures of common binary formats, to say what a file is rather than "not text".
_MAGIC = ((b"%PDF", "a PDF document"), (b"PK\x03\x04", "a ZIP archive (or DOCX/XLSX)"),
          (b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"),
          (b"GIF8", "a GIF image"), (b"\x1f\x8b", "a gzip file"),
          (b"\x7fELF", "an executable"), (b"WARC/", "a WARC archive"),
          (b"SQLite format 3", "an SQLite database"))
_HTML = re.compile(r"^\s*(<!doctype\s+html|<html\b|<\?xml[^>]*>\s*<html)|<(body|article|p|div)\b",
                   re.I)


@dataclass(slots=True)
class Item:
    """One article to analyze: raw text or HTML with what is known about it."""

    raw: str
    is_html: bool = False
    published: dt.date | None = None  # a datetime when a time was given
    source: str | None = None
    url: str | None = None
    name: str = "<input>"  # where it came from, for error messages

    def __post_init__(self) -> None:
        # The one place a publication date given as text is read (an InputError if bad).
        self.published = parse_published(self.published, self.name)


@dataclass(slots=True)
class Loaded:
    """An Item with the warnings met while reading it."""

    item: Item
    warnings: list[str] = field(default_factory=list)


def looks_like_html(text: str) -> bool:
    """True when a text is an HTML page or fragment rather than plain text."""
    return bool(_HTML.search(text[:4000]))


def decode(data: bytes, name: str) -> tuple[str, str | None]:
    """Bytes -> text. Returns (text, warning or None); raises InputError when it cannot."""
    if len(data) > MAX_BYTES:
        raise InputError(f"file is {len(data) / 1e6:.1f} MB, over the {MAX_BYTES // 2**20} MB "
                         "limit for one article", source=name, reason="too_large",
                         hint="split it into one article per file, or pass JSONL rows")
    if not data.strip():
        raise InputError("file is empty", source=name, reason="empty",
                         hint="remove it or fill it with the article's text")
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise InputError(f"file is {what}, not an article", source=name, reason="binary",
                             hint="give the article as text or HTML")
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError("file is binary (it holds NUL bytes), not text", source=name,
                         reason="binary", hint="give the article as text or HTML")
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    from charset_normalizer import from_bytes

    results = list(from_bytes(data))
    best = results[0] if results else None
    if best is not None:
        # Several single-byte code pages fit most Latin text equally well; newsgraph reads
        # English news, where Windows-1252/Latin-1 is by far the likeliest ("£" not "Ł").
        western = [r for r in results if r.encoding in ("cp1252", "latin_1", "iso8859_15")
                   and r.chaos <= best.chaos + 0.05]
        best = western[0] if western else best
    if best is None or best.chaos > 0.25:
        raise InputError(f"bytes are not UTF-8 (first bad byte at offset {first_bad}) and no "
                         "encoding fits them", source=name, reason="encoding",
                         hint="convert the file to UTF-8, e.g. with iconv")
    warning = (f"{name}: not UTF-8; read as {best.encoding} (convert it to UTF-8 to be sure: "
               f"iconv -f {best.encoding} -t utf-8)")
    return str(best), warning


def load_paths(paths: Iterable[str], *, published: dt.date | str | None = None,
               source: str | None = None, url: str | None = None
               ) -> Iterator[Loaded | InputError]:
    """Items from files, folders (recursively, in sorted order), JSONL files and '-' (stdin)."""
    defaults = {"published": parse_published(published, "--published"), "source": source,
                "url": url}
    for raw_path in paths:
        if raw_path == "-":
            yield from _load_bytes(sys.stdin.buffer.read(), "<stdin>", defaults)
            continue
        path = Path(raw_path)
        if path.is_dir():
            files = folder_files(path)
            if not files:
                yield InputError("folder holds no files", source=str(path), reason="empty",
                                 hint="point at a folder of .txt, .html or .jsonl articles")
            for file in files:
                yield from _load_file(file, defaults)
        elif path.exists():
            yield from _load_file(path, defaults)
        else:
            yield InputError("no such file or folder", source=str(path), reason="missing",
                             hint="check the path")


def folder_files(folder: Path) -> list[Path]:
    """The files of a folder to read as inputs, recursively, in sorted order.

    Hidden files and a folder's README or LICENSE (notes about the articles, not articles)
    are left out.
    """
    return sorted(p for p in folder.rglob("*") if p.is_file()
                  and not any(part.startswith(".") for part in p.relative_to(folder).parts)
                  and not p.name.upper().startswith(("README", "LICENSE")))


def _load_file(path: Path, defaults: dict[str, Any]) -> Iterator[Loaded | InputError]:
    name = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES and path.suffix.lower() not in (".jsonl", ".ndjson"):
            raise InputError(f"file is {size / 1e6:.1f} MB, over the {MAX_BYTES // 2**20} MB "
                             "limit for one article", source=name, reason="too_large",
                             hint="split it into one article per file, or pass JSONL rows")
        with open(path, "rb") as fh:
            data = fh.read()
    except InputError as err:
        yield err
        return
    except OSError as exc:
        yield InputError(f"cannot read it ({exc.strerror})", source=name, reason="unreadable",
                         hint="check the file's permissions")
        return
    if path.suffix.lower() in (".jsonl", ".ndjson"):
        yield from _load_jsonl(data, name, defaults)
    else:
        yield from _load_bytes(data, name, defaults)


def _load_bytes(data: bytes, name: str, defaults: dict[str, Any]
                ) -> Iterator[Loaded | InputError]:
    try:
        text, warning = decode(data, name)
    except InputError as err:
        yield err
        return
    stdin_rows = name == "<stdin>" and text.lstrip().startswith("{")
    if name.endswith((".jsonl", ".ndjson")) or stdin_rows:
        yield from _load_jsonl(data, name, defaults)
        return
    is_html = name.lower().endswith((".html", ".htm", ".xhtml")) or looks_like_html(text)
    item = Item(raw=text, is_html=is_html, name=name, **defaults)
    yield Loaded(item, [warning] if warning else [])


def _load_jsonl(data: bytes, name: str, defaults: dict[str, Any]
                ) -> Iterator[Loaded | InputError]:
    # A JSONL file holds many articles, so the one-article size limit applies per row.
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        yield InputError(f"JSONL file is not UTF-8 (bad byte at offset {exc.start})",
                         source=name, reason="encoding",
                         hint="JSON must be UTF-8; convert the file, e.g. with iconv")
        return
    # "\n" only: str.splitlines() also breaks on U+0085, U+2028 and others, which JSON
    # strings may hold unescaped, and would cut a row in two (and shift every line number).
    for lineno, line in enumerate(text.split("\n"), 1):
        line = line.removesuffix("\r")
        if not line.strip():
            continue
        where = f"{name}:{lineno}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(f"line is not valid JSON ({exc.msg})", source=where,
                             reason="bad_json", hint="each line must be one JSON object")
            continue
        if not isinstance(row, dict):
            yield InputError("row is not a JSON object", source=where, reason="bad_json",
                             hint='write rows like {"text": ..., "published": ...}')
            continue
        body = row.get("html") if row.get("html") is not None else row.get("text")
        if not isinstance(body, str) or not body.strip():
            yield InputError('row has no "text" or "html"', source=where, reason="empty",
                             hint='give the article in a "text" or "html" field')
            continue
        meta: dict[str, Any] = {k: (str(row[k]) if row.get(k) is not None else defaults[k])
                                for k in defaults}
        if len(body) > MAX_BYTES:
            yield InputError(f"row's article is over the {MAX_BYTES // 2**20} MB limit",
                             source=where, reason="too_large", hint="split the article")
            continue
        warnings = []
        if row.get("published") is not None:
            meta["published"] = parse_published(meta["published"], where, strict=False)
            if meta["published"] is None:
                # one unreadable field is no reason to lose the article: drop the date only
                warnings.append(f"{where}: \"published\" {row['published']!r} is not an ISO "
                                "8601 date; the article is read without a date (write "
                                "YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS)")
                meta["published"] = defaults["published"]
        is_html = row.get("html") is not None
        yield Loaded(Item(raw=body, is_html=is_html, name=where, published=meta["published"],
                          source=meta["source"], url=meta["url"]), warnings)

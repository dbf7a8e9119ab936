"""HTML pages rendered to text the ways a scraper or a copy-paste does, for training and eval.

Renderers: html2text (markdown, wrapped at 78), html2text plain (no links, no wrapping),
inscriptis (layout-aware text) and lynx (``lynx -dump``, Debian's package; skipped where it is
not installed). Pages are rendered once and cached under ``build/pages-cache``.
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

from ..errors import EvalError


def _html2text(html: str) -> str:
    import html2text

    return html2text.html2text(html)


def _html2text_plain(html: str) -> str:
    import html2text

    h = html2text.HTML2Text()
    h.ignore_links = True
    h.ignore_images = True
    h.ignore_emphasis = True
    h.body_width = 0
    return h.handle(html)


def _inscriptis(html: str) -> str:
    import inscriptis

    return inscriptis.get_text(html)


def _lynx(html: str) -> str:
    done = subprocess.run(
        ["lynx", "-dump", "-nolist", "-force_html", "-stdin", "-assume_charset=utf-8",
         "-display_charset=utf-8", "-width=80"],
        input=html.encode("utf-8"), capture_output=True, timeout=60, check=False)
    return done.stdout.decode("utf-8", "replace")


RENDERERS: dict[str, Callable[[str], str]] = {
    "html2text": _html2text,
    "html2text-plain": _html2text_plain,
    "inscriptis": _inscriptis,
    "lynx": _lynx,
}


def available(names: list[str] | None = None) -> list[str]:
    """The renderers that can run here (lynx needs Debian's lynx package)."""
    names = names or list(RENDERERS)
    missing = [n for n in names if n not in RENDERERS]
    if missing:
        raise EvalError(f"unknown renderer {missing[0]!r}",
                        hint=f"choose among {', '.join(RENDERERS)}")
    out = []
    for name in names:
        if name == "lynx" and shutil.which("lynx") is None:
            continue
        try:
            if name.startswith("html2text"):
                import html2text  # noqa: F401
            elif name == "inscriptis":
                import inscriptis  # noqa: F401
        except ImportError:
            continue
        out.append(name)
    return out


def render(html: str, renderer: str, cache: Path | None = None) -> str:
    """The page as ``renderer`` shows it in text; cached by content when ``cache`` is given."""
    return cached(html, renderer, RENDERERS[renderer], cache)


def cached(html: str, name: str, make: Callable[[str], str], cache: Path | None) -> str:
    """``make(html)``, kept under ``cache/name`` by the page's content hash."""
    path = None
    if cache is not None:
        key = hashlib.sha1(html.encode("utf-8", "replace")).hexdigest()[:20]
        path = cache / name / f"{key}.txt"
        if path.exists():
            return path.read_text(encoding="utf-8")
    try:
        text = make(html)
    except Exception:  # noqa: BLE001 - a page the tool chokes on gives no text
        text = ""
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return text

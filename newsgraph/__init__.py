"""newsgraph: news articles in, structured and evidenced records out.

    >>> import newsgraph
    >>> record = newsgraph.analyze(text, published="2022-05-14", source="Cnews Live")
    >>> record.to_dict()["headline"]

Nothing is loaded at import; the spaCy model loads on the first ``analyze`` call.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())

if TYPE_CHECKING:
    from datetime import date

    from .errors import InputError, NewsgraphError
    from .record import Record
    from .store import open_store


__all__ = ["InputError", "NewsgraphError", "Record", "__version__", "analyze", "open_store"]

# name -> module of the lazy re-exports
_LAZY = {"Record": "record", "NewsgraphError": "errors", "InputError": "errors",
         "open_store": "store"}


def analyze(text_or_html: str, *, published: str | date | None = None,
            source: str | None = None, url: str | None = None,
            html: bool | None = None) -> Record:
    """Analyze one article (plain text or HTML) and return its typed ``Record``.

    Args:
        text_or_html: the raw article as scraped.
        published: the publication date (a ``date``, or an ISO 8601 string); relative
            dates resolve against it.
        source: the publishing site's name.
        url: the article's address.
        html: force HTML (True) or plain-text (False) handling; detected when None.
    """
    from .pipeline import analyze as _analyze

    return _analyze(text_or_html, published=published, source=source, url=url, html=html)


def __getattr__(name: str) -> Any:
    # Lazy re-exports keep `import newsgraph` free of spaCy's import cost.
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(f"module 'newsgraph' has no attribute {name!r}")

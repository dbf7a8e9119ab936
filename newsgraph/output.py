"""Words for counts in messages ("1 article", "3 articles")."""

from __future__ import annotations


def plural(n: int, one: str, many: str | None = None, width: int = 0) -> str:
    """ "1 article", "3 articles", "2 stories" (the count right-aligned in ``width``)."""
    return f"{n:>{width}} {one if n == 1 else (many or one + 's')}"

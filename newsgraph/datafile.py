"""The project's data files: tab-separated, a header row, "#" lines for their sources and notes.

Kept apart from every stage (it imports nothing of newsgraph) so the cleaner, the places, the
entities and the evals read their tables the same way without loading one another.
"""

from __future__ import annotations

import csv


def data_lines(text: str) -> list[str]:
    """The lines of a data file without its blank and "#" comment lines."""
    return [ln for ln in text.splitlines() if ln and not ln.startswith("#")]


def tsv_rows(text: str) -> list[dict[str, str]]:
    """The rows of a tab-separated data file, keyed by its header (quotes are plain text)."""
    return list(csv.DictReader(data_lines(text), delimiter="\t", quoting=csv.QUOTE_NONE))

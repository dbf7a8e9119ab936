"""``newsgraph eval``: measure newsgraph on the public gold sets in ../shared/bench.

Each evaluation module in this package exposes ``SETS``: a mapping from a set name (the
folder under the bench root, or a name of its own) to a function
``run(bench: pathlib.Path, limit: int | None) -> list[Score]``.
``newsgraph.eval.report`` runs them, writes docs/benchmarks.md with our figure beside the
published one, and checks the floors pinned in ``floors.json``.

No set is copied into the project; nothing is tuned on a set whose test score is reported.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(slots=True)
class Score:
    """One measured figure, in the same unit as the published one (usually percent)."""

    bench: str  # the set, e.g. "geowebnews"
    task: str  # e.g. "resolution, gold spans"
    metric: str  # e.g. "acc@161km"
    ours: float
    published: str | None = None  # e.g. "94.1 (Mordecai3)"
    n: int | None = None  # how many items it was measured on
    note: str = ""

    @property
    def key(self) -> str:
        """The name its floor is pinned under in floors.json."""
        return f"{self.bench} / {self.task} / {self.metric}"


def load_judged(path: Path) -> list[dict[str, str]]:
    """The rows of a set judged by hand (a TSV under tests/fixtures), keyed by its header."""
    from ..datafile import tsv_rows
    from ..errors import EvalError

    if not path.is_file():
        raise EvalError(f"{path} not found", hint="it ships with the repository's tests")
    return tsv_rows(path.read_text(encoding="utf-8"))


# Modules that provide SETS; a module not written yet is skipped.
MODULES = (
    "newsgraph.eval.geo",
    "newsgraph.eval.timex",
    "newsgraph.eval.ner",
    "newsgraph.eval.countries",
    "newsgraph.eval.quotes",
    "newsgraph.eval.events",
    "newsgraph.eval.events_dev",
    "newsgraph.eval.stories",
    "newsgraph.eval.extraction",
    "newsgraph.eval.pages",
    "newsgraph.eval.own_gold",
    "newsgraph.eval.speed",
    "newsgraph.eval.scale",
    "newsgraph.eval.moderation",
)

"""The page model: which blocks of a page in text are its headline, body and boilerplate.

Trained by ``newsgraph train pages`` (newsgraph/train/pages.py) on real pages rendered to text;
its weights ship in ``models/pages.joblib`` with a card (``models/pages.json``) saying what it
was trained on and how it scored on held-out pages.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from ..errors import ModelError
from ..threads import one_thread
from .blocks import Block
from .features import OWN, matrix, moving_mean, names

MODEL_PATH = Path(__file__).parent / "models" / "pages.joblib"
BOILERPLATE, BODY, HEADLINE = 0, 1, 2
_WINDOW = tuple(range(-5, 6))


def stage2_features(x: np.ndarray, proba: np.ndarray) -> np.ndarray:
    """A page's features plus stage-1 probabilities over a window of blocks around each."""
    n = len(x)
    cols = [x]
    for off in _WINDOW:
        shifted = np.full((n, proba.shape[1]), -1.0, dtype=np.float32)
        if off < 0 and n > -off:
            shifted[-off:] = proba[:off]
        elif off > 0 and n > off:
            shifted[:-off] = proba[off:]
        elif off == 0:
            shifted = proba
        cols.append(shifted)
    chars = np.expm1(x[:, OWN.index("log_chars")])
    body = proba[:, BODY] * chars
    total = max(float(body.sum()), 1.0)
    before = (np.cumsum(body) - body) / total
    after = (total - np.cumsum(body)) / total
    near = moving_mean(proba[:, BODY], 10)
    first_body = np.argmax(proba[:, BODY] > 0.5) if (proba[:, BODY] > 0.5).any() else n
    to_first = (np.arange(n) - first_body) / 10.0
    cols.append(np.stack([before, after, near, np.clip(to_first, -5, 5)], axis=1))
    return np.hstack(cols).astype(np.float32)


@dataclass(slots=True)
class PageModel:
    stage1: Any  # fitted sklearn classifiers (predict_proba)
    stage2: Any
    headline: Any = None  # the headline ranker (newsgraph.clean.headline)
    headline_min: float = 0.0  # its probability below which a page has no headline

    def probabilities(self, blocks: list[Block], url: str | None = None) -> np.ndarray:
        """P(boilerplate, body, headline) for each block."""
        return self.read_many([(blocks, url)])[0][0]

    def read_many(self, pages: list[tuple[list[Block], str | None]]
                  ) -> list[tuple[np.ndarray, np.ndarray]]:
        """(probabilities, features) of each page's blocks, all pages in one pass.

        The trees are walked once for the blocks of all pages together, on one thread: a
        tree call costs about the same for 50 rows as for 800, and OpenMP threads only add
        waiting for so few rows on a busy machine.
        """
        xs = [matrix(blocks, url) for blocks, url in pages]
        sizes = [len(x) for x in xs]
        if not sum(sizes):
            return [(np.zeros((0, 3), dtype=np.float32), x) for x in xs]
        bounds = np.cumsum(sizes)[:-1]
        with one_thread():
            p1 = self.stage1.predict_proba(np.vstack(xs)).astype(np.float32)
            x2 = np.vstack([stage2_features(x, p) for x, p in zip(xs, np.split(p1, bounds))
                            if len(x)])
            p2 = self.stage2.predict_proba(x2)
        return list(zip(np.split(p2, bounds), xs))

    def labels(self, blocks: list[Block], url: str | None = None) -> list[int]:
        """The most likely label of each block, with one headline at most."""
        proba = self.probabilities(blocks, url)
        labels = [int(k) for k in proba.argmax(axis=1)]
        heads = [i for i, k in enumerate(labels) if k == HEADLINE]
        if len(heads) > 1:
            best = max(heads, key=lambda i: proba[i, HEADLINE])
            for i in heads:
                labels[i] = HEADLINE if i == best else (
                    BODY if proba[i, BODY] >= proba[i, BOILERPLATE] else BOILERPLATE)
        return labels

    def save(self, path: Path, card: dict) -> None:
        """Write the weights (joblib) and the card (JSON) beside them."""
        import joblib
        import sklearn

        path.parent.mkdir(parents=True, exist_ok=True)
        joblib.dump({"stage1": self.stage1, "stage2": self.stage2, "headline": self.headline,
                     "headline_min": self.headline_min, "sklearn": sklearn.__version__,
                     "features": names()}, path, compress=3)
        card = dict(card, sklearn=sklearn.__version__)
        path.with_suffix(".json").write_text(json.dumps(card, indent=2) + "\n", encoding="utf-8")


def body_blocks(proba: np.ndarray) -> tuple[list[int], bool]:
    """The blocks the model reads as body; when none, the likeliest one, and True (forced)."""
    body = [int(i) for i in np.flatnonzero(proba.argmax(axis=1) == BODY)]
    if body:
        return body, False
    return [int(np.argmax(proba[:, BODY]))], True


@lru_cache(maxsize=2)
def load(path: Path = MODEL_PATH, ranker: bool = True) -> PageModel:
    """The shipped page model (loaded once per process). ``ranker=False``: the two stages
    alone, as ``newsgraph train headlines`` needs them before it fits the ranker."""
    import warnings

    import joblib
    import sklearn

    if not path.exists():
        raise ModelError(f"the page model is missing ({path})",
                         hint="reinstall newsgraph, or retrain it with `make train`")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # a version warning is turned into our own error below
        data = joblib.load(path)
    if data.get("sklearn") != sklearn.__version__:
        raise ModelError(f"the page model was trained with scikit-learn {data.get('sklearn')}, "
                         f"this is {sklearn.__version__}",
                         hint="install the pinned scikit-learn (`make install`) or retrain "
                              "the model with `make train`")
    if data.get("features") != names():
        raise ModelError("the page model was trained on other features than this code computes",
                         hint="retrain it with `make train` (newsgraph train pages)")
    if ranker and data.get("headline") is None:
        raise ModelError("the page model has no headline ranker",
                         hint="retrain it with `make train` (newsgraph train pages, then "
                              "newsgraph train headlines)")
    return PageModel(data["stage1"], data["stage2"], data.get("headline"),
                     float(data.get("headline_min") or 0.0))

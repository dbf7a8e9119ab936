"""``newsgraph train headlines``: fit the headline ranker on top of the shipped page model.

Data: the same real pages as the page model (``newsgraph.train.pages``): the trafilatura-eval
pages rendered to text four ways, their headline block the one that matches the page's own
og:title / h1 / title, and ECB+ train-topic articles (clean text, title line first). Every
fifth page is the dev part: the ranker is fit on the rest, its threshold is chosen and its
figures are measured on the dev part, then it is refit on all pages and written into the page
model's file, with its figures in the card. The article-extraction benchmark's pages (the
test set) are never read.

Each page is read by the page model as ``clean()`` reads it (``newsgraph.clean.page``); the
candidates and their features are ``newsgraph.clean.headline``'s, so training sees exactly
what the shipped code sees.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

from ..clean import headline, segment
from ..clean.segment import HEADLINE
from .pages import CACHE, Page, ecb_pages, trafilatura_pages
from .render import available

THRESHOLDS = (0.0, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2)


def candidate_rows(model: segment.PageModel, pages: list[Page]) -> list[dict]:
    """Per page: its candidates' features, which of them is the headline, and the page."""
    read = model.read_many([(p.blocks, p.url) for p in pages])
    out = []
    for page, (proba, x) in zip(pages, read):
        if not len(page.blocks):
            continue
        first = segment.body_blocks(proba)[0][0]
        cands = headline.candidates(page.blocks, first)
        gold = next((i for i, lab in enumerate(page.labels) if lab == HEADLINE), None)
        out.append({"page": page, "cands": cands, "gold": gold,
                    "x": headline.features(page.blocks, proba, x, first, cands)
                    if cands else None})
    return out


def _fit(rows: list[dict], seed: int = 0):
    from sklearn.ensemble import HistGradientBoostingClassifier

    xs = [r["x"] for r in rows if r["cands"]]
    ys = [np.array([c == r["gold"] for c in r["cands"]], dtype=np.int8)
          for r in rows if r["cands"]]
    clf = HistGradientBoostingClassifier(max_iter=300, learning_rate=0.08, max_leaf_nodes=31,
                                         l2_regularization=1.0, random_state=seed)
    clf.fit(np.vstack(xs), np.concatenate(ys))
    return clf


def accuracy(clf, rows: list[dict], threshold: float) -> float:
    """Share of pages whose choice is right: the gold block, or none where there is none."""
    right = 0
    for r in rows:
        choice = None
        if r["cands"]:
            p = clf.predict_proba(r["x"])[:, 1]
            best = int(np.argmax(p))
            choice = r["cands"][best] if p[best] >= threshold else None
        right += choice == r["gold"]
    return right / max(len(rows), 1)


def train(bench: Path, out: Path | None = None, limit: int | None = None,
          log: Callable[[str], None] = print) -> dict:
    """Fit, choose the threshold on dev, refit on all, save into the page model's file."""
    t0 = time.perf_counter()
    path = out or segment.MODEL_PATH
    model = segment.load.__wrapped__(path, ranker=False)  # fresh: the file is rewritten
    renderers = available(["html2text", "html2text-plain", "inscriptis", "lynx"])
    pages = list(trafilatura_pages(bench, renderers, limit, CACHE))
    pages += list(ecb_pages(bench, limit=limit or 400))
    log(f"headlines: {len(pages)} pages ({', '.join(renderers)}, ECB+ train)")
    rows = candidate_rows(model, pages)
    train_rows = [r for r in rows if not r["page"].dev]
    dev_rows = [r for r in rows if r["page"].dev]
    clf = _fit(train_rows)
    scores = {t: accuracy(clf, dev_rows, t) for t in THRESHOLDS}
    log("headlines: dev right by threshold " + ", ".join(f"{t}: {100 * s:.1f}%"
                                                          for t, s in scores.items()))
    best_t = max(scores, key=lambda t: (scores[t], -t))  # a tie: the lower threshold
    by_renderer = {}
    for name in sorted({r["page"].renderer for r in dev_rows}):
        part = [r for r in dev_rows if r["page"].renderer == name]
        by_renderer[name] = round(100 * accuracy(clf, part, best_t), 1)
    log(f"headlines: dev right {100 * scores[best_t]:.1f}% at threshold {best_t} "
        f"({by_renderer})")
    model.headline, model.headline_min = _fit(rows), best_t
    card_path = path.with_suffix(".json")
    card = json.loads(card_path.read_text(encoding="utf-8")) if card_path.exists() else {}
    card["headline"] = {
        "pages": len(rows), "train_pages": len(train_rows), "dev_pages": len(dev_rows),
        "threshold": best_t, "dev_right_pct": round(100 * scores[best_t], 1),
        "dev_right_pct_by_renderer": by_renderer,
        "note": "right = the block matching og:title/h1/title, or none where no block does",
        "seconds": round(time.perf_counter() - t0, 1)}
    card.pop("sklearn", None)
    model.save(path, card)
    segment.load.cache_clear()
    log(f"headlines: written into {path}")
    return card["headline"]

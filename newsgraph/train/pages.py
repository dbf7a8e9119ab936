"""``newsgraph train pages``: fit the page model on real pages rendered to text.

Data (none of it a test set; see docs/data.md):

1. ../shared/bench/trafilatura-eval: 990 real web pages (news, blogs, sites; mostly German,
   200 English). Each is rendered to text four ways (``newsgraph.train.render``). Its blocks
   are labelled by alignment (``newsgraph.train.labels``) with the body that trafilatura
   extracts from the page's HTML, corrected by the set's hand-made "must appear" and "must not
   appear" segments; the headline is the block that matches the page's og:title / h1 / title.
2. ECB+ train topics (../shared/bench/ecbplus, split "train"): clean news text, one sentence a
   line; every line is body except a title line at the top and date lines.
3. Two views of the same real data: each rendered page cut down to its article and a few
   blocks around it (``crops``), and each ECB+ article framed by the real junk lines found
   just above and below the article of a trafilatura-eval page (``with_site_junk``).

The article-extraction benchmark's 181 pages are the test set (``newsgraph eval pages``) and
are never read here. Every fifth trafilatura-eval page (and ECB+ document) is held out as the
dev part: the shipped model is fit on the rest, and its card reports its figures on the dev
part.

The model: two stacked gradient-boosted tree classifiers (scikit-learn). The first labels each
block from its own shape and its neighbours' shapes; the second sees the first's label
probabilities over a window of eleven blocks, so that a body paragraph inside navigation, or a
link line inside the story, is judged by its surroundings.
"""

from __future__ import annotations

import gzip
import json
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..clean import segment
from ..clean.blocks import Block, split_blocks
from ..clean.features import matrix
from ..clean.rules import classify_boilerplate
from ..clean.segment import BODY, BOILERPLATE, HEADLINE
from ..errors import EvalError
from ..eval.extraction import SegmentCounts
from .labels import LABELS, label_blocks, page_titles
from .render import available, cached, render

CACHE = Path("build/pages-cache")


@dataclass(slots=True)
class Page:
    page_id: str
    renderer: str
    blocks: list[Block]
    labels: list[int]
    url: str | None
    dev: bool
    must: tuple[str, ...] = ()
    must_not: tuple[str, ...] = ()
    english: bool = True


def _silver_body(html: str, cache: Path) -> str:
    """trafilatura's body of the page (the alignment target), cached."""
    import trafilatura

    return cached(html, "trafilatura",
                  lambda h: trafilatura.extract(h, include_comments=False) or "", cache)


def trafilatura_pages(bench: Path, renderers: list[str], limit: int | None = None,
                      cache: Path = CACHE) -> Iterator[Page]:
    """The trafilatura-eval pages, rendered and labelled."""
    from ..inputs import decode

    root = bench / "trafilatura-eval"
    ann = root / "annotations.jsonl"
    if not ann.exists():
        raise EvalError("annotations.jsonl is missing", source=str(root),
                        hint="the set comes with ../shared/bench")
    rows = [json.loads(line) for line in ann.read_text(encoding="utf-8").split("\n")
            if line.strip()]
    for n, row in enumerate(rows[:limit] if limit else rows):
        try:
            html, _ = decode(gzip.decompress((root / row["html_file"]).read_bytes()), row["id"])
        except Exception:  # noqa: BLE001 - an undecodable page is left out
            continue
        body = _silver_body(html, cache)
        if len(body.split()) < 20:
            continue
        titles = page_titles(html)
        if row.get("meta_title"):
            titles.insert(0, row["meta_title"])
        must, must_not = tuple(row.get("with", [])), tuple(row.get("without", []))
        for renderer in renderers:
            text = render(html, renderer, cache)
            blocks = split_blocks(text)
            if len(blocks) < 2:
                continue
            labels = label_blocks(blocks, body, titles, must, must_not)
            yield Page(row["id"], renderer, blocks, labels, row.get("url"), n % 5 == 4,
                       must, must_not, row.get("lang_guess") == "en")


def ecb_pages(bench: Path, limit: int | None = None) -> Iterator[Page]:
    """ECB+ train-topic documents: clean text, one sentence a line."""
    path = bench / "ecbplus" / "documents.jsonl"
    if not path.exists():
        return
    n = 0
    for line in path.read_text(encoding="utf-8").split("\n"):
        if not line.strip():
            continue
        doc = json.loads(line)
        if doc.get("split") != "train":
            continue
        blocks = split_blocks(doc["text"])
        if len(blocks) < 3:
            continue
        labels = []
        title_done = False
        for i, b in enumerate(blocks):
            words = b.text.split()
            if classify_boilerplate(b.text) in ("date_line", "updated"):  # as clean() reads it
                labels.append(BOILERPLATE)
            elif not title_done and i <= 2 and len(words) <= 30 \
                    and not b.text.endswith((".", "”", '"', "''")):
                labels.append(HEADLINE)
                title_done = True
            else:
                labels.append(BODY)
                title_done = True
        yield Page(doc["doc_id"], "ecb-clean", blocks, labels, doc.get("source_url"), n % 5 == 4)
        n += 1
        if limit and n >= limit:
            return


def _article_span(labels: list[int]) -> tuple[int, int] | None:
    idx = [i for i, lab in enumerate(labels) if lab != BOILERPLATE]
    return (idx[0], idx[-1]) if idx else None


def crops(pages: list[Page], seed: int = 0) -> Iterator[Page]:
    """Each page cut down to its article and a few blocks around it: the short scraped page
    (a story with a menu line or two above and a footer below) that a site's text export or a
    copy-paste gives."""
    rng = np.random.default_rng(seed)
    for page in pages:
        span = _article_span(page.labels)
        if span is None:
            continue
        start = max(span[0] - int(rng.integers(0, 8)), 0)
        end = span[1] + 1 + int(rng.integers(0, 8))
        yield Page(page.page_id, f"{page.renderer}-crop", page.blocks[start:end],
                   page.labels[start:end], page.url, page.dev, english=page.english)


def with_site_junk(clean_pages: list[Page], pages: list[Page], seed: int = 0) -> Iterator[Page]:
    """Clean articles framed by real site junk: the lines just above and below the article
    on a real page (menus, bylines, share and comment lines), taken from ``pages``."""
    rng = np.random.default_rng(seed)
    runs_above, runs_below = [], []
    for page in pages:
        span = _article_span(page.labels)
        if span is None or page.dev or page.renderer not in ("inscriptis", "html2text-plain"):
            continue  # dev pages lend no junk: they stay unseen
        above = page.blocks[max(span[0] - 6, 0):span[0]]
        below = [b for b, lab in zip(page.blocks[span[1] + 1:span[1] + 7],
                                     page.labels[span[1] + 1:span[1] + 7])
                 if lab == BOILERPLATE]
        if above and all(lab == BOILERPLATE for lab in page.labels[max(span[0] - 6, 0):span[0]]):
            runs_above.append(above)
        if below:
            runs_below.append(below)
    if not runs_above or not runs_below:
        return
    for page in clean_pages:
        above = runs_above[int(rng.integers(len(runs_above)))]
        above = above[len(above) - int(rng.integers(1, len(above) + 1)):]
        below = runs_below[int(rng.integers(len(runs_below)))]
        below = below[:int(rng.integers(1, len(below) + 1))]
        yield Page(page.page_id, f"{page.renderer}-junk", above + page.blocks + below,
                   [BOILERPLATE] * len(above) + page.labels + [BOILERPLATE] * len(below),
                   page.url, page.dev)


def _stack(pages: list[Page]) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Features, labels, page index and training weight of every block."""
    xs, ys, groups, weights = [], [], [], []
    rng = np.random.default_rng(0)
    for g, page in enumerate(pages):
        xs.append(matrix(page.blocks, page.url))
        y = np.array(page.labels)
        ys.append(y)
        groups.append(np.full(len(page.blocks), g))
        # newsgraph reads English news: English pages count double
        weights.append(_weights(y, rng) * (2.0 if page.english else 1.0))
    return np.vstack(xs), np.concatenate(ys), np.concatenate(groups), np.concatenate(weights)


def _weights(y: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """Training weight of each block; 0 drops it.

    Menus far from the article are many and alike: a fifth of them, weighted 5, teaches the
    same at a third of the cost. Headlines are one block a page: weighted up.
    """
    w = np.ones(len(y), dtype=np.float32)
    w[y == HEADLINE] = 8.0
    article = np.flatnonzero(y != BOILERPLATE)
    if len(article):
        near = np.zeros(len(y), dtype=bool)
        near[max(article[0] - 15, 0):article[-1] + 16] = True
        far = (y == BOILERPLATE) & ~near
        keep = rng.random(len(y)) < 0.2
        w[far & keep] = 5.0
        w[far & ~keep] = 0.0
    return w


def _fit_tree(x: np.ndarray, y: np.ndarray, w: np.ndarray, seed: int = 0):
    from sklearn.ensemble import HistGradientBoostingClassifier

    rows = w > 0
    model = HistGradientBoostingClassifier(max_iter=120, learning_rate=0.15, max_leaf_nodes=31,
                                           min_samples_leaf=30, l2_regularization=1.0,
                                           early_stopping=False, random_state=seed)
    model.fit(x[rows], y[rows], sample_weight=w[rows])
    return model


def fit(pages: list[Page], log=print) -> segment.PageModel:
    """Both stages on these pages; the second on out-of-fold probabilities of the first."""
    from sklearn.model_selection import GroupKFold

    x, y, groups, w = _stack(pages)
    log(f"  {len(pages)} page renderings, {len(y)} blocks "
        f"({', '.join(f'{LABELS[k]} {int((y == k).sum())}' for k in range(3))}), "
        f"{int((w > 0).sum())} used")
    oof = np.zeros((len(y), 3), dtype=np.float32)
    for k, (tr, te) in enumerate(GroupKFold(n_splits=2).split(x, y, groups)):
        t0 = time.time()
        oof[te] = _fit_tree(x[tr], y[tr], w[tr], seed=k).predict_proba(x[te])
        log(f"  stage 1, fold {k + 1}/2: {time.time() - t0:.0f} s")
    stage1 = _fit_tree(x, y, w)
    bounds = np.flatnonzero(np.diff(groups)) + 1
    x2 = np.vstack([segment.stage2_features(xp, pp) for xp, pp in
                    zip(np.split(x, bounds), np.split(oof, bounds))])
    stage2 = _fit_tree(x2, y, w, seed=7)
    return segment.PageModel(stage1, stage2)


def evaluate(model: segment.PageModel, pages: list[Page]) -> dict[str, float]:
    """Block accuracy, body F1 over blocks, headline accuracy, segment F (must / must not)."""
    tp = fp = fn = 0
    correct = total = 0
    head_right = head_pages = 0
    segments = SegmentCounts()
    for page in pages:
        pred = model.labels(page.blocks, page.url)
        for p, g in zip(pred, page.labels):
            total += 1
            correct += p == g
            tp += p == BODY and g == BODY
            fp += p == BODY and g != BODY
            fn += p != BODY and g == BODY
        if HEADLINE in page.labels:
            head_pages += 1
            head_right += pred.index(HEADLINE) == page.labels.index(HEADLINE) \
                if HEADLINE in pred else 0
        body = " ".join(b.text for b, p in zip(page.blocks, pred) if p == BODY)
        segments.add(page.must, page.must_not, body)
    prec = tp / max(tp + fp, 1)
    rec = tp / max(tp + fn, 1)
    return {"block_accuracy": round(correct / max(total, 1), 4),
            "body_precision": round(prec, 4), "body_recall": round(rec, 4),
            "body_f1": round(2 * prec * rec / max(prec + rec, 1e-9), 4),
            "headline_accuracy": round(head_right / max(head_pages, 1), 4),
            "segments_f": round(segments.f, 4),
            "pages": len(pages)}


def train(bench: Path, out: Path | None = None, renderers: list[str] | None = None,
          limit: int | None = None, log=print) -> dict:
    """Build the data, fit on the train part, report dev figures, refit on all, save."""
    renderers = available(renderers)
    t0 = time.time()
    log(f"rendering and labelling pages ({', '.join(renderers)}) ...")
    pages = list(trafilatura_pages(bench, renderers, limit))
    clean_pages = list(ecb_pages(bench, limit))
    pages += list(crops(pages)) + clean_pages + list(with_site_junk(clean_pages, pages))
    if not pages:
        raise EvalError("no training pages found", source=str(bench),
                        hint="give --bench the folder that holds trafilatura-eval and ecbplus")
    log(f"  {len(pages)} page renderings in {time.time() - t0:.0f} s")
    train_part = [p for p in pages if not p.dev]
    dev_part = [p for p in pages if p.dev]
    log("fitting on the train part ...")
    model = fit(train_part, log)
    dev = evaluate(model, dev_part)
    by_renderer = {r: evaluate(model, [p for p in dev_part if p.renderer == r])
                   for r in sorted({p.renderer for p in dev_part})}
    log(f"dev: {dev}")
    # The shipped model is the one the dev figures describe: no refit on the dev pages.
    card = {"data": {"trafilatura-eval pages": len({p.page_id for p in pages
                                                    if not p.renderer.startswith("ecb")}),
                     "ecb+ train documents": len([p for p in pages if p.renderer == "ecb-clean"]),
                     "kinds": sorted({p.renderer for p in pages}),
                     "renderers": renderers, "page renderings": len(pages)},
            "dev": dev, "dev_by_renderer": by_renderer,
            "seconds": round(time.time() - t0)}
    model.save(out or segment.MODEL_PATH, card)
    log(f"saved {out or segment.MODEL_PATH} in {time.time() - t0:.0f} s")
    return card

"""Train the moderation classifier on CPU (a few minutes) and write it into the package.

    python -m newsgraph.moderation.train --bench ../shared/bench
    newsgraph train moderation --bench ../shared/bench

1. Data: OLID v1.0 train (level A: OFF/NOT; levels B/C name the clause) and Davidson et al.
   2017 (hate/offensive/neither). A dev split (15 % of OLID train, stratified, seed 15) is cut
   off first; OLID test is never read here.
2. Text: normalized (``normalize.py``: l33t, masks, spacing, repeats, homoglyphs undone), so
   an obfuscated insult looks like the plain one.
3. Offence model: TF-IDF word 1-2-grams + char 2-5-grams (within words) + lexicon counts,
   logistic regression (with ``--nb``, also over features scaled by their log-count ratio,
   NB-LR, folded back into the weights). C, the scaling and whether Davidson helps are
   chosen on dev; so are the thresholds:
   ``offensive`` (the classifier's best macro-F1 on dev) and the policy's ``review``,
   ``reject`` and ``lexicon`` (``policy.decide``): the most dev comments decided right with at
   most ``--review-share`` of them sent to review.
4. Clause model: logistic regression over the same features, on offensive comments only:
   OLID IND/OTH -> personal, GRP -> derogatory, UNT -> obscene; Davidson hate -> derogatory.
5. The features with the largest weights are kept (``--keep``) so the file stays small; the
   kept model is what is measured on dev and shipped (``models/moderation.joblib``, with a
   card ``models/moderation.json``).
"""

from __future__ import annotations

import argparse
import json
import random
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

MODELS = Path(__file__).parent / "models"
DEV_SEED = 15
DEV_SHARE = 0.15
# What a wrongly rejected comment costs beyond not being right. With 0 (most comments right,
# review counted as wrong) the thresholds left no review band, and civil comments the model
# scored 0.55 ("Respectfully, the other side has a point ...") were rejected outright.
WRONG_REJECT_COST = 1.0
REVIEW_SHARE = 0.10  # at most this share of dev comments held for review (issue: <= 15 %)


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def olid_clause(row: dict[str, Any]) -> str | None:
    """The policy clause an OLID OFF row's levels B/C point at."""
    if row.get("subtask_a") != "OFF":
        return None
    if row.get("subtask_b") == "UNT":
        return "obscene"
    return "derogatory" if row.get("subtask_c") == "GRP" else "personal"


def dev_split(rows: list[dict[str, Any]]) -> tuple[list[dict], list[dict]]:
    """OLID train cut into (train, dev), stratified by level A, with a fixed seed."""
    rng = random.Random(DEV_SEED)
    train, dev = [], []
    for label in ("NOT", "OFF"):
        part = [r for r in rows if r["subtask_a"] == label]
        rng.shuffle(part)
        n = round(len(part) * DEV_SHARE)
        dev += part[:n]
        train += part[n:]
    return train, dev


def macro_f1(gold: np.ndarray, pred: np.ndarray) -> float:
    from sklearn.metrics import f1_score

    return float(f1_score(gold, pred, average="macro"))


def best_threshold(gold: np.ndarray, scores: np.ndarray) -> tuple[float, float]:
    """The threshold on ``scores`` with the best macro-F1, and that F1."""
    best = (0.5, -1.0)
    for t in np.arange(0.2, 0.81, 0.01):
        f = macro_f1(gold, (scores >= t).astype(int))
        if f > best[1]:
            best = (round(float(t), 2), f)
    return best


def log_count_ratio(x: Any, y: np.ndarray, weights: np.ndarray | None = None) -> np.ndarray:
    """Per feature, log of its share of the offensive examples' feature mass over its share
    of the others' (Wang & Manning 2012, NB-SVM), add-one smoothed; ``weights`` per row."""
    w = np.ones(x.shape[0]) if weights is None else weights
    p = 1.0 + np.asarray(x.T @ (w * (y == 1))).ravel()
    q = 1.0 + np.asarray(x.T @ (w * (y == 0))).ravel()
    return np.log((p / p.sum()) / (q / q.sum()))


def policy_thresholds(readings: np.ndarray, gold: np.ndarray, offensive: float,
                      share: float) -> tuple[dict[str, float], dict[str, float]]:
    """The policy's ``review``, ``reject`` and ``lexicon`` thresholds (``policy.decide``) that
    decide the most dev comments right (reject for OFF, allow for NOT; review counts as not
    right) while sending at most ``share`` of them to review; ties go to the higher
    ``lexicon`` (a policy word alone rejects less), then to less review. ``readings`` holds
    one row per dev comment: score, unquoted strong policy word (0/1), spam signs. A wrong
    rejection weighs ``1 + WRONG_REJECT_COST`` times a comment decided right."""
    from .policy import decide

    score, strong, spam = readings[:, 0], readings[:, 1] > 0, readings[:, 2]
    grid = [round(float(t), 2) for t in np.arange(0.2, 0.96, 0.02)]
    best: tuple[tuple[float, float, float], dict[str, float], dict[str, float]] | None = None
    for lex in grid:
        for rev in grid:
            for rej in (t for t in grid if t >= rev):
                t = {"offensive": offensive, "review": rev, "reject": rej, "lexicon": lex}
                rej_m = ((spam >= 2) & (score < rej)) | (score >= rej) | (strong & (score >= lex))
                rev_m = ~rej_m & (strong | (spam > 0) | (score >= rev))
                held = float(np.mean(rev_m))
                if held > share:
                    continue
                right = float(np.mean((rej_m == gold.astype(bool)) & ~rev_m))
                # a civil comment rejected silences a reader; one held costs a moderator a
                # click: a wrong rejection counts against the thresholds twice
                wrong = float(np.mean(rej_m & ~gold.astype(bool)))
                key = (right - WRONG_REJECT_COST * wrong, lex, -held)
                if best is None or key > best[0]:
                    best = (key, t, {"right": round(right, 4), "review_share": round(held, 4)})
    assert best is not None, "no thresholds keep review under the share"
    t, fig = best[1], best[2]
    # the same decisions through the policy's own function, as a check on the arithmetic
    same = [decide(float(a), bool(b), int(c), t) for a, b, c in readings]
    assert abs(np.mean([d == "review" for d in same]) - fig["review_share"]) < 1e-3
    return t, fig


def train(bench: Path, *, out: Path | None = None, keep: int = 60_000,
          review_share: float = REVIEW_SHARE, nb_scaling: bool = False,
          log: Callable[[str], None] = print) -> dict[str, Any]:
    """Train, choose on dev, prune, and write the model and its card; returns the card."""
    import joblib
    from scipy import sparse
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    from .features import lexicon_counts, model_text, normalizer

    t0 = time.time()
    olid = read_jsonl(bench / "olid" / "train.jsonl")
    dav_path = bench / "davidson-hate-offensive" / "labeled_data.jsonl"
    dav = read_jsonl(dav_path) if dav_path.exists() else []
    tr, dev = dev_split(olid)
    norm = normalizer()

    def prep(texts: list[str]) -> tuple[list[str], np.ndarray]:
        normed = [norm(t).text for t in texts]
        return [model_text(n) for n in normed], np.vstack([lexicon_counts(n) for n in normed])

    x_tr, l_tr = prep([r["text"] for r in tr])
    y_tr = np.array([r["subtask_a"] == "OFF" for r in tr], dtype=int)
    x_dev, l_dev = prep([r["text"] for r in dev])
    y_dev = np.array([r["subtask_a"] == "OFF" for r in dev], dtype=int)
    x_dav, l_dav = prep([r["text"] for r in dav]) if dav else ([], np.zeros((0, 6)))
    y_dav = np.array([r["label"] != "neither" for r in dav], dtype=int)
    log(f"read {len(tr)} train, {len(dev)} dev (OLID), {len(dav)} Davidson; "
        f"normalized in {time.time() - t0:.0f}s")

    def fit(texts: list[str], lex: np.ndarray, y: np.ndarray, c: float,
            weights: np.ndarray | None = None, nb: bool = False) -> tuple[Any, Any, Any]:
        words = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True,
                                token_pattern=r"(?u)\b\w+\b", max_features=150_000)
        chars = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=3,
                                sublinear_tf=True, max_features=300_000)
        x = sparse.hstack([words.fit_transform(texts), chars.fit_transform(texts),
                           sparse.csr_matrix(lex)]).tocsr()
        clf = LogisticRegression(C=c, max_iter=3000, class_weight="balanced")
        if nb:
            r = log_count_ratio(x, y, weights)
            clf.fit(x @ sparse.diags(r), y, sample_weight=weights)
            # w . (r * x) = (w * r) . x: the shipped model stays one linear layer over x
            clf.coef_ = clf.coef_ * r
        else:
            clf.fit(x, y, sample_weight=weights)
        return words, chars, clf

    def score(model: tuple[Any, Any, Any], texts: list[str], lex: np.ndarray) -> np.ndarray:
        words, chars, clf = model
        x = sparse.hstack([words.transform(texts), chars.transform(texts),
                           sparse.csr_matrix(lex)]).tocsr()
        return clf.predict_proba(x)[:, 1]

    results = []
    for use_dav in ((False, True) if dav else (False,)):
        # C=0.5 tried: the same dev F1 within noise, civil prose scored higher. NB scaling
        # (issue 15) only when asked: the classifier gains (5-fold CV on OLID train macro-F1
        # .7527 against .7486, dev .7373 against .7343), but its sharper scores leave the
        # policy worse (dev decided right 74.0 % against 74.5 %, own comments 96.9 % against
        # 100 %), and dev then drops Davidson, which the policy's masked words need
        for nb, c in ((False, 1.0), (False, 2.0)) + (((True, 1.0),) if nb_scaling else ()):
            dav_w = 0.3 if use_dav else 0.0
            texts = x_tr + (x_dav if use_dav else [])
            lex = np.vstack([l_tr, l_dav]) if use_dav else l_tr
            y = np.concatenate([y_tr, y_dav]) if use_dav else y_tr
            w = np.concatenate([np.ones(len(x_tr)), np.full(len(x_dav), dav_w)]) \
                if use_dav else None
            model = fit(texts, lex, y, c, w, nb)
            t, f = best_threshold(y_dev, score(model, x_dev, lex=l_dev))
            log(f"  davidson={use_dav} weight={dav_w} C={c} nb={nb}: "
                f"dev macro-F1 {f:.4f} at {t}")
            results.append((f, use_dav, c, dav_w, nb))
    f, use_dav, c, dav_w, nb = max(results)
    log(f"chosen on dev: davidson={use_dav} weight={dav_w} C={c} nb={nb} (macro-F1 {f:.4f})")
    texts = x_tr + (x_dav if use_dav else [])
    lex = np.vstack([l_tr, l_dav]) if use_dav else l_tr
    y = np.concatenate([y_tr, y_dav]) if use_dav else y_tr
    w = np.concatenate([np.ones(len(x_tr)), np.full(len(x_dav), dav_w)]) if use_dav else None
    words, chars, clf = fit(texts, lex, y, c, w, nb)

    # the clause model: offensive comments only, named by OLID levels B/C and Davidson hate
    cl_rows = [(x, lx, olid_clause(r)) for x, lx, r in zip(x_tr, l_tr, tr, strict=True)
               if olid_clause(r)]
    cl_rows += [(x, lx, "derogatory") for x, lx, r in zip(x_dav, l_dav, dav, strict=True)
                if r["label"] == "hate_speech"]
    xc = sparse.hstack([words.transform([r[0] for r in cl_rows]),
                        chars.transform([r[0] for r in cl_rows]),
                        sparse.csr_matrix(np.vstack([r[1] for r in cl_rows]))]).tocsr()
    clause_clf = LogisticRegression(C=c, max_iter=3000, class_weight="balanced")
    clause_clf.fit(xc, [r[2] for r in cl_rows])

    model = pruned(words, chars, clf, clause_clf, keep)
    from .classifier import Classifier

    shipped = Classifier(model)
    dev_scores = np.array([shipped.score_text(t) for t in (r["text"] for r in dev)])
    offensive, f_dev = best_threshold(y_dev, dev_scores)
    from .policy import Policy

    policy = Policy(shipped)
    readings = np.array([(r.explanation.score, float(bool(r.strong)), r.spam_signs)
                         for r in (policy.read(row["text"]) for row in dev)])
    thresholds, policy_dev = policy_thresholds(readings, y_dev, offensive, review_share)
    card = {
        "trained": time.strftime("%Y-%m-%d"),
        "data": {"olid_train": len(tr), "olid_dev": len(dev), "dev_seed": DEV_SEED,
                 "davidson": len(dav) if use_dav else 0, "davidson_weight": dav_w},
        "C": c, "nb_scaling": nb, "features": len(model["vocab"]),
        "thresholds": thresholds,
        "dev": {"macro_f1": round(f_dev, 4), "policy_right": policy_dev["right"],
                "review_share": policy_dev["review_share"]},
        "seconds": round(time.time() - t0, 1),
    }
    model["thresholds"] = card["thresholds"]
    target = out or MODELS / "moderation.joblib"
    if target.is_dir():  # a folder: the model file goes in it
        target = target / "moderation.joblib"
    target.parent.mkdir(parents=True, exist_ok=True)
    joblib.dump(model, target, compress=3)
    target.with_suffix(".json").write_text(json.dumps(card, indent=2) + "\n")
    log(f"kept {len(model['vocab'])} features; dev macro-F1 {f_dev:.4f} at {offensive}; "
        f"policy {thresholds}: {policy_dev['right']:.1%} of dev right, "
        f"{policy_dev['review_share']:.1%} to review; "
        f"wrote {target} ({target.stat().st_size / 1e6:.1f} MB)")
    return card


def pruned(words: Any, chars: Any, clf: Any, clause_clf: Any, keep: int) -> dict[str, Any]:
    """The ``keep`` text features with the largest offence weights (times idf), as plain
    arrays: vocabulary, idf, offence weight, clause weights; lexicon weights kept whole."""
    n_w = len(words.vocabulary_)
    n_c = len(chars.vocabulary_)
    coef = clf.coef_[0]
    idf = np.concatenate([words.idf_, chars.idf_])
    names = [None] * (n_w + n_c)
    for term, i in words.vocabulary_.items():
        names[i] = "w:" + term
    for term, i in chars.vocabulary_.items():
        names[n_w + i] = "c:" + term
    strength = np.abs(coef[:n_w + n_c]) * idf + np.abs(clause_clf.coef_[:, :n_w + n_c]).max(0)
    kept = np.sort(np.argsort(-strength)[:keep])
    clause_coef, clause_intercept = clause_clf.coef_, clause_clf.intercept_
    if len(clause_clf.classes_) == 2:  # one row for two classes: softmax of (0, z)
        clause_coef = np.vstack([np.zeros_like(clause_coef[0]), clause_coef[0]])
        clause_intercept = np.array([0.0, clause_intercept[0]])
    return {
        "vocab": {names[i]: j for j, i in enumerate(kept)},
        "idf": idf[kept].astype(np.float32),
        "coef": coef[kept].astype(np.float32),
        "lex_coef": coef[n_w + n_c:].astype(np.float32),
        "intercept": float(clf.intercept_[0]),
        "clauses": list(clause_clf.classes_),
        "clause_coef": clause_coef[:, kept].astype(np.float32),
        "clause_lex_coef": clause_coef[:, n_w + n_c:].astype(np.float32),
        "clause_intercept": clause_intercept.astype(np.float32),
    }


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--bench", type=Path, default=Path("../shared/bench"))
    ap.add_argument("--out", type=Path, default=None)
    ap.add_argument("--keep", type=int, default=60_000)
    ap.add_argument("--review-share", type=float, default=REVIEW_SHARE,
                    help="the most of the dev split the policy may send to review")
    ap.add_argument("--nb", action="store_true",
                    help="let dev choose NB-LR (log-count ratio scaling) too; off by default: "
                         "the classifier gains, the policy loses (see the loop's comment)")
    args = ap.parse_args(argv)
    train(args.bench, out=args.out, keep=args.keep, review_share=args.review_share,
          nb_scaling=args.nb)


if __name__ == "__main__":
    main()

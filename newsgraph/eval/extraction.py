"""Article body from HTML: the Zyte article-extraction-benchmark (181 pages).

Metric as the benchmark's README describes it: 4-token shingles of ``\\w+`` tokens,
per-page TP/FP/FN normalised to sum to 1, precision and recall averaged over pages, F1 from
the two means. newsgraph's body = its cleaned text without the headline paragraph.
"""

from __future__ import annotations

import gzip
import json
import re
from collections import Counter
from pathlib import Path

from ..clean import clean
from ..errors import EvalError, InputError
from . import Score

_TOKEN = re.compile(r"\w+")


def shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    """Multiset of n-token shingles."""
    toks = _TOKEN.findall(text)
    return Counter(tuple(toks[i:i + n]) for i in range(max(len(toks) - n + 1, 0)))


def page_scores(pred: str, gold: str) -> tuple[float | None, float | None]:
    """(precision, recall) of one page; None where undefined."""
    p, g = shingles(pred), shingles(gold)
    tp = sum((p & g).values())
    fp = sum((p - g).values())
    fn = sum((g - p).values())
    if fp == 0 and fn == 0:
        return 1.0, 1.0
    total = tp + fp + fn
    tp, fp, fn = tp / total, fp / total, fn / total
    prec = tp / (tp + fp) if tp + fp > 0 else None
    rec = tp / (tp + fn) if tp + fn > 0 else None
    return prec, rec


def body_text(html: str) -> str:
    """newsgraph's article body for an HTML page ('' when nothing is found)."""
    try:
        cleaned = clean(html, is_html=True, check_language=False)
    except InputError:
        return ""
    return "\n".join(cleaned.text[p.start:p.end] for p in cleaned.paragraphs
                     if p.kind != "headline")


def run_zyte(bench: Path, limit: int | None) -> list[Score]:
    root = bench / "article-extraction-benchmark"
    gold_file = root / "ground_truth.jsonl"
    if not gold_file.exists():
        raise EvalError("ground_truth.jsonl is missing", source=str(root),
                        hint="the set comes with ../shared/bench")
    rows = [json.loads(line) for line in gold_file.read_text().splitlines() if line.strip()]
    rows = rows[:limit] if limit else rows
    precisions, recalls = [], []
    for row in rows:
        html = gzip.decompress((root / row["html_file"]).read_bytes()).decode("utf-8", "replace")
        prec, rec = page_scores(body_text(html), row["articleBody"])
        if prec is not None:
            precisions.append(prec)
        if rec is not None:
            recalls.append(rec)
    p = sum(precisions) / len(precisions)
    r = sum(recalls) / len(recalls)
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    task = "article body from HTML"
    return [Score("article-extraction-benchmark", task, "F1", round(f1, 3),
                  "0.970 (rs_trafilatura); 0.958 (trafilatura 2.0)", len(rows)),
            Score("article-extraction-benchmark", task, "precision", round(p, 3),
                  "0.951 (rs_trafilatura); 0.938 (trafilatura 2.0)", len(rows)),
            Score("article-extraction-benchmark", task, "recall", round(r, 3),
                  "0.990 (rs_trafilatura); 0.978 (trafilatura 2.0)", len(rows))]


SETS = {"article-extraction-benchmark": run_zyte}


def run_trafilatura_eval(bench: Path, limit: int | None) -> list[Score]:
    """trafilatura's own evaluation set: segments that must and must not appear."""
    from ..inputs import decode

    root = bench / "trafilatura-eval"
    rows = [json.loads(line) for line in (root / "annotations.jsonl").read_text().splitlines()
            if line.strip()]
    rows = rows[:limit] if limit else rows
    tp = fn = fp = tn = 0
    for row in rows:
        data = gzip.decompress((root / row["html_file"]).read_bytes())
        try:
            html, _ = decode(data, row["id"])
            text = clean(html, is_html=True, check_language=False).text
        except InputError:
            text = ""
        for seg in row["with"]:
            if seg in text:
                tp += 1
            else:
                fn += 1
        for seg in row["without"]:
            if seg in text:
                fp += 1
            else:
                tn += 1
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    acc = (tp + tn) / max(tp + tn + fp + fn, 1)
    task = "main text from HTML (mostly German pages)"
    pub = "trafilatura 2.2.0 (standard)"
    return [Score("trafilatura-eval", task, "F", round(f, 3), f"0.924 ({pub})", len(rows)),
            Score("trafilatura-eval", task, "precision", round(p, 3), f"0.906 ({pub})",
                  len(rows)),
            Score("trafilatura-eval", task, "recall", round(r, 3), f"0.943 ({pub})", len(rows)),
            Score("trafilatura-eval", task, "accuracy", round(acc, 3), f"0.923 ({pub})",
                  len(rows))]


SETS["trafilatura-eval"] = run_trafilatura_eval

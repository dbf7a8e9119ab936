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
from collections.abc import Iterable
from dataclasses import dataclass
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


@dataclass(slots=True)
class SegmentCounts:
    """trafilatura-eval's metric: "must appear" segments found, "must not" ones left out."""

    tp: int = 0
    fn: int = 0
    fp: int = 0
    tn: int = 0

    def add(self, must: Iterable[str], must_not: Iterable[str], text: str) -> None:
        """Count one document's segments against its output ``text``."""
        for seg in must:
            self.tp, self.fn = (self.tp + 1, self.fn) if seg in text else (self.tp, self.fn + 1)
        for seg in must_not:
            self.fp, self.tn = (self.fp + 1, self.tn) if seg in text else (self.fp, self.tn + 1)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def accuracy(self) -> float:
        return (self.tp + self.tn) / max(self.tp + self.tn + self.fp + self.fn, 1)


def run_trafilatura_eval(bench: Path, limit: int | None) -> list[Score]:
    """trafilatura's own evaluation set: segments that must and must not appear."""
    from ..inputs import decode

    root = bench / "trafilatura-eval"
    rows = [json.loads(line) for line in (root / "annotations.jsonl").read_text().splitlines()
            if line.strip()]
    rows = rows[:limit] if limit else rows
    counts = SegmentCounts()
    for row in rows:
        data = gzip.decompress((root / row["html_file"]).read_bytes())
        try:
            html, _ = decode(data, row["id"])
            text = clean(html, is_html=True, check_language=False).text
        except InputError:
            text = ""
        counts.add(row["with"], row["without"], text)
    p, r, f, acc = counts.precision, counts.recall, counts.f, counts.accuracy
    task = "main text from HTML (mostly German pages)"
    pub = "trafilatura 2.2.0 (standard)"
    return [Score("trafilatura-eval", task, "F", round(f, 3), f"0.924 ({pub})", len(rows)),
            Score("trafilatura-eval", task, "precision", round(p, 3), f"0.906 ({pub})",
                  len(rows)),
            Score("trafilatura-eval", task, "recall", round(r, 3), f"0.943 ({pub})", len(rows)),
            Score("trafilatura-eval", task, "accuracy", round(acc, 3), f"0.923 ({pub})",
                  len(rows))]


SETS["trafilatura-eval"] = run_trafilatura_eval

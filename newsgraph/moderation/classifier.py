"""The offence classifier: TF-IDF word and char n-grams plus lexicon counts, logistic
regression, computed here over the shipped (pruned) weights so every feature's share of the
score can be pinned to the word of the comment it came from.

    clf = Classifier.load()
    clf.score_text("you are a f#cking idiot")      # P(offensive), 0..1
    result = clf.explain(normalized_text)         # score, clause probabilities, per-word shares

The arithmetic is scikit-learn's ``TfidfVectorizer`` (sublinear tf, idf, L2 norm per block;
word tokens ``\\b\\w+\\b`` 1-2-grams, ``char_wb`` 2-5-grams) so the trained model and this
one agree (tests/test_moderation_policy.py checks it against scikit-learn).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np

from .features import lexicon_counts, model_text, normalizer

MODEL = Path(__file__).parent / "models" / "moderation.joblib"
_TOKEN = re.compile(r"(?u)\b\w+\b")
_SPACE = re.compile(r"\S+")


@dataclass(slots=True)
class Explanation:
    """A comment's score, its clause probabilities and each word's share of the score."""

    score: float
    clauses: dict[str, float]
    words: list[tuple[int, int, float]]  # (start, end, logit share) in the normalized text


class Classifier:
    """The shipped offence and clause model (see ``train.py``)."""

    def __init__(self, model: dict[str, Any]):
        self.vocab: dict[str, int] = model["vocab"]
        self.idf = np.asarray(model["idf"], dtype=np.float64)
        self.coef = np.asarray(model["coef"], dtype=np.float64)
        self.lex_coef = np.asarray(model["lex_coef"], dtype=np.float64)
        self.intercept = float(model["intercept"])
        self.clauses: list[str] = [str(c) for c in model["clauses"]]
        self.clause_coef = np.asarray(model["clause_coef"], dtype=np.float64)
        self.clause_lex_coef = np.asarray(model["clause_lex_coef"], dtype=np.float64)
        self.clause_intercept = np.asarray(model["clause_intercept"], dtype=np.float64)
        self.thresholds: dict[str, float] = dict(model.get("thresholds") or
                                                 {"offensive": 0.5, "review": 0.4})
        self._normalize = normalizer()

    @classmethod
    def load(cls, path: Path | None = None) -> Classifier:
        """The model shipped in the package (or at ``path``)."""
        import joblib

        from ..errors import ModelError

        target = path or MODEL
        if not target.exists():
            raise ModelError("the moderation model is missing", source=str(target),
                             hint="train it: python -m newsgraph.moderation.train")
        return cls(joblib.load(target))

    def score_text(self, text: str) -> float:
        """P(offensive) of a raw comment."""
        norm = self._normalize(text).text
        return self.explain(norm).score

    def _features(self, norm: str) -> tuple[dict[int, float], dict[int, list[int]]]:
        """Feature index -> weighted value, and feature index -> the words it came from."""
        words = list(_SPACE.finditer(norm))
        # each whitespace word as the model saw it (handles and links as placeholders)
        pieces: list[tuple[int, str]] = []
        for wi, m in enumerate(words):
            for sub in model_text(m.group(0)).split():
                pieces.append((wi, sub))
        origin: dict[int, list[int]] = {}
        word_tf: dict[int, int] = {}
        char_tf: dict[int, int] = {}
        tokens = [(wi, t) for wi, sub in pieces for t in _TOKEN.findall(sub)]
        grams = [(wi, t) for wi, t in tokens]
        grams += [((a[0], b[0]), f"{a[1]} {b[1]}") for a, b in zip(tokens, tokens[1:])]
        for wi, g in grams:
            j = self.vocab.get("w:" + g)
            if j is not None:
                word_tf[j] = word_tf.get(j, 0) + 1
                origin.setdefault(j, []).extend(wi if isinstance(wi, tuple) else (wi,))
        for wi, sub in pieces:
            w = f" {sub} "
            for n in range(2, 6):
                if len(w) < n:
                    break
                for k in range(len(w) - n + 1):
                    j = self.vocab.get("c:" + w[k:k + n])
                    if j is not None:
                        char_tf[j] = char_tf.get(j, 0) + 1
                        origin.setdefault(j, []).append(wi)
        values: dict[int, float] = {}
        for tf in (word_tf, char_tf):
            block = {j: (1.0 + math.log(c)) * self.idf[j] for j, c in tf.items()}
            norm2 = math.sqrt(sum(v * v for v in block.values())) or 1.0
            values.update({j: v / norm2 for j, v in block.items()})
        return values, origin

    def explain(self, norm: str) -> Explanation:
        """Score, clause probabilities and per-word shares for normalized text."""
        values, origin = self._features(norm)
        lex = lexicon_counts(norm)
        idx = np.fromiter(values, dtype=np.int64, count=len(values))
        vals = np.fromiter(values.values(), dtype=np.float64, count=len(values))
        contrib = vals * self.coef[idx] if len(idx) else np.zeros(0)
        logit = self.intercept + float(contrib.sum()) + float(lex @ self.lex_coef)
        score = 1.0 / (1.0 + math.exp(-logit))
        cl = self.clause_intercept + lex @ self.clause_lex_coef.T
        if len(idx):
            cl = cl + self.clause_coef[:, idx] @ vals
        cl = np.exp(cl - cl.max())
        cl /= cl.sum()
        spans = [m.span() for m in _SPACE.finditer(norm)]
        share = np.zeros(len(spans))
        for j, c in zip(idx.tolist(), contrib.tolist(), strict=True):
            where = origin[j]
            for wi in where:
                share[wi] += c / len(where)
        return Explanation(score, dict(zip(self.clauses, cl.tolist(), strict=True)),
                           [(s, e, float(v)) for (s, e), v in zip(spans, share, strict=True)])


@cache
def shipped() -> Classifier:
    """The packaged model, loaded once per process."""
    return Classifier.load()

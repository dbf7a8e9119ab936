"""The moderation trainer's NB-LR scaling (issue 15): log-count ratios, folded into weights."""

from __future__ import annotations

import numpy as np
import pytest
from scipy import sparse

from newsgraph.moderation.train import log_count_ratio


def test_log_count_ratio_signs_and_smoothing():
    # feature 0 only in offensive rows, feature 1 only in the others, feature 2 in both
    x = sparse.csr_matrix(np.array([[1.0, 0, 1], [1, 0, 1], [0, 1, 1], [0, 1, 1]]))
    y = np.array([1, 1, 0, 0])
    r = log_count_ratio(x, y)
    assert r[0] > 0 > r[1]
    assert r[2] == pytest.approx(0.0)
    assert r[0] == pytest.approx(-r[1])


def test_log_count_ratio_weights_rows():
    x = sparse.csr_matrix(np.array([[1.0, 0], [0, 1], [0, 1]]))
    y = np.array([1, 0, 1])
    plain = log_count_ratio(x, y)
    # the third row (offensive, feature 1) weighted away: feature 1 leans to the others
    weighted = log_count_ratio(x, y, np.array([1.0, 1.0, 0.0]))
    assert weighted[1] < plain[1]


def test_nb_weights_fold_into_one_linear_layer():
    rng = np.random.default_rng(15)
    x = sparse.random(40, 12, density=0.3, random_state=15, format="csr")
    y = rng.integers(0, 2, 40)
    r = log_count_ratio(x, y)
    w = rng.normal(size=12)
    assert np.allclose((x @ sparse.diags(r)) @ w, x @ (w * r))

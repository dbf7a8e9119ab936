"""One thread for the native libraries while newsgraph works on a batch.

numpy's OpenBLAS and scikit-learn's OpenMP start a pool of threads per core. The pipeline's
matrices are small (a page's blocks, a sentence's candidates), so the extra threads mostly
spin waiting for work: on a 2-core machine they burned a third more CPU than the work itself
and slowed the pipeline whenever other jobs shared the cores. spaCy's own kernels are
single-threaded, so nothing is lost.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any


@lru_cache(maxsize=1)
def _controller() -> Any:
    from threadpoolctl import ThreadpoolController

    return ThreadpoolController()


def one_thread() -> Any:
    """A context manager: OpenMP and BLAS pools limited to one thread inside it."""
    return _controller().limit(limits=1)

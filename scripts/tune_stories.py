"""Score the incremental story placement on the ECB+ train and dev topics (never test).

    python scripts/tune_stories.py [--seeds 13,1,2,3,4]

Each split is placed alone, once per arrival order; prints mean B3 precision, recall, F1 and
the lowest F1. Choose the constants of ``newsgraph.stories.incremental`` by this figure.
"""

from __future__ import annotations

import argparse

from newsgraph.eval.report import find_bench
from newsgraph.eval.stories import TEST_TOPICS, _docs, ecb_features, tune_incremental


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seeds", default="13,1,2,3,4", help="arrival orders (shuffle seeds)")
    args = ap.parse_args()
    docs = sorted((d for d in _docs(find_bench(None)) if d["topic"] not in TEST_TOPICS),
                  key=lambda d: d["doc_id"])
    features = ecb_features(docs)
    scores = tune_incremental(features, {d["doc_id"]: d["subtopic"] for d in docs},
                              {d["doc_id"]: d["split"] for d in docs},
                              tuple(int(s) for s in args.seeds.split(",")))
    print(" ".join(f"{k} {v:.4f}" for k, v in scores.items()))


if __name__ == "__main__":
    main()

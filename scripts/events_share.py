"""Share of the pipeline's time spent in the events stage, on the first N LGL articles.

Usage: .venv/bin/python scripts/events_share.py [N]. Wraps the stage's ``__call__`` with a
clock; the whole pipeline (cleaning included) runs as ``newsgraph eval speed`` runs it.
"""

from __future__ import annotations

import json
import sys
import time

from newsgraph.eval.report import find_bench
from newsgraph.pipeline import Item, get_analyzer
from newsgraph.stages import events as stage


def main(n: int = 200) -> None:
    rows = (json.loads(line) for line in
            (find_bench(None) / "lgl" / "lgl.jsonl").open(encoding="utf-8"))
    items = [Item(raw=r["text"], name=f"lgl:{r['id']}") for _, r in zip(range(n), rows)]
    spent = [0.0]
    call = stage.Events.__call__

    def timed(self, doc):
        t = time.perf_counter()
        try:
            return call(self, doc)
        finally:
            spent[0] += time.perf_counter() - t

    stage.Events.__call__ = timed
    analyzer = get_analyzer()
    list(analyzer.pipe(items[:5]))  # load models and weights outside the clock
    spent[0] = 0.0
    t0 = time.perf_counter()
    records = list(analyzer.pipe(items))
    total = time.perf_counter() - t0
    events = sum(len(getattr(r, "events", [])) for r in records)
    print(json.dumps({"articles": len(items), "seconds": round(total, 2),
                      "events_stage_seconds": round(spent[0], 2),
                      "events_share_percent": round(100 * spent[0] / total, 1),
                      "events": events}))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 200)

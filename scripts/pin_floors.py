"""Pin the gold gate's floors a little below the figures of a fresh eval run.

    python scripts/pin_floors.py SET...            # runs `newsgraph eval SET... --no-check`
                                                   # into build/pin.md, then pins its figures
    python scripts/pin_floors.py --from build/benchmarks.json   # a run you just made

Floors come from a run made now, never from docs/benchmarks.json (which may be older than
the code). Run it after a deliberate change of scores, and say why in the commit. Speeds,
sizes and counts are not pinned: they vary with the machine. The throughput ratio is pinned
loosely, since the ratio of two timings on a shared machine moves by several percent.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

from newsgraph.eval.report import lower_is_better  # the gate's own rule

REPO = Path(__file__).resolve().parents[1]
FLOORS = REPO / "newsgraph" / "eval" / "floors.json"
UNPINNED = ("articles/s", "words/s", "MB", "clusters", "seconds")


def floor(metric: str, ours: float) -> float | None:
    """The floor (or, for a lower-is-better figure, the ceiling) of one measured figure;
    None when it is not pinned."""
    if any(word in metric for word in UNPINNED):
        return None
    if metric == "throughput ratio":
        # CPU seconds of one process, the two sides taking turns on chunks of articles
        # (eval.speed): runs of the same code lie within ~0.03 of each other.
        return round(min(ours - 0.05, 0.8), 2)
    if metric == "throughput ratio, wall clock":
        return None  # wall time on a shared machine: reported, not gated
    if "error km" in metric:  # a mean distance: a quarter worse is a regression
        return round(ours * 1.25 + 5.0, 1)
    if lower_is_better(metric):  # a rate of false events: the bound is a ceiling
        return round(ours + 10.0, 1)
    if ours <= 1.0:  # a 0..1 score
        return round(ours - 0.02, 3)
    return round(ours - max(1.5, 0.03 * ours), 1)  # a percentage (acc@161km included)


def pin(stored: dict[str, list[dict]]) -> int:
    floors = json.loads(FLOORS.read_text()) if FLOORS.exists() else {}
    for rows in stored.values():
        for r in rows:
            value = floor(r["metric"], r["ours"])
            if value is not None:
                floors[f"{r['bench']} / {r['task']} / {r['metric']}"] = value
    FLOORS.write_text(json.dumps(floors, indent=2, sort_keys=True, ensure_ascii=False) + "\n")
    return len(floors)


def main(argv: list[str]) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("sets", nargs="*", help="sets to run now (newsgraph eval --list)")
    ap.add_argument("--from", dest="results", type=Path,
                    help="the .json of an eval run just made, instead of running one")
    args = ap.parse_args(argv)
    if args.results is None:
        if not args.sets:
            ap.error("name the sets to run, or give --from RESULTS.json")
        out = REPO / "build" / "pin.md"
        out.with_suffix(".json").unlink(missing_ok=True)  # only this run's figures
        subprocess.run([sys.executable, "-m", "newsgraph", "eval", *args.sets, "--out",
                        str(out), "--no-check"], check=True, cwd=REPO)
        args.results = out.with_suffix(".json")
    stored = json.loads(args.results.read_text())
    print(f"{pin(stored)} floors in {FLOORS}")


if __name__ == "__main__":
    main(sys.argv[1:])

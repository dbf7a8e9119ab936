"""Run the evaluation sets, write docs/benchmarks.md, check the pinned floors."""

from __future__ import annotations

import importlib
import json
import os
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path

from ..errors import EvalError
from . import MODULES, Score

FLOORS = Path(__file__).with_name("floors.json")
RunFn = Callable[[Path, int | None], list[Score]]


def available_sets() -> dict[str, RunFn]:
    """Every set some evaluation module provides, by name."""
    sets: dict[str, RunFn] = {}
    for module in MODULES:
        try:
            mod = importlib.import_module(module)
        except ModuleNotFoundError as exc:
            if exc.name == module:
                continue
            raise
        sets.update(getattr(mod, "SETS", {}))
    return sets


def find_bench(path: Path | None) -> Path:
    """The bench folder: the option, $NEWSGRAPH_BENCH, or ../shared/bench beside the repo."""
    candidates = [path] if path else []
    if os.environ.get("NEWSGRAPH_BENCH"):
        candidates.append(Path(os.environ["NEWSGRAPH_BENCH"]))
    repo = Path(__file__).resolve().parents[2]
    candidates += [Path.cwd().parent / "shared" / "bench", repo.parent / "shared" / "bench"]
    for cand in candidates:
        if cand is not None and cand.is_dir():
            return cand
    raise EvalError("the gold sets were not found", source=str(path or "../shared/bench"),
                    hint="pass --bench PATH or set NEWSGRAPH_BENCH to the shared/bench folder")


def run_eval(names: list[str], bench: Path, *, limit: int | None, out: Path,
             check: bool = True) -> list[str]:
    """Run the named sets (all when empty); returns the lines of floors not met."""
    sets = available_sets()
    unknown = [n for n in names if n not in sets]
    if unknown:
        raise EvalError(f"unknown set(s): {', '.join(unknown)}", source="newsgraph eval",
                        hint="`newsgraph eval --list` shows the sets")
    chosen = names or list(sets)
    results_file = out.with_suffix(".json")
    stored: dict[str, list[dict]] = {}
    if results_file.exists():
        stored = json.loads(results_file.read_text())
    failures: list[str] = []
    for name in chosen:
        t0 = time.perf_counter()
        print(f"newsgraph eval: {name} ...", file=sys.stderr, flush=True)
        try:
            scores = sets[name](bench, limit)
        except Exception as exc:  # one broken set must not hide the others' figures
            traceback.print_exc()
            failures.append(f"{name}: the run failed ({type(exc).__name__}: {exc})")
            continue
        took = time.perf_counter() - t0
        print(f"newsgraph eval: {name} done in {took:.0f}s", file=sys.stderr, flush=True)
        for s in scores:
            print(f"  {s.key}: {s.ours}" + (f"  (published {s.published})" if s.published
                                            else ""), file=sys.stderr)
        stored[name] = [_score_dict(s) for s in scores]
        if check:
            failures += below_floors(scores)
    if limit is None:
        out.parent.mkdir(parents=True, exist_ok=True)
        results_file.write_text(json.dumps(stored, indent=2, sort_keys=True) + "\n")
        out.write_text(render(stored))
    else:
        print("newsgraph eval: --limit given: docs not rewritten (figures would not be "
              "comparable)", file=sys.stderr)
    return failures


def below_floors(scores: list[Score]) -> list[str]:
    """The scores under their pinned floor (``floors.json``)."""
    floors = json.loads(FLOORS.read_text()) if FLOORS.exists() else {}
    low = []
    for s in scores:
        floor = floors.get(s.key)
        if floor is None:
            continue
        lower_better = lower_is_better(s.metric)
        if (s.ours > floor) if lower_better else (s.ours < floor):
            low.append(f"{s.key} = {s.ours} ({'ceiling' if lower_better else 'floor'} {floor})")
    return low


def lower_is_better(metric: str) -> bool:
    """Seconds, MB, error km, false-event and false-dateline rates, shares of time, body
    sentences removed: for these the pinned bound is a ceiling. (acc@161km is a share right:
    higher is better.)"""
    return any(w in metric for w in ("MB", "error km", "seconds", "with events", "false ",
                                     "share of pipeline time", "removed %"))


def _score_dict(s: Score) -> dict:
    return {"bench": s.bench, "task": s.task, "metric": s.metric, "ours": s.ours,
            "published": s.published, "n": s.n, "note": s.note}


def render(stored: dict[str, list[dict]]) -> str:
    """docs/benchmarks.md from all stored results."""
    lines = [
        "# Benchmarks",
        "",
        "Written by `newsgraph eval` (run `make eval`); do not edit by hand. Each row is",
        "newsgraph's figure beside the best published one on the same public gold set",
        "(../shared/bench; the sets' READMEs give the sources). Nothing was tuned on a public",
        "set reported here; where a split was needed, the tuning part is named in the note.",
        "The sets `own_gold` and `own_events` are our own articles, `entity_country` is",
        "the countries of people and organizations in ECB+ train/dev and GeoWebNews dev",
        "articles, judged by hand (issue 11), and `events_dev` the events of such articles,",
        "judged by hand (issue 12); all four were used while developing the rules (DEV):",
        "their figures overstate what unseen articles score. Floors that CI enforces are in",
        "`newsgraph/eval/floors.json`.",
        "",
    ]
    for name in sorted(stored):
        rows = stored[name]
        lines += [f"## {name}", "", "| task | metric | newsgraph | published | n | note |",
                  "|---|---|---|---|---|---|"]
        for r in rows:
            lines.append(f"| {r['task']} | {r['metric']} | {_fmt(r['ours'])} | "
                         f"{r['published'] or '—'} | {r['n'] if r['n'] is not None else ''} | "
                         f"{r['note'] or ''} |")
        lines.append("")
    return "\n".join(lines)


def _fmt(value: float) -> str:
    return f"{value:.3f}" if isinstance(value, float) and abs(value) < 2 else f"{value}"

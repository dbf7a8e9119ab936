"""Scale: the cost of "add 50 articles to a store of N" as N grows (issue 13).

How the corpora are made (no gold needed; the figures are time and memory):

1. A pool of real articles: the ECB+ documents (982 news texts from many outlets) analyzed
   once by the real Analyzer, all stages; the records are cached in ``build/scale/``.
2. N records are made from the pool by perturbing analyzed records instead of running the
   NLP N times (the NLP is constant per article and measured by ``speed``/``ingest_speed``):
   record k is pool record ``k mod pool`` with a new id, a publication date that advances
   ``PER_DAY`` articles a day (a steady feed: N=64,000 spans 1,280 days; two copies of one
   pool article are 19.6 days apart, further than the story window, so a copy never simply
   joins the previous copy's story and stories do not chain through the years), one of 40 source
   names, and about a quarter of its words swapped for other words of the same length drawn
   from the pool's vocabulary, so that copies are neither near-duplicates of each other
   (3-shingle Jaccard falls to about 0.3) nor unrelated. Words inside anything the record
   points at (entity mentions, quotes, times, the headline) are kept, so every offset and
   every entity stays valid.
3. The store is built by adding the records a day at a time and placing them
   (``update_stories``), as a daily ingest would.
4. The measure: a fresh process opens the store, adds 50 new records dated the next day and
   places them; its wall time (imports done before the clock starts) and its peak RSS
   (VmHWM) are reported, with the RSS the same process had after its imports (the
   floor every such process pays), and the tracemalloc
   peak of the same work repeated on a copy of the store (what the work itself allocates).
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import resource
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from . import Score

PER_DAY = 50
START = date(2020, 1, 1)
SWAP = 0.25
ADD = 50
SIZES = (1000, 4000, 16000, 64000)
CACHE = Path("build/scale")
_WORD = re.compile(r"[A-Za-z]{3,}")


def pool_records(bench: Path, cache: Path = CACHE, limit: int | None = None) -> list[dict]:
    """The analyzed pool (record dicts), analyzed once and cached as JSONL."""
    from .stories import _docs

    cache.mkdir(parents=True, exist_ok=True)
    path = cache / "pool.jsonl"
    if path.exists():
        with open(path, encoding="utf-8") as fh:
            rows = [json.loads(line) for line in fh if line.strip()]
        if limit is None or len(rows) >= limit:
            return rows[:limit] if limit else rows
    from ..ingest import _analyze
    from ..pipeline import Item, get_analyzer
    from ..record import Record

    docs = sorted(_docs(bench), key=lambda d: d["doc_id"])[:limit]
    todo = [(Item(raw=d["text"], name=d["doc_id"]), d["doc_id"]) for d in docs]
    rows = [rec.to_dict() for _, rec in _analyze(get_analyzer(), todo)
            if isinstance(rec, Record)]
    with open(path, "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    return rows


def _spans(obj: Any, out: list[tuple[int, int]]) -> None:
    """Every (start, end) the record points at (mentions, quotes, times, speakers...)."""
    if isinstance(obj, dict):
        if isinstance(obj.get("start"), int) and isinstance(obj.get("end"), int):
            out.append((obj["start"], obj["end"]))
        for value in obj.values():
            _spans(value, out)
    elif isinstance(obj, list):
        for value in obj:
            _spans(value, out)


def vocabulary(pool: list[dict]) -> dict[int, list[str]]:
    """Pool words by length (lowercase, sorted: the same pool gives the same draws)."""
    words: dict[int, set[str]] = {}
    for row in pool:
        for w in _WORD.findall(row["text"]):
            words.setdefault(len(w), set()).add(w.lower())
    return {n: sorted(ws) for n, ws in words.items()}


def perturb(row: dict, k: int, day: date, vocab: dict[int, list[str]],
            swap: float = SWAP) -> dict:
    """Record dict number k made from a pool record (see the module docstring, step 2)."""
    rng = random.Random(k)
    out = json.loads(json.dumps(row))
    text = out["text"]
    keep: list[tuple[int, int]] = []
    _spans({key: v for key, v in out.items() if key != "paragraphs"}, keep)
    if out.get("headline") and text.startswith(out["headline"]):
        keep.append((0, len(out["headline"])))
    keep.sort()
    chars = list(text)
    for m in _WORD.finditer(text):
        if rng.random() >= swap or any(s < m.end() and m.start() < e for s, e in keep):
            continue
        choices = vocab.get(len(m.group()))
        if choices:
            new = rng.choice(choices)
            if m.group()[0].isupper():
                new = new.capitalize()
            chars[m.start():m.end()] = list(new)
    out["text"] = "".join(chars)
    out["id"] = hashlib.sha1(f"{row['id']}|{k}".encode()).hexdigest()[:16]
    out["published"] = day.isoformat()
    out["source"] = {"name": f"Outlet {k % 40}", "url": None}
    return out


def day_of(k: int) -> date:
    """The publication day of record k in a steady feed of ``PER_DAY`` a day."""
    return START + timedelta(days=k // PER_DAY)


def build_store(path: Path, n: int, pool: list[dict], *, progress: bool = False) -> float:
    """A store of n perturbed records, placed a day at a time; returns the seconds taken."""
    from ..record import Record
    from ..store import open_store

    vocab = vocabulary(pool)
    t0 = time.perf_counter()
    with open_store(path) as store:
        have = store.counts().articles
        for start in range(have, n, PER_DAY):
            batch = [Record.from_dict(perturb(pool[k % len(pool)], k, day_of(k), vocab))
                     for k in range(start, min(n, start + PER_DAY))]
            store.add(batch)
            store.update_stories()
            if progress and (start // PER_DAY) % 20 == 0:
                print(f"scale: {path.name}: {start + len(batch)} of {n} "
                      f"({time.perf_counter() - t0:.0f}s)", file=sys.stderr, flush=True)
    return time.perf_counter() - t0


def new_records(n: int, pool: list[dict], add: int = ADD) -> list[dict]:
    """The ``add`` records that come after a store of n: dated the day after its last."""
    vocab = vocabulary(pool)
    day = day_of(n - 1) + timedelta(days=1)
    return [perturb(pool[k % len(pool)], k, day, vocab) for k in range(n, n + add)]


def _hwm_mb() -> float:
    """This process's peak RSS in MB: VmHWM, which (unlike ru_maxrss) an exec resets, so
    the parent's memory at fork time is not counted."""
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # not Linux


def add_batch(path: Path, batch: Path, traced: Path | None = None) -> dict[str, float]:
    """Add the records of ``batch`` (JSONL) to the store and place them. This runs in its
    own process (``python -m newsgraph.eval.scale``) so that its peak RSS is its own."""
    from ..record import Record
    from ..store import open_store

    base_rss = _hwm_mb()
    t_imp = time.perf_counter()
    import datasketch  # noqa: F401 - loaded before the clock: a constant per process
    import sklearn.cluster  # noqa: F401
    import sklearn.feature_extraction.text  # noqa: F401

    import_seconds = time.perf_counter() - t_imp
    import_rss = _hwm_mb()
    with open(batch, encoding="utf-8") as fh:
        records = [Record.from_dict(json.loads(line)) for line in fh if line.strip()]
    t0 = time.perf_counter()
    with open_store(path) as store:
        store.add(records)
        t1 = time.perf_counter()
        store.update_stories()
        t2 = time.perf_counter()
    peak_rss = _hwm_mb()
    return {"seconds": t2 - t0, "add_seconds": t1 - t0, "stories_seconds": t2 - t1,
            "peak_rss_mb": peak_rss, "start_rss_mb": base_rss, "import_rss_mb": import_rss,
            "import_seconds": import_seconds,
            "traced_peak_mb": _traced(traced, records) if traced else None}


def _traced(copy: Path, records: list) -> float:
    """Peak MB that tracemalloc sees while the same records are added and placed in a copy
    of the store (slower under tracing, so not timed): what the work itself allocates,
    numpy arrays included, apart from what the imports hold."""
    import tracemalloc

    from ..store import open_store

    tracemalloc.start()
    with open_store(copy) as store:
        store.add(records)
        store.update_stories()
    peak = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    return peak


def measure(n: int, pool: list[dict], cache: Path = CACHE, progress: bool = False
            ) -> dict[str, float]:
    """Build (or reuse) the store of n, copy it, and time "add 50" in a fresh process."""
    import shutil

    base = cache / f"store-{n}.db"
    built = build_store(base, n, pool, progress=progress) if not _complete(base, n) else 0.0
    work, traced = cache / f"work-{n}.db", cache / f"traced-{n}.db"
    _checkpoint(base)
    for copy in (work, traced):
        for suffix in ("", "-wal", "-shm"):
            Path(str(copy) + suffix).unlink(missing_ok=True)
        shutil.copy(base, copy)
    batch = cache / f"new-{n}.jsonl"
    with open(batch, "w", encoding="utf-8") as fh:
        for row in new_records(n, pool):
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    out = subprocess.run([sys.executable, "-m", "newsgraph.eval.scale", str(work), str(batch),
                          str(traced)], capture_output=True, text=True)
    if out.returncode != 0:
        raise RuntimeError(f"add_batch failed: {out.stderr.strip()[-500:]}")
    result = json.loads(out.stdout.strip().splitlines()[-1])
    result["build_seconds"] = built
    for copy in (work, traced):
        for suffix in ("", "-wal", "-shm"):
            Path(str(copy) + suffix).unlink(missing_ok=True)
    return result


def _complete(path: Path, n: int) -> bool:
    if not path.exists():
        return False
    from ..store import open_store

    with open_store(path) as store:
        c = store.counts().articles
        pending = store._one("SELECT COUNT(*) FROM articles WHERE story_id IS NULL")
    return c >= n and not pending


def _checkpoint(path: Path) -> None:
    import sqlite3

    conn = sqlite3.connect(str(path))
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


QUERIES = ("earthquake", "police", "fire", "killed", "election", "president", "shooting",
           "arrested", "court", "hospital", "company", "oscar", "storm", "army", "minister",
           "flu outbreak", "rescue teams", "prime minister", "stock market", "death toll")


def search_latency(path: Path, queries: tuple[str, ...] = QUERIES, rounds: int = 3
                   ) -> dict[str, float]:
    """Seconds per ``Store.search`` (hits, snippets and all facets) over ``queries``, each
    asked ``rounds`` times after one warm-up pass: p50, p95, max."""
    from ..store import open_store

    times = []
    with open_store(path) as store:
        store.optimize()  # what an ingest leaves behind
        for q in queries:
            store.search(q)
        for _ in range(rounds):
            for q in queries:
                t0 = time.perf_counter()
                store.search(q)
                times.append(time.perf_counter() - t0)
    times.sort()
    return {"p50": times[len(times) // 2], "p95": times[int(len(times) * 0.95) - 1],
            "max": times[-1], "n": len(times)}


def run_scale(bench: Path, limit: int | None = None) -> list[Score]:
    """"Add 50 to N" time and peak RSS for N in ``SIZES`` up to ``limit`` (default 16,000)."""
    top = limit or 16000
    pool = pool_records(bench)
    out = []
    for n in [s for s in SIZES if s <= top]:
        r = measure(n, pool, progress=True)
        note = (f"store of {n:,} perturbed real records (SQLite); 50 analyzed records added "
                f"and placed in a fresh process; NLP excluded; the process after its imports "
                f"(numpy, scikit-learn, datasketch: {r['import_seconds']:.1f}s, not in the "
                f"time) {r['import_rss_mb']:.0f} MB")
        out += [Score("stories_scale", f"add 50 to {n:,}", "seconds", round(r["seconds"], 2),
                      n=ADD, note=note),
                Score("stories_scale", f"add 50 to {n:,}", "stories seconds",
                      round(r["stories_seconds"], 2), n=ADD, note=note),
                Score("stories_scale", f"add 50 to {n:,}", "peak RSS MB",
                      round(r["peak_rss_mb"]), n=ADD, note=note),
                Score("stories_scale", f"add 50 to {n:,}", "traced peak MB",
                      round(r["traced_peak_mb"], 1), n=ADD,
                      note="tracemalloc peak of the add and the story update alone")]
    n = max(s for s in SIZES if s <= top)
    lat = search_latency(CACHE / f"store-{n}.db")
    note = (f"{lat['n']} searches ({len(QUERIES)} queries x 3, after a warm-up), hits + "
            f"snippets + facets, SQLite, store of {n:,}")
    out += [Score("stories_scale", f"search at {n:,}", f"{k} ms", round(1000 * lat[k], 1),
                  n=int(lat["n"]), note=note) for k in ("p50", "p95")]
    return out


SETS = {"stories_scale": run_scale}


def main(argv: list[str]) -> None:
    """``python -m newsgraph.eval.scale STORE BATCH.jsonl [COPY]``: one "add 50"
    (``add_batch``); with COPY, the same again under tracemalloc."""
    traced = Path(argv[2]) if len(argv) > 2 else None
    print(json.dumps(add_batch(Path(argv[0]), Path(argv[1]), traced=traced)))



def run_spark_speed(bench: Path, limit: int | None = None) -> list[Score]:
    """Articles/s of ``newsgraph spark analyze`` with local[1] and local[2] on the same
    articles (ECB+ documents as text files, default 1,000), and of ``newsgraph analyze``
    (one process) in the same run. Wall clock of each whole command, model loads included."""
    import os
    import tempfile

    from .stories import _docs

    n = limit or 1000
    docs = sorted(_docs(bench), key=lambda d: d["doc_id"])[:n]
    cli = [str(Path(sys.executable).with_name("newsgraph"))]  # the installed command
    env = {**os.environ, "PYSPARK_PYTHON": sys.executable}
    timings: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "articles"
        folder.mkdir()
        for d in docs:
            (folder / f"{d['doc_id']}.txt").write_text(d["text"], encoding="utf-8")
        runs = {"analyze": [*cli, "analyze", str(folder), "--format", "jsonl", "-q",
                            "-o", str(Path(tmp) / "records.jsonl")]}
        for cores in (1, 2):
            runs[f"local[{cores}]"] = [*cli, "spark", "analyze", str(folder), "--out",
                                       str(Path(tmp) / f"out{cores}"),
                                       "--master", f"local[{cores}]"]
        for name, cmd in runs.items():
            t0 = time.perf_counter()
            done = subprocess.run(cmd, capture_output=True, text=True, env=env)
            timings[name] = time.perf_counter() - t0
            if done.returncode != 0:
                raise RuntimeError(f"{name} failed: {done.stderr.strip()[-300:]}")
    cpus = os.cpu_count() or 1
    note = (f"{len(docs)} ECB+ documents as text files; wall clock of the whole command "
            f"(model loads and Spark start included); {cpus} CPUs, shared")
    out = [Score("spark_speed", name, "articles/s", round(len(docs) / sec, 2), n=len(docs),
                 note=note) for name, sec in timings.items()]
    out.append(Score("spark_speed", "local[2] vs local[1]", "speed-up",
                     round(timings["local[1]"] / timings["local[2]"], 2),
                     published="1.7 (goal, issue 13)", n=len(docs), note=note))
    return out


SETS["spark_speed"] = run_spark_speed


if __name__ == "__main__":
    main(sys.argv[1:])

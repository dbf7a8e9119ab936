"""``newsgraph spark analyze``: inputs -> records (Parquet, by month) + errors (Parquet).

See the package docstring for the flow. The functions that run on executors
(``read_partition``, ``analyze_partition``) take and give plain tuples, so that nothing but
newsgraph itself has to be importable there.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import shutil
import sys
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import NewsgraphError

BATCH = 32  # articles per Analyzer.pipe call, as in ingest
RECORD_COLUMNS = ("id", "input", "month", "published", "source", "url", "headline", "record")
ERROR_COLUMNS = ("input", "reason", "message")
_CONTAINERS = (".jsonl", ".ndjson", ".warc", ".gz", ".rss", ".atom", ".xml")


class SparkError(NewsgraphError):
    """Spark cannot start or run (no Java, a bad master URL, an output folder in the way)."""


@dataclass(slots=True)
class Inputs:
    """What the driver found: files for the executors, Parquet datasets, missing paths."""

    files: list[str] = field(default_factory=list)
    parquet: list[str] = field(default_factory=list)
    errors: list[tuple[str, str, str]] = field(default_factory=list)  # (input, reason, msg)


@dataclass(slots=True)
class SparkSummary:
    """What a Spark analysis did."""

    records: int = 0
    errors: int = 0
    errors_by_reason: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    out: str = ""

    @property
    def rate(self) -> float:
        """Articles analyzed per second (records and failed articles alike)."""
        return (self.records + self.errors) / self.seconds if self.seconds else 0.0

    def lines(self) -> list[str]:
        """The closing summary, for people."""
        reasons = ", ".join(f"{k}: {v}" for k, v in sorted(self.errors_by_reason.items()))
        return [f"{self.records} records, {self.errors} errors"
                + (f" ({reasons})" if reasons else ""),
                f"{self.out}/records (Parquet by month), {self.out}/errors; "
                f"{self.seconds:.1f}s, {self.rate:.2f} articles/s"]


def inputs(paths: Iterable[str]) -> Inputs:
    """Step 1 on the driver: expand folders; Parquet apart; a missing path is an error row."""
    from ..inputs import folder_files

    found = Inputs()
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files = folder_files(path)
            if files and all(f.suffix == ".parquet" or f.name.startswith("_") or
                             f.suffix == ".crc" for f in files):
                found.parquet.append(str(path))
            elif files:
                found.files.extend(str(f) for f in files)
            else:
                found.errors.append((str(path), "empty", "folder holds no files"))
        elif path.suffix.lower() == ".parquet" and path.exists():
            found.parquet.append(str(path))
        elif path.exists():
            found.files.append(str(path))
        else:
            found.errors.append((str(path), "missing", "no such file or folder"))
    return found


def read_partition(paths: Iterable[str], published: dt.date | str | None = None,
                   source: str | None = None) -> Iterator[tuple]:
    """On an executor: files -> ("item", fields...) or ("error", input, reason, message)."""
    from ..errors import InputError
    from ..ingest.sources import read_file

    for path in paths:
        for x in read_file(Path(path)):
            if isinstance(x, InputError):
                yield ("error", x.source or path, getattr(x, "reason", "bad_input"),
                       x.message)
            else:
                yield ("item", x.raw, x.is_html, x.published or published,
                       x.source or source, x.url, x.name)


def parquet_items(row: Any, path: str, published: dt.date | str | None,
                  source: str | None) -> tuple:
    """A Parquet input row (text or html, url, source, published) as an item tuple."""
    data, n = row
    html = data.get("html")
    body = html if html is not None else data.get("text")
    name = f"{path}#{n}"
    if not isinstance(body, str) or not body.strip():
        return ("error", name, "empty", 'row has no "text" or "html"')
    pub = data.get("published")
    return ("item", body, html is not None, str(pub) if pub else published,
            data.get("source") or source, data.get("url"), name)


def analyze_partition(rows: Iterable[tuple]) -> Iterator[tuple]:
    """On an executor: items -> ("record", columns...) or ("error", ...).

    The Analyzer is the process-wide one: the daemon the worker was forked from loaded it
    (``newsgraph.spark.daemon``); without that daemon, the worker's first batch loads it.
    """
    batch: list[Any] = []
    for row in rows:
        if row[0] == "error":
            yield row
            continue
        batch.append(row)
        if len(batch) >= BATCH:
            yield from _analyze_batch(batch)
            batch = []
    if batch:
        yield from _analyze_batch(batch)


def _analyze_batch(rows: list[tuple]) -> Iterator[tuple]:
    from ..errors import InputError
    from ..ingest import _analyze
    from ..pipeline import Item, get_analyzer
    from ..record import Record

    analyzer = get_analyzer()
    todo = []
    for r in rows:
        try:  # a row's publication date is read here; a bad one is the row's error
            todo.append((Item(raw=r[1], is_html=r[2], published=r[3], source=r[4], url=r[5],
                              name=r[6]), r[6]))
        except InputError as err:
            yield ("error", err.source or r[6], err.reason, err.message)
    for (_item, name), result in _analyze(analyzer, todo):
        if isinstance(result, InputError):
            yield ("error", result.source or name, getattr(result, "reason", "bad_input"),
                   result.message)
        elif isinstance(result, Record):
            published = result.published or ""
            month = published[:7] if len(published) >= 7 and published[4] == "-" else \
                "unknown"
            yield ("record", result.id, name, month, result.published, result.source.name,
                   result.source.url, result.headline,
                   json.dumps(result.to_dict(), ensure_ascii=False))


def check_java() -> None:
    """Spark needs Java 17 or later on PATH or in JAVA_HOME."""
    home = os.environ.get("JAVA_HOME")
    if home and Path(home, "bin", "java").exists():
        return
    if shutil.which("java"):
        return
    raise SparkError("Java is not installed; Spark needs Java 17 or later",
                     hint="run scripts/java.sh (Debian's openjdk-17-jre-headless), or set "
                          "JAVA_HOME")


_MASTER = re.compile(r"^(local(\[(\d+|\*)(,\s*\d+)?\])?|yarn|(spark|k8s|mesos)://\S+)$")


def session(master: str = "local[2]", app: str = "newsgraph") -> Any:
    """A SparkSession whose Python workers are this interpreter and are reused."""
    if not _MASTER.match(master):
        # checked here: a bad URL would make the JVM print a page of stack trace first
        raise SparkError("not a Spark master URL", source=master,
                         hint="use local[N], local[*], spark://host:7077, yarn or k8s://...")
    check_java()
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    try:
        from pyspark.sql import SparkSession
    except ImportError as exc:
        raise SparkError("pyspark is not installed",
                         hint="pip install pyspark (make install does)") from exc
    builder = SparkSession.builder.master(master).appName(app)
    if os.environ.get("NEWSGRAPH_SPARK_DAEMON", "1") != "0":
        # the daemon loads the model once; the workers it forks share it (0: each worker
        # loads its own, on its first batch)
        builder = builder.config("spark.python.daemon.module", "newsgraph.spark.daemon")
    try:
        spark = (builder
                 .config("spark.python.worker.reuse", "true")
                 .config("spark.ui.enabled", "false")
                 .config("spark.ui.showConsoleProgress", "false")
                 .config("spark.sql.sources.partitionOverwriteMode", "dynamic")
                 .getOrCreate())
    except Exception as exc:  # noqa: BLE001 - Py4J and the JVM raise many kinds
        raise SparkError(f"Spark did not start: {str(exc).strip().splitlines()[0]}",
                         source=master,
                         hint="check --master (local[2], spark://host:7077, yarn)") from exc
    spark.sparkContext.setLogLevel("ERROR")
    return spark


def spark_analyze(paths: list[str], out: str | Path, *, master: str = "local[2]",
                  published: dt.date | str | None = None, source: str | None = None,
                  partitions: int | None = None, overwrite: bool = False,
                  spark: Any = None) -> SparkSummary:
    """Analyze every input on Spark; write ``out/records`` and ``out/errors`` (Parquet).

    Args:
        paths: files, folders, JSONL, WARC, feeds, Parquet files or folders (columns
            ``text`` or ``html``, and optionally ``url``, ``source``, ``published``).
        out: the output folder (must not exist unless ``overwrite``).
        master: the Spark master URL (``local[2]``, ``spark://...``, ``yarn``).
        published, source: for the inputs that carry none of their own.
        partitions: how many partitions to analyze in (default: 4 per core).
        spark: an existing SparkSession to use (its master wins).
    Returns:
        Counts of records and errors, seconds, articles/s.
    """
    out = Path(out)
    if out.exists() and any(out.iterdir()) and not overwrite:
        raise SparkError("output folder exists and is not empty", source=str(out),
                         hint="give another --out, or --overwrite to replace it")
    found = inputs(paths)
    own = spark is None
    spark = spark or session(master)
    from pyspark import StorageLevel

    t0 = time.perf_counter()
    try:
        sc = spark.sparkContext
        n_parts = partitions or max(1, sc.defaultParallelism * 4)
        pieces = []
        if found.files:
            rdd = sc.parallelize(found.files, min(len(found.files), n_parts)) \
                .mapPartitions(lambda it: read_partition(it, published, source))
            if any(f.lower().endswith(_CONTAINERS) for f in found.files):
                rdd = rdd.repartition(n_parts)  # one JSONL or WARC file holds many articles
            pieces.append(rdd)
        for path in found.parquet:
            df = spark.read.parquet(path)
            cols = [c for c in ("text", "html", "url", "source", "published") if c in df.columns]
            if not {"text", "html"} & set(cols):
                found.errors.append((path, "bad_parquet",
                                     'Parquet input has no "text" or "html" column'))
                continue
            pieces.append(df.select(*cols).rdd.map(lambda r: r.asDict()).zipWithIndex()
                          .map(lambda x, p=path: parquet_items(x, p, published, source))
                          .repartition(n_parts))
        pieces.append(sc.parallelize([("error", *e) for e in found.errors], 1))
        rows = sc.union(pieces).mapPartitions(analyze_partition)
        rows.persist(StorageLevel.MEMORY_AND_DISK)  # analyzed once, written twice
        records = rows.filter(lambda r: r[0] == "record").map(lambda r: r[1:])
        errors = rows.filter(lambda r: r[0] == "error").map(lambda r: r[1:])
        mode = "overwrite" if overwrite else "errorifexists"
        spark.createDataFrame(records, _schema(RECORD_COLUMNS)).write.mode(mode) \
            .partitionBy("month").parquet(str(out / "records"))
        spark.createDataFrame(errors, _schema(ERROR_COLUMNS)).coalesce(1).write.mode(mode) \
            .parquet(str(out / "errors"))
        summary = SparkSummary(out=str(out))
        summary.records = records.count()
        reasons = errors.map(lambda e: (e[1], 1)).reduceByKey(lambda a, b: a + b).collect()
        summary.errors_by_reason = dict(sorted(reasons))
        summary.errors = sum(summary.errors_by_reason.values())
        rows.unpersist()
    finally:
        if own:
            spark.stop()
    summary.seconds = time.perf_counter() - t0
    return summary


def _schema(columns: tuple[str, ...]) -> Any:
    from pyspark.sql.types import StringType, StructField, StructType

    return StructType([StructField(c, StringType(), True) for c in columns])


def read_records(folder: str | Path) -> Iterator[dict]:
    """The record dicts of a ``spark analyze`` output (its ``records`` folder or itself),
    read with pyarrow: no Spark needed. Streams batch by batch."""
    import pyarrow.dataset as ds

    folder = Path(folder)
    target = folder / "records" if (folder / "records").is_dir() else folder
    if not target.is_dir() or next(target.rglob("*.parquet"), None) is None:
        raise SparkError("no records folder here", source=str(folder),
                         hint="give the --out folder of `newsgraph spark analyze`")
    try:
        dataset = ds.dataset(str(target), format="parquet", partitioning="hive")
        scanner = dataset.scanner(columns=["id", "record"])
    except Exception as exc:  # noqa: BLE001 - pyarrow raises several kinds for bad files
        reason = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
        raise SparkError(f"cannot read the records: {reason}", source=str(target),
                         hint="is it the output of `newsgraph spark analyze`?") from exc
    for batch in scanner.to_batches():
        for raw in batch.column("record").to_pylist():
            yield json.loads(raw)


def read_errors(folder: str | Path) -> list[dict]:
    """The errors table of a ``spark analyze`` output (empty when there is none)."""
    import pyarrow.parquet as pq

    path = Path(folder) / "errors"
    if not path.is_dir():
        return []
    return pq.read_table(str(path)).to_pylist()

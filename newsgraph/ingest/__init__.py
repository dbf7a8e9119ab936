"""Ingest: sources -> Analyzer -> store, idempotent and resumable.

1. ``sources.read_sources`` turns paths into Items (files, folders, JSONL, feeds, WARC).
2. Each Item gets an input key (hash of its raw text and metadata). Keys the store already
   holds are skipped without analysis: a rerun after a crash or a second ingest of the same
   input is fast and adds nothing.
3. New Items go through the Analyzer in batches; each Record is stored in its own
   transaction together with its input key, so a process killed at any point leaves whole
   articles only, and the rerun picks up where it stopped.
4. ``Store.update_stories`` recomputes near-duplicates and stories (deterministic in the set
   of articles, so an interrupted-then-resumed ingest ends where a clean one does).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sys
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import chain
from typing import Any

from ..clean.published import parse as parse_published
from ..errors import InputError
from ..inputs import Item
from ..output import plural
from ..store import open_store
from .sources import READERS, read_file, read_sources, register_reader

__all__ = ["IngestSummary", "READERS", "ingest", "ingest_items", "ingest_parquet", "input_key",
           "read_file", "read_sources", "register_reader"]


@dataclass(slots=True)
class Failure:
    name: str  # which input
    reason: str  # short code (empty, binary, bad_json, ...)
    message: str


@dataclass(slots=True)
class IngestSummary:
    """What an ingest did."""

    new: int = 0
    duplicate: int = 0  # already stored (same input, or the same article from another input)
    failed: list[Failure] = field(default_factory=list)
    near_duplicates: int = 0  # stored articles that republish another stored article
    stories: int = 0
    articles: int = 0  # in the store afterwards
    seconds: float = 0.0

    @property
    def rate(self) -> float:
        """New articles analyzed and stored per second."""
        return self.new / self.seconds if self.seconds else 0.0

    def to_dict(self) -> dict[str, Any]:
        """The JSON form (failures as objects, reasons counted)."""
        return {"new": self.new, "duplicate": self.duplicate, "failed": len(self.failed),
                "failed_by_reason": dict(Counter(f.reason for f in self.failed)),
                "failures": [{"name": f.name, "reason": f.reason, "message": f.message}
                             for f in self.failed],
                "near_duplicates": self.near_duplicates, "stories": self.stories,
                "articles": self.articles, "seconds": round(self.seconds, 2),
                "articles_per_second": round(self.rate, 2)}

    def lines(self, max_failures: int = 20) -> list[str]:
        """The closing summary, for people."""
        reasons = Counter(f.reason for f in self.failed)
        failed = f"{len(self.failed)} failed" + (
            " (" + ", ".join(f"{k}: {v}" for k, v in sorted(reasons.items())) + ")"
            if reasons else "")
        out = [f"{self.new} new, {self.duplicate} duplicate, {failed}",
               f"store: {plural(self.articles, 'article')}, "
               f"{plural(self.stories, 'story', 'stories')} "
               f"({plural(self.near_duplicates, 'near-duplicate article')}); "
               f"{self.seconds:.1f}s, {self.rate:.1f} articles/s"]
        for f in self.failed[:max_failures]:
            out.append(f"  failed: {f.name}: {f.message}")
        if len(self.failed) > max_failures:
            out.append(f"  ... and {len(self.failed) - max_failures} more failures")
        return out


def input_key(item: Item) -> str:
    """Stable key of an input: same raw text and metadata -> same key."""
    published = item.published.isoformat() if item.published else None
    data = json.dumps([item.raw, item.is_html, published, item.source, item.url],
                      ensure_ascii=False)
    return hashlib.sha1(data.encode("utf-8")).hexdigest()


def ingest(sources: Iterable[str], store_url: str | None = None, *, progress: bool = True,
           analyzer: Any = None, batch_size: int = 32, published: dt.date | str | None = None,
           source: str | None = None) -> IngestSummary:
    """Analyze and store every article of ``sources``; then update stories.

    Args:
        sources: paths of files, folders, JSONL, RSS/Atom or WARC files ('-' for stdin).
        store_url: a path, ``sqlite:///path`` or ``postgresql://...`` (None: newsgraph.db).
        progress: show a progress bar on stderr.
        analyzer: an object with ``pipe(items)`` like ``newsgraph.pipeline.Analyzer``
            (default: the process-wide one, loaded on first use).
        batch_size: articles analyzed per batch.
        published, source: given to the inputs that carry none of their own.
    Returns:
        The summary: new, duplicate, failed with reasons, stories.
    """
    with open_store(store_url) as store:
        items = _with_defaults(read_sources(sources), parse_published(published, "--published"),
                               source)
        return ingest_items(items, store, progress=progress,
                            analyzer=analyzer, batch_size=batch_size)


def ingest_parquet(folder: str, store_url: str | None = None, *, progress: bool = True
                   ) -> IngestSummary:
    """Store the records of a ``newsgraph spark analyze`` output; then update stories.

    Idempotent like ``ingest``: a record already stored (same id) is counted as duplicate.
    The output's errors table becomes the summary's failures.

    Args:
        folder: the ``--out`` folder of ``newsgraph spark analyze`` (or its ``records``).
        store_url: as for ``ingest``.
    """
    from tqdm import tqdm

    from ..record import Record
    from ..spark.analyze import read_errors, read_records

    summary = IngestSummary()
    t0 = time.perf_counter()
    rows = read_records(folder)
    first = next(rows, None)  # a folder that is not an output fails here, before the store
    with open_store(store_url) as store:
        bar = tqdm(desc="ingest", unit="article", disable=not progress, file=sys.stderr,
                   dynamic_ncols=True)
        try:
            for row in chain([first] if first is not None else [], rows):
                done = store.add([Record.from_dict(row)], input_keys=["parquet:" + row["id"]])
                summary.new += len(done.added)
                summary.duplicate += len(done.existing)
                bar.update(1)
        finally:
            bar.close()
        summary.failed = [Failure(name=e["input"], reason=e["reason"], message=e["message"])
                          for e in read_errors(folder)]
        summary.stories = store.update_stories()
        store.optimize()
        summary.articles = store.counts().articles
        summary.near_duplicates = store.near_duplicate_count()
    summary.seconds = time.perf_counter() - t0
    return summary


def _with_defaults(items: Iterable[Item | InputError], published: dt.date | None,
                   source: str | None) -> Iterator[Item | InputError]:
    for item in items:
        if isinstance(item, Item):
            item.published = item.published or published
            item.source = item.source or source
        yield item


def ingest_items(items: Iterable[Item | InputError], store: Any, *, progress: bool = False,
                 analyzer: Any = None, batch_size: int = 32) -> IngestSummary:
    """The ingest loop over already-read items into an open store (see ``ingest``)."""
    from tqdm import tqdm

    summary = IngestSummary()
    t0 = time.perf_counter()
    bar = tqdm(desc="ingest", unit="article", disable=not progress, file=sys.stderr,
               dynamic_ncols=True)
    try:
        for batch in _batches(items, batch_size):
            todo: list[tuple[Item, str]] = []
            for entry in batch:
                if isinstance(entry, InputError):
                    summary.failed.append(_failure(entry))
                else:
                    todo.append((entry, input_key(entry)))
            bar.update(len(batch) - len(todo))
            known = store.known_inputs(k for _, k in todo)
            summary.duplicate += sum(1 for _, k in todo if k in known)
            bar.update(len(todo))
            todo = [(it, k) for it, k in todo if k not in known]
            if not todo:
                continue
            if analyzer is None:
                from ..pipeline import get_analyzer

                analyzer = get_analyzer()
            for (item, key), result in _analyze(analyzer, todo):
                if isinstance(result, InputError):
                    summary.failed.append(_failure(result, item))
                    continue
                done = store.add([result], input_keys=[key])
                summary.new += len(done.added)
                summary.duplicate += len(done.existing)
            bar.set_postfix(new=summary.new, dup=summary.duplicate, failed=len(summary.failed))
    finally:
        bar.close()
    if progress:
        print("ingest: updating stories ...", file=sys.stderr)
    summary.stories = store.update_stories()
    store.optimize()
    counts = store.counts()
    summary.articles = counts.articles
    summary.near_duplicates = store.near_duplicate_count()
    summary.seconds = time.perf_counter() - t0
    return summary


def _batches(items: Iterable[Item | InputError], size: int
             ) -> Iterator[list[Item | InputError]]:
    batch: list[Item | InputError] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _analyze(analyzer: Any, todo: list[tuple[Item, str]]
             ) -> Iterator[tuple[tuple[Item, str], Any]]:
    """(item, key) with its Record or InputError; one bad article never sinks the batch."""
    try:
        results = list(analyzer.pipe([it for it, _ in todo]))
    except Exception:  # noqa: BLE001 - retried one by one below to find the culprit
        results = None
    if results is not None and len(results) == len(todo):
        yield from zip(todo, results)
        return
    for pair in todo:
        try:
            (result,) = list(analyzer.pipe([pair[0]]))
        except Exception as exc:  # noqa: BLE001 - recorded as this input's failure
            result = InputError(f"analysis failed: {type(exc).__name__}: {exc}",
                                source=pair[0].name, reason="analysis_error",
                                hint="report it with the input attached")
        yield pair, result


def _failure(err: InputError, item: Item | None = None) -> Failure:
    name = err.source or (item.name if item else "<input>")
    return Failure(name=name, reason=getattr(err, "reason", "bad_input"), message=err.message)

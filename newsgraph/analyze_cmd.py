"""``newsgraph analyze``: paths in, records out, bad inputs named on stderr."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO

import click

from .errors import InputError
from .inputs import Loaded, load_paths
from .output import dumps, pretty
from .pipeline import Item, get_analyzer
from .record import Record


def run_analyze(paths: list[str], *, published: str | None, source: str | None,
                url: str | None, fmt: str, output: Path | None, timings: bool = False,
                progress: bool = True) -> bool:
    """Analyze every input; True when at least one article was analyzed."""
    from .clean.published import normalize as normalize_published

    normalize_published(published, "--published")  # a bad option fails before any work
    loaded = list(load_paths(paths, published=published, source=source, url=url))
    failures: list[InputError] = [x for x in loaded if isinstance(x, InputError)]
    items = [x for x in loaded if isinstance(x, Loaded)]
    for x in items:
        for warning in x.warnings:
            click.echo(f"newsgraph: warning: {warning}", err=True)
    analyzer = get_analyzer(timings=timings) if items else None
    done = 0
    with _open(output) as out, _progress(len(items), progress) as bar:
        writer = _Writer(fmt, out)
        if analyzer is not None:
            for item, result in zip(items, analyzer.pipe(_items(items))):
                bar.update(1)
                if isinstance(result, InputError):
                    failures.append(result)
                    continue
                done += 1
                writer.add(result, item.item)
        writer.close()
    for err in failures:
        click.echo(f"newsgraph: {err.line()}", err=True)
    total = done + len(failures)
    if total > 1 or failures:
        from .cli import summarize_failures

        summary = f"newsgraph: analyzed {done} of {total} inputs"
        if failures:
            summary += f"; {summarize_failures(failures)}"
        click.echo(summary, err=True)
    return done > 0


def _items(loaded: list[Loaded]) -> Iterator[Item]:
    for x in loaded:
        yield x.item


class _Writer:
    """Streams records in the chosen format; ``json`` holds several for one array."""

    def __init__(self, fmt: str, out: IO[str]):
        self.fmt, self.out = fmt, out
        self.held: list[Record] = []

    def add(self, record: Record, item: Item) -> None:
        if self.fmt == "jsonl":
            self.out.write(dumps(record, indent=None) + "\n")
        elif self.fmt == "pretty":
            self.out.write(pretty(record, item.name))
        elif self.fmt == "plover":
            import json

            from .export import plover

            for row in plover.rows(record):
                self.out.write(json.dumps(row, ensure_ascii=False) + "\n")
        else:
            self.held.append(record)

    def close(self) -> None:
        if self.fmt == "json" and self.held:
            from .output import write_json

            write_json(self.held, self.out)


@contextlib.contextmanager
def _open(output: Path | None) -> Iterator[IO[str]]:
    if output is None:
        yield sys.stdout
        return
    # Write next to the target and rename, so a failed run never leaves half a file.
    tmp = output.with_name(output.name + ".part")
    with open(tmp, "w", encoding="utf-8") as fh:
        yield fh
    tmp.replace(output)


@contextlib.contextmanager
def _progress(total: int, enabled: bool) -> Iterator[object]:
    from tqdm import tqdm

    # tqdm hides itself when stderr is not a terminal (disable=None); one article needs none.
    with tqdm(total=total, unit="article", disable=None if enabled and total > 1 else True,
              file=sys.stderr, leave=False) as bar:
        yield bar

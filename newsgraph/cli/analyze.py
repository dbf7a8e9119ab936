"""``newsgraph analyze``: paths in, records out, bad inputs named on stderr."""

from __future__ import annotations

import contextlib
import datetime as dt
import sys
from collections.abc import Iterator
from pathlib import Path

import click

from ..errors import InputError, NewsgraphError
from ..export import FORMATS
from .common import fail, published_option, summarize_failures


@click.command()
@click.argument("paths", nargs=-1, required=True)
@published_option("Publication date (YYYY-MM-DD) for inputs that lack one.")
@click.option("--source", help="Publisher's name for inputs that lack one.")
@click.option("--url", help="The article's address.")
@click.option("--format", "fmt", type=click.Choice(list(FORMATS)), default="json",
              show_default=True,
              help="; ".join(f"{f.name}: {f.help}" for f in FORMATS.values()) + ".")
@click.option("--table", type=click.Choice(["articles", "entities", "events", "quotes"]),
              default="articles", show_default=True, help="For csv and parquet.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write here instead of standard output.")
@click.option("--timings", is_flag=True,
              help="Record seconds per article in pipeline.seconds (output then varies).")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
def analyze(paths: tuple[str, ...], published: dt.date | None, source: str | None,
            url: str | None, fmt: str, table: str, output: Path | None, timings: bool,
            quiet: bool) -> None:
    """Analyze articles: text or HTML files, folders, JSONL rows, or - for stdin."""
    if FORMATS[fmt].binary and output is None:
        raise click.UsageError(f"{fmt} is binary: give a file with -o FILE")
    try:
        ok = run_analyze(list(paths), published=published, source=source, url=url, fmt=fmt,
                         table=table, output=output, timings=timings, progress=not quiet)
    except NewsgraphError as err:
        fail(err)
    if not ok:
        sys.exit(1)


def run_analyze(paths: list[str], *, published: dt.date | None, source: str | None,
                url: str | None, fmt: str, output: Path | None, table: str = "articles",
                timings: bool = False, progress: bool = True) -> bool:
    """Analyze every input and write the records; True when at least one was analyzed."""
    from ..export import write
    from ..inputs import Loaded, load_paths
    from ..pipeline import get_analyzer

    loaded = list(load_paths(paths, published=published, source=source, url=url))
    failures: list[InputError] = [x for x in loaded if isinstance(x, InputError)]
    items = [x.item for x in loaded if isinstance(x, Loaded)]
    for x in loaded:
        for warning in getattr(x, "warnings", ()):
            click.echo(f"newsgraph: warning: {warning}", err=True)
    done = 0

    def records() -> Iterator:
        nonlocal done
        if not items:
            return
        analyzer = get_analyzer(timings=timings)
        with _progress(len(items), progress) as bar:
            for result in analyzer.pipe(items):
                bar.update(1)
                if isinstance(result, InputError):
                    failures.append(result)
                    continue
                done += 1
                yield result

    write(records(), fmt, output, table=table)
    for err in failures:
        click.echo(f"newsgraph: {err.line()}", err=True)
    total = done + len(failures)
    if total > 1 or failures:
        summary = f"newsgraph: analyzed {done} of {total} inputs"
        if failures:
            summary += f"; {summarize_failures(failures)}"
        click.echo(summary, err=True)
    return done > 0


@contextlib.contextmanager
def _progress(total: int, enabled: bool) -> Iterator:
    from tqdm import tqdm

    # tqdm hides itself when stderr is not a terminal (disable=None); one article needs none.
    with tqdm(total=total, unit="article", disable=None if enabled and total > 1 else True,
              file=sys.stderr, leave=False) as bar:
        yield bar

"""The ``newsgraph`` command: a thin layer over the library.

Each command validates its options, calls one library function and prints the result;
errors come out as one line on stderr (``newsgraph: <input>: <problem> (<what to do>)``).
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import click

from . import __version__
from .errors import InputError, NewsgraphError

FORMATS = ("json", "jsonl", "pretty", "plover")


def _fail(err: NewsgraphError) -> None:
    click.echo(f"newsgraph: {err.line()}", err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newsgraph")
def main() -> None:
    """newsgraph: news articles in, structured and evidenced records out."""


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--published", help="Publication date (YYYY-MM-DD) for inputs that lack one.")
@click.option("--source", help="Publisher's name for inputs that lack one.")
@click.option("--url", help="The article's address.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="json", show_default=True,
              help="json: one object (an array for several); jsonl: one a line; pretty: a "
                   "summary to read; plover: POLECAT-style event rows.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write here instead of standard output.")
@click.option("--timings", is_flag=True,
              help="Record seconds per article in pipeline.seconds (output then varies).")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
def analyze(paths: tuple[str, ...], published: str | None, source: str | None, url: str | None,
            fmt: str, output: Path | None, timings: bool, quiet: bool) -> None:
    """Analyze articles: text or HTML files, folders, JSONL rows, or - for stdin."""
    from .analyze_cmd import run_analyze

    try:
        ok = run_analyze(list(paths), published=published, source=source, url=url, fmt=fmt,
                         output=output, timings=timings, progress=not quiet)
    except NewsgraphError as err:
        _fail(err)
        sys.exit(2)
    if not ok:
        sys.exit(1)


@main.command(name="eval")
@click.argument("sets", nargs=-1)
@click.option("--bench", type=click.Path(file_okay=False, path_type=Path),
              default=None, help="Folder of the gold sets [default: ../shared/bench].")
@click.option("--limit", type=int, default=None, help="At most this many items per set.")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path),
              default=Path("docs/benchmarks.md"), show_default=True,
              help="Where to write the table.")
@click.option("--check/--no-check", default=True, show_default=True,
              help="Fail when a score is below its pinned floor.")
@click.option("--list", "list_sets", is_flag=True, help="List the sets and exit.")
def eval_(sets: tuple[str, ...], bench: Path | None, limit: int | None, out: Path, check: bool,
          list_sets: bool) -> None:
    """Measure newsgraph on the public gold sets and write docs/benchmarks.md."""
    from .eval.report import available_sets, find_bench, run_eval

    if list_sets:
        for name in available_sets():
            click.echo(name)
        return
    try:
        failures = run_eval(list(sets), find_bench(bench), limit=limit, out=out, check=check)
    except NewsgraphError as err:
        _fail(err)
        sys.exit(2)
    if failures:
        for line in failures:
            click.echo(f"newsgraph eval: below floor: {line}", err=True)
        sys.exit(1)


@main.command()
@click.argument("model", type=click.Choice(["pages"]))
@click.option("--bench", type=click.Path(file_okay=False, path_type=Path),
              default=None, help="Folder of the training sets [default: ../shared/bench].")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Where to write the weights [default: inside the package].")
@click.option("--limit", type=int, default=None, help="At most this many pages (a quick try).")
def train(model: str, bench: Path | None, out: Path | None, limit: int | None) -> None:
    """Retrain a model that newsgraph ships (pages: the page-reading model)."""
    from .eval.report import find_bench
    from .train.pages import train as train_pages

    try:
        train_pages(find_bench(bench), out=out, limit=limit,
                    log=lambda line: click.echo(line, err=True))
    except NewsgraphError as err:
        _fail(err)
        sys.exit(2)


def summarize_failures(errors: list[InputError]) -> str:
    """'3 failed (empty: 2, binary: 1)'."""
    counts = Counter(e.reason for e in errors)
    return f"{len(errors)} failed (" + ", ".join(f"{k}: {v}" for k, v in sorted(counts.items())) \
        + ")"


def _register_plugins() -> None:
    # Commands of the corpus, web and export layers register themselves here, so this file
    # stays the one entry point without importing heavy modules at start-up.
    from importlib import import_module

    for module in ("newsgraph.commands",):
        try:
            import_module(module).register(main)
        except ModuleNotFoundError as exc:
            if exc.name != module:
                raise


_register_plugins()

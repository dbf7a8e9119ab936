"""``newsgraph eval`` (the gold sets) and ``newsgraph train`` (the models newsgraph ships)."""

from __future__ import annotations

import importlib
import inspect
import sys
from pathlib import Path

import click

from ..errors import NewsgraphError
from ..train import MODELS
from .common import fail


@click.command(name="eval")
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
    from ..eval.report import available_sets, find_bench, run_eval

    if list_sets:
        for name in available_sets():
            click.echo(name)
        return
    try:
        failures = run_eval(list(sets), find_bench(bench), limit=limit, out=out, check=check)
    except NewsgraphError as err:
        fail(err)
    if failures:
        for line in failures:
            click.echo(f"newsgraph eval: below floor: {line}", err=True)
        sys.exit(1)


@click.command()
@click.argument("model", type=click.Choice(list(MODELS)))
@click.option("--bench", type=click.Path(file_okay=False, path_type=Path),
              default=None, help="Folder of the training sets [default: ../shared/bench].")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Where to write the weights [default: inside the package].")
@click.option("--limit", type=int, default=None,
              help="At most this many training items (a quick try; not every model).")
def train(model: str, bench: Path | None, out: Path | None, limit: int | None) -> None:
    """Retrain a model newsgraph ships (see newsgraph/train/__init__.py for each)."""
    from ..eval.report import find_bench

    module, _, name = MODELS[model].partition(":")
    fit = getattr(importlib.import_module(module), name)
    kwargs = {}
    if limit is not None:
        if "limit" not in inspect.signature(fit).parameters:
            raise click.UsageError(f"`newsgraph train {model}` takes no --limit")
        kwargs["limit"] = limit
    try:
        fit(find_bench(bench), out=out, log=lambda line: click.echo(line, err=True), **kwargs)
    except NewsgraphError as err:
        fail(err)


COMMANDS = (eval_, train)

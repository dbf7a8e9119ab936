"""``newsgraph spark analyze`` and ``newsgraph spark stories``: bulk work on Apache Spark."""

from __future__ import annotations

import datetime as dt
import sys

import click

from ..errors import NewsgraphError
from .common import fail, json_option, print_json, published_option


@click.group()
def spark() -> None:
    """Bulk analysis on Apache Spark (needs Java 17: scripts/java.sh installs it)."""


@spark.command(name="analyze")
@click.argument("inputs", nargs=-1, required=True)
@click.option("--out", required=True, type=click.Path(file_okay=False),
              help="Folder for records/ (Parquet by month) and errors/ (Parquet).")
@click.option("--master", default="local[2]", show_default=True,
              help="Spark master URL: local[N], spark://host:7077, yarn, ...")
@published_option()
@click.option("--source", help="Publisher's name for inputs without one.")
@click.option("--partitions", type=click.IntRange(min=1),
              help="Partitions to analyze in [default: 4 per core].")
@click.option("--overwrite", is_flag=True, help="Replace what is in --out.")
@json_option
def spark_analyze_cmd(inputs: tuple[str, ...], out: str, master: str,
                      published: dt.date | None, source: str | None, partitions: int | None,
                      overwrite: bool, as_json: bool) -> None:
    """Analyze text folders, JSONL, WARC, feeds and Parquet on Spark.

    The model is loaded once per executor process; records are the same as
    `newsgraph analyze` gives. Every input that gives no record is in errors/.
    """
    try:
        from ..spark.analyze import spark_analyze

        summary = spark_analyze(list(inputs), out, master=master, published=published,
                                source=source, partitions=partitions, overwrite=overwrite)
    except NewsgraphError as err:
        fail(err)
    if as_json:
        print_json({"records": summary.records, "errors": summary.errors,
                     "errors_by_reason": summary.errors_by_reason,
                     "seconds": round(summary.seconds, 2),
                     "articles_per_second": round(summary.rate, 3), "out": summary.out})
    else:
        for line in summary.lines():
            click.echo(f"spark analyze: {line}", err=True)
    if summary.records == 0 and summary.errors:
        sys.exit(1)


@spark.command(name="stories")
@click.argument("folder", type=click.Path(file_okay=False))
@click.option("--master", default="local[2]", show_default=True,
              help="Spark master URL: local[N], spark://host:7077, yarn, ...")
def spark_stories_cmd(folder: str, master: str) -> None:
    """Cluster the records of a `spark analyze --out` folder into stories (DIR/stories)."""
    try:
        from ..spark.stories import spark_stories

        summary = spark_stories(folder, master=master)
    except NewsgraphError as err:
        fail(err)
    for line in summary.lines():
        click.echo(f"spark stories: {line}", err=True)

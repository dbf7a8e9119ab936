"""Corpus commands: ingest, search, stories, story, entity, export.

Each one opens the store, calls one library method and prints the result; ``--json`` gives
the API's JSON instead of the table for people. Reading commands never create a store.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import click

from ..errors import NewsgraphError
from ..export import FORMATS
from ..export.tables import TABLES
from ..output import plural
from .common import ask, db_option, fail, json_option, print_json, published_option


@click.command()
@click.argument("sources", nargs=-1)
@db_option
@published_option()
@click.option("--source", help="Publisher's name for inputs without one.")
@click.option("--parquet", "parquet", type=click.Path(file_okay=False),
              help="Store the records of a `newsgraph spark analyze --out DIR` instead "
                   "of analyzing sources.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
@json_option
def ingest(sources: tuple[str, ...], db: str, published: dt.date | None, source: str | None,
           parquet: str | None, quiet: bool, as_json: bool) -> None:
    """Analyze and store articles: files, folders, JSONL, RSS/Atom feeds, WARC files.

    Idempotent and resumable: what is stored already is skipped. With --parquet, the
    records that `newsgraph spark analyze` wrote are stored as they are (no analysis).
    """
    if bool(sources) == bool(parquet):
        raise click.UsageError("give SOURCES to analyze, or --parquet DIR (not both)")
    try:
        if parquet:
            from ..ingest import ingest_parquet

            summary = ingest_parquet(parquet, db, progress=not quiet)
        else:
            from ..ingest import ingest as run_ingest

            summary = run_ingest(list(sources), db, progress=not quiet,
                                 published=published, source=source)
    except NewsgraphError as err:
        fail(err)
    if as_json:
        print_json(summary)
    else:
        for line in summary.lines():
            click.echo(f"ingest: {line}", err=True)
    if summary.new == 0 and summary.duplicate == 0 and summary.failed:
        sys.exit(1)


@click.command()
@click.argument("query", required=False)
@db_option
@click.option("--entity", help="Articles that mention this entity (name or id).")
@click.option("--place", help="Articles that mention this place.")
@click.option("--country", help="Articles with a place in this country (ISO alpha-2).")
@click.option("--from", "date_from", help="Published on or after (YYYY-MM-DD).")
@click.option("--to", "date_to", help="Published on or before (YYYY-MM-DD).")
@click.option("--event-type", help="Articles with an event of this PLOVER type.")
@click.option("--source", help="Articles from this source.")
@click.option("--limit", default=20, show_default=True)
@click.option("--offset", default=0)
@json_option
def search(query: str | None, db: str, entity: str | None, place: str | None,
           country: str | None, date_from: str | None, date_to: str | None,
           event_type: str | None, source: str | None, limit: int, offset: int,
           as_json: bool) -> None:
    """Full-text search with filters; prints hits and facet counts."""
    result = ask(db, "search", query, entity=entity, place=place, country=country,
                  date_from=date_from, date_to=date_to,
                  event_type=event_type.upper() if event_type else None, source=source,
                  limit=limit, offset=offset)
    if as_json:
        print_json(result)
        return
    data = result.to_dict()
    click.echo(plural(data["total"], "article"))
    for hit in data["hits"]:
        art = hit.get("article", hit)
        click.echo(f"- {art.get('published') or '?':<10} {art.get('source') or '-':<18} "
                   f"{art.get('title') or art.get('headline')}  [{art.get('id')}]")
        if hit.get("snippet"):
            click.echo(f"    {hit['snippet']}")
    for facet, counts in (data.get("facets") or {}).items():
        if counts:
            top = ", ".join(f"{c.get('label') or c['value']} ({c['count']})"
                            for c in counts[:6])
            click.echo(f"  {facet}: {top}")


@click.command()
@db_option
@click.option("--limit", default=20, show_default=True)
@click.option("--offset", default=0)
@json_option
def stories(db: str, limit: int, offset: int, as_json: bool) -> None:
    """Stories, most recent first."""
    found = ask(db, "stories", limit=limit, offset=offset)
    if as_json:
        print_json([s.to_dict() for s in found])
        return
    from ..store.display import story_title

    for s in found:
        d = s.to_dict()
        span = f"{d.get('date_from') or '?'}..{d.get('date_to') or '?'}"
        click.echo(f"{d['id']}  {span:<23} {plural(d['n_articles'], 'article', width=3):<12} "
                   f"{', '.join(d['sources'][:3]) or '-':<30}  {story_title(d['title'])}")


@click.command()
@click.argument("story_id")
@db_option
def story(story_id: str, db: str) -> None:
    """One story as JSON: its articles, events, people, places and quotes."""
    _print_one(ask(db, "story", story_id),
               f"story {story_id!r} not found (`newsgraph stories` lists them)")


@click.command()
@click.argument("name")
@db_option
def entity(name: str, db: str) -> None:
    """One entity across the corpus as JSON: names, titles over time, articles, quotes."""
    _print_one(ask(db, "entity", name), f"no entity matches {name!r}")


@click.command()
@db_option
@click.option("--format", "fmt", type=click.Choice([f for f in FORMATS if f != "pretty"]),
              default="jsonl", show_default=True,
              help="; ".join(f"{f.name}: {f.help}" for f in FORMATS.values()
                             if f.name != "pretty") + ".")
@click.option("--table", type=click.Choice(list(TABLES)), default="articles",
              show_default=True, help="For csv and parquet.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="File to write (needed for parquet); default standard output.")
@click.option("--source", help="Only articles from this source.")
@click.option("--from", "date_from", help="Published on or after (YYYY-MM-DD).")
@click.option("--to", "date_to", help="Published on or before (YYYY-MM-DD).")
def export(db: str, fmt: str, table: str, output: Path | None, source: str | None,
           date_from: str | None, date_to: str | None) -> None:
    """Export the store: records (jsonl), tables (csv, parquet) or events (plover, acled)."""
    from ..export import export_store

    if FORMATS[fmt].binary and output is None:
        raise click.UsageError(f"{fmt} is binary: give a file with -o FILE.{fmt}")
    try:
        n = export_store(db, fmt, output, table=table, source=source, date_from=date_from,
                         date_to=date_to)
    except NewsgraphError as err:
        fail(err)
    click.echo(f"export: {n} rows", err=True)


def _print_one(found: object, missing: str) -> None:
    """``found`` as JSON, or ``missing`` on stderr and exit status 1."""
    if found is None:
        click.echo(f"newsgraph: {missing}", err=True)
        sys.exit(1)
    print_json(found)


COMMANDS = (ingest, search, stories, story, entity, export)

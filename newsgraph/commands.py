"""Corpus commands: ingest, search, stories, story, entity, export, serve.

Each one opens the store, calls one library method and prints the result; ``--json`` gives
the API's JSON instead of the table for people.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click

from .errors import NewsgraphError
from .output import plural

DB_HELP = "Store: a file path (SQLite) or postgresql://... [default: $NEWSGRAPH_DB or newsgraph.db]"
EXPORT_FORMATS = ("jsonl", "csv", "parquet", "plover", "acled")


def _db_option(f: Any) -> Any:
    return click.option("--db", envvar="NEWSGRAPH_DB", default="newsgraph.db",
                        show_envvar=True, help=DB_HELP)(f)


def _json_option(f: Any) -> Any:
    return click.option("--json", "as_json", is_flag=True, help="Print JSON.")(f)



def _fail(err: NewsgraphError) -> None:
    click.echo(f"newsgraph: {err.line()}", err=True)
    sys.exit(2)


def _ask(db: str, method: str, *args: Any, **kwargs: Any) -> Any:
    """Open the store, call one of its methods, close it; a store error ends the command."""
    from .errors import StoreError
    from .store import open_store

    path = db[len("sqlite:///"):] if db.startswith("sqlite:///") else db
    if "://" not in path and not Path(path).exists():
        # Reading must not create: a mistyped path would answer "0 articles" from a new file.
        _fail(StoreError("no store here", source=path,
                         hint=f"ingest into it first: newsgraph ingest SOURCES --db {path}"))
    try:
        with open_store(db) as store:
            return getattr(store, method)(*args, **kwargs)
    except NewsgraphError as err:
        _fail(err)


def _print_json(obj: Any) -> None:
    data = obj.to_dict() if hasattr(obj, "to_dict") else obj
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))


def register(main: click.Group) -> None:
    """Add the corpus commands to the ``newsgraph`` group."""

    @main.command()
    @click.argument("sources", nargs=-1)
    @_db_option
    @click.option("--published", help="Publication date (YYYY-MM-DD) for inputs without one.")
    @click.option("--source", help="Publisher's name for inputs without one.")
    @click.option("--parquet", "parquet", type=click.Path(file_okay=False),
                  help="Store the records of a `newsgraph spark analyze --out DIR` instead "
                       "of analyzing sources.")
    @click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
    @_json_option
    def ingest(sources: tuple[str, ...], db: str, published: str | None, source: str | None,
               parquet: str | None, quiet: bool, as_json: bool) -> None:
        """Analyze and store articles: files, folders, JSONL, RSS/Atom feeds, WARC files.

        Idempotent and resumable: what is stored already is skipped. With --parquet, the
        records that `newsgraph spark analyze` wrote are stored as they are (no analysis).
        """
        from .clean.published import normalize as normalize_published

        if bool(sources) == bool(parquet):
            raise click.UsageError("give SOURCES to analyze, or --parquet DIR (not both)")
        try:
            normalize_published(published, "--published")
            if parquet:
                from .ingest import ingest_parquet

                summary = ingest_parquet(parquet, db, progress=not quiet)
            else:
                from .ingest import ingest as run_ingest

                summary = run_ingest(list(sources), db, progress=not quiet,
                                     published=published, source=source)
        except NewsgraphError as err:
            _fail(err)
            return
        if as_json:
            _print_json(summary)
        else:
            for line in summary.lines():
                click.echo(f"ingest: {line}", err=True)
        if summary.new == 0 and summary.duplicate == 0 and summary.failed:
            sys.exit(1)

    @main.command()
    @click.argument("query", required=False)
    @_db_option
    @click.option("--entity", help="Articles that mention this entity (name or id).")
    @click.option("--place", help="Articles that mention this place.")
    @click.option("--country", help="Articles with a place in this country (ISO alpha-2).")
    @click.option("--from", "date_from", help="Published on or after (YYYY-MM-DD).")
    @click.option("--to", "date_to", help="Published on or before (YYYY-MM-DD).")
    @click.option("--event-type", help="Articles with an event of this PLOVER type.")
    @click.option("--source", help="Articles from this source.")
    @click.option("--limit", default=20, show_default=True)
    @click.option("--offset", default=0)
    @_json_option
    def search(query: str | None, db: str, entity: str | None, place: str | None,
               country: str | None, date_from: str | None, date_to: str | None,
               event_type: str | None, source: str | None, limit: int, offset: int,
               as_json: bool) -> None:
        """Full-text search with filters; prints hits and facet counts."""
        result = _ask(db, "search", query, entity=entity, place=place, country=country,
                      date_from=date_from, date_to=date_to,
                      event_type=event_type.upper() if event_type else None, source=source,
                      limit=limit, offset=offset)
        if as_json:
            _print_json(result)
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

    @main.command()
    @_db_option
    @click.option("--limit", default=20, show_default=True)
    @click.option("--offset", default=0)
    @_json_option
    def stories(db: str, limit: int, offset: int, as_json: bool) -> None:
        """Stories, most recent first."""
        found = _ask(db, "stories", limit=limit, offset=offset)
        if as_json:
            _print_json([s.to_dict() for s in found])
            return
        from .store.display import story_title

        for s in found:
            d = s.to_dict()
            span = f"{d.get('date_from') or '?'}..{d.get('date_to') or '?'}"
            click.echo(f"{d['id']}  {span:<23} {plural(d['n_articles'], 'article', 3):<12} "
                       f"{', '.join(d['sources'][:3]) or '-':<30}  {story_title(d['title'])}")

    @main.command()
    @click.argument("story_id")
    @_db_option
    def story(story_id: str, db: str) -> None:
        """One story as JSON: its articles, events, people, places and quotes."""
        found = _ask(db, "story", story_id)
        if found is None:
            click.echo(f"newsgraph: story {story_id!r} not found (`newsgraph stories` lists "
                       "them)", err=True)
            sys.exit(1)
        _print_json(found)

    @main.command()
    @click.argument("name")
    @_db_option
    def entity(name: str, db: str) -> None:
        """One entity across the corpus as JSON: names, titles over time, articles, quotes."""
        found = _ask(db, "entity", name)
        if found is None:
            click.echo(f"newsgraph: no entity matches {name!r}", err=True)
            sys.exit(1)
        _print_json(found)

    @main.command()
    @_db_option
    @click.option("--format", "fmt", type=click.Choice(EXPORT_FORMATS), default="jsonl",
                  show_default=True)
    @click.option("--table", type=click.Choice(["articles", "entities", "events", "quotes"]),
                  default="articles", show_default=True, help="For csv and parquet.")
    @click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
                  help="File to write (needed for parquet); default standard output.")
    @click.option("--source", help="Only articles from this source.")
    @click.option("--from", "date_from", help="Published on or after (YYYY-MM-DD).")
    @click.option("--to", "date_to", help="Published on or before (YYYY-MM-DD).")
    def export(db: str, fmt: str, table: str, output: Path | None, source: str | None,
               date_from: str | None, date_to: str | None) -> None:
        """Export the store: records (jsonl), tables (csv, parquet) or events (plover, acled)."""
        from .export import write_export
        from .store import open_store

        if fmt == "parquet" and output is None:
            raise click.UsageError("parquet is binary: give a file with -o FILE.parquet")
        try:
            with open_store(db) as store:
                records = store.iter_records(source=source, date_from=date_from,
                                             date_to=date_to)
                n = write_export(records, fmt, output, table=table)
        except NewsgraphError as err:
            _fail(err)
            return
        click.echo(f"export: {n} rows", err=True)

    @main.group()
    def spark() -> None:
        """Bulk analysis on Apache Spark (needs Java 17: scripts/java.sh installs it)."""

    @spark.command(name="analyze")
    @click.argument("inputs", nargs=-1, required=True)
    @click.option("--out", required=True, type=click.Path(file_okay=False),
                  help="Folder for records/ (Parquet by month) and errors/ (Parquet).")
    @click.option("--master", default="local[2]", show_default=True,
                  help="Spark master URL: local[N], spark://host:7077, yarn, ...")
    @click.option("--published", help="Publication date (YYYY-MM-DD) for inputs without one.")
    @click.option("--source", help="Publisher's name for inputs without one.")
    @click.option("--partitions", type=click.IntRange(min=1),
                  help="Partitions to analyze in [default: 4 per core].")
    @click.option("--overwrite", is_flag=True, help="Replace what is in --out.")
    @_json_option
    def spark_analyze_cmd(inputs: tuple[str, ...], out: str, master: str,
                          published: str | None, source: str | None, partitions: int | None,
                          overwrite: bool, as_json: bool) -> None:
        """Analyze text folders, JSONL, WARC, feeds and Parquet on Spark.

        The model is loaded once per executor process; records are the same as
        `newsgraph analyze` gives. Every input that gives no record is in errors/.
        """
        from .clean.published import normalize as normalize_published

        try:
            normalize_published(published, "--published")
            from .spark.analyze import spark_analyze

            summary = spark_analyze(list(inputs), out, master=master, published=published,
                                    source=source, partitions=partitions, overwrite=overwrite)
        except NewsgraphError as err:
            _fail(err)
            return
        if as_json:
            _print_json({"records": summary.records, "errors": summary.errors,
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
            from .spark.stories import spark_stories

            summary = spark_stories(folder, master=master)
        except NewsgraphError as err:
            _fail(err)
            return
        for line in summary.lines():
            click.echo(f"spark stories: {line}", err=True)

    @main.command()
    @_db_option
    @click.option("--host", default="127.0.0.1", show_default=True)
    @click.option("--port", default=8000, show_default=True)
    def serve(db: str, host: str, port: int) -> None:
        """Serve the web app and the JSON API (OpenAPI docs at /docs)."""
        from .web import serve as run_server

        def listening(url: str) -> None:
            click.echo(f"newsgraph: serving {db} at {url}  (API docs at {url}docs; "
                       "Ctrl-C stops)", err=True)

        try:
            run_server(db, host=host, port=port, on_ready=listening)
        except NewsgraphError as err:
            _fail(err)

    # reader comments: moderate, users, moderation-train (newsgraph.moderation.commands)
    from .moderation.commands import register as register_moderation

    register_moderation(main)

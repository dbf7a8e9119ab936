"""``newsgraph serve``: the web app and the JSON API over a store."""

from __future__ import annotations

import click

from ..errors import NewsgraphError
from .common import db_option, fail


@click.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True)
def serve(db: str, host: str, port: int) -> None:
    """Serve the web app and the JSON API (OpenAPI docs at /docs)."""
    from ..web import serve as run_server

    def listening(url: str) -> None:
        click.echo(f"newsgraph: serving {db} at {url}  (API docs at {url}docs; "
                   "Ctrl-C stops)", err=True)

    try:
        run_server(db, host=host, port=port, on_ready=listening)
    except NewsgraphError as err:
        fail(err)

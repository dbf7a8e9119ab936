"""What the commands share: the --db and --json options, the date type, one-line errors."""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections import Counter
from typing import Any, NoReturn

import click

from ..errors import InputError, NewsgraphError

DB_HELP = "Store: a file path (SQLite) or postgresql://... [default: $NEWSGRAPH_DB or newsgraph.db]"


def fail(err: NewsgraphError, code: int = 2) -> NoReturn:
    """Print the error as one line on stderr and end the command."""
    click.echo(f"newsgraph: {err.line()}", err=True)
    sys.exit(code)


def db_option(f: Any) -> Any:
    return click.option("--db", envvar="NEWSGRAPH_DB", default="newsgraph.db",
                        show_envvar=True, help=DB_HELP)(f)


def json_option(f: Any) -> Any:
    return click.option("--json", "as_json", is_flag=True, help="Print JSON.")(f)


def print_json(obj: Any) -> None:
    data = obj.to_dict() if hasattr(obj, "to_dict") else obj
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))


class PublishedType(click.ParamType):
    """--published: an ISO 8601 date or datetime, parsed once here into a date."""

    name = "YYYY-MM-DD"

    def convert(self, value: Any, param: click.Parameter | None,
                ctx: click.Context | None) -> dt.date | None:
        from ..clean.published import parse

        if value is None or isinstance(value, dt.date):
            return value
        try:
            return parse(value, "--published")
        except InputError as err:
            self.fail(f"{err.message} ({err.hint})", param, ctx)


PUBLISHED = PublishedType()


def published_option(help: str = "Publication date (YYYY-MM-DD) for inputs without one.") -> Any:
    return click.option("--published", type=PUBLISHED, help=help)


def ask(db: str, method: str, *args: Any, **kwargs: Any) -> Any:
    """Open an existing store, call one of its methods, close it; an error ends the command."""
    from ..store import open_store

    try:
        with open_store(db, create=False) as store:
            return getattr(store, method)(*args, **kwargs)
    except NewsgraphError as err:
        fail(err)


def summarize_failures(errors: list[InputError]) -> str:
    """'3 failed (empty: 2, binary: 1)'."""
    counts = Counter(e.reason for e in errors)
    return f"{len(errors)} failed (" + ", ".join(f"{k}: {v}" for k, v in sorted(counts.items())) \
        + ")"

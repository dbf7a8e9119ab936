"""Commands of reader comments: ``moderate`` and ``users`` (``moderation-train`` is the old
name of ``newsgraph train moderation``)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any, TextIO

import click

from ..errors import NewsgraphError
from .common import db_option, fail


def read_comments(stream: TextIO, name: str) -> Any:
    """(id, text) per line: a JSON object ``{"id", "text"}`` or, when a line is not JSON,
    the line itself with its line number as id. A JSON line without text is reported."""
    for n, line in enumerate(stream, 1):
        raw = line.rstrip("\n")
        if not raw.strip():
            continue
        if raw.lstrip().startswith("{"):
            try:
                row = json.loads(raw)
            except json.JSONDecodeError as exc:
                click.echo(f"newsgraph: {name}:{n}: not JSON ({exc.msg}); skipped", err=True)
                continue
            if not isinstance(row.get("text"), str):
                click.echo(f"newsgraph: {name}:{n}: no \"text\" string; skipped", err=True)
                continue
            yield row.get("id", n), row["text"]
        else:
            yield n, raw


@click.command()
@click.argument("source", type=click.Path(allow_dash=True, dir_okay=False))
@click.option("--format", "fmt", type=click.Choice(["jsonl", "pretty"]), default="jsonl",
              show_default=True, help="jsonl: one JSON object a line; pretty: to read.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write here instead of standard output.")
def moderate(source: str, fmt: str, output: Path | None) -> None:
    """Judge comments under the civility policy: JSONL rows {"id","text"} or one
    comment a line, from FILE or - (stdin)."""
    from ..moderation.policy import moderate as judge

    try:
        stream = sys.stdin if source == "-" else open(source, encoding="utf-8")
    except OSError as exc:
        click.echo(f"newsgraph: {source}: {exc.strerror} (give a readable file or -)",
                   err=True)
        sys.exit(2)
    out = output.open("w", encoding="utf-8") if output else sys.stdout
    counts: dict[str, int] = {}
    try:
        for cid, text in read_comments(stream, source):
            d = judge(text)
            counts[d.decision] = counts.get(d.decision, 0) + 1
            if fmt == "jsonl":
                out.write(json.dumps(d.to_dict(cid), ensure_ascii=False) + "\n")
            else:
                spans = ", ".join(f"{e.text!r} ({e.clause}{', quoted' if e.quoted else ''})"
                                  for e in d.evidence)
                out.write(f"{cid}\t{d.decision}\t{','.join(d.clauses) or '-'}\t"
                          f"{d.score:.2f}\t{spans}\n")
    except NewsgraphError as err:
        fail(err)
    finally:
        if output:
            out.close()
    click.echo("moderate: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items()))
               if counts else "moderate: no comments", err=True)


@click.group()
def users() -> None:
    """Accounts of the web app's comments: add, list, role, ban."""


def _with(db: str, fn: Any, create: bool = False) -> Any:
    from ..store import open_store
    from ..store.comments import Comments

    try:
        with open_store(db, create=create) as store:
            return fn(Comments(store))
    except NewsgraphError as err:
        fail(err)


@users.command("add")
@click.argument("name")
@click.option("--role", type=click.Choice(["reader", "moderator", "admin"]),
              default="reader", show_default=True)
@click.option("--password", envvar="NEWSGRAPH_PASSWORD",
              help="The password [default: asked, not echoed; or $NEWSGRAPH_PASSWORD].")
@db_option
def users_add(name: str, role: str, password: str | None, db: str) -> None:
    """Create an account (an admin: --role admin)."""
    from ..web.routers.accounts import MIN_PASSWORD, NAME, hash_password

    if not NAME.match(name):
        click.echo("newsgraph: a name is 3 to 40 letters, digits, dots, dashes or "
                   "underscores", err=True)
        sys.exit(2)
    if password is None:
        password = click.prompt("Password", hide_input=True, confirmation_prompt=True)
    if len(password) < MIN_PASSWORD:
        click.echo(f"newsgraph: a password has at least {MIN_PASSWORD} characters",
                   err=True)
        sys.exit(2)
    hashed = hash_password(password)
    _with(db, lambda c: c.add_user(name, hashed, role=role, actor="cli"), create=True)
    click.echo(f"users: added {name} ({role})", err=True)


@users.command("list")
@db_option
def users_list(db: str) -> None:
    """List accounts."""
    for u in _with(db, lambda c: c.users()):
        click.echo(f"{u.name}\t{u.role}\t{'banned' if u.banned else ''}".rstrip())


@users.command("role")
@click.argument("name")
@click.argument("role", type=click.Choice(["reader", "moderator", "admin"]))
@db_option
def users_role(name: str, role: str, db: str) -> None:
    """Give an account another role."""
    _with(db, lambda c: c.set_role(name, role, actor="cli"))


@users.command("ban")
@click.argument("name")
@click.option("--undo", is_flag=True, help="Lift the ban.")
@db_option
def users_ban(name: str, undo: bool, db: str) -> None:
    """Ban an account (it can no longer post) or lift the ban."""
    _with(db, lambda c: c.set_banned(name, not undo, actor="cli"))


@click.command(name="moderation-train", hidden=True)
@click.option("--bench", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Folder of the training sets [default: ../shared/bench].")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Where to write the weights [default: inside the package].")
def moderation_train(bench: Path | None, out: Path | None) -> None:
    """Retrain the comment classifier (the same as `newsgraph train moderation`)."""
    from ..eval.report import find_bench
    from ..moderation.train import train

    try:
        train(find_bench(bench), out=out, log=lambda line: click.echo(line, err=True))
    except NewsgraphError as err:
        fail(err)


COMMANDS = (moderate, users, moderation_train)

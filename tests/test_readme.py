"""The README's commands are real: each `newsgraph ...` line parses against the CLI."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import click
import pytest

from newsgraph.cli import main

README = Path(__file__).resolve().parents[1] / "README.md"
LINES = [m.group(1) for m in re.finditer(r"^\.venv/bin/newsgraph (.+?)(?:\s+#.*)?$",
                                         README.read_text(), re.M)]


def test_readme_has_commands():
    assert len(LINES) >= 10


@pytest.mark.parametrize("line", LINES)
def test_readme_command_parses(line):
    args = shlex.split(line)
    command = main.get_command(click.Context(main), args[0])
    assert command is not None, f"README names an unknown command: {args[0]}"
    # Parsing checks every option and argument without running the command.
    with click.Context(main) as parent:
        command.make_context(args[0], args[1:], parent=parent)


def test_makefile_targets_named_in_readme_exist():
    makefile = (README.parent / "Makefile").read_text()
    for target in re.findall(r"^make (\w+)", README.read_text(), re.M):
        assert re.search(rf"^{target}:", makefile, re.M), target

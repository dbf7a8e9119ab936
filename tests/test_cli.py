"""`newsgraph analyze` end to end, with the real model."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from click.testing import CliRunner
from shared import EXAMPLE

from newsgraph.cli import main

pytestmark = pytest.mark.e2e


BODY = ("The council voted on Tuesday to close the old bridge after engineers found deep "
        "cracks in two of its supports, officials said. Residents will have to drive an extra "
        "twenty minutes to reach the hospital until a temporary crossing opens, the mayor said.")


def run(*args: str, input: str | None = None):
    return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)


@pytest.fixture(scope="module")
def mixed_folder(tmp_path_factory):
    """A few hundred files, good and bad, with the reason each bad one should give."""
    root = tmp_path_factory.mktemp("mixed")
    bad: dict[str, str] = {}
    for i in range(40):
        (root / f"good{i:03}.txt").write_text(f"Bridge {i} closed\n\n{BODY}\n\n-AP\n")
    for i in range(60):
        name = f"empty{i:03}.txt"
        (root / name).write_text("")
        bad[name] = "empty"
    for i in range(60):
        name = f"scan{i:03}.pdf"
        (root / name).write_bytes(b"%PDF-1.4\n" + bytes(range(256)))
        bad[name] = "PDF"
    for i in range(60):
        name = f"blob{i:03}.bin"
        (root / name).write_bytes(b"\x00\x01\x02" * 50)
        bad[name] = "binary"
    for i in range(30):
        name = f"fr{i:03}.txt"
        (root / name).write_text("Réforme\n\n" + "Le gouvernement a annoncé mardi une nouvelle "
                                 "réforme des retraites, qui sera présentée au Parlement dans "
                                 "les prochaines semaines, a déclaré le ministre. " * 2)
        bad[name] = "French"
    (root / "rows.jsonl").write_text('{"text": "x"}\n{broken\n')
    bad["rows.jsonl:1"] = "too short"
    bad["rows.jsonl:2"] = "JSON"
    return root, bad


def test_example_record_foundation_fields():
    result = run("analyze", str(EXAMPLE), "--published", "2022-05-14")
    assert result.exit_code == 0, result.output
    rec = json.loads(result.stdout)
    headline = "Khakriv “likely won” by Ukraine, US and Russian defence chiefs speak a first time"
    assert rec["headline"] == headline
    assert rec["text"].count(headline) == 1
    assert rec["credits"] == ["AP", "BBC"]
    assert rec["dateline"]["text"] == "Kyiv"
    reasons = {r["reason"] for r in rec["removed"]}
    assert {"duplicate_headline", "credit_line", "boilerplate"} <= reasons
    assert "-AP/BBC" not in rec["text"] and "comments posted" not in rec["text"]
    raw = EXAMPLE.read_text()
    # every body sentence kept: each raw line is in the text or in removed
    removed = [r["text"] for r in rec["removed"]]
    for line in filter(None, (ln.strip() for ln in raw.splitlines())):
        assert line in rec["text"] or line in removed, line
    for p in rec["paragraphs"]:
        assert rec["text"][p["start"]:p["end"]].strip()
    assert rec["published"] == "2022-05-14" and rec["version"] == 1


def test_same_input_gives_byte_identical_output(tmp_path):
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    assert run("analyze", str(EXAMPLE), "--published", "2022-05-14", "-o", str(a)).exit_code == 0
    assert run("analyze", str(EXAMPLE), "--published", "2022-05-14", "-o", str(b)).exit_code == 0
    assert a.read_bytes() == b.read_bytes()


def test_mixed_folder_names_every_bad_file_and_goes_on(mixed_folder):
    root, bad = mixed_folder
    result = run("analyze", str(root), "--format", "jsonl")
    assert result.exit_code == 0
    assert "Traceback" not in result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == 40
    errors = result.stderr.splitlines()
    for name, words in bad.items():
        line = next((e for e in errors if f"{name}:" in e or e.endswith(name)), None)
        assert line is not None, f"{name} not reported"
        assert words in line, line
    assert "analyzed 40 of" in errors[-1]


def test_exit_code_nonzero_only_when_nothing_analyzed(tmp_path):
    (tmp_path / "empty.txt").write_text("")
    result = run("analyze", str(tmp_path / "empty.txt"))
    assert result.exit_code == 1
    assert "empty.txt" in result.stderr and "empty" in result.stderr


def test_stdin_and_pretty_format():
    result = run("analyze", "-", "--format", "pretty", "--published", "2022-05-14",
                 input=f"Bridge closed\n\n{BODY}\n")
    assert result.exit_code == 0
    assert "HEADLINE   Bridge closed" in result.stdout


def test_bad_published_option_is_one_line():
    result = run("analyze", str(EXAMPLE), "--published", "yesterday")
    assert result.exit_code == 2
    assert "--published" in result.stderr and "YYYY-MM-DD" in result.stderr
    assert "Traceback" not in result.output


def test_library_call_matches_cli():
    import newsgraph

    record = newsgraph.analyze(EXAMPLE.read_text(), published="2022-05-14")
    result = run("analyze", str(EXAMPLE), "--published", "2022-05-14")
    cli = json.loads(result.stdout)
    assert record.to_dict()["text"] == cli["text"]
    assert record.to_dict()["removed"] == cli["removed"]


def test_console_script_runs():
    out = subprocess.run([sys.executable, "-m", "newsgraph", "--version"], capture_output=True,
                         text=True, check=True)
    assert "newsgraph" in out.stdout


@pytest.mark.parametrize("command", [
    ["search", "Kharkiv"], ["stories"], ["story", "s1"], ["entity", "Putin"],
    ["export", "--format", "jsonl"], ["export", "--format", "csv", "-o", "{out}"],
    ["users", "list"], ["users", "ban", "someone"], ["serve", "--port", "1"],
])
def test_reading_a_missing_store_says_so_and_creates_nothing(tmp_path, command):
    db = tmp_path / "typo" / "news.db"
    out = tmp_path / "out.csv"
    result = run(*[c.format(out=out) for c in command], "--db", str(db))
    assert result.exit_code == 2, result.output
    assert "no store here" in result.stderr and "newsgraph ingest" in result.stderr
    assert not db.parent.exists() and not out.exists()

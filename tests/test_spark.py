"""Bulk analysis on Spark (issue 13 points 2-3): a real local[2] session on a small input,
records equal to `newsgraph analyze`, an errors table naming the bad file, stories, and
`newsgraph ingest --parquet` idempotent. Unit tests of the pieces need no Spark."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsgraph.cli import main
from newsgraph.spark.analyze import inputs, parquet_items
from newsgraph.spark.stories import bucket_pairs, components

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


# -- pieces, no Spark -----------------------------------------------------------------------
def test_inputs_lists_files_parquet_and_missing(tmp_path):
    (tmp_path / "a.txt").write_text("x")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.jsonl").write_text("{}")
    (tmp_path / "README.md").write_text("notes")
    pq = tmp_path / "table"
    pq.mkdir()
    (pq / "part-0.parquet").write_bytes(b"PAR1")
    (pq / "_SUCCESS").write_text("")
    found = inputs([str(tmp_path / "a.txt"), str(tmp_path / "sub"), str(pq),
                    str(tmp_path / "nope")])
    assert found.files == [str(tmp_path / "a.txt"), str(tmp_path / "sub" / "b.jsonl")]
    assert found.parquet == [str(pq)]
    assert found.errors == [(str(tmp_path / "nope"), "missing", "no such file or folder")]


@pytest.mark.parametrize("row, kind", [
    ({"text": "An article.", "published": "2022-05-14"}, "item"),
    ({"html": "<p>An article.</p>"}, "item"),
    ({"text": "  "}, "error"),
    ({"url": "https://e.x"}, "error"),
])
def test_parquet_rows_become_items_or_errors(row, kind):
    out = parquet_items((row, 7), "in.parquet", None, "Fallback")
    assert out[0] == kind
    if kind == "item":
        assert out[-1] == "in.parquet#7" and out[4] == "Fallback"
        assert out[2] is ("html" in row)
    else:
        assert out[1] == "in.parquet#7" and out[2] == "empty"


def test_bucket_pairs_respect_the_date_window():
    members = [("a", 700000), ("b", 700003), ("c", 700030), ("d", None)]
    assert sorted(bucket_pairs(members)) == [("a", "b"), ("a", "d"), ("b", "d"), ("c", "d")]


def test_components_name_blocks_by_their_smallest_id():
    blocks = components(["a", "b", "c", "d", "e"], [("b", "c"), ("d", "c")])
    assert blocks == {"a": "a", "b": "b", "c": "b", "d": "b", "e": "e"}


def test_ingest_parquet_of_a_folder_that_is_no_output_is_one_line(tmp_path):
    result = CliRunner().invoke(main, ["ingest", "--parquet", str(tmp_path),
                                       "--db", str(tmp_path / "x.db")])
    assert result.exit_code == 2
    assert "no records folder here" in result.output
    assert "Traceback" not in result.output
    assert not (tmp_path / "x.db").exists()


def test_ingest_needs_sources_or_parquet(tmp_path):
    result = CliRunner().invoke(main, ["ingest", "--db", str(tmp_path / "x.db")])
    assert result.exit_code == 2 and "--parquet" in result.output


# -- a real local[2] session ----------------------------------------------------------------
@pytest.fixture(scope="module")
def spark():
    from newsgraph.spark.analyze import session

    s = session("local[2]")
    yield s
    s.stop()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """Two example articles as files, two as JSONL rows, one PNG named like an article."""
    folder = tmp_path_factory.mktemp("in")
    for name in ("conflict-convoy-attack.txt", "protest-fuel-prices.txt"):
        shutil.copy(EXAMPLES / name, folder / name)
    rows = [json.loads(x) for x in (EXAMPLES / "more-coverage.jsonl").read_text()
            .splitlines() if x.strip()][:2]
    (folder / "rows.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    (folder / "broken.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    return folder


@pytest.fixture(scope="module")
def analyzed(spark, corpus, tmp_path_factory):
    from newsgraph.spark.analyze import spark_analyze

    out = tmp_path_factory.mktemp("out") / "run"
    summary = spark_analyze([str(corpus)], out, spark=spark)
    return out, summary


@pytest.mark.spark
@pytest.mark.e2e
@pytest.mark.skipif(shutil.which("java") is None, reason="Java 17 is not installed")
def test_spark_records_equal_newsgraph_analyze(analyzed, corpus, tmp_path):
    from newsgraph.spark.analyze import read_records

    out, summary = analyzed
    assert summary.records == 4 and summary.errors == 1
    expected = tmp_path / "expected.jsonl"
    result = CliRunner().invoke(main, ["analyze", str(corpus), "--format", "jsonl", "-q",
                                       "-o", str(expected)])
    assert result.exit_code == 0, result.output
    want = {r["id"]: r for r in map(json.loads, expected.read_text().splitlines())}
    got = {r["id"]: r for r in read_records(out)}
    assert len(want) == 4
    assert got == want
    # partitioned by publication month
    months = sorted(p.name for p in (out / "records").iterdir() if p.is_dir())
    assert months and all(m.startswith("month=") for m in months)
    for rec in got.values():
        month = (rec["published"] or "")[:7] or "unknown"
        assert (out / "records" / f"month={month}").is_dir()


@pytest.mark.spark
@pytest.mark.e2e
@pytest.mark.skipif(shutil.which("java") is None, reason="Java 17 is not installed")
def test_spark_errors_table_names_the_bad_file(analyzed, corpus):
    from newsgraph.spark.analyze import read_errors

    out, _ = analyzed
    errors = read_errors(out)
    assert errors == [{"input": str(corpus / "broken.txt"), "reason": "binary",
                       "message": "file is a PNG image, not an article"}]


@pytest.mark.spark
@pytest.mark.e2e
@pytest.mark.skipif(shutil.which("java") is None, reason="Java 17 is not installed")
def test_spark_stories_and_idempotent_parquet_ingest(analyzed, spark, tmp_path):
    import pyarrow.parquet as pq

    from newsgraph.ingest import ingest_parquet
    from newsgraph.spark.stories import spark_stories
    from newsgraph.store import open_store

    out, _ = analyzed
    summary = spark_stories(out, spark=spark)
    rows = pq.read_table(str(out / "stories")).to_pylist()
    assert summary.articles == 4 == len(rows)
    assert all(r["story_id"].startswith("S") for r in rows)
    db = tmp_path / "bulk.db"
    first = ingest_parquet(str(out), str(db), progress=False)
    assert (first.new, first.duplicate) == (4, 0)
    assert [f.reason for f in first.failed] == ["binary"]
    again = ingest_parquet(str(out), str(db), progress=False)
    assert (again.new, again.duplicate) == (0, 4)
    with open_store(db) as store:
        assert store.counts().articles == 4
        assert all(a.story_id for a in store.articles())


@pytest.mark.spark
@pytest.mark.e2e
@pytest.mark.skipif(shutil.which("java") is None, reason="Java 17 is not installed")
def test_spark_analyze_refuses_a_full_output_folder(analyzed, corpus):
    out, _ = analyzed
    result = CliRunner().invoke(main, ["spark", "analyze", str(corpus), "--out", str(out)])
    assert result.exit_code == 2
    assert "output folder exists" in result.output and "--overwrite" in result.output
    assert "Traceback" not in result.output


@pytest.mark.parametrize("master, ok", [
    ("local", True), ("local[2]", True), ("local[*]", True), ("local[4,2]", True),
    ("spark://host:7077", True), ("yarn", True), ("k8s://https://h:6443", True),
    ("foo[", False), ("local[two]", False), ("", False),
])
def test_master_urls_are_checked_before_the_jvm_starts(master, ok):
    from newsgraph.spark.analyze import _MASTER

    assert bool(_MASTER.match(master)) is ok


def test_bad_master_is_one_line(tmp_path):
    (tmp_path / "a.txt").write_text("An article.")
    result = CliRunner().invoke(main, ["spark", "analyze", str(tmp_path / "a.txt"),
                                       "--out", str(tmp_path / "out"), "--master", "foo["])
    assert result.exit_code == 2
    assert result.output.strip().splitlines() == [
        "newsgraph: foo[: not a Spark master URL (use local[N], local[*], spark://host:7077, "
        "yarn or k8s://...)"]


def test_large_blocks_are_cut_into_runs_of_days():
    from newsgraph.spark.stories import bounded_blocks

    block = {f"a{i}": "a0" for i in range(5)} | {"b": "b"}
    days = {"a0": "2022-01-05", "a1": "2022-01-01", "a2": "2022-01-03", "a3": None,
            "a4": "2022-01-02", "b": "2022-01-01"}
    out = bounded_blocks(block, days, max_block=2)
    assert out["b"] == "b"
    runs = {}
    for aid in ("a0", "a1", "a2", "a3", "a4"):
        runs.setdefault(out[aid], []).append(aid)
    # by day: a3 (no date) first, then a1, a4, a2, a0
    assert sorted(map(sorted, runs.values())) == [["a0"], ["a1", "a3"], ["a2", "a4"]]
    assert bounded_blocks(block, days, max_block=5) == block

"""Ingest: readers for each source kind, idempotence, failures, and surviving SIGKILL."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest

from newsgraph.errors import InputError
from newsgraph.ingest import ingest, input_key, read_sources
from newsgraph.pipeline import Item
from newsgraph.store import open_store
from newsgraph.store.testing import FakeAnalyzer, store_url

RSS = """<?xml version="1.0"?>
<rss version="2.0"><channel><title>Example Wire</title>
<item><title>Storm hits coast</title><link>https://ex.com/storm</link>
<pubDate>Tue, 03 May 2022 10:00:00 GMT</pubDate>
<description>&lt;p&gt;A storm hit the coast on Tuesday.&lt;/p&gt;</description></item>
<item><title>Empty one</title><link>https://ex.com/empty</link></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Daily</title>
<entry><title>Vote counted</title><link href="https://atom.ex/vote"/>
<updated>2023-01-05T08:00:00Z</updated>
<content type="html">&lt;p&gt;The vote was counted overnight.&lt;/p&gt;</content></entry>
</feed>"""


def write_warc(path: Path) -> None:
    """A small WARC written by hand (warcio's writer leaks a temp file on close)."""
    import gzip

    pages = [("https://news.ex/a", "200 OK", "text/html; charset=utf-8",
              "<html><body><h1>Bridge opens</h1><p>The bridge opened.</p></body></html>"),
             ("https://news.ex/logo.png", "200 OK", "image/png", "PNG"),
             ("https://news.ex/old", "301 Moved", "text/html", "")]
    out = b""
    for n, (url, status, ctype, body) in enumerate(pages):
        http = (f"HTTP/1.1 {status}\r\nContent-Type: {ctype}\r\n"
                f"Content-Length: {len(body)}\r\n\r\n{body}").encode()
        head = (f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: {url}\r\n"
                f"WARC-Date: 2022-05-03T10:00:00Z\r\n"
                f"WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-00000000000{n}>\r\n"
                "Content-Type: application/http; msgtype=response\r\n"
                f"Content-Length: {len(http)}\r\n\r\n").encode()
        record = head + http + b"\r\n\r\n"
        out += gzip.compress(record) if path.name.endswith(".gz") else record
    path.write_bytes(out)


def test_readers_for_every_source_kind(tmp_path):
    (tmp_path / "feed.rss").write_text(RSS)
    (tmp_path / "atom.xml").write_text(ATOM)
    write_warc(tmp_path / "crawl.warc.gz")
    (tmp_path / "rows.jsonl").write_text(
        json.dumps({"text": "Rows work.", "url": "u1", "source": "S", "published": "2022-01-02"})
        + "\n{bad json\n" + json.dumps({"html": "<p>Hi there</p>"}) + "\n")
    (tmp_path / "plain.txt").write_text("Headline\n\nBody text here.")
    (tmp_path / "empty.txt").write_text("")
    got = list(read_sources([str(tmp_path)]))
    items = [x for x in got if isinstance(x, Item)]
    errors = [x for x in got if isinstance(x, InputError)]
    by_url = {i.url: i for i in items}
    storm = by_url["https://ex.com/storm"]
    assert storm.is_html and storm.published == date(2022, 5, 3) and storm.source == "Example Wire"
    assert "Storm hits coast" in storm.raw
    assert by_url["https://atom.ex/vote"].published == date(2023, 1, 5)
    assert by_url["https://news.ex/a"].source == "news.ex"
    assert "https://news.ex/logo.png" not in by_url and "https://news.ex/old" not in by_url
    assert by_url["u1"].published == date(2022, 1, 2) and by_url["u1"].source == "S"
    assert any(i.raw == "<p>Hi there</p>" and i.is_html for i in items)
    assert any(i.raw.startswith("Headline") for i in items)
    assert sorted(e.reason for e in errors) == ["bad_json", "empty", "empty"]


def test_uncompressed_warc_and_missing_path(tmp_path):
    write_warc(tmp_path / "x.warc")
    assert [i.url for i in read_sources([str(tmp_path / "x.warc")])] == ["https://news.ex/a"]
    (missing,) = read_sources([str(tmp_path / "nope")])
    assert isinstance(missing, InputError) and missing.reason == "missing"


def rows_file(path: Path, n: int, fail_every: int = 0) -> Path:
    with open(path, "w") as fh:
        for i in range(n):
            text = f"Report {i}\nMaria Lopez met Tom Hanks in town {i % 13} on day {i}."
            if fail_every and i % fail_every == 0:
                text += " FAIL"
            fh.write(json.dumps({"text": text, "source": f"outlet{i % 3}",
                                 "published": f"2022-01-{1 + i % 28:02d}"}) + "\n")
    return path


def test_ingest_twice_adds_nothing(tmp_path, backend):
    src = rows_file(tmp_path / "rows.jsonl", 40, fail_every=10)
    with store_url(backend, tmp_path) as url:
        first = ingest([str(src)], url, progress=False, analyzer=FakeAnalyzer())
        assert (first.new, first.duplicate, len(first.failed)) == (36, 0, 4)
        assert {f.reason for f in first.failed} == {"test_failure"}
        assert "rows.jsonl:1" in first.failed[0].name
        second = ingest([str(src)], url, progress=False, analyzer=FakeAnalyzer())
        assert (second.new, second.duplicate) == (0, 36)
        assert second.articles == first.articles == 36
        with open_store(url) as store:
            assert store.counts().articles == 36
        assert "36 new, 0 duplicate, 4 failed (test_failure: 4)" in first.lines()[0]


def test_same_article_from_two_inputs_is_a_duplicate(tmp_path):
    a = tmp_path / "a.jsonl"
    a.write_text(json.dumps({"text": "Head\nSame words here.", "source": "S"}) + "\n")
    b = tmp_path / "b.jsonl"
    b.write_text(a.read_text())
    s = ingest([str(a), str(b)], str(tmp_path / "db.sqlite"), progress=False,
               analyzer=FakeAnalyzer())
    assert (s.new, s.duplicate) == (1, 1)


def test_input_key_depends_on_metadata():
    assert input_key(Item("x", published="2022-01-01")) != input_key(Item("x"))
    assert input_key(Item("x", source="A")) == input_key(Item("x", source="A"))


_CHILD = """
import sys
from newsgraph.ingest import ingest
from newsgraph.store.testing import FakeAnalyzer
ingest([sys.argv[1]], sys.argv[2], progress=False, analyzer=FakeAnalyzer(delay=0.01),
       batch_size=8)
"""


def test_sigkill_mid_ingest_then_rerun_equals_a_clean_run(tmp_path, backend):
    src = rows_file(tmp_path / "big.jsonl", 300, fail_every=50)
    with store_url(backend, tmp_path) as clean_url, store_url(backend, tmp_path) as url:
        clean = ingest([str(src)], clean_url, progress=False, analyzer=FakeAnalyzer())
        env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[1]))
        proc = subprocess.Popen([sys.executable, "-c", _CHILD, str(src), url], env=env)
        deadline = time.time() + 120
        stored = 0
        while time.time() < deadline and proc.poll() is None:
            time.sleep(0.2)
            with open_store(url) as probe:
                stored = probe.counts().articles
            if stored >= 60:
                break
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        assert 0 < stored < 294, "the kill must land mid-way"
        rerun = ingest([str(src)], url, progress=False, analyzer=FakeAnalyzer())
        assert rerun.new + rerun.duplicate == clean.new
        with open_store(url) as a, open_store(clean_url) as b:
            assert a.counts() == b.counts()
            assert sorted(r.id for r in a.iter_records()) == sorted(r.id for r in b.iter_records())
            assert [s.to_dict() for s in a.stories(limit=1000)] == \
                [s.to_dict() for s in b.stories(limit=1000)]


@pytest.mark.e2e
def test_example_folder_twice_with_the_real_model(tmp_path):
    folder = Path(__file__).resolve().parents[2] / "shared" / "examples"
    db = tmp_path / "ex.db"
    first = ingest([str(folder)], str(db), progress=False)
    second = ingest([str(folder)], str(db), progress=False)
    assert first.new >= 1 and second.new == 0 and second.duplicate == first.new
    with open_store(db) as store:
        assert store.counts().articles == first.new
        assert store.search("Kharkiv").total >= 1


def test_counts_read_as_english():
    from newsgraph.output import plural

    assert [plural(1, "story", "stories"), plural(2, "story", "stories"),
            plural(1, "near-duplicate article"), plural(0, "article")] == [
        "1 story", "2 stories", "1 near-duplicate article", "0 articles"]

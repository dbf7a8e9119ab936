"""Issue 14, the web app as an analyst's tool: titles, near-duplicates, relevance, entity
lookup, hardening and the first run. TestClient over a SQLite store of hand-built records."""

from __future__ import annotations

import re
import threading

import pytest
from fastapi.testclient import TestClient
from web_support import make_record, make_store

from newsgraph.record import Record, Source
from newsgraph.web import create_app, server_config
from newsgraph.web.routers import analyze as analyze_router

NO_HEADLINE_TEXT = ("May 2, 2013, 1: 12 PM\n\nKYIV (AP) — Ukrainian officials agreed to a "
                    "ceasefire with separatist leaders on Monday. Talks go on.")
LONG_SENTENCE = ("The merchant " + "quietly " * 30 + "sold everything. The end.")
CEASEFIRE = ("Ceasefire holds in the east\n\nThe ceasefire held overnight. Monitors said the "
             "ceasefire was respected, and a second ceasefire round is planned.")
NOISE = " ".join(["Officials in the capital discussed the budget, roads and schools."] * 6)


def _plain(rid: str, text: str, headline: str | None, published: str,
           source: str = "Plain Post") -> Record:
    return Record(id=rid, text=text, headline=headline, published=published,
                  source=Source(source, None))


@pytest.fixture(scope="module")
def store_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    records = [
        make_record("w1", source="Wire", published="2022-05-14"),
        make_record("w2", source="Paper A", published="2022-05-14"),  # the same wire copy
        make_record("w3", source="Paper B", published="2022-05-14"),
        _plain("nohead", NO_HEADLINE_TEXT, None, "2013-05-02"),
        _plain("long", LONG_SENTENCE, "", "2013-05-03"),
        _plain("cf-best", CEASEFIRE, "Ceasefire holds in the east", "2020-01-01"),
        _plain("cf-late", NOISE + " A ceasefire was mentioned once.", "Budget talks",
               "2021-01-01"),
        _plain("bidi", "Report\n\nThe file evil\u202egnp.exe was found.", "evil\u202egnp.exe",
               "2019-01-01"),
    ]
    return make_store(tmp_path_factory.mktemp("issue14") / "issue14.db", records)


@pytest.fixture(scope="module")
def client(store_url: str):
    with TestClient(create_app(store_url)) as c:
        yield c


def _html(client: TestClient, url: str) -> str:
    r = client.get(url, headers={"accept": "text/html"})
    assert r.status_code == 200, (url, r.status_code)
    return r.text


# -- 1. a title for every article, never an id -------------------------------------------

def test_api_articles_have_a_display_title(client: TestClient) -> None:
    items = {a["id"]: a for a in client.get("/api/articles?limit=50").json()["items"]}
    assert items["nohead"]["headline"] is None
    assert items["nohead"]["title"] == ("Ukrainian officials agreed to a ceasefire with "
                                        "separatist leaders on Monday.")
    assert items["long"]["title"].endswith("…") and len(items["long"]["title"]) <= 120
    assert items["w1"]["title"] == "Troops pull back from Kharkov"


@pytest.mark.parametrize("url", ["/search?q=ceasefire", "/", "/search?q=merchant"])
def test_pages_name_headline_less_articles_by_their_first_sentence(client: TestClient,
                                                                   url: str) -> None:
    html = _html(client, url)
    assert ">nohead<" not in html and ">long<" not in html
    if "ceasefire" in url or url == "/":
        assert "Ukrainian officials agreed to a ceasefire" in html


def test_the_article_page_of_a_headline_less_article(client: TestClient) -> None:
    html = _html(client, "/articles/nohead")
    assert "(no headline)" not in html
    assert re.search(r"<h1><span class=\"no-headline\"[^>]*>Ukrainian officials", html)


def test_story_titles_are_never_a_timestamp_or_an_id(client: TestClient) -> None:
    titles = [s["title"] for s in client.get("/api/stories?limit=50").json()["items"]]
    assert titles and all(t and not t.startswith("May 2, 2013") for t in titles)
    assert ("Ukrainian officials agreed to a ceasefire with separatist leaders on Monday."
            in titles)
    assert not any(re.fullmatch(r"S?[0-9a-f]{8,}", t) for t in titles)


# -- 3. near-duplicates once, "also in" --------------------------------------------------

def _wire_story(client: TestClient) -> dict:
    sid = client.get("/api/articles/w1").json()["id"] and next(
        a["story_id"] for a in client.get("/api/articles?limit=50").json()["items"]
        if a["id"] == "w1")
    return client.get(f"/api/stories/{sid}").json()


def test_story_api_folds_republished_copies(client: TestClient) -> None:
    story = _wire_story(client)
    dups = {a["id"]: a["duplicate_of"] for a in story["articles"]}
    assert dups["w2"] == "w1" and dups["w3"] == "w1"
    event = next(e for e in story["events"] if e["type"] == "RETREAT")
    assert [(s["article_id"], s["also_in"]) for s in event["support"]] == [
        ("w1", ["w2", "w3"])]
    assert sorted(event["articles"]) == ["w1", "w2", "w3"]  # who states it: all of them
    quotes = [q for g in story["quotes"] for q in g["quotes"]]
    assert [(q["article_id"], q["text"], q["also_in"]) for q in quotes] == [
        ("w1", "We won the battle", ["w2", "w3"])]


def test_story_page_lists_a_wire_quote_once_with_also_in(client: TestClient) -> None:
    story = _wire_story(client)
    html = _html(client, f"/stories/{story['id']}")
    assert html.count("We won the battle") == 1
    timeline = re.search(r'<ol class="tl-list">(.*?)</ol>', html, re.S).group(1)
    assert timeline.count("Russian troops had withdrawn from Kharkov.") == 1
    assert re.search(r'class="also-in">also in: <a href="/articles/w2"[^>]*>Paper A</a>, '
                     r'<a href="/articles/w3"[^>]*>Paper B</a>', html)
    assert "near-duplicate of" in html


def test_entity_quotes_fold_copies(client: TestClient) -> None:
    page = client.get("/api/entities/Oleg%20Petrenko").json()
    assert [(q["article_id"], q["also_in"]) for q in page["quotes"]] == [("w1", ["w2", "w3"])]
    html = _html(client, "/entities/Oleg%20Petrenko")
    assert html.count("We won the battle") == 1 and "also in:" in html


# -- 4. relevance -------------------------------------------------------------------------

def test_search_ranks_by_relevance_with_a_score(client: TestClient) -> None:
    hits = client.get("/api/search?q=ceasefire").json()["hits"]
    ids = [h["article"]["id"] for h in hits]
    assert ids[0] == "cf-best" and set(ids) == {"cf-best", "cf-late", "nohead"}
    scores = [h["score"] for h in hits]
    assert all(s > 0 for s in scores) and scores == sorted(scores, reverse=True)
    by_date = client.get("/api/search?q=ceasefire&sort=date").json()
    assert [h["article"]["id"] for h in by_date["hits"]] == ["cf-late", "cf-best", "nohead"]
    assert by_date["sort"] == "date"


def test_a_name_gets_a_non_zero_score(client: TestClient) -> None:
    hits = client.get("/api/search", params={"q": "Petrenko"}).json()["hits"]
    assert hits and all(h["score"] > 0 for h in hits)


def test_sort_must_be_relevance_or_date(client: TestClient) -> None:
    r = client.get("/api/search?q=x&sort=random")
    assert r.status_code == 422 and "sort" in r.json()["message"]


def test_snippets_mark_the_query_words_only(client: TestClient) -> None:
    hit = next(h for h in client.get("/api/search?q=ceasefire").json()["hits"]
               if h["article"]["id"] == "cf-best")
    text = hit["snippet_text"]
    marked = [text[a:b].lower() for a, b in hit["highlights"]]
    assert marked and set(marked) == {"ceasefire"}
    assert "[ceasefire]" in hit["snippet"].lower()


def test_literal_brackets_in_the_text_are_not_marked(tmp_path) -> None:
    rec = _plain("r", "Report\n\n[Reuters] Troops left the city [update].", "Report",
                 "2022-01-01")
    url = make_store(tmp_path / "b.db", [rec])
    with TestClient(create_app(url)) as c:
        html = c.get("/search?q=troops", headers={"accept": "text/html"}).text
    snippet = re.search(r'<p class="snippet">(.*?)</p>', html, re.S).group(1)
    assert "<mark>Troops</mark>" in snippet
    assert "[Reuters]" in snippet and "<mark>Reuters</mark>" not in snippet


def test_search_page_has_the_sort_switch_and_collapsible_facets(client: TestClient) -> None:
    html = _html(client, "/search?q=ceasefire")
    assert '<b aria-current="true">relevance</b>' in html
    assert re.search(r'<a href="/search\?q=ceasefire&amp;sort=date"', html)
    assert '<details class="card facet"' in html
    html = _html(client, "/search?q=ceasefire&sort=date")
    assert '<b aria-current="true">date</b>' in html
    assert 'name="sort" value="date"' in html  # a new query keeps the order


# -- 5. entity lookup: no wildcards, no substring fallback -------------------------------

@pytest.mark.parametrize("key", ["%25", "_", "%00", "%25%25", "__", "%20", "etrenk",
                                 "Oleg%25", "%25Petrenko", "O_eg%20Petrenko", "*"])
def test_entity_lookup_misses_are_404(client: TestClient, key: str) -> None:
    r = client.get(f"/api/entities/{key}")
    assert r.status_code == 404, (key, r.text)
    assert client.get(f"/entities/{key}", headers={"accept": "text/html"}).status_code == 404


@pytest.mark.parametrize("key", ["Oleg%20Petrenko", "oleg%20petrenko", "Petrenko", "Kharkiv"])
def test_entity_lookup_by_name_alias_or_last_name(client: TestClient, key: str) -> None:
    assert client.get(f"/api/entities/{key}").status_code == 200


def test_search_filters_with_wildcards_match_nothing(client: TestClient) -> None:
    for value in ("%", "_", "%etrenk%"):
        assert client.get("/api/search", params={"entity": value}).json()["total"] == 0


# -- 8. hardening ------------------------------------------------------------------------

@pytest.mark.parametrize("body", [b"[" * 50_000 + b"]" * 50_000, b'{"a":' * 20_000,
                                  b'{"text": ' + b"[" * 3000 + b"]" * 3000 + b"}"])
def test_deeply_nested_json_is_a_4xx(client: TestClient, body: bytes) -> None:
    for path in ("/analyze", "/api/analyze"):
        r = client.post(path, content=body, headers={"content-type": "application/json"})
        assert 400 <= r.status_code < 500, (path, r.status_code)
        assert r.json()["ok"] is False


def _assert_secure(r) -> None:
    assert r.headers["x-content-type-options"] == "nosniff"
    assert r.headers["referrer-policy"] == "no-referrer"
    csp = dict(d.strip().split(" ", 1) for d in r.headers["content-security-policy"].split(";"))
    assert csp["default-src"] == "'self'" and csp["object-src"] == "'none'"
    assert csp["script-src"].startswith("'self'") and "unsafe" not in csp["script-src"]


@pytest.mark.parametrize("method,url", [
    ("GET", "/"), ("GET", "/api/stories"), ("GET", "/api/entities/%25"),
    ("GET", "/no/such/page"), ("GET", "/static/app.css"), ("GET", "/static/nope.js"),
    ("GET", "/openapi.json"), ("GET", "/docs"), ("GET", "/redoc"),
    ("GET", "/static/docs/swagger-ui-bundle.js"), ("DELETE", "/api/stories"),
    ("POST", "/analyze"), ("HEAD", "/"), ("GET", "/api/articles?limit=0"),
])
def test_every_answer_carries_the_security_headers(client: TestClient, method: str,
                                                   url: str) -> None:
    _assert_secure(client.request(method, url))


def test_a_404_page_for_a_browser_is_secured_too(client: TestClient) -> None:
    r = client.get("/articles/nope", headers={"accept": "text/html"})
    assert r.status_code == 404
    _assert_secure(r)


def test_refused_bodies_and_crashes_are_secured(store_url: str) -> None:
    with TestClient(create_app(store_url, max_body_bytes=100)) as small:
        r = small.post("/analyze", content=b"x" * 500,
                       headers={"content-type": "application/json"})
        assert r.status_code == 413
        _assert_secure(r)

    class Broken:
        def stories(self, limit=50, offset=0):
            raise RuntimeError("bug")

        def close(self) -> None:
            pass

    with TestClient(create_app(store=Broken()), raise_server_exceptions=False) as c:
        r = c.get("/api/stories")
        assert r.status_code == 500
        _assert_secure(r)


def test_docs_csp_allows_only_their_own_inline_script(client: TestClient) -> None:
    import base64
    import hashlib

    r = client.get("/docs")
    csp = r.headers["content-security-policy"]
    scripts = re.findall(r"<script>(.*?)</script>", r.text, re.S)
    assert scripts, "the Swagger page starts with an inline script"
    for body in scripts:
        digest = base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in csp
    assert "cdn" not in r.text.lower()


@pytest.mark.parametrize("url", ["/", "/api/stories", "/search?q=ceasefire", "/docs",
                                 "/static/app.css", "/api/articles/w1"])
def test_head_answers_like_get_without_a_body(client: TestClient, url: str) -> None:
    get = client.get(url)
    head = client.head(url)
    assert head.status_code == get.status_code == 200
    assert head.content == b""
    assert head.headers["content-type"] == get.headers["content-type"]
    assert head.headers.get("content-length") == str(len(get.content))


def test_head_of_a_missing_page_is_404(client: TestClient) -> None:
    assert client.head("/api/articles/nope").status_code == 404


def test_no_server_banner() -> None:
    assert server_config(create_app(store=object())).server_header is False  # type: ignore


def test_bidi_controls_are_neutralized_in_pages(client: TestClient) -> None:
    for url in ("/articles/bidi", "/search?q=evil", "/", "/api/articles/bidi/../bidi"):
        r = client.get(url, headers={"accept": "text/html"})
        if r.headers["content-type"].startswith("text/html"):
            assert "\u202e" not in r.text, url
    assert "evil\ufffdgnp.exe" in _html(client, "/articles/bidi")
    # the API keeps the text as data: it is the record, not a page
    assert client.get("/api/articles/bidi").json()["headline"] == "evil\u202egnp.exe"


def test_bidi_controls_in_json_inside_pages_are_neutralized(client: TestClient) -> None:
    html = _html(client, "/articles/bidi")
    facts = re.search(r'<script type="application/json" id="facts">(.*?)</script>', html, re.S)
    assert facts and "\\u202e" not in facts.group(1).lower()


# -- 9. the first /analyze says the model is loading ---------------------------------------

class _FakeAnalyzer:
    def analyze(self, item):
        return make_record("x1", headline=item.raw.split("\n")[0][:200])


def test_first_analyze_answers_at_once_while_the_model_loads(
        client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    release = threading.Event()

    def slow_load():
        release.wait(30)
        return _FakeAnalyzer()

    loader = analyze_router.ModelLoader(load=slow_load)
    monkeypatch.setattr(analyze_router, "MODEL", loader)
    body = {"text": "Troops pull back\n\nBody.", "published": "2022-05-14"}
    r = client.post("/analyze", json=body)
    assert r.status_code == 503 and r.headers["retry-after"].isdigit()
    assert "loading the language model" in r.json()["message"]
    page = client.post("/analyze", data={"text": "Troops pull back <b>x</b>"},
                       headers={"accept": "text/html"})
    assert page.status_code == 503 and "language model is loading" in page.text
    assert "Troops pull back &lt;b&gt;x&lt;/b&gt;</textarea>" in page.text
    release.set()
    assert loader.wait(10)
    r = client.post("/api/analyze", json=body)
    assert r.status_code == 200 and r.json()["id"] == "x1"


def test_a_model_that_fails_to_load_is_a_503_that_says_so(
        client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken():
        raise OSError("model files missing")

    loader = analyze_router.ModelLoader(load=broken)
    monkeypatch.setattr(analyze_router, "MODEL", loader)
    assert client.post("/analyze", json={"text": "x"}).status_code == 503
    loader.wait(10)
    r = client.post("/analyze", json={"text": "x"})
    assert r.status_code == 503 and "failed to load" in r.json()["message"]


def test_cli_counts_are_pluralized(store_url: str) -> None:
    from click.testing import CliRunner

    from newsgraph.cli import main

    out = CliRunner().invoke(main, ["search", "merchant", "--db", store_url]).output
    assert out.startswith("1 article\n")
    out = CliRunner().invoke(main, ["search", "ceasefire", "--db", store_url]).output
    assert out.startswith("3 articles\n")
    out = CliRunner().invoke(main, ["stories", "--db", store_url]).output
    assert re.search(r"\b1 article\b", out) and "1 articles" not in out


def test_serve_says_it_serves_only_once_it_listens(store_url: str) -> None:
    """`newsgraph serve` prints its address when the socket accepts connections, not
    before (it used to print it seconds before uvicorn listened)."""
    import os
    import socket
    import subprocess
    import sys
    import time

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen(
        [sys.executable, "-c", "from newsgraph.cli import main; main()", "serve", "--db",
         store_url, "--port", str(port)], stderr=subprocess.PIPE, text=True, env=env)
    try:
        deadline = time.monotonic() + 120
        line = ""
        while time.monotonic() < deadline:
            line = proc.stderr.readline()
            if not line or "serving" in line:
                break
        assert f"serving {store_url} at http://127.0.0.1:{port}/" in line, line
        with socket.create_connection(("127.0.0.1", port), timeout=5):
            pass  # listening at the moment the line was printed
    finally:
        proc.terminate()
        proc.wait(30)
        proc.stderr.close()


def test_serve_on_a_busy_port_says_what_to_do(store_url: str) -> None:
    import socket

    from newsgraph.errors import NewsgraphError
    from newsgraph.web import serve

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        printed: list[str] = []
        with pytest.raises(NewsgraphError, match="cannot listen") as err:
            serve(store_url, port=port, log_level="critical", on_ready=printed.append,
                  preload_model=False)
    assert "--port" in (err.value.hint or "") and printed == []


@pytest.mark.postgres
def test_relevance_highlights_and_lookup_on_postgresql(tmp_path) -> None:
    from newsgraph.store import open_store, testing

    if testing.pg_url() is None:
        pytest.skip(f"no PostgreSQL: set {testing.PG_ENV} (scripts/postgres.sh)")
    with testing.store_url("postgres", tmp_path) as url:
        with open_store(url) as store:
            store.add([make_record("w1"), make_record("w2", source="Paper A"),
                       _plain("cf-best", CEASEFIRE, "Ceasefire holds in the east", "2020-01-01"),
                       _plain("cf-late", NOISE + " A ceasefire was mentioned once.",
                              "Budget talks", "2021-01-01"),
                       _plain("cf-br", "Report\n\n[Reuters] A ceasefire began.", "", "2019-01-01")])
        with TestClient(create_app(url)) as c:
            hits = c.get("/api/search?q=ceasefire").json()["hits"]
            assert [h["article"]["id"] for h in hits][0] == "cf-best"
            assert all(h["score"] > 0 for h in hits)
            assert [h["score"] for h in hits] == sorted((h["score"] for h in hits), reverse=True)
            dated = c.get("/api/search?q=ceasefire&sort=date").json()["hits"]
            assert [h["article"]["id"] for h in dated] == ["cf-late", "cf-best", "cf-br"]
            for h in hits:
                marked = {h["snippet_text"][a:b].lower() for a, b in h["highlights"]}
                assert marked == {"ceasefire"}, h
            assert c.get("/api/search?q=Petrenko").json()["hits"][0]["score"] > 0
            br = next(h for h in hits if h["article"]["id"] == "cf-br")
            assert br["article"]["title"] == "[Reuters] A ceasefire began."
            for key in ("%25", "_", "%00", "etrenk"):
                assert c.get(f"/api/entities/{key}").status_code == 404, key
            assert c.get("/api/entities/Petrenko").status_code == 200

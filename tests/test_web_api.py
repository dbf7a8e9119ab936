"""The JSON API with FastAPI's TestClient over a real SQLite store of hand-built records."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient
from web_support import make_record, make_store

from newsgraph.errors import InputError
from newsgraph.web import create_app
from newsgraph.web.routers import analyze as analyze_router

JSON_GETS = ("/api/stories", "/api/stories/{story_id}", "/api/articles",
             "/api/articles/{article_id}", "/api/entities/{name_or_id}", "/api/search",
             "/api/counts", "/api/health")


@pytest.fixture(scope="module")
def store_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    records = [make_record(f"a{i}", published=f"2022-05-1{i}",
                           source="Test Wire" if i % 2 else "Other Post") for i in range(5)]
    return make_store(tmp_path_factory.mktemp("web") / "web.db", records)


@pytest.fixture(scope="module")
def client(store_url: str):
    with TestClient(create_app(store_url)) as c:
        yield c


@pytest.fixture(scope="module")
def story_id(client: TestClient) -> str:
    return client.get("/api/stories").json()["items"][0]["id"]


def test_openapi_lists_every_json_endpoint_and_no_page(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    for path in JSON_GETS:
        assert "get" in paths[path], path
    assert "post" in paths["/analyze"] and "post" in paths["/api/analyze"]
    assert not [p for p in paths if not (p.startswith("/api/") or p == "/analyze")]


def test_every_endpoint_in_the_schema_answers_json(client: TestClient, story_id: str) -> None:
    fill = {"story_id": story_id, "article_id": "a1", "name_or_id": "Oleg Petrenko"}
    paths = client.get("/openapi.json").json()["paths"]
    for path, ops in paths.items():
        if "get" not in ops:
            continue
        url = re.sub(r"\{(\w+)\}", lambda m: fill[m.group(1)], path)
        # required query parameters get a real value (comments: on article a1)
        query = {"kind": "article", "target_id": "a1"}
        required = {p["name"]: query[p["name"]] for p in ops["get"].get("parameters", [])
                    if p.get("in") == "query" and p.get("required")}
        r = client.get(url, params=required)
        assert r.status_code == 200, (url, r.text)
        assert r.headers["content-type"].startswith("application/json"), url
        assert isinstance(r.json(), dict)


def test_docs_are_served_offline(client: TestClient) -> None:
    html = client.get("/docs").text
    assert "/openapi.json" in html
    assert "cdn" not in html.lower()
    js = re.search(r'src="([^"]+swagger-ui-bundle\.js)"', html)
    assert js and client.get(js.group(1)).status_code == 200


def test_article_json_is_the_record(client: TestClient) -> None:
    data = client.get("/api/articles/a1").json()
    assert data["id"] == "a1" and data["version"] == 1
    ent = next(e for e in data["entities"] if e["type"] == "PERSON")
    m = ent["mentions"][0]
    assert data["text"][m["start"]:m["end"]] == m["text"]


@pytest.mark.parametrize("limit", [1, 2, 3, 5, 7])
def test_pagination_walks_every_article_once(client: TestClient, limit: int) -> None:
    seen: list[str] = []
    url: str | None = f"/api/articles?limit={limit}"
    while url:
        page = client.get(url).json()
        assert page["limit"] == limit and len(page["items"]) <= limit
        seen += [a["id"] for a in page["items"]]
        url = page["next"]
    assert sorted(seen) == [f"a{i}" for i in range(5)]


def test_pagination_keeps_filters(client: TestClient) -> None:
    page = client.get("/api/articles?limit=1&source=Test%20Wire").json()
    assert "source=Test+Wire" in page["next"]
    assert {a["source"] for a in page["items"]} == {"Test Wire"}


def test_search_pages_and_facets(client: TestClient) -> None:
    first = client.get("/api/search?q=troops&limit=2").json()
    assert first["total"] == 5 and len(first["hits"]) == 2
    rest = client.get("/api/search?q=troops&limit=2&offset=4").json()
    assert len(rest["hits"]) == 1
    assert set(first["facets"]) >= {"source", "date", "entity"}
    only = client.get("/api/search?q=troops&source=Other%20Post").json()
    assert only["total"] == 3


@pytest.mark.parametrize("url,status,words", [
    ("/api/articles/nope", 404, "no article 'nope'"),
    ("/api/stories/nope", 404, "no story 'nope'"),
    ("/api/entities/Nobody%20Atall", 404, "no entity"),
    ("/api/nothing-here", 404, "/api/nothing-here"),
    ("/api/articles?limit=0", 422, "limit"),
    ("/api/articles?limit=100000", 422, "limit"),
    ("/api/articles?offset=-1", 422, "offset"),
    ("/api/articles?date_from=yesterday", 422, "date_from"),
    ("/api/search?country=Ukraine", 422, "country"),
])
def test_errors_are_json_with_status_and_message(client: TestClient, url: str, status: int,
                                                 words: str) -> None:
    r = client.get(url)
    assert r.status_code == status
    assert r.headers["content-type"].startswith("application/json")
    body = r.json()
    assert body["ok"] is False and body["status"] == status
    assert words in body["message"]


def test_wrong_method_is_405_json(client: TestClient) -> None:
    r = client.delete("/api/articles/a1")
    assert r.status_code == 405 and r.json()["error"] == "method_not_allowed"


def test_pages_answer_browsers_with_html_errors(client: TestClient) -> None:
    r = client.get("/articles/nope", headers={"accept": "text/html"})
    assert r.status_code == 404 and r.headers["content-type"].startswith("text/html")
    assert "no article" in r.text


@pytest.mark.parametrize("path", ["/", "/search?q=troops", "/analyze", "/articles/a1",
                                  "/entities/Oleg%20Petrenko"])
def test_pages_render(client: TestClient, path: str) -> None:
    r = client.get(path)
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")


def test_story_page_has_timeline_map_articles_and_quotes(client: TestClient,
                                                         story_id: str) -> None:
    html = client.get(f"/stories/{story_id}").text
    assert 'class="tl-event"' in html and "RETREAT" in html
    assert 'data-map="story-map"' in html and '"lat": 49.98' in html
    assert "Articles by source" in html and "Test Wire" in html and "Other Post" in html
    assert "We won the battle" in html


# -- POST /analyze -----------------------------------------------------------------------

@pytest.fixture
def fake_analyzer(monkeypatch: pytest.MonkeyPatch) -> list:
    """Skip the model: the analyzer returns a hand-built record for the text it is given."""
    seen: list = []

    def fake(req: analyze_router.AnalyzeRequest):
        seen.append(req)
        if "not news" in req.text:
            raise InputError("not an article", source="POST /analyze", hint="paste a story")
        return make_record("x1", headline=req.text.split("\n")[0][:200])

    monkeypatch.setattr(analyze_router, "analyze_request", fake)
    return seen


def test_analyze_json_answers_the_record(client: TestClient, fake_analyzer: list) -> None:
    r = client.post("/analyze", json={"text": "Troops pull back from Kharkov\n\nBody.",
                                      "published": "2022-05-14", "source": "Wire"})
    assert r.status_code == 200 and r.json()["id"] == "x1"
    assert fake_analyzer[0].published == "2022-05-14" and fake_analyzer[0].html is None
    assert client.post("/api/analyze", json={"text": "x", "html": True}).status_code == 200
    assert fake_analyzer[1].html is True


def test_analyze_form_from_a_browser_answers_the_page(client: TestClient,
                                                      fake_analyzer: list) -> None:
    r = client.post("/analyze", data={"text": "Troops pull back from Kharkov", "kind": "text",
                                      "published": "2022-05-14"},
                    headers={"accept": "text/html"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert 'data-facts="ent-e9' in r.text and fake_analyzer[0].html is False


@pytest.mark.parametrize("body,status,words", [
    ({"text": ""}, 422, "text"),
    ({"published": "2022-05-14"}, 422, "text"),
    ({"text": "x", "published": "May 14"}, 422, "published"),
    ({"text": "this is not news"}, 422, "not an article"),
])
def test_analyze_rejects_bad_input_with_json(client: TestClient, fake_analyzer: list,
                                            body: dict, status: int, words: str) -> None:
    r = client.post("/analyze", json=body)
    assert r.status_code == status and words in r.json()["message"]


def test_analyze_rejects_what_is_not_json_or_a_form(client: TestClient,
                                                    fake_analyzer: list) -> None:
    r = client.post("/analyze", content=b"{not json", headers={"content-type": "application/json"})
    assert r.status_code == 422 and "not JSON" in r.json()["message"]
    r = client.post("/analyze", content=b"text", headers={"content-type": "text/plain"})
    assert r.status_code == 415


def test_request_size_limit(store_url: str, fake_analyzer: list) -> None:
    with TestClient(create_app(store_url, max_body_bytes=1000)) as small:
        r = small.post("/analyze", json={"text": "x" * 2000})
        assert r.status_code == 413 and r.json()["error"] == "too_large"

        def chunks():  # no Content-Length: the limit must count the streamed bytes
            for _ in range(10):
                yield b"x" * 500

        r = small.post("/analyze", content=chunks(),
                       headers={"content-type": "application/json"})
        assert r.status_code == 413
        assert small.post("/analyze", json={"text": "short"}).status_code == 200
    assert not fake_analyzer or fake_analyzer[0].text == "short"


@pytest.mark.e2e
def test_analyze_runs_the_real_pipeline(client: TestClient) -> None:
    text = ("Ukraine says it pushed Russian troops back from Kharkiv\n\n"
            "KYIV (AP) — Ukraine's Defense Minister Oleksii Reznikov said on Saturday that "
            "Russian troops had withdrawn from around Kharkiv. \"We won the battle,\" "
            "he said.")
    r = client.post("/analyze", json={"text": text, "published": "2022-05-14"})
    if r.status_code == 503:  # the first request starts the model loading, answered at once
        assert r.headers["retry-after"].isdigit() and "loading" in r.json()["message"]
        assert analyze_router.MODEL.wait(300)
        r = client.post("/analyze", json={"text": text, "published": "2022-05-14"})
    assert r.status_code == 200
    rec = r.json()
    assert rec["text"].startswith("Ukraine says")
    assert any(e["name"].endswith("Reznikov") for e in rec["entities"])
    page = client.post("/analyze", data={"text": text, "published": "2022-05-14"},
                       headers={"accept": "text/html"})
    assert "Reznikov" in page.text and 'id="fact-panel"' in page.text


class _BrokenStore:
    """A store whose database is gone, or whose code has a bug."""

    def counts(self):
        from newsgraph.errors import StoreError

        raise StoreError("cannot reach the database", hint="is PostgreSQL running?")

    def stories(self, limit=50, offset=0):
        raise RuntimeError("bug")

    def close(self) -> None:
        pass


@pytest.mark.parametrize("url,status,words", [
    ("/api/counts", 503, "cannot reach the database"),
    ("/api/stories", 500, "internal error (RuntimeError)"),
])
def test_store_failures_are_json_errors(url: str, status: int, words: str) -> None:
    app = create_app(store=_BrokenStore())  # type: ignore[arg-type]
    with TestClient(app, raise_server_exceptions=False) as c:
        r = c.get(url)
    assert r.status_code == status and words in r.json()["message"]


def test_analyze_form_keeps_the_paste_when_the_input_is_refused(client: TestClient,
                                                                 fake_analyzer: list) -> None:
    r = client.post("/analyze", data={"text": "this is not news <b>x</b>"},
                    headers={"accept": "text/html"})
    assert r.status_code == 422 and r.headers["content-type"].startswith("text/html")
    assert "not an article" in r.text and "paste a story" in r.text
    assert "this is not news &lt;b&gt;x&lt;/b&gt;</textarea>" in r.text


@pytest.mark.postgres
def test_the_api_over_postgresql(tmp_path) -> None:
    from newsgraph.store import testing

    if testing.pg_url() is None:
        pytest.skip(f"no PostgreSQL: set {testing.PG_ENV} (scripts/postgres.sh)")
    with testing.store_url("postgres", tmp_path) as url:
        from newsgraph.store import open_store

        with open_store(url) as store:
            store.add([make_record(f"p{i}", published=f"2022-05-1{i}") for i in range(3)])
            store.update_stories()
        with TestClient(create_app(url)) as c:
            sid = c.get("/api/stories").json()["items"][0]["id"]
            for path in ("/api/counts", f"/api/stories/{sid}", "/api/articles?limit=2",
                         "/api/articles/p1", "/api/entities/Oleg%20Petrenko",
                         "/api/search?q=troops&source=Test%20Wire",
                         "/api/search?q=%27%3B%20DROP%20TABLE%20articles%3B--"):
                r = c.get(path)
                assert r.status_code == 200, (path, r.text)
            assert c.get(f"/stories/{sid}").status_code == 200
            assert c.get("/api/counts").json()["articles"] == 3

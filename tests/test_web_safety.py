"""Article and user text is shown as text, never run: escaping, CSP, links, hostile queries."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient
from web_support import make_record, make_store

from newsgraph.web import create_app
from newsgraph.web.routers import analyze as analyze_router

EVIL_HEADLINE = '<script>alert("headline")</script> Troops pull back from Kharkov'
EVIL_BODY = ('KYIV (AP) — Defense Minister Oleg Petrenko said on Saturday that Russian troops '
             'had withdrawn from Kharkov. <img src=x onerror=alert(1)> "We won the battle," '
             'Petrenko said. </script><script>alert(2)</script> <!-- end -->')
INJECTED = ("<script>alert", "<img src=x", "<!-- end -->")


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory):
    rec = make_record("evil", headline=EVIL_HEADLINE, body=EVIL_BODY,
                      source='<b onmouseover="alert(3)">Wire</b>')
    rec.source.url = "javascript:alert(4)"
    rec.removed[0].text = "<iframe src=//evil.example></iframe>"
    rec.entities[0].titles = ["<i>Minister</i>"]
    url = make_store(tmp_path_factory.mktemp("evil") / "evil.db", [rec, make_record("ok")])
    with TestClient(create_app(url)) as c:
        yield c


def _pages(client: TestClient) -> dict[str, str]:
    story = client.get("/api/stories").json()["items"]
    evil_story = next(s["id"] for s in story if "alert" in s["title"] or len(story) == 1)
    urls = ["/", "/articles/evil", f"/stories/{evil_story}", "/search?q=troops",
            "/search?q=%3Cscript%3Ealert(5)%3C/script%3E", "/entities/Oleg%20Petrenko",
            "/articles/%3Cscript%3Ealert(6)%3C%2Fscript%3E"]
    return {u: client.get(u, headers={"accept": "text/html"}).text for u in urls}


def test_article_text_is_escaped_on_every_page(client: TestClient) -> None:
    for url, html in _pages(client).items():
        for bad in INJECTED:
            assert bad not in html, (url, bad)
        assert "<iframe" not in html and "<b onmouseover" not in html, url
    article = client.get("/articles/evil").text
    assert "&lt;script&gt;alert(&#34;headline&#34;)&lt;/script&gt;" in article
    assert "&lt;img src=x onerror=alert(1)&gt;" in article
    assert "&lt;iframe src=//evil.example&gt;&lt;/iframe&gt;" in article


def test_script_blocks_are_only_ours(client: TestClient) -> None:
    """Facts travel as JSON inside <script type="application/json">: a "</script>" in the
    article must not close it."""
    for url, html in _pages(client).items():
        opened = re.findall(r"<script\b[^>]*>", html)
        assert all('src="/static/' in t or 'type="application/json"' in t for t in opened), url
        assert html.count("</script>") == len(opened), url


def test_javascript_links_are_not_rendered(client: TestClient) -> None:
    html = client.get("/articles/evil").text
    assert "javascript:" not in html


def test_pages_carry_a_strict_content_security_policy(client: TestClient) -> None:
    r = client.get("/articles/evil")
    csp = r.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert r.headers["x-content-type-options"] == "nosniff"


def test_json_answers_keep_the_text_as_data(client: TestClient) -> None:
    data = client.get("/api/articles/evil").json()
    assert data["headline"] == EVIL_HEADLINE
    assert "<script>alert(2)</script>" in data["text"]


HOSTILE = ["'; DROP TABLE articles; --", '" OR 1=1 --', "troops' OR '1'='1", "\"unbalanced",
           "NEAR(a b)", "*", "AND OR NOT", "troops)", "%", "_", "\\", "a\x00b", "ü' ||"]


@pytest.mark.parametrize("value", HOSTILE)
def test_hostile_queries_and_filters_are_data_not_sql(client: TestClient, value: str) -> None:
    before = client.get("/api/counts").json()
    for param in ("q", "entity", "place", "source", "event_type"):
        r = client.get("/api/search", params={param: value})
        assert r.status_code in (200, 422), (param, value, r.text)
        assert r.headers["content-type"].startswith("application/json")
    for path in ("/api/articles/", "/api/stories/", "/api/entities/"):
        r = client.get(path + value.replace("\x00", ""))
        assert r.status_code in (200, 404, 422), (path, value, r.text)
    assert client.get("/api/articles", params={"source": value}).status_code == 200
    assert client.get("/api/counts").json() == before


def test_analyze_page_escapes_pasted_html(client: TestClient,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    pasted = "<script>alert(7)</script>Troops pull back from Kharkov"
    monkeypatch.setattr(analyze_router, "analyze_request",
                        lambda req: make_record("p", headline=req.text))
    html = client.post("/analyze", data={"text": pasted},
                       headers={"accept": "text/html"}).text
    assert "<script>alert(7)" not in html
    assert "&lt;script&gt;alert(7)&lt;/script&gt;Troops" in html
